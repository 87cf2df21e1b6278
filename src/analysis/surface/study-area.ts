/**
 * A hand-drawn study area of the surface "waar wel, waar niet" (issue 4: "the data extent,
 * or a drawn area"): the checks a drawn polygon must pass before the surface is computed for
 * it, and the overlay data that shows it (and the polygon being drawn) on the map. Pure: the
 * rune state in `src/state/surface.svelte.ts` calls it.
 *
 * The shape checks are the proposals' (`validateProposalShape`: self-intersection, sliver
 * area, sliver width). The data extent is checked differently: a study area may reach past
 * the data (a planner draws around a district loosely), but one that does not touch the
 * data at all colours nothing useful and is refused.
 */
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { mapGeometry, toRd } from '../../geo/crs.ts';
import { sketchFeatures } from '../sketch.ts';
import {
  openRing,
  SHAPE_OUTSIDE_EXTENT,
  validateProposalShape,
  type ExtentRd,
  type ShapeProblem,
} from '../proposals/shape-validation.ts';

/**
 * Checks a drawn study area.
 * @param polygonWgs84 the polygon as drawn, [lng, lat] (only the outer ring is checked; a
 *   drawn polygon has no holes)
 * @param extentRd extent of the loaded data, RD metres; omitted = no extent check
 * @returns problems (the proposal shape codes), empty when the area can be used; an
 *   `shape-outside-extent` problem here means the area lies wholly outside the data
 * @example validateStudyArea(bowTie, extent) // [{ code: 'shape-self-intersection', atRd: [x, y] }]
 */
export function validateStudyArea(polygonWgs84: Polygon, extentRd?: ExtentRd): ShapeProblem[] {
  const ringRd = mapGeometry(polygonWgs84, toRd).coordinates[0] ?? [];
  const problems = validateProposalShape(ringRd);
  if (extentRd && problems.length === 0) {
    const corners = openRing(ringRd);
    if (!overlapsExtent(corners, extentRd)) {
      problems.push({ code: SHAPE_OUTSIDE_EXTENT, atRd: corners[0]!, value: corners.length });
    }
  }
  return problems;
}

/**
 * Whether a simple ring and a rectangle share area: a corner of one lies inside the other,
 * or their edges cross.
 * @param corners open ring, RD metres
 * @param e the rectangle, RD metres
 * @returns whether they overlap
 * @example overlapsExtent([[0,0],[10,0],[10,10]], { minX: 5, minY: 1, maxX: 20, maxY: 2 }) // true
 */
export function overlapsExtent(corners: readonly (readonly number[])[], e: ExtentRd): boolean {
  if (corners.length < 3) return false;
  const inBox = (p: readonly number[]) =>
    p[0]! >= e.minX && p[0]! <= e.maxX && p[1]! >= e.minY && p[1]! <= e.maxY;
  if (corners.some(inBox)) return true;
  const box: [number, number][] = [
    [e.minX, e.minY],
    [e.maxX, e.minY],
    [e.maxX, e.maxY],
    [e.minX, e.maxY],
  ];
  if (box.some((p) => isInRing(p, corners))) return true;
  for (let i = 0, j = corners.length - 1; i < corners.length; j = i++) {
    for (let k = 0; k < 4; k++) {
      if (segmentsCross(corners[j]!, corners[i]!, box[k]!, box[(k + 1) % 4]!)) return true;
    }
  }
  return false;
}

/** Even-odd point in ring test. */
function isInRing(p: readonly number[], corners: readonly (readonly number[])[]): boolean {
  let inside = false;
  const [x, y] = [p[0]!, p[1]!];
  for (let i = 0, j = corners.length - 1; i < corners.length; j = i++) {
    const [xi, yi] = [corners[i]![0]!, corners[i]![1]!];
    const [xj, yj] = [corners[j]![0]!, corners[j]![1]!];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether segments a–b and c–d cross properly (touching is covered by the inside tests). */
function segmentsCross(
  a: readonly number[],
  b: readonly number[],
  c: readonly number[],
  d: readonly number[],
): boolean {
  const o = (p: readonly number[], q: readonly number[], r: readonly number[]) =>
    Math.sign((q[0]! - p[0]!) * (r[1]! - p[1]!) - (q[1]! - p[1]!) * (r[0]! - p[0]!));
  return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
}

/**
 * The extent of WGS84 bounds in RD: the box around the four projected corners (RD axes are
 * turned a little against the meridians, so the box is slightly larger than the data).
 * @param bounds `[minLng, minLat, maxLng, maxLat]`
 * @returns the extent, RD metres
 * @example extentRdOfBounds([5.59, 52.4, 5.63, 52.43])
 */
export function extentRdOfBounds(bounds: readonly [number, number, number, number]): ExtentRd {
  const [w, s, e, n] = bounds;
  const xy = [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
  ].map((p) => toRd(p));
  return {
    minX: Math.min(...xy.map((p) => p[0])),
    minY: Math.min(...xy.map((p) => p[1])),
    maxX: Math.max(...xy.map((p) => p[0])),
    maxY: Math.max(...xy.map((p) => p[1])),
  };
}

/**
 * Overlay data of the study area: the drawn area (`kind: 'area'`), and while drawing the
 * outline so far with a rubber band to the pointer (`kind: 'outline'`) and the vertices
 * (`kind: 'vertex'`, the first one marked `first: true`).
 * @param area the drawn area, WGS84, or null
 * @param vertices vertices of the polygon being drawn, [lng, lat] (empty when not drawing)
 * @param pointer the pointer while drawing, or null
 * @returns a FeatureCollection for the overlay source
 * @example studyAreaOverlay(null, [[5.6, 52.4], [5.61, 52.4]], null).features.length // 3
 */
export function studyAreaOverlay(
  area: Polygon | null,
  vertices: readonly Position[],
  pointer: Position | null,
): FeatureCollection {
  const features: Feature[] = [];
  if (area) features.push({ type: 'Feature', properties: { kind: 'area' }, geometry: area });
  features.push(...sketchFeatures(vertices, pointer));
  return { type: 'FeatureCollection', features };
}
