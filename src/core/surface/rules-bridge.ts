/**
 * The rule pieces the surface needs, in one place: guide distances, which zones permit a
 * category, the omgevingstype of a zone, and the category of an activity. The surface is not a
 * second implementation of the rules; once the rules module (issue 3) lands, these delegate
 * to it.
 */
import activities from '../../rules/data/activities.json';
import vng from '../../rules/data/vng-2009.json';
import {
  MILIEUCATEGORIEEN,
  type FunctiemengingClass,
  type Milieucategorie,
  type Omgevingstype,
  type ZoneProperties,
} from '../domain.ts';

/**
 * VNG 2009 guide distance for a category in an omgevingstype (src/rules/data/vng-2009.json).
 * @param category milieucategorie
 * @param omgevingstype where the sensitive function stands
 * @returns distance in metres
 * @example requiredDistanceM('3.1', 'rustige-woonwijk') // 50
 */
export function requiredDistanceM(category: Milieucategorie, omgevingstype: Omgevingstype): number {
  const row = vng.categories.find((c) => c.category === category);
  if (!row) throw new Error(`Unknown milieucategorie ${category}`);
  return row[omgevingstype];
}

/**
 * Position of a category in the VNG order (1 lowest).
 * @param category milieucategorie
 * @returns index, 0 for category 1
 * @example categoryRank('3.1') // 2
 */
export function categoryRank(category: Milieucategorie): number {
  return MILIEUCATEGORIEEN.indexOf(category);
}

/**
 * The omgevingstype inside a zone: its explicit value, else gemengd gebied for mixed zones
 * (woon-werkzone, productieve wijk) and for business parks.
 * @param zone zone properties
 * @returns the omgevingstype
 * @example zoneOmgevingstype({ zoneType: 'woonwerkzone' }) // 'gemengd-gebied'
 */
export function zoneOmgevingstype(
  zone: Pick<ZoneProperties, 'zoneType' | 'omgevingstype'>,
): Omgevingstype {
  return zone.omgevingstype ?? 'gemengd-gebied';
}

/** What a business program asks of a zone. */
export interface BusinessDemand {
  category: Milieucategorie;
  functiemenging?: FunctiemengingClass;
}

/**
 * Whether a zone permits a business of this category ("tot en met categorie X").
 * @param zone zone properties
 * @param demand category (and functiemenging class) of the activity
 * @returns true when the zone admits it
 * @example zonePermits({ maxMilieucategorie: '3.2' }, { category: '3.1' }) // true
 */
export function zonePermits(
  zone: Pick<ZoneProperties, 'maxMilieucategorie'>,
  demand: BusinessDemand,
): boolean {
  return categoryRank(demand.category) <= categoryRank(zone.maxMilieucategorie);
}

/**
 * Looks up an activity of the activity list.
 * @param activityId id in src/rules/data/activities.json
 * @returns its category and functiemenging class, or null when unknown
 * @example activityDemand('1071-a') // { category: '2', functiemenging: 'B' }
 */
export function activityDemand(activityId: string): BusinessDemand | null {
  const a = activities.activities.find((x) => x.id === activityId);
  if (!a) return null;
  const demand: BusinessDemand = { category: a.milieucategorie as Milieucategorie };
  if ('functiemenging' in a && a.functiemenging) {
    demand.functiemenging = a.functiemenging as FunctiemengingClass;
  }
  return demand;
}
