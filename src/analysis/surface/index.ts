/**
 * The whole-city surface "waar wel, waar niet" (issue 4): public entry of src/analysis/surface.
 */
export { computeContours, computeSurface, programDemand, SurfaceEngine } from './engine.ts';
export type { BusinessDemand, SurfaceOptions } from './engine.ts';
export { buildSurfaceInput, datasetExtent } from './input.ts';
export { builtUpArea, BUILT_UP_CELL_M } from './built-up.ts';
export { OUTSIDE_ZONES_ID } from './stats.ts';
export { classAtPoint } from './classify.ts';
export { encodeJson, toWgs84Collection } from './wgs84.ts';
export { repairMultiPolygonRd, repairSurfaceCollection } from './repair.ts';
export * from './types.ts';
