/**
 * Batch verdicts in the app (issue 14, "export of every result"): the Locatiecheck's program
 * checked at every business of the data, or at every place of a CSV file, written as CSV for
 * Dutch Excel. The checking and the CSV are the command line's (`src/analysis/batch/`); this
 * module only picks the sites, the program and the view, and downloads the file.
 */
import { maxRequiredDistanceM } from '../rules/vng.ts';
import { readSitesCsv, capProblemLines, type Site } from '../analysis/batch/sites.ts';
import {
  batchToCsv,
  businessSites,
  checkSite,
  datasetExtent,
  EXCEL_NL_CSV,
  type BatchCsvLabels,
  type BatchRow,
} from '../analysis/batch/verdicts.ts';
import { downloadFile } from '../map/export.ts';
import { app, messages } from './app.svelte.ts';
import { dataset } from './dataset.svelte.ts';
import { locatiecheck } from './locatiecheck.svelte.ts';
import { ruleView } from './rule-view.svelte.ts';
import type { CheckProgram } from './locatiecheck-state.ts';

/** What the panel shows after a run: a summary and the rows that got no verdict. */
export const batchVerdicts = $state({
  summary: '',
  problems: [] as string[],
});

function labels(): BatchCsvLabels {
  const t = messages().locatiecheck;
  return {
    header: t.batch.header,
    verdict: (level) => t.verdict[level],
    rule: (code) => t.rule[code],
    error: t.batch.error,
  };
}

/**
 * Checks the current program at every site and returns the rows (no file yet).
 * @param sites the sites
 * @returns the rows, or null without data or a program
 */
export function checkSites(sites: readonly (Site & { name?: string })[]): BatchRow[] | null {
  const ds = dataset();
  if (!ds || locatiecheck.awaitingActivity) return null;
  const program = $state.snapshot(locatiecheck.program) as CheckProgram;
  const extent = datasetExtent(ds, maxRequiredDistanceM());
  return sites.map((s) => ({
    ...checkSite(ds, s, program, { view: ruleView.view, extent, lang: app.lang }),
    ...(s.name ? { name: s.name } : {}),
  }));
}

function finish(rows: BatchRow[], problems: string[], fileName: string): void {
  const t = messages().locatiecheck.batch;
  const counts = { toegestaan: 0, voorwaardelijk: 0, 'niet-toegestaan': 0 };
  for (const r of rows) if (r.verdict) counts[r.verdict.verdict]++;
  const refused = rows.filter((r) => r.problem).map((r) => `${r.id}: ${r.problem}`);
  batchVerdicts.problems = capProblemLines([...problems, ...refused], app.lang, 20);
  batchVerdicts.summary = t.summary(
    rows.length - refused.length,
    counts.toegestaan,
    counts.voorwaardelijk,
    counts['niet-toegestaan'],
    problems.length + refused.length,
  );
  if (rows.length === 0) return;
  const csv = batchToCsv(rows, EXCEL_NL_CSV, labels());
  downloadFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** Checks the program at every business of the data (its plot, else its point) → CSV. */
export function exportBusinessVerdictsCsv(): void {
  const ds = dataset();
  if (!ds) return;
  const rows = checkSites(businessSites(ds));
  if (rows) finish(rows, [], 'oordelen-bedrijven.csv');
}

/**
 * Checks the program at every place of a CSV file (columns lon,lat or x,y, optional id/naam;
 * `,` `;` or tab) → CSV. Bad rows get no verdict and are listed, all at once.
 * @param file the chosen file
 */
export async function exportFileVerdictsCsv(file: File): Promise<void> {
  const read = readSitesCsv(await file.text(), undefined, app.lang);
  const rows = checkSites(read.sites);
  if (rows) finish(rows, read.problems, 'oordelen-plekken.csv');
}
