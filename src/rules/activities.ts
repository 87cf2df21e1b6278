/**
 * The activity list: common urban business activities with SBI code,
 * milieucategorie and functiemenging class, each citing its source
 * (`data/activities.json`). Searchable by word (Dutch or English, case- and
 * diacritics-insensitive) and by SBI code prefix.
 */
import {
  MILIEUCATEGORIEEN,
  type FunctiemengingClass,
  type Milieucategorie,
} from '../domain/domain.ts';
import data from './data/activities.json';

/** One activity of the list. */
export interface Activity {
  id: string;
  sbi: string;
  nl: string;
  en: string;
  milieucategorie: Milieucategorie;
  functiemenging?: FunctiemengingClass;
  keywords?: string;
  /**
   * Entries that are size classes of one activity share a group (the bakery < 7,500 kg flour a
   * week and the bread factory ≥ 7,500 kg are both SBI 1071): a search that finds one finds all.
   */
  sizeGroup?: string;
  source: string;
  /**
   * A size threshold of the VNG list: `milieucategorie` is the larger size class; at or
   * below `m2` of `measure` the activity is `atOrBelow` (e.g. 1013: p.o. > 1,000 m² 3.2, else 3.1).
   */
  sizeThreshold?: {
    measure: 'productieoppervlak' | 'bedrijfsoppervlak';
    m2: number;
    atOrBelow: Milieucategorie;
    above: Milieucategorie;
  };
  /** false when the entry could not be checked against the VNG list (see `verification`). */
  verified?: boolean;
  /** What was searched for an unverified entry. */
  verification?: string;
}

/** The activity list shipped with the app. */
export const ACTIVITIES: readonly Activity[] = data.activities as Activity[];

/** Source note of the list as a whole. */
export const ACTIVITIES_SOURCE: string = data.note;

function normalise(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Finds an activity by its id.
 * @param id activity id, e.g. "1071-a"
 * @param list the activity list (default the shipped one)
 * @returns the activity, or undefined
 * @example findActivity('6201')?.milieucategorie // '1'
 */
export function findActivity(
  id: string,
  list: readonly Activity[] = ACTIVITIES,
): Activity | undefined {
  return list.find((a) => a.id === id);
}

/**
 * The category of an activity, by size where the VNG list has a threshold.
 * @param activity the activity
 * @param areaM2 its productie- or bedrijfsoppervlak in m², when known
 * @returns the category of the size class; without a size the larger class (the heaviest)
 * @example activityCategory(findActivity('1013')!, 1000) // '3.1'
 */
export function activityCategory(activity: Activity, areaM2?: number): Milieucategorie {
  const t = activity.sizeThreshold;
  if (!t || areaM2 === undefined || !Number.isFinite(areaM2)) return activity.milieucategorie;
  return areaM2 <= t.m2 ? t.atOrBelow : t.above;
}

/**
 * Searches activities by SBI code prefix (when the query is digits) or by words:
 * every word must occur in the Dutch or English description or the keywords. Every size class
 * of a found activity is found too (its `sizeGroup`).
 * @param query e.g. "bakkerij", "Bäkery", "10", "1071"
 * @param lang language whose description matches rank first
 * @param list the activity list (default the shipped one)
 * @returns matching activities; exact SBI matches and matches in `lang` first
 * @example searchActivities('smederij', 'nl')[0]?.sbi // '2550'
 */
export function searchActivities(
  query: string,
  lang: 'nl' | 'en' = 'nl',
  list: readonly Activity[] = ACTIVITIES,
): Activity[] {
  const q = normalise(query.trim());
  if (q === '') return [...list];
  const code = q.replace(/[\s.]/g, '');
  if (/^\d+$/.test(code)) {
    return list
      .filter((a) => a.sbi.startsWith(code))
      .sort((a, b) => Number(b.sbi === code) - Number(a.sbi === code));
  }
  const words = q.split(/\s+/);
  const scored: { a: Activity; score: number }[] = [];
  for (const a of list) {
    const own = normalise(a[lang]);
    const all = `${normalise(a.nl)} ${normalise(a.en)} ${normalise(a.keywords ?? '')}`;
    if (!words.every((w) => all.includes(w))) continue;
    scored.push({ a, score: words.filter((w) => own.includes(w)).length });
  }
  return withSizeClasses(
    scored.sort((x, y) => y.score - x.score).map((s) => s.a),
    list,
  );
}

/**
 * Adds the other size classes of each found activity right after the first of its group that
 * was found, lightest class first, so that "bakkerij" also lists the bread factory (cat. 3.2).
 */
function withSizeClasses(found: readonly Activity[], list: readonly Activity[]): Activity[] {
  const out: Activity[] = [];
  const seen = new Set<string>();
  for (const a of found) {
    if (seen.has(a.id)) continue;
    const group = a.sizeGroup
      ? list
          .filter((b) => b.sizeGroup === a.sizeGroup)
          .sort((x, y) => categoryOrder(x) - categoryOrder(y))
      : [a];
    for (const b of group) {
      if (seen.has(b.id)) continue;
      seen.add(b.id);
      out.push(b);
    }
  }
  return out;
}

function categoryOrder(a: Activity): number {
  return MILIEUCATEGORIEEN.indexOf(a.milieucategorie);
}
