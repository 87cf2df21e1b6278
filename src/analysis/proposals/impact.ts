/**
 * What proposals cost: the business-land ledger ("geen m² minder"), the
 * businesses they displace, the conflicts they create and the jobs/homes mix
 * of the buurten they touch, before and after.
 *
 * Decisions (README § Drawing a proposal):
 * - Business land (ha) is land in existing `bedrijventerrein` zones (both
 *   `bestaand` and `gepland`). Woon-werkzones and productieve wijken are mixed
 *   land and are not counted in hectares; the business room they hold is
 *   counted in floor area instead.
 * - A proposal of any use other than `bedrijventerrein` takes the business
 *   land it covers; a `bedrijventerrein` proposal adds the land it covers
 *   outside existing business parks.
 * - Floor area (m² bvo): the bvo of displaced businesses is removed; every
 *   proposal's business floor-area programme (`bvoM2`) is added, whatever
 *   the use (a productieve wijk compensates in floor area, not in land).
 * - A business is displaced when the point where it counts (its address, or
 *   its plot's centroid) lies in a `woningbouw` proposal, or in a business or
 *   mixed proposal whose max milieucategorie is below the business's.
 * - Overlapping proposals: the later one in the list (drawn later, on top)
 *   wins the overlap, so no m² is counted twice.
 * - Buurten: new homes and new jobs (programme bvo × the city's jobs per m²
 *   bvo) go to buurten by area share; displaced businesses' jobs leave
 *   their buurt. Existing dwellings stay.
 */
import type { Polygon } from 'geojson';
import {
  clipAreaM2,
  clipDifference,
  clipIntersection,
  freeClipPaths,
  fromClipPaths,
  toClipPaths,
  type ClipPaths,
} from '../../geo/clip/index.ts';
import type { BboxRd, MultiPolygonRd, PolygonRd } from '../../geo/types.ts';
import { EPSG_RD, toRd } from '../../geo/crs.ts';
import type { Milieucategorie, Program } from '../../domain/domain.ts';
import { MILIEUCATEGORIEEN } from '../../domain/domain.ts';
import { bboxOfMultiPolygon, isPointInMultiPolygon, multiPolygonAreaM2 } from '../../geo/planar.ts';
import { checkLocation } from '../../rules/location-check.ts';
import type { ProposalContext } from './context.ts';
import { searchIndex } from './context.ts';
import type { ShapeProblem } from './shape-validation.ts';
import { validateProposalShape } from './shape-validation.ts';
import type { ProposalConflict, ProposalFeature } from './types.ts';
import { buurtDeltasOf } from '../wijkprofiel/delta.ts';
import { mixOf, type MixNumbers } from '../wijkprofiel/indicators.ts';

export { mixOf, type MixNumbers };

/** Why a business has to leave. */
export type DisplacementReason = 'housing' | 'category-too-high';

/** A business that a proposal displaces. */
export interface DisplacedBusiness {
  id: string;
  name: string;
  activity: string;
  sbi: string;
  milieucategorie: Milieucategorie | undefined;
  bvoM2: number;
  jobs: number;
  /** Set when `jobs` is estimated from floor area (shown as estimated). */
  jobsEstimated?: boolean;
  reason: DisplacementReason;
  /** Buurt id, when the business lies in one. */
  buurtId?: string;
}

/** The impact of one proposal. Shapes with problems have zero impact and carry their problems. */
export interface ProposalImpact {
  id: string;
  problems: ShapeProblem[];
  /** Area as drawn, m². */
  areaM2: number;
  /** Area that counts after later proposals took their overlaps, m². */
  effectiveAreaM2: number;
  /** Business-park land this proposal takes, m². */
  takenLandM2: number;
  /** Business land this proposal adds, m². */
  addedLandM2: number;
  /** Floor area of displaced businesses, m² bvo. */
  removedBvoM2: number;
  /** Floor-area programme, m² bvo. */
  addedBvoM2: number;
  displaced: DisplacedBusiness[];
  conflicts: ProposalConflict[];
  /** Area of the effective shape per buurt index, m². */
  buurtAreasM2: Map<number, number>;
  newHomes: number;
  newJobs: number;
}

/** The sum over all proposals. */
export interface LedgerTotals {
  takenLandM2: number;
  addedLandM2: number;
  /** added − taken; negative = land lost. */
  netLandM2: number;
  removedBvoM2: number;
  addedBvoM2: number;
  netBvoM2: number;
  /** Land to find elsewhere (0 when the balance is not negative), m². */
  compensationLandM2: number;
  /** Floor area to find elsewhere (0 when the balance is not negative), m² bvo. */
  compensationBvoM2: number;
}

/** Jobs and homes of one buurt before and after the proposals. */
export interface BuurtMix {
  id: string;
  name: string;
  before: MixNumbers;
  after: MixNumbers;
  /**
   * Part of the jobs estimated from floor area, before and after (after includes the
   * proposals' new jobs, which are always estimated from their floor area).
   */
  jobsEstimatedBefore: number;
  jobsEstimatedAfter: number;
}

/** All impacts together. */
export interface ImpactSummary {
  proposals: ProposalImpact[];
  totals: LedgerTotals;
  buurten: BuurtMix[];
}

/** Options for {@link computeImpacts}. */
export interface ImpactOptions {
  /** List conflicts through the rules engine (default true). */
  conflicts?: boolean;
  /** Reuse results of unchanged proposals between calls (see {@link createImpactCache}). */
  cache?: ImpactCache;
}

interface CacheEntry {
  proposal: ProposalFeature;
  overlapping: ProposalFeature[];
  impact: ProposalImpact;
}

/** Results of earlier calls, keyed by proposal id; valid for one context. */
export interface ImpactCache {
  entries: Map<string, CacheEntry>;
  context?: ProposalContext;
}

/**
 * @returns an empty cache for {@link computeImpacts}
 * @example const cache = createImpactCache();
 */
export function createImpactCache(): ImpactCache {
  return { entries: new Map() };
}

/**
 * @param m2 square metres
 * @returns hectares
 * @example m2ToHa(25000) // 2.5
 */
export function m2ToHa(m2: number): number {
  return m2 / 10_000;
}

/**
 * Compares milieucategorieën in VNG order.
 * @param a category
 * @param b category
 * @returns negative when a is lighter than b, 0 when equal, positive when heavier
 * @example compareCategory('3.1', '2') // 1
 */
export function compareCategory(a: Milieucategorie, b: Milieucategorie): number {
  return MILIEUCATEGORIEEN.indexOf(a) - MILIEUCATEGORIEEN.indexOf(b);
}

/**
 * Projects a proposal's outline to RD.
 * @param proposal the proposal (WGS84)
 * @returns its polygon in RD metres
 * @example proposalPolygonRd(p)[0][0] // [x, y]
 */
export function proposalPolygonRd(proposal: ProposalFeature): PolygonRd {
  return proposal.geometry.coordinates.map((ring) => ring.map(toRd));
}

const rdCache = new WeakMap<ProposalFeature, PolygonRd>();
function polygonRdOf(p: ProposalFeature): PolygonRd {
  let rd = rdCache.get(p);
  if (!rd) {
    rd = proposalPolygonRd(p);
    rdCache.set(p, rd);
  }
  return rd;
}

function boxesTouch(a: BboxRd, b: BboxRd): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/**
 * The programs the rules engine checks for a proposal: housing for new
 * homes, the max category for business and mixed uses.
 * @param proposal the proposal
 * @returns programs for `checkLocation`
 * @example conflictProgramsOf(woningbouw) // [{ kind: 'housing' }]
 */
export function conflictProgramsOf(proposal: ProposalFeature): Program[] {
  const { use, homes, maxMilieucategorie } = proposal.properties;
  const programs: Program[] = [];
  if (
    use === 'woningbouw' ||
    ((use === 'woonwerkzone' || use === 'productieve-wijk') && homes > 0)
  ) {
    programs.push({ kind: 'housing' });
  }
  if (use !== 'woningbouw' && maxMilieucategorie) {
    programs.push({ kind: 'category', milieucategorie: maxMilieucategorie });
  }
  return programs;
}

function displacementReason(
  proposal: ProposalFeature,
  category: Milieucategorie | undefined,
): DisplacementReason | undefined {
  const { use, maxMilieucategorie } = proposal.properties;
  if (use === 'woningbouw') return 'housing';
  if (category && maxMilieucategorie && compareCategory(category, maxMilieucategorie) > 0) {
    return 'category-too-high';
  }
  return undefined;
}

function intersectionAreaM2(a: ClipPaths, b: MultiPolygonRd): number {
  const pb = toClipPaths([b]);
  const r = clipIntersection(a, pb);
  const area = clipAreaM2(r);
  freeClipPaths(pb, r);
  return area;
}

/**
 * Conflicts of one proposal through the rules engine, on the polygon as drawn.
 * @param ctx the context
 * @param proposal the proposal
 * @param gone ids of businesses the proposal displaces (they are no conflict any more)
 * @returns conflicts, nearest first per program
 * @example proposalConflicts(ctx, p, new Set())
 */
export function proposalConflicts(
  ctx: ProposalContext,
  proposal: ProposalFeature,
  gone: ReadonlySet<string> = new Set(),
): ProposalConflict[] {
  const place: Polygon = { type: 'Polygon', coordinates: polygonRdOf(proposal) };
  const out: ProposalConflict[] = [];
  for (const program of conflictProgramsOf(proposal)) {
    const verdict = checkLocation(ctx.dataset, place, program, { crs: EPSG_RD, view: ctx.view });
    for (const c of verdict.conflicts) {
      if (c.kind === 'business' && gone.has(c.objectId)) continue;
      out.push({
        // A zone (plan view) reaches homes as a business does: by what it permits.
        // A sensitive area (a Wonen bestemming) is a dwelling side, as a dwelling is.
        kind:
          c.kind === 'dwelling' || c.kind === 'area'
            ? 'dwelling-within-distance'
            : 'business-reaches-homes',
        targetId: c.objectId,
        label: c.name,
        milieucategorie: c.milieucategorie,
        measuredM: c.distanceM,
        requiredM: c.requiredM[c.omgevingstype],
        omgevingstype: c.omgevingstype,
        distanceClass: c.distanceClass,
        ...(c.homes !== undefined ? { homes: c.homes } : {}),
      });
    }
  }
  return out;
}

function impactOfOne(
  ctx: ProposalContext,
  proposal: ProposalFeature,
  overlapping: ProposalFeature[],
  options: ImpactOptions,
  problems: ShapeProblem[],
): ProposalImpact {
  const polygonRd = polygonRdOf(proposal);
  const own: MultiPolygonRd = [polygonRd];
  const empty: ProposalImpact = {
    id: proposal.properties.id,
    problems,
    areaM2: multiPolygonAreaM2(own),
    effectiveAreaM2: 0,
    takenLandM2: 0,
    addedLandM2: 0,
    removedBvoM2: 0,
    addedBvoM2: 0,
    displaced: [],
    conflicts: [],
    buurtAreasM2: new Map(),
    newHomes: 0,
    newJobs: 0,
  };
  if (problems.length > 0) return empty;

  let shape = toClipPaths([own]);
  let effective = own;
  if (overlapping.length > 0) {
    const later = toClipPaths(overlapping.map(polygonRdOf));
    const rest = clipDifference(shape, later);
    freeClipPaths(shape, later);
    shape = rest;
    effective = fromClipPaths(shape);
  }
  try {
    const effectiveAreaM2 = clipAreaM2(shape);
    if (effectiveAreaM2 <= 0) return empty;
    const bbox = bboxOfMultiPolygon(effective);

    // Business-park land under the proposal.
    let parkM2 = 0;
    for (const i of searchIndex(ctx.dataset.zoneIndex, bbox)) {
      const zone = ctx.dataset.zones[i]!;
      if (zone.zoneType !== 'bedrijventerrein') continue;
      parkM2 += intersectionAreaM2(shape, zone.geometryRd);
    }
    const isBusinessPark = proposal.properties.use === 'bedrijventerrein';
    const takenLandM2 = isBusinessPark ? 0 : parkM2;
    const addedLandM2 = isBusinessPark ? Math.max(0, effectiveAreaM2 - parkM2) : 0;

    // Businesses that must leave.
    const displaced: DisplacedBusiness[] = [];
    for (const i of searchIndex(ctx.businessIndex, bbox)) {
      const b = ctx.businesses[i]!;
      if (!isPointInMultiPolygon(b.xy, effective)) continue;
      const reason = displacementReason(proposal, b.milieucategorie);
      if (!reason) continue;
      const buurt = b.buurt >= 0 ? ctx.buurten[b.buurt] : undefined;
      displaced.push({
        id: b.id,
        name: b.name,
        activity: b.activity,
        sbi: b.sbi,
        milieucategorie: b.milieucategorie,
        bvoM2: b.bvoM2,
        jobs: b.jobs,
        ...(b.jobsEstimated ? { jobsEstimated: true } : {}),
        reason,
        ...(buurt ? { buurtId: buurt.id } : {}),
      });
    }
    displaced.sort((a, b) => a.id.localeCompare(b.id));
    const removedBvoM2 = displaced.reduce((s, d) => s + d.bvoM2, 0);

    // Buurt shares of the effective shape.
    const buurtAreasM2 = new Map<number, number>();
    for (const i of searchIndex(ctx.buurtIndex, bbox)) {
      const a = intersectionAreaM2(shape, ctx.buurten[i]!.geometryRd);
      if (a > 0) buurtAreasM2.set(i, a);
    }

    const conflicts =
      options.conflicts === false
        ? []
        : proposalConflicts(ctx, proposal, new Set(displaced.map((d) => d.id)));

    const addedBvoM2 = Math.max(0, Number(proposal.properties.bvoM2) || 0);
    return {
      ...empty,
      effectiveAreaM2,
      takenLandM2,
      addedLandM2,
      removedBvoM2,
      addedBvoM2,
      displaced,
      conflicts,
      buurtAreasM2,
      newHomes: Math.max(0, Number(proposal.properties.homes) || 0),
      newJobs: addedBvoM2 * ctx.jobsPerBvoM2,
    };
  } finally {
    freeClipPaths(shape);
  }
}

/**
 * Problems of a proposal's shape against the context's extent.
 * @param ctx the context
 * @param proposal the proposal
 * @returns shape problems (empty = fine)
 * @example shapeProblemsOf(ctx, bowTie)[0].code // 'shape-self-intersection'
 */
export function shapeProblemsOf(ctx: ProposalContext, proposal: ProposalFeature): ShapeProblem[] {
  return validateProposalShape(polygonRdOf(proposal)[0] ?? [], ctx.extentRd);
}

/**
 * Empties a cache made for other data: nothing computed before still holds.
 * @param cache the cache
 * @param ctx the context it is used with now
 */
function useCacheFor(cache: ImpactCache, ctx: ProposalContext): void {
  if (cache.context === ctx) return;
  cache.entries.clear();
  cache.context = ctx;
}

/**
 * What both passes over the proposals need: each one's shape problems, and per proposal the
 * valid later proposals whose boxes touch it (they win the overlap).
 * @param ctx the context
 * @param proposals the proposals, in drawing order
 * @returns the problems per proposal and the overlapping later proposals of proposal i
 */
function prepareProposals(
  ctx: ProposalContext,
  proposals: readonly ProposalFeature[],
): { problemsList: ShapeProblem[][]; overlappingOf: (i: number) => ProposalFeature[] } {
  const valid: boolean[] = [];
  const problemsList: ShapeProblem[][] = [];
  const boxes: BboxRd[] = [];
  for (const p of proposals) {
    const problems = shapeProblemsOf(ctx, p);
    problemsList.push(problems);
    valid.push(problems.length === 0);
    boxes.push(bboxOfMultiPolygon([polygonRdOf(p)]));
  }
  const overlappingOf = (i: number): ProposalFeature[] => {
    const overlapping: ProposalFeature[] = [];
    for (let j = i + 1; j < proposals.length; j++) {
      if (valid[j] && boxesTouch(boxes[i]!, boxes[j]!)) overlapping.push(proposals[j]!);
    }
    return overlapping;
  };
  return { problemsList, overlappingOf };
}

/**
 * The cached impact of a proposal when it and its overlapping later proposals are the same
 * objects as when it was computed.
 * @param cache the cache
 * @param p the proposal
 * @param overlapping its overlapping later proposals now
 * @returns the impact, or undefined when it must be computed
 */
function cachedImpact(
  cache: ImpactCache,
  p: ProposalFeature,
  overlapping: readonly ProposalFeature[],
): ProposalImpact | undefined {
  const cached = cache.entries.get(p.properties.id);
  const same =
    cached &&
    cached.proposal === p &&
    cached.overlapping.length === overlapping.length &&
    cached.overlapping.every((q, k) => q === overlapping[k]);
  return same ? cached.impact : undefined;
}

/**
 * Fills the cache for {@link computeImpacts} until `deadline` (a `performance.now()` time), at
 * least one proposal per call, so 2,000 new proposals (a link, an import) are computed over
 * several main-thread tasks instead of one (issue 13: no task over 200 ms). Entries are the
 * ones `computeImpacts` itself would make, so its next call reuses them.
 * @param ctx the context
 * @param proposals the proposals, in list order
 * @param cache the cache to fill
 * @param deadline stop after this time (ms, `performance.now()` clock)
 * @returns true when every proposal's impact is in the cache
 * @example while (!warmImpactCache(ctx, list, cache, performance.now() + 50)) await nextTask();
 */
export function warmImpactCache(
  ctx: ProposalContext,
  proposals: readonly ProposalFeature[],
  cache: ImpactCache,
  deadline: number,
): boolean {
  useCacheFor(cache, ctx);
  const { problemsList, overlappingOf } = prepareProposals(ctx, proposals);
  let computed = 0;
  for (let i = 0; i < proposals.length; i++) {
    const p = proposals[i]!;
    const overlapping = overlappingOf(i);
    if (cachedImpact(cache, p, overlapping)) continue;
    if (computed > 0 && performance.now() > deadline) return false;
    const impact = impactOfOne(ctx, p, overlapping, {}, problemsList[i]!);
    cache.entries.set(p.properties.id, { proposal: p, overlapping, impact });
    computed++;
  }
  return true;
}

/**
 * Computes the impact of every proposal and the totals. With a cache, a
 * proposal whose shape, attributes and overlapping later proposals are
 * unchanged (same objects) is not recomputed: dragging one vertex
 * recomputes only the dragged proposal and the earlier ones it overlaps.
 * Needs Clipper2 loaded (`await initClipper()` from src/geo/clip/index.ts).
 * @param ctx the context ({@link buildProposalContext})
 * @param proposals proposals in drawing order (later wins overlaps)
 * @param options conflicts on/off, cache
 * @returns per-proposal impacts, totals and the buurt table
 * @example computeImpacts(ctx, proposals, { cache }).totals.netLandM2
 */
export function computeImpacts(
  ctx: ProposalContext,
  proposals: readonly ProposalFeature[],
  options: ImpactOptions = {},
): ImpactSummary {
  if (options.cache) useCacheFor(options.cache, ctx);
  const { problemsList, overlappingOf } = prepareProposals(ctx, proposals);

  const impacts: ProposalImpact[] = [];
  const seen = new Set<string>();
  proposals.forEach((p, i) => {
    const overlapping = overlappingOf(i);
    const id = p.properties.id;
    seen.add(id);
    const cached = options.cache && cachedImpact(options.cache, p, overlapping);
    if (cached) {
      impacts.push(cached);
      return;
    }
    const impact = impactOfOne(ctx, p, overlapping, options, problemsList[i]!);
    options.cache?.entries.set(id, { proposal: p, overlapping, impact });
    impacts.push(impact);
  });
  if (options.cache) {
    for (const id of options.cache.entries.keys())
      if (!seen.has(id)) options.cache.entries.delete(id);
  }

  // A business displaced by any proposal is gone: it is no conflict for the others either.
  const gone = new Set(impacts.flatMap((i) => i.displaced.map((d) => d.id)));
  const result =
    gone.size === 0
      ? impacts
      : impacts.map((i) =>
          i.conflicts.some((c) => c.kind === 'business-reaches-homes' && gone.has(c.targetId))
            ? {
                ...i,
                conflicts: i.conflicts.filter(
                  (c) => !(c.kind === 'business-reaches-homes' && gone.has(c.targetId)),
                ),
              }
            : i,
        );
  const totals = sumTotals(result);
  return { proposals: result, totals, buurten: computeBuurtMix(ctx, result) };
}

/**
 * Sums per-proposal ledgers. Effective shapes do not overlap, so the sum counts no m² twice.
 * @param impacts per-proposal impacts
 * @returns the totals with compensation needed
 * @example sumTotals(impacts).compensationLandM2
 */
export function sumTotals(impacts: readonly ProposalImpact[]): LedgerTotals {
  let takenLandM2 = 0;
  let addedLandM2 = 0;
  let removedBvoM2 = 0;
  let addedBvoM2 = 0;
  for (const i of impacts) {
    takenLandM2 += i.takenLandM2;
    addedLandM2 += i.addedLandM2;
    removedBvoM2 += i.removedBvoM2;
    addedBvoM2 += i.addedBvoM2;
  }
  const netLandM2 = addedLandM2 - takenLandM2;
  const netBvoM2 = addedBvoM2 - removedBvoM2;
  return {
    takenLandM2,
    addedLandM2,
    netLandM2,
    removedBvoM2,
    addedBvoM2,
    netBvoM2,
    compensationLandM2: Math.max(0, -netLandM2),
    compensationBvoM2: Math.max(0, -netBvoM2),
  };
}

/**
 * Estimated jobs of a buurt after the proposals: today's estimated jobs, minus the estimated
 * jobs of its displaced businesses, plus the proposals' new jobs (estimated by definition).
 */
function estimatedAfter(
  b: ProposalContext['buurten'][number],
  d: { jobsEstimated: number },
  impacts: readonly ProposalImpact[],
): number {
  let gone = 0;
  for (const p of impacts)
    for (const x of p.displaced) if (x.jobsEstimated && x.buurtId === b.id) gone += x.jobs;
  return Math.max(0, b.jobsEstimated - gone + d.jobsEstimated);
}

/**
 * Jobs and homes per affected buurt, before and after.
 * @param ctx the context (today's totals per buurt)
 * @param impacts per-proposal impacts
 * @returns one row per buurt that a proposal covers or loses a business from, ordered by name
 * @example computeBuurtMix(ctx, impacts)[0].after.fmi
 */
export function computeBuurtMix(
  ctx: ProposalContext,
  impacts: readonly ProposalImpact[],
): BuurtMix[] {
  // The one per-buurt implementation, shared with the wijkprofielen (src/analysis/wijkprofiel).
  const deltas = buurtDeltasOf(
    impacts,
    ctx.buurten.map((b) => b.id),
  );
  return [...deltas.entries()]
    .map(([i, d]) => {
      const b = ctx.buurten[i]!;
      return {
        id: b.id,
        name: b.name,
        before: mixOf(b.jobs, b.homes),
        after: mixOf(b.jobs + d.jobs, b.homes + d.homes),
        jobsEstimatedBefore: b.jobsEstimated,
        jobsEstimatedAfter: estimatedAfter(b, d, impacts),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
