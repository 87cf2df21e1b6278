/**
 * Simplifying outlines within a tolerance (Douglas–Peucker), in RD metres. Every vertex that is
 * left out lies within the tolerance of the simplified segment that replaces it, so the
 * simplified outline stays within the tolerance of the original everywhere (the surface's class
 * outlines use 0.25 m, half the 0.5 m band the surface promises; issue 15). Rings are
 * simplified one by one: a simplified ring may touch or cross another, so callers that need
 * valid polygons run the result through a union (src/analysis/surface/engine.ts does).
 */
import type { MultiPolygonRd, RingRd } from './types.ts';
import { pointSegmentDistanceSq } from './planar.ts';

/**
 * Simplifies a closed ring (first = last position) by Douglas–Peucker.
 * @param ring closed ring, RD metres (not mutated)
 * @param toleranceM largest distance of a left-out vertex from its replacing segment, metres
 * @returns the simplified closed ring, or null when fewer than three corners would remain
 * @example simplifyRing([[0,0],[5,0.1],[10,0],[10,10],[0,10],[0,0]], 0.25) // drops [5, 0.1]
 */
export function simplifyRing(ring: RingRd, toleranceM: number): RingRd | null {
  // Work on the open ring (without the closing position).
  const closed =
    ring.length > 1 &&
    ring[0]![0] === ring[ring.length - 1]![0] &&
    ring[0]![1] === ring[ring.length - 1]![1];
  const n = closed ? ring.length - 1 : ring.length;
  if (n < 3) return null;
  const tol2 = toleranceM * toleranceM;
  const keep = new Uint8Array(n + 1);
  // A closed ring is split at its first vertex and the vertex farthest from it.
  const x0 = ring[0]![0]!;
  const y0 = ring[0]![1]!;
  let far = 1;
  let farD = -1;
  for (let i = 1; i < n; i++) {
    const dx = ring[i]![0]! - x0;
    const dy = ring[i]![1]! - y0;
    const d = dx * dx + dy * dy;
    if (d > farD) {
      farD = d;
      far = i;
    }
  }
  keep[0] = 1;
  keep[far] = 1;
  keep[n] = 1;
  // Index n stands for vertex 0 again (the closing position).
  const at = (i: number) => ring[i === n ? 0 : i]!;
  const stack: number[] = [0, far, far, n];
  while (stack.length > 0) {
    const b = stack.pop()!;
    const a = stack.pop()!;
    if (b - a < 2) continue;
    const pa = at(a);
    const pb = at(b);
    let worst = -1;
    let worstD = -1;
    for (let i = a + 1; i < b; i++) {
      const p = ring[i]!;
      const d = pointSegmentDistanceSq(p[0]!, p[1]!, pa[0]!, pa[1]!, pb[0]!, pb[1]!);
      if (d > worstD) {
        worstD = d;
        worst = i;
      }
    }
    if (worstD > tol2) {
      keep[worst] = 1;
      stack.push(a, worst, worst, b);
    }
  }
  const out: RingRd = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(ring[i]!);
  if (out.length < 3) return null;
  out.push(out[0]!);
  return out;
}

/**
 * Simplifies every ring of a MultiPolygon ({@link simplifyRing}); a polygon whose outer ring
 * collapses is dropped, and so is a hole that collapses (it was thinner than twice the
 * tolerance).
 * @param multi MultiPolygon coordinates, RD metres (not mutated)
 * @param toleranceM tolerance, metres
 * @returns the simplified MultiPolygon (not necessarily valid: see the module comment)
 * @example simplifyMultiPolygon(classOutline, 0.25)
 */
export function simplifyMultiPolygon(multi: MultiPolygonRd, toleranceM: number): MultiPolygonRd {
  const out: MultiPolygonRd = [];
  for (const polygon of multi) {
    const outer = polygon[0] ? simplifyRing(polygon[0], toleranceM) : null;
    if (!outer) continue;
    const rings = [outer];
    for (let i = 1; i < polygon.length; i++) {
      const hole = simplifyRing(polygon[i]!, toleranceM);
      if (hole) rings.push(hole);
    }
    out.push(rings);
  }
  return out;
}
