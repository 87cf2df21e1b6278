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

/** `detail` of the problem `decodeState` returns when its own code threw (a bug, never expected). */
export const INTERNAL_ERROR_DETAIL = 'internal';

/**
 * Inflates deflate-raw data, stopping as soon as the output passes `maxBytes`.
 * @returns the bytes, `'too-large'`, or `'corrupt'`
 */
export function inflateCapped(
  data: Uint8Array,
  maxBytes: number,
): Uint8Array | 'too-large' | 'corrupt' {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) throw new TooLarge();
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    if (data.length === 0) return 'corrupt';
    for (let i = 0; i < data.length; i += INFLATE_SLICE_BYTES) {
      const end = Math.min(i + INFLATE_SLICE_BYTES, data.length);
      inflater.push(data.subarray(i, end), end === data.length);
    }
  } catch (e) {
    return e instanceof TooLarge ? 'too-large' : 'corrupt';
  }
  if (!ended) return 'corrupt';
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** A decoder of a payload `base64url(deflate-raw(body))` (versions 1 and 2) with the body's reader. */
const deflatedPayload =
  (readBody: (body: Uint8Array) => ReturnType<VersionDecoder>): VersionDecoder =>
  (payload, limits) => {
    const bytes = decodeBase64Url(payload);
    if (!bytes) return { raw: undefined, problems: [{ code: LINK_MALFORMED, part: 'link' }] };
    const body = inflateCapped(bytes, limits.maxInflatedBytes);
    if (body === 'too-large')
      return { raw: undefined, problems: [{ code: LINK_TOO_LARGE, part: 'link' }] };
    if (body === 'corrupt')
      return { raw: undefined, problems: [{ code: LINK_CORRUPT, part: 'link' }] };
    return readBody(body);
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

/**
 * Finds the share parameter `s` in a URL's fragment or query.
 * @param href a full URL or just its hash/search part
 * @returns the raw parameter text, or `undefined`
 * @example readShareParam('https://x.nl/#s=1.abc') // '1.abc'
 */
export function readShareParam(href: string): string | undefined {
  const m = /[#?&]s=([^&#]*)/.exec(href);
  return m ? m[1] : undefined;
}
