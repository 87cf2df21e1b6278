/**
 * The decision table of the location check: the ONE place that says which
 * verdict each reason leads to, and how a measured distance is classified.
 *
 * Per business–dwelling pair (VNG "Bedrijven en milieuzonering" 2009; the
 * distances come from the distance table, `data/vng-2009.json`):
 *
 * | measured distance d (boundary of plot/zone → dwelling) | dwelling in rustige woonwijk | dwelling in gemengd gebied |
 * |---|---|---|
 * | d ≥ rustig distance                    | no conflict                | no conflict     |
 * | gemengd distance ≤ d < rustig distance | voorwaardelijk (exception) | no conflict     |
 * | d < gemengd distance                   | niet toegestaan            | niet toegestaan |
 *
 * Zones:
 * - housing on a bedrijventerrein → niet toegestaan;
 * - housing in a productieve wijk → at best voorwaardelijk;
 * - business where no zone permits business, or the category is above the zone's
 *   maxMilieucategorie, or its functiemenging class is above the zone's class
 *   → niet toegestaan; mixed zone and the activity's class unknown → voorwaardelijk.
 *
 * Function mixing: when the business and the dwelling lie in the same woon-werkzone or
 * productieve wijk that has a functiemenging class, and the activity's class is within it,
 * the function-mixing list applies instead of guide distances: no distance conflict
 * (the business must then be bouwkundig afgescheiden, class B, or on a main road, class C).
 *
 * The verdict is the most severe effect among the reasons; with no severe
 * reason it is toegestaan. "At least the distance → no conflict": d ≥ required is fine.
 */
import type { Milieucategorie, Omgevingstype } from '../domain/domain.ts';
import {
  CATEGORY_ABOVE_ZONE_LIMIT,
  DWELLING_WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE,
  FUNCTIEMENGING_CLASS_NOT_PERMITTED,
  FUNCTIEMENGING_CLASS_UNKNOWN,
  FUNCTIEMENGING_INSTEAD_OF_DISTANCE,
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
  [TOO_CLOSE_TO_BUSINESS]: 'niet-toegestaan',
  [WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE]: 'voorwaardelijk',
  [CATEGORY_ABOVE_ZONE_LIMIT]: 'niet-toegestaan',
  [FUNCTIEMENGING_CLASS_NOT_PERMITTED]: 'niet-toegestaan',
  [FUNCTIEMENGING_CLASS_UNKNOWN]: 'voorwaardelijk',
  [NO_ZONE_PERMITS_BUSINESS]: 'niet-toegestaan',
  [TOO_CLOSE_TO_DWELLING]: 'niet-toegestaan',
  [DWELLING_WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE]: 'voorwaardelijk',
  [ZONE_PERMITS_BUSINESS]: 'toegestaan',
  [OMGEVINGSTYPE_AT_PLACE]: 'toegestaan',
  [NO_CONFLICTS]: 'toegestaan',
  [FUNCTIEMENGING_INSTEAD_OF_DISTANCE]: 'toegestaan',
  [UNKNOWN_PROGRAM]: 'niet-toegestaan',
};

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
 * Decides the verdict from the reason codes: the most severe effect wins.
 * @param codes the codes of the reasons found
 * @returns the verdict and the first code that decided it (`null` when nothing was found)
 * @example decideVerdict([TOO_CLOSE_TO_BUSINESS]) // { verdict: 'niet-toegestaan', decidedBy: 'TOO_CLOSE_TO_BUSINESS' }
 */
export function decideVerdict(codes: readonly ReasonCode[]): {
  verdict: VerdictLevel;
  decidedBy: ReasonCode | null;
} {
  let verdict: VerdictLevel = 'toegestaan';
  let decidedBy: ReasonCode | null = null;
  for (const code of codes) {
    const effect = REASON_EFFECT[code];
    if (VERDICTS.indexOf(effect) > VERDICTS.indexOf(verdict)) {
      verdict = effect;
      decidedBy = code;
    }
  }
  return { verdict, decidedBy };
}
