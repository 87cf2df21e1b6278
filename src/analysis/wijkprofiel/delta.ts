/**
 * Before / after proposals, per buurt: the one implementation of what drawn proposals change
 * in a buurt, used by the wijkprofielen (today / after / change) and by the proposals' buurt
 * table (src/analysis/proposals/impact.ts `computeBuurtMix`).
 *
 * - A proposal's new homes and new jobs (and its business floor area) go to the buurten it
 *   covers in proportion to the area it covers in each (its effective shape: later proposals
 *   win overlaps).
 * - A displaced business leaves its buurt: its jobs, floor area, establishment, SBI section
 *   and milieucategorie are removed there. Existing dwellings stay.
 * - Land and the housing surface are today's: a proposal does not change them here.
 */
import type { DisplacedBusiness } from '../proposals/impact.ts';
import { sbiSectionOf, workTypeOfSection } from '../../domain/work.ts';
import type { Profiel, ProfielCounts } from './compute.ts';

/** The part of a proposal's impact the buurt figures need. */
export interface BuurtImpactInput {
  effectiveAreaM2: number;
  /** Area of the effective shape per buurt index (the order of the dataset's neighbourhoods). */
  buurtAreasM2: ReadonlyMap<number, number>;
  newHomes: number;
  newJobs: number;
  addedBvoM2: number;
  displaced: readonly Pick<
    DisplacedBusiness,
    'buurtId' | 'jobs' | 'bvoM2' | 'sbi' | 'milieucategorie'
  >[];
}

/** What the proposals change in one buurt. */
export interface ProfielDelta {
  homes: number;
  jobs: number;
  bvoM2: number;
  establishments: number;
  bySection: Record<string, number>;
  byCategory: Record<string, number>;
  bvoByWorkType: Record<string, number>;
  /** Part of `jobs` that is estimated (the proposals' jobs from floor area). */
  jobsEstimated: number;
}

function emptyDelta(): ProfielDelta {
  return {
    homes: 0,
    jobs: 0,
    bvoM2: 0,
    establishments: 0,
    bySection: {},
    byCategory: {},
    bvoByWorkType: {},
    jobsEstimated: 0,
  };
}

function bump(m: Record<string, number>, k: string, v: number): void {
  m[k] = (m[k] ?? 0) + v;
}

/**
 * The change per buurt that the proposals make.
 * @param impacts per-proposal impacts (src/analysis/proposals/impact.ts)
 * @param buurtIds buurt ids in dataset order (index → id)
 * @returns per buurt index the change; buurten without change are absent
 * @example buurtDeltasOf(summary.proposals, ids).get(3)?.homes
 */
export function buurtDeltasOf(
  impacts: readonly BuurtImpactInput[],
  buurtIds: readonly string[],
): Map<number, ProfielDelta> {
  const out = new Map<number, ProfielDelta>();
  const at = (i: number): ProfielDelta => {
    let d = out.get(i);
    if (!d) out.set(i, (d = emptyDelta()));
    return d;
  };
  const indexOf = new Map(buurtIds.map((id, i) => [id, i]));
  for (const impact of impacts) {
    for (const [b, areaM2] of impact.buurtAreasM2) {
      const share = impact.effectiveAreaM2 > 0 ? areaM2 / impact.effectiveAreaM2 : 0;
      const d = at(b);
      d.jobs += impact.newJobs * share;
      d.jobsEstimated += impact.newJobs * share;
      d.homes += impact.newHomes * share;
      d.bvoM2 += impact.addedBvoM2 * share;
      // A proposal's floor area has no kind of work: it counts as unknown ('?').
      if (impact.addedBvoM2 > 0) bump(d.bvoByWorkType, '?', impact.addedBvoM2 * share);
    }
    for (const gone of impact.displaced) {
      const b = gone.buurtId === undefined ? undefined : indexOf.get(gone.buurtId);
      if (b === undefined) continue;
      const d = at(b);
      d.jobs -= gone.jobs;
      d.bvoM2 -= gone.bvoM2;
      d.establishments -= 1;
      bump(d.bySection, sbiSectionOf(gone.sbi) ?? '?', -1);
      bump(d.byCategory, gone.milieucategorie ?? '?', -1);
      const section = sbiSectionOf(gone.sbi);
      if (gone.bvoM2 > 0) bump(d.bvoByWorkType, workTypeOfSection(section)?.id ?? '?', -gone.bvoM2);
    }
  }
  return out;
}

/**
 * A buurt's profile after the proposals.
 * @param today the buurt today
 * @param delta its change (undefined: unchanged)
 * @returns the profile after; it has data when it had, or when the proposals add homes or jobs
 * @example applyDelta(buurt, deltas.get(i)).homes
 */
export function applyDelta(today: Profiel, delta: ProfielDelta | undefined): Profiel {
  if (!delta) return today;
  const after: Profiel = {
    ...today,
    bySection: { ...today.bySection },
    byCategory: { ...today.byCategory },
    bvoByWorkType: { ...today.bvoByWorkType },
  };
  addDelta(after, delta);
  after.hasData = today.hasData || delta.homes > 0 || delta.jobs > 0;
  return after;
}

function addDelta(c: ProfielCounts, d: ProfielDelta): void {
  c.homes += d.homes;
  c.jobs += d.jobs;
  c.bvoM2 += d.bvoM2;
  c.establishments += d.establishments;
  c.jobsEstimated += d.jobsEstimated;
  for (const [k, v] of Object.entries(d.bvoByWorkType)) bump(c.bvoByWorkType, k, v);
  for (const [k, v] of Object.entries(d.bySection)) bump(c.bySection, k, v);
  for (const [k, v] of Object.entries(d.byCategory)) bump(c.byCategory, k, v);
}
