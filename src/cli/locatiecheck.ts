/**
 * Command line of the location check:
 *
 *   npm run --silent locatiecheck -- --program housing|category:3.1|sbi:1071|activity:2550-a
 *     (--at <lon>,<lat> | --sites <file.geojson|file.csv>) [--crs EPSG:28992] [--data <config.json>]
 *     [--json] [--lang nl|en] [--view plan|feitelijk]
 *
 * Prints one verdict per site with its reasons, using the same pure module as
 * the app (src/rules) and the app's layer configuration (layers/index.ts,
 * geodata/), or the layers listed in a `--data` config (or of a `--data` workspace file that the
 * app exported).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import type { FeatureCollection } from 'geojson';
import { declaredCrs, EPSG_RD, EPSG_WGS84, guessCrs, type CrsCode } from '../geo/crs.ts';
import { buildDataset } from '../domain/dataset.ts';
import { MILIEUCATEGORIEEN, type Milieucategorie, type Program } from '../domain/domain.ts';
import { ACTIVITIES, findActivity } from '../rules/activities.ts';
import { categoryRank } from '../rules/vng.ts';
import {
  checkLocation,
  DEFAULT_RULE_VIEW,
  isRuleView,
  type RuleView,
  type Verdict,
} from '../rules/location-check.ts';
import { en } from '../i18n/en.ts';
import { nl } from '../i18n/nl.ts';
import { formatVerdict, type CliLang } from './format-verdict.ts';
import type { DatasetLayerInput } from '../domain/dataset.ts';
import { InputProblems, loadDataConfig, loadPlan } from './load-files.ts';
import { loadAppLayers, loadConfigLayers } from './load-layers.ts';
import {
  capProblemLines,
  dataExtent,
  outsideDataProblem,
  positionProblem,
  readCoordinate,
  readSitesCsv,
  readSitesGeoJson,
  type Site,
} from '../analysis/batch/sites.ts';
import { openInput, sniffDelimiter, streamBatch } from './stream.ts';

export type { Site } from '../analysis/batch/sites.ts';

const USAGE = `Gebruik: npm run --silent locatiecheck -- --program <programma> (--at <lon>,<lat> | --sites <bestand>) [opties]

  --program  housing | category:<cat> (bv. category:3.1) | sbi:<code> | activity:<id>
  --at       lon,lat (WGS84) of x,y met --crs EPSG:28992
  --sites    GeoJSON (punten/vlakken), CSV met kolommen lon,lat of x,y, of JSON Lines (.jsonl)
  --stream   rij voor rij, in begrensd geheugen (vanzelf bij .jsonl): één resultaat per regel,
             voortgang op stderr; een foute rij geeft een foutregel, nooit een oordeel
  --format   uitvoer bij --stream: jsonl (standaard) of csv
  --crs      EPSG:28992 als --at of de CSV RD-coördinaten bevat (standaard: herkend aan het bereik)
  --data     JSON-config met [{ "layerId", "role", "file", "crs"?, "fields"?, "defaults"? }]
             (standaard: de lagen van de app); bestanden: GeoJSON, Shapefile (.zip), GeoPackage,
             CSV, FlatGeobuf, IMRO GML; "fields" koppelt app-velden aan bronvelden;
             of een uit de app geëxporteerde werkruimte (*.werkruimte.json)
  --plan     bestemmingsplan: IMRO GML (2008/2012) of de GeoJSON van zijn lagen (herhaalbaar);
             de zones en woonbestemmingen komen uit het plan
  --plan-category  <bestemming-id>=<cat> of *=<cat>: categorie voor zones zonder (herhaalbaar)
  --view     plan (standaard: wat het bestemmingsplan toelaat, vanaf de zonegrenzen) of feitelijk
             (de bedrijven van nu, vanaf hun perceel of adrespunt)
  --json     uitvoer als JSON
  --lang     nl (standaard) of en`;

/**
 * Parses the `--program` value.
 * @param value e.g. "housing", "category:3.1", "sbi:1071", "activity:2550-a"
 * @returns the program, and a note when an SBI code matched several activities
 * @throws on an unknown program
 * @example parseProgram('category:3.1') // { program: { kind: 'category', milieucategorie: '3.1' } }
 */
export function parseProgram(value: string): { program: Program; note?: string } {
  if (value === 'housing' || value === 'wonen') return { program: { kind: 'housing' } };
  const [kind, arg = ''] = value.split(/:(.*)/s) as [string, string | undefined];
  if (kind === 'category' || kind === 'categorie') {
    if (!MILIEUCATEGORIEEN.includes(arg as Milieucategorie)) {
      throw new Error(
        `Onbekende milieucategorie "${arg}" (kies uit ${MILIEUCATEGORIEEN.join(', ')})`,
      );
    }
    return { program: { kind: 'category', milieucategorie: arg as Milieucategorie } };
  }
  if (kind === 'activity') {
    if (!findActivity(arg)) throw new Error(`Onbekende activiteit "${arg}"`);
    return { program: { kind: 'activity', activityId: arg } };
  }
  if (kind === 'sbi') {
    const matches = ACTIVITIES.filter((a) => a.sbi === arg.replace(/\./g, ''));
    if (matches.length === 0) throw new Error(`Geen activiteit met SBI-code "${arg}" in de lijst`);
    // Several entries (size classes): take the heaviest, so the check errs on the safe side.
    const heaviest = matches.reduce((a, b) =>
      categoryRank(b.milieucategorie) > categoryRank(a.milieucategorie) ? b : a,
    );
    const note =
      matches.length > 1
        ? `SBI ${arg}: ${matches.length} activiteiten; gekozen: ${heaviest.id} (${heaviest.nl}, zwaarste categorie). Kies een andere met --program activity:<id>.`
        : undefined;
    return { program: { kind: 'activity', activityId: heaviest.id }, ...(note ? { note } : {}) };
  }
  throw new Error(`Onbekend programma "${value}"`);
}

/**
 * Reads sites from a CSV text (papaparse: quotes, BOM, `,` `;` or tab, decimal commas).
 * @param text CSV content
 * @param crs CRS of the coordinates (default: RD for x,y columns, else WGS84)
 * @returns the sites
 * @throws InputProblems listing every bad row
 * @example parseSitesCsv('id,lon,lat\nA,5.1,52.1')
 */
export function parseSitesCsv(text: string, crs?: CrsCode): Site[] {
  const { sites, problems } = readSitesCsv(text, crs);
  if (problems.length > 0) throw new InputProblems(problems);
  return sites;
}

const say = (lang: CliLang, nl: string, en: string): string => (lang === 'en' ? en : nl);

/**
 * Reads a file for an option, naming the option and the file when it cannot (never ENOENT).
 * @returns the text, or the problem line
 */
function readInputFile(path: string, option: string, lang: CliLang): string | { problem: string } {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? say(lang, 'bestaat niet', 'does not exist')
        : code === 'EISDIR'
          ? say(lang, 'is een map, geen bestand', 'is a folder, not a file')
          : code === 'EACCES'
            ? say(lang, 'mag niet gelezen worden', 'may not be read')
            : say(lang, 'kan niet gelezen worden', 'cannot be read');
    return { problem: `${option}: ${path} ${why}` };
  }
}

/** Sites of a GeoJSON text, or the problems. */
function sitesOfGeoJsonText(
  text: string,
  path: string,
  crs: CrsCode | undefined,
  lang: CliLang,
): { sites: Site[]; problems: string[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      sites: [],
      problems: [`--sites: ${path} ${say(lang, 'is geen geldige JSON', 'is not valid JSON')}`],
    };
  }
  const obj = parsed as { type?: unknown } | null;
  const fc: FeatureCollection | undefined =
    obj?.type === 'Feature'
      ? { type: 'FeatureCollection', features: [parsed as FeatureCollection['features'][number]] }
      : obj?.type === 'FeatureCollection'
        ? (parsed as FeatureCollection)
        : undefined;
  if (!fc)
    return {
      sites: [],
      problems: [
        `--sites: ${path} ${say(lang, 'is geen GeoJSON Feature of FeatureCollection', 'is no GeoJSON Feature or FeatureCollection')}`,
      ],
    };
  let siteCrs = crs;
  if (!siteCrs) {
    const declared = declaredCrs(fc);
    if (declared && typeof declared === 'object')
      return {
        sites: [],
        problems: [
          `--sites: ${say(lang, 'niet-ondersteund CRS', 'unsupported CRS')} ${declared.unsupported}`,
        ],
      };
    siteCrs = declared;
  }
  if (!siteCrs) {
    const first = fc.features.find((f) => f?.geometry && 'coordinates' in f.geometry);
    let c: unknown =
      first?.geometry && 'coordinates' in first.geometry ? first.geometry.coordinates : undefined;
    while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
    siteCrs = (Array.isArray(c) && guessCrs(c as number[])) || EPSG_WGS84;
  }
  return readSitesGeoJson(fc, siteCrs, lang);
}

function parseCrs(s: string | undefined): CrsCode | undefined {
  if (s === undefined) return undefined;
  if (/^(EPSG:)?28992$/i.test(s.trim())) return EPSG_RD;
  if (/^((EPSG:)?4326|(OGC:)?CRS84)$/i.test(s.trim())) return EPSG_WGS84;
  throw new Error(`Niet-ondersteund CRS "${s}" (kies EPSG:28992 of EPSG:4326)`);
}

function siteLabel(s: Site, lang: CliLang): string {
  const g = s.place;
  const where =
    g.type === 'Point'
      ? `(${g.coordinates.map((n) => (s.crs === EPSG_RD ? n.toFixed(1) : n.toFixed(6))).join(', ')}${s.crs === EPSG_RD ? ' RD' : ''})`
      : `(${g.type === 'Polygon' ? (lang === 'nl' ? 'vlak' : 'polygon') : 'multipolygon'})`;
  return `${lang === 'nl' ? 'Locatie' : 'Site'} ${s.id} ${where}`;
}

const OPTIONS = {
  program: { type: 'string' },
  at: { type: 'string' },
  sites: { type: 'string' },
  crs: { type: 'string' },
  data: { type: 'string' },
  plan: { type: 'string', multiple: true },
  'plan-category': { type: 'string', multiple: true },
  json: { type: 'boolean', default: false },
  stream: { type: 'boolean', default: false },
  format: { type: 'string', default: 'jsonl' },
  lang: { type: 'string', default: 'nl' },
  view: { type: 'string', default: DEFAULT_RULE_VIEW },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

/** The checked options: what to check, how, and every problem with them. */
interface Checked {
  problems: string[];
  lang: CliLang;
  program?: Program;
  note?: string;
  crs?: CrsCode;
  view: RuleView;
  stream: boolean;
}

const isStreamInput = (path: string | undefined): boolean =>
  path !== undefined && /\.(jsonl|ndjson)$/i.test(path);

/** Checks every option at once, so one run names every problem. */
function checkOptions(values: Values): Checked {
  const problems: string[] = [];
  const lang: CliLang = values.lang === 'en' ? 'en' : 'nl';
  if (values.lang !== 'nl' && values.lang !== 'en')
    problems.push(`--lang: "${values.lang}" (kies nl of en / choose nl or en)`);
  const view = isRuleView(values.view) ? values.view : DEFAULT_RULE_VIEW;
  if (!isRuleView(values.view))
    problems.push((lang === 'en' ? en : nl).planview.cliBadView(String(values.view)));
  let program: Program | undefined;
  let note: string | undefined;
  if (values.program === undefined)
    problems.push(say(lang, '--program ontbreekt', '--program is missing'));
  else {
    try {
      ({ program, note } = parseProgram(values.program));
    } catch (e) {
      problems.push(`--program: ${(e as Error).message}`);
    }
  }
  let crs: CrsCode | undefined;
  try {
    crs = parseCrs(values.crs);
  } catch (e) {
    problems.push(`--crs: ${(e as Error).message}`);
  }
  if (values.at === undefined && values.sites === undefined)
    problems.push(say(lang, '--at of --sites ontbreekt', '--at or --sites is missing'));
  if (values.at !== undefined && values.sites !== undefined)
    problems.push(
      say(lang, 'kies --at of --sites, niet beide', 'choose --at or --sites, not both'),
    );
  if (values.format !== 'jsonl' && values.format !== 'csv')
    problems.push(`--format: "${values.format}" (jsonl of csv / jsonl or csv)`);
  const stream = values.stream === true || isStreamInput(values.sites);
  if (stream && values.at !== undefined)
    problems.push(say(lang, '--stream werkt met --sites', '--stream works with --sites'));
  return {
    problems,
    lang,
    view,
    stream,
    ...(program ? { program } : {}),
    ...(note ? { note } : {}),
    ...(crs ? { crs } : {}),
  };
}

/** The site of `--at`, or its problems. */
function siteOfAt(at: string, crs: CrsCode | undefined, lang: CliLang): Site | string[] {
  const cells = at.split(',');
  if (cells.length !== 2)
    return [
      say(
        lang,
        `--at: verwacht twee getallen "x,y", kreeg "${at}"`,
        `--at: expected two numbers "x,y", got "${at}"`,
      ),
    ];
  const problems: string[] = [];
  const nums = cells.map((c, i) => {
    const v = readCoordinate(c, false);
    if (typeof v === 'number') return v;
    const which = i === 0 ? 'x/lon' : 'y/lat';
    problems.push(
      v === 'empty'
        ? say(lang, `--at: ${which} is leeg`, `--at: ${which} is empty`)
        : say(lang, `--at: ${which} "${c}" is geen getal`, `--at: ${which} "${c}" is not a number`),
    );
    return NaN;
  });
  if (problems.length > 0) return problems;
  const p = nums as [number, number];
  const siteCrs = crs ?? (Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90 ? EPSG_WGS84 : EPSG_RD);
  const problem = positionProblem(p, siteCrs, lang);
  if (problem) return [`--at: ${problem}`];
  return { id: '1', place: { type: 'Point', coordinates: p }, crs: siteCrs };
}

/** The error output: one line per problem (a long list capped), exit 2. */
function refuse(
  lines: readonly string[],
  lang: CliLang,
  usage = false,
): { code: number; out: string } {
  const text = capProblemLines(lines, lang)
    .map((l) => `Fout: ${l}`)
    .join('\n');
  return { code: 2, out: usage ? `${text}\n\n${USAGE}` : text };
}

/** The layers: preloaded (`--plan`, `--data` through the readers), a `--data` config, or the app's. */
function loadInputs(
  values: Values,
  root: string,
  preloaded: { inputs: DatasetLayerInput[]; notes: string[] } | undefined,
): DatasetLayerInput[] {
  return preloaded?.inputs ?? (values.data ? loadConfigLayers(values.data) : loadAppLayers(root));
}

/**
 * Runs the CLI.
 * @param argv the arguments after the script name
 * @param root project root (for the app's layers)
 * @param preloaded layers already read by {@link runCli} (`--plan`, `--data` through the readers)
 * @returns the exit code and the text to print
 * @example runLocatiecheck(['--program', 'housing', '--at', '5.1,52.1'], process.cwd())
 */
export function runLocatiecheck(
  argv: string[],
  root: string,
  preloaded?: { inputs: DatasetLayerInput[]; notes: string[] },
): { code: number; out: string } {
  let values: Values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true }));
  } catch (e) {
    return { code: 2, out: `Fout: ${(e as Error).message}\n\n${USAGE}` };
  }
  if (values.help) return { code: 0, out: USAGE };
  const checked = checkOptions(values);
  const { lang } = checked;
  const problems = [...checked.problems];
  let sites: Site[] = [];
  if (values.at !== undefined) {
    const site = siteOfAt(values.at, checked.crs, lang);
    if (Array.isArray(site)) problems.push(...site);
    else sites = [site];
  } else if (values.sites !== undefined && !checked.stream) {
    const path = resolve(values.sites);
    const text = readInputFile(path, '--sites', lang);
    if (typeof text !== 'string') problems.push(text.problem);
    else {
      const read = /\.csv$/i.test(path)
        ? readSitesCsv(text, checked.crs, lang)
        : sitesOfGeoJsonText(text, path, checked.crs, lang);
      sites = read.sites;
      problems.push(...read.problems.map((l) => (l.startsWith('--sites') ? l : `--sites: ${l}`)));
    }
  }
  if (problems.length > 0) return refuse(problems, lang, checked.problems.length > 0);
  if (checked.stream)
    return refuse([say(lang, '--stream loopt via runCli', '--stream runs through runCli')], lang);
  try {
    const inputs = loadInputs(values, root, preloaded);
    const ds = buildDataset(inputs);
    const extent = dataExtent(inputs);
    const outside = sites
      .map((site) => {
        const p = outsideDataProblem(site, extent, lang);
        return p && `${siteLabel(site, lang)}: ${p}`;
      })
      .filter((p): p is string => p !== undefined);
    if (outside.length > 0) return refuse(outside, lang);
    const program = checked.program!;
    const results: { site: Site; verdict: Verdict }[] = sites.map((site) => ({
      site,
      verdict: checkLocation(ds, site.place, program, { crs: site.crs, view: checked.view }),
    }));
    if (values.json) {
      return {
        code: 0,
        out: JSON.stringify(
          results.map((r) => ({
            id: r.site.id,
            crs: r.site.crs,
            place: r.site.place,
            ...r.verdict,
          })),
          null,
          2,
        ),
      };
    }
    const blocks = results.map((r) =>
      formatVerdict(siteLabel(r.site, lang), r.verdict, r.site.place, r.site.crs, lang),
    );
    const notes = preloaded?.notes ?? [];
    const note = checked.note;
    return { code: 0, out: [...notes, ...(note ? [note] : []), ...blocks].join('\n\n') };
  } catch (e) {
    return refuse(errorLines(e), lang);
  }
}

/** The lines of an error: InputProblems as listed, any other as its message (never a stack). */
function errorLines(e: unknown): string[] {
  if (e instanceof InputProblems) return e.lines;
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT' && err.path) return [`${err.path} bestaat niet / does not exist`];
  if (e instanceof SyntaxError) return [`geen geldige JSON / not valid JSON: ${e.message}`];
  return [String(err?.message ?? e)];
}

/** Where a streamed run writes: results, and progress and messages. */
export interface CliIo {
  out: Writable;
  err: Writable;
  /** A progress line every this many rows (default 100,000). */
  progressEvery?: number;
}

/** Runs a streamed batch (`--stream`, or `--sites *.jsonl`): results go to `io.out` as they come. */
async function runStream(
  argv: string[],
  root: string,
  preloaded: { inputs: DatasetLayerInput[]; notes: string[] } | undefined,
  io: CliIo,
): Promise<{ code: number; out: string }> {
  let values: Values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true }));
  } catch (e) {
    return { code: 2, out: `Fout: ${(e as Error).message}\n\n${USAGE}` };
  }
  const checked = checkOptions(values);
  const { lang } = checked;
  if (checked.problems.length > 0) return refuse(checked.problems, lang, true);
  const path = resolve(values.sites!);
  let input;
  try {
    input = await openInput(path);
  } catch (e) {
    const text = readInputFile(path, '--sites', lang);
    return refuse([typeof text === 'string' ? String((e as Error).message) : text.problem], lang);
  }
  const jsonl = isStreamInput(path);
  let delimiter: ',' | ';' | '\t' = ',';
  if (!jsonl) {
    const head = readInputFile(path, '--sites', lang);
    if (typeof head !== 'string') return refuse([head.problem], lang);
    delimiter = sniffDelimiter(head.slice(0, head.indexOf('\n') >>> 0).slice(0, 10_000));
  }
  try {
    const inputs = loadInputs(values, root, preloaded);
    const dataset = buildDataset(inputs);
    const t0 = performance.now();
    const { rows, refused } = await streamBatch({
      input,
      inputFormat: jsonl ? 'jsonl' : 'csv',
      outputFormat: values.format === 'csv' ? 'csv' : 'jsonl',
      crs: checked.crs,
      lang,
      program: checked.program!,
      view: checked.view,
      dataset,
      extent: dataExtent(inputs),
      out: io.out,
      progress: io.err,
      delimiter,
      ...(io.progressEvery ? { progressEvery: io.progressEvery } : {}),
    });
    const s = ((performance.now() - t0) / 1000).toFixed(1);
    const summary = say(
      lang,
      `${rows} rijen in ${s} s; ${refused} geweigerd (foutregels in de uitvoer)`,
      `${rows} rows in ${s} s; ${refused} refused (error records in the output)`,
    );
    return { code: refused > 0 ? 2 : 0, out: summary };
  } catch (e) {
    return refuse(errorLines(e), lang);
  }
}

/**
 * Runs the CLI with the readers: `--plan` files and `--data` files are read first (any format
 * of src/io), then the check runs as {@link runLocatiecheck} (or streams, with `--stream` or a
 * `.jsonl` input). Bad input exits 2 listing every problem; no JavaScript error reaches the user.
 * @param argv the arguments after the script name
 * @param root project root
 * @param io where a streamed run writes its results and progress (default stdout/stderr)
 * @returns the exit code and the text to print (for a streamed run: the summary)
 * @example await runCli(['--program', 'housing', '--at', '222700,433500', '--plan', 'plan.gml'], '.')
 */
export async function runCli(
  argv: string[],
  root: string,
  io: CliIo = { out: process.stdout, err: process.stderr },
): Promise<{ code: number; out: string }> {
  try {
    return await runCliUnguarded(argv, root, io);
  } catch (e) {
    return refuse(errorLines(e), 'nl');
  }
}

async function runCliUnguarded(
  argv: string[],
  root: string,
  io: CliIo,
): Promise<{ code: number; out: string }> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string' },
        plan: { type: 'string', multiple: true },
        'plan-category': { type: 'string', multiple: true },
        stream: { type: 'boolean' },
        sites: { type: 'string' },
      },
      strict: false,
    }));
  } catch {
    return runLocatiecheck(argv, root);
  }
  const stream = values.stream === true || isStreamInput(values.sites as string | undefined);
  const run = (preloaded?: { inputs: DatasetLayerInput[]; notes: string[] }) =>
    stream ? runStream(argv, root, preloaded, io) : runLocatiecheck(argv, root, preloaded);
  const plans = (values.plan ?? []) as string[];
  const data = typeof values.data === 'string' ? values.data : undefined;
  if (plans.length === 0 && !data) return run();
  try {
    const inputs: DatasetLayerInput[] = [];
    const notes: string[] = [];
    if (data) {
      const loaded = await loadDataConfig(data);
      inputs.push(...loaded.inputs);
      notes.push(...loaded.notes);
    }
    if (plans.length > 0) {
      const categories = (values['plan-category'] ?? []) as string[];
      const loaded = await loadPlan(
        plans.map((p) => resolve(p)),
        categories,
      );
      // The plan's zones replace the zones of the data: the plan says what is permitted.
      const rest = inputs.filter((i) => i.role !== 'zone');
      inputs.length = 0;
      inputs.push(...loaded.inputs, ...rest);
      notes.push(...loaded.notes);
    }
    return await run({ inputs, notes });
  } catch (e) {
    return refuse(errorLines(e), 'nl');
  }
}

// Run when executed directly (tsx src/cli/locatiecheck.ts), not when imported by tests.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  // LOCATIECHECK_PROGRESS_EVERY: rows per progress line (tests use small batches).
  const every = Number(process.env.LOCATIECHECK_PROGRESS_EVERY) || undefined;
  runCli(process.argv.slice(2), process.cwd(), {
    out: process.stdout,
    err: process.stderr,
    ...(every ? { progressEvery: every } : {}),
  })
    .catch((e: unknown) => ({ code: 2, out: `Fout: ${String((e as Error)?.message ?? e)}` }))
    .then(({ code, out }) => {
      (code === 0 && !/^\d+ (rijen|rows) in/.test(out) ? process.stdout : process.stderr).write(
        out + '\n',
      );
      process.exitCode = code;
    });
}
