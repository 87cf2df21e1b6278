/**
 * Planar geometry in RD New (EPSG:28992) metres: area, distances, containment
 * and bounding boxes. The app reports every distance and area in planar RD
 * metres, the Dutch convention (../shared/DOMAIN.md § Coordinates); Turf's
 * spherical measures read about 0.3 % short at 52° N, so the rules use these
 * functions on data projected once at load (see src/domain/dataset.ts).
 *
 * Coordinates are `[x, y]` in metres. Rings are closed (first = last
 * position), as in GeoJSON; an unclosed ring is treated as closed.
 */
import type { Position } from 'geojson';
import type { BboxRd, MultiPolygonRd, PolygonRd } from './types.ts';

/** A ring as the functions here read it: `[x, y]` positions, closed or not. */
type RingLike = readonly (readonly number[])[];

/**
 * Signed area of a ring by the shoelace formula (positive = counter-clockwise).
 * Coordinates are shifted to the first vertex first, so large RD values lose no precision.
 * @param ring a ring in RD metres
 * @returns signed area in m²
 * @example ringSignedAreaM2([[0,0],[10,0],[10,10],[0,10],[0,0]]) // 100
 */
export function ringSignedAreaM2(ring: RingLike): number {
  const n = ring.length;
  if (n < 3) return 0;
  const x0 = ring[0]![0]!;
  const y0 = ring[0]![1]!;
  let sum = 0;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const a = ring[j]!;
    const b = ring[i]!;
    sum += (a[0]! - x0) * (b[1]! - y0) - (b[0]! - x0) * (a[1]! - y0);
  }
  return sum / 2;
}

/**
 * Unsigned area of a ring (see {@link ringSignedAreaM2}).
 * @param ring a ring in RD metres, closed or not
 * @returns area in m²
 * @example ringAreaM2([[0,0],[10,0],[10,10],[0,10]]) // 100
 */
export function ringAreaM2(ring: RingLike): number {
  return Math.abs(ringSignedAreaM2(ring));
}

/**
 * Area of a polygon with holes.
 * @param polygon outer ring and holes, RD metres
 * @returns area in m² (outer minus holes)
 * @example polygonAreaM2([[[0,0],[10,0],[10,10],[0,10],[0,0]]]) // 100
 */
export function polygonAreaM2(polygon: PolygonRd): number {
  let area = 0;
  polygon.forEach((ring, i) => {
    const a = Math.abs(ringSignedAreaM2(ring));
    area += i === 0 ? a : -a;
  });
  return area;
}

/**
 * Area of a multipolygon (parts assumed not to overlap, as in valid GeoJSON).
 * @param multi polygons in RD metres
 * @returns area in m²
 * @example multiPolygonAreaM2([square10, square10elsewhere]) // 200
 */
export function multiPolygonAreaM2(multi: MultiPolygonRd): number {
  let area = 0;
  for (const p of multi) area += polygonAreaM2(p);
  return area;
}

/**
 * Squared distance from a point to a segment.
 * @param px point x
 * @param py point y
 * @param ax segment start x
 * @param ay segment start y
 * @param bx segment end x
 * @param by segment end y
 * @returns squared distance in m²
 * @example pointSegmentDistanceSq(0, 5, -1, 0, 1, 0) // 25
 */
export function pointSegmentDistanceSq(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  let t = 0;
  const len2 = dx * dx + dy * dy;
  if (len2 > 0) {
    t = ((px - ax) * dx + (py - ay) * dy) / len2;
    if (t < 0) t = 0;
    else if (t > 1) t = 1;
  }
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/**
 * Distance from a point to the nearest edge of any ring of a polygon (its boundary).
 * @param xy point in RD metres
 * @param polygon polygon in RD metres
 * @returns distance in metres to the boundary (also when the point lies inside)
 * @example pointToBoundaryDistanceM([5, 5], square10) // 5
 */
export function pointToBoundaryDistanceM(xy: Position, polygon: PolygonRd): number {
  const px = xy[0]!;
  const py = xy[1]!;
  let best = Infinity;
  for (const ring of polygon) {
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const a = ring[j]!;
      const b = ring[i]!;
      const d = pointSegmentDistanceSq(px, py, a[0]!, a[1]!, b[0]!, b[1]!);
      if (d < best) best = d;
    }
  }
  return Math.sqrt(best);
}

/**
 * Whether a point lies inside a ring, by even-odd ray casting (W. R. Franklin, PNPOLY). A
 * point exactly on the boundary may go either way: callers that need the boundary to count
 * as inside test the distance to it (see {@link isPointInPolygon}).
 * @param px point x, RD metres
 * @param py point y
 * @param ring a ring, closed or not
 * @returns true when inside
 * @example isPointInRing(5, 5, [[0,0],[10,0],[10,10],[0,10],[0,0]]) // true
 */
export function isPointInRing(px: number, py: number, ring: RingLike): boolean {
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    const ay = a[1]!;
    const by = b[1]!;
    if (ay > py !== by > py) {
      const xCross = ((b[0]! - a[0]!) * (py - ay)) / (by - ay) + a[0]!;
      if (px < xCross) inside = !inside;
    }
  }
  return inside;
}

/** Tolerance in metres within which a point counts as lying on a boundary (1 mm). */
export const ON_BOUNDARY_TOLERANCE_M = 0.001;

/**
 * Whether a point lies in a polygon with holes. A point on the boundary (within 1 mm)
 * counts as inside: a place on a zone border belongs to that zone.
 * @param xy point in RD metres
 * @param polygon polygon in RD metres
 * @returns true when inside or on the boundary
 * @example isPointInPolygon([5, 5], square10) // true
 */
export function isPointInPolygon(xy: Position, polygon: PolygonRd): boolean {
  const outer = polygon[0];
  if (!outer) return false;
  const px = xy[0]!;
  const py = xy[1]!;
  let inside = isPointInRing(px, py, outer);
  for (let h = 1; inside && h < polygon.length; h++) {
    if (isPointInRing(px, py, polygon[h]!)) inside = false;
  }
  // Ray casting is arbitrary exactly on an edge: a point outside or in a hole may still lie
  // on a boundary, which counts as inside.
  return inside || pointToBoundaryDistanceM(xy, polygon) <= ON_BOUNDARY_TOLERANCE_M;
}

/**
 * Whether a point lies in any part of a multipolygon (boundary counts as inside).
 * @param xy point in RD metres
 * @param multi multipolygon in RD metres
 * @returns true when inside a part or on its boundary
 * @example isPointInMultiPolygon([5, 5], [square10]) // true
 */
export function isPointInMultiPolygon(xy: Position, multi: MultiPolygonRd): boolean {
  for (const p of multi) if (isPointInPolygon(xy, p)) return true;
  return false;
}

/**
 * Distance from a point to a (multi)polygon: 0 inside, else to the nearest boundary.
 * @param xy point in RD metres
 * @param multi multipolygon in RD metres
 * @returns distance in metres
 * @example pointToMultiPolygonDistanceM([15, 5], [square10]) // 5
 */
export function pointToMultiPolygonDistanceM(xy: Position, multi: MultiPolygonRd): number {
  let best = Infinity;
  for (const p of multi) {
    if (isPointInPolygon(xy, p)) return 0;
    const d = pointToBoundaryDistanceM(xy, p);
    if (d < best) best = d;
  }
  return best;
}

/**
 * The cross product (b − a) × (c − a): twice the signed area of the triangle a, b, c;
 * positive when c lies left of the line a → b (counter-clockwise turn), 0 when collinear.
 */
function orient2d(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/** The sign of {@link orient2d}: 1 left turn, -1 right turn, 0 collinear. */
function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number) {
  const v = orient2d(ax, ay, bx, by, cx, cy);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/**
 * Whether segments a–b and c–d cross properly: each one's ends lie strictly on opposite
 * sides of the other (touching and collinear overlaps do not count).
 * @returns true for a proper crossing
 * @example doSegmentsCross(0, 0, 10, 10, 0, 10, 10, 0) // true
 */
export function doSegmentsCross(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): boolean {
  return (
    orientation(ax, ay, bx, by, cx, cy) * orientation(ax, ay, bx, by, dx, dy) < 0 &&
    orientation(cx, cy, dx, dy, ax, ay) * orientation(cx, cy, dx, dy, bx, by) < 0
  );
}

function isWithinBox(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  px: number,
  py: number,
): boolean {
  return (
    Math.min(ax, bx) <= px &&
    px <= Math.max(ax, bx) &&
    Math.min(ay, by) <= py &&
    py <= Math.max(ay, by)
  );
}

/**
 * Where segments a–b and c–d meet: the crossing point of a proper crossing, else an end of
 * one that lies on the other (also for collinear overlaps), else undefined.
 * @param a first segment's start, `[x, y]`
 * @param b first segment's end
 * @param c second segment's start
 * @param d second segment's end
 * @returns the meeting point, or undefined when they are apart
 * @example segmentMeetPoint([0, 0], [10, 10], [0, 10], [10, 0]) // [5, 5]
 */
export function segmentMeetPoint(
  a: readonly number[],
  b: readonly number[],
  c: readonly number[],
  d: readonly number[],
): [number, number] | undefined {
  const [ax, ay] = [a[0]!, a[1]!];
  const [bx, by] = [b[0]!, b[1]!];
  const [cx, cy] = [c[0]!, c[1]!];
  const [dx, dy] = [d[0]!, d[1]!];
  const d1 = orient2d(cx, cy, dx, dy, ax, ay);
  const d2 = orient2d(cx, cy, dx, dy, bx, by);
  const d3 = orient2d(ax, ay, bx, by, cx, cy);
  const d4 = orient2d(ax, ay, bx, by, dx, dy);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    const t = d1 / (d1 - d2);
    return [ax + t * (bx - ax), ay + t * (by - ay)];
  }
  if (d1 === 0 && isWithinBox(cx, cy, dx, dy, ax, ay)) return [ax, ay];
  if (d2 === 0 && isWithinBox(cx, cy, dx, dy, bx, by)) return [bx, by];
  if (d3 === 0 && isWithinBox(ax, ay, bx, by, cx, cy)) return [cx, cy];
  if (d4 === 0 && isWithinBox(ax, ay, bx, by, dx, dy)) return [dx, dy];
  return undefined;
}

function doSegmentsIntersect(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): boolean {
  const o1 = orientation(ax, ay, bx, by, cx, cy);
  const o2 = orientation(ax, ay, bx, by, dx, dy);
  const o3 = orientation(cx, cy, dx, dy, ax, ay);
  const o4 = orientation(cx, cy, dx, dy, bx, by);
  return o1 !== o2 && o3 !== o4;
}

/**
 * Distance between two segments (0 when they cross).
 * @returns distance in metres
 * @example segmentSegmentDistanceM(0,0,10,0, 0,5,10,5) // 5
 */
export function segmentSegmentDistanceM(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): number {
  if (doSegmentsIntersect(ax, ay, bx, by, cx, cy, dx, dy)) return 0;
  return Math.sqrt(
    Math.min(
      pointSegmentDistanceSq(ax, ay, cx, cy, dx, dy),
      pointSegmentDistanceSq(bx, by, cx, cy, dx, dy),
      pointSegmentDistanceSq(cx, cy, ax, ay, bx, by),
      pointSegmentDistanceSq(dx, dy, ax, ay, bx, by),
    ),
  );
}

/**
 * Distance between two multipolygons: 0 when they overlap or touch, else the
 * shortest distance between their boundaries (the same as GEOS/shapely `distance`).
 * @param a multipolygon in RD metres
 * @param b multipolygon in RD metres
 * @returns distance in metres
 * @example multiPolygonDistanceM([square10], [square10shiftedBy20]) // 10
 */
export function multiPolygonDistanceM(a: MultiPolygonRd, b: MultiPolygonRd): number {
  // Overlap: a vertex of one lies in the other, or edges cross (checked via distance 0 below).
  for (const pa of a)
    for (const ring of pa) if (ring[0] && isPointInMultiPolygon(ring[0], b)) return 0;
  for (const pb of b)
    for (const ring of pb) if (ring[0] && isPointInMultiPolygon(ring[0], a)) return 0;
  let best = Infinity;
  for (const pa of a) {
    for (const ra of pa) {
      for (let i = 0, j = ra.length - 1; i < ra.length; j = i++) {
        const p = ra[j]!;
        const q = ra[i]!;
        for (const pb of b) {
          for (const rb of pb) {
            for (let k = 0, l = rb.length - 1; k < rb.length; l = k++) {
              const r = rb[l]!;
              const s = rb[k]!;
              const d = segmentSegmentDistanceM(
                p[0]!,
                p[1]!,
                q[0]!,
                q[1]!,
                r[0]!,
                r[1]!,
                s[0]!,
                s[1]!,
              );
              if (d < best) {
                best = d;
                if (best === 0) return 0;
              }
            }
          }
        }
      }
    }
  }
  return best;
}

/**
 * Bounding box of a multipolygon.
 * @param multi multipolygon in RD metres
 * @returns `[minX, minY, maxX, maxY]`
 * @example bboxOfMultiPolygon([square10]) // [0, 0, 10, 10]
 */
export function bboxOfMultiPolygon(multi: MultiPolygonRd): BboxRd {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of multi) {
    for (const ring of p) {
      for (const pos of ring) {
        const x = pos[0]!;
        const y = pos[1]!;
        if (x < minX) minX = x;
        if (y < minY) minY = y;
        if (x > maxX) maxX = x;
        if (y > maxY) maxY = y;
      }
    }
  }
  return [minX, minY, maxX, maxY];
}

/**
 * Distance from a point to a bounding box (0 inside): a lower bound of the
 * distance to anything in that box, used to skip far candidates cheaply.
 * @param x point x
 * @param y point y
 * @param bbox box in RD metres
 * @returns distance in metres
 * @example pointToBboxDistanceM(15, 5, [0, 0, 10, 10]) // 5
 */
export function pointToBboxDistanceM(x: number, y: number, bbox: BboxRd): number {
  const dx = x < bbox[0] ? bbox[0] - x : x > bbox[2] ? x - bbox[2] : 0;
  const dy = y < bbox[1] ? bbox[1] - y : y > bbox[3] ? y - bbox[3] : 0;
  return Math.sqrt(dx * dx + dy * dy);
}

/**
 * Distance between two bounding boxes (0 when they overlap).
 * @param a box in RD metres
 * @param b box in RD metres
 * @returns distance in metres
 * @example bboxDistanceM([0,0,10,10], [20,0,30,10]) // 10
 */
export function bboxDistanceM(a: BboxRd, b: BboxRd): number {
  const dx = Math.max(0, a[0] - b[2], b[0] - a[2]);
  const dy = Math.max(0, a[1] - b[3], b[1] - a[3]);
  return Math.sqrt(dx * dx + dy * dy);
}

/**
 * Area-weighted centroid of a multipolygon (of its outer rings minus holes).
 * @param multi multipolygon in RD metres
 * @returns `[x, y]`
 * @example centroidOfMultiPolygon([square10]) // [5, 5]
 */
export function centroidOfMultiPolygon(multi: MultiPolygonRd): [number, number] {
  let cx = 0;
  let cy = 0;
  let total = 0;
  for (const poly of multi) {
    poly.forEach((ring, ri) => {
      const n = ring.length;
      if (n < 3) return;
      const x0 = ring[0]![0]!;
      const y0 = ring[0]![1]!;
      let a2 = 0;
      let sx = 0;
      let sy = 0;
      for (let i = 0, j = n - 1; i < n; j = i++) {
        const ax = ring[j]![0]! - x0;
        const ay = ring[j]![1]! - y0;
        const bx = ring[i]![0]! - x0;
        const by = ring[i]![1]! - y0;
        const c = ax * by - bx * ay;
        a2 += c;
        sx += (ax + bx) * c;
        sy += (ay + by) * c;
      }
      const sign = (ri === 0 ? 1 : -1) * Math.sign(a2);
      const area = Math.abs(a2) / 2;
      if (area === 0) return;
      cx += sign * area * (sx / (3 * a2) + x0);
      cy += sign * area * (sy / (3 * a2) + y0);
      total += sign * area;
    });
  }
  if (total === 0) {
    const b = bboxOfMultiPolygon(multi);
    return [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
  }
  return [cx / total, cy / total];
}

function isStrictlyInside(xy: Position, multi: MultiPolygonRd): boolean {
  for (const p of multi) {
    if (isPointInPolygon(xy, p) && pointToBoundaryDistanceM(xy, p) > ON_BOUNDARY_TOLERANCE_M) {
      return true;
    }
  }
  return false;
}

/**
 * Whether two multipolygons share area (not merely a boundary): a polygon that
 * only touches a zone along its edge does not lie in that zone.
 * Tests vertices, edge midpoints and centroids strictly inside the other, and proper edge crossings.
 * @param a multipolygon in RD metres
 * @param b multipolygon in RD metres
 * @returns true when the interiors overlap
 * @example doInteriorsIntersect([square10], [square10shiftedBy5]) // true
 */
export function doInteriorsIntersect(a: MultiPolygonRd, b: MultiPolygonRd): boolean {
  if (bboxDistanceM(bboxOfMultiPolygon(a), bboxOfMultiPolygon(b)) > 0) return false;
  if (multiPolygonDistanceM(a, b) > 0) return false;
  for (const [p, q] of [
    [a, b],
    [b, a],
  ] as const) {
    if (isStrictlyInside(centroidOfMultiPolygon(p), q)) return true;
    for (const poly of p) {
      for (const ring of poly) {
        for (let i = 1; i < ring.length; i++) {
          const u = ring[i - 1]!;
          const v = ring[i]!;
          if (isStrictlyInside(u, q)) return true;
          if (isStrictlyInside([(u[0]! + v[0]!) / 2, (u[1]! + v[1]!) / 2], q)) return true;
        }
      }
    }
  }
  for (const pa of a) {
    for (const ra of pa) {
      for (let i = 1; i < ra.length; i++) {
        const p = ra[i - 1]!;
        const q = ra[i]!;
        for (const pb of b) {
          for (const rb of pb) {
            for (let k = 1; k < rb.length; k++) {
              const r = rb[k - 1]!;
              const s = rb[k]!;
              if (doSegmentsCross(p[0]!, p[1]!, q[0]!, q[1]!, r[0]!, r[1]!, s[0]!, s[1]!)) {
                return true;
              }
            }
          }
        }
      }
    }
  }
  return false;
}

/**
 * A point strictly inside a multipolygon (a "point on surface"): the centroid of its largest
 * part when that lies inside it away from the boundary, else the middle of the widest inside
 * span of a horizontal line through the middle of that part's box. It stands for the area
 * where one point is needed, e.g. to decide which zone an area lies in.
 * @param multi multipolygon in RD metres
 * @returns `[x, y]` inside the largest part (its first vertex for a degenerate part)
 * @example interiorPointOfMultiPolygon([square10]) // [5, 5]
 */
export function interiorPointOfMultiPolygon(multi: MultiPolygonRd): [number, number] {
  let part: PolygonRd | undefined;
  let bestArea = -1;
  for (const p of multi) {
    const a = polygonAreaM2(p);
    if (a > bestArea) {
      bestArea = a;
      part = p;
    }
  }
  const first = part?.[0]?.[0];
  if (!part || !first) return [0, 0];
  const c = centroidOfMultiPolygon([part]);
  if (isStrictlyInside(c, [part])) return c;
  const b = bboxOfMultiPolygon([part]);
  const y = (b[1] + b[3]) / 2;
  const xs: number[] = [];
  for (const ring of part) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const ay = ring[i]![1]!;
      const by = ring[j]![1]!;
      if (ay > y !== by > y) {
        xs.push(((ring[j]![0]! - ring[i]![0]!) * (y - ay)) / (by - ay) + ring[i]![0]!);
      }
    }
  }
  xs.sort((p, q) => p - q);
  let best: [number, number] = [first[0]!, first[1]!];
  let width = 0;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1]! - xs[i]! > width) {
      width = xs[i + 1]! - xs[i]!;
      best = [(xs[i]! + xs[i + 1]!) / 2, y];
    }
  }
  return best;
}
