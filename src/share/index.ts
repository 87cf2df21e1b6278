/**
 * Shareable state (issue 6): the state type and its checks, the versioned
 * link codec, and the `.geojson` fallback for states too big for a link.
 */
export * from './problems.ts';
export * from './state.ts';
export {
  CURRENT_VERSION,
  DECODERS,
  MAX_INFLATED_BYTES,
  MAX_INPUT_CHARS,
  decodeState,
  encodeState,
  type DecodeOptions,
  type VersionDecoder,
} from './codec.ts';
export * from './geojson.ts';
export * from './link-param.ts';
