/**
 * An adaptive binary range coder (the LZMA design: 32-bit range, carry
 * propagated through a cached byte) and the integer models format 2 of shared
 * links builds on.
 *
 * Every value is coded as a chain of binary decisions, each with its own
 * adaptive probability. A probability learns from a count of what it has seen
 * — after n decisions it is about the share of zeros among them — until n
 * reaches 30, then keeps moving 1/31.5 of the way towards each outcome. A
 * link codes only some thousands of decisions, so how fast a model learns
 * matters more than its final precision: this count-based rule made the
 * 50 × 20 proposal set 4 % shorter than a fixed rate of 1/16, and real IMRO
 * plan outlines as short (rates measured on both, see README § Delen).
 * Integers use an adaptive Elias-gamma layout: the bit length in unary, the two
 * leading mantissa bits modelled per length, the rest at even odds. A column of
 * similar numbers therefore costs close to its entropy, without a table being
 * sent first.
 *
 * Only exact integer arithmetic below 2^53 is used (divisions are truncated
 * on purpose), so encoder and decoder agree bit for bit on every JavaScript
 * engine.
 */
import { ReadError } from './bytes.ts';

/** Probabilities are 16-bit fixed point: P(0) = p / 65536. */
const PROB_ONE = 2 ** 16;
/** Keeps every probability away from 0 and 1, so no outcome becomes (nearly) impossible to code. */
const P_MIN = 31;
/** After this many decisions a probability stops slowing down (see the file comment). */
const COUNT_LIMIT = 30;
const TOP = 2 ** 24;
const TWO_32 = 2 ** 32;
/** Longest unary length prefix a decoder accepts: values stay below 2^48. */
const MAX_INT_BITS = 48;
/** Mantissa bits after the leading 1 that get adaptive models (more did not pay on proposal data). */
const HEAD_BITS = 2;

/*
 * A model's decisions live in a Uint16Array of pairs: [2i] the probability of
 * a 0 at slot i, [2i + 1] how many decisions it has seen (up to COUNT_LIMIT).
 */

/** Probability of a 0 at slot `i`, out of PROB_ONE. */
function probOf(probs: Uint16Array, i: number): number {
  return probs[2 * i]!;
}

/** Moves slot `i` towards the outcome `bit` by 1 / (n + 1.5), n its count so far. */
function adapt(probs: Uint16Array, i: number, bit: number): void {
  const p = probs[2 * i]!;
  const n = probs[2 * i + 1]!;
  const target = bit === 0 ? PROB_ONE : 0;
  const next = p + Math.trunc(((target - p) * 2) / (2 * n + 3));
  probs[2 * i] = Math.min(PROB_ONE - P_MIN, Math.max(P_MIN, next));
  if (n < COUNT_LIMIT) probs[2 * i + 1] = n + 1;
}

/** Where models write decisions: the range encoder, or a meter of their cost. */
export interface BitSink {
  /** Codes one decision with `probs[i]`, then adapts it. */
  bit(probs: Uint16Array, i: number, bit: number): void;
  /** Codes `count` bits of `value` at even odds. */
  direct(value: number, count: number): void;
}

/** Counts what decisions would cost, in bits, without writing them (to choose between codings). */
export class CostMeter implements BitSink {
  bits = 0;

  bit(probs: Uint16Array, i: number, bit: number): void {
    const p = probOf(probs, i);
    this.bits -= Math.log2(bit === 0 ? p / PROB_ONE : 1 - p / PROB_ONE);
    adapt(probs, i, bit);
  }

  direct(_value: number, count: number): void {
    this.bits += count;
  }
}

/** Writes binary decisions into bytes. */
export class RangeEncoder implements BitSink {
  private low = 0;
  private range = 0xffffffff;
  private cache = 0;
  private cacheSize = 1;
  private readonly out: number[] = [];

  /**
   * Codes one decision with an adaptive probability, then adapts it.
   * @param probs the model's probabilities
   * @param i which probability of `probs`
   * @param bit 0 or 1
   */
  bit(probs: Uint16Array, i: number, bit: number): void {
    const bound = Math.floor(this.range / PROB_ONE) * probOf(probs, i);
    adapt(probs, i, bit);
    if (bit === 0) this.range = bound;
    else {
      this.low += bound;
      this.range -= bound;
    }
    while (this.range < TOP) {
      this.range *= 256;
      this.shiftLow();
    }
  }

  /** Codes `count` bits of `value` (most significant first) at even odds. */
  direct(value: number, count: number): void {
    for (let k = count - 1; k >= 0; k--) {
      this.range = Math.floor(this.range / 2);
      if (Math.floor(value / 2 ** k) % 2 === 1) this.low += this.range;
      while (this.range < TOP) {
        this.range *= 256;
        this.shiftLow();
      }
    }
  }

  private shiftLow(): void {
    if (this.low < 0xff000000 || this.low >= TWO_32) {
      const carry = this.low >= TWO_32 ? 1 : 0;
      let temp = this.cache;
      do {
        this.out.push((temp + carry) & 0xff);
        temp = 0xff;
      } while (--this.cacheSize !== 0);
      this.cache = Math.floor(this.low / TOP) % 256;
    }
    this.cacheSize++;
    this.low = (this.low % TOP) * 256;
  }

  /**
   * Ends the stream.
   * @returns the coded bytes
   */
  finish(): Uint8Array {
    // Any value in [low, low + range) ends the stream; take the one with the
    // most trailing zero bits, so its last bytes are zeros and can be left out
    // (the decoder reads zeros past the end).
    for (let m = TWO_32; m >= 1; m /= 2) {
      const v = Math.ceil(this.low / m) * m;
      if (v < this.low + this.range) {
        this.low = v;
        break;
      }
    }
    for (let k = 0; k < 5; k++) this.shiftLow();
    let end = this.out.length;
    while (end > 1 && this.out[end - 1] === 0) end--;
    // The first byte is always 0 (the initial cache); the decoder assumes it.
    return Uint8Array.from(this.out.slice(1, end));
  }
}

/**
 * Reads decisions written by `RangeEncoder`. Reading past the end yields zero
 * bytes (the encoder leaves trailing zeros out), so a cut-off input is not
 * noticed here: format 2 checks a checksum first.
 */
export class RangeDecoder {
  private range = 0xffffffff;
  private code = 0;
  private pos = 0;

  constructor(private readonly data: Uint8Array) {
    for (let k = 0; k < 4; k++) this.code = this.code * 256 + this.nextByte();
  }

  private nextByte(): number {
    return this.data[this.pos++] ?? 0;
  }

  private normalise(): void {
    while (this.range < TOP) {
      this.range *= 256;
      this.code = (this.code % TOP) * 256 + this.nextByte();
    }
  }

  /** Reads one decision coded with `probs[i]` and adapts it the way the encoder did. */
  bit(probs: Uint16Array, i: number): number {
    const bound = Math.floor(this.range / PROB_ONE) * probOf(probs, i);
    let bit: number;
    if (this.code < bound) {
      this.range = bound;
      bit = 0;
    } else {
      this.code -= bound;
      this.range -= bound;
      bit = 1;
    }
    adapt(probs, i, bit);
    this.normalise();
    return bit;
  }

  /** Reads `count` bits written by `RangeEncoder.direct`. */
  direct(count: number): number {
    let value = 0;
    for (let k = 0; k < count; k++) {
      this.range = Math.floor(this.range / 2);
      let b = 0;
      if (this.code >= this.range) {
        this.code -= this.range;
        b = 1;
      }
      value = value * 2 + b;
      this.normalise();
    }
    return value;
  }
}

/** Creates `n` probabilities at even odds, none seen yet. */
export function createProbs(n: number): Uint16Array {
  const probs = new Uint16Array(2 * n);
  for (let i = 0; i < n; i++) probs[2 * i] = PROB_ONE / 2;
  return probs;
}

/** Number of binary digits of a positive integer (1 for 1, 2 for 2–3, …). */
function bitLength(a: number): number {
  let n = 0;
  while (a >= 1) {
    a = Math.floor(a / 2);
    n++;
  }
  return n;
}

/**
 * An adaptive model of non-negative integers (Elias-gamma layout, see the
 * file comment). One instance per column of similar numbers.
 */
export class UintModel {
  private lengthProbs = createProbs(MAX_INT_BITS + 1);
  /** Per bit length: a 2-level bit tree for the two bits after the leading 1. */
  private headProbs = createProbs((MAX_INT_BITS + 1) * 2 ** HEAD_BITS);

  /** A copy that adapts on its own (for trying a coding with `CostMeter`). */
  clone(): UintModel {
    const copy = new UintModel();
    copy.lengthProbs = this.lengthProbs.slice();
    copy.headProbs = this.headProbs.slice();
    return copy;
  }

  /** Writes `value` (an integer ≥ 0 below 2^48). */
  write(enc: BitSink, value: number): void {
    if (!Number.isSafeInteger(value) || value < 0 || value >= 2 ** MAX_INT_BITS)
      throw new RangeError(`not a codable integer: ${value}`);
    const a = value + 1;
    const n = bitLength(a) - 1; // a = 1 followed by n bits
    for (let k = 0; k < n; k++) enc.bit(this.lengthProbs, k, 1);
    if (n < MAX_INT_BITS) enc.bit(this.lengthProbs, n, 0);
    const rest = a - 2 ** n;
    const head = Math.min(HEAD_BITS, n);
    let node = 1;
    for (let k = 0; k < head; k++) {
      const b = Math.floor(rest / 2 ** (n - 1 - k)) % 2;
      enc.bit(this.headProbs, n * 2 ** HEAD_BITS + node, b);
      node = node * 2 + b;
    }
    enc.direct(rest % 2 ** (n - head), n - head);
  }

  /**
   * Reads a value written by `write`.
   * @throws ReadError when the length prefix is implausibly long
   */
  read(dec: RangeDecoder): number {
    let n = 0;
    while (n < MAX_INT_BITS && dec.bit(this.lengthProbs, n) === 1) n++;
    const head = Math.min(HEAD_BITS, n);
    let node = 1;
    for (let k = 0; k < head; k++)
      node = node * 2 + dec.bit(this.headProbs, n * 2 ** HEAD_BITS + node);
    const top = node - 2 ** head; // the head bits as a number
    const rest = top * 2 ** (n - head) + dec.direct(n - head);
    return 2 ** n + rest - 1;
  }

  /**
   * Reads a value and checks it against a bound.
   * @throws ReadError when the value exceeds `max`
   */
  readMax(dec: RangeDecoder, max: number): number {
    const v = this.read(dec);
    if (v > max) throw new ReadError(`value ${v} > ${max}`);
    return v;
  }
}

/** An adaptive model of signed integers: zigzag over `UintModel`. */
export class SintModel {
  private magnitude = new UintModel();

  /** A copy that adapts on its own (for trying a coding with `CostMeter`). */
  clone(): SintModel {
    const copy = new SintModel();
    copy.magnitude = this.magnitude.clone();
    return copy;
  }

  /** Writes a safe integer whose magnitude is below 2^47. */
  write(enc: BitSink, value: number): void {
    this.magnitude.write(enc, value >= 0 ? value * 2 : -value * 2 - 1);
  }

  /** Reads a value written by `write`. */
  read(dec: RangeDecoder): number {
    const z = this.magnitude.read(dec);
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }
}

/** An adaptive model of one choice among `size` symbols (a binary tree of decisions). */
export class SymbolModel {
  private readonly probs: Uint16Array;
  private readonly depth: number;

  constructor(readonly size: number) {
    this.depth = Math.max(1, bitLength(size - 1));
    this.probs = createProbs(2 ** this.depth);
  }

  /** Writes a symbol `0 … size − 1`. */
  write(enc: BitSink, symbol: number): void {
    if (!Number.isInteger(symbol) || symbol < 0 || symbol >= this.size)
      throw new RangeError(`symbol ${symbol} not in 0…${this.size - 1}`);
    let node = 1;
    for (let k = this.depth - 1; k >= 0; k--) {
      const b = (symbol >> k) & 1;
      enc.bit(this.probs, node, b);
      node = node * 2 + b;
    }
  }

  /**
   * Reads a symbol.
   * @throws ReadError for a symbol outside `0 … size − 1`
   */
  read(dec: RangeDecoder): number {
    let node = 1;
    for (let k = 0; k < this.depth; k++) node = node * 2 + dec.bit(this.probs, node);
    const symbol = node - 2 ** this.depth;
    if (symbol >= this.size) throw new ReadError(`symbol ${symbol} ≥ ${this.size}`);
    return symbol;
  }
}
