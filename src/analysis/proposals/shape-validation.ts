/**
 * Checks a drawn proposal shape before its impact is computed: a
 * self-intersecting ring, a sliver (tiny area or near-zero width) or a shape
 * outside the data extent is refused. Problems are data with a code and the
 * place (RD) where the UI shows the message; the shape itself stays as drawn so
 * the user can fix it (issue 5, "Bad drawings").
 */
import Flatbush from 'flatbush';
import type { Polygon, Position } from 'geojson';
import { ringAreaM2, segmentMeetPoint } from '../../geo/planar.ts';
import type { BboxRd } from '../../geo/types.ts';

/** Fewer than three distinct corners: not an area. */
export const SHAPE_TOO_FEW_VERTICES = 'shape-too-few-vertices';
/** Two edges of the outline cross or touch (a "bow tie"). */
export const SHAPE_SELF_INTERSECTION = 'shape-self-intersection';
/** The area is below {@link MIN_AREA_M2}. */
export const SHAPE_SLIVER_AREA = 'shape-sliver-area';
/** The mean width (2 · area / perimeter) is below {@link MIN_WIDTH_M}. */
export const SHAPE_SLIVER_WIDTH = 'shape-sliver-width';
/** A corner lies outside the extent of the loaded data, where no impact can be computed. */
export const SHAPE_OUTSIDE_EXTENT = 'shape-outside-extent';

export type ShapeProblemCode =
  | typeof SHAPE_TOO_FEW_VERTICES
  | typeof SHAPE_SELF_INTERSECTION
  | typeof SHAPE_SLIVER_AREA
  | typeof SHAPE_SLIVER_WIDTH
  | typeof SHAPE_OUTSIDE_EXTENT;

/** Smallest proposal the app accepts, m² (issue 5: "a sliver (< 10 m²)"). */
export const MIN_AREA_M2 = 10;
/**
 * Smallest mean width, metres. For a thin strip 2·A/P equals its width; a zone
 * narrower than 1 m on average holds no building and is a drawing slip (a
 * design choice of this app, not a policy number).
 */
export const MIN_WIDTH_M = 1;

/**
 * Most corners a proposal may have to be edited corner by corner on the map. The editor draws a
 * handle and a midpoint for every corner: selecting an imported 19,999-corner shape blocked the
 * page for 21 s (issue 13), 1,000 corners stay well within a 200 ms task. A larger shape is
 * selected and shown, not given handles (a design limit of this app, not a policy number).
 */
export const MAX_EDITABLE_CORNERS = 1000;

/**
 * Whether a polygon has few enough corners to get a handle per corner.
 * @param polygon the polygon (its outer ring, closed)
 * @returns true when its corners can be edited one by one
 * @example isEditableCornerByCorner(square) // true
 */
export function isEditableCornerByCorner(polygon: Polygon): boolean {
  return cornerCount(polygon) <= MAX_EDITABLE_CORNERS;
}

/**
 * Corners of a polygon's outer ring (the closing position not counted).
 * @param polygon the polygon
 * @returns the number of corners
 * @example cornerCount({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }) // 3
 */
export function cornerCount(polygon: Polygon): number {
  return Math.max(0, (polygon.coordinates[0]?.length ?? 0) - 1);
}

/** One reason a shape is refused. */
export interface ShapeProblem {
  code: ShapeProblemCode;
  /** Where to show the message, RD metres. */
  atRd: [number, number];
  /** Measured value for the message: area m² (sliver-area), width m (sliver-width), corners outside (outside-extent). */
  value?: number;
}

/**
 * Drops the closing position and consecutive duplicates of a ring.
 * @param ring ring in RD metres (closed or not)
 * @returns the distinct corners in order
 * @example openRing([[0,0],[1,0],[1,0],[0,1],[0,0]]) // [[0,0],[1,0],[0,1]]
 */
export function openRing(ring: readonly Position[]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of ring) {
    const x = p[0]!;
    const y = p[1]!;
    const last = out[out.length - 1];
    if (last && last[0] === x && last[1] === y) continue;
    out.push([x, y]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out;
}

/**
 * Perimeter of a ring.
 * @param corners open ring, RD metres
 * @returns length in metres
 * @example ringPerimeterM([[0,0],[10,0],[10,10],[0,10]]) // 40
 */
export function ringPerimeterM(corners: readonly (readonly number[])[]): number {
  let sum = 0;
  const n = corners.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    sum += Math.hypot(corners[i]![0]! - corners[j]![0]!, corners[i]![1]! - corners[j]![1]!);
  }
  return sum;
}

/** Below this many corners the plain pairwise scan is faster than building an index. */
const INDEX_FROM_CORNERS = 32;

/**
 * Finds where the outline of a ring crosses or touches itself. Adjacent edges
 * share a corner and are not compared. The edges go into a static R-tree
 * (flatbush) and each edge is tested only against the edges whose boxes meet
 * its own: O(n log n) for real outlines, where the pairwise scan was O(n²) (a
 * 20,000-corner study area in a link took 26 s to check; issue 13).
 * @param corners open ring, RD metres
 * @returns the first crossing point (by edge order, as the pairwise scan), or undefined when the ring is simple
 * @example findSelfIntersection([[0,0],[10,10],[10,0],[0,10]]) // [5, 5]
 */
export function findSelfIntersection(
  corners: readonly (readonly number[])[],
): [number, number] | undefined {
  const n = corners.length;
  if (n < 4) return undefined;
  if (n < INDEX_FROM_CORNERS) return findSelfIntersectionPairwise(corners);
  const index = new Flatbush(n);
  for (let i = 0; i < n; i++) {
    const a = corners[i]!;
    const b = corners[(i + 1) % n]!;
    index.add(
      Math.min(a[0]!, b[0]!),
      Math.min(a[1]!, b[1]!),
      Math.max(a[0]!, b[0]!),
      Math.max(a[1]!, b[1]!),
    );
  }
  index.finish();
  for (let i = 0; i < n; i++) {
    const a = corners[i]!;
    const b = corners[(i + 1) % n]!;
    let best: { j: number; hit: [number, number] } | undefined;
    const candidates = index.search(
      Math.min(a[0]!, b[0]!),
      Math.min(a[1]!, b[1]!),
      Math.max(a[0]!, b[0]!),
      Math.max(a[1]!, b[1]!),
    );
    for (const j of candidates) {
      if (j < i + 2 || (i === 0 && j === n - 1) || (best && j >= best.j)) continue;
      const hit = segmentMeetPoint(a, b, corners[j]!, corners[(j + 1) % n]!);
      if (hit) best = { j, hit };
    }
    if (best) return best.hit;
  }
  return undefined;
}

/**
 * The pairwise scan, for small rings (and as the oracle in the tests).
 * @param corners open ring, RD metres
 * @returns the first crossing point, or undefined when the ring is simple
 * @example findSelfIntersectionPairwise([[0,0],[10,10],[10,0],[0,10]]) // [5, 5]
 */
export function findSelfIntersectionPairwise(
  corners: readonly (readonly number[])[],
): [number, number] | undefined {
  const n = corners.length;
  if (n < 4) return undefined;
  for (let i = 0; i < n; i++) {
    const a = corners[i]!;
    const b = corners[(i + 1) % n]!;
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue; // the closing edge touches the first one at corner 0
      const c = corners[j]!;
      const d = corners[(j + 1) % n]!;
      const hit = segmentMeetPoint(a, b, c, d);
      if (hit) return hit;
    }
  }
  return undefined;
}

/**
 * A point to hang a message on: the mean of the corners (inside for the
 * convex-ish shapes planners draw; near the shape otherwise).
 * @param corners open ring, RD metres
 * @returns `[x, y]` RD metres
 * @example labelPointRd([[0,0],[10,0],[10,10],[0,10]]) // [5, 5]
 */
export function labelPointRd(corners: readonly (readonly number[])[]): [number, number] {
  let x = 0;
  let y = 0;
  for (const c of corners) {
    x += c[0]!;
    y += c[1]!;
  }
  const n = Math.max(1, corners.length);
  return [x / n, y / n];
}

/**
 * Validates the outer ring of a drawn proposal.
 * @param ringRd outer ring in RD metres (terra-draw draws no holes)
 * @param extentRd extent of the loaded data, `[minX, minY, maxX, maxY]`; omitted = no extent check
 * @returns problems, empty when the shape is fine
 * @example validateProposalShape(bowTie, extent) // [{ code: 'shape-self-intersection', atRd: [x, y] }]
 */
export function validateProposalShape(
  ringRd: readonly Position[],
  extentRd?: BboxRd,
): ShapeProblem[] {
  const corners = openRing(ringRd);
  const problems: ShapeProblem[] = [];
  const at = labelPointRd(corners);
  if (corners.length < 3) {
    return [{ code: SHAPE_TOO_FEW_VERTICES, atRd: at, value: corners.length }];
  }
  const crossing = findSelfIntersection(corners);
  const areaM2 = ringAreaM2(corners);
  // A crossing ring's shoelace area is meaningless (lobes cancel): report the crossing only.
  if (crossing) {
    problems.push({ code: SHAPE_SELF_INTERSECTION, atRd: crossing });
  } else if (areaM2 < MIN_AREA_M2) {
    problems.push({ code: SHAPE_SLIVER_AREA, atRd: at, value: areaM2 });
  } else {
    const widthM = (2 * areaM2) / ringPerimeterM(corners);
    if (widthM < MIN_WIDTH_M) problems.push({ code: SHAPE_SLIVER_WIDTH, atRd: at, value: widthM });
  }
  if (extentRd) {
    const outside = corners.filter(
      ([x, y]) => x < extentRd[0] || x > extentRd[2] || y < extentRd[1] || y > extentRd[3],
    );
    if (outside.length > 0) {
      problems.push({ code: SHAPE_OUTSIDE_EXTENT, atRd: outside[0]!, value: outside.length });
    }
  }
  return problems;
}
