/**
 * Reads a computed surface at a point: which class lies under it, and how far the nearest
 * class boundary is (for the tolerance band of the consistency test with the point check).
 */
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { distanceToBoundaryM, isPointInPolygonal } from './geometry.ts';
import type { SurfaceClass, SurfaceClassProperties } from './types.ts';

/** The class under a point and the distance to the nearest class boundary. */
export interface ClassAtPoint {
  /** `null` outside the study area. */
  cls: SurfaceClass | null;
  /** Distance to the nearest boundary of any class polygon, metres. */
  boundaryDistanceM: number;
}

/**
 * Finds the class under an RD point.
 * @param classes the `classes` collection of a surface result (RD)
 * @param xy `[x, y]` in RD metres
 * @returns the class (or null) and the distance to the nearest class boundary
 * @example classAtPoint(result.classes, [155000, 463000]).cls // 'toegestaan'
 */
export function classAtPoint(
  classes: FeatureCollection<MultiPolygon, SurfaceClassProperties>,
  xy: readonly [number, number],
): ClassAtPoint {
  const [x, y] = xy;
  let cls: SurfaceClass | null = null;
  let boundaryDistanceM = Infinity;
  for (const f of classes.features) {
    if (cls === null && isPointInPolygonal(x, y, f.geometry.coordinates)) cls = f.properties.class;
    boundaryDistanceM = Math.min(
      boundaryDistanceM,
      distanceToBoundaryM(x, y, f.geometry.coordinates),
    );
  }
  return { cls, boundaryDistanceM };
}
