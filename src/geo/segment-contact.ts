/**
 * Where the outline of a polygonal geometry meets itself other than where consecutive edges
 * share their corner: the test behind OGC validity that rounding breaks (issue 14: Clipper's
 * centimetre grid, and rounding RD results to 1e-7°, let nearly parallel edges cross; the
 * map then drew darker wedges). The edges go into a static R-tree (flatbush), so the test is
 * O(n log n). `nodeSelfCrossings` repairs what it finds in a ring.
 */
import Flatbush from 'flatbush';
import { pointSegmentDistanceSq, segmentMeetPoint } from './planar.ts';

type Ring = readonly (readonly number[])[];

/** Where two edges meet: ring and edge index (edge i runs from vertex i to i + 1) of each. */
export interface SegmentContact {
  ringA: number;
  edgeA: number;
  ringB: number;
  edgeB: number;
  /** The meeting point (the crossing, or the end of one edge that lies on the other). */
  at: [number, number];
}

function isClosed(ring: Ring): boolean {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return ring.length > 1 && !!first && !!last && first[0] === last[0] && first[1] === last[1];
}

/** Consecutive edges a→b, b→r that run back along each other (a spike), not just touch. */
function isFoldBack(a: readonly number[], b: readonly number[], r: readonly number[]): boolean {
  const ux = a[0]! - b[0]!;
  const uy = a[1]! - b[1]!;
  const vx = r[0]! - b[0]!;
  const vy = r[1]! - b[1]!;
  return ux * vy - uy * vx === 0 && ux * vx + uy * vy > 0;
}

/**
 * Every place where two edges of the rings meet, apart from consecutive edges of one ring
 * at their shared corner (unless they fold back along each other).
 * @param rings closed rings, any planar coordinates
 * @param limit stop after this many contacts
 * @returns the contacts found (at most `limit`)
 * @example findSegmentContacts([[[0,0],[10,10],[10,0],[0,10],[0,0]]]).length // 1 (a bow tie)
 */
export function findSegmentContacts(rings: readonly Ring[], limit = Infinity): SegmentContact[] {
  const sizes = rings.map((r) => (isClosed(r) ? r.length - 1 : r.length));
  const edges = sizes.reduce((s, n) => s + (n >= 2 ? n : 0), 0);
  const out: SegmentContact[] = [];
  if (edges < 2) return out;
  const ringOf = new Int32Array(edges);
  const startOf = new Int32Array(edges);
  const index = new Flatbush(edges);
  let e = 0;
  rings.forEach((ring, r) => {
    const n = sizes[r]!;
    if (n < 2) return;
    for (let i = 0; i < n; i++, e++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % n]!;
      ringOf[e] = r;
      startOf[e] = i;
      index.add(
        Math.min(a[0]!, b[0]!),
        Math.min(a[1]!, b[1]!),
        Math.max(a[0]!, b[0]!),
        Math.max(a[1]!, b[1]!),
      );
    }
  });
  index.finish();
  for (let k = 0; k < edges && out.length < limit; k++) {
    const rk = ringOf[k]!;
    const ring = rings[rk]!;
    const n = sizes[rk]!;
    const i = startOf[k]!;
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    const found = index.search(
      Math.min(a[0]!, b[0]!),
      Math.min(a[1]!, b[1]!),
      Math.max(a[0]!, b[0]!),
      Math.max(a[1]!, b[1]!),
    );
    for (const j of found) {
      if (j <= k) continue;
      const rj = ringOf[j]!;
      const other = rings[rj]!;
      const m = sizes[rj]!;
      const jj = startOf[j]!;
      const c = other[jj]!;
      const d = other[(jj + 1) % m]!;
      if (rj === rk && ((i + 1) % n === jj || (jj + 1) % n === i)) {
        const folds = (i + 1) % n === jj ? isFoldBack(a, b, d) : isFoldBack(c, d, b);
        if (folds) out.push({ ringA: rk, edgeA: i, ringB: rj, edgeB: jj, at: [b[0]!, b[1]!] });
        continue;
      }
      const at = segmentMeetPoint(a, b, c, d);
      if (at) out.push({ ringA: rk, edgeA: i, ringB: rj, edgeB: jj, at });
      if (out.length >= limit) break;
    }
  }
  return out;
}

/**
 * Whether any two edges of the polygons meet apart from consecutive edges at their shared
 * corner. A valid polygon may still touch itself at a single point (a hole touching its
 * outer ring); that counts as contact here, so `false` is the strict answer.
 * @param polygons the polygons' rings (closed), any planar coordinates
 * @returns true when two non-consecutive edges meet
 * @example hasSegmentContact([[[[0,0],[10,10],[10,0],[0,10],[0,0]]]]) // true (a bow tie)
 */
export function hasSegmentContact(polygons: readonly (readonly Ring[])[]): boolean {
  return findSegmentContacts(polygons.flat(), 1).length > 0;
}

/**
 * Puts a vertex, on `grid`, where a ring's own edges cross or where a corner lies on another
 * of its edges, so that every place the ring meets itself is a repeated vertex (a ring
 * splitter such as `simplePolygons` then cuts it into simple loops). Repeats until no edge
 * crosses another (snapping a new vertex to the grid bends two edges by under a grid step,
 * which may make a new crossing nearby), at most `rounds` times.
 * @param ring closed ring
 * @param grid step of the coordinate grid (0.01 for RD centimetres)
 * @param rounds most repetitions
 * @returns the noded ring (the same array when nothing crossed)
 * @example nodeSelfCrossings([[0,0],[10,10],[10,0],[0,10],[0,0]], 0.01) // [[0,0],[5,5],[10,10],[10,0],[5,5],[0,10],[0,0]]
 */
export function nodeSelfCrossings(
  ring: readonly (readonly number[])[],
  grid: number,
  rounds = 4,
): number[][] {
  let current = ring.map((p) => [p[0]!, p[1]!]);
  const snap = (v: number): number => Math.round(v / grid) * grid;
  for (let round = 0; round < rounds; round++) {
    const contacts = findSegmentContacts([current]);
    const inserts = new Map<number, number[][]>();
    const add = (edge: number, p: number[]): void => {
      const a = current[edge]!;
      const b = current[edge + 1]!;
      if ((p[0] === a[0] && p[1] === a[1]) || (p[0] === b[0] && p[1] === b[1])) return;
      const list = inserts.get(edge) ?? [];
      if (!list.some((q) => q[0] === p[0] && q[1] === p[1])) list.push(p);
      inserts.set(edge, list);
    };
    for (const c of contacts) {
      const p = [snap(c.at[0]), snap(c.at[1])];
      add(c.edgeA, p);
      add(c.edgeB, p);
    }
    if (inserts.size === 0) return round === 0 ? (ring as number[][]) : current;
    const next: number[][] = [];
    for (let i = 0; i + 1 < current.length; i++) {
      const a = current[i]!;
      next.push(a);
      const along = inserts.get(i);
      if (!along) continue;
      const d = (q: number[]): number => Math.hypot(q[0]! - a[0]!, q[1]! - a[1]!);
      next.push(...along.sort((p, q) => d(p) - d(q)));
    }
    next.push(next[0]!.slice());
    current = next;
  }
  return current;
}

/**
 * Whether a corner lies within `toleranceM` of an edge (of another ring, or of its own ring
 * other than the two edges it ends) without being one of that edge's ends: a touch (or near touch) that a reprojection can turn into a
 * crossing, because a straight edge in RD is slightly curved in WGS84 (about 0.2 mm off the
 * chord over 100 m).
 * @param rings closed rings of one polygon
 * @param toleranceM the distance, in the rings' units
 * @returns true when such a corner exists
 * @example hasNearCorner([outer, holeTouchingIt], 0.001) // true
 */
export function hasNearCorner(rings: readonly Ring[], toleranceM: number): boolean {
  return findNearCorners(rings, toleranceM, 1).length > 0;
}

/** A corner near an edge it does not end: ring and vertex index of the corner, ring and edge index of the edge. */
export interface NearCorner {
  ring: number;
  vertex: number;
  edgeRing: number;
  edge: number;
}

/**
 * The corners of `hasNearCorner`.
 * @param rings closed rings of one polygon
 * @param toleranceM the distance, in the rings' units
 * @param limit stop after this many
 * @returns each corner within the distance of an edge it is not an end of
 * @example findNearCorners([outer, holeTouchingIt], 0.001)[0]?.edge
 */
export function findNearCorners(
  rings: readonly Ring[],
  toleranceM: number,
  limit = Infinity,
): NearCorner[] {
  const found: NearCorner[] = [];
  const sizes = rings.map((r) => (isClosed(r) ? r.length - 1 : r.length));
  const edges = sizes.reduce((s, n) => s + (n >= 2 ? n : 0), 0);
  if (edges < 2) return found;
  const ringOf = new Int32Array(edges);
  const startOf = new Int32Array(edges);
  const index = new Flatbush(edges);
  let e = 0;
  rings.forEach((ring, r) => {
    const n = sizes[r]!;
    if (n < 2) return;
    for (let i = 0; i < n; i++, e++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % n]!;
      ringOf[e] = r;
      startOf[e] = i;
      index.add(
        Math.min(a[0]!, b[0]!) - toleranceM,
        Math.min(a[1]!, b[1]!) - toleranceM,
        Math.max(a[0]!, b[0]!) + toleranceM,
        Math.max(a[1]!, b[1]!) + toleranceM,
      );
    }
  });
  index.finish();
  const tol2 = toleranceM * toleranceM;
  for (let r = 0; r < rings.length; r++) {
    const ring = rings[r]!;
    for (let i = 0; i < sizes[r]!; i++) {
      const p = ring[i]!;
      const x = p[0]!;
      const y = p[1]!;
      for (const j of index.search(x, y, x, y)) {
        const rj = ringOf[j]!;
        const other = rings[rj]!;
        const a = other[startOf[j]!]!;
        const b = other[(startOf[j]! + 1) % sizes[rj]!]!;
        if ((a[0] === x && a[1] === y) || (b[0] === x && b[1] === y)) continue;
        if (pointSegmentDistanceSq(x, y, a[0]!, a[1]!, b[0]!, b[1]!) <= tol2) {
          found.push({ ring: r, vertex: i, edgeRing: rj, edge: startOf[j]! });
          if (found.length >= limit) return found;
        }
      }
    }
  }
  return found;
}
