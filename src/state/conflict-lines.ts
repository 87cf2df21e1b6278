/**
 * Adapter on the rules' output for the map: where each conflict line starts
 * and ends. A verdict names its conflicting objects and their distances, but
 * not the points the distance was measured between; this module finds them in
 * the dataset (the nearest point of the place and of the measured geometry:
 * business plot, permitting zone, address point, dwelling, or the boundary of a
 * sensitive area) in RD metres,
 * and returns the lines in WGS84 for the overlay. Pure: no runes, no map.
 */
import type { Feature, FeatureCollection, Point, Polygon, Position } from 'geojson';
import { toRd, toWgs84 } from '../geo/crs.ts';
import type { BboxRd, MultiPolygonRd } from '../geo/types.ts';
import { dwellingInfo, type Dataset } from '../domain/dataset.ts';
import { bboxOfMultiPolygon, isPointInMultiPolygon } from '../geo/planar.ts';
import type { Conflict } from '../rules/location-check.ts';

type XY = [number, number];

/** One conflict with the end points of its measured distance (RD metres). */
export interface ConflictSegment {
  conflict: Conflict;
  /** Point of the checked place nearest to the object. */
  fromRd: XY;
  /** Point of the object (plot, zone boundary, address or dwelling) nearest to the place. */
  toRd: XY;
  /** For a dwelling: its address, when the data has one. */
  address?: string;
}

/** The place in RD: a point, or polygon rings. */
export type PlaceRd = { point: XY } | { multi: MultiPolygonRd };

/**
 * Projects the checked place to RD.
 * @param place WGS84 Point or Polygon
 * @returns the place in RD metres
 */
export function placeToRd(place: Point | Polygon): PlaceRd {
  if (place.type === 'Point') return { point: toRd(place.coordinates) };
  return { multi: [place.coordinates.map((ring) => ring.map((p) => toRd(p)))] };
}

function nearestOnSegment(p: Position, a: Position, b: Position): XY {
  const ax = a[0]!;
  const ay = a[1]!;
  const dx = b[0]! - ax;
  const dy = b[1]! - ay;
  const len2 = dx * dx + dy * dy;
  const t =
    len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0]! - ax) * dx + (p[1]! - ay) * dy) / len2));
  return [ax + t * dx, ay + t * dy];
}

function dist2(a: Position, b: Position): number {
  return (a[0]! - b[0]!) ** 2 + (a[1]! - b[1]!) ** 2;
}

/**
 * The point of a (multi)polygon nearest to a point: the point itself when inside.
 * @param p point (RD)
 * @param multi polygons (RD)
 * @returns the nearest point (RD)
 */
export function nearestPointOnMultiPolygon(p: Position, multi: MultiPolygonRd): XY {
  if (isPointInMultiPolygon(p, multi)) return [p[0]!, p[1]!];
  let best: XY = [p[0]!, p[1]!];
  let bestD = Infinity;
  for (const poly of multi)
    for (const ring of poly)
      for (let i = 1; i < ring.length; i++) {
        const q = nearestOnSegment(p, ring[i - 1]!, ring[i]!);
        const d = dist2(p, q);
        if (d < bestD) {
          bestD = d;
          best = q;
        }
      }
  return best;
}

/**
 * The nearest pair of points between two (multi)polygons (vertex-to-edge both ways,
 * which is exact for polygons that do not overlap; overlapping ones get a pair inside both).
 * @param a first (RD)
 * @param b second (RD)
 * @returns [point of a, point of b]
 */
export function nearestPairOfMultiPolygons(a: MultiPolygonRd, b: MultiPolygonRd): [XY, XY] {
  let best: [XY, XY] | undefined;
  let bestD = Infinity;
  const scan = (from: MultiPolygonRd, to: MultiPolygonRd, flip: boolean) => {
    for (const poly of from)
      for (const ring of poly)
        for (const v of ring) {
          const q = nearestPointOnMultiPolygon(v, to);
          const d = dist2(v, q);
          if (d < bestD) {
            bestD = d;
            const vv: XY = [v[0]!, v[1]!];
            best = flip ? [q, vv] : [vv, q];
          }
        }
  };
  scan(a, b, false);
  scan(b, a, true);
  return best ?? [[0, 0] as XY, [0, 0] as XY];
}

function nearestPair(
  place: PlaceRd,
  multi: MultiPolygonRd | undefined,
  point: XY | undefined,
): [XY, XY] {
  if ('point' in place) {
    return [place.point, multi ? nearestPointOnMultiPolygon(place.point, multi) : point!];
  }
  if (multi) return nearestPairOfMultiPolygons(place.multi, multi);
  return [nearestPointOnMultiPolygon(point!, place.multi), point!];
}

/**
 * Finds a dwelling by id near the place (the conflict's distance bounds the search).
 * @returns its index, or -1
 */
function findDwelling(ds: Dataset, id: string, near: BboxRd, withinM: number): number {
  if (!ds.dwellingIndex) return -1;
  const r = withinM + 1;
  for (const k of ds.dwellingIndex.search(near[0] - r, near[1] - r, near[2] + r, near[3] + r)) {
    if (dwellingInfo(ds, k).id === id) return k;
  }
  for (let k = 0; k < ds.dwellings.count; k++) if (dwellingInfo(ds, k).id === id) return k;
  return -1;
}

/** Dwelling indexes of the conflicting dwellings, from one search around the place. */
function indexDwellings(
  ds: Dataset,
  conflicts: readonly Conflict[],
  bbox: BboxRd,
): Map<string, number> {
  const found = new Map<string, number>();
  const wanted = new Set<string>();
  let reachM = 0;
  for (const c of conflicts) {
    if (c.kind !== 'dwelling') continue;
    wanted.add(c.objectId);
    reachM = Math.max(reachM, c.distanceM);
  }
  if (wanted.size === 0 || !ds.dwellingIndex) return found;
  const r = reachM + 1;
  for (const k of ds.dwellingIndex.search(bbox[0] - r, bbox[1] - r, bbox[2] + r, bbox[3] + r)) {
    const id = dwellingInfo(ds, k).id;
    if (wanted.has(id) && !found.has(id)) found.set(id, k);
  }
  return found;
}

function addressOf(ds: Dataset, k: number): string | undefined {
  const layer = ds.dwellings.layers[ds.dwellings.layerOf[k]!];
  const a = layer?.features[ds.dwellings.featureOf[k]!]?.properties?.address;
  return typeof a === 'string' && a !== '' ? a : undefined;
}

/**
 * The address of a dwelling near the place (e.g. the verdict's nearest dwelling).
 * @param ds the dataset
 * @param place the checked place (RD)
 * @param id the dwelling's id
 * @param withinM its distance from the place
 * @returns the address, or undefined when the data has none
 */
export function dwellingAddress(
  ds: Dataset,
  place: PlaceRd,
  id: string,
  withinM: number,
): string | undefined {
  const k = findDwelling(ds, id, bboxOfPlace(place), withinM);
  return k >= 0 ? addressOf(ds, k) : undefined;
}

function bboxOfPlace(place: PlaceRd): BboxRd {
  if ('point' in place) return [place.point[0], place.point[1], place.point[0], place.point[1]];
  return bboxOfMultiPolygon(place.multi);
}

/**
 * The measured segment of each conflict.
 * @param ds the dataset the verdict was computed on
 * @param place the checked place (RD)
 * @param conflicts the verdict's conflicts
 * @param limit at most this many (nearest first, as the verdict orders them)
 * @returns one segment per conflict found in the dataset
 * @example conflictSegments(ds, placeToRd(place), verdict.conflicts)
 */
export function conflictSegments(
  ds: Dataset,
  place: PlaceRd,
  conflicts: readonly Conflict[],
  limit = 300,
): ConflictSegment[] {
  const out: ConflictSegment[] = [];
  const bbox = bboxOfPlace(place);
  const shown = conflicts.slice(0, limit);
  const dwellingIndexOf = indexDwellings(ds, shown, bbox);
  for (const c of shown) {
    let pair: [XY, XY] | undefined;
    if (c.kind === 'zone') {
      // Plan view (issue 11): the line runs to the nearest point of the zone's boundary.
      const z = ds.zones.find((x) => x.id === c.objectId && x.layerId === c.layerId);
      if (z) pair = nearestPair(place, z.geometryRd, undefined);
    } else if (c.kind === 'area') {
      // A sensitive area (e.g. a Wonen bestemming): the line runs to its nearest boundary point.
      const a = ds.sensitiveAreas.find((x) => x.id === c.objectId && x.layerId === c.layerId);
      if (a) pair = nearestPair(place, a.geometryRd, undefined);
    } else if (c.kind === 'business') {
      const b = ds.businesses.find((x) => x.id === c.objectId && x.layerId === c.layerId);
      if (!b) continue;
      if (c.measuredFrom === 'zone') {
        const z = ds.zones.find((x) => x.id === c.zoneId);
        if (z) pair = nearestPair(place, z.geometryRd, undefined);
      } else {
        pair = nearestPair(place, b.plotRd, b.plotRd ? undefined : b.pointRd);
      }
    } else {
      const k = dwellingIndexOf.get(c.objectId) ?? -1;
      if (k >= 0) {
        pair = nearestPair(place, undefined, [ds.dwellings.xs[k]!, ds.dwellings.ys[k]!]);
        const address = addressOf(ds, k);
        if (pair) {
          out.push({
            conflict: c,
            fromRd: pair[0],
            toRd: pair[1],
            ...(address ? { address } : {}),
          });
        }
        continue;
      }
    }
    if (pair) out.push({ conflict: c, fromRd: pair[0], toRd: pair[1] });
  }
  return out;
}

/**
 * The overlay data: the place, and per conflict a line with its label and an end point.
 * Properties: `kind` ('place' | 'conflict' | 'conflict-end' | 'conflict-label'), `severity`
 * ('too-close' | 'exception-possible'), `label`.
 * @param place the checked place (WGS84)
 * @param segments the conflict segments
 * @param labelOf the label of a conflict line, e.g. "42,3 m / 100 m"
 * @returns a FeatureCollection in WGS84
 */
export function conflictOverlay(
  place: Point | Polygon | null,
  segments: readonly ConflictSegment[],
  labelOf: (c: Conflict) => string,
): FeatureCollection {
  const features: Feature[] = [];
  if (place) features.push({ type: 'Feature', properties: { kind: 'place' }, geometry: place });
  // Drawn farthest first, so the nearest (most important) line ends up on top.
  for (const s of [...segments].reverse()) {
    const severity = s.conflict.distanceClass;
    const label = labelOf(s.conflict);
    const from = toWgs84(s.fromRd);
    const to = toWgs84(s.toRd);
    features.push({
      type: 'Feature',
      properties: { kind: 'conflict', severity, label, objectId: s.conflict.objectId },
      geometry: { type: 'LineString', coordinates: [from, to] },
    });
    features.push({
      type: 'Feature',
      properties: { kind: 'conflict-end', severity },
      geometry: { type: 'Point', coordinates: to },
    });
    // The label sits at the middle of the line as a point label: short lines still get one.
    features.push({
      type: 'Feature',
      properties: { kind: 'conflict-label', severity, label },
      geometry: {
        type: 'Point',
        coordinates: toWgs84([(s.fromRd[0] + s.toRd[0]) / 2, (s.fromRd[1] + s.toRd[1]) / 2]),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
