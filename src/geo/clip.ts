/**
 * Robust polygon clipping and offsetting in RD metres, on Clipper2 compiled to WebAssembly.
 *
 * Clipper works on integer coordinates, which makes unions of thousands of touching or
 * overlapping shapes exact where floating-point clippers fail. Coordinates are rounded to
 * whole centimetres of RD (EPSG:28992): far below the precision of any plan map, and RD
 * values (< 630,000 m) stay well inside 64-bit integers.
 *
 * Two layers of API:
 * - GeoJSON-style functions (`unionAll`, `intersection`, `difference`, `buffer`,
 *   `bufferPoints`) take and return RD coordinates (`[x, y]` metres) and free everything
 *   they allocate;
 * - `ClipPaths` handles (`toClipPaths`, `clipUnion`, …, `fromClipPaths`, `freeClipPaths`)
 *   keep intermediate results inside WebAssembly memory, for chains of operations such as
 *   buffer → union → difference. The caller frees every handle it receives.
 *
 * Call `initClipper()` once (await it) before any other function.
 */
import Clipper2Z from 'clipper2-wasm/dist/es/clipper2z.js';
import type { MainModule, Path64, Paths64, PolyPath64 } from 'clipper2-wasm/dist/clipper2z';

/** A ring of RD positions, `[x, y]` metres; closed (last = first) as in GeoJSON. */
export type RdRing = number[][];
/** GeoJSON Polygon coordinates in RD metres: outer ring, then holes. */
export type RdPolygon = number[][][];
/** GeoJSON MultiPolygon coordinates in RD metres. */
export type RdMultiPolygon = number[][][][];
/** Either polygonal coordinate shape. */
export type RdPolygonal = RdPolygon | RdMultiPolygon;

/** Integer units per metre: Clipper works in whole centimetres of RD. */
export const CLIP_UNITS_PER_M = 100;

/**
 * Default largest deviation of a buffered arc from the true circle, metres. Clipper places
 * arc vertices on the circle, so a buffer lies inside the exact one by at most this much;
 * 0.1 m keeps the surface well inside the 0.5 m tolerance band of issue 4 while a 1,000 m
 * circle needs only ~220 vertices.
 */
export const DEFAULT_ARC_TOLERANCE_M = 0.1;

type Clipper = MainModule;

let clipper: Clipper | null = null;
let loading: Promise<void> | null = null;

/** Options for {@link initClipper}. */
export interface InitClipperOptions {
  /** URL of `clipper2z.wasm` (in the browser: Vite's `?url` import); node finds it itself. */
  wasmUrl?: string;
}

/**
 * Loads the Clipper2 WebAssembly module once; later calls return the same promise.
 * @param options where to find the `.wasm` file (browser only)
 * @returns a promise that resolves when the other functions may be called
 * @example await initClipper(); // node
 * @example await initClipper({ wasmUrl }); // browser, wasmUrl from `clipper2z.wasm?url`
 */
export function initClipper(options: InitClipperOptions = {}): Promise<void> {
  if (clipper) return Promise.resolve();
  if (!loading) {
    const { wasmUrl } = options;
    const moduleOptions = wasmUrl ? { locateFile: () => wasmUrl } : {};
    loading = Clipper2Z(moduleOptions).then(
      (module) => {
        clipper = module;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
  }
  return loading;
}

/**
 * Tells whether {@link initClipper} has finished.
 * @returns true when the clipping functions may be called
 * @example if (!isClipperReady()) await initClipper();
 */
export function isClipperReady(): boolean {
  return clipper !== null;
}

function requireClipper(): Clipper {
  if (!clipper) throw new Error('Clipper2 is not loaded: await initClipper() first');
  return clipper;
}

/**
 * A set of closed paths inside WebAssembly memory (positive outers, negative holes, non-zero
 * fill). Obtain with {@link toClipPaths} or a `clip*` operation; release with
 * {@link freeClipPaths}.
 */
export interface ClipPaths {
  /** @internal the Clipper2 object; do not call methods on it outside this module. */
  readonly paths: Paths64;
}

function wrap(paths: Paths64): ClipPaths {
  return { paths };
}

/** True when the coordinates are a MultiPolygon (depth 4) rather than a Polygon (depth 3). */
function isMultiPolygon(shape: RdPolygonal): shape is RdMultiPolygon {
  const first = shape[0]?.[0]?.[0];
  return Array.isArray(first);
}

/** Twice the signed area of a ring (shoelace), positive when counter-clockwise (y up). */
function signedArea2(ring: readonly (readonly number[])[]): number {
  let sum = 0;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const a = ring[j]!;
    const b = ring[i]!;
    sum += (a[0]! - b[0]!) * (a[1]! + b[1]!);
  }
  return sum;
}

/**
 * Pushes a ring as a Path64, oriented positive (outer) or negative (hole), so that a non-zero
 * union of arbitrary, overlapping polygons with holes is correct whatever orientation the
 * input used.
 */
/**
 * Writes a whole-centimetre coordinate into the 64-bit slot `i` of a BigInt64Array's buffer
 * through an Int32Array view (little-endian low word, sign-extended high word): no BigInt is
 * allocated per coordinate, which was most of the garbage of the surface's hot loops. RD
 * centimetres (|v| < 2^31) fit the low word.
 */
function setWord(words: Int32Array, i: number, v: number): void {
  words[2 * i] = v;
  words[2 * i + 1] = v < 0 ? -1 : 0;
}

function pushRing(c: Clipper, out: Paths64, ring: RdRing, isHole: boolean): void {
  let n = ring.length;
  if (n > 1) {
    const first = ring[0]!;
    const last = ring[n - 1]!;
    if (first[0] === last[0] && first[1] === last[1]) n -= 1;
  }
  if (n < 3) return;
  const isCcw = signedArea2(ring) > 0;
  const reverse = isCcw === isHole;
  const flat = new BigInt64Array(n * 3);
  const words = new Int32Array(flat.buffer);
  for (let i = 0; i < n; i++) {
    const p = ring[reverse ? n - 1 - i : i]!;
    setWord(words, i * 3, Math.round(p[0]! * CLIP_UNITS_PER_M));
    setWord(words, i * 3 + 1, Math.round(p[1]! * CLIP_UNITS_PER_M));
  }
  const path = new c.Path64();
  path.assign(flat);
  out.push_back(path);
  path.delete();
}

function pushPolygon(c: Clipper, out: Paths64, polygon: RdPolygon): void {
  polygon.forEach((ring, i) => pushRing(c, out, ring, i > 0));
}

/**
 * Copies polygons into WebAssembly memory.
 * @param shapes Polygon and/or MultiPolygon coordinates in RD metres (any ring orientation)
 * @returns a handle; free it with {@link freeClipPaths}
 * @example const h = toClipPaths([plot.geometry.coordinates]);
 */
export function toClipPaths(shapes: readonly RdPolygonal[]): ClipPaths {
  const c = requireClipper();
  const paths = new c.Paths64();
  for (const shape of shapes) {
    if (shape.length === 0) continue;
    if (isMultiPolygon(shape)) for (const polygon of shape) pushPolygon(c, paths, polygon);
    else pushPolygon(c, paths, shape);
  }
  return wrap(paths);
}

/**
 * Releases the WebAssembly memory of handles.
 * @param handles handles from this module (each freed once)
 * @returns nothing
 * @example freeClipPaths(a, b);
 */
export function freeClipPaths(...handles: ClipPaths[]): void {
  for (const h of handles) h.paths.delete();
}

/**
 * Union of everything in `a` (and `b`), resolving overlaps; non-zero fill.
 * @param a subject paths
 * @param b optional further paths
 * @returns a new handle
 * @example const merged = clipUnion(buffers);
 */
export function clipUnion(a: ClipPaths, b?: ClipPaths): ClipPaths {
  const c = requireClipper();
  if (!b) return wrap(c.UnionSelf64(a.paths, c.FillRule.NonZero));
  return wrap(c.Union64(a.paths, b.paths, c.FillRule.NonZero));
}

/**
 * Union of several handles in one sweep.
 * @param handles paths to merge (not freed)
 * @returns a new handle (empty when no handles)
 * @example const all = clipUnionMany([a, b, c]);
 */
export function clipUnionMany(handles: readonly ClipPaths[]): ClipPaths {
  const c = requireClipper();
  const all = clipConcat(handles);
  const out = c.UnionSelf64(all.paths, c.FillRule.NonZero);
  freeClipPaths(all);
  return wrap(out);
}

/** The boolean operations of {@link clipBoolean}. */
export type ClipOperation = 'union' | 'intersection' | 'difference';

/**
 * One boolean operation over several handles at once: all `subjects` together (non-zero
 * fill over all of them) combined with all `clips` together, in a single sweep. Saves the
 * sweeps (and the copies) of merging the subjects or the clips first: e.g. the part of the
 * study area outside `a ∪ b` is `clipBoolean('difference', [study], [a, b])`.
 * @param operation union, intersection or difference (subjects minus clips)
 * @param subjects subject handles (not freed)
 * @param clips clip handles (not freed; may be empty for a union)
 * @returns a new handle
 * @example const n = clipBoolean('intersection', [zonesN, discs], [study]);
 */
export function clipBoolean(
  operation: ClipOperation,
  subjects: readonly ClipPaths[],
  clips: readonly ClipPaths[] = [],
): ClipPaths {
  const c = requireClipper();
  const type =
    operation === 'union'
      ? c.ClipType.Union
      : operation === 'intersection'
        ? c.ClipType.Intersection
        : c.ClipType.Difference;
  const clipper = new c.Clipper64();
  const out = new c.Paths64();
  try {
    for (const h of subjects) clipper.AddSubject(h.paths);
    for (const h of clips) clipper.AddClip(h.paths);
    clipper.ExecutePath(type, c.FillRule.NonZero, out);
  } finally {
    clipper.delete();
  }
  return wrap(out);
}

/**
 * The part of `a` inside an axis-aligned box: a linear-time pre-cut before an exact
 * intersection with a small shape.
 * @param a paths (not freed)
 * @param bbox `[minX, minY, maxX, maxY]` in RD metres
 * @returns a new handle
 * @example const local = clipRect(classN, [x0, y0, x1, y1]);
 */
export function clipRect(a: ClipPaths, bbox: readonly [number, number, number, number]): ClipPaths {
  const c = requireClipper();
  const rect = new c.Rect64(
    BigInt(Math.floor(bbox[0] * CLIP_UNITS_PER_M)),
    BigInt(Math.floor(bbox[1] * CLIP_UNITS_PER_M)),
    BigInt(Math.ceil(bbox[2] * CLIP_UNITS_PER_M)),
    BigInt(Math.ceil(bbox[3] * CLIP_UNITS_PER_M)),
  );
  const out = c.RectClipPaths64(rect, a.paths);
  rect.delete();
  return wrap(out);
}

/**
 * All paths of several handles in one handle, without merging: overlapping parts stay (a
 * later non-zero operation resolves them). Cheap: no sweep.
 * @param handles paths (not freed)
 * @returns a new handle
 * @example const both = clipConcat([a, b]);
 */
export function clipConcat(handles: readonly ClipPaths[]): ClipPaths {
  const c = requireClipper();
  const all = new c.Paths64();
  for (const h of handles) {
    const n = h.paths.size();
    for (let i = 0; i < n; i++) {
      const path = h.paths.get(i);
      all.push_back(path);
      path.delete();
    }
  }
  return wrap(all);
}

/**
 * An empty handle.
 * @returns a new handle without paths
 * @example const none = clipEmpty();
 */
export function clipEmpty(): ClipPaths {
  return wrap(new (requireClipper().Paths64)());
}

/**
 * Whether a handle holds no paths.
 * @param a paths
 * @returns true when empty
 * @example isClipEmpty(clipEmpty()) // true
 */
export function isClipEmpty(a: ClipPaths): boolean {
  return a.paths.size() === 0;
}

/**
 * The part of `a` outside `b`.
 * @param a subject paths
 * @param b paths to cut away
 * @returns a new handle
 * @example const rest = clipDifference(studyArea, forbidden);
 */
export function clipDifference(a: ClipPaths, b: ClipPaths): ClipPaths {
  const c = requireClipper();
  return wrap(c.Difference64(a.paths, b.paths, c.FillRule.NonZero));
}

/**
 * The part of `a` inside `b`.
 * @param a subject paths
 * @param b clip paths
 * @returns a new handle
 * @example const inside = clipIntersection(buffers, studyArea);
 */
export function clipIntersection(a: ClipPaths, b: ClipPaths): ClipPaths {
  const c = requireClipper();
  return wrap(c.Intersect64(a.paths, b.paths, c.FillRule.NonZero));
}

function arcToleranceUnits(arcToleranceM: number): number {
  return Math.max(1, arcToleranceM * CLIP_UNITS_PER_M);
}

/**
 * Offsets polygons outward by a distance with round corners (the set of points within
 * `distanceM` of the shapes); overlapping results are merged. A distance ≤ 0 returns a
 * union of the input (a zero guide distance adds nothing around a plot).
 * @param a polygons
 * @param distanceM buffer distance in metres
 * @param arcToleranceM largest inward deviation of arcs, metres
 * @returns a new handle
 * @example const zone = clipBuffer(plots, 50);
 */
export function clipBuffer(
  a: ClipPaths,
  distanceM: number,
  arcToleranceM = DEFAULT_ARC_TOLERANCE_M,
): ClipPaths {
  const c = requireClipper();
  if (!(distanceM > 0)) return clipUnion(a);
  return wrap(
    c.InflatePaths64(
      a.paths,
      distanceM * CLIP_UNITS_PER_M,
      c.JoinType.Round,
      c.EndType.Polygon,
      2,
      arcToleranceUnits(arcToleranceM),
    ),
  );
}

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

/**
 * Area of a handle's paths (holes subtract), square metres.
 * @param a paths with non-overlapping outers (the result of a `clip*` operation)
 * @returns area in m²
 * @example clipAreaM2(clipBufferPoints(new Float64Array([0, 0]), 1)) // ≈ 3.14
 */
export function clipAreaM2(a: ClipPaths): number {
  const c = requireClipper();
  return c.AreaPaths64(a.paths) / (CLIP_UNITS_PER_M * CLIP_UNITS_PER_M);
}

function readRing(path: Path64): RdRing {
  // The view aliases WebAssembly memory: copy it out before anything else allocates.
  const v = path.view();
  const n = v.length / 3;
  // Low words only (no BigInt per coordinate): RD centimetres fit 32 bits.
  const words = new Int32Array(v.buffer, v.byteOffset, v.length * 2);
  const ring: RdRing = new Array<number[]>(n + 1);
  for (let i = 0; i < n; i++) {
    ring[i] = [words[i * 6]! / CLIP_UNITS_PER_M, words[i * 6 + 2]! / CLIP_UNITS_PER_M];
  }
  ring[n] = ring[0]!.slice();
  return ring;
}

function readPolygon(node: PolyPath64): number[][] | null {
  const path = node.polygon();
  const ring = path.size() >= 3 ? readRing(path) : null;
  path.delete();
  return ring;
}

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
function loadRing(ring: RdRing, n: number): void {
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
function insertTouchingVertices(ring: RdRing, n: number): RdRing {
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
  const out: RdRing = [];
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
function splitLoops(input: RdRing): RdRing[] {
  const n0 = input.length - 1;
  loadRing(input, n0);
  const ring = insertTouchingVertices(input, n0);
  if (ring === input && !hasRepeatedVertex(n0)) return [input];
  const n = ring.length - 1;
  const loops: RdRing[] = [];
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

/** Whether a point lies inside a ring (even-odd ray casting). */
function isInRing(x: number, y: number, ring: RdRing): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (a[1]! > y !== b[1]! > y && x < ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!) + a[0]!)
      inside = !inside;
  }
  return inside;
}

/**
 * A polygon whose rings touch themselves, as OGC-valid polygons: each ring is split into its
 * simple loops; counter-clockwise loops are outers, clockwise loops holes, and each hole goes
 * to the smallest outer around it (a pinched outer becomes two polygons touching at a point,
 * a pinched-off part of a hole becomes an island).
 */
function simplePolygons(polygon: RdPolygon): RdPolygon[] {
  const split = polygon.map(splitLoops);
  if (split.every((loops, i) => loops.length === 1 && loops[0] === polygon[i])) return [polygon];
  const outers: RdRing[] = [];
  const holes: RdRing[] = [];
  for (const loop of split.flat()) (signedArea2(loop) > 0 ? outers : holes).push(loop);
  if (outers.length === 0) return [polygon];
  if (outers.length === 1) return [[outers[0]!, ...holes]];
  const areas = outers.map((o) => Math.abs(signedArea2(o)));
  const result: RdPolygon[] = outers.map((o) => [o]);
  for (const hole of holes) {
    // An edge midpoint of the hole lies strictly inside its outer (holes touch outers at points only).
    const [a, b] = [hole[0]!, hole[1]!];
    const x = (a[0]! + b[0]!) / 2;
    const y = (a[1]! + b[1]!) / 2;
    let best = -1;
    outers.forEach((o, k) => {
      if (isInRing(x, y, o) && (best < 0 || areas[k]! < areas[best]!)) best = k;
    });
    result[best < 0 ? areas.indexOf(Math.max(...areas)) : best]!.push(hole);
  }
  return result;
}

/** Walks a PolyTree: outers become polygons with their holes; islands in holes recurse. */
function collectPolygons(node: PolyPath64, out: RdMultiPolygon): void {
  const count = node.count();
  for (let i = 0; i < count; i++) {
    // Child handles are non-owning views into the tree: they are freed with the tree.
    const outer = node.child(i);
    const outerRing = readPolygon(outer);
    const polygon: RdPolygon = outerRing ? [outerRing] : [];
    const holes = outer.count();
    for (let j = 0; j < holes; j++) {
      const hole = outer.child(j);
      const holeRing = readPolygon(hole);
      if (holeRing) polygon.push(holeRing);
      collectPolygons(hole, out);
    }
    if (polygon.length > 0) out.push(...simplePolygons(polygon));
  }
}

/**
 * Reads a handle back as MultiPolygon coordinates in RD metres: outers counter-clockwise,
 * holes clockwise (RFC 7946), rings closed, islands inside holes as separate polygons, no
 * ring touching itself (such rings are split, see `simplePolygons`).
 * @param a paths (not freed)
 * @returns MultiPolygon coordinates; `[]` when empty
 * @example const mp = fromClipPaths(h); freeClipPaths(h);
 */
export function fromClipPaths(a: ClipPaths): RdMultiPolygon {
  const c = requireClipper();
  if (a.paths.size() === 0) return [];
  if (a.paths.size() === 1) {
    // One closed path is one polygon without holes: no need to rebuild a tree.
    const path = a.paths.get(0);
    const isPositive = c.IsPositive64(path);
    const ring = path.size() >= 3 ? readRing(path) : null;
    path.delete();
    if (!ring) return [];
    return simplePolygons([isPositive ? ring : ring.reverse()]);
  }
  const tree = new c.PolyPath64();
  const empty = new c.Paths64();
  const out: RdMultiPolygon = [];
  try {
    c.BooleanOpOut64(c.ClipType.Union, c.FillRule.NonZero, a.paths, empty, tree);
    collectPolygons(tree, out);
  } finally {
    empty.delete();
    tree.delete();
  }
  return out;
}

function runToMultiPolygon(build: () => ClipPaths, inputs: ClipPaths[]): RdMultiPolygon {
  let result: ClipPaths | null = null;
  try {
    result = build();
    return fromClipPaths(result);
  } finally {
    if (result) freeClipPaths(result);
    freeClipPaths(...inputs);
  }
}

/**
 * Union of polygons (overlapping, touching or disjoint).
 * @param polys Polygon/MultiPolygon coordinates in RD metres
 * @returns the merged MultiPolygon
 * @example unionAll([squareA, squareB]) // one polygon when they touch along an edge
 */
export function unionAll(polys: readonly RdPolygonal[]): RdMultiPolygon {
  const a = toClipPaths(polys);
  return runToMultiPolygon(() => clipUnion(a), [a]);
}

/**
 * Intersection of two polygonal shapes.
 * @param a first shape (RD metres)
 * @param b second shape
 * @returns the common part
 * @example intersection(zone, studyArea)
 */
export function intersection(a: RdPolygonal, b: RdPolygonal): RdMultiPolygon {
  const pa = toClipPaths([a]);
  const pb = toClipPaths([b]);
  return runToMultiPolygon(() => clipIntersection(pa, pb), [pa, pb]);
}

/**
 * Difference `a − b` of two polygonal shapes.
 * @param a shape to cut from (RD metres)
 * @param b shape to cut away
 * @returns what remains of `a`
 * @example difference(studyArea, businessParks)
 */
export function difference(a: RdPolygonal, b: RdPolygonal): RdMultiPolygon {
  const pa = toClipPaths([a]);
  const pb = toClipPaths([b]);
  return runToMultiPolygon(() => clipDifference(pa, pb), [pa, pb]);
}

/**
 * Outward buffer (round corners) of polygons, merged.
 * @param polys Polygon/MultiPolygon coordinates in RD metres
 * @param distanceM buffer distance, metres (≤ 0: the union of the input)
 * @param arcToleranceM largest inward deviation of arcs, metres (default 0.1 m)
 * @returns the buffered MultiPolygon
 * @example buffer([plot], 100) // the 100 m guide-distance contour of a plot
 */
export function buffer(
  polys: readonly RdPolygonal[],
  distanceM: number,
  arcToleranceM = DEFAULT_ARC_TOLERANCE_M,
): RdMultiPolygon {
  const a = toClipPaths(polys);
  return runToMultiPolygon(() => clipBuffer(a, distanceM, arcToleranceM), [a]);
}

/**
 * Merged discs of one radius around points.
 * @param xy interleaved RD coordinates `[x0, y0, x1, y1, …]` in metres
 * @param distanceM radius, metres
 * @param arcToleranceM largest inward deviation of the circles, metres (default 0.1 m)
 * @returns the MultiPolygon of all discs
 * @example bufferPoints(new Float64Array([155000, 463000, 155010, 463000]), 30)
 */
export function bufferPoints(
  xy: ArrayLike<number>,
  distanceM: number,
  arcToleranceM = DEFAULT_ARC_TOLERANCE_M,
): RdMultiPolygon {
  return runToMultiPolygon(() => clipBufferPoints(xy, distanceM, arcToleranceM), []);
}

/**
 * Planar area of Polygon/MultiPolygon coordinates, holes subtracted (shoelace in RD metres,
 * no WebAssembly needed).
 * @param shape Polygon or MultiPolygon coordinates with non-overlapping parts
 * @returns area in m²
 * @example areaM2([[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]]) // 100
 */
export function areaM2(shape: RdPolygonal): number {
  if (shape.length === 0) return 0;
  const polygons = isMultiPolygon(shape) ? shape : [shape];
  let sum = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, i) => {
      const a = Math.abs(signedArea2(ring)) / 2;
      sum += i === 0 ? a : -a;
    });
  }
  return sum;
}
