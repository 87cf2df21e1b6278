/**
 * The decision table of the location check: the ONE place that says which
 * verdict each reason leads to, and how a measured distance is classified.
 *
 * Two views measure from different things (see `location-check.ts`): the
 * *bestemmingsplan* view from every zone's boundary at its `maxMilieucategorie`
 * (the planologisch toelaatbare situatie), the *feitelijk* view from each
 * business's own plot or point at its own category. The table is the same.
 *
 * Three verdicts, and what each means for going ahead:
 * - **niet toegestaan** — the plan forbids it: homes on a bedrijventerrein, no zone
 *   permits the business, its category or functiemenging class is above the zone's.
 *   Going ahead needs a change of the plan.
 * - **voorwaardelijk** — the plan permits it, but something is asked first: a guide
 *   distance is not met, or a functiemenging class carries a condition, or homes in a
 *   productieve wijk. VNG's distances are guidance, not law ("richtafstanden"), so a
 *   shortfall is never a ban:
 *   | measured distance d (boundary → dwelling)  | dwelling in rustige woonwijk            | dwelling in gemengd gebied |
 *   |---|---|---|
 *   | d ≥ rustig distance                        | no conflict                             | no conflict |
 *   | gemengd distance ≤ d < rustig distance     | voorwaardelijk: motivate gemengd gebied | no conflict |
 *   | d < gemengd distance                       | voorwaardelijk: onderzoek + maatwerk    | voorwaardelijk: onderzoek + maatwerk |
 * - **toegestaan** — the plan permits it and every guide distance is met (or class A
 *   functiemenging, which asks no more than the building code).
 *
 * Function mixing: when the business (or, in the plan view, the zone) and the dwelling
 * lie in the same woon-werkzone or productieve wijk that has a functiemenging class, and
 * the activity's class is within it, the function-mixing list applies instead of guide
 * distances: no distance is used; class B/C give a condition (`FUNCTIEMENGING_CONDITION`).
 * A shape across several such zones is under the list when it lies wholly within zones that
 * all admit the class; a shape that crosses out of them is measured by guide distance to the
 * homes in those zones too, and `FUNCTIEMENGING_ZONE_BORDER` says that the border decided
 * (it comes first among the conditional reasons: it is why a distance is asked at all).
 *
 * The verdict is the most severe effect among the reasons; within one effect the reason
 * that asks most decides ({@link REASON_PRIORITY}). "At least the distance → no
 * conflict": d ≥ required is fine.
 */
import type { Milieucategorie, Omgevingstype } from '../domain/domain.ts';
import {
  CATEGORY_ABOVE_ZONE_LIMIT,
  DWELLING_WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE,
  FUNCTIEMENGING_CLASS_NOT_PERMITTED,
  FUNCTIEMENGING_CLASS_UNKNOWN,
  FUNCTIEMENGING_CONDITION,
  FUNCTIEMENGING_INSTEAD_OF_DISTANCE,
  FUNCTIEMENGING_ZONE_BORDER,
  HOUSING_IN_PRODUCTIEVE_WIJK,
  HOUSING_ON_BUSINESS_PARK,
  NO_CONFLICTS,
  NO_ZONE_PERMITS_BUSINESS,
  OMGEVINGSTYPE_AT_PLACE,
  TOO_CLOSE_TO_BUSINESS,
  TOO_CLOSE_TO_DWELLING,
  UNKNOWN_PROGRAM,
  WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE,
  ZONE_PERMITS_BUSINESS,
  type ReasonCode,
} from './reason-codes.ts';
import { requiredDistancesM, VNG_2009, type DistanceTable } from './vng.ts';

/** The three verdicts, from best to worst. */
export const VERDICTS = ['toegestaan', 'voorwaardelijk', 'niet-toegestaan'] as const;
/** A verdict. */
export type VerdictLevel = (typeof VERDICTS)[number];

/** The effect of each reason code on the verdict (the decision table). */
export const REASON_EFFECT: Readonly<Record<ReasonCode, VerdictLevel>> = {
  [HOUSING_ON_BUSINESS_PARK]: 'niet-toegestaan',
  [HOUSING_IN_PRODUCTIEVE_WIJK]: 'voorwaardelijk',
  [TOO_CLOSE_TO_BUSINESS]: 'voorwaardelijk',
  [WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE]: 'voorwaardelijk',
  [CATEGORY_ABOVE_ZONE_LIMIT]: 'niet-toegestaan',
  [FUNCTIEMENGING_CLASS_NOT_PERMITTED]: 'niet-toegestaan',
  [FUNCTIEMENGING_CLASS_UNKNOWN]: 'voorwaardelijk',
  [NO_ZONE_PERMITS_BUSINESS]: 'niet-toegestaan',
  [TOO_CLOSE_TO_DWELLING]: 'voorwaardelijk',
  [DWELLING_WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE]: 'voorwaardelijk',
  [ZONE_PERMITS_BUSINESS]: 'toegestaan',
  [OMGEVINGSTYPE_AT_PLACE]: 'toegestaan',
  [NO_CONFLICTS]: 'toegestaan',
  [FUNCTIEMENGING_INSTEAD_OF_DISTANCE]: 'toegestaan',
  [FUNCTIEMENGING_CONDITION]: 'voorwaardelijk',
  [FUNCTIEMENGING_ZONE_BORDER]: 'voorwaardelijk',
  [UNKNOWN_PROGRAM]: 'niet-toegestaan',
};

/** What a reason is about: what the plan permits, what a distance asks, a condition, or information. */
export type ReasonKind = 'plan' | 'distance' | 'condition' | 'info';

/** The kind of each reason code: the verdict card keeps the plan's bans apart from what distances ask. */
export const REASON_KIND: Readonly<Record<ReasonCode, ReasonKind>> = {
  [HOUSING_ON_BUSINESS_PARK]: 'plan',
  [HOUSING_IN_PRODUCTIEVE_WIJK]: 'condition',
  [TOO_CLOSE_TO_BUSINESS]: 'distance',
  [WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE]: 'distance',
  [CATEGORY_ABOVE_ZONE_LIMIT]: 'plan',
  [FUNCTIEMENGING_CLASS_NOT_PERMITTED]: 'plan',
  [FUNCTIEMENGING_CLASS_UNKNOWN]: 'condition',
  [NO_ZONE_PERMITS_BUSINESS]: 'plan',
  [TOO_CLOSE_TO_DWELLING]: 'distance',
  [DWELLING_WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE]: 'distance',
  [ZONE_PERMITS_BUSINESS]: 'info',
  [OMGEVINGSTYPE_AT_PLACE]: 'info',
  [NO_CONFLICTS]: 'info',
  [FUNCTIEMENGING_INSTEAD_OF_DISTANCE]: 'info',
  [FUNCTIEMENGING_CONDITION]: 'condition',
  [FUNCTIEMENGING_ZONE_BORDER]: 'distance',
  [UNKNOWN_PROGRAM]: 'plan',
};

/**
 * Within one effect, which reason decides (higher first): the one that asks most to go
 * ahead — onderzoek and maatwerk for a distance below the gemengd step before a motivated
 * gemengd gebied, before a functiemenging condition.
 */
export const REASON_PRIORITY: readonly ReasonCode[] = [
  UNKNOWN_PROGRAM,
  HOUSING_ON_BUSINESS_PARK,
  NO_ZONE_PERMITS_BUSINESS,
  CATEGORY_ABOVE_ZONE_LIMIT,
  FUNCTIEMENGING_CLASS_NOT_PERMITTED,
  FUNCTIEMENGING_ZONE_BORDER,
  TOO_CLOSE_TO_BUSINESS,
  TOO_CLOSE_TO_DWELLING,
  WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE,
  DWELLING_WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE,
  FUNCTIEMENGING_CONDITION,
  FUNCTIEMENGING_CLASS_UNKNOWN,
  HOUSING_IN_PRODUCTIEVE_WIJK,
];

/** How one business–dwelling distance is classified. */
export type DistanceClass = 'ok' | 'exception-possible' | 'too-close';

/**
 * Classifies a measured distance between a business and a sensitive function
 * (the per-object rule, shared by the location check and the whole-city surface).
 * @param distanceM measured planar distance in metres (full precision)
 * @param category the business's milieucategorie
 * @param omgevingstype where the sensitive function stands
 * @param table distance table (default VNG 2009)
 * @returns `ok` when d ≥ the distance for the omgevingstype; `exception-possible` in a
 *   rustige woonwijk when gemengd ≤ d < rustig; else `too-close`
 * @example classifyDistance(40, '3.1', 'rustige-woonwijk') // 'exception-possible'
 */
export function classifyDistance(
  distanceM: number,
  category: Milieucategorie | string,
  omgevingstype: Omgevingstype,
  table: DistanceTable = VNG_2009,
): DistanceClass {
  const req = requiredDistancesM(category, table);
  if (distanceM >= req[omgevingstype]) return 'ok';
  if (omgevingstype === 'rustige-woonwijk' && distanceM >= req['gemengd-gebied']) {
    return 'exception-possible';
  }
  return 'too-close';
}

/**
 * Decides the verdict from the reason codes: the most severe effect wins; within it, the
 * code first in {@link REASON_PRIORITY} decides.
 * @param codes the codes of the reasons found
 * @returns the verdict and the code that decided it (`null` when nothing severe was found)
 * @example decideVerdict([TOO_CLOSE_TO_BUSINESS]) // { verdict: 'voorwaardelijk', decidedBy: 'TOO_CLOSE_TO_BUSINESS' }
 */
export function decideVerdict(codes: readonly ReasonCode[]): {
  verdict: VerdictLevel;
  decidedBy: ReasonCode | null;
} {
  let verdict: VerdictLevel = 'toegestaan';
  let decidedBy: ReasonCode | null = null;
  for (const code of codes) {
    const effect = REASON_EFFECT[code];
    const rank = VERDICTS.indexOf(effect) - VERDICTS.indexOf(verdict);
    if (effect === 'toegestaan') continue;
    if (rank > 0 || (rank === 0 && priority(code) < priority(decidedBy))) {
      verdict = effect;
      decidedBy = code;
    }
  }
  return { verdict, decidedBy };
}

function priority(code: ReasonCode | null): number {
  if (code === null) return Infinity;
  const i = REASON_PRIORITY.indexOf(code);
  return i < 0 ? REASON_PRIORITY.length : i;
}
