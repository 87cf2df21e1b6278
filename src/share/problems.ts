/**
 * What could not be read from a shared link or a `.geojson` file. Problems are
 * data: the UI translates the code and names the part; the decoder never throws.
 */

/** The link is longer than the decoder accepts (see `MAX_INPUT_CHARS`). */
export const LINK_TOO_LONG = 'link-too-long';
/** The link is not `<version>.<base64url>` or its characters are not base64url. */
export const LINK_MALFORMED = 'link-malformed';
/** The link names a format version this app has no decoder for. */
export const LINK_UNSUPPORTED_VERSION = 'link-unsupported-version';
/** The compressed data is corrupt or cut off. */
export const LINK_CORRUPT = 'link-corrupt';
/** The data inflates beyond `MAX_INFLATED_BYTES` (a decompression bomb or a mistake). */
export const LINK_TOO_LARGE = 'link-too-large';
/** One part of the state (camera, layers, …) could not be read; its default is used. */
export const PART_INVALID = 'part-invalid';
/** One proposal (or imported feature) was invalid and left out; `detail` names it. */
export const PROPOSAL_DROPPED = 'proposal-dropped';
/** An imported feature lacked some attributes; defaults were filled in; `detail` lists them. */
export const PROPERTIES_DEFAULTED = 'properties-defaulted';
/** Two features of a file had the same id; the later one got a new id (`detail`: "old → new"). */
export const PROPOSAL_ID_RENAMED = 'proposal-id-renamed';
/** A file is not a GeoJSON FeatureCollection or Feature. */
export const GEOJSON_INVALID = 'geojson-invalid';

/** All problem codes. */
export type ProblemCode =
  | typeof LINK_TOO_LONG
  | typeof LINK_MALFORMED
  | typeof LINK_UNSUPPORTED_VERSION
  | typeof LINK_CORRUPT
  | typeof LINK_TOO_LARGE
  | typeof PART_INVALID
  | typeof PROPOSAL_DROPPED
  | typeof PROPERTIES_DEFAULTED
  | typeof PROPOSAL_ID_RENAMED
  | typeof GEOJSON_INVALID;

/** The parts of a shared state a problem can name. */
export type StatePart =
  | 'link'
  | 'camera'
  | 'layers'
  | 'language'
  | 'check'
  | 'surface'
  | 'view'
  | 'selected'
  | 'savedViews'
  | 'proposals'
  | 'presentation'
  | 'title'
  | 'targets'
  | 'wijk'
  | 'workspace';

/**
 * One thing that could not be read.
 * `detail` is plain text for a log or a tooltip (an index, a proposal name); show it as text only.
 */
export interface Problem {
  code: ProblemCode;
  part: StatePart;
  detail?: string;
}

/** Problems of one kind, counted, with the first few details as examples. */
export interface ProblemGroup<C extends string = string> {
  code: C;
  /** The part they concern, when the problems name one. */
  part?: StatePart;
  count: number;
  /** The details of the first few (at most `examples` of `groupProblems`). */
  examples: string[];
}

/**
 * Groups problems by code and part, in order of first appearance (issue 13: a file of 148,000
 * bad features gives one line "148.000 × …" with a few examples, not 148,000 lines).
 * @param problems the problems, e.g. of an import or an opened link
 * @param examples how many details to keep per group
 * @returns one group per code and part
 * @example groupProblems([{ code: 'x', detail: '#1' }, { code: 'x', detail: '#2' }])
 *   // [{ code: 'x', count: 2, examples: ['#1', '#2'] }]
 */
export function groupProblems<C extends string>(
  problems: readonly { code: C; part?: StatePart; detail?: string }[],
  examples = 3,
): ProblemGroup<C>[] {
  const groups = new Map<string, ProblemGroup<C>>();
  for (const p of problems) {
    const key = `${p.code}\u0000${p.part ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      g = { code: p.code, count: 0, examples: [] };
      if (p.part !== undefined) g.part = p.part;
      groups.set(key, g);
    }
    g.count++;
    if (p.detail !== undefined && g.examples.length < examples) g.examples.push(p.detail);
  }
  return [...groups.values()];
}

/** `detail` of the problem `decodeState` returns when its own code threw (a bug, never expected). */
export const INTERNAL_ERROR_DETAIL = 'internal';
