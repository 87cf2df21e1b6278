/**
 * Batch location checks in bounded memory (issue 13: 1,000,000 rows used to end in "Invalid
 * string length" after 6 minutes and 4 GB). Rows stream in from a CSV (papaparse in stream
 * mode) or JSON Lines file, each is validated and checked, and its result streams out at once
 * as JSON Lines or CSV, waiting for the output to drain. Progress goes to stderr. A bad row
 * gives an error record (never a verdict) and the run exits 2 at the end.
 */
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import Papa from 'papaparse';
import type { CrsCode } from '../geo/crs.ts';
import type { Dataset } from '../domain/dataset.ts';
import type { Program } from '../domain/domain.ts';
import type { RuleView } from '../rules/location-check.ts';
import { batchCsvHeader, batchCsvLine, checkSite, CLI_CSV } from '../analysis/batch/verdicts.ts';
import type { CliLang } from './format-verdict.ts';
import {
  findSiteColumns,
  outsideDataProblem,
  placeProblems,
  siteFromRow,
  type DataExtent,
  type Site,
  type SiteColumns,
} from '../analysis/batch/sites.ts';

/** What a streamed batch needs. */
export interface StreamOptions {
  /** The input rows: CSV text or JSON Lines. */
  input: Readable;
  inputFormat: 'csv' | 'jsonl';
  outputFormat: 'jsonl' | 'csv';
  crs: CrsCode | undefined;
  lang: CliLang;
  program: Program;
  view: RuleView;
  dataset: Dataset;
  extent: DataExtent | undefined;
  out: Writable;
  /** The CSV delimiter (see {@link sniffDelimiter}). */
  delimiter?: ',' | ';' | '\t';
  /** Progress lines go here (stderr). */
  progress: Writable;
  /** A progress line every this many rows. */
  progressEvery?: number;
}

/** Rows read and rows refused. */
export interface StreamResult {
  rows: number;
  refused: number;
}

const say = (lang: CliLang, nl: string, en: string): string => (lang === 'en' ? en : nl);

/**
 * The delimiter of a CSV from its header line: `;` or tab when it has more of those than of `,`.
 * @param header the first line
 * @returns the delimiter
 */
export function sniffDelimiter(header: string): ',' | ';' | '\t' {
  const count = (c: string) => header.split(c).length - 1;
  const comma = count(',');
  if (count(';') > comma) return ';';
  if (count('\t') > comma) return '\t';
  return ',';
}

/** Rows of a CSV stream, as objects by column. */
async function* csvRows(
  input: Readable,
  delimiter: string,
): AsyncGenerator<{ row: Record<string, unknown>; fields: string[] }> {
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {
    header: true,
    delimiter,
    skipEmptyLines: 'greedy',
    transformHeader: (h: string) => h.replace(/^\uFEFF/, '').trim(),
  });
  input.pipe(parser);
  let fields: string[] | undefined;
  for await (const row of parser as AsyncIterable<Record<string, unknown>>) {
    fields ??= Object.keys(row);
    yield { row, fields };
  }
}

/** Lines of a JSON Lines stream, parsed. */
async function* jsonlRows(input: Readable): AsyncGenerator<unknown> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') {
      yield undefined;
      continue;
    }
    try {
      yield JSON.parse(line) as unknown;
    } catch {
      yield Symbol.for('bad-json');
    }
  }
}

/**
 * Checks every row of a batch, streaming the results out.
 * @param o input, output and what to check
 * @returns how many rows were read and refused
 * @example await streamBatch({ input: createReadStream('sites.csv'), inputFormat: 'csv', … })
 */
export async function streamBatch(o: StreamOptions): Promise<StreamResult> {
  const every = o.progressEvery ?? 100_000;
  let rows = 0;
  let refused = 0;
  let buffer: string[] = [];
  const flush = async () => {
    if (buffer.length === 0) return;
    const text = buffer.join('');
    buffer = [];
    if (!o.out.write(text)) await once(o.out, 'drain');
  };
  const emit = async (line: string) => {
    buffer.push(line);
    if (buffer.length >= 512) await flush();
  };
  if (o.outputFormat === 'csv') await emit(batchCsvHeader(CLI_CSV));
  const result = async (where: string, site: Site | string) => {
    rows++;
    if (rows % every === 0) o.progress.write(say(o.lang, `… ${rows} rijen\n`, `… ${rows} rows\n`));
    let problem = typeof site === 'string' ? site : outsideDataProblem(site, o.extent, o.lang);
    if (typeof site !== 'string' && problem) problem = `${where} (${site.id}): ${problem}`;
    if (problem !== undefined) {
      refused++;
      const id = typeof site === 'string' ? '' : site.id;
      await emit(
        o.outputFormat === 'csv'
          ? batchCsvLine({ id, problem }, CLI_CSV)
          : `${JSON.stringify({ line: where, error: problem })}\n`,
      );
      return;
    }
    const s = site as Site;
    // The extent was checked above (with the row's place in the message); the shared check runs the rules.
    const row = checkSite(o.dataset, s, o.program, { view: o.view });
    const v = row.verdict!;
    await emit(
      o.outputFormat === 'csv'
        ? batchCsvLine(row, CLI_CSV)
        : `${JSON.stringify({ id: s.id, verdict: v.verdict, decidedBy: v.decidedBy, reasons: v.reasons.map((r) => r.code) })}\n`,
    );
  };

  if (o.inputFormat === 'csv') {
    let columns: SiteColumns | undefined | null = null;
    let line = 1;
    const delimiter = o.delimiter ?? ',';
    for await (const { row, fields } of csvRows(o.input, delimiter)) {
      line++;
      if (columns === null) columns = findSiteColumns(fields, o.crs);
      const where = say(o.lang, `regel ${line}`, `line ${line}`);
      if (!columns) {
        await result(
          where,
          say(
            o.lang,
            `CSV mist kolommen lon,lat of x,y (kolommen: ${fields.join(', ')})`,
            `CSV lacks columns lon,lat or x,y (columns: ${fields.join(', ')})`,
          ),
        );
        break;
      }
      await result(
        where,
        siteFromRow(row, columns, where, `${line - 1}`, delimiter !== ',', o.lang),
      );
    }
  } else {
    let line = 0;
    for await (const value of jsonlRows(o.input)) {
      line++;
      if (value === undefined) continue;
      const where = say(o.lang, `regel ${line}`, `line ${line}`);
      await result(where, jsonlSite(value, where, `${line}`, o.crs, o.lang));
    }
  }
  await flush();
  return { rows, refused };
}

/**
 * One JSON Lines record as a site: an object with lon,lat or x,y (and id), or a GeoJSON Feature.
 * @returns the site or its problem line
 */
function jsonlSite(
  value: unknown,
  where: string,
  fallbackId: string,
  crs: CrsCode | undefined,
  lang: CliLang,
): Site | string {
  if (value === Symbol.for('bad-json'))
    return `${where}: ${say(lang, 'geen geldige JSON', 'not valid JSON')}`;
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return `${where}: ${say(lang, 'verwacht een object', 'expected an object')}`;
  const record = value as Record<string, unknown>;
  if (record.type === 'Feature') {
    const p = (record.properties ?? {}) as Record<string, unknown>;
    const id = String(p.id ?? p.name ?? record.id ?? fallbackId);
    const siteCrs = crs ?? 'EPSG:4326';
    const problems = placeProblems(record.geometry, siteCrs, lang);
    if (problems.length > 0) return `${where} (${id}): ${problems.join('; ')}`;
    return { id, place: record.geometry as Site['place'], crs: siteCrs };
  }
  const columns = findSiteColumns(Object.keys(record), crs);
  if (!columns) return `${where}: ${say(lang, 'mist lon,lat of x,y', 'lacks lon,lat or x,y')}`;
  return siteFromRow(record, columns, where, fallbackId, false, lang);
}

/**
 * Opens a batch input file, failing with a message (not ENOENT) when it cannot be read.
 * @param path the file
 * @returns the stream, once it is open
 */
export async function openInput(path: string): Promise<Readable> {
  const stream = createReadStream(path);
  await once(stream, 'open');
  return stream;
}
