/**
 * Snapping to existing zone edges and corners while drawing or editing a
 * proposal. terra-draw snaps to its own features only; zones live in MapLibre
 * layers, so this module indexes their segments (WGS84) with flatbush and
 * answers "the nearest zone corner, else the nearest point on a zone edge,
 * within N pixels". Pixel maths goes through the caller's `project`, so the
 * module needs no map.
 */
import Flatbush from 'flatbush';
import type { Feature, Position } from 'geojson';

/** Corners win over edges when both are within reach: a shared corner is what planners aim at. */
export interface SnapIndex {
  /** Segment ends, interleaved: x0, y0, x1, y1 per segment (lng/lat). */
  segments: Float64Array;
  index: Flatbush | undefined;
}

/** Screen position in pixels. */
export interface PixelXY {
  x: number;
  y: number;
}

/**
 * Indexes the edges of polygon features.
 * @param features features in WGS84 (non-polygons are skipped)
 * @returns the index for {@link snapToZones}
 * @example const snap = buildSnapIndex(featuresOf('bedrijventerreinen'))
 */
export function buildSnapIndex(features: readonly Feature[]): SnapIndex {
  const coords: number[] = [];
  const addRing = (ring: Position[]): void => {
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1]!;
      const b = ring[i]!;
      coords.push(a[0]!, a[1]!, b[0]!, b[1]!);
    }
  };
  for (const f of features) {
    const g = f.geometry;
    if (!g) continue;
    if (g.type === 'Polygon') g.coordinates.forEach(addRing);
    else if (g.type === 'MultiPolygon') g.coordinates.forEach((p) => p.forEach(addRing));
  }
  const segments = new Float64Array(coords);
  const n = segments.length / 4;
  if (n === 0) return { segments, index: undefined };
  const index = new Flatbush(n);
  for (let i = 0; i < n; i++) {
    const x0 = segments[i * 4]!;
    const y0 = segments[i * 4 + 1]!;
    const x1 = segments[i * 4 + 2]!;
    const y1 = segments[i * 4 + 3]!;
    index.add(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
  }
  index.finish();
  return { segments, index };
}

/**
 * The zone corner or edge point nearest to the pointer, within `tolerancePx`.
 * @param snap the index
 * @param lngLat pointer position `[lng, lat]`
 * @param tolerancePx reach in screen pixels
 * @param project lng/lat → screen pixels
 * @param unproject screen pixels → lng/lat
 * @returns the snapped `[lng, lat]`, or undefined when nothing is within reach
 * @example snapToZones(snap, [5.1, 52.1], 12, project, unproject)
 */
export function snapToZones(
  snap: SnapIndex,
  lngLat: Position,
  tolerancePx: number,
  project: (lng: number, lat: number) => PixelXY,
  unproject: (x: number, y: number) => { lng: number; lat: number },
): [number, number] | undefined {
  if (!snap.index) return undefined;
  const p = project(lngLat[0]!, lngLat[1]!);
  const a = unproject(p.x - tolerancePx, p.y - tolerancePx);
  const b = unproject(p.x + tolerancePx, p.y + tolerancePx);
  const hits = snap.index.search(
    Math.min(a.lng, b.lng),
    Math.min(a.lat, b.lat),
    Math.max(a.lng, b.lng),
    Math.max(a.lat, b.lat),
  );
  if (hits.length === 0) return undefined;
  const s = snap.segments;
  let bestCorner: [number, number] | undefined;
  let bestCornerD = tolerancePx;
  let bestEdge: [number, number] | undefined;
  let bestEdgeD = tolerancePx;
  for (const i of hits) {
    const lng0 = s[i * 4]!;
    const lat0 = s[i * 4 + 1]!;
    const lng1 = s[i * 4 + 2]!;
    const lat1 = s[i * 4 + 3]!;
    const q0 = project(lng0, lat0);
    const q1 = project(lng1, lat1);
    for (const [q, c] of [
      [q0, [lng0, lat0]],
      [q1, [lng1, lat1]],
    ] as const) {
      const d = Math.hypot(q.x - p.x, q.y - p.y);
      if (d <= bestCornerD) {
        bestCornerD = d;
        bestCorner = [c[0], c[1]];
      }
    }
    const dx = q1.x - q0.x;
    const dy = q1.y - q0.y;
    const len2 = dx * dx + dy * dy;
    const t =
      len2 > 0 ? Math.max(0, Math.min(1, ((p.x - q0.x) * dx + (p.y - q0.y) * dy) / len2)) : 0;
    const d = Math.hypot(q0.x + t * dx - p.x, q0.y + t * dy - p.y);
    if (d <= bestEdgeD) {
      bestEdgeD = d;
      // Linear in lng/lat: over a few pixels the projection is affine to far below a centimetre.
      bestEdge = [lng0 + t * (lng1 - lng0), lat0 + t * (lat1 - lat0)];
    }
  }
  return bestCorner ?? bestEdge;
}
