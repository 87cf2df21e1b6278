/**
 * What the Wijkprofielen tab shows, as pure data: the profiles after the proposals (buurten,
 * re-summed wijken and city) and the classed values of one indicator for the choropleth, its
 * legend and the table. Switching indicator, mode or classification only re-runs
 * {@link choroplethOf}; the counts are not recomputed.
 */
import {
  classBreaks,
  classColors,
  classOf,
  type ClassBreaks,
  type ClassMethod,
} from './classes.ts';
import { sumProfiles, type Profiel, type Wijkprofielen } from './compute.ts';
import { applyDelta, type ProfielDelta } from './delta.ts';
import { modeValue, type Indicator, type ProfielMode } from './indicators.ts';

/**
 * The profiles after the proposals: each buurt with its change, the wijken and the city summed
 * again from those buurten.
 * @param today today's profiles
 * @param deltas per buurt index the change (`buurtDeltasOf`)
 * @returns the profiles after; unchanged buurten are today's objects
 * @example afterProfiles(today, buurtDeltasOf(impacts, ids)).city.homes
 */
export function afterProfiles(
  today: Wijkprofielen,
  deltas: ReadonlyMap<number, ProfielDelta>,
): Wijkprofielen {
  if (deltas.size === 0) return today;
  const buurten = today.buurten.map((b, i) => applyDelta(b, deltas.get(i)));
  const wijken = today.wijken.map((w) =>
    sumProfiles(
      w.id,
      w.name,
      w.wijk,
      buurten.filter((b) => b.wijk === w.id),
    ),
  );
  return {
    buurten,
    wijken,
    city: sumProfiles(today.city.id, today.city.name, today.city.wijk, buurten),
    outside: today.outside,
  };
}

/** One class of the legend: values in (from, to] (the first class includes `from`). */
export interface LegendClass {
  color: string;
  from: number;
  to: number;
  /** Regions in the class. */
  count: number;
}

/** The classed values of one indicator. */
export interface Choropleth {
  breaks: ClassBreaks | null;
  /** Whether the colours are diverging (a change with both signs). */
  diverging: boolean;
  /** Per region id: its value (undefined = geen gegevens), class (-1) and colour. */
  values: Map<string, number | undefined>;
  classes: Map<string, number>;
  colors: Map<string, string>;
  legend: LegendClass[];
  /** Regions with geen gegevens. */
  noData: number;
}

/**
 * Classes one indicator over regions.
 * @param indicator the indicator
 * @param today the regions today (buurten or wijken)
 * @param after the same regions after the proposals, in the same order
 * @param mode today, after or the change
 * @param method quantiles or natural breaks
 * @param noDataColor colour of geen gegevens
 * @param classes wanted number of classes (default 5)
 * @returns values, classes, colours and legend
 * @example choroplethOf(indicatorById('fmi')!, p.buurten, p.buurten, 'today', 'quantiles', '#d9d9d9')
 */
export function choroplethOf(
  indicator: Indicator,
  today: readonly Profiel[],
  after: readonly Profiel[],
  mode: ProfielMode,
  method: ClassMethod,
  noDataColor: string,
  classes = 5,
): Choropleth {
  const values = new Map<string, number | undefined>();
  today.forEach((t, i) => values.set(t.id, modeValue(indicator, t, after[i] ?? t, mode)));
  const list = [...values.values()];
  const breaks = classBreaks(list, method, classes);
  const known = list.filter((v): v is number => v !== undefined && Number.isFinite(v));
  const diverging = mode === 'change' && known.some((v) => v < 0) && known.some((v) => v > 0);
  const ramp = breaks ? classColors(breaks.upper.length, diverging) : [];
  const classMap = new Map<string, number>();
  const colors = new Map<string, string>();
  const counts = new Array<number>(ramp.length).fill(0);
  let noData = 0;
  for (const [id, v] of values) {
    const c = breaks ? classOf(breaks, v) : -1;
    classMap.set(id, c);
    colors.set(id, c < 0 ? noDataColor : ramp[c]!);
    if (c < 0) noData++;
    else counts[c]!++;
  }
  const legend: LegendClass[] = breaks
    ? breaks.upper.map((to, i) => ({
        color: ramp[i]!,
        from: i === 0 ? breaks.min : breaks.upper[i - 1]!,
        to,
        count: counts[i]!,
      }))
    : [];
  return { breaks, diverging, values, classes: classMap, colors, legend, noData };
}

/**
 * Sorts regions by a value, geen gegevens last in either direction; ties by name.
 * @param rows the regions
 * @param valueOf the sort value of a region (undefined = geen gegevens)
 * @param direction 1 ascending, -1 descending
 * @returns a sorted copy
 * @example sortRegions(buurten, (b) => b.homes, -1)
 */
export function sortRegions<T extends { name: string }>(
  rows: readonly T[],
  valueOf: (row: T) => number | string | undefined,
  direction: 1 | -1,
): T[] {
  return [...rows].sort((a, b) => {
    const va = valueOf(a);
    const vb = valueOf(b);
    if (va === undefined || vb === undefined) {
      if (va === vb) return a.name.localeCompare(b.name);
      return va === undefined ? 1 : -1;
    }
    const d =
      typeof va === 'string' || typeof vb === 'string'
        ? String(va).localeCompare(String(vb))
        : va - vb;
    return d !== 0 ? d * direction : a.name.localeCompare(b.name);
  });
}
