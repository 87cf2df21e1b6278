/**
 * Reason codes of the location check, as exported constants. A verdict
 * carries its reasons as data; the UI turns each code into a Dutch or English
 * sentence. The verdict each code leads to is decided in one place:
 * `decision-table.ts`.
 */

/** Housing on a bedrijventerrein. */
export const HOUSING_ON_BUSINESS_PARK = 'HOUSING_ON_BUSINESS_PARK';
/** Housing in a productieve wijk: only under conditions. */
export const HOUSING_IN_PRODUCTIEVE_WIJK = 'HOUSING_IN_PRODUCTIEVE_WIJK';
/**
 * A business (or, in the plan view, a zone that permits business) is closer than even the
 * gemengd-gebied distance: not a ban (VNG's distances are guidance), but going ahead needs
 * research into the actual nuisance (onderzoek) and made-to-measure rules (maatwerk).
 */
export const TOO_CLOSE_TO_BUSINESS = 'TOO_CLOSE_TO_BUSINESS';
/** Place in a rustige woonwijk; distance between the gemengd and the rustig distance: a motivated exception is possible. */
export const WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE =
  'WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE';
/** The category exceeds the zone's maxMilieucategorie. */
export const CATEGORY_ABOVE_ZONE_LIMIT = 'CATEGORY_ABOVE_ZONE_LIMIT';
/** The activity's functiemenging class is above the mixed zone's class. */
export const FUNCTIEMENGING_CLASS_NOT_PERMITTED = 'FUNCTIEMENGING_CLASS_NOT_PERMITTED';
/** The zone is mixed (functiemenging) but the activity has no known functiemenging class. */
export const FUNCTIEMENGING_CLASS_UNKNOWN = 'FUNCTIEMENGING_CLASS_UNKNOWN';
/** No zone at the place (or at part of it) permits business. */
export const NO_ZONE_PERMITS_BUSINESS = 'NO_ZONE_PERMITS_BUSINESS';
/** A dwelling is closer than even the gemengd-gebied distance of the business: onderzoek and maatwerk needed. */
export const TOO_CLOSE_TO_DWELLING = 'TOO_CLOSE_TO_DWELLING';
/** A dwelling in a rustige woonwijk lies between the gemengd and the rustig distance: exception possible. */
export const DWELLING_WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE =
  'DWELLING_WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE';
/** Information: the zone permits the business (category and class within its limits). */
export const ZONE_PERMITS_BUSINESS = 'ZONE_PERMITS_BUSINESS';
/** Information: the omgevingstype that applies at the place, and why. */
export const OMGEVINGSTYPE_AT_PLACE = 'OMGEVINGSTYPE_AT_PLACE';
/** Information: no business or dwelling within its required distance. */
export const NO_CONFLICTS = 'NO_CONFLICTS';
/**
 * Information: business and dwelling lie in the same mixed zone and the activity's
 * functiemenging class is within the zone's class, so the function-mixing list applies
 * instead of guide distances (VNG 2009, Staat van bedrijfsactiviteiten functiemenging).
 */
export const FUNCTIEMENGING_INSTEAD_OF_DISTANCE = 'FUNCTIEMENGING_INSTEAD_OF_DISTANCE';
/**
 * The function-mixing list replaces guide distances (as {@link FUNCTIEMENGING_INSTEAD_OF_DISTANCE})
 * and the class carries a condition: B — the business is bouwkundig afgescheiden from homes;
 * C — as B, and ontsloten op de hoofdinfrastructuur (VNG 2009, Staat van bedrijfsactiviteiten
 * functiemenging). Class A needs no more than the building code: no condition.
 */
export const FUNCTIEMENGING_CONDITION = 'FUNCTIEMENGING_CONDITION';
/**
 * A business (or homes, against a mixed zone) partly inside and partly outside the
 * functiemenging zones that admit the class: the function-mixing list applies only to a shape
 * that lies wholly within such zones (VNG 2009, Staat van bedrijfsactiviteiten functiemenging:
 * it replaces distances inside a mixed area), so the zone border decides that the homes in those
 * zones are measured by guide distance after all. Issue 14.
 */
export const FUNCTIEMENGING_ZONE_BORDER = 'FUNCTIEMENGING_ZONE_BORDER';
/** The program names an activity or category the tables do not know. */
export const UNKNOWN_PROGRAM = 'UNKNOWN_PROGRAM';

/** All reason codes. */
export const REASON_CODES = [
  HOUSING_ON_BUSINESS_PARK,
  HOUSING_IN_PRODUCTIEVE_WIJK,
  TOO_CLOSE_TO_BUSINESS,
  WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE,
  CATEGORY_ABOVE_ZONE_LIMIT,
  FUNCTIEMENGING_CLASS_NOT_PERMITTED,
  FUNCTIEMENGING_CLASS_UNKNOWN,
  NO_ZONE_PERMITS_BUSINESS,
  TOO_CLOSE_TO_DWELLING,
  DWELLING_WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE,
  ZONE_PERMITS_BUSINESS,
  OMGEVINGSTYPE_AT_PLACE,
  NO_CONFLICTS,
  FUNCTIEMENGING_INSTEAD_OF_DISTANCE,
  FUNCTIEMENGING_CONDITION,
  FUNCTIEMENGING_ZONE_BORDER,
  UNKNOWN_PROGRAM,
] as const;

/** A reason code. */
export type ReasonCode = (typeof REASON_CODES)[number];
