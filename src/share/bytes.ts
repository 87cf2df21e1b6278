/**
 * Byte-level helpers of the link format: LEB128 varints, zigzag for signed
 * numbers, UTF-8 strings, base64url (RFC 4648 § 5) without padding.
 */

/** Widest field `packed` writes: 30 bits, so the arithmetic stays exact. */
export const MAX_PACKED_WIDTH = 30;

/** Thrown by `ByteReader` when the data ends early or a value is out of range. */
export class ReadError extends Error {}

/** Appends varints, bytes and strings to a growing buffer. */
export class ByteWriter {
  private buf = new Uint8Array(256);
  private len = 0;

  private ensure(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  /** Writes one byte (0 … 255). */
  byte(b: number): void {
    this.ensure(1);
    this.buf[this.len++] = b & 0xff;
  }

  /**
   * Writes a non-negative integer (≤ 2^53) as an unsigned LEB128 varint.
   * @throws RangeError for negative, fractional or non-finite numbers (a caller bug)
   */
  uint(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a varint: ${n}`);
    while (n >= 0x80) {
      this.byte((n % 0x80) | 0x80);
      n = Math.floor(n / 0x80);
    }
    this.byte(n);
  }

  /** Writes a signed integer, zigzag-encoded, so small magnitudes take one byte. */
  sint(n: number): void {
    if (!Number.isSafeInteger(n)) throw new RangeError(`not a varint: ${n}`);
    this.uint(n >= 0 ? n * 2 : -n * 2 - 1);
  }

  /** Writes raw bytes. */
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }

  /** Writes a length-prefixed UTF-8 string. */
  string(s: string): void {
    const b = new TextEncoder().encode(s);
    this.uint(b.length);
    this.bytes(b);
  }

  /**
   * Writes non-negative integers of at most `width` bits each (0 … 30),
   * bit-packed most significant bit first, padded to a whole byte.
   * @throws RangeError when a value does not fit
   */
  packed(values: readonly number[], width: number): void {
    if (!Number.isInteger(width) || width < 0 || width > MAX_PACKED_WIDTH)
      throw new RangeError(`bad width ${width}`);
    let acc = 0;
    let bits = 0;
    for (const v of values) {
      if (!Number.isInteger(v) || v < 0 || v >= 2 ** width)
        throw new RangeError(`${v} ∉ ${width} bits`);
      // acc keeps < 8 pending bits, so acc·2^width + v stays below 2^38: exact in a double.
      acc = acc * 2 ** width + v;
      bits += width;
      while (bits >= 8) {
        bits -= 8;
        const byte = Math.floor(acc / 2 ** bits);
        this.byte(byte);
        acc -= byte * 2 ** bits;
      }
    }
    if (bits > 0) this.byte(acc * 2 ** (8 - bits));
  }

  /** @returns a copy of the bytes written so far */
  toBytes(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

/** Reads what `ByteWriter` wrote; every read checks bounds and throws `ReadError`. */
export class ByteReader {
  pos = 0;
  constructor(private readonly buf: Uint8Array) {}

  /** @returns whether all bytes have been read */
  get done(): boolean {
    return this.pos >= this.buf.length;
  }

  /** @returns how many bytes are left */
  get remaining(): number {
    return this.buf.length - this.pos;
  }

  byte(): number {
    if (this.pos >= this.buf.length) throw new ReadError('unexpected end');
    return this.buf[this.pos++]!;
  }

  /** Reads an unsigned varint of at most 53 bits. */
  uint(): number {
    let n = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.byte();
      n += (b & 0x7f) * scale;
      if (b < 0x80) {
        if (!Number.isSafeInteger(n)) throw new ReadError('varint too large');
        return n;
      }
      scale *= 0x80;
    }
    throw new ReadError('varint too long');
  }

  /** Reads an unsigned varint and checks it is ≤ `max` (a count or an index). */
  uintMax(max: number): number {
    const n = this.uint();
    if (n > max) throw new ReadError(`value ${n} > ${max}`);
    return n;
  }

  /** Reads a zigzag-encoded signed varint. */
  sint(): number {
    const n = this.uint();
    return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
  }

  /** Reads `n` raw bytes (a view, not a copy). */
  bytes(n: number): Uint8Array {
    if (n > this.buf.length - this.pos) throw new ReadError('unexpected end');
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** Reads `count` values of `width` bits written by `ByteWriter.packed`. */
  packed(count: number, width: number): number[] {
    if (width > MAX_PACKED_WIDTH) throw new ReadError('bad width');
    if (count * width > (this.buf.length - this.pos) * 8) throw new ReadError('unexpected end');
    const out: number[] = [];
    let acc = 0;
    let bits = 0;
    for (let i = 0; i < count; i++) {
      while (bits < width) {
        acc = acc * 256 + this.byte();
        bits += 8;
      }
      bits -= width;
      const v = Math.floor(acc / 2 ** bits);
      out.push(v);
      acc -= v * 2 ** bits;
    }
    return out;
  }

  /** Reads a length-prefixed UTF-8 string; invalid UTF-8 throws. */
  string(): string {
    const b = this.bytes(this.uint());
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(b);
    } catch {
      throw new ReadError('invalid utf-8');
    }
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/**
 * Encodes bytes as base64url without padding (URL- and fragment-safe).
 * @param bytes the data
 * @returns the text
 * @example encodeBase64Url(new Uint8Array([255])) // '_w'
 */
export function encodeBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += ALPHABET[a >> 2];
    out += ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)];
    if (b !== undefined) out += ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)];
    if (c !== undefined) out += ALPHABET[c & 63];
  }
  return out;
}

/**
 * Decodes base64url without padding.
 * @param text the text
 * @returns the bytes, or `undefined` for a character outside the alphabet or an impossible length
 * @example decodeBase64Url('_w') // Uint8Array [255]
 */
export function decodeBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? LOOKUP[code]! : -1;
    if (v < 0) return undefined;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}
