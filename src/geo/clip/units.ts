/**
 * The integer grid of the Clipper2 operations: whole centimetres of RD (EPSG:28992), far
 * below the precision of any plan map; RD values (< 630,000 m) stay well inside 64-bit
 * integers, and inside 32 bits, which the fast reads and writes of `wasm.ts` rely on.
 */

/** Integer units per metre: Clipper works in whole centimetres of RD. */
export const CLIP_UNITS_PER_M = 100;

/**
 * Default largest deviation of a buffered arc from the true circle, metres. Clipper places
 * arc vertices on the circle, so a buffer lies inside the exact one by at most this much;
 * 0.1 m keeps the surface well inside the 0.5 m tolerance band of issue 4 while a 1,000 m
 * circle needs only ~220 vertices.
 */
export const DEFAULT_ARC_TOLERANCE_M = 0.1;

/**
 * An arc tolerance in grid units (at least one unit: Clipper cannot place arcs finer).
 * @param arcToleranceM largest deviation of an arc from the true circle, metres
 * @returns the tolerance in grid units
 * @example arcToleranceUnits(0.1) // 10
 */
export function arcToleranceUnits(arcToleranceM: number): number {
  return Math.max(1, arcToleranceM * CLIP_UNITS_PER_M);
}
