/**
 * Clipper2 compiled to WebAssembly: loading the module, `ClipPaths` handles (conversion from
 * and to RD coordinates), boolean operations and offsets. Clipper works on integer
 * coordinates (whole centimetres of RD, see `units.ts`), which makes unions of thousands of
 * touching or overlapping shapes exact where floating-point clippers fail.
 *
 * Handles keep intermediate results inside WebAssembly memory, for chains of operations such
 * as buffer → union → difference; the caller frees every handle it receives. Call
 * `initClipper()` once (await it) before any other function.
 */
import type { MainModule, Path64, Paths64, PolyPath64 } from 'clipper2-wasm/dist/clipper2z';
import { ringSignedAreaM2 } from '../planar.ts';
import {
  isMultiPolygonRd,
  type MultiPolygonRd,
  type PolygonalRd,
  type PolygonRd,
  type RingRd,
} from '../types.ts';
import { simplePolygons } from './ring-repair.ts';
import { arcToleranceUnits, CLIP_UNITS_PER_M, DEFAULT_ARC_TOLERANCE_M } from './units.ts';

/** The Clipper2 module. */
export type Clipper = MainModule;

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
    // The Emscripten glue (≈ 27 kB) is imported here, not at the top: it then loads with the
    // first initClipper() instead of with the page (issue 14: start-up JavaScript).
    loading = import('clipper2-wasm/dist/es/clipper2z.js')
      .then(({ default: Clipper2Z }) => Clipper2Z(moduleOptions))
      .then(
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

/**
 * The loaded module, for the operations of this folder.
 * @internal
 * @returns the Clipper2 module
 * @example const c = requireClipper();
 */
export function requireClipper(): Clipper {
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

/**
 * Wraps Clipper paths as a handle.
 * @internal
 * @param paths paths the handle now owns
 * @returns the handle
 * @example const h = wrap(new c.Paths64());
 */
export function wrap(paths: Paths64): ClipPaths {
  return { paths };
}

/**
 * Writes a whole-centimetre coordinate into the 64-bit slot `i` of a BigInt64Array's buffer
 * through an Int32Array view (little-endian low word, sign-extended high word): no BigInt is
 * allocated per coordinate, which was most of the garbage of the surface's hot loops. RD
 * centimetres (|v| < 2^31) fit the low word.
 * @internal
 * @param words the Int32Array view of a BigInt64Array
 * @param i index of the 64-bit slot
 * @param v the whole-unit coordinate
 * @returns nothing
 * @example setWord(words, 0, 15500000);
 */
export function setWord(words: Int32Array, i: number, v: number): void {
  words[2 * i] = v;
  words[2 * i + 1] = v < 0 ? -1 : 0;
}

/**
 * Pushes a ring as a Path64, oriented positive (outer) or negative (hole), so that a non-zero
 * union of arbitrary, overlapping polygons with holes is correct whatever orientation the
 * input used.
 */
function pushRing(c: Clipper, out: Paths64, ring: RingRd, isHole: boolean): void {
  let n = ring.length;
  if (n > 1) {
    const first = ring[0]!;
    const last = ring[n - 1]!;
    if (first[0] === last[0] && first[1] === last[1]) n -= 1;
  }
  if (n < 3) return;
  const isCcw = ringSignedAreaM2(ring) > 0;
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

function pushPolygon(c: Clipper, out: Paths64, polygon: PolygonRd): void {
  polygon.forEach((ring, i) => pushRing(c, out, ring, i > 0));
}

/**
 * Copies polygons into WebAssembly memory.
 * @param shapes Polygon and/or MultiPolygon coordinates in RD metres (any ring orientation)
 * @returns a handle; free it with {@link freeClipPaths}
 * @example const h = toClipPaths([plot.geometry.coordinates]);
 */
export function toClipPaths(shapes: readonly PolygonalRd[]): ClipPaths {
  const c = requireClipper();
  const paths = new c.Paths64();
  for (const shape of shapes) {
    if (shape.length === 0) continue;
    if (isMultiPolygonRd(shape)) for (const polygon of shape) pushPolygon(c, paths, polygon);
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
 * Union with the positive fill rule: a place is inside where the outer rings around it
 * outnumber the holes. For rings that were changed one by one (simplified outlines), where a
 * hole may now stick out of its outer ring: that part stays outside, as it should, while a
 * non-zero union would fill it.
 * @param a paths whose outers run positive and holes negative (as {@link toClipPaths} writes them)
 * @returns a new handle
 * @example const clean = clipUnionPositive(toClipPaths([simplified]));
 */
export function clipUnionPositive(a: ClipPaths): ClipPaths {
  const c = requireClipper();
  return wrap(c.UnionSelf64(a.paths, c.FillRule.Positive));
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

function readRing(path: Path64): RingRd {
  // The view aliases WebAssembly memory: copy it out before anything else allocates.
  const v = path.view();
  const n = v.length / 3;
  // Low words only (no BigInt per coordinate): RD centimetres fit 32 bits.
  const words = new Int32Array(v.buffer, v.byteOffset, v.length * 2);
  const ring: RingRd = new Array<number[]>(n + 1);
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

/** Walks a PolyTree: outers become polygons with their holes; islands in holes recurse. */
function collectPolygons(node: PolyPath64, out: MultiPolygonRd): void {
  const count = node.count();
  for (let i = 0; i < count; i++) {
    // Child handles are non-owning views into the tree: they are freed with the tree.
    const outer = node.child(i);
    const outerRing = readPolygon(outer);
    const polygon: PolygonRd = outerRing ? [outerRing] : [];
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
export function fromClipPaths(a: ClipPaths): MultiPolygonRd {
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
  const out: MultiPolygonRd = [];
  try {
    c.BooleanOpOut64(c.ClipType.Union, c.FillRule.NonZero, a.paths, empty, tree);
    collectPolygons(tree, out);
  } finally {
    empty.delete();
    tree.delete();
  }
  return out;
}
