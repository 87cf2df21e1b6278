/**
 * "Het juiste bedrijf op de juiste plaats" (issue 17): every business compared with the zone it
 * stands in. A firm heavier than the zone permits is a risk (`above`); a firm far lighter than
 * the zone permits occupies room that heavy firms could use and is a candidate to move
 * (`far-below`); the rest `fits`. Businesses in no zone and businesses without a known category
 * get their own class. Pure: reads the dataset and the rules' category order only.
 *
 * Where a business stands: its address point, or its plot's centroid (the same point the
 * proposals ledger counts it at). When zones overlap there, the most permissive zone counts (if
 * any zone there permits the firm's category, the plan permits it).
 */
import type { Dataset, BusinessRecord, ZoneRecord } from '../../domain/dataset.ts';
import { zonesAtPoint } from '../../domain/dataset.ts';
import type { Milieucategorie, ZoneType } from '../../domain/domain.ts';
import {
  centroidOfMultiPolygon,
  isPointInMultiPolygon,
  multiPolygonAreaM2,
} from '../../geo/planar.ts';
import { categoryRank, VNG_2009, type DistanceTable } from '../../rules/index.ts';
import settings from './data/placement-settings.json';

/** Classes of {@link classifyMismatches}, in the order the UI lists them. */
export const MISMATCH_CLASSES = ['above', 'far-below', 'fits', 'outside', 'unknown'] as const;
/**
 * `above`: category above the zone's maxMilieucategorie (or the zone permits none);
 * `far-below`: at least `farBelowSteps` VNG steps below it; `fits`: in between;
 * `outside`: in no zone; `unknown`: the business has no category the table knows.
 */
export type MismatchClass = (typeof MISMATCH_CLASSES)[number];

/** Default "far below" threshold in VNG steps (data/placement-settings.json, with its reason). */
export const DEFAULT_FAR_BELOW_STEPS: number = settings.farBelowSteps;

/** Options of {@link classifyMismatches}. */
export interface MismatchOptions {
  /** Steps below the zone's category from which a firm is `far-below` (default 2, ≥ 1). */
  farBelowSteps?: number;
  /** Distance table for the order of categories (default VNG 2009). */
  table?: DistanceTable;
}

/** One business and how it fits its zone. */
export interface BusinessFit {
  /** Index into `ds.businesses`. */
  index: number;
  id: string;
  name: string;
  activity: string;
  sbi: string;
  milieucategorie: Milieucategorie | undefined;
  bvoM2: number;
  jobs: number;
  /** Plot area, m² (0 for an address point). */
  plotM2: number;
  /** Where it counts (address, or plot centroid), RD metres. */
  xy: [number, number];
  /** Index into `ds.zones` of the zone it stands in, or -1. */
  zoneIndex: number;
  zoneId: string | undefined;
  zoneName: string | undefined;
  zoneType: ZoneType | undefined;
  /** The zone's maxMilieucategorie. */
  permitted: Milieucategorie | undefined;
  /** Zone rank minus business rank (VNG steps of room left unused); undefined when not comparable. */
  stepsBelow: number | undefined;
  class: MismatchClass;
}

/** Per zone: how its firms fit and how much heavy room light firms hold. */
export interface ZoneFitSummary {
  zoneIndex: number;
  id: string;
  name: string;
  zoneType: ZoneType | undefined;
  permitted: Milieucategorie | undefined;
  counts: Record<MismatchClass, number>;
  /** Floor area of `far-below` firms: room heavy firms could use, m² bvo. */
  farBelowBvoM2: number;
  /** Plot land of `far-below` firms, m². */
  farBelowPlotM2: number;
  /** Floor area of `above` firms (the risk), m² bvo. */
  aboveBvoM2: number;
}

/** The result of {@link classifyMismatches}. */
export interface MismatchResult {
  businesses: BusinessFit[];
  /** Zones with at least one business, in dataset order. */
  zones: ZoneFitSummary[];
  totals: Record<MismatchClass, { count: number; bvoM2: number; jobs: number }>;
  farBelowSteps: number;
}

function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/**
 * Where a business counts: its address point, or its plot's centroid.
 * @param b a business record
 * @returns RD metres
 * @example businessAnchor(ds.businesses[0])
 */
export function businessAnchor(b: BusinessRecord): [number, number] {
  return b.pointRd ?? centroidOfMultiPolygon(b.plotRd!);
}

/**
 * Classifies one category against one zone limit.
 * @param category the firm's category (undefined = unknown)
 * @param permitted the zone's maxMilieucategorie (undefined = the zone permits no business)
 * @param inZone whether the firm stands in a zone at all
 * @param farBelowSteps threshold in VNG steps
 * @param table distance table (category order)
 * @returns the class and the steps below
 * @example classifyCategory('2', '4.2', true, 2).class // 'far-below'
 */
export function classifyCategory(
  category: string | undefined,
  permitted: string | undefined,
  inZone: boolean,
  farBelowSteps: number = DEFAULT_FAR_BELOW_STEPS,
  table: DistanceTable = VNG_2009,
): { class: MismatchClass; stepsBelow: number | undefined } {
  const rb = category === undefined ? -1 : categoryRank(category, table);
  if (rb < 0) return { class: 'unknown', stepsBelow: undefined };
  if (!inZone) return { class: 'outside', stepsBelow: undefined };
  const rz = permitted === undefined ? -1 : categoryRank(permitted, table);
  if (rz < 0) return { class: 'above', stepsBelow: undefined };
  const steps = rz - rb;
  if (steps < 0) return { class: 'above', stepsBelow: steps };
  return { class: steps >= farBelowSteps ? 'far-below' : 'fits', stepsBelow: steps };
}

function emptyCounts(): Record<MismatchClass, number> {
  return { above: 0, 'far-below': 0, fits: 0, outside: 0, unknown: 0 };
}

/** Picks the most permissive zone (highest maxMilieucategorie rank) among candidates. */
function pickZone(ds: Dataset, candidates: readonly number[], table: DistanceTable): number {
  let best = -1;
  let bestRank = -2;
  for (const i of candidates) {
    const m = ds.zones[i]!.maxMilieucategorie;
    const r = m === undefined ? -1 : categoryRank(m, table);
    if (r > bestRank) {
      best = i;
      bestRank = r;
    }
  }
  return best;
}

function fitOf(
  ds: Dataset,
  b: BusinessRecord,
  index: number,
  xy: [number, number],
  zi: number,
  farBelowSteps: number,
  table: DistanceTable,
): BusinessFit {
  const z: ZoneRecord | undefined = zi >= 0 ? ds.zones[zi] : undefined;
  const c = classifyCategory(b.milieucategorie, z?.maxMilieucategorie, !!z, farBelowSteps, table);
  return {
    index,
    id: b.id,
    name: b.name,
    activity: b.activity ?? '',
    sbi: b.sbi ?? '',
    milieucategorie: b.milieucategorie,
    bvoM2: num(b.properties.bvoM2),
    jobs: num(b.properties.jobs),
    plotM2: b.plotRd ? multiPolygonAreaM2(b.plotRd) : 0,
    xy,
    zoneIndex: zi,
    zoneId: z?.id,
    zoneName: z?.name,
    zoneType: z?.zoneType,
    permitted: z?.maxMilieucategorie,
    stepsBelow: c.stepsBelow,
    class: c.class,
  };
}

function summarise(ds: Dataset, fits: BusinessFit[], farBelowSteps: number): MismatchResult {
  const totals = Object.fromEntries(
    MISMATCH_CLASSES.map((c) => [c, { count: 0, bvoM2: 0, jobs: 0 }]),
  ) as MismatchResult['totals'];
  const perZone = new Map<number, ZoneFitSummary>();
  for (const f of fits) {
    const t = totals[f.class];
    t.count++;
    t.bvoM2 += f.bvoM2;
    t.jobs += f.jobs;
    if (f.zoneIndex < 0) continue;
    let s = perZone.get(f.zoneIndex);
    if (!s) {
      const z = ds.zones[f.zoneIndex]!;
      s = {
        zoneIndex: f.zoneIndex,
        id: z.id,
        name: z.name,
        zoneType: z.zoneType,
        permitted: z.maxMilieucategorie,
        counts: emptyCounts(),
        farBelowBvoM2: 0,
        farBelowPlotM2: 0,
        aboveBvoM2: 0,
      };
      perZone.set(f.zoneIndex, s);
    }
    s.counts[f.class]++;
    if (f.class === 'far-below') {
      s.farBelowBvoM2 += f.bvoM2;
      s.farBelowPlotM2 += f.plotM2;
    } else if (f.class === 'above') s.aboveBvoM2 += f.bvoM2;
  }
  const zones = [...perZone.values()].sort((a, b) => a.zoneIndex - b.zoneIndex);
  return { businesses: fits, zones, totals, farBelowSteps };
}

/**
 * Compares every business with the zone it stands in.
 * @param ds the dataset (`buildDataset`)
 * @param options far-below threshold (VNG steps, default {@link DEFAULT_FAR_BELOW_STEPS}) and table
 * @returns per business its class, per zone the summary, and totals per class
 * @example classifyMismatches(ds).totals.above.count
 */
export function classifyMismatches(ds: Dataset, options: MismatchOptions = {}): MismatchResult {
  const table = options.table ?? VNG_2009;
  const farBelowSteps = Math.max(1, Math.round(options.farBelowSteps ?? DEFAULT_FAR_BELOW_STEPS));
  const fits = ds.businesses.map((b, i) => {
    const xy = businessAnchor(b);
    return fitOf(ds, b, i, xy, pickZone(ds, zonesAtPoint(ds, xy), table), farBelowSteps, table);
  });
  return summarise(ds, fits, farBelowSteps);
}

/**
 * The same classification without the spatial index: every business against every zone.
 * Only the benchmark's baseline; the answers are identical.
 * @param ds the dataset
 * @param options as {@link classifyMismatches}
 * @returns as {@link classifyMismatches}
 * @example classifyMismatchesNaive(ds).totals.fits.count
 */
export function classifyMismatchesNaive(
  ds: Dataset,
  options: MismatchOptions = {},
): MismatchResult {
  const table = options.table ?? VNG_2009;
  const farBelowSteps = Math.max(1, Math.round(options.farBelowSteps ?? DEFAULT_FAR_BELOW_STEPS));
  const fits = ds.businesses.map((b, i) => {
    const xy = businessAnchor(b);
    const inside: number[] = [];
    ds.zones.forEach((z, zi) => {
      if (isPointInMultiPolygon(xy, z.geometryRd)) inside.push(zi);
    });
    return fitOf(ds, b, i, xy, pickZone(ds, inside, table), farBelowSteps, table);
  });
  return summarise(ds, fits, farBelowSteps);
}
