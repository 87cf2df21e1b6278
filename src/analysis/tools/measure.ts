/**
 * The measure tool's sums (issue 14): distance along a line and area of a polygon in planar
 * RD New metres (EPSG:28992), the same measure as the rules and the surface; and snapping of a
 * clicked point to the nearest feature (a business or address point, else a corner or edge of
 * a zone, plot or buurt) within a few screen pixels. Pure: pixels go through the caller's
 * `project`/`unproject`.
 */
import Flatbush from 'flatbush';
import type { Feature, LineString, Point, Polygon, Position } from 'geojson';
import { ringAreaM2 } from '../../geo/planar.ts';
import { toRdFast } from '../../geo/rd-fast.ts';
import { buildSnapIndex, snapToZones, type PixelXY, type SnapIndex } from '../proposals/snap.ts';

/** What the tool measures. */
export type MeasureMode = 'distance' | 'area';

/** The sums of a measurement. */
export interface Measurement {
  /** Length of each segment, m (for an area also the closing one). */
  segmentsM: number[];
  /** Length of the line, or perimeter of the area, m. */
  lengthM: number;
  /** Area, m² (0 for a line or fewer than 3 points). */
  areaM2: number;
}

/**
 * Measures a line or an area in RD metres.
 * @param vertices the clicked points, `[lng, lat]`
 * @param mode distance (an open line) or area (closed back to the first point)
 * @returns segment lengths, total length (perimeter) and area
 * @example measure([[5.6, 52.4], [5.61, 52.4]], 'distance').lengthM // ≈ 680
 */
export function measure(vertices: readonly Position[], mode: MeasureMode): Measurement {
  const rd = vertices.map((p) => toRdFast(p));
  const closed = mode === 'area' && rd.length >= 3 ? [...rd, rd[0]!] : rd;
  const segmentsM: number[] = [];
  for (let i = 1; i < closed.length; i++) {
    const a = closed[i - 1]!;
    const b = closed[i]!;
    segmentsM.push(Math.hypot(b[0] - a[0], b[1] - a[1]));
  }
  const lengthM = segmentsM.reduce((s, d) => s + d, 0);
  const areaM2 = mode === 'area' && rd.length >= 3 ? ringAreaM2(closed) : 0;
  return { segmentsM, lengthM, areaM2 };
}

/** Features to snap to: edges and corners of polygons, and points. */
export interface MeasureSnapIndex {
  edges: SnapIndex;
  points: Float64Array;
  pointIndex: Flatbush | undefined;
}

/**
 * Indexes features for snapping.
 * @param features features in WGS84: polygons give corners and edges, points themselves
 * @returns the index for {@link snapMeasurePoint}
 * @example const snap = buildMeasureSnapIndex([...featuresOf('bedrijven'), ...featuresOf('woningen')])
 */
export function buildMeasureSnapIndex(features: readonly Feature[]): MeasureSnapIndex {
  const xy: number[] = [];
  for (const f of features) {
    const g = f.geometry;
    if (g?.type === 'Point') xy.push(g.coordinates[0]!, g.coordinates[1]!);
    else if (g?.type === 'MultiPoint') for (const p of g.coordinates) xy.push(p[0]!, p[1]!);
  }
  const points = new Float64Array(xy);
  const n = points.length / 2;
  let pointIndex: Flatbush | undefined;
  if (n > 0) {
    pointIndex = new Flatbush(n);
    for (let i = 0; i < n; i++) {
      pointIndex.add(points[i * 2]!, points[i * 2 + 1]!, points[i * 2]!, points[i * 2 + 1]!);
    }
    pointIndex.finish();
  }
  return { edges: buildSnapIndex(features), points, pointIndex };
}

/**
 * Snaps a clicked point: the nearest point feature within reach wins (an address, a business),
 * else the nearest polygon corner, else the nearest point on an edge.
 * @param snap the index
 * @param lngLat the clicked `[lng, lat]`
 * @param tolerancePx reach in screen pixels
 * @param project lng/lat → screen pixels
 * @param unproject screen pixels → lng/lat
 * @returns the snapped `[lng, lat]`, or undefined when nothing is within reach
 * @example snapMeasurePoint(snap, [5.6, 52.4], 10, project, unproject)
 */
export function snapMeasurePoint(
  snap: MeasureSnapIndex,
  lngLat: Position,
  tolerancePx: number,
  project: (lng: number, lat: number) => PixelXY,
  unproject: (x: number, y: number) => { lng: number; lat: number },
): [number, number] | undefined {
  if (snap.pointIndex) {
    const p = project(lngLat[0]!, lngLat[1]!);
    const a = unproject(p.x - tolerancePx, p.y - tolerancePx);
    const b = unproject(p.x + tolerancePx, p.y + tolerancePx);
    let best: [number, number] | undefined;
    let bestD = tolerancePx;
    for (const i of snap.pointIndex.search(
      Math.min(a.lng, b.lng),
      Math.min(a.lat, b.lat),
      Math.max(a.lng, b.lng),
      Math.max(a.lat, b.lat),
    )) {
      const lng = snap.points[i * 2]!;
      const lat = snap.points[i * 2 + 1]!;
      const q = project(lng, lat);
      const d = Math.hypot(q.x - p.x, q.y - p.y);
      if (d <= bestD) {
        bestD = d;
        best = [lng, lat];
      }
    }
    if (best) return best;
  }
  return snapToZones(snap.edges, lngLat, tolerancePx, project, unproject);
}

/**
 * The map features of a measurement: the line (closed for an area, with its fill) and the
 * vertices. Kinds: `fill`, `line`, `vertex`.
 * @param vertices the clicked points, `[lng, lat]`
 * @param mode distance or area
 * @returns the features
 * @example measureFeatures([[5.6, 52.4], [5.61, 52.4]], 'distance').length // 3
 */
export function measureFeatures(
  vertices: readonly Position[],
  mode: MeasureMode,
): Feature<Polygon | LineString | Point>[] {
  const out: Feature<Polygon | LineString | Point>[] = [];
  const pts = vertices.map((p) => [p[0]!, p[1]!]);
  if (mode === 'area' && pts.length >= 3) {
    out.push({
      type: 'Feature',
      properties: { kind: 'fill' },
      geometry: { type: 'Polygon', coordinates: [[...pts, pts[0]!]] },
    });
  }
  if (pts.length >= 2) {
    const line = mode === 'area' && pts.length >= 3 ? [...pts, pts[0]!] : pts;
    out.push({
      type: 'Feature',
      properties: { kind: 'line' },
      geometry: { type: 'LineString', coordinates: line },
    });
  }
  for (const p of pts) {
    out.push({
      type: 'Feature',
      properties: { kind: 'vertex' },
      geometry: { type: 'Point', coordinates: p },
    });
  }
  return out;
}
