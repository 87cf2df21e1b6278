/**
 * Point in buurt: which buurt each point (dwelling, business) counts in. The one
 * implementation of that rule, used by the wijkprofielen and by the proposals' buurt table.
 *
 * Rule: a point counts in a buurt when it lies inside the buurt or on its boundary (within
 * 1 mm, as `isPointInPolygon` of src/geo/planar.ts); a point on the shared boundary of several
 * buurten counts in the **first of them in data order** (the lowest index), so it is counted
 * exactly once. A point in no buurt counts in none (-1).
 */
import Flatbush from 'flatbush';
import { ON_BOUNDARY_TOLERANCE_M } from '../../geo/planar.ts';
import type { BboxRd, MultiPolygonRd } from '../../geo/types.ts';

/** A buurt as the assignment needs it. */
export interface BuurtShape {
  geometryRd: MultiPolygonRd;
  bboxRd: BboxRd;
}

/** Index value of a point that lies in no buurt. */
export const NO_BUURT = -1;

/**
 * Builds a flatbush index over points.
 * @param xs x coordinates, RD metres
 * @param ys y coordinates, RD metres
 * @param count number of points
 * @returns the index, or null without points
 * @example indexPoints(xs, ys, xs.length)
 */
export function indexPoints(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  count: number,
): Flatbush | null {
  if (count === 0) return null;
  const index = new Flatbush(count, 64);
  for (let k = 0; k < count; k++) index.add(xs[k]!, ys[k]!, xs[k]!, ys[k]!);
  index.finish();
  return index;
}

/**
 * The buurt each point counts in (see the rule in the module comment). Works per buurt in
 * data order: the points in the buurt's box come from the index, and a point already taken
 * by an earlier buurt is skipped, so the lowest index wins on a shared boundary.
 * @param buurten buurten in data order
 * @param xs point x, RD metres
 * @param ys point y, RD metres
 * @param count number of points
 * @param index flatbush over the same points (item k = point k); built when not given
 * @returns per point the buurt index, or {@link NO_BUURT}
 * @example assignPointsToBuurten(buurten, ds.dwellings.xs, ds.dwellings.ys, n, ds.dwellingIndex)
 */
export function assignPointsToBuurten(
  buurten: readonly BuurtShape[],
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  count: number,
  index?: Flatbush | null,
): Int32Array {
  const out = new Int32Array(count).fill(NO_BUURT);
  const points = index === undefined ? indexPoints(xs, ys, count) : index;
  if (!points) return out;
  buurten.forEach((b, i) => {
    const [minX, minY, maxX, maxY] = b.bboxRd;
    const candidates = points.search(minX, minY, maxX, maxY);
    if (candidates.length === 0) return;
    // A rectangular buurt (generated grids) is its own box: the search already decided.
    const shape = isAxisAlignedBox(b.geometryRd, b.bboxRd) ? null : prepareShape(b);
    for (const k of candidates) {
      if (out[k] !== NO_BUURT) continue;
      if (shape && !isInShape(shape, xs[k]!, ys[k]!)) continue;
      out[k] = i;
    }
  });
  return out;
}

/**
 * A buurt's edges sorted into horizontal bands, so a point is tested against the few edges
 * of its band only (two bands per edge: a buurt of 80 vertices tests a few edges per point, not 80).
 */
interface BandedShape {
  minY: number;
  bandH: number;
  bands: number;
  /** Band b holds edges `edgeOf[start[b] .. start[b+1])`. */
  start: Int32Array;
  edgeOf: Int32Array;
  /** Edge e: x1, y1, x2, y2 at 4e. */
  edges: Float64Array;
}

const TOL = ON_BOUNDARY_TOLERANCE_M;
const TOL_SQ = TOL * TOL;

function prepareShape(b: BuurtShape): BandedShape {
  const coords: number[] = [];
  for (const polygon of b.geometryRd) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const p = ring[j]!;
        const q = ring[i]!;
        if (p[0] === q[0] && p[1] === q[1]) continue;
        coords.push(p[0]!, p[1]!, q[0]!, q[1]!);
      }
    }
  }
  const edges = Float64Array.from(coords);
  const n = edges.length / 4;
  const minY = b.bboxRd[1] - TOL;
  const height = b.bboxRd[3] + TOL - minY;
  const bands = Math.max(1, Math.min(1024, 2 * n));
  const bandH = height / bands || 1;
  const bandOf = (y: number) => Math.min(bands - 1, Math.max(0, Math.floor((y - minY) / bandH)));
  const counts = new Int32Array(bands + 1);
  const range = (e: number): [number, number] => {
    const y1 = edges[4 * e + 1]!;
    const y2 = edges[4 * e + 3]!;
    return [bandOf(Math.min(y1, y2) - TOL), bandOf(Math.max(y1, y2) + TOL)];
  };
  for (let e = 0; e < n; e++) {
    const [lo, hi] = range(e);
    for (let t = lo; t <= hi; t++) counts[t + 1]!++;
  }
  for (let t = 0; t < bands; t++) counts[t + 1]! += counts[t]!;
  const start = Int32Array.from(counts);
  const fill = Int32Array.from(counts);
  const edgeOf = new Int32Array(start[bands]!);
  for (let e = 0; e < n; e++) {
    const [lo, hi] = range(e);
    for (let t = lo; t <= hi; t++) edgeOf[fill[t]!++] = e;
  }
  return { minY, bandH, bands, start, edgeOf, edges };
}

/**
 * Inside (even–odd crossings over all rings: outer rings minus holes) or within 1 mm of an
 * edge — the same rule as `isPointInMultiPolygon` (src/geo/planar.ts), on the band's edges.
 */
function isInShape(s: BandedShape, px: number, py: number): boolean {
  const t = Math.floor((py - s.minY) / s.bandH);
  if (t < 0 || t >= s.bands) return false;
  const e = s.edges;
  let inside = false;
  for (let k = s.start[t]!, end = s.start[t + 1]!; k < end; k++) {
    const o = 4 * s.edgeOf[k]!;
    const x1 = e[o]!;
    const y1 = e[o + 1]!;
    const x2 = e[o + 2]!;
    const y2 = e[o + 3]!;
    if (y1 > py !== y2 > py && px < ((x2 - x1) * (py - y1)) / (y2 - y1) + x1) inside = !inside;
    // Boundary: only edges whose box (grown by the tolerance) holds the point.
    if (
      px >= Math.min(x1, x2) - TOL &&
      px <= Math.max(x1, x2) + TOL &&
      py >= Math.min(y1, y2) - TOL &&
      py <= Math.max(y1, y2) + TOL &&
      segmentDistanceSq(px, py, x1, y1, x2, y2) <= TOL_SQ
    ) {
      return true;
    }
  }
  return inside;
}

function segmentDistanceSq(
  px: number,
  py: number,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = dx * dx + dy * dy;
  const u = len > 0 ? Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len)) : 0;
  const qx = x1 + u * dx - px;
  const qy = y1 + u * dy - py;
  return qx * qx + qy * qy;
}

/** Whether a multipolygon is one axis-aligned rectangle without holes that fills its box. */
function isAxisAlignedBox(multi: MultiPolygonRd, bbox: BboxRd): boolean {
  if (multi.length !== 1 || multi[0]!.length !== 1) return false;
  const ring = multi[0]![0]!;
  if (ring.length !== 5 && ring.length !== 4) return false;
  return ring.every(
    (p) => (p[0] === bbox[0] || p[0] === bbox[2]) && (p[1] === bbox[1] || p[1] === bbox[3]),
  );
}
