/**
 * Class breaks of a choropleth, from simple-statistics: quantiles (equal numbers of buurten
 * per class) or natural breaks (Ckmeans, the optimal 1-D k-means of Wang & Song 2011, which
 * is what "natural breaks" means in simple-statistics). Values without data stay out.
 */
import { ckmeans, quantileSorted } from 'simple-statistics';

/** How the classes are made. */
export type ClassMethod = 'quantiles' | 'natural';

/** The classes of a value set. */
export interface ClassBreaks {
  /** Upper bounds of the classes, ascending; the last is the maximum. Class i: (b[i-1], b[i]]. */
  upper: number[];
  /** Lowest value (the lower bound of the first class). */
  min: number;
}

/**
 * Class breaks for the values that are known.
 * @param values values (undefined = geen gegevens, left out)
 * @param method quantiles or natural breaks
 * @param classes wanted number of classes (fewer when there are fewer distinct values)
 * @returns breaks, or null without any known value
 * @example classBreaks([1, 2, 3, 10], 'natural', 2) // { min: 1, upper: [3, 10] }
 */
export function classBreaks(
  values: readonly (number | undefined)[],
  method: ClassMethod,
  classes: number,
): ClassBreaks | null {
  const known = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (known.length === 0) return null;
  const sorted = [...known].sort((a, b) => a - b);
  const distinct = new Set(sorted).size;
  const k = Math.max(1, Math.min(classes, distinct));
  let upper: number[];
  if (method === 'natural') {
    upper = ckmeans(sorted, k).map((cluster) => cluster[cluster.length - 1]!);
  } else {
    upper = [];
    for (let i = 1; i <= k; i++) upper.push(quantileSorted(sorted, i / k));
  }
  // Quantiles of many equal values repeat: keep each bound once.
  upper = [...new Set(upper)].sort((a, b) => a - b);
  return { min: sorted[0]!, upper };
}

/**
 * The class of a value.
 * @param breaks the breaks
 * @param value a value
 * @returns class index (0 = lowest), or -1 for undefined
 * @example classOf({ min: 1, upper: [3, 10] }, 5) // 1
 */
export function classOf(breaks: ClassBreaks, value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return -1;
  for (let i = 0; i < breaks.upper.length; i++) if (value <= breaks.upper[i]!) return i;
  return breaks.upper.length - 1;
}

/**
 * Sequential colour ramps (ColorBrewer YlGnBu for amounts, and a diverging PuOr for a change),
 * 5 classes; fewer classes take evenly spread steps.
 */
export const SEQUENTIAL_COLORS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
export const DIVERGING_COLORS = ['#e66101', '#fdb863', '#f7f7f7', '#b2abd2', '#5e3c99'];
/** Colour of "geen gegevens". */
export const NO_DATA_COLOR = '#d9d9d9';

/**
 * Colours for n classes.
 * @param n number of classes (1–5)
 * @param diverging true for a change (negative … positive)
 * @returns n colours, lowest class first
 * @example classColors(3) // ['#ffffcc', '#41b6c4', '#253494']
 */
export function classColors(n: number, diverging = false): string[] {
  const ramp = diverging ? DIVERGING_COLORS : SEQUENTIAL_COLORS;
  if (n >= ramp.length) return [...ramp];
  if (n <= 1) return [ramp[Math.floor(ramp.length / 2)]!];
  return Array.from({ length: n }, (_, i) => ramp[Math.round((i * (ramp.length - 1)) / (n - 1))]!);
}
