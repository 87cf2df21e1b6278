/**
 * What a zone permits: the omgevingstype it sets for sensitive functions, and
 * whether a business of a given milieucategorie and functiemenging class may
 * be there. Exported separately so the whole-city surface agrees with the
 * location check.
 */
import type { ZoneRecord } from '../domain/dataset.ts';
import type { FunctiemengingClass, Omgevingstype } from '../domain/domain.ts';
import {
  CATEGORY_ABOVE_ZONE_LIMIT,
  FUNCTIEMENGING_CLASS_NOT_PERMITTED,
  FUNCTIEMENGING_CLASS_UNKNOWN,
  NO_ZONE_PERMITS_BUSINESS,
  ZONE_PERMITS_BUSINESS,
  type ReasonCode,
} from './reason-codes.ts';
import { isCategoryAtMost, VNG_2009, type DistanceTable } from './vng.ts';

/** Zone types that are mixed areas: gemengd gebied by default, functiemenging applies. */
export const MIXED_ZONE_TYPES: readonly string[] = ['woonwerkzone', 'productieve-wijk'];

/** The zone fields the permission rules read. */
export type ZoneLimits = Partial<
  Pick<
    ZoneRecord,
    'zoneType' | 'maxMilieucategorie' | 'functiemenging' | 'omgevingstype' | 'properties'
  >
>;

/**
 * The omgevingstype a zone states outright: its `omgevingstype` property (VNG 2009 rule
 * set), or its gebiedsaanwijzing mapped by the rule set (an omgevingsplan).
 * @param zone a zone
 * @param table the rule set (default VNG 2009)
 * @returns the stated omgevingstype, or `undefined`
 * @example explicitOmgevingstype({ properties: { gebiedsaanwijzing: 'gemengd gebied' } }, omgevingsplanTable)
 */
export function explicitOmgevingstype(
  zone: Pick<ZoneLimits, 'omgevingstype' | 'properties'>,
  table: DistanceTable = VNG_2009,
): Omgevingstype | undefined {
  const source = table.omgevingstypeSource;
  if (source?.from === 'gebiedsaanwijzing') {
    const value = zone.properties?.[source.property];
    return typeof value === 'string' ? source.values[value.trim().toLowerCase()] : undefined;
  }
  return zone.omgevingstype;
}

/**
 * The omgevingstype a zone sets: the one it states ({@link explicitOmgevingstype}); under
 * the `zone-type` source also gemengd-gebied for a woon-werkzone or productieve wijk.
 * @param zone a zone
 * @param table the rule set (default VNG 2009)
 * @returns the omgevingstype, or `undefined` when the zone does not set one
 * @example omgevingstypeOfZone({ zoneType: 'woonwerkzone' }) // 'gemengd-gebied'
 */
export function omgevingstypeOfZone(
  zone: Pick<ZoneLimits, 'zoneType' | 'omgevingstype' | 'properties'>,
  table: DistanceTable = VNG_2009,
): Omgevingstype | undefined {
  const explicit = explicitOmgevingstype(zone, table);
  if (explicit) return explicit;
  const source = table.omgevingstypeSource ?? {
    from: 'zone-type',
    mixedZoneTypes: MIXED_ZONE_TYPES,
  };
  if (source.from !== 'zone-type') return undefined;
  return zone.zoneType && source.mixedZoneTypes.includes(zone.zoneType)
    ? 'gemengd-gebied'
    : undefined;
}

/**
 * Whether a zone is a mixed zone (woon-werkzone, productieve wijk).
 * @param zone a zone
 * @returns true for mixed zone types
 * @example isMixedZone({ zoneType: 'productieve-wijk' }) // true
 */
export function isMixedZone(zone: Pick<ZoneLimits, 'zoneType'>): boolean {
  return zone.zoneType !== undefined && MIXED_ZONE_TYPES.includes(zone.zoneType);
}

/**
 * Checks whether a zone permits a business: its category must be at most the
 * zone's maxMilieucategorie; in a mixed zone with a functiemenging class, the
 * activity's class must be at most that class (A < B < C).
 * @param zone the zone's limits
 * @param category the business's milieucategorie
 * @param functiemenging the activity's functiemenging class, if known
 * @param table distance table (default VNG 2009), for the order of categories
 * @returns the reason codes: `ZONE_PERMITS_BUSINESS` alone when permitted
 * @example zonePermissionCodes({ zoneType: 'bedrijventerrein', maxMilieucategorie: '3.1' }, '3.2') // ['CATEGORY_ABOVE_ZONE_LIMIT']
 */
export function zonePermissionCodes(
  zone: ZoneLimits,
  category: string,
  functiemenging?: FunctiemengingClass,
  table: DistanceTable = VNG_2009,
): ReasonCode[] {
  if (!zone.maxMilieucategorie) return [NO_ZONE_PERMITS_BUSINESS];
  const codes: ReasonCode[] = [];
  if (!isCategoryAtMost(category, zone.maxMilieucategorie, table)) {
    codes.push(CATEGORY_ABOVE_ZONE_LIMIT);
  }
  if (isMixedZone(zone) && zone.functiemenging) {
    if (!functiemenging) codes.push(FUNCTIEMENGING_CLASS_UNKNOWN);
    else if (functiemenging > zone.functiemenging) codes.push(FUNCTIEMENGING_CLASS_NOT_PERMITTED);
  }
  return codes.length ? codes : [ZONE_PERMITS_BUSINESS];
}

/**
 * Whether a zone fully permits a business (no condition, no refusal).
 * @param zone the zone's limits
 * @param category milieucategorie
 * @param functiemenging the activity's class, if known
 * @param table distance table
 * @returns true when {@link zonePermissionCodes} gives only `ZONE_PERMITS_BUSINESS`
 * @example canZonePermitBusiness({ zoneType: 'bedrijventerrein', maxMilieucategorie: '4.2' }, '3.1') // true
 */
export function canZonePermitBusiness(
  zone: ZoneLimits,
  category: string,
  functiemenging?: FunctiemengingClass,
  table: DistanceTable = VNG_2009,
): boolean {
  const codes = zonePermissionCodes(zone, category, functiemenging, table);
  return codes.length === 1 && codes[0] === ZONE_PERMITS_BUSINESS;
}

/**
 * The condition a functiemenging class puts on the verdict (VNG 2009, Staat van
 * bedrijfsactiviteiten functiemenging): none for A (the building code suffices), the
 * business bouwkundig afgescheiden from homes for B, and also ontsloten op de
 * hoofdinfrastructuur for C.
 * @param functiemenging the class
 * @returns the condition ids, empty for class A
 * @example functiemengingConditions('C') // ['bouwkundig-afgescheiden', 'hoofdinfrastructuur']
 */
export function functiemengingConditions(
  functiemenging: FunctiemengingClass | undefined,
): FunctiemengingCondition[] {
  if (functiemenging === 'B') return ['bouwkundig-afgescheiden'];
  if (functiemenging === 'C') return ['bouwkundig-afgescheiden', 'hoofdinfrastructuur'];
  return [];
}

/** A condition of a functiemenging class B or C. */
export type FunctiemengingCondition = 'bouwkundig-afgescheiden' | 'hoofdinfrastructuur';

/**
 * Whether the function-mixing regime replaces guide distances for a business in this zone:
 * the zone is mixed, has a functiemenging class, and the activity's class is within it.
 * @param zone the zone's limits
 * @param functiemenging the activity's class, if known
 * @returns true when distances give way to the functiemenging list inside this zone
 * @example isUnderFunctiemenging({ zoneType: 'woonwerkzone', functiemenging: 'B' }, 'A') // true
 */
export function isUnderFunctiemenging(
  zone: ZoneLimits,
  functiemenging: FunctiemengingClass | undefined,
): boolean {
  return (
    isMixedZone(zone) &&
    zone.functiemenging !== undefined &&
    functiemenging !== undefined &&
    functiemenging <= zone.functiemenging
  );
}
