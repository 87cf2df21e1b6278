/**
 * The whole-city surface "waar wel, waar niet" (issue 4): where a program (homes, a
 * milieucategorie, an activity) is allowed, conditional or not allowed, as three polygons
 * that mean exactly what the location check means at a point.
 *
 * The rule pieces (guide distances, zone permission, omgevingstype) come from
 * `rules-bridge.ts`; this module only turns them into geometry: a guide distance becomes a
 * buffer, "distance ≥ required → no conflict" makes every buffer an open set, so class
 * boundaries are exactly the points at the required distance.
 *
 * Housing:
 *   N = bedrijventerreinen ∪ ⋃ buffer(business, d_gemengd(cat))
 *   V = ((⋃ buffer(business, d_rustig(cat))) − gemengd gebied) ∪ productieve wijken, − N
 *   T = study area − N − V
 * Business category c (or an activity of category c):
 *   P = zones that permit c
 *   N = (study area − P) ∪ ⋃ buffer(dwelling, d_gemengd(c))
 *   V = ⋃ buffer(dwelling in rustig gebied, d_rustig(c)) − N
 *   T = rest
 */
import type { FeatureCollection, MultiPolygon } from 'geojson';
import Flatbush from 'flatbush';
import {
  clipBuffer,
  clipBufferPoints,
  clipDifference,
  clipEmpty,
  clipIntersection,
  clipUnion,
  clipUnionMany,
  DEFAULT_ARC_TOLERANCE_M,
  freeClipPaths,
  fromClipPaths,
  toClipPaths,
  type ClipPaths,
  type RdPolygonal,
} from '../clip.ts';
import { MILIEUCATEGORIEEN, type Milieucategorie, type ZoneType } from '../domain.ts';
import {
  activityDemand,
  requiredDistanceM,
  zonePermits,
  type BusinessDemand,
} from './rules-bridge.ts';
import {
  bboxOf,
  HASH_SEED,
  hashNumbers,
  hashShape,
  hashText,
  isPointInPolygonal,
} from './geometry.ts';
import { computeSurfaceStats } from './stats.ts';
import {
  SURFACE_CLASSES,
  type ContourFeature,
  type SurfaceBusiness,
  type SurfaceClass,
  type SurfaceClassProperties,
  type SurfaceInput,
  type SurfaceProgram,
  type SurfaceResult,
  type SurfaceZone,
} from './types.ts';

/** Options of {@link SurfaceEngine.computeSurface}. */
export interface SurfaceOptions {
  /** Largest inward deviation of buffer arcs, metres (default 0.1 m, well inside the 0.5 m band). */
  arcToleranceM?: number;
  /** Called between steps with the fraction done (0–1) and the step name. */
  onProgress?: (fraction: number, step: string) => void;
  /** Compute the statistics (default true). */
  withStats?: boolean;
}

interface CacheEntry {
  signature: string;
  paths: ClipPaths;
}

/** The three class geometries while still inside WebAssembly memory. */
interface ClassPaths {
  study: ClipPaths;
  byClass: Record<SurfaceClass, ClipPaths>;
  /** Handles owned by this computation (freed after use); cached ones are not listed. */
  owned: ClipPaths[];
}

function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function hashBusinesses(list: readonly SurfaceBusiness[]): number {
  let h = HASH_SEED;
  for (const b of list) {
    h = hashText(h, b.id);
    if (b.rd) h = hashShape(h, b.rd);
    if (b.xy) h = hashNumbers(h, b.xy);
  }
  return h;
}

function hashZones(zones: readonly SurfaceZone[]): number {
  let h = HASH_SEED;
  for (const z of zones) {
    h = hashText(
      h,
      `${z.id}|${z.zoneType}|${z.maxMilieucategorie}|${z.functiemenging ?? ''}|${z.omgevingstype}`,
    );
    h = hashShape(h, z.rd);
  }
  return h;
}

/**
 * Resolves a program to what it asks of zones, or null for housing.
 * @param program the program
 * @returns category (and functiemenging class) of a business program; null for housing
 * @example programDemand({ kind: 'milieucategorie', category: '3.1' }) // { category: '3.1' }
 */
export function programDemand(program: SurfaceProgram): BusinessDemand | null {
  switch (program.kind) {
    case 'wonen':
      return null;
    case 'milieucategorie':
      return { category: program.category };
    case 'activiteit': {
      const demand = activityDemand(program.activityId);
      if (!demand) throw new Error(`Unknown activity ${program.activityId}`);
      return demand;
    }
  }
}

/**
 * Computes surfaces and contours, keeping buffers of unchanged data between calls: an edit
 * to one business recomputes only the buffers of its category; changing the program reuses
 * the zone unions. Call {@link SurfaceEngine.dispose} to free the WebAssembly memory.
 * `initClipper()` must have resolved first.
 */
export class SurfaceEngine {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly used = new Set<string>();

  /** Frees all cached geometry. */
  dispose(): void {
    for (const entry of this.cache.values()) freeClipPaths(entry.paths);
    this.cache.clear();
  }

  /** Number of cached geometries (for tests of the incremental recomputation). */
  get cacheSize(): number {
    return this.cache.size;
  }

  /** Keys rebuilt by the last computation (for tests of the incremental recomputation). */
  lastRebuilt: string[] = [];

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

  /** Drops cache entries the last computation of the same kind did not use. */
  private sweep(prefixes: readonly string[]): void {
    for (const [key, entry] of this.cache) {
      if (!this.used.has(key) && prefixes.some((p) => key.startsWith(p))) {
        freeClipPaths(entry.paths);
        this.cache.delete(key);
      }
    }
  }

  private zonesOfType(input: SurfaceInput, zoneType: ZoneType, zonesHash: string): ClipPaths {
    return this.memo(`zones:${zoneType}`, zonesHash, () => {
      const raw = toClipPaths(input.zones.filter((z) => z.zoneType === zoneType).map((z) => z.rd));
      const merged = clipUnion(raw);
      freeClipPaths(raw);
      return merged;
    });
  }

  private gemengdArea(input: SurfaceInput, zonesHash: string): ClipPaths {
    return this.memo('zones:gemengd', zonesHash, () => {
      const shapes = input.zones
        .filter((z) => z.omgevingstype === 'gemengd-gebied')
        .map((z) => z.rd);
      const raw = toClipPaths(shapes);
      const merged = clipUnion(raw);
      freeClipPaths(raw);
      return merged;
    });
  }

  private study(input: SurfaceInput): ClipPaths {
    const signature = String(hashShape(HASH_SEED, input.studyArea));
    return this.memo('study', signature, () => {
      const raw = toClipPaths([input.studyArea]);
      const merged = clipUnion(raw);
      freeClipPaths(raw);
      return merged;
    });
  }

  private bufferBusinesses(
    list: readonly SurfaceBusiness[],
    distanceM: number,
    arcTolM: number,
  ): ClipPaths {
    if (!(distanceM > 0) || list.length === 0) return clipEmpty();
    const plots = list.flatMap((b) => (b.rd ? [b.rd] : []));
    const xy: number[] = [];
    for (const b of list) if (!b.rd && b.xy) xy.push(b.xy[0], b.xy[1]);
    // Merging plots first leaves far fewer, simpler outlines to offset than one offset per plot.
    const raw = toClipPaths(plots);
    const merged0 = clipUnion(raw);
    const fromPlots = clipBuffer(merged0, distanceM, arcTolM);
    freeClipPaths(raw, merged0);
    if (xy.length === 0) return fromPlots;
    const fromPoints = clipBufferPoints(xy, distanceM, arcTolM);
    const merged = clipUnion(fromPlots, fromPoints);
    freeClipPaths(fromPlots, fromPoints);
    return merged;
  }

  private housingClasses(input: SurfaceInput, options: SurfaceOptions): ClassPaths {
    const arcTolM = options.arcToleranceM ?? DEFAULT_ARC_TOLERANCE_M;
    const progress = options.onProgress ?? (() => undefined);
    const zonesHash = String(hashZones(input.zones));
    const study = this.study(input);
    const bt = this.zonesOfType(input, 'bedrijventerrein', zonesHash);
    const pw = this.zonesOfType(input, 'productieve-wijk', zonesHash);
    const gemengd = this.gemengdArea(input, zonesHash);
    const groups = groupBy(input.businesses, (b) => b.milieucategorie);
    const nearGemengd: ClipPaths[] = [];
    const nearRustig: ClipPaths[] = [];
    let done = 0;
    for (const category of MILIEUCATEGORIEEN) {
      const list = groups.get(category);
      if (!list) continue;
      const signature = `${hashBusinesses(list)}|${arcTolM}`;
      const dG = requiredDistanceM(category, 'gemengd-gebied');
      const dR = requiredDistanceM(category, 'rustige-woonwijk');
      nearGemengd.push(
        this.memo(`bus:gemengd:${category}`, signature, () =>
          this.bufferBusinesses(list, dG, arcTolM),
        ),
      );
      nearRustig.push(
        this.memo(`bus:rustig:${category}`, signature, () =>
          this.bufferBusinesses(list, dR, arcTolM),
        ),
      );
      done += list.length;
      progress((0.7 * done) / Math.max(1, input.businesses.length), 'buffers');
    }
    const owned: ClipPaths[] = [];
    const own = (h: ClipPaths): ClipPaths => {
      owned.push(h);
      return h;
    };
    const nAll = own(clipUnionMany([bt, ...nearGemengd]));
    const n = own(clipIntersection(nAll, study));
    progress(0.8, 'niet-toegestaan');
    const rAll = own(clipUnionMany(nearRustig));
    const rOutsideGemengd = own(clipDifference(rAll, gemengd));
    const vAll = own(clipUnion(rOutsideGemengd, pw));
    const vInStudy = own(clipIntersection(vAll, study));
    const v = own(clipDifference(vInStudy, n));
    progress(0.9, 'voorwaardelijk');
    const nv = own(clipUnion(n, v));
    const t = own(clipDifference(study, nv));
    return { study, byClass: { toegestaan: t, voorwaardelijk: v, 'niet-toegestaan': n }, owned };
  }

  private businessClasses(
    input: SurfaceInput,
    demand: BusinessDemand,
    options: SurfaceOptions,
  ): ClassPaths {
    const arcTolM = options.arcToleranceM ?? DEFAULT_ARC_TOLERANCE_M;
    const progress = options.onProgress ?? (() => undefined);
    const zonesHash = String(hashZones(input.zones));
    const study = this.study(input);
    const demandKey = `${demand.category}:${demand.functiemenging ?? ''}`;
    const permittingZones = input.zones.filter((z) => zonePermits(z, demand));
    const permitting = this.memo(`permit:${demandKey}`, zonesHash, () => {
      const raw = toClipPaths(permittingZones.map((z) => z.rd));
      const merged = clipUnion(raw);
      freeClipPaths(raw);
      return merged;
    });
    progress(0.2, 'zones');
    const dG = requiredDistanceM(demand.category, 'gemengd-gebied');
    const dR = requiredDistanceM(demand.category, 'rustige-woonwijk');
    const dwellingsSignature = `${zonesHash}|${hashNumbers(HASH_SEED, input.dwellingsXy)}|${arcTolM}`;
    const { allXy, rustigXy } = this.selectDwellings(input, permittingZones, Math.max(dG, dR));
    progress(0.35, 'dwellings');
    const nearG = this.memo(`dw:gemengd:${demand.category}`, dwellingsSignature + demandKey, () =>
      clipBufferPoints(allXy, dG, arcTolM),
    );
    progress(0.55, 'buffers');
    const nearR = this.memo(`dw:rustig:${demand.category}`, dwellingsSignature + demandKey, () =>
      clipBufferPoints(rustigXy, dR, arcTolM),
    );
    progress(0.75, 'buffers');
    const owned: ClipPaths[] = [];
    const own = (h: ClipPaths): ClipPaths => {
      owned.push(h);
      return h;
    };
    const p = own(clipIntersection(permitting, study));
    const ok = own(clipDifference(p, nearG));
    const n = own(clipDifference(study, ok));
    const v = own(clipIntersection(ok, nearR));
    const t = own(clipDifference(ok, nearR));
    progress(0.9, 'classes');
    return { study, byClass: { toegestaan: t, voorwaardelijk: v, 'niet-toegestaan': n }, owned };
  }

  /**
   * Dwellings that can matter: within `maxDistanceM` of the bounding box of a permitting zone
   * (a superset; the intersection with the zones removes the rest), split by the omgevingstype
   * where each stands.
   */
  private selectDwellings(
    input: SurfaceInput,
    permittingZones: readonly SurfaceZone[],
    maxDistanceM: number,
  ): { allXy: Float64Array; rustigXy: Float64Array } {
    const xy = input.dwellingsXy;
    const count = xy.length / 2;
    if (permittingZones.length === 0 || count === 0) {
      return { allXy: new Float64Array(0), rustigXy: new Float64Array(0) };
    }
    const boxes = new Flatbush(permittingZones.length);
    for (const z of permittingZones) {
      const b = bboxOf([z.rd]) ?? [0, 0, 0, 0];
      boxes.add(b[0] - maxDistanceM, b[1] - maxDistanceM, b[2] + maxDistanceM, b[3] + maxDistanceM);
    }
    boxes.finish();
    const gemengdZones = input.zones.filter((z) => z.omgevingstype === 'gemengd-gebied');
    const gemengdIndex = new Flatbush(Math.max(1, gemengdZones.length));
    for (const z of gemengdZones) {
      const b = bboxOf([z.rd]) ?? [0, 0, 0, 0];
      gemengdIndex.add(b[0], b[1], b[2], b[3]);
    }
    if (gemengdZones.length === 0) gemengdIndex.add(0, 0, 0, 0);
    gemengdIndex.finish();
    const all: number[] = [];
    const rustig: number[] = [];
    for (let i = 0; i < count; i++) {
      const x = xy[2 * i]!;
      const y = xy[2 * i + 1]!;
      if (boxes.search(x, y, x, y).length === 0) continue;
      all.push(x, y);
      const isGemengd = gemengdIndex
        .search(x, y, x, y)
        .some((k) => k < gemengdZones.length && isPointInPolygonal(x, y, gemengdZones[k]!.rd));
      if (!isGemengd) rustig.push(x, y);
    }
    return { allXy: Float64Array.from(all), rustigXy: Float64Array.from(rustig) };
  }

  /**
   * Computes the three classes of a program over the study area, with statistics.
   * @param input data in RD metres (see `buildSurfaceInput`)
   * @param program housing, a milieucategorie or an activity
   * @param options arc tolerance, progress callback, statistics on/off
   * @returns three MultiPolygon features in RD and the statistics
   * @example const { classes, stats } = engine.computeSurface(input, { kind: 'wonen' });
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
    const demand = programDemand(program);
    const paths = demand
      ? this.businessClasses(input, demand, options)
      : this.housingClasses(input, options);
    lap('classes');
    try {
      const areasM2 = {} as Record<SurfaceClass, number>;
      const features = SURFACE_CLASSES.map((cls) => {
        const coordinates = fromClipPaths(paths.byClass[cls]);
        return { cls, coordinates };
      });
      lap('geojson');
      const stats = computeSurfaceStats(input, paths.study, paths.byClass, {
        withSplits: options.withStats !== false,
      });
      lap('stats');
      for (const cls of SURFACE_CLASSES) areasM2[cls] = stats.perClass[cls].areaHa * 1e4;
      const classes: FeatureCollection<MultiPolygon, SurfaceClassProperties> = {
        type: 'FeatureCollection',
        features: features.map(({ cls, coordinates }) => ({
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
      freeClipPaths(...paths.owned);
      this.sweep(demand ? ['permit:', 'dw:'] : ['bus:']);
    }
  }

  /**
   * Hindrance contours (milieucontouren): for each business, the guide-distance contour for
   * both omgevingstypes (rustige woonwijk and gemengd gebied), skipping zero distances.
   * @param input data in RD metres
   * @param arcToleranceM largest inward deviation of arcs, metres
   * @returns one MultiPolygon feature per business and omgevingstype, in RD
   * @example engine.computeContours(input).features[0].properties.label // "3.1 · 50 m"
   */
  computeContours(
    input: Pick<SurfaceInput, 'businesses'>,
    arcToleranceM = DEFAULT_ARC_TOLERANCE_M,
  ): FeatureCollection<MultiPolygon, ContourFeature['properties']> {
    const features: ContourFeature[] = [];
    for (const b of input.businesses) {
      const source: ClipPaths | null = b.rd ? toClipPaths([b.rd]) : null;
      for (const kind of ['rustige-woonwijk', 'gemengd-gebied'] as const) {
        const distanceM = requiredDistanceM(b.milieucategorie, kind);
        if (!(distanceM > 0)) continue;
        let out: ClipPaths | null = null;
        if (source) out = clipBuffer(source, distanceM, arcToleranceM);
        else if (b.xy) out = clipBufferPoints(b.xy, distanceM, arcToleranceM);
        if (!out) continue;
        const coordinates = fromClipPaths(out);
        freeClipPaths(out);
        features.push({
          type: 'Feature',
          properties: {
            businessId: b.id,
            milieucategorie: b.milieucategorie,
            kind,
            distanceM,
            label: `${b.milieucategorie} · ${distanceM} m`,
          },
          geometry: { type: 'MultiPolygon', coordinates },
        });
      }
      if (source) freeClipPaths(source);
    }
    return { type: 'FeatureCollection', features };
  }
}

/**
 * One-shot surface computation (no cache kept between calls).
 * @param input data in RD metres
 * @param program housing, a milieucategorie or an activity
 * @param options see {@link SurfaceOptions}
 * @returns classes (RD) and statistics
 * @example await initClipper(); computeSurface(input, { kind: 'wonen' })
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
 * @param input data in RD metres (only the businesses are read)
 * @param arcToleranceM largest inward deviation of arcs, metres
 * @returns contour features in RD
 * @example await initClipper(); computeContours(input).features.length
 */
export function computeContours(
  input: Pick<SurfaceInput, 'businesses'>,
  arcToleranceM = DEFAULT_ARC_TOLERANCE_M,
): FeatureCollection<MultiPolygon, ContourFeature['properties']> {
  const engine = new SurfaceEngine();
  try {
    return engine.computeContours(input, arcToleranceM);
  } finally {
    engine.dispose();
  }
}

/** Re-exported so callers can type a category program. */
export type { Milieucategorie, RdPolygonal };
