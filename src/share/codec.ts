/**
 * Shareable links (issue 6): the whole visible state in a short, URL-safe,
 * versioned text.
 *
 * Text layout: `<version>.<payload>`, e.g. `2.rVRNb9sw…`. The version is a
 * decimal number before the first dot, outside the payload, so a later
 * version may change everything after it (compression included). Versions 1
 * and 2 have the payload base64url(deflate-raw(body)), the body laid out in
 * `codec-v1.ts` and `codec-v2.ts` (version 2 = version 1's sections with the
 * proposals range-coded). New links are version 2; version 1 links keep
 * opening.
 *
 * Decoding never throws: malformed, truncated, unknown-version, oversized or
 * decompression-bomb links give the default state plus problems, keeping every
 * part that could be read.
 */
import { deflateSync, Inflate } from 'fflate';
import { decodeBase64Url, encodeBase64Url } from './bytes.ts';
import { readV1 } from './codec-v1.ts';
import { readV2, writeV2 } from './codec-v2.ts';
import {
  LINK_CORRUPT,
  LINK_MALFORMED,
  LINK_TOO_LARGE,
  LINK_TOO_LONG,
  LINK_UNSUPPORTED_VERSION,
  type Problem,
  INTERNAL_ERROR_DETAIL,
} from './problems.ts';
import { createDefaultState, readSharedState, type SharedState } from './state.ts';

/** The format version `encodeState` writes. */
export const CURRENT_VERSION = 2;

/** Longest link text `decodeState` reads (characters); a real link stays under 8,000. */
export const MAX_INPUT_CHARS = 100_000;

/**
 * Largest inflated body `decodeState` accepts (bytes). A 50 × 20 proposal set
 * is about 6 KB; 1 MB leaves room and refuses decompression bombs early.
 */
export const MAX_INFLATED_BYTES = 1_000_000;

/** Input is inflated in slices of this many bytes, so the output per step stays ≤ ~1 MB (deflate expands at most ~1032×). */
const INFLATE_SLICE_BYTES = 512;

/** Options of `decodeState`, mainly for tests. */
export interface DecodeOptions {
  maxInputChars?: number;
  maxInflatedBytes?: number;
}

/** A decoder of one format version: payload text → a loose state-shaped object and problems. */
export type VersionDecoder = (
  payload: string,
  limits: Required<DecodeOptions>,
) => { raw: Record<string, unknown> | undefined; problems: Problem[] };

class TooLarge extends Error {}

/**
 * Inflates deflate-raw data, stopping as soon as the output passes `maxBytes`.
 * @returns the bytes, `'too-large'`, or `'corrupt'`
 */
export function inflateCapped(
  data: Uint8Array,
  maxBytes: number,
): Uint8Array | 'too-large' | 'corrupt' {
  const r = inflateRecovering(data, maxBytes);
  return r === 'too-large' ? r : r.complete ? r.bytes : 'corrupt';
}

/**
 * Inflates deflate-raw data as far as it goes: a cut-off or damaged stream gives the bytes
 * inflated before the damage, so the sections in them can still be read (issue 13: a
 * damaged link keeps every section that decodes). Stops once the output passes `maxBytes`.
 * @param data the deflated bytes
 * @param maxBytes the largest output accepted
 * @returns the bytes and whether the stream ended properly, or `'too-large'`
 * @example inflateRecovering(bytes.subarray(0, 100), 1e6) // { bytes: …, complete: false }
 */
export function inflateRecovering(
  data: Uint8Array,
  maxBytes: number,
): { bytes: Uint8Array; complete: boolean } | 'too-large' {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) throw new TooLarge();
    chunks.push(chunk);
    if (final) ended = true;
  });
  let failed = data.length === 0;
  try {
    for (let i = 0; i < data.length && !failed; i += INFLATE_SLICE_BYTES) {
      const end = Math.min(i + INFLATE_SLICE_BYTES, data.length);
      inflater.push(data.subarray(i, end), end === data.length);
    }
  } catch (e) {
    if (e instanceof TooLarge) return 'too-large';
    failed = true;
  }
  const complete = ended && !failed;
  // fflate emits a stored block only once it has all of it; the range-coded proposals do not
  // compress, so deflate stores a link's body as it is: read what there is of those blocks.
  if (!complete && total === 0) return { bytes: storedBlocksPrefix(data), complete: false };
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return { bytes: out, complete };
}

/**
 * The data of the leading stored (uncompressed) deflate blocks of a cut-off stream, as far as
 * they reach (RFC 1951 § 3.2.4: a 3-bit header, padding to the byte, LEN, NLEN = ~LEN, LEN
 * bytes). Stops at the first block that is not stored.
 * @param data deflate-raw bytes
 * @returns the bytes those blocks hold (empty when the stream does not start with one)
 */
function storedBlocksPrefix(data: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let at = 0;
  for (;;) {
    if (at + 5 > data.length || (data[at]! & 0x06) !== 0) break;
    const len = data[at + 1]! | (data[at + 2]! << 8);
    const nlen = data[at + 3]! | (data[at + 4]! << 8);
    if ((len ^ 0xffff) !== nlen) break;
    const end = Math.min(at + 5 + len, data.length);
    parts.push(data.subarray(at + 5, end));
    if (end < at + 5 + len || (data[at]! & 1) === 1) break;
    at = end;
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/**
 * A decoder of a payload `base64url(deflate-raw(body))` (versions 1 and 2) with the body's
 * reader. A cut-off or damaged payload is read as far as it inflates: the sections before the
 * damage are kept and the problems name the parts left out (`LINK_CORRUPT` with detail
 * `partial`, and the cut section's part with detail `truncated`).
 */
const deflatedPayload =
  (readBody: (body: Uint8Array) => ReturnType<VersionDecoder>): VersionDecoder =>
  (payload, limits) => {
    // A link cut at any character: drop the lone last character base64 cannot hold.
    const bytes = decodeBase64Url(payload.length % 4 === 1 ? payload.slice(0, -1) : payload);
    if (!bytes) return { raw: undefined, problems: [{ code: LINK_MALFORMED, part: 'link' }] };
    const body = inflateRecovering(bytes, limits.maxInflatedBytes);
    if (body === 'too-large')
      return { raw: undefined, problems: [{ code: LINK_TOO_LARGE, part: 'link' }] };
    if (body.complete) return readBody(body.bytes);
    const read = body.bytes.length > 0 ? readBody(body.bytes) : undefined;
    const kept = read && Object.keys(read.raw ?? {}).length > 0;
    if (!read || !kept) return { raw: undefined, problems: [{ code: LINK_CORRUPT, part: 'link' }] };
    return {
      raw: read.raw,
      problems: [{ code: LINK_CORRUPT, part: 'link', detail: 'partial' }, ...read.problems],
    };
  };

/**
 * Decoders by format version. A new version adds an entry; existing entries
 * stay forever so old links keep opening (fixtures in tests/fixtures/share/).
 */
export const DECODERS: Readonly<Record<number, VersionDecoder>> = Object.freeze({
  1: deflatedPayload(readV1),
  2: deflatedPayload(readV2),
});

/**
 * Encodes a state as link text (the value after `#s=`).
 * @param state a valid state (see `isValidSharedState`)
 * @returns URL-safe text, `2.` followed by base64url
 * @example location.hash = 's=' + encodeState(state)
 */
export function encodeState(state: SharedState): string {
  const body = writeV2(state);
  return `${CURRENT_VERSION}.${encodeBase64Url(deflateSync(body, { level: 9, mem: 9 }))}`;
}

/**
 * Decodes link text from anyone into a valid state. Never throws.
 * @param text the value after `#s=` (surrounding whitespace is ignored)
 * @param options limits, for tests
 * @returns the state (defaults for every part that could not be read) and the problems
 * @example const { state, problems } = decodeState(hashParam)
 */
export function decodeState(
  text: unknown,
  options: DecodeOptions = {},
): { state: SharedState; problems: Problem[] } {
  const limits: Required<DecodeOptions> = {
    maxInputChars: options.maxInputChars ?? MAX_INPUT_CHARS,
    maxInflatedBytes: options.maxInflatedBytes ?? MAX_INFLATED_BYTES,
  };
  const fail = (problem: Problem): { state: SharedState; problems: Problem[] } => ({
    state: createDefaultState(),
    problems: [problem],
  });
  try {
    if (typeof text !== 'string') return fail({ code: LINK_MALFORMED, part: 'link' });
    if (text.length > limits.maxInputChars) return fail({ code: LINK_TOO_LONG, part: 'link' });
    const match = /^(\d{1,6})\.(.*)$/s.exec(text.trim());
    if (!match) return fail({ code: LINK_MALFORMED, part: 'link' });
    const version = Number(match[1]);
    const decoder = Object.hasOwn(DECODERS, version) ? DECODERS[version] : undefined;
    if (!decoder)
      return fail({ code: LINK_UNSUPPORTED_VERSION, part: 'link', detail: String(version) });
    const { raw, problems } = decoder(match[2]!, limits);
    if (!raw) return { state: createDefaultState(), problems };
    const read = readSharedState(raw);
    return { state: read.state, problems: [...problems, ...read.problems] };
  } catch {
    // Defence in depth: a decoder bug must not reach the user as an exception.
    // The detail lets the fuzz test tell such a bug from a corrupt link.
    return fail({ code: LINK_CORRUPT, part: 'link', detail: INTERNAL_ERROR_DETAIL });
  }
}
