/**
 * The data a proposal's impact is computed against, taken from the rules
 * engine's projected, indexed {@link Dataset} (src/domain/dataset.ts), plus
 * what the ledger needs on top: where each business counts, each buurt's jobs
 * and homes today, the data extent and the city's jobs per m² bvo. Built once
 * per dataset; impact computations only query it.
 */
import Flatbush from 'flatbush';
import { dwellingInfo, type Dataset } from '../../domain/dataset.ts';
import type { BusinessProperties, Milieucategorie } from '../../domain/domain.ts';
import { jobsOfBusiness } from '../../domain/work.ts';
import { bboxOfMultiPolygon } from '../../geo/planar.ts';
import type { BboxRd, MultiPolygonRd } from '../../geo/types.ts';
import { assignPointsToBuurten } from '../wijkprofiel/assign.ts';
import { businessPointsOf } from '../wijkprofiel/compute.ts';
import { DEFAULT_RULE_VIEW, type RuleView } from '../../rules/location-check.ts';

/** A business as the ledger sees it; `xy` is where it counts (its address, or its plot's centroid). */
export interface LedgerBusiness {
  id: string;
  name: string;
  activity: string;
  sbi: string;
  milieucategorie: Milieucategorie | undefined;
  bvoM2: number;
  jobs: number;
  /** Whether `jobs` is estimated from floor area (no job count in the data). */
  jobsEstimated?: boolean;
  xy: [number, number];
  /** Index into `ProposalContext.buurten`, or -1. */
  buurt: number;
}

/** A buurt with today's totals. */
export interface LedgerBuurt {
  id: string;
  name: string;
  geometryRd: MultiPolygonRd;
  bboxRd: BboxRd;
  jobs: number;
  /** Part of `jobs` estimated from floor area. */
  jobsEstimated: number;
  homes: number;
}

/** Everything impact computations need. */
export interface ProposalContext {
  /** The rules engine's dataset (zones, dwellings; conflicts go through `checkLocation`). */
  dataset: Dataset;
  /** The view the conflicts are measured in (issue 11): `plan` (zones) or `feitelijk` (businesses). */
  view: RuleView;
  businesses: LedgerBusiness[];
  /** Flatbush over business points; undefined when there are none. */
  businessIndex: Flatbush | undefined;
  buurten: LedgerBuurt[];
  buurtIndex: Flatbush | undefined;
  /** Bounding box of all data; proposals must lie inside it. */
  extentRd: BboxRd;
  /**
   * Jobs per m² bvo over all businesses of the data set: turns a proposal's
   * floor-area programme into jobs with the city's own ratio, not an outside norm.
   */
  jobsPerBvoM2: number;
}

function indexPoints(points: readonly [number, number][]): Flatbush | undefined {
  if (points.length === 0) return undefined;
  const index = new Flatbush(points.length);
  for (const [x, y] of points) index.add(x, y, x, y);
  index.finish();
  return index;
}

/**
 * Searches an optional flatbush index.
 * @param index index, or undefined for an empty layer
 * @param bbox query box, RD metres
 * @returns indices of items whose boxes touch the query
 * @example searchIndex(ctx.buurtIndex, [0, 0, 100, 100])
 */
export function searchIndex(index: Flatbush | null | undefined, bbox: BboxRd): number[] {
  return index ? index.search(bbox[0], bbox[1], bbox[2], bbox[3]) : [];
}

function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/**
 * Derives the ledger's view of a dataset.
 * @param dataset the rules engine's dataset (`buildDataset`)
 * @param view what housing conflicts are measured from (default `plan`)
 * @returns the context for {@link computeImpacts}
 * @example const ctx = buildProposalContext(buildDataset(layers));
 */
export function buildProposalContext(
  dataset: Dataset,
  view: RuleView = DEFAULT_RULE_VIEW,
): ProposalContext {
  const buurten: LedgerBuurt[] = dataset.neighbourhoods.map((n) => ({
    id: n.id,
    name: n.name,
    geometryRd: n.geometryRd,
    bboxRd: bboxOfMultiPolygon(n.geometryRd),
    jobs: 0,
    jobsEstimated: 0,
    homes: 0,
  }));
  const buurtIndex = buurten.length > 0 ? new Flatbush(buurten.length) : undefined;
  if (buurtIndex) {
    for (const b of buurten) buurtIndex.add(...b.bboxRd);
    buurtIndex.finish();
  }
  const extentRd: BboxRd = [Infinity, Infinity, -Infinity, -Infinity];
  const grow = (b: BboxRd): void => {
    extentRd[0] = Math.min(extentRd[0], b[0]);
    extentRd[1] = Math.min(extentRd[1], b[1]);
    extentRd[2] = Math.max(extentRd[2], b[2]);
    extentRd[3] = Math.max(extentRd[3], b[3]);
  };

  // Point in buurt and the jobs of a business: the wijkprofielen' rules (one implementation).
  const points = businessPointsOf(dataset);
  const businessBuurt = assignPointsToBuurten(
    buurten,
    points.xs,
    points.ys,
    points.count,
    points.index,
  );
  let totalJobs = 0;
  let totalBvoM2 = 0;
  const businesses: LedgerBusiness[] = [];
  for (let k = 0; k < points.count; k++) {
    const b = dataset.businesses[points.business[k]!]!;
    const xy: [number, number] = [points.xs[k]!, points.ys[k]!];
    const props = b.properties as Partial<BusinessProperties>;
    const { jobs, isEstimated } = jobsOfBusiness(b.properties);
    const bvoM2 = num(props.bvoM2);
    // The city's own ratio: counted jobs only (estimated ones would feed their own ratio back).
    if (!isEstimated) {
      totalJobs += jobs;
      totalBvoM2 += bvoM2;
    }
    const buurt = businessBuurt[k]!;
    if (buurt >= 0) {
      buurten[buurt]!.jobs += jobs;
      if (isEstimated) buurten[buurt]!.jobsEstimated += jobs;
    }
    grow(b.plotRd ? bboxOfMultiPolygon(b.plotRd) : [xy[0], xy[1], xy[0], xy[1]]);
    businesses.push({
      id: b.id,
      name: b.name,
      activity: b.activity ?? '',
      sbi: b.sbi ?? '',
      milieucategorie: b.milieucategorie,
      bvoM2,
      jobs,
      ...(isEstimated ? { jobsEstimated: true } : {}),
      xy,
      buurt,
    });
  }

  const d = dataset.dwellings;
  const dwellingBuurt = assignPointsToBuurten(buurten, d.xs, d.ys, d.count, dataset.dwellingIndex);
  for (let k = 0; k < d.count; k++) {
    grow([d.xs[k]!, d.ys[k]!, d.xs[k]!, d.ys[k]!]);
    if (dwellingInfo(dataset, k).functie !== 'wonen') continue;
    const buurt = dwellingBuurt[k]!;
    if (buurt >= 0) buurten[buurt]!.homes += d.homes[k]!;
  }
  for (const z of dataset.zones) grow(z.bboxRd);
  for (const b of buurten) grow(b.bboxRd);

  return {
    dataset,
    view,
    businesses,
    businessIndex: indexPoints(businesses.map((b) => b.xy)),
    buurten,
    buurtIndex,
    extentRd,
    jobsPerBvoM2: totalBvoM2 > 0 ? totalJobs / totalBvoM2 : 0,
  };
}
