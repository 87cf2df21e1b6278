/**
 * Wijkprofielen (issue 16): per buurt (and per wijk, and for the city) the homes, jobs,
 * establishments, business floor area and business land, from the plain buurt polygons,
 * businesses and dwellings of a {@link Dataset} — the demo city's or imported data alike.
 *
 * Counting rules (README § Wijkprofielen):
 * - Businesses and dwellings count by point in buurt (`assign.ts`): a business at its address
 *   point, or at its plot's centroid; a point on a shared boundary counts in the first buurt
 *   in data order.
 * - Homes: the `homes` of dwellings with functie `wonen` (schools and care do not count).
 * - Jobs: a business's `jobs`; without it, its floor area / the m² bvo per job of its kind of
 *   work (src/domain/data/jobs-per-m2.json), counted as estimated.
 * - A buurt in which no dwelling and no business lies has **no data** ("geen gegevens"): its
 *   counts are undefined, never 0. Land figures come from geometry and are always known.
 * - Business land: the area of `bedrijventerrein` zones inside the buurt (planar RD, Clipper
 *   intersection; overlapping zones count once).
 * - Housing program surface: the buurt's hectares *niet toegestaan* / *voorwaardelijk* are
 *   taken from the surface statistics (src/analysis/surface/stats.ts), not recomputed.
 */
import type Flatbush from 'flatbush';
import type { Dataset } from '../../domain/dataset.ts';
import type { BusinessProperties } from '../../domain/domain.ts';
import { jobsOfBusiness, sbiSectionOf } from '../../domain/work.ts';
import {
  clipAreaM2,
  clipIntersection,
  clipRect,
  freeClipPaths,
  isClipEmpty,
  toClipPaths,
} from '../../geo/clip/index.ts';
import {
  bboxOfMultiPolygon,
  centroidOfMultiPolygon,
  multiPolygonAreaM2,
} from '../../geo/planar.ts';
import type { BboxRd, MultiPolygonRd } from '../../geo/types.ts';
import type { SurfaceStatsRow } from '../surface/types.ts';
import { assignPointsToBuurten, indexPoints, NO_BUURT } from './assign.ts';

/** A buurt with its wijk, as the profiles use it. */
export interface BuurtRegion {
  id: string;
  name: string;
  /** Wijk code (see {@link wijkOf}). */
  wijk: string;
  geometryRd: MultiPolygonRd;
  bboxRd: BboxRd;
  areaM2: number;
}

/** The summable figures of a buurt, a wijk or the city; indicators derive from them. */
export interface ProfielCounts {
  /** Planar area, m². */
  areaM2: number;
  /** Addresses with functie wonen. */
  dwellings: number;
  homes: number;
  /** Dwellings (addresses) with a known floor area (`bvoM2`) and the sum of those areas. */
  dwellingsWithFloorArea: number;
  housingBvoM2: number;
  establishments: number;
  jobs: number;
  /** Part of `jobs` that is estimated from floor area. */
  jobsEstimated: number;
  /** Establishments whose jobs are estimated. */
  establishmentsEstimated: number;
  /** Establishments without jobs and without a way to estimate them (counted as 0 jobs). */
  establishmentsJobsUnknown: number;
  /** Establishments per SBI section letter; '?' for an unknown or missing SBI code. */
  bySection: Record<string, number>;
  /** Establishments per milieucategorie; '?' for none. */
  byCategory: Record<string, number>;
  /** Business floor area, m² bvo, and its split by kind of work ('?' for unknown). */
  bvoM2: number;
  bvoByWorkType: Record<string, number>;
  /** Area of bedrijventerrein inside, m². */
  businessLandM2: number;
  /**
   * From the housing surface statistics: the area covered by them and the parts niet
   * toegestaan / voorwaardelijk, m²; undefined when the statistics were not given.
   */
  housingSurface?: { studyM2: number; nietM2: number; voorwaardelijkM2: number };
}

/** Counts of one buurt, wijk or the city with its identity. */
export interface Profiel extends ProfielCounts {
  id: string;
  name: string;
  wijk: string;
  /** false: no dwelling and no business lies in it ("geen gegevens"). */
  hasData: boolean;
}

/** All profiles. */
export interface Wijkprofielen {
  buurten: Profiel[];
  wijken: Profiel[];
  /** The city: the sum of all buurten (points in no buurt are not in it; see `outside`). */
  city: Profiel;
  /** Dwellings (wonen) and businesses that lie in no buurt. */
  outside: { dwellings: number; homes: number; establishments: number; jobs: number };
}

/** Options for {@link computeWijkprofielen}. */
export interface WijkprofielOptions {
  /** Per-buurt rows of the housing surface statistics (`SurfaceStats.perBuurt`), by buurt id. */
  housingSurface?: readonly SurfaceStatsRow[];
  /** Regions to use instead of deriving them from the dataset (e.g. cached). */
  regions?: readonly BuurtRegion[];
}

const WIJK_KEYS = ['wijk', 'wijkcode', 'wijk_code', 'wijkkode', 'wk_code'];

/**
 * The wijk of a buurt: a `wijk`/`wijkcode`/`WIJKKODE`/`WK_CODE` property (any case); else,
 * from a CBS buurtcode `BUggggwwbb` (its `code` or id), the wijkcode `WKggggww`; else "?".
 * @param id buurt id
 * @param properties the buurt feature's properties
 * @returns the wijk code
 * @example wijkOf('BU03440111', {}) // 'WK034401'
 */
export function wijkOf(id: string, properties: Record<string, unknown>): string {
  for (const [k, v] of Object.entries(properties)) {
    if (!WIJK_KEYS.includes(k.toLowerCase())) continue;
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  for (const c of [properties.code, properties.buurtcode, properties.BU_CODE, id]) {
    const m = typeof c === 'string' ? /^BU(\d{6})\d{2}$/.exec(c.trim()) : null;
    if (m) return `WK${m[1]}`;
  }
  return '?';
}

/**
 * The buurten of a dataset with their wijk, box and planar area.
 * @param ds the dataset
 * @returns regions in data order
 * @example buurtRegionsOf(ds)[0].areaM2
 */
export function buurtRegionsOf(ds: Dataset): BuurtRegion[] {
  return ds.neighbourhoods.map((n) => ({
    id: n.id,
    name: n.name,
    wijk: wijkOf(n.id, n.properties ?? {}),
    geometryRd: n.geometryRd,
    bboxRd: bboxOfMultiPolygon(n.geometryRd),
    areaM2: multiPolygonAreaM2(n.geometryRd),
  }));
}

/**
 * @param areaM2 the area of the region
 * @returns counts with everything at zero
 * @example emptyCounts(0).homes // 0
 */
export function emptyCounts(areaM2: number): ProfielCounts {
  return {
    areaM2,
    dwellings: 0,
    homes: 0,
    dwellingsWithFloorArea: 0,
    housingBvoM2: 0,
    establishments: 0,
    jobs: 0,
    jobsEstimated: 0,
    establishmentsEstimated: 0,
    establishmentsJobsUnknown: 0,
    bySection: {},
    byCategory: {},
    bvoM2: 0,
    bvoByWorkType: {},
    businessLandM2: 0,
  };
}

function bump(m: Record<string, number>, k: string, v: number): void {
  m[k] = (m[k] ?? 0) + v;
}

function finiteNonNegative(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined;
}

/** Where a business counts: its address point, else its plot's centroid. */
export function businessPointOf(b: Dataset['businesses'][number]): [number, number] | undefined {
  return b.pointRd ?? (b.plotRd ? centroidOfMultiPolygon(b.plotRd) : undefined);
}

/** Business points of a dataset as flat arrays, with their index (built once per dataset). */
export interface BusinessPoints {
  xs: Float64Array;
  ys: Float64Array;
  /** Per point: index into `ds.businesses`. */
  business: Uint32Array;
  count: number;
  index: Flatbush | null;
}

const pointsCache = new WeakMap<Dataset, BusinessPoints>();

/**
 * The points where the dataset's businesses count (see {@link businessPointOf}).
 * @param ds the dataset
 * @returns flat arrays and a flatbush index, cached per dataset
 * @example businessPointsOf(ds).count
 */
export function businessPointsOf(ds: Dataset): BusinessPoints {
  const known = pointsCache.get(ds);
  if (known) return known;
  const n = ds.businesses.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const business = new Uint32Array(n);
  let count = 0;
  ds.businesses.forEach((b, i) => {
    const p = businessPointOf(b);
    if (!p) return;
    xs[count] = p[0];
    ys[count] = p[1];
    business[count++] = i;
  });
  const out = { xs, ys, business, count, index: indexPoints(xs, ys, count) };
  pointsCache.set(ds, out);
  return out;
}

/**
 * Computes the profiles of every buurt, every wijk and the city.
 * Needs Clipper2 loaded (`await initClipper()` from src/geo/clip.ts) for the business land.
 * @param ds the dataset (its neighbourhoods, businesses, dwellings and zones)
 * @param options housing surface statistics per buurt; cached regions
 * @returns the profiles (counts; indicators via `indicators.ts`)
 * @example computeWijkprofielen(ds).buurten[0].homes
 */
export function computeWijkprofielen(ds: Dataset, options: WijkprofielOptions = {}): Wijkprofielen {
  const regions = options.regions ?? buurtRegionsOf(ds);
  const counts = regions.map((r) => emptyCounts(r.areaM2));
  const hasPoint = new Uint8Array(regions.length);
  const outside = { dwellings: 0, homes: 0, establishments: 0, jobs: 0 };

  // Dwellings.
  const d = ds.dwellings;
  const inBuurt = assignPointsToBuurten(regions, d.xs, d.ys, d.count, ds.dwellingIndex);
  for (let k = 0; k < d.count; k++) {
    const props = d.layers[d.layerOf[k]!]!.features[d.featureOf[k]!]?.properties;
    const functie = props?.functie;
    if (functie !== undefined && functie !== 'wonen') continue;
    const homes = d.homes[k]!;
    const b = inBuurt[k]!;
    if (b === NO_BUURT) {
      outside.dwellings++;
      outside.homes += homes;
      continue;
    }
    const c = counts[b]!;
    hasPoint[b] = 1;
    c.dwellings++;
    c.homes += homes;
    const floor = finiteNonNegative(props?.bvoM2);
    if (floor !== undefined) {
      c.dwellingsWithFloorArea++;
      c.housingBvoM2 += floor;
    }
  }

  // Businesses.
  const bp = businessPointsOf(ds);
  const bInBuurt = assignPointsToBuurten(regions, bp.xs, bp.ys, bp.count, bp.index);
  for (let k = 0; k < bp.count; k++) {
    const biz = ds.businesses[bp.business[k]!]!;
    const props = biz.properties as Partial<BusinessProperties> & Record<string, unknown>;
    const jobs = jobsOfBusiness(props);
    const b = bInBuurt[k]!;
    if (b === NO_BUURT) {
      outside.establishments++;
      outside.jobs += jobs.jobs;
      continue;
    }
    const c = counts[b]!;
    hasPoint[b] = 1;
    c.establishments++;
    c.jobs += jobs.jobs;
    if (jobs.isEstimated) {
      c.jobsEstimated += jobs.jobs;
      c.establishmentsEstimated++;
    }
    if (jobs.isUnknown) c.establishmentsJobsUnknown++;
    bump(c.bySection, sbiSectionOf(biz.sbi) ?? '?', 1);
    bump(c.byCategory, biz.milieucategorie ?? '?', 1);
    const bvo = finiteNonNegative(props.bvoM2) ?? 0;
    c.bvoM2 += bvo;
    if (bvo > 0) bump(c.bvoByWorkType, jobs.workType?.id ?? '?', bvo);
  }

  addBusinessLand(ds, regions, counts);

  if (options.housingSurface) {
    const rows = new Map(options.housingSurface.map((r) => [r.id, r]));
    regions.forEach((r, i) => {
      const row = rows.get(r.id);
      if (!row) return;
      counts[i]!.housingSurface = {
        studyM2: row.areaHa * 10_000,
        nietM2: row.perClass['niet-toegestaan'].areaHa * 10_000,
        voorwaardelijkM2: row.perClass.voorwaardelijk.areaHa * 10_000,
      };
    });
  }

  const buurten: Profiel[] = regions.map((r, i) => ({
    ...counts[i]!,
    id: r.id,
    name: r.name,
    wijk: r.wijk,
    hasData: hasPoint[i] === 1,
  }));
  const wijkIds = [...new Set(regions.map((r) => r.wijk))];
  const wijken = wijkIds.map((w) =>
    sumProfiles(
      w,
      w,
      w,
      buurten.filter((b) => b.wijk === w),
    ),
  );
  return { buurten, wijken, city: sumProfiles('stad', 'stad', '', buurten), outside };
}

/** Area of bedrijventerrein inside each buurt (zones found through the zone index). */
function addBusinessLand(
  ds: Dataset,
  regions: readonly BuurtRegion[],
  counts: ProfielCounts[],
): void {
  const parks = ds.zones.filter((z) => z.zoneType === 'bedrijventerrein');
  if (parks.length === 0) return;
  // All parks copied once; per buurt a linear rectangle cut, then one exact intersection
  // (non-zero fill: overlapping parks count once).
  const all = toClipPaths(parks.map((z) => z.geometryRd));
  try {
    regions.forEach((r, i) => {
      const local = clipRect(all, r.bboxRd);
      if (isClipEmpty(local)) {
        freeClipPaths(local);
        return;
      }
      const buurt = toClipPaths([r.geometryRd]);
      const inside = clipIntersection(buurt, local);
      counts[i]!.businessLandM2 = clipAreaM2(inside);
      freeClipPaths(buurt, local, inside);
    });
  } finally {
    freeClipPaths(all);
  }
}

/**
 * Sums profiles (a wijk from its buurten, the city from all). Regions without data add
 * nothing but their area; the sum has data when any part has.
 * @param id id of the sum
 * @param name its name
 * @param wijk its wijk code
 * @param parts the profiles to add
 * @returns the summed profile
 * @example sumProfiles('WK099900', 'WK099900', 'WK099900', buurten).homes
 */
export function sumProfiles(
  id: string,
  name: string,
  wijk: string,
  parts: readonly Profiel[],
): Profiel {
  const out: Profiel = { ...emptyCounts(0), id, name, wijk, hasData: false };
  let surfaceParts = 0;
  const surface = { studyM2: 0, nietM2: 0, voorwaardelijkM2: 0 };
  for (const p of parts) {
    out.areaM2 += p.areaM2;
    out.businessLandM2 += p.businessLandM2;
    if (p.housingSurface) {
      surfaceParts++;
      surface.studyM2 += p.housingSurface.studyM2;
      surface.nietM2 += p.housingSurface.nietM2;
      surface.voorwaardelijkM2 += p.housingSurface.voorwaardelijkM2;
    }
    if (!p.hasData) continue;
    out.hasData = true;
    addCounts(out, p, 1);
  }
  if (surfaceParts > 0) out.housingSurface = surface;
  return out;
}

/** Adds `sign` × the point counts of `b` to `a` (not area, land or surface). */
function addCounts(a: ProfielCounts, b: ProfielCounts, sign: 1 | -1): void {
  a.dwellings += sign * b.dwellings;
  a.homes += sign * b.homes;
  a.dwellingsWithFloorArea += sign * b.dwellingsWithFloorArea;
  a.housingBvoM2 += sign * b.housingBvoM2;
  a.establishments += sign * b.establishments;
  a.jobs += sign * b.jobs;
  a.jobsEstimated += sign * b.jobsEstimated;
  a.establishmentsEstimated += sign * b.establishmentsEstimated;
  a.establishmentsJobsUnknown += sign * b.establishmentsJobsUnknown;
  a.bvoM2 += sign * b.bvoM2;
  for (const [k, v] of Object.entries(b.bySection)) bump(a.bySection, k, sign * v);
  for (const [k, v] of Object.entries(b.byCategory)) bump(a.byCategory, k, sign * v);
  for (const [k, v] of Object.entries(b.bvoByWorkType)) bump(a.bvoByWorkType, k, sign * v);
}
