/**
 * The indicators of the wijkprofielen as data: each one an id, a unit and a function of a
 * profile's counts. Labels live in src/i18n (key `wijk.indicator.<kind>`); the SBI sections,
 * milieucategorieën and kinds of work come from their data files.
 */
import { MILIEUCATEGORIEEN } from '../../domain/domain.ts';
import { SBI_SECTIONS, WORK_TYPES } from '../../domain/work.ts';
import type { Profiel } from './compute.ts';

/** Unit of an indicator value. */
export type IndicatorUnit = 'homes' | 'jobs' | 'ratio' | 'index' | 'pct' | 'count' | 'm2' | 'ha';

/** The kinds of indicator; a kind with a `key` is one per section, category or work type. */
export type IndicatorKind =
  | 'homes'
  | 'jobs'
  | 'jobsPerHome'
  | 'fmi'
  | 'mxi'
  | 'establishments'
  | 'sbi'
  | 'category'
  | 'bvo'
  | 'bvoType'
  | 'businessLand'
  | 'workLandPct'
  | 'housingNietPct'
  | 'housingVoorwaardelijkPct';

/** One indicator. */
export interface Indicator {
  /** Stable id (`sbi:C`, `category:3.1`, `bvoType:productie` for keyed kinds). */
  id: string;
  kind: IndicatorKind;
  /** Section letter, milieucategorie or work-type id for keyed kinds. */
  key?: string;
  unit: IndicatorUnit;
  /** Decimals to show. */
  decimals: number;
  /** Whether values add up over buurten (the city row shows a total, else an average). */
  isSum: boolean;
}

/**
 * The functiemengingsindex (../shared/DOMAIN.md § Measures of function mix).
 * @param jobs jobs
 * @param homes homes
 * @returns jobs / (jobs + homes) × 100, or undefined when both are 0
 * @example functiemengingsindex(50, 50) // 50
 */
export function functiemengingsindex(jobs: number, homes: number): number | undefined {
  return jobs + homes > 0 ? (jobs / (jobs + homes)) * 100 : undefined;
}

/** Jobs, homes and the two ratios. */
export interface MixNumbers {
  jobs: number;
  homes: number;
  /** jobs / homes; undefined without homes. */
  jobsPerHome: number | undefined;
  /** Functiemengingsindex; undefined when jobs and homes are both 0. */
  fmi: number | undefined;
}

/**
 * @param jobs jobs
 * @param homes homes
 * @returns the numbers with jobs per home and the functiemengingsindex
 * @example mixOf(50, 50).fmi // 50
 */
export function mixOf(jobs: number, homes: number): MixNumbers {
  return {
    jobs,
    homes,
    jobsPerHome: homes > 0 ? jobs / homes : undefined,
    fmi: functiemengingsindex(jobs, homes),
  };
}

const base: Indicator[] = [
  { id: 'homes', kind: 'homes', unit: 'homes', decimals: 0, isSum: true },
  { id: 'jobs', kind: 'jobs', unit: 'jobs', decimals: 0, isSum: true },
  { id: 'jobsPerHome', kind: 'jobsPerHome', unit: 'ratio', decimals: 2, isSum: false },
  { id: 'fmi', kind: 'fmi', unit: 'index', decimals: 1, isSum: false },
  { id: 'mxi', kind: 'mxi', unit: 'pct', decimals: 1, isSum: false },
  { id: 'establishments', kind: 'establishments', unit: 'count', decimals: 0, isSum: true },
  { id: 'bvo', kind: 'bvo', unit: 'm2', decimals: 0, isSum: true },
  { id: 'businessLand', kind: 'businessLand', unit: 'ha', decimals: 2, isSum: true },
  { id: 'workLandPct', kind: 'workLandPct', unit: 'pct', decimals: 1, isSum: false },
  { id: 'housingNietPct', kind: 'housingNietPct', unit: 'pct', decimals: 1, isSum: false },
  {
    id: 'housingVoorwaardelijkPct',
    kind: 'housingVoorwaardelijkPct',
    unit: 'pct',
    decimals: 1,
    isSum: false,
  },
];

/** Every indicator, in the order of the picker and the table. */
export const INDICATORS: readonly Indicator[] = [
  ...base.slice(0, 6),
  ...SBI_SECTIONS.map((s): Indicator => ({
    id: `sbi:${s.code}`,
    kind: 'sbi',
    key: s.code,
    unit: 'count',
    decimals: 0,
    isSum: true,
  })),
  ...MILIEUCATEGORIEEN.map((c): Indicator => ({
    id: `category:${c}`,
    kind: 'category',
    key: c,
    unit: 'count',
    decimals: 0,
    isSum: true,
  })),
  base[6]!,
  ...WORK_TYPES.map((w): Indicator => ({
    id: `bvoType:${w.id}`,
    kind: 'bvoType',
    key: w.id,
    unit: 'm2',
    decimals: 0,
    isSum: true,
  })),
  ...base.slice(7),
];

/** Indicators of the table (the sections, categories and work types are in the profile). */
export const TABLE_INDICATORS: readonly Indicator[] = INDICATORS.filter(
  (i) => i.kind !== 'sbi' && i.kind !== 'category' && i.kind !== 'bvoType',
);

/**
 * @param id indicator id
 * @returns the indicator, or undefined for an unknown id
 * @example indicatorById('fmi')?.unit // 'index'
 */
export function indicatorById(id: string): Indicator | undefined {
  return INDICATORS.find((i) => i.id === id);
}

/**
 * The value of an indicator for a profile. Point-based figures of a region without data are
 * undefined ("geen gegevens"), as are ratios without a denominator; land figures are always
 * known; the housing shares only when the surface statistics were given.
 * @param indicator the indicator
 * @param p the profile
 * @returns the value, or undefined for "geen gegevens"
 * @example indicatorValue(indicatorById('fmi')!, buurt) // 42.5
 */
export function indicatorValue(indicator: Indicator, p: Profiel): number | undefined {
  switch (indicator.kind) {
    case 'businessLand':
      return p.businessLandM2 / 10_000;
    case 'workLandPct':
      return p.areaM2 > 0 ? (100 * p.businessLandM2) / p.areaM2 : undefined;
    case 'housingNietPct':
    case 'housingVoorwaardelijkPct': {
      const s = p.housingSurface;
      if (!s || s.studyM2 <= 0) return undefined;
      return (
        (100 * (indicator.kind === 'housingNietPct' ? s.nietM2 : s.voorwaardelijkM2)) / s.studyM2
      );
    }
    default:
      break;
  }
  if (!p.hasData) return undefined;
  switch (indicator.kind) {
    case 'homes':
      return p.homes;
    case 'jobs':
      return p.jobs;
    case 'jobsPerHome':
      return p.homes > 0 ? p.jobs / p.homes : undefined;
    case 'fmi':
      return functiemengingsindex(p.jobs, p.homes);
    case 'mxi':
      // Only where floor areas of homes are known: without them the share would read as 0.
      return p.dwellingsWithFloorArea > 0 && p.housingBvoM2 + p.bvoM2 > 0
        ? (100 * p.housingBvoM2) / (p.housingBvoM2 + p.bvoM2)
        : undefined;
    case 'establishments':
      return p.establishments;
    case 'sbi':
      return p.bySection[indicator.key!] ?? 0;
    case 'category':
      return p.byCategory[indicator.key!] ?? 0;
    case 'bvo':
      return p.bvoM2;
    case 'bvoType':
      return p.bvoByWorkType[indicator.key!] ?? 0;
    default:
      return undefined;
  }
}

/**
 * Whether a value of this indicator contains estimated jobs (shown with a mark).
 * @param indicator the indicator
 * @param p the profile
 * @returns true when part of the value is estimated from floor area
 * @example isEstimated(indicatorById('jobs')!, buurt)
 */
export function isEstimated(indicator: Indicator, p: Profiel): boolean {
  const usesJobs =
    indicator.kind === 'jobs' || indicator.kind === 'jobsPerHome' || indicator.kind === 'fmi';
  return usesJobs && p.hasData && p.jobsEstimated > 0;
}

/** Which figure of before/after a view shows. */
export type ProfielMode = 'today' | 'after' | 'change';

/**
 * The value in a mode: today's, after the proposals, or the change (after − today).
 * @param indicator the indicator
 * @param today the profile today
 * @param after the profile after the proposals
 * @param mode which figure
 * @returns the value; the change is undefined when either side is
 * @example modeValue(ind, today, after, 'change')
 */
export function modeValue(
  indicator: Indicator,
  today: Profiel,
  after: Profiel,
  mode: ProfielMode,
): number | undefined {
  if (mode === 'today') return indicatorValue(indicator, today);
  if (mode === 'after') return indicatorValue(indicator, after);
  const a = indicatorValue(indicator, after);
  const t = indicatorValue(indicator, today);
  return a === undefined || t === undefined ? undefined : a - t;
}
