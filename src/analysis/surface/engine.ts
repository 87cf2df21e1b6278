/**
 * The whole-city surface "waar wel, waar niet" (issue 4): where a program (homes, a
 * milieucategorie, an activity) is allowed, conditional or not allowed, as three polygons
 * that mean exactly what the location check (`checkLocation`) says at a point.
 *
 * The surface is not a second set of rules: it reads the rules' own pieces — the measuring
 * geometry of each business (`prepareRules`: plot, permitting zone or point, and the
 * functiemenging zone that replaces distances), the distance table (`requiredDistancesM`),
 * the zone permission codes and their effects (`zonePermissionCodes`, `REASON_EFFECT`), the
 * omgevingstype of zones (`omgevingstypeOfZone`) and `isUnderFunctiemenging` — and turns the
 * per-object decision of `classifyDistance` into geometry: "d < required" becomes the inside
 * of a buffer (an open set, so class boundaries are the points at exactly the distance).
 *
 * Housing at p (omgevingstype of p: gemengd in mixed zones unless a zone says otherwise); the
 * sources s are the zones at their maxMilieucategorie (view `plan`) or the businesses
 * (view `feitelijk`), as `prepareRules` gives them:
 *   N = bedrijventerreinen (the plan forbids homes there)
 *   V = productieve wijken ∪ ⋃ₛ near(s, d_gemengd) ∪ (⋃ₛ near(s, d_rustig) − gemengd gebied), − N
 *   where near(s, d) = buffer(s, d), minus the functiemenging zone of s when its class is A
 *   (no condition there); for class B/C the zone part is V too (a condition instead of a distance)
 * Business of category c (class f) at p:
 *   zones: outside every zone → N; else the worst effect of every zone's permission codes
 *   V within d_gemengd(c) of any dwelling k or within d_rustig(c) of a k in rustig gebied,
 *   except dwellings inside the functiemenging zone that holds p; and V in every
 *   functiemenging zone that covers class f when f is B or C (its condition). A sensitive area
 *   (e.g. a Wonen bestemming) counts as the dwellings do, with the buffer of its outline for
 *   the disc (distance to the area's boundary, 0 inside), its omgevingstype and its place in a
 *   functiemenging zone read at its anchor point (`areaOmgevingstype`)
 * T is the rest of the study area.
 */
import {
  clipBoolean,
  clipBuffer,
  clipBufferPoints,
  clipConcat,
  clipDifference,
  clipEmpty,
  clipIntersection,
  clipRect,
  clipUnion,
  clipUnionMany,
  clipUnionPositive,
  freeClipPaths,
  fromClipPaths,
  toClipPaths,
  type ClipPaths,
} from '../../geo/clip/index.ts';
import { simplifyMultiPolygon } from '../../geo/simplify.ts';
import type { BboxRd, PolygonalRd } from '../../geo/types.ts';
import {
  dwellingZoneIndex,
  type Dataset,
  type SensitiveAreaRecord,
  type ZoneRecord,
} from '../../domain/dataset.ts';
import type { FunctiemengingClass, Milieucategorie, Omgevingstype } from '../../domain/domain.ts';
import {
  bboxDistanceM,
  isPointInMultiPolygon,
  multiPolygonDistanceM,
  pointToBboxDistanceM,
  pointToBoundaryDistanceM,
  pointToMultiPolygonDistanceM,
} from '../../geo/planar.ts';
import { findActivity } from '../../rules/activities.ts';
import { REASON_EFFECT, VERDICTS, type VerdictLevel } from '../../rules/decision-table.ts';
import { areaOmgevingstype, prepareRules } from '../../rules/location-check.ts';
import { requiredDistancesM, type DistanceTable } from '../../rules/vng.ts';
import {
  explicitOmgevingstype,
  functiemengingConditions,
  isUnderFunctiemenging,
  omgevingstypeOfZone,
  zonePermissionCodes,
} from '../../rules/zone-permission.ts';
import { bboxOf, HASH_SEED, hashNumbers, hashShape, hashText } from './geometry.ts';
import { computeSurfaceStats } from './stats.ts';
import {
  SURFACE_CLASSES,
  type ContourCollection,
  type ContourFeature,
  type SurfaceClass,
  type SurfaceClassCollection,
  type SurfaceInput,
  type SurfaceProgram,
  type SurfaceResult,
} from './types.ts';

/** Options of {@link SurfaceEngine.computeSurface}. */
export interface SurfaceOptions {
  /** Largest inward deviation of buffer arcs, metres (default {@link SURFACE_ARC_TOLERANCE_M}). */
  arcToleranceM?: number;
  /** Width of the vertical strips of the combination steps, metres (default 1,000 m). */
  stripWidthM?: number;
  /** Called between steps with the fraction done (0–1) and the step name. */
  onProgress?: (fraction: number, step: string) => void;
  /** Compute the per-zone-type and per-buurt statistics (default true). */
  withStats?: boolean;
  /**
   * Join each class across the strip seams into one feature (default false). By default a
   * class comes as one feature per strip, each a valid MultiPolygon, like tiles: joining them
   * is a city-wide Clipper sweep (≈ 40 ms at city scale, a sixth of the whole computation)
   * that neither the map nor the statistics need.
   */
  mergeSeams?: boolean;
  /**
   * Tolerance of the simplification of the voorwaardelijk outline, metres (default
   * {@link SURFACE_SIMPLIFY_TOLERANCE_M}; 0 turns it off).
   */
  simplifyToleranceM?: number;
}

/** What a business program asks: its category and functiemenging class. */
export interface BusinessDemand {
  category: string;
  functiemenging?: FunctiemengingClass;
}

/**
 * Resolves a program to the category it asks for, as the location check does.
 * @param program the program
 * @returns category and class of a business program; null for housing
 * @throws for an unknown activity
 * @example programDemand({ kind: 'category', milieucategorie: '3.1' }) // { category: '3.1' }
 */
export function programDemand(program: SurfaceProgram): BusinessDemand | null {
  if (program.kind === 'housing') return null;
  if (program.kind === 'category') {
    return program.functiemenging
      ? { category: program.milieucategorie, functiemenging: program.functiemenging }
      : { category: program.milieucategorie };
  }
  const a = findActivity(program.activityId);
  if (!a) throw new Error(`Onbekende activiteit "${program.activityId}"`);
  return a.functiemenging
    ? { category: a.milieucategorie, functiemenging: a.functiemenging }
    : { category: a.milieucategorie };
}

interface CacheEntry {
  signature: string;
  paths: ClipPaths;
}

/**
 * Default arc tolerance of the surface's buffers, metres: polygons lie inside the true
 * circles by at most 0.25 m, half the 0.5 m tolerance band of issue 4, with about 37 % fewer
 * vertices than at 0.1 m (Clipper's cost grows with the vertex count).
 */
export const SURFACE_ARC_TOLERANCE_M = 0.25;

/**
 * Default tolerance of the simplified class outlines, metres (issue 15): together with the
 * 0.25 m of the arcs, a class border lies within the 0.5 m tolerance band of the true one.
 * The voorwaardelijk outline of a business program around many dwellings is where it counts:
 * category 2 at city scale gave 1.8 M vertices, far denser than the band needs.
 */
export const SURFACE_SIMPLIFY_TOLERANCE_M = 0.25;

/**
 * The class V of a strip with a simplified outline: V's rings simplified within `toleranceM`
 * (Douglas–Peucker), made valid again by a positive-fill union, and cut back to the study
 * area and out of N (the simplified outline may reach up to the tolerance beyond them). N
 * stays exact (zone borders are the plan's lines), and T is computed from the simplified V,
 * so the classes still tile the strip without gaps or overlaps.
 */
function simplifiedClass(
  v: ClipPaths,
  studyS: ClipPaths,
  n: ClipPaths,
  toleranceM: number,
  own: (h: ClipPaths) => ClipPaths,
): ClipPaths {
  const outline = fromClipPaths(v);
  if (outline.length === 0) return v;
  const raw = own(toClipPaths([simplifyMultiPolygon(outline, toleranceM)]));
  const clean = own(clipUnionPositive(raw));
  return own(clipBoolean('difference', [own(clipIntersection(clean, studyS))], [n]));
}

/** Plots per offset call, and the width of the columns that order them (compact chunks). */
const PLOT_CHUNK = 64;
const PLOT_CHUNK_COLUMN_M = 1000;

/** The classes inside one vertical strip of the study area. */
export interface StripClasses {
  rect: BboxRd;
  study: ClipPaths;
  byClass: Record<SurfaceClass, ClipPaths>;
}

/**
 * Default width of the vertical strips the combination steps run in, metres. The strips
 * cut class polygons at their seams: each strip's part of a class is its own feature, unless
 * `mergeSeams` joins them.
 */
export const DEFAULT_STRIP_WIDTH_M = 1000;

function overlaps(a: readonly number[], b: readonly number[]): boolean {
  return a[0]! <= b[2]! && a[2]! >= b[0]! && a[1]! <= b[3]! && a[3]! >= b[1]!;
}

/** The measuring geometry of a group of businesses that share category and fm zone. */
interface SourceGroup {
  category: string;
  fmZone: number;
  /** The functiemenging class of the group asks a condition (B/C): its zone part stays V. */
  fmCondition: boolean;
  shapes: PolygonalRd[];
  pointsXy: number[];
  signature: number;
  /** Bounding box of the group's measuring geometry. */
  bbox: BboxRd;
}

/**
 * Zone signatures of the running computation: the data cannot change during one call, and
 * every zone union and cache key hashes the same zones again (null outside a computation).
 */
let callSignatures: Map<ZoneRecord, number> | null = null;

function zoneSignature(z: ZoneRecord): number {
  const known = callSignatures?.get(z);
  if (known !== undefined) return known;
  const h = hashShape(
    hashText(
      HASH_SEED,
      `${z.id}|${z.zoneType}|${z.maxMilieucategorie}|${z.functiemenging}|${z.omgevingstype}`,
    ),
    z.geometryRd,
  );
  callSignatures?.set(z, h);
  return h;
}

function growBbox(box: BboxRd, add: readonly number[]): void {
  box[0] = Math.min(box[0], add[0]!);
  box[1] = Math.min(box[1], add[1]!);
  box[2] = Math.max(box[2], add[2]!);
  box[3] = Math.max(box[3], add[3]!);
}

function worst(a: VerdictLevel, b: VerdictLevel): VerdictLevel {
  return VERDICTS.indexOf(b) > VERDICTS.indexOf(a) ? b : a;
}

/** Omgevingstype of a dwelling, as the location check reads it (its first containing zone). */
function dwellingOmgevingstype(ds: Dataset, k: number, table: DistanceTable): Omgevingstype {
  const zi = dwellingZoneIndex(ds, k);
  return zi >= 0
    ? (omgevingstypeOfZone(ds.zones[zi]!, table) ?? 'rustige-woonwijk')
    : 'rustige-woonwijk';
}

/** Dwellings that can matter for a business program, with what the disc steps need. */
interface CandidateDwellings {
  /** Per dwelling: its distance to the nearest open zone (Infinity when beyond reach). */
  nearestOpenM: Float64Array;
  /** Per open zone: the dwellings within reach of its box, in index order. */
  nearZone: Map<number, number[]>;
  /** The dwellings closer than `reach` to an open zone, ascending. */
  sorted: Int32Array;
  /** Per dwelling: 1 where its omgevingstype is rustige woonwijk. */
  isRustig: Uint8Array;
  /** Hash of the candidates, the study area and the zones (the disc caches' signature). */
  dwellingHash: number;
}

/**
 * Finds the dwellings within `reach` of a zone that is open to the program: only their discs
 * can change a class.
 * @param input dataset, study area and distance table
 * @param open indexes of the zones where a disc can change a class (those that allow the
 *   program without a condition; "open" below)
 * @param reach the largest guide distance of the program, metres
 * @returns the candidates and their per-dwelling facts
 */
function candidateDwellings(
  input: SurfaceInput,
  open: readonly number[],
  reach: number,
): CandidateDwellings {
  const { ds, table } = input;
  const d = ds.dwellings;
  // Exact test: a disc matters only if it reaches an open zone, so a dwelling counts for a
  // radius only when it lies closer than that radius to one. One index search per open zone;
  // the distance to the zone's box bounds the exact distance from below.
  const nearestOpenM = new Float64Array(d.count).fill(Infinity);
  const touched: number[] = [];
  const xy: [number, number] = [0, 0];
  // Dwellings within reach of each open zone's box, in index order (the disc steps below
  // filter these instead of searching the index again).
  const nearZone = new Map<number, number[]>();
  if (ds.dwellingIndex && reach > 0) {
    for (const i of open) {
      const zone = ds.zones[i]!;
      const [x0, y0, x1, y1] = zone.bboxRd;
      const hits = ds.dwellingIndex.search(x0 - reach, y0 - reach, x1 + reach, y1 + reach);
      nearZone.set(i, hits);
      for (const k of hits) {
        const best = nearestOpenM[k]!;
        if (best === 0) continue;
        if (best === Infinity) touched.push(k);
        xy[0] = d.xs[k]!;
        xy[1] = d.ys[k]!;
        const bx = xy[0] < x0 ? x0 - xy[0] : xy[0] > x1 ? xy[0] - x1 : 0;
        const by = xy[1] < y0 ? y0 - xy[1] : xy[1] > y1 ? xy[1] - y1 : 0;
        const lower = Math.min(reach, best);
        if (bx * bx + by * by >= lower * lower) continue;
        nearestOpenM[k] = Math.min(best, pointToMultiPolygonDistanceM(xy, zone.geometryRd));
      }
    }
  }
  const sorted = Int32Array.from(touched.filter((k) => nearestOpenM[k]! < reach)).sort();
  const isRustig = new Uint8Array(d.count);
  for (const k of sorted)
    isRustig[k] = dwellingOmgevingstype(ds, k, table) === 'rustige-woonwijk' ? 1 : 0;
  const dwellingKey = new Float64Array(3 * sorted.length);
  sorted.forEach((k, j) => {
    dwellingKey[3 * j] = d.xs[k]!;
    dwellingKey[3 * j + 1] = d.ys[k]!;
    dwellingKey[3 * j + 2] = isRustig[k]!;
  });
  const dwellingHash = hashNumbers(hashNumbers(HASH_SEED, dwellingKey), [
    hashShape(HASH_SEED, input.studyArea),
    ...ds.zones.map(zoneSignature),
  ]);
  return { nearestOpenM, nearZone, sorted, isRustig, dwellingHash };
}

/** Sensitive areas that can matter for a business program (as {@link CandidateDwellings}). */
interface CandidateAreas {
  /** The areas closer than `reach` to an open zone, in dataset order. */
  areas: SensitiveAreaRecord[];
  /** Per candidate: its distance to the nearest open zone. */
  nearestOpenM: number[];
  /** Per candidate: whether its omgevingstype is rustige woonwijk. */
  isRustig: boolean[];
  /** Hash of the candidates (their outlines and omgevingstype). */
  hash: number;
}

/**
 * Finds the sensitive areas within `reach` of a zone that is open to the program: only their
 * buffers can change a class.
 * @returns the candidates, or null when there are none (no buffer step at all)
 */
function candidateAreas(
  input: SurfaceInput,
  open: readonly number[],
  reach: number,
): CandidateAreas | null {
  const { ds, table } = input;
  const index = ds.sensitiveAreaIndex;
  if (!index || !(reach > 0)) return null;
  const best = new Map<number, number>();
  for (const i of open) {
    const zone = ds.zones[i]!;
    const [x0, y0, x1, y1] = zone.bboxRd;
    for (const ai of index.search(x0 - reach, y0 - reach, x1 + reach, y1 + reach)) {
      const a = ds.sensitiveAreas[ai]!;
      const known = best.get(ai) ?? Infinity;
      if (bboxDistanceM(a.bboxRd, zone.bboxRd) >= Math.min(reach, known)) continue;
      best.set(ai, Math.min(known, multiPolygonDistanceM(a.geometryRd, zone.geometryRd)));
    }
  }
  const picked = [...best.entries()].filter(([, d]) => d < reach).sort((a, b) => a[0] - b[0]);
  if (picked.length === 0) return null;
  const areas = picked.map(([ai]) => ds.sensitiveAreas[ai]!);
  const isRustig = areas.map((a) => areaOmgevingstype(ds, a, table) === 'rustige-woonwijk');
  let hash = HASH_SEED;
  areas.forEach((a, j) => {
    hash = hashShape(hashText(hash, `${a.id}|${isRustig[j] ? 'r' : 'g'}`), a.geometryRd);
  });
  return { areas, nearestOpenM: picked.map(([, d]) => d), isRustig, hash };
}

/** What the disc steps of a business program share: the candidates and the guide distances. */
interface DiscSet {
  ds: Dataset;
  candidates: CandidateDwellings;
  /** The largest guide distance of the program, metres. */
  reach: number;
  gemengdM: number;
  rustigM: number;
  arcTolM: number;
  /** The candidates' hash and the demand (the disc caches' signature). */
  signature: string;
  /** The sensitive areas within reach of an open zone, or null. */
  areas: CandidateAreas | null;
  /**
   * Per dwelling: how far its disc may reach and still lie wholly inside the functiemenging
   * zone that holds it, away from every earlier one ({@link fmFreeDepths}); 0 outside them.
   * Null without functiemenging zones.
   */
  fmFreeM: Float64Array | null;
}

/**
 * Margin, metres, by which a disc must stay inside its functiemenging zone to be skipped: more
 * than Clipper's rounding to the centimetre, so the skip never changes a class.
 */
const FM_SKIP_MARGIN_M = 0.02;

/**
 * For each candidate dwelling inside a functiemenging zone: the radius up to which its disc
 * lies wholly inside the first such zone that holds it (its depth there) and stays away from
 * every earlier one (those decide first where they overlap). Such a disc adds nothing: every
 * point of it lies in that zone, where distances to the zone's own dwellings do not apply
 * ("except dwellings inside the functiemenging zone that holds p"), and it reaches no other
 * zone's region or the rest of the map. For the bakery (category 2, class B) 99.9 % of the
 * discs are of this kind (issue 15: 3.2–5.7× faster, identical class areas).
 * @param ds the dataset
 * @param candidates the dwellings within reach of an open zone
 * @param fmZones the open zones where functiemenging replaces distances, in dataset order
 * @param reach the program's largest guide distance (no need to look further)
 * @returns the free depth per dwelling (0 where a disc cannot be skipped)
 */
function fmFreeDepths(
  ds: Dataset,
  candidates: CandidateDwellings,
  fmZones: readonly number[],
  reach: number,
): Float64Array {
  const free = new Float64Array(ds.dwellings.count);
  const done = new Uint8Array(ds.dwellings.count);
  const xy: [number, number] = [0, 0];
  if (!ds.dwellingIndex) return free;
  fmZones.forEach((zi, n) => {
    const zone = ds.zones[zi]!;
    const [x0, y0, x1, y1] = zone.bboxRd;
    for (const k of ds.dwellingIndex!.search(x0, y0, x1, y1)) {
      if (done[k] || !(candidates.nearestOpenM[k]! < reach)) continue;
      xy[0] = ds.dwellings.xs[k]!;
      xy[1] = ds.dwellings.ys[k]!;
      if (!isPointInMultiPolygon(xy, zone.geometryRd)) continue;
      done[k] = 1;
      let depth = Infinity;
      for (const polygon of zone.geometryRd) {
        depth = Math.min(depth, pointToBoundaryDistanceM(xy, polygon));
      }
      for (let e = 0; e < n && depth > 0; e++) {
        const earlier = ds.zones[fmZones[e]!]!;
        if (pointToBboxDistanceM(xy[0], xy[1], earlier.bboxRd) >= depth) continue;
        depth = Math.min(depth, pointToMultiPolygonDistanceM(xy, earlier.geometryRd));
      }
      free[k] = depth;
    }
  });
  return free;
}

/**
 * The three classes of one strip from the parts of N and of V (each step over all its parts
 * at once, no union of the parts first): N and V are their union's part in the study area,
 * V without N, T the rest of the study area. The union comes before the cut to the study
 * area: one sweep with the study as clip would be cheaper, but can leave a notch at the
 * strip's edge as a hole touching the outline, which the seam join does not always merge
 * (an invalid MultiPolygon, seen on the city-scale data).
 * @param rect the strip
 * @param studyS the study area's part in the strip
 * @param nParts the parts of N (one part is taken as it is, without a union)
 * @param vParts the parts of V
 * @param own registers a result for freeing after the computation
 * @returns the strip's classes
 */
function stripClasses(
  rect: BboxRd,
  studyS: ClipPaths,
  nParts: readonly ClipPaths[],
  vParts: readonly ClipPaths[],
  own: (h: ClipPaths) => ClipPaths,
  simplifyToleranceM: number,
): StripClasses {
  const inStudy = (h: ClipPaths): ClipPaths => own(clipIntersection(h, studyS));
  const n = inStudy(nParts.length === 1 ? nParts[0]! : own(clipBoolean('union', nParts)));
  const vStudy = inStudy(own(clipBoolean('union', vParts)));
  const vExact = own(clipDifference(vStudy, n));
  const v =
    simplifyToleranceM > 0 ? simplifiedClass(vExact, studyS, n, simplifyToleranceM, own) : vExact;
  const t = own(clipBoolean('difference', [studyS], [n, v]));
  return {
    rect,
    study: studyS,
    byClass: { toegestaan: t, voorwaardelijk: v, 'niet-toegestaan': n },
  };
}

/**
 * Computes surfaces and contours, keeping buffers of unchanged data between calls: an edit
 * to one business recomputes only the buffers of its category; another program reuses the
 * zone unions. Call {@link SurfaceEngine.dispose} to free the WebAssembly memory.
 * `initClipper()` must have resolved first.
 */
export class SurfaceEngine {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly used = new Set<string>();
  /** Keys rebuilt by the last computation (for tests of the incremental recomputation). */
  lastRebuilt: string[] = [];

  /** Frees all cached geometry. */
  dispose(): void {
    for (const entry of this.cache.values()) freeClipPaths(entry.paths);
    this.cache.clear();
  }

  private memo(key: string, signature: string, build: () => ClipPaths): ClipPaths {
    this.used.add(key);
    const hit = this.cache.get(key);
    if (hit && hit.signature === signature) return hit.paths;
    if (hit) freeClipPaths(hit.paths);
    const paths = build();
    this.cache.set(key, { signature, paths });
    this.lastRebuilt.push(key);
    return paths;
  }

  /** Drops cache entries with these prefixes that the last computation did not use. */
  private sweep(prefixes: readonly string[]): void {
    for (const [key, entry] of this.cache) {
      if (!this.used.has(key) && prefixes.some((p) => key.startsWith(p))) {
        freeClipPaths(entry.paths);
        this.cache.delete(key);
      }
    }
  }

  /** Union of some zones (by dataset index), cached by their content. */
  private zoneUnion(ds: Dataset, key: string, indexes: readonly number[]): ClipPaths {
    let h = HASH_SEED;
    for (const i of indexes) h = hashNumbers(h, [i, zoneSignature(ds.zones[i]!)]);
    return this.memo(`zones:${key}`, String(h), () => {
      const raw = toClipPaths(indexes.map((i) => ds.zones[i]!.geometryRd));
      const merged = clipUnion(raw);
      freeClipPaths(raw);
      return merged;
    });
  }

  /**
   * The rings of some zones side by side, without a union, cached by their content: a valid
   * operand of the non-zero operations (overlaps count once), where a city-wide union would
   * only cost a sweep. Not for areas.
   */
  private zoneRings(ds: Dataset, key: string, indexes: readonly number[]): ClipPaths {
    let h = HASH_SEED;
    for (const i of indexes) h = hashNumbers(h, [i, zoneSignature(ds.zones[i]!)]);
    return this.memo(`zones-raw:${key}`, String(h), () =>
      toClipPaths(indexes.map((i) => ds.zones[i]!.geometryRd)),
    );
  }

  private zoneIndexes(ds: Dataset, keep: (z: ZoneRecord) => boolean): number[] {
    const out: number[] = [];
    ds.zones.forEach((z, i) => {
      if (keep(z)) out.push(i);
    });
    return out;
  }

  private study(input: SurfaceInput): ClipPaths {
    return this.memo('study', String(hashShape(HASH_SEED, input.studyArea)), () => {
      const raw = toClipPaths([input.studyArea]);
      const merged = clipUnion(raw);
      freeClipPaths(raw);
      return merged;
    });
  }

  /**
   * The gemengd gebied for a place, as the location check decides it: the first zone (in
   * dataset order) with an explicit omgevingstype decides; without one, a mixed zone makes
   * it gemengd.
   */
  private gemengdArea(ds: Dataset, table: DistanceTable): ClipPaths {
    const explicit = this.zoneIndexes(ds, (z) => explicitOmgevingstype(z, table) !== undefined);
    const mixed = this.zoneIndexes(
      ds,
      (z) =>
        explicitOmgevingstype(z, table) === undefined &&
        omgevingstypeOfZone(z, table) === 'gemengd-gebied',
    );
    let h = hashText(HASH_SEED, table.id);
    for (const i of [...explicit, -1, ...mixed]) {
      h = hashNumbers(h, [i, i >= 0 ? zoneSignature(ds.zones[i]!) : 0]);
    }
    return this.memo('zones:gemengd-gebied', String(h), () => {
      // Runs of consecutive explicit zones with the same value merge in one union; a later
      // run only claims what earlier explicit zones left.
      const parts: ClipPaths[] = [];
      let covered = clipEmpty();
      let start = 0;
      while (start < explicit.length) {
        const value = explicitOmgevingstype(ds.zones[explicit[start]!]!, table);
        let end = start;
        while (
          end < explicit.length &&
          explicitOmgevingstype(ds.zones[explicit[end]!]!, table) === value
        )
          end++;
        const run = toClipPaths(explicit.slice(start, end).map((i) => ds.zones[i]!.geometryRd));
        if (value === 'gemengd-gebied') parts.push(clipDifference(run, covered));
        const next = clipUnion(covered, run);
        freeClipPaths(covered, run);
        covered = next;
        start = end;
      }
      const mixedRaw = toClipPaths(mixed.map((i) => ds.zones[i]!.geometryRd));
      parts.push(clipDifference(mixedRaw, covered));
      const out = clipUnionMany(parts);
      freeClipPaths(covered, mixedRaw, ...parts);
      return out;
    });
  }

  /**
   * Buffers of a group's plots and points, in spatially compact chunks left unmerged: one
   * offset of thousands of plots across the city is a wide sweep; the strips merge locally.
   */
  private bufferGroup(
    group: SourceGroup,
    distanceM: number,
    arcTolM: number,
    plotChunks: () => ClipPaths[],
  ): ClipPaths {
    if (!(distanceM > 0)) return clipEmpty();
    const parts: ClipPaths[] = plotChunks().map((merged) => clipBuffer(merged, distanceM, arcTolM));
    if (group.pointsXy.length > 0) {
      parts.push(clipBufferPoints(group.pointsXy, distanceM, arcTolM, { merge: false }));
    }
    if (parts.length === 1) return parts[0]!;
    const out = clipConcat(parts);
    freeClipPaths(...parts);
    return out;
  }

  /**
   * A group's plots in spatially compact chunks, each merged (owned by the caller): both
   * guide distances offset the same merged outlines, so they are built once per computation.
   */
  private plotChunks(group: SourceGroup, own: (h: ClipPaths) => ClipPaths): ClipPaths[] {
    const centre = group.shapes.map((shape) => {
      const b = bboxOf([shape])!;
      return [Math.floor((b[0] + b[2]) / 2 / PLOT_CHUNK_COLUMN_M), (b[1] + b[3]) / 2] as const;
    });
    const order = group.shapes
      .map((_, i) => i)
      .sort((a, b) => {
        const ca = centre[a]!;
        const cb = centre[b]!;
        return ca[0] - cb[0] || ca[1] - cb[1];
      });
    const out: ClipPaths[] = [];
    for (let from = 0; from < order.length; from += PLOT_CHUNK) {
      const chunk = order.slice(from, from + PLOT_CHUNK).map((i) => group.shapes[i]!);
      // Merging plots first leaves fewer, simpler outlines to offset than one offset per plot.
      const raw = toClipPaths(chunk);
      out.push(own(clipUnion(raw)));
      freeClipPaths(raw);
    }
    return out;
  }

  private sourceGroups(input: SurfaceInput): SourceGroup[] {
    const { ds, table } = input;
    const groups = new Map<string, SourceGroup>();
    const seenZones = new Set<string>();
    for (const s of prepareRules(ds, table, input.view).sources) {
      const fmCondition = s.fmZone >= 0 && functiemengingConditions(s.functiemenging).length > 0;
      const key = `${s.category}|${s.fmZone}|${fmCondition ? 'c' : ''}`;
      let g = groups.get(key);
      if (!g) {
        g = {
          category: s.category,
          fmZone: s.fmZone,
          fmCondition,
          shapes: [],
          pointsXy: [],
          signature: HASH_SEED,
          bbox: [Infinity, Infinity, -Infinity, -Infinity],
        };
        g.signature = hashText(g.signature, key);
        if (s.fmZone >= 0)
          g.signature = hashNumbers(g.signature, [zoneSignature(ds.zones[s.fmZone]!)]);
        groups.set(key, g);
      }
      if (s.shape.kind === 'area') {
        // Sources measured from the same zone share one shape.
        if (s.zoneId !== undefined) {
          if (seenZones.has(`${key}|${s.zoneId}`)) continue;
          seenZones.add(`${key}|${s.zoneId}`);
        }
        g.shapes.push(s.shape.multi);
        growBbox(g.bbox, s.bbox);
        g.signature = hashShape(g.signature, s.shape.multi);
      } else {
        g.pointsXy.push(s.shape.point[0], s.shape.point[1]);
        growBbox(g.bbox, s.bbox);
        g.signature = hashNumbers(g.signature, s.shape.point);
      }
    }
    return [...groups.values()];
  }

  /**
   * Vertical strips over the study area. Clipper sweeps along y and keeps the edges that
   * cross the current scanline in a list it walks linearly, so its cost grows with the width
   * of the data; cutting the combination steps into strips keeps that list short (measured
   * here: 20,000 discs, one sweep 720 ms, 10 strips 170 ms).
   */
  private strips(input: SurfaceInput, options: SurfaceOptions): BboxRd[] {
    const box = bboxOf([input.studyArea]);
    if (!box) return [];
    const width = options.stripWidthM ?? DEFAULT_STRIP_WIDTH_M;
    const n = Math.max(1, Math.round((box[2] - box[0]) / width));
    const out: BboxRd[] = [];
    for (let i = 0; i < n; i++) {
      const x0 = i === 0 ? box[0] - 1 : box[0] + ((box[2] - box[0]) * i) / n;
      const x1 = i === n - 1 ? box[2] + 1 : box[0] + ((box[2] - box[0]) * (i + 1)) / n;
      // Whole centimetres, so neighbouring strips share their seam exactly.
      out.push([Math.round(x0 * 100) / 100, box[1] - 1, Math.round(x1 * 100) / 100, box[3] + 1]);
    }
    return out;
  }

  private housingClasses(
    input: SurfaceInput,
    options: SurfaceOptions,
    own: (h: ClipPaths) => ClipPaths,
  ): StripClasses[] {
    const { ds, table } = input;
    const arcTolM = options.arcToleranceM ?? SURFACE_ARC_TOLERANCE_M;
    const simplifyM = options.simplifyToleranceM ?? SURFACE_SIMPLIFY_TOLERANCE_M;
    const progress = options.onProgress ?? (() => undefined);
    const study = this.study(input);
    const bt = this.zoneUnion(
      ds,
      'bedrijventerrein',
      this.zoneIndexes(ds, (z) => z.zoneType === 'bedrijventerrein'),
    );
    const pw = this.zoneUnion(
      ds,
      'productieve-wijk',
      this.zoneIndexes(ds, (z) => z.zoneType === 'productieve-wijk'),
    );
    const gemengd = this.gemengdArea(ds, table);
    const groups = this.sourceGroups(input);
    const nearG: { paths: ClipPaths; bbox: BboxRd }[] = [];
    const nearR: { paths: ClipPaths; bbox: BboxRd }[] = [];
    groups.forEach((g, gi) => {
      const req = requiredDistancesM(g.category, table);
      const signature = `${g.signature}|${arcTolM}|${req['gemengd-gebied']}|${req['rustige-woonwijk']}`;
      let chunks: ClipPaths[] | null = null;
      const plotChunks = (): ClipPaths[] => (chunks ??= this.plotChunks(g, own));
      const build = (distanceM: number) => (): ClipPaths => {
        const buffered = this.bufferGroup(g, distanceM, arcTolM, plotChunks);
        // Class B/C: inside the zone a condition replaces the distance, still voorwaardelijk.
        if (g.fmZone < 0 || g.fmCondition) return buffered;
        // Inside the same functiemenging zone the function-mixing list replaces distances.
        const fm = toClipPaths([ds.zones[g.fmZone]!.geometryRd]);
        const out = clipDifference(buffered, fm);
        freeClipPaths(buffered, fm);
        return out;
      };
      const key = `${input.view}|${g.category}|${g.fmZone}|${g.fmCondition ? 'c' : ''}`;
      const grow = (d: number): BboxRd => [
        g.bbox[0] - d,
        g.bbox[1] - d,
        g.bbox[2] + d,
        g.bbox[3] + d,
      ];
      nearG.push({
        paths: this.memo(`bus:gemengd:${key}`, signature, build(req['gemengd-gebied'])),
        bbox: grow(req['gemengd-gebied']),
      });
      nearR.push({
        paths: this.memo(`bus:rustig:${key}`, signature, build(req['rustige-woonwijk'])),
        bbox: grow(req['rustige-woonwijk']),
      });
      progress((0.5 * (gi + 1)) / groups.length, 'buffers');
    });
    const strips = this.strips(input, options);
    return strips.map((rect, si) => {
      const cut = (h: ClipPaths): ClipPaths => own(clipRect(h, rect));
      const inStrip = (list: { paths: ClipPaths; bbox: BboxRd }[]): ClipPaths[] =>
        list.filter((x) => overlaps(x.bbox, rect)).map((x) => cut(x.paths));
      const studyS = cut(study);
      // Only the plan bans (homes on a bedrijventerrein); every distance shortfall asks for
      // something (motivation or onderzoek): voorwaardelijk.
      const rRustig = own(clipBoolean('difference', inStrip(nearR), [cut(gemengd)]));
      const vParts = [rRustig, cut(pw), ...inStrip(nearG)];
      const result = stripClasses(rect, studyS, [cut(bt)], vParts, own, simplifyM);
      progress(0.5 + (0.4 * (si + 1)) / strips.length, 'classes');
      return result;
    });
  }

  private businessClasses(
    input: SurfaceInput,
    demand: BusinessDemand,
    options: SurfaceOptions,
    own: (h: ClipPaths) => ClipPaths,
  ): StripClasses[] {
    const { ds, table } = input;
    const progress = options.onProgress ?? (() => undefined);
    const simplifyM = options.simplifyToleranceM ?? SURFACE_SIMPLIFY_TOLERANCE_M;
    const study = this.study(input);
    const zones = this.businessZones(ds, demand, table);
    progress(0.1, 'zones');

    // Dwellings: only those within reach of a zone that allows the program can matter. A
    // dwelling's distance makes a place voorwaardelijk at worst, so where a zone already asks
    // a condition (voorwaardelijk) or refuses, no disc changes the class: of the 300 city zones
    // 216 are voorwaardelijk for a plain category (mixed zones, 72,000 dwellings in their
    // boxes) and only 84 toegestaan (1,000 dwellings; issue 15).
    const req = requiredDistancesM(demand.category, table);
    const reach = Math.max(req['rustige-woonwijk'], req['gemengd-gebied']);
    const candidates = candidateDwellings(input, zones.allowed, reach);
    const fmZones = zones.open.filter((i) =>
      isUnderFunctiemenging(ds.zones[i]!, demand.functiemenging),
    );
    const discs: DiscSet = {
      ds,
      candidates,
      reach,
      gemengdM: req['gemengd-gebied'],
      rustigM: req['rustige-woonwijk'],
      arcTolM: options.arcToleranceM ?? SURFACE_ARC_TOLERANCE_M,
      signature: `${candidates.dwellingHash}|${zones.demandKey}`,
      areas: candidateAreas(input, zones.allowed, reach),
      fmFreeM: fmZones.length > 0 ? fmFreeDepths(ds, candidates, fmZones, reach) : null,
    };
    const allowed = new Set(zones.allowed);
    const fm = this.functiemengingParts(discs, fmZones, (zi) => allowed.has(zi), own);
    const fmUnion = fmZones.length ? this.zoneRings(ds, `fm:${zones.demandKey}`, fmZones) : null;
    // A B/C class carries its condition wherever a functiemenging zone covers it.
    const fmCondition = functiemengingConditions(demand.functiemenging).length > 0;
    progress(0.3, 'buffers');

    const allNearG = this.openZoneDiscs(discs, zones.allowed, false);
    const allNearR = this.openZoneDiscs(discs, zones.allowed, true);
    // Sensitive areas: the buffers of their outlines go where the dwellings' discs go.
    const areaG = this.areaBuffers(discs, 'open', () => true, false);
    const areaR = this.areaBuffers(discs, 'open', () => true, true);
    const strips = this.strips(input, options);
    return strips.map((rect, si) => {
      const cut = (h: ClipPaths): ClipPaths => own(clipRect(h, rect));
      const studyS = cut(study);
      const outside = own(clipDifference(studyS, cut(zones.all)));
      // Each class over all its parts at once (no union of the parts first).
      let nDw = [cut(allNearG)];
      let vDw = [cut(allNearR)];
      if (areaG) nDw.push(cut(areaG));
      if (areaR) vDw.push(cut(areaR));
      if (fmUnion) {
        const rest = own(clipDifference(studyS, cut(fmUnion)));
        nDw = nDw.map((h) => own(clipIntersection(h, rest)));
        vDw = vDw.map((h) => own(clipIntersection(h, rest)));
        for (const z of fm) {
          if (!overlaps(z.bbox, rect)) continue;
          const region = cut(z.region);
          nDw.push(own(clipIntersection(cut(z.nearG), region)));
          vDw.push(own(clipIntersection(cut(z.nearR), region)));
          if (z.areaG) nDw.push(own(clipIntersection(cut(z.areaG), region)));
          if (z.areaR) vDw.push(own(clipIntersection(cut(z.areaR), region)));
        }
      }
      // The plan bans (no zone, zone refuses); dwellings within a guide distance ask for
      // onderzoek or a motivation, and a B/C functiemenging zone for its condition: V.
      const cond = fmCondition && fmUnion ? [cut(fmUnion)] : [];
      const vParts = [cut(zones.conditional), ...vDw, ...nDw, ...cond];
      const result = stripClasses(
        rect,
        studyS,
        [outside, cut(zones.refused)],
        vParts,
        own,
        simplifyM,
      );
      progress(0.3 + (0.6 * (si + 1)) / strips.length, 'classes');
      return result;
    });
  }

  /**
   * The zones for a business demand: the worst effect of each zone's permission codes (the
   * decision table), the indexes of the zones that do not refuse it, and the rings of all,
   * refused and conditional zones (cached by content).
   */
  private businessZones(ds: Dataset, demand: BusinessDemand, table: DistanceTable) {
    const zoneClass = ds.zones.map((z) =>
      zonePermissionCodes(z, demand.category, demand.functiemenging, table).reduce<VerdictLevel>(
        (acc, code) => worst(acc, REASON_EFFECT[code]),
        'toegestaan',
      ),
    );
    const demandKey = `${demand.category}|${demand.functiemenging ?? ''}`;
    const where = (level: VerdictLevel): number[] =>
      zoneClass.flatMap((c, i) => (c === level ? [i] : []));
    return {
      demandKey,
      open: zoneClass.flatMap((c, i) => (c === 'niet-toegestaan' ? [] : [i])),
      /** The zones that allow the program without a condition: only there can a disc matter. */
      allowed: where('toegestaan'),
      all: this.zoneRings(
        ds,
        'all',
        ds.zones.map((_, i) => i),
      ),
      refused: this.zoneRings(ds, `n:${demandKey}`, where('niet-toegestaan')),
      conditional: this.zoneRings(ds, `v:${demandKey}`, where('voorwaardelijk')),
    };
  }

  /**
   * Discs of the candidate dwellings that pass `keep`, within the gemengd (or, for rustig
   * dwellings only, the rustig) guide distance, cut to a box; cached per key.
   */
  private dwellingDiscs(
    set: DiscSet,
    key: string,
    keep: (k: number) => boolean,
    rustigOnly: boolean,
    clipTo: BboxRd,
    among?: readonly number[],
  ): ClipPaths {
    const { candidates: c, ds } = set;
    const distanceM = rustigOnly ? set.rustigM : set.gemengdM;
    // The dwellings to look at: those near one zone when given, else every candidate.
    const pool = among ?? c.sorted;
    return this.memo(
      `dw:${rustigOnly ? 'rustig' : 'gemengd'}:${key}`,
      `${set.signature}|${set.arcTolM}|${distanceM}`,
      () => {
        const xy: number[] = [];
        const free = set.fmFreeM;
        for (const k of pool) {
          if (!(c.nearestOpenM[k]! < set.reach)) continue;
          if (!keep(k)) continue;
          if (rustigOnly && !c.isRustig[k]) continue;
          if (c.nearestOpenM[k]! >= distanceM) continue;
          if (free && free[k]! >= distanceM + FM_SKIP_MARGIN_M) continue;
          xy.push(ds.dwellings.xs[k]!, ds.dwellings.ys[k]!);
        }
        return clipBufferPoints(xy, distanceM, set.arcTolM, { merge: false, clipTo });
      },
    );
  }

  /**
   * Discs of the candidate dwellings, only where they can matter: inside the box of an open
   * zone (outside the open zones every point is refused already). Per zone, unmerged; each
   * strip merges its part.
   */
  private openZoneDiscs(set: DiscSet, open: readonly number[], rustigOnly: boolean): ClipPaths {
    const { candidates: c, ds } = set;
    const distanceM = rustigOnly ? set.rustigM : set.gemengdM;
    return this.memo(
      `dw:${rustigOnly ? 'rustig' : 'gemengd'}:open`,
      `${set.signature}|${set.arcTolM}|${distanceM}`,
      () => {
        const parts: ClipPaths[] = [];
        const free = set.fmFreeM;
        for (const i of open) {
          const box = ds.zones[i]!.bboxRd;
          const xy: number[] = [];
          // The index search of the box grown by distanceM ≤ reach, as a filter.
          const [qx0, qy0] = [box[0] - distanceM, box[1] - distanceM];
          const [qx1, qy1] = [box[2] + distanceM, box[3] + distanceM];
          for (const k of c.nearZone.get(i) ?? []) {
            if (!(c.nearestOpenM[k]! < distanceM)) continue;
            if (rustigOnly && !c.isRustig[k]) continue;
            if (free && free[k]! >= distanceM + FM_SKIP_MARGIN_M) continue;
            const x = ds.dwellings.xs[k]!;
            const y = ds.dwellings.ys[k]!;
            if (x < qx0 || x > qx1 || y < qy0 || y > qy1) continue;
            xy.push(x, y);
          }
          if (xy.length === 0) continue;
          parts.push(clipBufferPoints(xy, distanceM, set.arcTolM, { merge: false, clipTo: box }));
        }
        const out = clipConcat(parts);
        freeClipPaths(...parts);
        return out;
      },
    );
  }

  /**
   * Buffers of the candidate areas that pass `keep`, by the gemengd (or, for rustig areas only,
   * the rustig) guide distance: only areas closer to an open zone than that distance; cached
   * per key like the discs. Null without such areas (no step at all).
   */
  private areaBuffers(
    set: DiscSet,
    key: string,
    keep: (a: SensitiveAreaRecord) => boolean,
    rustigOnly: boolean,
  ): ClipPaths | null {
    const c = set.areas;
    if (!c) return null;
    const distanceM = rustigOnly ? set.rustigM : set.gemengdM;
    if (!(distanceM > 0)) return null;
    const picked = c.areas.filter(
      (a, j) => c.nearestOpenM[j]! < distanceM && (!rustigOnly || c.isRustig[j]) && keep(a),
    );
    if (picked.length === 0) return null;
    return this.memo(
      `dw:area:${rustigOnly ? 'rustig' : 'gemengd'}:${key}`,
      `${set.signature}|${c.hash}|${picked.length}|${set.arcTolM}|${distanceM}`,
      () => {
        // Overlapping areas are merged first, then offset once (as the plots are).
        const raw = toClipPaths(picked.map((a) => a.geometryRd));
        const merged = clipUnion(raw);
        const out = clipBuffer(merged, distanceM, set.arcTolM);
        freeClipPaths(raw, merged);
        return out;
      },
    );
  }

  /**
   * Functiemenging zones (first in dataset order holding p decides): per zone, the discs of
   * the dwellings outside it (and the buffers of the areas whose anchor lies outside it), and
   * the part of the zone where it decides.
   */
  private functiemengingParts(
    set: DiscSet,
    fmZones: readonly number[],
    needsDiscs: (zoneIndex: number) => boolean,
    own: (h: ClipPaths) => ClipPaths,
  ): {
    bbox: BboxRd;
    region: ClipPaths;
    nearG: ClipPaths;
    nearR: ClipPaths;
    areaG: ClipPaths | null;
    areaR: ClipPaths | null;
  }[] {
    const { ds, reach } = set;
    // Every functiemenging zone decides where it is first, but only those that allow the
    // program need discs (elsewhere the zone's condition or refusal decides already).
    return fmZones.flatMap((fi, n) => {
      if (!needsDiscs(fi)) return [];
      const zone = ds.zones[fi]!;
      const [x0, y0, x1, y1] = zone.bboxRd;
      const earlier = fmZones
        .slice(0, n)
        .filter((ei) => overlaps(ds.zones[ei]!.bboxRd, zone.bboxRd));
      const f = own(toClipPaths([zone.geometryRd]));
      const region =
        earlier.length === 0
          ? f
          : own(clipDifference(f, own(toClipPaths(earlier.map((ei) => ds.zones[ei]!.geometryRd)))));
      const near = set.candidates.nearZone.get(fi) ?? [];
      const keep = (k: number): boolean => {
        const x = ds.dwellings.xs[k]!;
        const y = ds.dwellings.ys[k]!;
        if (x < x0 - reach || x > x1 + reach || y < y0 - reach || y > y1 + reach) return false;
        return !isPointInMultiPolygon([x, y], zone.geometryRd);
      };
      const keepArea = (a: SensitiveAreaRecord): boolean =>
        bboxDistanceM(a.bboxRd, zone.bboxRd) < reach &&
        !isPointInMultiPolygon(a.anchorRd, zone.geometryRd);
      return [
        {
          bbox: zone.bboxRd,
          region,
          // Only the part inside the zone is used (intersected with its region by the strip).
          // Only dwellings within reach of the zone's box can reach into it (candidateDwellings
          // found them per zone): no pass over every candidate per zone.
          nearG: this.dwellingDiscs(set, `fm${fi}`, keep, false, zone.bboxRd, near),
          nearR: this.dwellingDiscs(set, `fm${fi}`, keep, true, zone.bboxRd, near),
          areaG: this.areaBuffers(set, `fm${fi}`, keepArea, false),
          areaR: this.areaBuffers(set, `fm${fi}`, keepArea, true),
        },
      ];
    });
  }

  /**
   * Computes the three classes of a program over the study area, with statistics.
   * @param input dataset, study area and distance table (see `buildSurfaceInput`)
   * @param program housing, a category or an activity (the location check's `Program`)
   * @param options arc tolerance, progress callback, statistics on/off
   * @returns the class features in RD (per class and strip, see `SurfaceClassCollection`) and the statistics
   * @example const { classes, stats } = engine.computeSurface(input, { kind: 'housing' });
   */
  computeSurface(
    input: SurfaceInput,
    program: SurfaceProgram,
    options: SurfaceOptions = {},
  ): SurfaceResult {
    const timingsMs: Record<string, number> = {};
    let t0 = performance.now();
    const lap = (name: string): void => {
      const t1 = performance.now();
      timingsMs[name] = t1 - t0;
      t0 = t1;
    };
    this.used.clear();
    this.lastRebuilt = [];
    callSignatures = new Map();
    const demand = programDemand(program);
    const owned: ClipPaths[] = [];
    const own = (h: ClipPaths): ClipPaths => {
      owned.push(h);
      return h;
    };
    try {
      const strips = demand
        ? this.businessClasses(input, demand, options, own)
        : this.housingClasses(input, options, own);
      lap('classes');
      // One feature per class and strip (each a valid MultiPolygon), or per class when joined.
      const parts = SURFACE_CLASSES.flatMap((cls) => {
        if (!options.mergeSeams) {
          return strips
            .map((strip) => ({ cls, coordinates: fromClipPaths(strip.byClass[cls]) }))
            .filter((part) => part.coordinates.length > 0);
        }
        // One union over all strips joins the parts the seams cut: a city-wide sweep.
        const all = own(clipConcat(strips.map((strip) => strip.byClass[cls])));
        return [{ cls, coordinates: fromClipPaths(all) }];
      });
      lap('geojson');
      const stats = computeSurfaceStats(input, strips, {
        withSplits: options.withStats !== false,
        // The zone unions of the classes (and of earlier calls) serve the statistics too.
        zoneUnion: (key, indexes) => this.zoneUnion(input.ds, key, indexes),
        zoneRings: (key, indexes) => this.zoneRings(input.ds, key, indexes),
      });
      lap('stats');
      const classes: SurfaceClassCollection = {
        type: 'FeatureCollection',
        features: parts.map(({ cls, coordinates }) => ({
          type: 'Feature',
          properties: {
            class: cls,
            areaHa: stats.perClass[cls].areaHa,
            pct: stats.perClass[cls].pct,
          },
          geometry: { type: 'MultiPolygon', coordinates },
        })),
      };
      options.onProgress?.(1, 'done');
      return { program, classes, stats, timingsMs };
    } finally {
      callSignatures = null;
      freeClipPaths(...owned);
      this.sweep(demand ? ['dw:'] : ['bus:']);
    }
  }

  /**
   * Hindrance contours (milieucontouren): for each business, the guide-distance contour for
   * both omgevingstypes, measured from what the location check measures from (plot,
   * permitting zone or point); zero distances are skipped.
   * @param input dataset and distance table
   * @param arcToleranceM largest inward deviation of arcs, metres
   * @returns one MultiPolygon feature per measuring geometry and omgevingstype, in RD
   * @example engine.computeContours(input).features[0]?.properties.label // "3.1 · 50 m"
   */
  computeContours(
    input: Pick<SurfaceInput, 'ds' | 'table' | 'view'>,
    arcToleranceM = SURFACE_ARC_TOLERANCE_M,
  ): ContourCollection {
    const { ds, table } = input;
    const features: ContourFeature[] = [];
    const byZone = new Map<string, ContourFeature[]>();
    for (const s of prepareRules(ds, table, input.view).sources) {
      const businessId = s.bi >= 0 ? ds.businesses[s.bi]!.id : (s.zoneId ?? '');
      const zoneKey = s.zoneId !== undefined ? `${s.zoneId}|${s.category}` : null;
      const shared = zoneKey ? byZone.get(zoneKey) : undefined;
      if (shared) {
        for (const f of shared) f.properties.businessId += `,${businessId}`;
        continue;
      }
      const source = s.shape.kind === 'area' ? toClipPaths([s.shape.multi]) : null;
      const made: ContourFeature[] = [];
      for (const kind of ['rustige-woonwijk', 'gemengd-gebied'] as const) {
        const distanceM = s.requiredM[kind];
        if (!(distanceM > 0)) continue;
        const out = source
          ? clipBuffer(source, distanceM, arcToleranceM)
          : clipBufferPoints(
              s.shape.kind === 'point' ? s.shape.point : [],
              distanceM,
              arcToleranceM,
            );
        const coordinates = fromClipPaths(out);
        freeClipPaths(out);
        made.push({
          type: 'Feature',
          properties: {
            businessId,
            milieucategorie: s.category as Milieucategorie,
            kind,
            distanceM,
            measuredFrom: s.measuredFrom,
            label: `${s.category} · ${distanceM} m`,
          },
          geometry: { type: 'MultiPolygon', coordinates },
        });
      }
      if (source) freeClipPaths(source);
      if (zoneKey) byZone.set(zoneKey, made);
      features.push(...made);
    }
    return { type: 'FeatureCollection', features };
  }
}

/**
 * One-shot surface computation (no cache kept between calls).
 * @param input dataset, study area and distance table
 * @param program housing, a category or an activity
 * @param options see {@link SurfaceOptions}
 * @returns classes (RD) and statistics
 * @example await initClipper(); computeSurface(buildSurfaceInput(ds), { kind: 'housing' })
 */
export function computeSurface(
  input: SurfaceInput,
  program: SurfaceProgram,
  options: SurfaceOptions = {},
): SurfaceResult {
  const engine = new SurfaceEngine();
  try {
    return engine.computeSurface(input, program, options);
  } finally {
    engine.dispose();
  }
}

/**
 * One-shot hindrance contours for all businesses.
 * @param input dataset and distance table
 * @param arcToleranceM largest inward deviation of arcs, metres
 * @returns contour features in RD
 * @example await initClipper(); computeContours(buildSurfaceInput(ds)).features.length
 */
export function computeContours(
  input: Pick<SurfaceInput, 'ds' | 'table' | 'view'>,
  arcToleranceM = SURFACE_ARC_TOLERANCE_M,
): ContourCollection {
  const engine = new SurfaceEngine();
  try {
    return engine.computeContours(input, arcToleranceM);
  } finally {
    engine.dispose();
  }
}

/** Re-exported for callers typing a distance table. */
export type { DistanceTable };
