/**
 * Robust polygon clipping and offsetting in RD metres, on Clipper2 compiled to WebAssembly:
 * the public face of `src/geo/clip/`.
 *
 * - `wasm.ts`: loading the module, `ClipPaths` handles (`toClipPaths`, `clipUnion`, …,
 *   `fromClipPaths`, `freeClipPaths`) that keep intermediate results inside WebAssembly
 *   memory, for chains of operations such as buffer → union → difference (the caller frees
 *   every handle it receives);
 * - `disc-cover.ts`: merged discs around many points (`clipBufferPoints`);
 * - `ring-repair.ts`: splitting the self-touching rings Clipper may return;
 * - here: GeoJSON-style functions (`unionAll`, `intersection`, `difference`, `buffer`,
 *   `bufferPoints`) that take and return RD coordinates (`[x, y]` metres) and free everything
 *   they allocate.
 *
 * Call `initClipper()` once (await it) before any other function.
 */
import { multiPolygonAreaM2 } from '../planar.ts';
import { polygonsOf, type MultiPolygonRd, type PolygonalRd } from '../types.ts';
import { clipBufferPoints } from './disc-cover.ts';
import { DEFAULT_ARC_TOLERANCE_M } from './units.ts';
import {
  clipBuffer,
  clipDifference,
  clipIntersection,
  clipUnion,
  freeClipPaths,
  fromClipPaths,
  toClipPaths,
  type ClipPaths,
} from './wasm.ts';

export { CLIP_UNITS_PER_M, DEFAULT_ARC_TOLERANCE_M } from './units.ts';
export {
  clipAreaM2,
  clipBoolean,
  clipBuffer,
  clipConcat,
  clipDifference,
  clipEmpty,
  clipIntersection,
  clipRect,
  clipUnion,
  clipUnionMany,
  clipUnionPositive,
  freeClipPaths,
  fromClipPaths,
  initClipper,
  isClipEmpty,
  isClipperReady,
  toClipPaths,
  type ClipOperation,
  type ClipPaths,
  type InitClipperOptions,
} from './wasm.ts';
export { clipBufferPoints } from './disc-cover.ts';

function runToMultiPolygon(build: () => ClipPaths, inputs: ClipPaths[]): MultiPolygonRd {
  let result: ClipPaths | null = null;
  try {
    result = build();
    return fromClipPaths(result);
  } finally {
    if (result) freeClipPaths(result);
    freeClipPaths(...inputs);
  }
}

/**
 * Union of polygons (overlapping, touching or disjoint).
 * @param polys Polygon/MultiPolygon coordinates in RD metres
 * @returns the merged MultiPolygon
 * @example unionAll([squareA, squareB]) // one polygon when they touch along an edge
 */
export function unionAll(polys: readonly PolygonalRd[]): MultiPolygonRd {
  const a = toClipPaths(polys);
  return runToMultiPolygon(() => clipUnion(a), [a]);
}

/**
 * Intersection of two polygonal shapes.
 * @param a first shape (RD metres)
 * @param b second shape
 * @returns the common part
 * @example intersection(zone, studyArea)
 */
export function intersection(a: PolygonalRd, b: PolygonalRd): MultiPolygonRd {
  const pa = toClipPaths([a]);
  const pb = toClipPaths([b]);
  return runToMultiPolygon(() => clipIntersection(pa, pb), [pa, pb]);
}

/**
 * Difference `a − b` of two polygonal shapes.
 * @param a shape to cut from (RD metres)
 * @param b shape to cut away
 * @returns what remains of `a`
 * @example difference(studyArea, businessParks)
 */
export function difference(a: PolygonalRd, b: PolygonalRd): MultiPolygonRd {
  const pa = toClipPaths([a]);
  const pb = toClipPaths([b]);
  return runToMultiPolygon(() => clipDifference(pa, pb), [pa, pb]);
}

/**
 * Outward buffer (round corners) of polygons, merged.
 * @param polys Polygon/MultiPolygon coordinates in RD metres
 * @param distanceM buffer distance, metres (≤ 0: the union of the input)
 * @param arcToleranceM largest inward deviation of arcs, metres (default 0.1 m)
 * @returns the buffered MultiPolygon
 * @example buffer([plot], 100) // the 100 m guide-distance contour of a plot
 */
export function buffer(
  polys: readonly PolygonalRd[],
  distanceM: number,
  arcToleranceM = DEFAULT_ARC_TOLERANCE_M,
): MultiPolygonRd {
  const a = toClipPaths(polys);
  return runToMultiPolygon(() => clipBuffer(a, distanceM, arcToleranceM), [a]);
}

/**
 * Merged discs of one radius around points.
 * @param xy interleaved RD coordinates `[x0, y0, x1, y1, …]` in metres
 * @param distanceM radius, metres
 * @param arcToleranceM largest inward deviation of the circles, metres (default 0.1 m)
 * @returns the MultiPolygon of all discs
 * @example bufferPoints(new Float64Array([155000, 463000, 155010, 463000]), 30)
 */
export function bufferPoints(
  xy: ArrayLike<number>,
  distanceM: number,
  arcToleranceM = DEFAULT_ARC_TOLERANCE_M,
): MultiPolygonRd {
  return runToMultiPolygon(() => clipBufferPoints(xy, distanceM, arcToleranceM), []);
}

/**
 * Planar area of Polygon/MultiPolygon coordinates, holes subtracted (shoelace in RD metres,
 * no WebAssembly needed).
 * @param shape Polygon or MultiPolygon coordinates with non-overlapping parts
 * @returns area in m²
 * @example areaM2([[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]]) // 100
 */
export function areaM2(shape: PolygonalRd): number {
  return multiPolygonAreaM2(polygonsOf(shape));
}
