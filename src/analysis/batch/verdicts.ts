/**
 * Batch verdicts: the Locatiecheck over many places at once (a CSV or GeoJSON of places, or the
 * businesses of the data), and their export as CSV. One implementation for the command line
 * (`npm run locatiecheck -- --sites … --stream --format csv`, a plain `,` file per row) and the
 * app's Locatiecheck panel (a file for Dutch Excel: `;`, decimal comma, UTF-8 BOM, CRLF).
 * Issue 14: "the statistics and batch verdicts as CSV".
 */
import { EPSG_RD, eachPosition, toRd } from '../../geo/crs.ts';
import type { Dataset } from '../../domain/dataset.ts';
import type { Program } from '../../domain/domain.ts';
import { checkLocation, type RuleView, type Verdict } from '../../rules/location-check.ts';
import { outsideDataProblem, type BatchLang, type DataExtent, type Site } from './sites.ts';

/** One checked site: its verdict, or the problem that kept it from one. */
export interface BatchRow {
  id: string;
  /** A name for the site (a business's name), when known. */
  name?: string;
  /** A point in RD that stands for the site (its position, or a polygon's first corner). */
  atRd?: readonly [number, number];
  verdict?: Verdict;
  problem?: string;
}

/**
 * Checks one site: no verdict for a place outside the loaded data.
 * @param ds the dataset
 * @param site the site
 * @param program what would go there
 * @param options view, the data extent (see `dataExtent`/{@link datasetExtent}), message language
 * @returns the row
 * @example checkSite(ds, { id: 'A', place, crs: 'EPSG:28992' }, { kind: 'housing' }, { view: 'plan' })
 */
export function checkSite(
  ds: Dataset,
  site: Site,
  program: Program,
  options: { view: RuleView; extent?: DataExtent; lang?: BatchLang },
): BatchRow {
  const problem = outsideDataProblem(site, options.extent, options.lang ?? 'nl');
  if (problem !== undefined) return { id: site.id, problem };
  let first: number[] | undefined;
  eachPosition(site.place, (p) => {
    first ??= site.crs === EPSG_RD ? p : toRd(p);
  });
  return {
    id: site.id,
    ...(first ? { atRd: [first[0]!, first[1]!] as const } : {}),
    verdict: checkLocation(ds, site.place, program, { crs: site.crs, view: options.view }),
  };
}

/**
 * The RD extent of a dataset (zones, businesses, dwellings), with the margin `dataExtent` uses,
 * for the app, which holds the built dataset rather than the layer files.
 * @param ds the dataset
 * @param marginM margin in metres
 * @returns the extent, or undefined for an empty dataset
 * @example datasetExtent(ds, 1500)
 */
export function datasetExtent(ds: Dataset, marginM: number): DataExtent | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const add = (x: number, y: number) => {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  };
  for (const z of ds.zones) {
    add(z.bboxRd[0], z.bboxRd[1]);
    add(z.bboxRd[2], z.bboxRd[3]);
  }
  for (const b of ds.businesses) {
    const p = b.pointRd ?? b.plotRd?.[0]?.[0]?.[0];
    if (p) add(p[0]!, p[1]!);
  }
  for (let k = 0; k < ds.dwellings.count; k++) add(ds.dwellings.xs[k]!, ds.dwellings.ys[k]!);
  if (!Number.isFinite(minX)) return undefined;
  return { minX: minX - marginM, minY: minY - marginM, maxX: maxX + marginM, maxY: maxY + marginM };
}

/**
 * The businesses of the data as sites: each at its plot, or at its address point without one
 * (RD, as the dataset holds them).
 * @param ds the dataset
 * @returns one site per business with a geometry, with its name
 * @example businessSites(ds).length // 150 on the demo city
 */
export function businessSites(ds: Dataset): (Site & { name: string })[] {
  const out: (Site & { name: string })[] = [];
  for (const b of ds.businesses) {
    if (b.plotRd) {
      out.push({
        id: b.id,
        name: b.name,
        place: { type: 'MultiPolygon', coordinates: b.plotRd },
        crs: EPSG_RD,
      });
    } else if (b.pointRd) {
      out.push({
        id: b.id,
        name: b.name,
        place: { type: 'Point', coordinates: [...b.pointRd] },
        crs: EPSG_RD,
      });
    }
  }
  return out;
}

/** How a batch CSV is written. */
export interface BatchCsvDialect {
  separator: ',' | ';';
  /** Write numbers with a decimal comma (Dutch Excel). */
  decimalComma: boolean;
  /** Start with a UTF-8 byte-order mark (tells Excel the file is UTF-8). */
  bom: boolean;
  eol: '\n' | '\r\n';
  /**
   * `codes`: id, verdict code, deciding reason code, problem (the command line's machine format);
   * `full`: also name, RD position, the deciding rule in words, conflicts, nearest dwelling.
   */
  columns: 'codes' | 'full';
}

/** The command line's `--format csv`: `id,oordeel,besloten_door,fout`, codes only. */
export const CLI_CSV: BatchCsvDialect = {
  separator: ',',
  decimalComma: false,
  bom: false,
  eol: '\n',
  columns: 'codes',
};

/** A file for Dutch Excel, as the wijkprofielen and the attribute table write. */
export const EXCEL_NL_CSV: BatchCsvDialect = {
  separator: ';',
  decimalComma: true,
  bom: true,
  eol: '\r\n',
  columns: 'full',
};

/** The words of a `full` CSV: the header and the verdicts and rules in the UI's language. */
export interface BatchCsvLabels {
  /** id, name, x (RD), y (RD), verdict, deciding rule, code, conflicts, nearest dwelling (m), problem */
  header: readonly string[];
  verdict: (level: Verdict['verdict']) => string;
  rule: (code: NonNullable<Verdict['decidedBy']>) => string;
  /** The verdict column of a row without a verdict. */
  error: string;
}

/** The command line's header (codes; kept as it was). */
const CODES_HEADER = ['id', 'oordeel', 'besloten_door', 'fout'];

/** One cell, quoted when it holds either separator, a quote or a line break. */
function cell(text: string): string {
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function num(v: number | undefined, decimals: number, d: BatchCsvDialect): string {
  if (v === undefined || !Number.isFinite(v)) return '';
  const s = v.toFixed(decimals);
  return d.decimalComma ? s.replace('.', ',') : s;
}

/**
 * The header line of a batch CSV.
 * @param d the dialect
 * @param labels the words (needed for `full`)
 * @returns the line, with its line end (and the BOM when the dialect has one)
 * @example batchCsvHeader(CLI_CSV) // 'id,oordeel,besloten_door,fout\n'
 */
export function batchCsvHeader(d: BatchCsvDialect, labels?: BatchCsvLabels): string {
  const header = d.columns === 'full' && labels ? labels.header : CODES_HEADER;
  return (d.bom ? '\uFEFF' : '') + header.map((h) => cell(h)).join(d.separator) + d.eol;
}

/**
 * One row of a batch CSV.
 * @param row the checked site
 * @param d the dialect
 * @param labels the words (needed for `full`)
 * @returns the line, with its line end
 * @example batchCsvLine({ id: 'A', verdict }, CLI_CSV) // 'A,voorwaardelijk,TOO_CLOSE_TO_BUSINESS,\n'
 */
export function batchCsvLine(row: BatchRow, d: BatchCsvDialect, labels?: BatchCsvLabels): string {
  const v = row.verdict;
  const problem = row.problem ?? '';
  if (d.columns === 'codes' || !labels) {
    const cells = v ? [row.id, v.verdict, v.decidedBy ?? '', ''] : [row.id, 'fout', '', problem];
    return cells.map((c) => cell(c)).join(d.separator) + d.eol;
  }
  const nearest = v?.nearestDwelling?.distanceM;
  const cells = [
    cell(row.id),
    cell(row.name ?? ''),
    num(row.atRd?.[0], 2, d),
    num(row.atRd?.[1], 2, d),
    cell(v ? labels.verdict(v.verdict) : labels.error),
    cell(v?.decidedBy ? labels.rule(v.decidedBy) : ''),
    cell(v?.decidedBy ?? ''),
    v ? String(v.conflicts.length) : '',
    num(nearest, 1, d),
    cell(problem),
  ];
  return cells.join(d.separator) + d.eol;
}

/**
 * A whole batch as CSV.
 * @param rows the checked sites
 * @param d the dialect
 * @param labels the words (needed for `full`)
 * @returns the CSV text
 * @example batchToCsv(rows, EXCEL_NL_CSV, labels)
 */
export function batchToCsv(
  rows: readonly BatchRow[],
  d: BatchCsvDialect,
  labels?: BatchCsvLabels,
): string {
  return batchCsvHeader(d, labels) + rows.map((r) => batchCsvLine(r, d, labels)).join('');
}
