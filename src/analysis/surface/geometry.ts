/**
 * Small planar helpers of the surface on RD coordinates: bounding boxes, point-in-polygon,
 * distance to a boundary, and a cheap content hash for caching.
 */
import { isPointInRing, pointToBoundaryDistanceM } from '../../geo/planar.ts';
import { polygonsOf, type BboxRd, type PolygonalRd } from '../../geo/types.ts';

/**
 * Bounding box of shapes.
 * @param shapes coordinates
 * @returns the box, or null when there are no positions
 * @example bboxOf([square])
 */
export function bboxOf(shapes: readonly PolygonalRd[]): BboxRd | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const shape of shapes) {
    for (const polygon of polygonsOf(shape)) {
      for (const p of polygon[0] ?? []) {
        if (p[0]! < minX) minX = p[0]!;
        if (p[1]! < minY) minY = p[1]!;
        if (p[0]! > maxX) maxX = p[0]!;
        if (p[1]! > maxY) maxY = p[1]!;
      }
    }
  }
  return minX <= maxX ? [minX, minY, maxX, maxY] : null;
}

/**
 * Whether a point lies inside a Polygon/MultiPolygon (even-odd over all rings; points on
 * the boundary may go either way).
 * @param x RD x
 * @param y RD y
 * @param shape coordinates
 * @returns true when inside
 * @example isPointInPolygonal(5, 5, square10) // true
 */
export function isPointInPolygonal(x: number, y: number, shape: PolygonalRd): boolean {
  let inside = false;
  for (const polygon of polygonsOf(shape)) {
    for (const ring of polygon) if (isPointInRing(x, y, ring)) inside = !inside;
  }
  return inside;
}

/**
 * Distance from a point to the nearest ring edge of a shape (inside or outside), metres.
 * @param x RD x
 * @param y RD y
 * @param shape coordinates
 * @returns distance to the boundary; Infinity for an empty shape
 * @example distanceToBoundaryM(5, 5, square10) // 5
 */
export function distanceToBoundaryM(x: number, y: number, shape: PolygonalRd): number {
  let best = Infinity;
  for (const polygon of polygonsOf(shape)) {
    const d = pointToBoundaryDistanceM([x, y], polygon);
    if (d < best) best = d;
  }
  return best;
}

/**
 * A 32-bit FNV-1a hash over coordinates rounded to centimetres, to tell whether cached
 * geometry is still valid after an edit.
 * @param hash running hash (start with {@link HASH_SEED})
 * @param values numbers to mix in
 * @returns the new hash
 * @example hashNumbers(HASH_SEED, [155000, 463000])
 */
export function hashNumbers(hash: number, values: ArrayLike<number>): number {
  let h = hash;
  for (let i = 0; i < values.length; i++) {
    const v = Math.round(values[i]! * 100);
    h ^= v & 0xffff;
    h = Math.imul(h, 16777619);
    h ^= (v / 65536) | 0;
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** Start value of {@link hashNumbers} (FNV offset basis). */
export const HASH_SEED = 2166136261;

/**
 * Hashes shapes (all positions) and strings into one key part.
 * @param hash running hash
 * @param shape coordinates
 * @returns the new hash
 * @example hashShape(HASH_SEED, square)
 */
export function hashShape(hash: number, shape: PolygonalRd): number {
  let h = hash;
  for (const polygon of polygonsOf(shape)) {
    for (const ring of polygon) {
      for (const p of ring) h = hashNumbers(h, p);
      h = hashNumbers(h, [-1]);
    }
  }
  return h;
}

/**
 * Mixes a string into a hash.
 * @param hash running hash
 * @param text string
 * @returns the new hash
 * @example hashText(HASH_SEED, 'bedrijventerrein')
 */
export function hashText(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
