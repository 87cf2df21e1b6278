/**
 * Ring repair: Clipper may return a ring that touches itself (at a vertex, or inside an
 * axis-parallel edge, e.g. after a cut by a strip or a box), which OGC calls invalid. These
 * functions split such rings into their simple loops and regroup outers and holes, so that
 * every polygon the clip functions return is OGC-valid. Pure: no WebAssembly.
 */
import { isPointInRing, ringSignedAreaM2 } from '../planar.ts';
import type { PolygonRd, RingRd } from '../types.ts';
import { CLIP_UNITS_PER_M } from './units.ts';

/** A number per centimetre position (unique for |y| < 2^26 cm, i.e. all of RD). */
function positionKey(p: readonly number[]): number {
  return Math.round(p[0]! * CLIP_UNITS_PER_M) * 2 ** 27 + Math.round(p[1]! * CLIP_UNITS_PER_M);
}

/** Whole-centimetre coordinates of the ring being checked (reused: this runs on every output ring). */
let ringXs = new Int32Array(1024);
let ringYs = new Int32Array(1024);
/** Open-addressing table of vertex indexes + 1 (0 = empty), for finding repeated vertices. */
let vertexTable = new Int32Array(2048);

/** Copies a closed ring's n + 1 positions into `ringXs`/`ringYs` as whole centimetres. */
function loadRing(ring: RingRd, n: number): void {
  if (ringXs.length <= n) {
    ringXs = new Int32Array(2 * (n + 1));
    ringYs = new Int32Array(2 * (n + 1));
  }
  for (let i = 0; i <= n; i++) {
    ringXs[i] = Math.round(ring[i]![0]! * CLIP_UNITS_PER_M);
    ringYs[i] = Math.round(ring[i]![1]! * CLIP_UNITS_PER_M);
  }
}

/** Whether the loaded ring passes a vertex twice (hash table over its n vertices). */
function hasRepeatedVertex(n: number): boolean {
  let size = 16;
  while (size < 2 * n) size *= 2;
  if (vertexTable.length < size) vertexTable = new Int32Array(size);
  else vertexTable.fill(0, 0, size);
  const mask = size - 1;
  for (let i = 0; i < n; i++) {
    const x = ringXs[i]!;
    const y = ringYs[i]!;
    let h = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca77)) & mask;
    for (let j = vertexTable[h]!; j !== 0; j = vertexTable[h]!) {
      if (ringXs[j - 1] === x && ringYs[j - 1] === y) return true;
      h = (h + 1) & mask;
    }
    vertexTable[h] = i + 1;
  }
  return false;
}

/**
 * The loaded ring with the vertices that lie inside one of its own axis-parallel edges added
 * to that edge (a ring cut by a strip or a box may touch itself at such a T), so that every
 * point where the ring touches itself is a repeated vertex; the ring itself when there are
 * none. Whole centimetres, so the tests are exact.
 */
function insertTouchingVertices(ring: RingRd, n: number): RingRd {
  const xs = ringXs;
  const ys = ringYs;
  // A vertex (x, y) touches vertical edge i when xs[i] === x and y lies strictly between its
  // ends; likewise for horizontal edges.
  const vertical: number[] = [];
  const horizontal: number[] = [];
  for (let i = 0; i < n; i++) {
    if (xs[i] === xs[i + 1] && ys[i] !== ys[i + 1]) vertical.push(i);
    else if (ys[i] === ys[i + 1] && xs[i] !== xs[i + 1]) horizontal.push(i);
  }
  if (vertical.length === 0 && horizontal.length === 0) return ring;
  vertical.sort((a, b) => xs[a]! - xs[b]!);
  horizontal.sort((a, b) => ys[a]! - ys[b]!);
  /** The first of `edges` (sorted by `key`) whose key is at least `v`. */
  const firstAt = (edges: number[], key: Int32Array, v: number): number => {
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key[edges[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let extra: Map<number, number[]> | undefined;
  const note = (edge: number, k: number): void => {
    extra ??= new Map();
    const list = extra.get(edge) ?? [];
    list.push(k);
    extra.set(edge, list);
  };
  for (let k = 0; k < n; k++) {
    const x = xs[k]!;
    const y = ys[k]!;
    for (let e = firstAt(vertical, xs, x); e < vertical.length && xs[vertical[e]!] === x; e++) {
      const i = vertical[e]!;
      if (y > Math.min(ys[i]!, ys[i + 1]!) && y < Math.max(ys[i]!, ys[i + 1]!)) note(i, k);
    }
    for (
      let e = firstAt(horizontal, ys, y);
      e < horizontal.length && ys[horizontal[e]!] === y;
      e++
    ) {
      const i = horizontal[e]!;
      if (x > Math.min(xs[i]!, xs[i + 1]!) && x < Math.max(xs[i]!, xs[i + 1]!)) note(i, k);
    }
  }
  if (!extra) return ring;
  const inserts = extra;
  const out: RingRd = [];
  for (let i = 0; i < n; i++) {
    out.push(ring[i]!);
    const along = inserts.get(i);
    if (!along) continue;
    const d = (k: number): number => Math.abs(xs[k]! - xs[i]!) + Math.abs(ys[k]! - ys[i]!);
    for (const k of along.sort((a, b) => d(a) - d(b))) out.push(ring[k]!.slice());
  }
  out.push(out[0]!.slice());
  return out;
}

/**
 * Splits a closed ring at the vertices it passes twice into the simple loops it is made of
 * (Clipper may return a ring that touches itself at a point, at a vertex or inside an
 * axis-parallel edge; OGC calls that invalid). Loops of fewer than 3 vertices (spikes) are
 * dropped.
 */
function splitLoops(input: RingRd): RingRd[] {
  const n0 = input.length - 1;
  loadRing(input, n0);
  const ring = insertTouchingVertices(input, n0);
  if (ring === input && !hasRepeatedVertex(n0)) return [input];
  const n = ring.length - 1;
  const loops: RingRd[] = [];
  const stack: number[][] = [];
  const indexOf = new Map<number, number>();
  // The closing vertex equals the first, so the last loop closes too.
  for (let i = 0; i <= n; i++) {
    const p = ring[i]!;
    const key = positionKey(p);
    const j = indexOf.get(key);
    if (j !== undefined) {
      const loop = stack.splice(j);
      for (const q of loop) indexOf.delete(positionKey(q));
      if (loop.length >= 3) loops.push([...loop, loop[0]!.slice()]);
    }
    indexOf.set(key, stack.length);
    stack.push(p);
  }
  return loops;
}

/**
 * A polygon whose rings touch themselves, as OGC-valid polygons: each ring is split into its
 * simple loops; counter-clockwise loops are outers, clockwise loops holes, and each hole goes
 * to the smallest outer around it (a pinched outer becomes two polygons touching at a point,
 * a pinched-off part of a hole becomes an island).
 * @param polygon a polygon as read from Clipper (outer first, then holes)
 * @returns OGC-valid polygons covering the same area (the polygon itself when it is valid)
 * @example simplePolygons([figureEight]) // two polygons touching at a point
 */
export function simplePolygons(polygon: PolygonRd): PolygonRd[] {
  const split = polygon.map(splitLoops);
  if (split.every((loops, i) => loops.length === 1 && loops[0] === polygon[i])) return [polygon];
  const outers: RingRd[] = [];
  const holes: RingRd[] = [];
  for (const loop of split.flat()) (ringSignedAreaM2(loop) > 0 ? outers : holes).push(loop);
  if (outers.length === 0) return [polygon];
  if (outers.length === 1) return [[outers[0]!, ...holes]];
  const areas = outers.map((o) => Math.abs(ringSignedAreaM2(o)));
  const result: PolygonRd[] = outers.map((o) => [o]);
  for (const hole of holes) {
    // An edge midpoint of the hole lies strictly inside its outer (holes touch outers at points only).
    const [a, b] = [hole[0]!, hole[1]!];
    const x = (a[0]! + b[0]!) / 2;
    const y = (a[1]! + b[1]!) / 2;
    let best = -1;
    outers.forEach((o, k) => {
      if (isPointInRing(x, y, o) && (best < 0 || areas[k]! < areas[best]!)) best = k;
    });
    result[best < 0 ? areas.indexOf(Math.max(...areas)) : best]!.push(hole);
  }
  return result;
}
