/**
 * The data of a polygon being drawn by hand (the Locatiecheck's place, the surface's study
 * area): the outline so far with its rubber band, the vertices, and the closed polygon at
 * the end. Pure; the map side is src/map/sketch.ts.
 */
import type { Feature, LineString, Point, Polygon, Position } from 'geojson';

/**
 * The features of a polygon being drawn: the outline so far, on to the pointer and back to
 * the first vertex (`kind: 'outline'`, from 2 positions on), then the vertices
 * (`kind: 'vertex'`, the first one with `first: true`).
 * @param vertices the clicked positions, [lng, lat]
 * @param pointer the pointer (rubber band to the next vertex), or null
 * @returns outline first, then the vertices
 * @example sketchFeatures([[5.6, 52.4], [5.61, 52.4]], null).length // 3
 */
export function sketchFeatures(
  vertices: readonly Position[],
  pointer: Position | null,
): Feature<LineString | Point>[] {
  const features: Feature<LineString | Point>[] = [];
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
  return features;
}

/**
 * Closes drawn vertices into a polygon.
 * @param vertices the clicked positions, [lng, lat], without the closing one
 * @returns the polygon, or undefined with fewer than 3 distinct vertices
 * @example closePolygon([[5, 52], [5.1, 52], [5.1, 52.1]])?.coordinates[0].length // 4
 */
export function closePolygon(vertices: readonly Position[]): Polygon | undefined {
  const distinct: Position[] = [];
  for (const v of vertices) {
    const prev = distinct[distinct.length - 1];
    if (!prev || prev[0] !== v[0] || prev[1] !== v[1]) distinct.push([v[0]!, v[1]!]);
  }
  const first = distinct[0];
  const last = distinct[distinct.length - 1];
  if (first && last && distinct.length > 1 && first[0] === last[0] && first[1] === last[1]) {
    distinct.pop();
  }
  if (distinct.length < 3) return undefined;
  return { type: 'Polygon', coordinates: [[...distinct, distinct[0]!]] };
}
