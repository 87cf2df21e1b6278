/**
 * Discs of one radius around many points, merged (the surface's "within d metres of a
 * dwelling"): a coverage grid drops the discs that add nothing (the disc cover), and the rest
 * are built straight into Clipper paths and merged in compact chunks.
 */
import type { Paths64 } from 'clipper2-wasm/dist/clipper2z';
import { requireClipper, setWord, wrap, type ClipPaths, type Clipper } from './wasm.ts';
import { arcToleranceUnits, CLIP_UNITS_PER_M, DEFAULT_ARC_TOLERANCE_M } from './units.ts';

/** Cell grid of {@link coverGrid}, reused between calls (grown when needed). */
let coverScratch = new Uint8Array(0);

/** Largest grid of the coverage pre-pass of {@link clipBufferPoints} (cells). */
const MAX_COVER_CELLS = 1 << 24;
/** Points per chunk of the divide-and-conquer disc union. */
const DISC_CHUNK = 1000;

/**
 * Coverage pre-pass for many equal discs: a grid of cells of side r/6; a cell is covered when
 * it lies entirely inside one (polygonal) disc. A point whose disc touches only covered cells
 * adds nothing to the union and is dropped. The outline of the covered cells (traced on the
 * grid, see {@link traceCells}) stands in for the dropped discs. Exact: covered cells ⊂ union
 * of discs, dropped discs ⊂ covered cells.
 */
function coverGrid(
  xy: ArrayLike<number>,
  r: number,
  tol: number,
  box?: readonly [number, number, number, number],
): { rings: number[][]; rest: number[] } {
  const n = Math.floor(xy.length / 2);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let k = 0; k < n; k++) {
    const x = xy[2 * k]!;
    const y = xy[2 * k + 1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  let s = r / 6;
  const spanX = maxX - minX + 2 * r;
  const spanY = maxY - minY + 2 * r;
  // A grid far larger than the point set costs more than it saves: at most 256 cells a point.
  const maxCells = Math.min(MAX_COVER_CELLS, Math.max(1 << 16, 256 * n));
  if ((spanX / s) * (spanY / s) > maxCells) s = Math.sqrt((spanX * spanY) / maxCells);
  minX -= r;
  minY -= r;
  const cols = Math.ceil(spanX / s) + 1;
  const rows = Math.ceil(spanY / s) + 1;
  // A cell of half-diagonal h is inside the polygonal disc when its centre is within
  // r − arc tolerance − h; one more centimetre absorbs the rounding to Clipper's grid.
  const reach = r - tol - (s * Math.SQRT2) / 2 - 0.01;
  const rest: number[] = [];
  if (!(reach > 0)) {
    for (let k = 0; k < n; k++) {
      const x = xy[2 * k]!;
      const y = xy[2 * k + 1]!;
      rest.push(x, y, x - r, y - r, x + r, y + r);
    }
    return { rings: [], rest };
  }
  if (coverScratch.length < cols * rows) coverScratch = new Uint8Array(2 * cols * rows);
  const covered = coverScratch;
  covered.fill(0, 0, cols * rows);
  // Rows with at least one covered cell (the outline skips the others).
  const rowHasCover = new Uint8Array(rows);
  // Box of the covered cells (the outline is traced only there).
  let coverI0 = cols;
  let coverI1 = -1;
  let coverJ0 = rows;
  let coverJ1 = -1;
  const reach2 = reach * reach;
  for (let k = 0; k < n; k++) {
    const x = xy[2 * k]! - minX;
    const y = xy[2 * k + 1]! - minY;
    const j0 = Math.max(0, Math.ceil((y - reach) / s - 0.5));
    const j1 = Math.min(rows - 1, Math.floor((y + reach) / s - 0.5));
    for (let j = j0; j <= j1; j++) {
      const dy = (j + 0.5) * s - y;
      const w2 = reach2 - dy * dy;
      if (w2 < 0) continue;
      const w = Math.sqrt(w2);
      const i0 = Math.max(0, Math.ceil((x - w) / s - 0.5));
      const i1 = Math.min(cols - 1, Math.floor((x + w) / s - 0.5));
      // Short runs: a plain loop beats a native fill call.
      for (let q = j * cols + i0, end = j * cols + i1; q <= end; q++) covered[q] = 1;
      if (i0 <= i1) {
        rowHasCover[j] = 1;
        if (i0 < coverI0) coverI0 = i0;
        if (i1 > coverI1) coverI1 = i1;
        if (j < coverJ0) coverJ0 = j;
        if (j > coverJ1) coverJ1 = j;
      }
    }
  }
  const r2 = r * r;
  // With a clip box, cells wholly outside it do not matter: the discs are cut to the box, so
  // a disc is needed only if it reaches an uncovered cell that overlaps the box.
  const ib0 = box ? Math.floor((box[0] - minX) / s) : -Infinity;
  const ib1 = box ? Math.ceil((box[2] - minX) / s) - 1 : Infinity;
  const jb0 = box ? Math.floor((box[1] - minY) / s) : -Infinity;
  const jb1 = box ? Math.ceil((box[3] - minY) / s) - 1 : Infinity;
  for (let k = 0; k < n; k++) {
    const x = xy[2 * k]! - minX;
    const y = xy[2 * k + 1]! - minY;
    // Box of the uncovered cells the disc reaches: only that part of the disc can add to the
    // union (the covered cells are in the rectangles), so the disc is cut to it.
    let ui0 = Infinity;
    let uj0 = Infinity;
    let ui1 = -Infinity;
    let uj1 = -Infinity;
    let isOutside = false;
    const j0 = Math.max(Math.floor((y - r) / s), jb0);
    const j1 = Math.min(Math.floor((y + r) / s), jb1);
    for (let j = j0; j <= j1 && !isOutside; j++) {
      // Distance from the point to the row's band, to find the cells the disc reaches.
      const dy = y < j * s ? j * s - y : y > (j + 1) * s ? y - (j + 1) * s : 0;
      const w2 = r2 - dy * dy;
      if (w2 <= 0) continue;
      const w = Math.sqrt(w2);
      const i0 = Math.max(Math.floor((x - w) / s), ib0);
      const i1 = Math.min(Math.floor((x + w) / s), ib1);
      if (i0 > i1) continue;
      if (j < 0 || j >= rows || i0 < 0 || i1 >= cols) {
        isOutside = true;
        break;
      }
      // First and last uncovered cell of the run (none: the row adds nothing).
      const row = j * cols;
      let a = i0;
      while (a <= i1 && covered[row + a] === 1) a++;
      if (a > i1) continue;
      let b = i1;
      while (covered[row + b] === 1) b--;
      if (a < ui0) ui0 = a;
      if (b > ui1) ui1 = b;
      if (j < uj0) uj0 = j;
      if (j > uj1) uj1 = j;
    }
    const px = xy[2 * k]!;
    const py = xy[2 * k + 1]!;
    if (isOutside) rest.push(px, py, px - r, py - r, px + r, py + r);
    else if (ui0 <= ui1) {
      // Cell edges, widened by 5 cm so the cut disc overlaps the rectangles after rounding.
      rest.push(
        px,
        py,
        minX + ui0 * s - 0.05,
        minY + uj0 * s - 0.05,
        minX + (ui1 + 1) * s + 0.05,
        minY + (uj1 + 1) * s + 0.05,
      );
    }
  }
  // Covered cells → their outline, traced on the grid (cut to the box, as the discs are).
  const ia = Math.max(coverI0, box ? ib0 : 0);
  const ib = Math.min(coverI1, box ? ib1 : cols - 1);
  const ja = Math.max(coverJ0, box ? jb0 : 0);
  const jb = Math.min(coverJ1, box ? jb1 : rows - 1);
  // Grid lines in whole units; the outer lines clamped to the box.
  const lineX = new Float64Array(Math.max(0, ib - ia + 2));
  for (let i = ia; i <= ib + 1; i++) {
    const x = minX + i * s;
    lineX[i - ia] = Math.round(
      (box ? Math.min(box[2], Math.max(box[0], x)) : x) * CLIP_UNITS_PER_M,
    );
  }
  const lineY = new Float64Array(Math.max(0, jb - ja + 2));
  for (let j = ja; j <= jb + 1; j++) {
    const y = minY + j * s;
    lineY[j - ja] = Math.round(
      (box ? Math.min(box[3], Math.max(box[1], y)) : y) * CLIP_UNITS_PER_M,
    );
  }
  const rings =
    ia <= ib && ja <= jb
      ? traceCells(covered, rowHasCover, cols, ia, ib, ja, jb, lineX, lineY)
      : [];
  return { rings, rest };
}

/** Scratch buffers of {@link traceCells} (grown when needed). */
let traceOut1 = new Int32Array(0);
let traceOut2 = new Int32Array(0);

/**
 * The outline of the covered cells of a grid window `[ia, ib] × [ja, jb]`, as closed rings of
 * whole-unit coordinates `[x0, y0, x1, y1, …]` (grid lines `lineX`, `lineY` from the window's
 * first line): counter-clockwise around covered cells, clockwise around uncovered holes, so
 * the non-zero fill of the rings is exactly the union of the cells (what a union of the cells
 * as rectangles gives, without the sweep). Rings may touch themselves at diagonal corners,
 * which non-zero operations do not mind. Collinear vertices are left out.
 */
function traceCells(
  covered: Uint8Array,
  rowHasCover: Uint8Array,
  cols: number,
  ia: number,
  ib: number,
  ja: number,
  jb: number,
  lineX: Float64Array,
  lineY: Float64Array,
): number[][] {
  const vw = ib - ia + 2;
  const vh = jb - ja + 2;
  // Up to two outgoing boundary edges per grid vertex (two at a diagonal corner), as vertex
  // id + 1 (0: none) in reused scratch buffers.
  const size = vw * vh;
  if (traceOut1.length < size) {
    traceOut1 = new Int32Array(2 * size);
    traceOut2 = new Int32Array(2 * size);
  }
  const out1 = traceOut1;
  const out2 = traceOut2;
  out1.fill(0, 0, size);
  out2.fill(0, 0, size);
  // Boundary edges keep the covered side on their left. Row j of cells lies between vertex
  // rows j and j + 1 (window-relative).
  for (let j = ja; j <= jb + 1; j++) {
    const above = j <= jb ? j * cols : -1;
    const below = j > ja ? (j - 1) * cols : -1;
    const vRow = (j - ja) * vw - ia;
    const hasAbove = above >= 0 && rowHasCover[j] === 1;
    if (!hasAbove && !(below >= 0 && rowHasCover[j - 1] === 1)) continue;
    for (let i = ia; i <= ib; i++) {
      const up = above >= 0 ? covered[above + i]! : 0;
      const down = below >= 0 ? covered[below + i]! : 0;
      if (up === down) continue;
      // Horizontal edge on vertex row j: eastward under covered cells, westward above them.
      const a = vRow + i;
      const from = up ? a : a + 1;
      const to = up ? a + 1 : a;
      if (out1[from] === 0) out1[from] = to + 1;
      else out2[from] = to + 1;
    }
    if (!hasAbove) continue;
    for (let i = ia; i <= ib + 1; i++) {
      const right = i <= ib ? covered[above + i]! : 0;
      const left = i > ia ? covered[above + i - 1]! : 0;
      if (right === left) continue;
      // Vertical edge on vertex column i: southward left of covered cells, northward right.
      const a = vRow + i;
      const from = right ? a + vw : a;
      const to = right ? a : a + vw;
      if (out1[from] === 0) out1[from] = to + 1;
      else out2[from] = to + 1;
    }
  }
  const rings: number[][] = [];
  const take = (v: number): number => {
    const to = out1[v]! - 1;
    out1[v] = out2[v]!;
    out2[v] = 0;
    return to;
  };
  for (let v0 = 0; v0 < size; v0++) {
    while (out1[v0] !== 0) {
      const ids: number[] = [];
      let v = v0;
      do {
        ids.push(v);
        v = take(v);
      } while (v !== v0);
      // Drop vertices where the walk goes straight on.
      const ring: number[] = [];
      const m = ids.length;
      for (let k = 0; k < m; k++) {
        const prev = ids[(k + m - 1) % m]!;
        const cur = ids[k]!;
        const next = ids[(k + 1) % m]!;
        if (cur - prev === next - cur) continue;
        ring.push(lineX[cur % vw]!, lineY[Math.floor(cur / vw)]!);
      }
      if (ring.length >= 6) rings.push(ring);
    }
  }
  return rings;
}

/**
 * Vertices per full circle so that the chord deviates at most `tol` from the arc (as
 * Clipper's own offsetting computes it), at least 8.
 */
function circleSteps(r: number, tol: number): number {
  return Math.max(8, Math.ceil(Math.PI / Math.acos(Math.max(-1, 1 - tol / r))));
}

/**
 * Merged discs (polygons with vertices on the circle, counter-clockwise) around points
 * `from`…`to` of `xy`. Built here rather than by Clipper's offsetting of one-point paths,
 * which measured about twice as slow; the vertices are written straight into one reused
 * buffer (no arrays per disc: the garbage of thousands of discs cost more than the maths).
 */
function discsOf(
  c: Clipper,
  items: ArrayLike<number>,
  from: number,
  to: number,
  r: number,
  tol: number,
  clipTo?: readonly [number, number, number, number],
): Paths64 {
  const rUnits = r * CLIP_UNITS_PER_M;
  const steps = circleSteps(rUnits, arcToleranceUnits(tol));
  const dx = new Float64Array(steps);
  const dy = new Float64Array(steps);
  for (let i = 0; i < steps; i++) {
    dx[i] = Math.round(rUnits * Math.cos((2 * Math.PI * i) / steps));
    dy[i] = Math.round(rUnits * Math.sin((2 * Math.PI * i) / steps));
  }
  const circles = new c.Paths64();
  // A convex ring cut by a box gains at most one vertex per side.
  const cap = steps + 4;
  const flat = new BigInt64Array(cap * 3);
  const words = new Int32Array(flat.buffer);
  const path = new c.Path64();
  const ring = new ConvexRing(cap);
  for (let k = from; k < to; k++) {
    const cx = Math.round(items[6 * k]! * CLIP_UNITS_PER_M);
    const cy = Math.round(items[6 * k + 1]! * CLIP_UNITS_PER_M);
    let bx0 = Math.floor(items[6 * k + 2]! * CLIP_UNITS_PER_M);
    let by0 = Math.floor(items[6 * k + 3]! * CLIP_UNITS_PER_M);
    let bx1 = Math.ceil(items[6 * k + 4]! * CLIP_UNITS_PER_M);
    let by1 = Math.ceil(items[6 * k + 5]! * CLIP_UNITS_PER_M);
    if (clipTo) {
      bx0 = Math.max(bx0, clipTo[0]);
      by0 = Math.max(by0, clipTo[1]);
      bx1 = Math.min(bx1, clipTo[2]);
      by1 = Math.min(by1, clipTo[3]);
    }
    if (bx0 >= bx1 || by0 >= by1) continue;
    const isWhole =
      bx0 <= cx - rUnits && by0 <= cy - rUnits && bx1 >= cx + rUnits && by1 >= cy + rUnits;
    let m = steps;
    if (isWhole) {
      for (let i = 0; i < steps; i++) {
        setWord(words, 3 * i, cx + dx[i]!);
        setWord(words, 3 * i + 1, cy + dy[i]!);
        setWord(words, 3 * i + 2, 0);
      }
    } else {
      ring.setCircle(cx, cy, dx, dy);
      ring.clipToBox(bx0, by0, bx1, by1);
      m = ring.length;
      if (m < 3) continue;
      const xs = ring.xs;
      const ys = ring.ys;
      for (let i = 0; i < m; i++) {
        setWord(words, 3 * i, xs[i]!);
        setWord(words, 3 * i + 1, ys[i]!);
        setWord(words, 3 * i + 2, 0);
      }
    }
    path.assign(flat.subarray(0, m * 3));
    circles.push_back(path);
  }
  path.delete();
  const out = c.UnionSelf64(circles, c.FillRule.NonZero);
  circles.delete();
  return out;
}

/** Orders points along rows of a coarse grid (boustrophedon), so chunks are compact. */
function sortSpatially(xy: readonly number[], cell: number, stride = 2): number[] {
  const n = xy.length / stride;
  const order = Array.from({ length: n }, (_, k) => k);
  const key = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const cx = Math.floor(xy[stride * k]! / cell);
    const cy = Math.floor(xy[stride * k + 1]! / cell);
    key[k] = cx * 1e7 + (cx % 2 === 0 ? cy : -cy);
  }
  order.sort((a, b) => key[a]! - key[b]!);
  const out = new Array<number>(stride * n);
  order.forEach((k, i) => {
    for (let q = 0; q < stride; q++) out[stride * i + q] = xy[stride * k + q]!;
  });
  return out;
}

/**
 * A convex ring of integer coordinates in two reused buffers (ping-pong), cut to an
 * axis-aligned box by Sutherland–Hodgman; new vertices are rounded to whole units.
 */
class ConvexRing {
  xs: Float64Array;
  ys: Float64Array;
  length = 0;
  private nx: Float64Array;
  private ny: Float64Array;

  constructor(capacity: number) {
    this.xs = new Float64Array(capacity);
    this.ys = new Float64Array(capacity);
    this.nx = new Float64Array(capacity);
    this.ny = new Float64Array(capacity);
  }

  setCircle(cx: number, cy: number, dx: Float64Array, dy: Float64Array): void {
    const n = dx.length;
    for (let i = 0; i < n; i++) {
      this.xs[i] = cx + dx[i]!;
      this.ys[i] = cy + dy[i]!;
    }
    this.length = n;
  }

  clipToBox(x0: number, y0: number, x1: number, y1: number): void {
    // Sides the ring lies wholly inside leave it as it is: skip them (a cut only shrinks it).
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < this.length; i++) {
      const x = this.xs[i]!;
      const y = this.ys[i]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    const cuts = [minX < x0, maxX > x1, minY < y0, maxY > y1];
    for (let side = 0; side < 4 && this.length > 0; side++) {
      if (cuts[side]) this.clipSide(side, x0, y0, x1, y1);
    }
  }

  /** One side: 0 x ≥ x0, 1 x ≤ x1, 2 y ≥ y0, 3 y ≤ y1. */
  private clipSide(side: number, x0: number, y0: number, x1: number, y1: number): void {
    const px = this.xs;
    const py = this.ys;
    const nx = this.nx;
    const ny = this.ny;
    const m = this.length;
    let out = 0;
    for (let i = 0; i < m; i++) {
      const ax = px[i]!;
      const ay = py[i]!;
      const j = i + 1 === m ? 0 : i + 1;
      const bx = px[j]!;
      const by = py[j]!;
      const aIn = side === 0 ? ax >= x0 : side === 1 ? ax <= x1 : side === 2 ? ay >= y0 : ay <= y1;
      const bIn = side === 0 ? bx >= x0 : side === 1 ? bx <= x1 : side === 2 ? by >= y0 : by <= y1;
      if (aIn) {
        nx[out] = ax;
        ny[out] = ay;
        out++;
      }
      if (aIn !== bIn) {
        if (side < 2) {
          const x = side === 0 ? x0 : x1;
          nx[out] = x;
          ny[out] = Math.round(ay + ((by - ay) * (x - ax)) / (bx - ax));
        } else {
          const y = side === 2 ? y0 : y1;
          nx[out] = Math.round(ax + ((bx - ax) * (y - ay)) / (by - ay));
          ny[out] = y;
        }
        out++;
      }
    }
    this.xs = nx;
    this.ys = ny;
    this.nx = px;
    this.ny = py;
    this.length = out;
  }
}

/**
 * Discs of one radius around many points, merged. Fast for dense point sets: a coverage grid (cells r/6)
 * drops discs that add nothing, and the rest are merged in compact chunks, then pairwise
 * (Clipper's single sweep grows faster than linearly with many overlapping discs).
 * @param xy interleaved RD coordinates `[x0, y0, x1, y1, …]` in metres
 * @param distanceM radius in metres (≤ 0 gives an empty result)
 * @param arcToleranceM largest inward deviation of the circles, metres
 * @param options `merge: false` leaves the compact chunks unmerged (they may overlap; fine as
 *   the subject or clip of a later non-zero operation, not for areas or output); `clipTo`
 *   `[minX, minY, maxX, maxY]` keeps only the discs' part inside that box
 * @returns a new handle
 * @example const near = clipBufferPoints(new Float64Array([155000, 463000]), 30);
 */
export function clipBufferPoints(
  xy: ArrayLike<number>,
  distanceM: number,
  arcToleranceM = DEFAULT_ARC_TOLERANCE_M,
  options: { merge?: boolean; clipTo?: readonly [number, number, number, number] } = {},
): ClipPaths {
  const c = requireClipper();
  if (!(distanceM > 0) || xy.length < 2) return wrap(new c.Paths64());
  const box = options.clipTo;
  const clipTo = box
    ? ([
        Math.floor(box[0] * CLIP_UNITS_PER_M),
        Math.floor(box[1] * CLIP_UNITS_PER_M),
        Math.ceil(box[2] * CLIP_UNITS_PER_M),
        Math.ceil(box[3] * CLIP_UNITS_PER_M),
      ] as const)
    : undefined;
  const { rings, rest } = coverGrid(xy, distanceM, arcToleranceM, box);
  const sorted = sortSpatially(rest, Math.max(4 * distanceM, 1), 6);
  let level: Paths64[] = [];
  const n = sorted.length / 6;
  for (let from = 0; from < n; from += DISC_CHUNK) {
    level.push(
      discsOf(c, sorted, from, Math.min(n, from + DISC_CHUNK), distanceM, arcToleranceM, clipTo),
    );
  }
  if (rings.length > 0) {
    // The outline of the covered cells: already a clean operand (no union needed).
    const cells = new c.Paths64();
    const path = new c.Path64();
    let flat = new BigInt64Array(0);
    let words = new Int32Array(0);
    for (const ring of rings) {
      const m = ring.length / 2;
      if (flat.length < 3 * m) {
        flat = new BigInt64Array(6 * m);
        words = new Int32Array(flat.buffer);
      }
      for (let k = 0; k < m; k++) {
        setWord(words, 3 * k, ring[2 * k]!);
        setWord(words, 3 * k + 1, ring[2 * k + 1]!);
        setWord(words, 3 * k + 2, 0);
      }
      path.assign(flat.subarray(0, 3 * m));
      cells.push_back(path);
    }
    path.delete();
    level.push(cells);
  }
  if (level.length === 0) return wrap(new c.Paths64());
  if (options.merge === false) {
    // Compact chunks side by side: parts of different chunks may overlap, which a later
    // non-zero operation resolves locally (the merge of wide data is what costs most).
    const all = new c.Paths64();
    for (const part of level) {
      const count = part.size();
      for (let i = 0; i < count; i++) {
        const path = part.get(i);
        all.push_back(path);
        path.delete();
      }
      part.delete();
    }
    return wrap(all);
  }
  while (level.length > 1) {
    const next: Paths64[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const a = level[i]!;
      const b = level[i + 1];
      if (!b) {
        next.push(a);
        continue;
      }
      next.push(c.Union64(a, b, c.FillRule.NonZero));
      a.delete();
      b.delete();
    }
    level = next;
  }
  return wrap(level[0]!);
}
