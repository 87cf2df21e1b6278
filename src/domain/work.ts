/**
 * Kinds of work: SBI 2008 sections (`data/sbi-sections.json`, CBS) and the floor area per
 * job by kind of work (`data/jobs-per-m2.json`), which estimates the jobs of a business
 * that has a floor area but no job count. The numbers live in those two files only.
 */
import jobsData from './data/jobs-per-m2.json';
import sbiData from './data/sbi-sections.json';

/** One SBI 2008 section (letter A–U). */
export interface SbiSection {
  code: string;
  /** First and last two-digit division of the section. */
  divisions: [number, number];
  nl: string;
  en: string;
}

/** A kind of work with its floor area per job. */
export interface WorkType {
  id: string;
  nl: string;
  en: string;
  m2BvoPerJob: number;
  source: string;
  /** false: the figure could not be checked against its source (see the data file's note). */
  verified: boolean;
  note?: string;
}

/** The SBI 2008 sections in order. */
export const SBI_SECTIONS: readonly SbiSection[] = sbiData.sections as SbiSection[];

/** The kinds of work in the order of the data file. */
export const WORK_TYPES: readonly WorkType[] = jobsData.workTypes as WorkType[];

const SECTION_WORK_TYPE = jobsData.sectionWorkType as Record<string, string>;

/**
 * The SBI 2008 section of an activity code.
 * @param sbi SBI code as text ("1071", "4520", "01"); at least two digits
 * @returns the section letter, or undefined for an unknown or malformed code
 * @example sbiSectionOf('1071') // 'C'
 */
export function sbiSectionOf(sbi: string | undefined): string | undefined {
  if (!sbi) return undefined;
  const m = /^\s*(\d{2})/.exec(sbi);
  if (!m) return undefined;
  const division = Number(m[1]);
  return SBI_SECTIONS.find((s) => division >= s.divisions[0] && division <= s.divisions[1])?.code;
}

/**
 * The kind of work of an SBI section.
 * @param section section letter
 * @returns the work type, or undefined for an unknown section
 * @example workTypeOfSection('C')?.id // 'productie'
 */
export function workTypeOfSection(section: string | undefined): WorkType | undefined {
  const id = section ? SECTION_WORK_TYPE[section] : undefined;
  return id ? WORK_TYPES.find((w) => w.id === id) : undefined;
}

/** The jobs of a business: counted, estimated from floor area, or unknown. */
export interface BusinessJobs {
  jobs: number;
  /** true: estimated from the floor area with the ratio of its kind of work. */
  isEstimated: boolean;
  /** true: no job count and no way to estimate one (no floor area, or unknown kind of work). */
  isUnknown: boolean;
  /** Kind of work (from the SBI code), when known. */
  workType: WorkType | undefined;
}

function finite(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined;
}

/**
 * Jobs of a business: its `jobs` property when given; else its floor area (`bvoM2`) divided by
 * the m² bvo per job of its kind of work (from its SBI code), marked as estimated.
 * @param properties the business's properties (`jobs`, `bvoM2`, `sbi` are read)
 * @returns jobs and how they were found
 * @example jobsOfBusiness({ sbi: '6201', bvoM2: 300 }) // { jobs: 10, isEstimated: true, … }
 */
export function jobsOfBusiness(properties: Record<string, unknown>): BusinessJobs {
  const sbi = typeof properties.sbi === 'number' ? String(properties.sbi) : properties.sbi;
  const workType = workTypeOfSection(sbiSectionOf(typeof sbi === 'string' ? sbi : undefined));
  const jobs = finite(properties.jobs);
  if (jobs !== undefined) return { jobs, isEstimated: false, isUnknown: false, workType };
  const bvo = finite(properties.bvoM2);
  if (bvo !== undefined && bvo > 0 && workType) {
    return { jobs: bvo / workType.m2BvoPerJob, isEstimated: true, isUnknown: false, workType };
  }
  return { jobs: 0, isEstimated: false, isUnknown: true, workType };
}
