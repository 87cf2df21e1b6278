/**
 * Shareable state (issue 6): the state type and its checks, the versioned
 * link codec, and the `.geojson` fallback for states too big for a link.
 */
export * from './problems.ts';
export * from './state.ts';
export {
  CURRENT_VERSION,
  INTERNAL_ERROR_DETAIL,
  DECODERS,
  MAX_INFLATED_BYTES,
  MAX_INPUT_CHARS,
  decodeState,
  encodeState,
  readShareParam,
  type DecodeOptions,
  type VersionDecoder,
} from './codec.ts';
export * from './geojson.ts';
