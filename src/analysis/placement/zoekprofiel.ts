/**
 * Zoekprofiel (issue 17): where can this firm go? A profile names an activity or a category,
 * the land or floor area it needs, optionally a maximum distance from a place, and whether it
 * needs a bedrijventerrein. Every zone is a candidate place; the ones that permit the category,
 * have the area free and get a Locatiecheck verdict of toegestaan or voorwaardelijk are ranked,
 * each with its reasons; the others are listed with why they drop out.
 *
 * Decisions (README § Juiste plek):
 * - Free area: a zone's `uitgeefbaarHa` (IBIS uitgeefbaar) when the data gives it; else the
 *   zone's planar area minus the plots of the businesses that stand in it (a plot counts whole
 *   in the zone its centroid lies in). The data has no layer of vacant plots, so candidates are
 *   zones, not plots.
 * - Floor area to land: a floor-area need is turned into land with the data's own ratio of
 *   floor area to plot area over all businesses with a plot (like the ledger's jobs per m²).
 * - The Locatiecheck is run on a representative placement, not on the whole zone: a square
 *   plot of the needed land, centred on the grid point of the zone (6 × 6 over its bbox) where
 *   the square fits inside the zone, lies outside areas the caller excludes (the proposals'
 *   land) and is farthest from any dwelling. Where no square fits, the check uses that point.
 * - Ranking: toegestaan before voorwaardelijk; then a zone the firm "fits" before one where it
 *   would be far below the zone's category (keeps heavy room for heavy firms); then fewer
 *   conflicting homes; then nearer (when a place is given); then more free area; then id.
 */
import type { Polygon, Position } from 'geojson';
import type { Dataset } from '../../domain/dataset.ts';
import type { FunctiemengingClass, Milieucategorie, ZoneType } from '../../domain/domain.ts';
import { EPSG_RD } from '../../geo/crs.ts';
import {
  bboxOfMultiPolygon,
  isPointInMultiPolygon,
  isPointInPolygon,
  multiPolygonAreaM2,
  pointToBboxDistanceM,
  pointToBoundaryDistanceM,
  pointToMultiPolygonDistanceM,
} from '../../geo/planar.ts';
import type { MultiPolygonRd } from '../../geo/types.ts';
import {
  CATEGORY_ABOVE_ZONE_LIMIT,
  checkLocation,
  findActivity,
  FUNCTIEMENGING_CLASS_NOT_PERMITTED,
  NO_ZONE_PERMITS_BUSINESS,
  VNG_2009,
  zonePermissionCodes,
  type DistanceTable,
  type ReasonCode,
  type VerdictLevel,
} from '../../rules/index.ts';
import settings from './data/placement-settings.json';
import {
  businessAnchor,
  classifyCategory,
  DEFAULT_FAR_BELOW_STEPS,
  type MismatchClass,
} from './mismatch.ts';

/** What the firm does: a category (with its functiemenging class, if known) or an activity. */
export type ProfileProgram =
  | { kind: 'category'; milieucategorie: Milieucategorie; functiemenging?: FunctiemengingClass }
  | { kind: 'activity'; activityId: string };

/** A search profile. */
export interface SearchProfile {
  program: ProfileProgram;
  /** Area needed, m². */
  areaM2: number;
  /** Whether `areaM2` is land (a plot) or floor area (bvo). */
  areaKind: 'land' | 'floor';
  /** The place distances are measured from (RD metres), e.g. the current address. */
  fromRd?: [number, number];
  /** Maximum distance from `fromRd` to the zone, m (needs `fromRd`). */
  maxDistanceM?: number;
  /** Only bedrijventerreinen (true), or mixed areas allowed too (false). */
  requireBusinessPark: boolean;
  /** Areas a candidate placement may not lie in (e.g. land the proposals take), RD. */
  excludeRd?: readonly MultiPolygonRd[];
  /** Far-below threshold for the fit of the firm at a candidate (default 2 steps). */
  farBelowSteps?: number;
}

/** Where the free area figure comes from. */
export type FreeAreaSource = 'uitgeefbaar' | 'area-minus-plots';

/** A ranked candidate with its reasons. */
export interface Candidate {
  zoneIndex: number;
  zoneId: string;
  zoneName: string;
  zoneType: ZoneType | undefined;
  permitted: Milieucategorie | undefined;
  verdict: Exclude<VerdictLevel, 'niet-toegestaan'>;
  /** The rule that decided the verdict (null: toegestaan without conflicts). */
  decidedBy: ReasonCode | null;
  freeM2: number;
  freeSource: FreeAreaSource;
  /** Land needed, m². */
  needM2: number;
  /** Planar distance from `fromRd` to the zone (0 inside), m; undefined without a place. */
  distanceM: number | undefined;
  /** Dwellings too close / within the rustige-woonwijk distance only, and their homes. */
  conflicts: { tooClose: number; exception: number; homes: number };
  /** How the firm would fit the zone's category (`fits` or `far-below`). */
  fit: MismatchClass;
  /** The placement that was checked (RD): a square plot, or a point where none fits. */
  placementRd: Polygon | { type: 'Point'; coordinates: [number, number] };
  rank: number;
}

/** Why a zone is not a candidate. */
export type RejectionReason =
  'category' | 'functiemenging' | 'zone-type' | 'distance' | 'free-area' | 'excluded' | 'verdict';

/** A zone that is no candidate, and why (the first reason found, in the order above). */
export interface Rejection {
  zoneIndex: number;
  zoneId: string;
  zoneName: string;
  reason: RejectionReason;
  freeM2: number;
  needM2: number;
  distanceM: number | undefined;
  decidedBy?: ReasonCode | null;
}

/** The answer to a profile. */
export interface SearchResult {
  /** The category searched for (undefined: the activity is not in the list). */
  milieucategorie: Milieucategorie | undefined;
  functiemenging: FunctiemengingClass | undefined;
  needM2: number;
  candidates: Candidate[];
  rejected: Rejection[];
}

interface Sample {
  x: number;
  y: number;
  /** Distance to the zone's boundary, m. */
  clearanceM: number;
  /** Distance to the nearest dwelling, m (Infinity without dwellings). */
  dwellingM: number;
}

interface ZoneSpace {
  areaM2: number;
  occupiedM2: number;
  freeM2: number;
  freeSource: FreeAreaSource;
  /** Sample points, farthest from dwellings first. */
  samples: Sample[];
}

/** Per-dataset structures of {@link prepareSearch} (opaque). */
export interface PreparedSearch {
  zones: ZoneSpace[];
  /** Floor area per m² plot over the businesses with a plot (1 when none has both). */
  floorPerLandM2: number;
}

const prepared = new WeakMap<Dataset, PreparedSearch>();
const SAMPLE_GRID = Math.max(1, Math.round(Math.sqrt(settings.placementSamplesPerZone)));

function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/** Distance to the nearest dwelling or sensitive area (to its boundary, 0 inside). */
function nearestDwellingM(ds: Dataset, x: number, y: number): number {
  let best = Infinity;
  if (ds.dwellingIndex) {
    const [k] = ds.dwellingIndex.neighbors(x, y, 1);
    if (k !== undefined) best = Math.hypot(ds.dwellings.xs[k]! - x, ds.dwellings.ys[k]! - y);
  }
  if (ds.sensitiveAreaIndex) {
    // Nearest boxes first; a box farther than the best distance so far ends the scan.
    for (const i of ds.sensitiveAreaIndex.neighbors(x, y, Infinity, best)) {
      const a = ds.sensitiveAreas[i]!;
      if (pointToBboxDistanceM(x, y, a.bboxRd) >= best) break;
      best = Math.min(best, pointToMultiPolygonDistanceM([x, y], a.geometryRd));
    }
  }
  return best;
}

function clearanceOf(xy: Position, multi: MultiPolygonRd): number {
  for (const p of multi) if (isPointInPolygon(xy, p)) return pointToBoundaryDistanceM(xy, p);
  return 0;
}

function samplesOf(ds: Dataset, multi: MultiPolygonRd): Sample[] {
  const [x0, y0, x1, y1] = bboxOfMultiPolygon(multi);
  const out: Sample[] = [];
  const n = SAMPLE_GRID;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const x = x0 + ((i + 0.5) / n) * (x1 - x0);
      const y = y0 + ((j + 0.5) / n) * (y1 - y0);
      if (!isPointInMultiPolygon([x, y], multi)) continue;
      out.push({ x, y, clearanceM: clearanceOf([x, y], multi), dwellingM: 0 });
    }
  }
  if (out.length === 0) {
    // A thin zone the grid misses: its first vertex nudged inward is still a place to check.
    const ring = multi[0]?.[0] ?? [];
    let sx = 0;
    let sy = 0;
    for (const p of ring) {
      sx += p[0]!;
      sy += p[1]!;
    }
    const c: [number, number] = [sx / Math.max(1, ring.length), sy / Math.max(1, ring.length)];
    const p = isPointInMultiPolygon(c, multi) ? c : ([ring[0]![0]!, ring[0]![1]!] as const);
    out.push({ x: p[0], y: p[1], clearanceM: clearanceOf([p[0], p[1]], multi), dwellingM: 0 });
  }
  for (const s of out) s.dwellingM = nearestDwellingM(ds, s.x, s.y);
  return out.sort((a, b) => b.dwellingM - a.dwellingM || b.clearanceM - a.clearanceM);
}

/**
 * Prepares a dataset once for searches: per zone its area, occupied plots, free area and
 * placement samples; and the data's floor-to-land ratio. Cached per dataset.
 * @param ds the dataset
 * @returns the prepared structures
 * @example prepareSearch(ds).zones[0].freeM2
 */
export function prepareSearch(ds: Dataset): PreparedSearch {
  const hit = prepared.get(ds);
  if (hit) return hit;
  const occupied = new Float64Array(ds.zones.length);
  let floor = 0;
  let land = 0;
  for (const b of ds.businesses) {
    if (!b.plotRd) continue;
    const plotM2 = multiPolygonAreaM2(b.plotRd);
    const bvo = num(b.properties.bvoM2);
    if (bvo > 0 && plotM2 > 0) {
      floor += bvo;
      land += plotM2;
    }
    const xy = businessAnchor(b);
    if (!ds.zoneIndex) continue;
    for (const zi of ds.zoneIndex.search(xy[0], xy[1], xy[0], xy[1])) {
      if (isPointInMultiPolygon(xy, ds.zones[zi]!.geometryRd)) {
        occupied[zi]! += plotM2;
        break;
      }
    }
  }
  const zones = ds.zones.map((z, zi): ZoneSpace => {
    const areaM2 = multiPolygonAreaM2(z.geometryRd);
    const ha = z.properties.uitgeefbaarHa;
    const hasIbis = typeof ha === 'number' && Number.isFinite(ha) && ha >= 0;
    return {
      areaM2,
      occupiedM2: occupied[zi]!,
      freeM2: hasIbis ? ha * 10_000 : Math.max(0, areaM2 - occupied[zi]!),
      freeSource: hasIbis ? 'uitgeefbaar' : 'area-minus-plots',
      samples: samplesOf(ds, z.geometryRd),
    };
  });
  const result = { zones, floorPerLandM2: land > 0 ? floor / land : 1 };
  prepared.set(ds, result);
  return result;
}

function programCategory(
  program: ProfileProgram,
): { category: Milieucategorie; functiemenging: FunctiemengingClass | undefined } | undefined {
  if (program.kind === 'category')
    return { category: program.milieucategorie, functiemenging: program.functiemenging };
  const a = findActivity(program.activityId);
  return a ? { category: a.milieucategorie, functiemenging: a.functiemenging } : undefined;
}

/**
 * Land a profile needs, m²: its area, or its floor area over the data's floor-to-land ratio.
 * @param ds the dataset
 * @param profile the profile
 * @returns m² of land
 * @example landNeedM2(ds, { ...p, areaKind: 'land', areaM2: 5000 }) // 5000
 */
export function landNeedM2(ds: Dataset, profile: Pick<SearchProfile, 'areaM2' | 'areaKind'>) {
  const a = Math.max(0, Number(profile.areaM2) || 0);
  return profile.areaKind === 'floor' ? a / prepareSearch(ds).floorPerLandM2 : a;
}

function squareAt(x: number, y: number, sideM: number): Polygon {
  const h = sideM / 2;
  return {
    type: 'Polygon',
    coordinates: [
      [
        [x - h, y - h],
        [x + h, y - h],
        [x + h, y + h],
        [x - h, y + h],
        [x - h, y - h],
      ],
    ],
  };
}

const VERDICT_ORDER: Record<VerdictLevel, number> = {
  toegestaan: 0,
  voorwaardelijk: 1,
  'niet-toegestaan': 2,
};

/**
 * Ranks the zones for a profile.
 * @param ds the dataset
 * @param profile what the firm does and needs
 * @param table distance table (default VNG 2009)
 * @returns ranked candidates (best first, `rank` 1…) and the rejected zones with their reason
 * @example searchPlaces(ds, { program: { kind: 'category', milieucategorie: '3.1' }, areaM2: 5000, areaKind: 'land', requireBusinessPark: true }).candidates[0]
 */
export function searchPlaces(
  ds: Dataset,
  profile: SearchProfile,
  table: DistanceTable = VNG_2009,
): SearchResult {
  const prep = prepareSearch(ds);
  const cat = programCategory(profile.program);
  const needM2 = landNeedM2(ds, profile);
  const result: SearchResult = {
    milieucategorie: cat?.category,
    functiemenging: cat?.functiemenging,
    needM2,
    candidates: [],
    rejected: [],
  };
  if (!cat) return result;
  const sideM = Math.sqrt(needM2);
  const halfDiagonalM = (sideM * Math.SQRT2) / 2;
  const program = {
    kind: 'category' as const,
    milieucategorie: cat.category,
    ...(cat.functiemenging ? { functiemenging: cat.functiemenging } : {}),
  };
  const excluded = profile.excludeRd ?? [];
  const farBelowSteps = profile.farBelowSteps ?? DEFAULT_FAR_BELOW_STEPS;
  const maxDistanceM =
    profile.fromRd && profile.maxDistanceM !== undefined && profile.maxDistanceM > 0
      ? profile.maxDistanceM
      : undefined;
  const scored: { c: Candidate; key: number[] }[] = [];

  ds.zones.forEach((z, zi) => {
    const space = prep.zones[zi]!;
    const distanceM = profile.fromRd
      ? pointToMultiPolygonDistanceM(profile.fromRd, z.geometryRd)
      : undefined;
    const reject = (reason: RejectionReason, decidedBy?: ReasonCode | null): void => {
      result.rejected.push({
        zoneIndex: zi,
        zoneId: z.id,
        zoneName: z.name,
        reason,
        freeM2: space.freeM2,
        needM2,
        distanceM,
        ...(decidedBy !== undefined ? { decidedBy } : {}),
      });
    };
    const codes = zonePermissionCodes(z, cat.category, cat.functiemenging, table);
    if (codes.includes(CATEGORY_ABOVE_ZONE_LIMIT) || codes.includes(NO_ZONE_PERMITS_BUSINESS))
      return reject('category');
    if (codes.includes(FUNCTIEMENGING_CLASS_NOT_PERMITTED)) return reject('functiemenging');
    if (profile.requireBusinessPark && z.zoneType !== 'bedrijventerrein')
      return reject('zone-type');
    if (maxDistanceM !== undefined && distanceM! > maxDistanceM) return reject('distance');
    if (space.freeM2 < needM2) return reject('free-area');
    const open = space.samples.filter(
      (s) => !excluded.some((e) => isPointInMultiPolygon([s.x, s.y], e)),
    );
    if (open.length === 0) return reject('excluded');
    // Samples are sorted farthest from dwellings first: the first one where the square fits.
    const fitting = open.find((s) => s.clearanceM >= halfDiagonalM);
    const placementRd: Candidate['placementRd'] = fitting
      ? squareAt(fitting.x, fitting.y, sideM)
      : { type: 'Point', coordinates: [open[0]!.x, open[0]!.y] };
    const v = checkLocation(ds, placementRd, program, { crs: EPSG_RD, table });
    if (v.verdict === 'niet-toegestaan') return reject('verdict', v.decidedBy);
    let tooClose = 0;
    let exception = 0;
    let homes = 0;
    for (const c of v.conflicts) {
      // Dwellings and sensitive areas (an area counts as one object, with no homes).
      if (c.kind !== 'dwelling' && c.kind !== 'area') continue;
      if (c.distanceClass === 'too-close') tooClose++;
      else exception++;
      if (c.kind === 'dwelling') homes += c.homes ?? 1;
    }
    const fit = classifyCategory(cat.category, z.maxMilieucategorie, true, farBelowSteps, table);
    const candidate: Candidate = {
      zoneIndex: zi,
      zoneId: z.id,
      zoneName: z.name,
      zoneType: z.zoneType,
      permitted: z.maxMilieucategorie,
      verdict: v.verdict,
      decidedBy: v.decidedBy,
      freeM2: space.freeM2,
      freeSource: space.freeSource,
      needM2,
      distanceM,
      conflicts: { tooClose, exception, homes },
      fit: fit.class,
      placementRd,
      rank: 0,
    };
    scored.push({
      c: candidate,
      key: [
        VERDICT_ORDER[v.verdict],
        fit.class === 'far-below' ? 1 : 0,
        homes,
        distanceM ?? 0,
        -space.freeM2,
      ],
    });
  });
  scored.sort((a, b) => {
    for (let k = 0; k < a.key.length; k++) {
      const d = a.key[k]! - b.key[k]!;
      if (d !== 0) return d;
    }
    return a.c.zoneId.localeCompare(b.c.zoneId);
  });
  result.candidates = scored.map((s, i) => ({ ...s.c, rank: i + 1 }));
  return result;
}

/**
 * How many zones dropped out for each reason (the "why not" of a search).
 * @param rejected the rejected zones of a {@link SearchResult}
 * @returns count per reason, only reasons that occur
 * @example countRejections(result.rejected) // { category: 2, 'free-area': 1 }
 */
export function countRejections(
  rejected: readonly Rejection[],
): Partial<Record<RejectionReason, number>> {
  const out: Partial<Record<RejectionReason, number>> = {};
  for (const r of rejected) out[r.reason] = (out[r.reason] ?? 0) + 1;
  return out;
}

/**
 * The same search without prepared structures, as a first version would do it: the free area
 * recomputed per zone over all businesses, and the Locatiecheck on the whole zone polygon.
 * Only the benchmark's baseline (the verdicts differ: the whole zone, not a placement).
 * @param ds the dataset
 * @param profile the profile
 * @returns number of zones that pass
 * @example searchPlacesNaive(ds, profile)
 */
export function searchPlacesNaive(ds: Dataset, profile: SearchProfile): number {
  const cat = programCategory(profile.program);
  if (!cat) return 0;
  const needM2 = Math.max(0, profile.areaM2);
  let n = 0;
  for (const z of ds.zones) {
    const codes = zonePermissionCodes(z, cat.category, cat.functiemenging);
    if (codes.includes(CATEGORY_ABOVE_ZONE_LIMIT) || codes.includes(NO_ZONE_PERMITS_BUSINESS))
      continue;
    let occupied = 0;
    for (const b of ds.businesses) {
      if (b.plotRd && isPointInMultiPolygon(businessAnchor(b), z.geometryRd))
        occupied += multiPolygonAreaM2(b.plotRd);
    }
    const ha = z.properties.uitgeefbaarHa;
    const free = typeof ha === 'number' ? ha * 10_000 : multiPolygonAreaM2(z.geometryRd) - occupied;
    if (free < needM2) continue;
    const geometry =
      z.geometryRd.length === 1
        ? ({ type: 'Polygon', coordinates: z.geometryRd[0]! } as const)
        : ({ type: 'MultiPolygon', coordinates: z.geometryRd } as const);
    const v = checkLocation(
      ds,
      geometry as never,
      { kind: 'category', milieucategorie: cat.category },
      { crs: EPSG_RD },
    );
    if (v.verdict !== 'niet-toegestaan') n++;
  }
  return n;
}
