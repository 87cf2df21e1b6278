/**
 * A post-pass over the surface's class features (issue 14): Clipper rounds to the centimetre,
 * and in a few features two nearly parallel long edges then cross (shapely's `is_valid` is
 * false; the map draws a darker wedge there). Such a ring gets a vertex at each crossing and
 * is cut into its simple loops, so every feature the app draws, exports and measures is valid
 * OGC geometry. The area changes by the slivers between the crossings (well under 1 m²).
 * Features without a crossing are returned as they are.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { simplePolygons } from '../../geo/clip/ring-repair.ts';
import { CLIP_UNITS_PER_M } from '../../geo/clip/units.ts';
import { difference } from '../../geo/clip/index.ts';
import {
  findSegmentContacts,
  findNearCorners,
  hasNearCorner,
  hasSegmentContact,
  nodeSelfCrossings,
  type SegmentContact,
} from '../../geo/segment-contact.ts';
import { isPointInRing, ringSignedAreaM2 } from '../../geo/planar.ts';
import type { PolygonRd, RingRd } from '../../geo/types.ts';

/**
 * A corner this close to an edge it does not end is put on that edge: reprojected to WGS84,
 * a straight RD edge bends by about 0.2 mm per 100 m and may cross the corner.
 */
const NEAR_M = 0.001;

/** A repaired part smaller than this (a needle, well under a 1 cm × 1 m strip) is dropped. */
const MIN_PART_M2 = 0.005;

/** Clipper works in centimetres: scaled ten times about the outer's first corner, it works in millimetres. */
const FINE = 10;

/** `outer − holes` computed on a millimetre grid. */
function differenceFine(outer: RingRd, holes: RingRd[]): PolygonRd[] {
  const [ox, oy] = [outer[0]![0]!, outer[0]![1]!];
  const up = (r: RingRd): RingRd => r.map((q) => [(q[0]! - ox) * FINE, (q[1]! - oy) * FINE]);
  const down = (r: RingRd): RingRd => r.map((q) => [q[0]! / FINE + ox, q[1]! / FINE + oy]);
  return difference(
    [up(outer)],
    holes.map((h) => [up(h)]),
  ).map((polygon) => polygon.map(down));
}

/** Whether a contact between two rings is more than a shared corner (a valid touch). */
function isProper(c: SegmentContact, polygon: RingRd[]): boolean {
  const isCorner = (ring: RingRd, edge: number): boolean => {
    const a = ring[edge]!;
    const b = ring[edge + 1]!;
    return (a[0] === c.at[0] && a[1] === c.at[1]) || (b[0] === c.at[0] && b[1] === c.at[1]);
  };
  return !(isCorner(polygon[c.ringA]!, c.edgeA) && isCorner(polygon[c.ringB]!, c.edgeB));
}

/**
 * A corner that lies on (or within a millimetre of) an edge it does not end (a hole touching
 * its outer ring, a ring pinched against itself) becomes a corner of that edge too, so the
 * rings share it exactly (a pinched ring is then cut at it). Otherwise reprojecting to WGS84
 * moves the corner a hair's breadth across the edge, and the touch becomes a crossing.
 */
function nodeTouches(polygon: RingRd[]): RingRd[] {
  const inserts = new Map<string, number[][]>();
  const add = (ring: number, edge: number, p: readonly number[]): void => {
    const r = polygon[ring]!;
    const a = r[edge]!;
    const b = r[edge + 1]!;
    if ((p[0] === a[0] && p[1] === a[1]) || (p[0] === b[0] && p[1] === b[1])) return;
    const key = `${ring}:${edge}`;
    const list = inserts.get(key) ?? [];
    if (!list.some((q) => q[0] === p[0] && q[1] === p[1])) list.push([p[0]!, p[1]!]);
    inserts.set(key, list);
  };
  // A corner on (or within a millimetre of) another ring's edge becomes a corner of that edge.
  for (const c of findNearCorners(polygon, NEAR_M))
    add(c.edgeRing, c.edge, polygon[c.ring]![c.vertex]!);
  if (inserts.size === 0) return polygon;
  return polygon.map((ring, ri) => {
    const out: RingRd = [];
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i]!;
      out.push(a);
      const along = inserts.get(`${ri}:${i}`);
      if (!along) continue;
      const d = (q: number[]): number => Math.hypot(q[0]! - a[0]!, q[1]! - a[1]!);
      out.push(...along.sort((p, q) => d(p) - d(q)));
    }
    out.push(out[0]!.slice());
    return out;
  });
}

/** Whether a hole lies inside an outer ring (the middle of one of its edges does). */
function isInside(hole: RingRd, outer: RingRd): boolean {
  for (let i = 0; i + 1 < hole.length; i++) {
    const x = (hole[i]![0]! + hole[i + 1]![0]!) / 2;
    const y = (hole[i]![1]! + hole[i + 1]![1]!) / 2;
    // Skip edge middles on the outer ring's own line (a touching hole): try the next edge.
    if (isPointInRing(x, y, outer)) return true;
  }
  return false;
}

/**
 * The polygons of a MultiPolygon (RD) with self-crossing rings cut into simple loops.
 * @param coordinates MultiPolygon coordinates in RD metres (not mutated)
 * @returns the same array when no ring meets itself, else repaired polygons
 * @example repairMultiPolygonRd(feature.geometry.coordinates)
 */
export function repairMultiPolygonRd(coordinates: number[][][][]): number[][][][] {
  const rings = coordinates.flat();
  if (!hasSegmentContact(coordinates) && !hasNearCorner(rings, NEAR_M)) return coordinates;
  const grid = 1 / CLIP_UNITS_PER_M;
  const repaired = coordinates.flatMap((polygon) => {
    const near = hasNearCorner(polygon, NEAR_M);
    if (!near && !hasSegmentContact([polygon])) return [polygon];
    const noded = nodeTouches(polygon.map((ring) => nodeSelfCrossings(ring, grid)));
    // A crossing of two nearly parallel edges makes a figure eight whose small loop runs the
    // other way: a sliver outside the ring, not a hole in it. Such loops are dropped.
    // A needle (a ring pinched to nothing) is left out; so are its pinched-off spikes.
    const simple = simplePolygons(noded as PolygonRd)
      .filter((p) => p[0]!.length >= 4 && Math.abs(ringSignedAreaM2(p[0]!)) >= MIN_PART_M2)
      .map((p) => [p[0]!, ...p.slice(1).filter((hole) => isInside(hole, p[0]!))]);
    // A hole that crosses its outer ring: the outer minus the holes, once more through Clipper,
    // on a millimetre grid (the centimetre grid is what let the edges cross).
    return simple.flatMap((p) =>
      p.length > 1 &&
      (findSegmentContacts(p).some((c) => c.ringA !== c.ringB && isProper(c, p)) || near)
        ? differenceFine(p[0]!, p.slice(1))
        : [p],
    ) as number[][][][];
  });
  // One canonical value per millimetre: the fine grid's division leaves float noise
  // (490978.48000000004), and two parts that meet at a corner must meet at the same number.
  const mm = (v: number): number => Math.round(v * 1000) / 1000;
  return repaired.map((polygon) => polygon.map((ring) => ring.map(([x, y]) => [mm(x!), mm(y!)])));
}

/**
 * Repairs every Polygon/MultiPolygon feature of a collection in RD (see the module note).
 * @param fc features in RD metres (not mutated)
 * @returns a collection whose polygonal features have no self-crossing ring
 * @example repairSurfaceCollection(result.classes)
 */
export function repairSurfaceCollection<
  F extends { geometry: Polygon | MultiPolygon | { type: string } },
>(fc: { type: 'FeatureCollection'; features: F[] }): { type: 'FeatureCollection'; features: F[] } {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f): F => {
      const g = f.geometry;
      if (g.type !== 'MultiPolygon' && g.type !== 'Polygon') return f;
      const multi =
        g.type === 'Polygon' ? [(g as Polygon).coordinates] : (g as MultiPolygon).coordinates;
      const repaired = repairMultiPolygonRd(multi);
      if (repaired === multi) return f;
      return { ...f, geometry: { type: 'MultiPolygon', coordinates: repaired } };
    }),
  };
}
