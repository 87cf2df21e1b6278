/**
 * The one vocabulary of planar shapes in RD New (EPSG:28992) metres, used by every tier:
 * GeoJSON coordinate arrays (`[x, y]` positions), so a GeoJSON geometry projected to RD is
 * already one of these. Rings are closed (first = last position) as in GeoJSON; functions
 * that read a ring also accept an unclosed one unless they say otherwise.
 */
import type { Position } from 'geojson';

/** A linear ring in RD metres, `[x, y]` positions. */
export type RingRd = Position[];
/** A polygon in RD metres: outer ring first, then holes. */
export type PolygonRd = RingRd[];
/** A multipolygon in RD metres. */
export type MultiPolygonRd = PolygonRd[];
/** Either polygonal coordinate shape (Polygon or MultiPolygon coordinates). */
export type PolygonalRd = PolygonRd | MultiPolygonRd;
/** An axis-aligned box `[minX, minY, maxX, maxY]` in RD metres (a bounding box, an extent). */
export type BboxRd = [number, number, number, number];

/**
 * Whether polygonal coordinates are a MultiPolygon (depth 4) rather than a Polygon (depth 3).
 * @param shape Polygon or MultiPolygon coordinates
 * @returns true for MultiPolygon coordinates (an empty array counts as a Polygon)
 * @example isMultiPolygonRd([[[[0, 0], [1, 0], [0, 1], [0, 0]]]]) // true
 */
export function isMultiPolygonRd(shape: PolygonalRd): shape is MultiPolygonRd {
  return Array.isArray(shape[0]?.[0]?.[0]);
}

/**
 * The polygons of a Polygon or MultiPolygon.
 * @param shape coordinates
 * @returns a list of polygons (the shape itself when it is a MultiPolygon)
 * @example polygonsOf(square).length // 1
 */
export function polygonsOf(shape: PolygonalRd): MultiPolygonRd {
  if (shape.length === 0) return [];
  return isMultiPolygonRd(shape) ? shape : [shape];
}
