/**
 * The VNG distance table (richtafstanden) as data, and lookups on it. Every
 * number comes from `data/vng-2009.json` (VNG "Bedrijven en milieuzonering",
 * 2009, tabel 1; gemengd gebied one distance step lower, § 2.2.1). A
 * municipality loads another table by passing its own {@link DistanceTable}.
 */
import type { Milieucategorie, Omgevingstype } from '../domain/domain.ts';
import vng2009 from './data/vng-2009.json';

/** Required distances of one category under both omgevingstypes, metres. */
export interface RequiredDistancesM {
  'rustige-woonwijk': number;
  'gemengd-gebied': number;
}

/**
 * Where the omgevingstype of a place comes from.
 * - `zone-type` (VNG 2009 practice in a bestemmingsplan): a zone's own `omgevingstype`
 *   property wins; else a zone of one of `mixedZoneTypes` is gemengd gebied; else rustige woonwijk.
 * - `gebiedsaanwijzing` (an omgevingsplan): read from the plan's own designation, the zone
 *   property `property`, whose values (compared in lower case) map onto the table's two
 *   columns; zone types are then not used to infer it. A value the map lacks sets nothing.
 */
export type OmgevingstypeSource =
  | { from: 'zone-type'; mixedZoneTypes: readonly string[] }
  | { from: 'gebiedsaanwijzing'; property: string; values: Record<string, Omgevingstype> };

/**
 * A rule set as data: the categories in ascending order with their guide distances, and
 * where the omgevingstype comes from. The app ships VNG 2009 (`data/vng-2009.json`); a
 * municipality whose omgevingsplan has its own table and gebiedsaanwijzingen loads its own.
 */
export interface DistanceTable {
  id: string;
  title: string;
  source: string;
  categories: ({ category: string } & RequiredDistancesM)[];
  /** Default: `zone-type` with woon-werkzone and productieve wijk as mixed zone types. */
  omgevingstypeSource?: OmgevingstypeSource;
}

/** A rule set: today one distance table with its omgevingstype source (see {@link DistanceTable}). */
export type RuleSet = DistanceTable;

/** The VNG 2009 table shipped with the app (src/rules/data/vng-2009.json). */
export const VNG_2009: DistanceTable = vng2009 as DistanceTable;

/**
 * Position of a category in the table (its step), for comparing categories.
 * @param category milieucategorie, e.g. "3.1"
 * @param table distance table (default VNG 2009)
 * @returns 0-based step, or -1 when the table does not know it
 * @example categoryRank('3.1') // 2
 */
export function categoryRank(category: string, table: DistanceTable = VNG_2009): number {
  return table.categories.findIndex((c) => c.category === category);
}

/**
 * Whether category `a` is at most category `b` ("tot en met categorie b").
 * @param a the activity's category
 * @param b the limit
 * @param table distance table (default VNG 2009)
 * @returns true when a ≤ b; false when either is unknown
 * @example isCategoryAtMost('3.1', '3.2') // true
 */
export function isCategoryAtMost(a: string, b: string, table: DistanceTable = VNG_2009): boolean {
  const ra = categoryRank(a, table);
  const rb = categoryRank(b, table);
  return ra >= 0 && rb >= 0 && ra <= rb;
}

/**
 * Both required distances of a category.
 * @param category milieucategorie
 * @param table distance table (default VNG 2009)
 * @returns distances in metres for rustige woonwijk and gemengd gebied
 * @throws when the table does not know the category
 * @example requiredDistancesM('3.1') // { 'rustige-woonwijk': 50, 'gemengd-gebied': 30 }
 */
export function requiredDistancesM(
  category: Milieucategorie | string,
  table: DistanceTable = VNG_2009,
): RequiredDistancesM {
  const row = table.categories.find((c) => c.category === category);
  if (!row) throw new Error(`Onbekende milieucategorie "${category}" in tabel ${table.id}`);
  return { 'rustige-woonwijk': row['rustige-woonwijk'], 'gemengd-gebied': row['gemengd-gebied'] };
}

/**
 * The VNG guide distance (richtafstand) of a category for an omgevingstype.
 * @param category milieucategorie
 * @param omgevingstype where the sensitive function stands
 * @param table distance table (default VNG 2009)
 * @returns distance in metres
 * @example requiredDistance('3.2', 'gemengd-gebied') // 50
 */
export function requiredDistance(
  category: Milieucategorie | string,
  omgevingstype: Omgevingstype,
  table: DistanceTable = VNG_2009,
): number {
  return requiredDistancesM(category, table)[omgevingstype];
}

/**
 * The largest distance in the table: how far any business can reach.
 * @param table distance table (default VNG 2009)
 * @returns metres
 * @example maxRequiredDistanceM() // 1500
 */
export function maxRequiredDistanceM(table: DistanceTable = VNG_2009): number {
  let max = 0;
  for (const c of table.categories) max = Math.max(max, c['rustige-woonwijk'], c['gemengd-gebied']);
  return max;
}
