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
import { doSegmentsCross, isPointInRing } from '../../geo/planar.ts';
import type { BboxRd } from '../../geo/types.ts';
import {
  openRing,
  SHAPE_OUTSIDE_EXTENT,
  validateProposalShape,
  type ShapeProblem,
} from '../proposals/shape-validation.ts';

/**
 * Checks a drawn study area.
 * @param polygonWgs84 the polygon as drawn, [lng, lat] (only the outer ring is checked; a
 *   drawn polygon has no holes)
 * @param extentRd extent of the loaded data, `[minX, minY, maxX, maxY]` RD metres; omitted = no extent check
 * @returns problems (the proposal shape codes), empty when the area can be used; an
 *   `shape-outside-extent` problem here means the area lies wholly outside the data
 * @example validateStudyArea(bowTie, extent) // [{ code: 'shape-self-intersection', atRd: [x, y] }]
 */
export function validateStudyArea(polygonWgs84: Polygon, extentRd?: BboxRd): ShapeProblem[] {
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
 * @param e the rectangle `[minX, minY, maxX, maxY]`, RD metres
 * @returns whether they overlap
 * @example overlapsExtent([[0,0],[10,0],[10,10]], [5, 1, 20, 2]) // true
 */
export function overlapsExtent(corners: readonly (readonly number[])[], e: BboxRd): boolean {
  if (corners.length < 3) return false;
  const [minX, minY, maxX, maxY] = e;
  const inBox = (p: readonly number[]) =>
    p[0]! >= minX && p[0]! <= maxX && p[1]! >= minY && p[1]! <= maxY;
  if (corners.some(inBox)) return true;
  const box: [number, number][] = [
    [minX, minY],
    [maxX, minY],
    [maxX, maxY],
    [minX, maxY],
  ];
  if (box.some((p) => isPointInRing(p[0], p[1], corners))) return true;
  // A proper crossing; touching is covered by the inside tests.
  for (let i = 0, j = corners.length - 1; i < corners.length; j = i++) {
    const [a, b] = [corners[j]!, corners[i]!];
    for (let k = 0; k < 4; k++) {
      const [c, d] = [box[k]!, box[(k + 1) % 4]!];
      if (doSegmentsCross(a[0]!, a[1]!, b[0]!, b[1]!, c[0], c[1], d[0], d[1])) return true;
    }
  }
  return false;
}

/**
 * The extent of WGS84 bounds in RD: the box around the four projected corners (RD axes are
 * turned a little against the meridians, so the box is slightly larger than the data).
 * @param bounds `[minLng, minLat, maxLng, maxLat]`
 * @returns the extent `[minX, minY, maxX, maxY]`, RD metres
 * @example extentRdOfBounds([5.59, 52.4, 5.63, 52.43])
 */
export function extentRdOfBounds(bounds: readonly [number, number, number, number]): BboxRd {
  const [w, s, e, n] = bounds;
  const xy = [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
  ].map((p) => toRd(p));
  return [
    Math.min(...xy.map((p) => p[0])),
    Math.min(...xy.map((p) => p[1])),
    Math.max(...xy.map((p) => p[0])),
    Math.max(...xy.map((p) => p[1])),
  ];
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
  // The outline so far, on to the pointer and back to the first vertex: the polygon to be.
  const ring = vertices.map((p) => [p[0]!, p[1]!]);
  if (pointer && vertices.length > 0) ring.push([pointer[0]!, pointer[1]!]);
  if (ring.length >= 3) ring.push(ring[0]!);
  if (ring.length >= 2) {
    features.push({
      type: 'Feature',
      properties: { kind: 'outline' },
      geometry: { type: 'LineString', coordinates: ring },
    });
  }
  vertices.forEach((p, i) =>
    features.push({
      type: 'Feature',
      properties: { kind: 'vertex', first: i === 0 },
      geometry: { type: 'Point', coordinates: [p[0]!, p[1]!] },
    }),
  );
  return { type: 'FeatureCollection', features };
}
