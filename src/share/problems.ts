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
