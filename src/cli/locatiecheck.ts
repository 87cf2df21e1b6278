/**
 * Command line of the location check:
 *
 *   npm run --silent locatiecheck -- --program housing|category:3.1|sbi:1071|activity:2550-a
 *     (--at <lon>,<lat> | --sites <file.geojson|file.csv>) [--crs EPSG:28992] [--data <config.json>]
 *     [--json] [--lang nl|en] [--view plan|feitelijk]
 *
 * Prints one verdict per site with its reasons, using the same pure module as
 * the app (src/rules) and the app's layer configuration (layers/index.ts,
 * geodata/), or the layers listed in a `--data` config.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { EPSG_RD, EPSG_WGS84, type CrsCode } from '../geo/crs.ts';
import { buildDataset } from '../domain/dataset.ts';
import { MILIEUCATEGORIEEN, type Milieucategorie, type Program } from '../domain/domain.ts';
import { ACTIVITIES, findActivity } from '../rules/activities.ts';
import { categoryRank } from '../rules/vng.ts';
import {
  checkLocation,
  DEFAULT_RULE_VIEW,
  isRuleView,
  type Place,
  type Verdict,
} from '../rules/location-check.ts';
import { en } from '../i18n/en.ts';
import { nl } from '../i18n/nl.ts';
import { formatVerdict, type CliLang } from './format-verdict.ts';
import type { DatasetLayerInput } from '../domain/dataset.ts';
import { InputProblems, loadDataConfig, loadPlan } from './load-files.ts';
import { detectCrs, loadAppLayers, loadConfigLayers, readGeoJson } from './load-layers.ts';

/** A site to check. */
export interface Site {
  id: string;
  place: Place;
  crs: CrsCode;
}

const USAGE = `Gebruik: npm run --silent locatiecheck -- --program <programma> (--at <lon>,<lat> | --sites <bestand>) [opties]

  --program  housing | category:<cat> (bv. category:3.1) | sbi:<code> | activity:<id>
  --at       lon,lat (WGS84) of x,y met --crs EPSG:28992
  --sites    GeoJSON (punten/vlakken) of CSV met kolommen lon,lat of x,y
  --crs      EPSG:28992 als --at of de CSV RD-coördinaten bevat (standaard: herkend aan het bereik)
  --data     JSON-config met [{ "layerId", "role", "file", "crs"?, "fields"?, "defaults"? }]
             (standaard: de lagen van de app); bestanden: GeoJSON, Shapefile (.zip), GeoPackage,
             CSV, FlatGeobuf, IMRO GML; "fields" koppelt app-velden aan bronvelden
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

function parseNumberPair(s: string): [number, number] {
  const parts = s.split(',').map((p) => Number(p.trim()));
  if (parts.length !== 2 || parts.some((n) => !Number.isFinite(n))) {
    throw new Error(`Verwacht twee getallen "x,y", kreeg "${s}"`);
  }
  return [parts[0]!, parts[1]!];
}

function crsOfPair(p: [number, number], crs: CrsCode | undefined): CrsCode {
  if (crs) return crs;
  return Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90 ? EPSG_WGS84 : EPSG_RD;
}

/**
 * Reads sites from a CSV text: header with lon,lat (or lng/longitude, lat/latitude)
 * or x,y columns; `,` or `;` separated; optional id/name column.
 * @param text CSV content
 * @param crs CRS of the coordinates (default: RD for x,y columns, else WGS84)
 * @returns the sites
 * @example parseSitesCsv('id,lon,lat\nA,5.1,52.1')
 */
export function parseSitesCsv(text: string, crs?: CrsCode): Site[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const sep = (lines[0] ?? '').includes(';') ? ';' : ',';
  const header = (lines[0] ?? '')
    .split(sep)
    .map((h) => h.trim().toLowerCase().replace(/^"|"$/g, ''));
  const col = (...names: string[]) => header.findIndex((h) => names.includes(h));
  let ix = col('lon', 'lng', 'longitude');
  let iy = col('lat', 'latitude');
  let defaultCrs: CrsCode = EPSG_WGS84;
  if (ix < 0 || iy < 0) {
    ix = col('x');
    iy = col('y');
    defaultCrs = EPSG_RD;
  }
  if (ix < 0 || iy < 0) throw new Error('CSV mist kolommen lon,lat of x,y');
  const iid = col('id', 'naam', 'name');
  return lines.slice(1).map((line, i) => {
    const cells = line.split(sep).map((c) => c.trim().replace(/^"|"$/g, ''));
    const x = Number(cells[ix]);
    const y = Number(cells[iy]);
    if (!Number.isFinite(x) || !Number.isFinite(y))
      throw new Error(`CSV regel ${i + 2}: geen coördinaten`);
    return {
      id: (iid >= 0 ? cells[iid] : undefined) || `${i + 1}`,
      place: { type: 'Point', coordinates: [x, y] },
      crs: crs ?? defaultCrs,
    };
  });
}

/**
 * Reads sites from a GeoJSON collection of points and (multi)polygons.
 * @param fc the collection
 * @param crs CRS override (default: detected)
 * @returns the sites
 * @example parseSitesGeoJson(readGeoJson('sites.geojson'))
 */
export function parseSitesGeoJson(fc: FeatureCollection, crs?: CrsCode): Site[] {
  const siteCrs = crs ?? detectCrs(fc);
  return fc.features
    .filter((f): f is Feature<Geometry> => f.geometry !== null)
    .filter((f) => ['Point', 'Polygon', 'MultiPolygon'].includes(f.geometry.type))
    .map((f, i) => ({
      id: String(f.properties?.id ?? f.properties?.name ?? f.id ?? i + 1),
      place: f.geometry as Place,
      crs: siteCrs,
    }));
}

function parseCrs(s: string | undefined): CrsCode | undefined {
  if (s === undefined) return undefined;
  if (/28992/.test(s)) return EPSG_RD;
  if (/4326|CRS84/i.test(s)) return EPSG_WGS84;
  throw new Error(`Niet-ondersteund CRS "${s}"`);
}

function siteLabel(s: Site, lang: CliLang): string {
  const g = s.place;
  const where =
    g.type === 'Point'
      ? `(${g.coordinates.map((n) => (s.crs === EPSG_RD ? n.toFixed(1) : n.toFixed(6))).join(', ')}${s.crs === EPSG_RD ? ' RD' : ''})`
      : `(${g.type === 'Polygon' ? (lang === 'nl' ? 'vlak' : 'polygon') : 'multipolygon'})`;
  return `${lang === 'nl' ? 'Locatie' : 'Site'} ${s.id} ${where}`;
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
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        program: { type: 'string' },
        at: { type: 'string' },
        sites: { type: 'string' },
        crs: { type: 'string' },
        data: { type: 'string' },
        plan: { type: 'string', multiple: true },
        'plan-category': { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'nl' },
        view: { type: 'string', default: DEFAULT_RULE_VIEW },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (e) {
    return { code: 2, out: `${(e as Error).message}\n\n${USAGE}` };
  }
  if (values.help) return { code: 0, out: USAGE };
  if (!values.program || (!values.at && !values.sites)) return { code: 2, out: USAGE };
  const lang: CliLang = values.lang === 'en' ? 'en' : 'nl';
  const view = values.view;
  if (!isRuleView(view)) {
    return {
      code: 2,
      out: `${(lang === 'en' ? en : nl).planview.cliBadView(String(view))}\n\n${USAGE}`,
    };
  }
  try {
    const { program, note } = parseProgram(values.program);
    const crs = parseCrs(values.crs);
    let sites: Site[];
    if (values.at) {
      const p = parseNumberPair(values.at);
      sites = [{ id: '1', place: { type: 'Point', coordinates: p }, crs: crsOfPair(p, crs) }];
    } else {
      const path = resolve(values.sites!);
      sites = /\.csv$/i.test(path)
        ? parseSitesCsv(readFileSync(path, 'utf8'), crs)
        : parseSitesGeoJson(readGeoJson(path), crs);
    }
    const inputs =
      preloaded?.inputs ?? (values.data ? loadConfigLayers(values.data) : loadAppLayers(root));
    const ds = buildDataset(inputs);
    const results: { site: Site; verdict: Verdict }[] = sites.map((site) => ({
      site,
      verdict: checkLocation(ds, site.place, program, { crs: site.crs, view }),
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
    return { code: 0, out: [...notes, ...(note ? [note] : []), ...blocks].join('\n\n') };
  } catch (e) {
    if (e instanceof InputProblems)
      return { code: 2, out: e.lines.map((l) => `Fout: ${l}`).join('\n') };
    return { code: 2, out: `Fout: ${(e as Error).message}` };
  }
}

/**
 * Runs the CLI with the readers: `--plan` files and `--data` files are read first (any format
 * of src/io), then the check runs as {@link runLocatiecheck}. Bad input exits 2 listing every problem.
 * @param argv the arguments after the script name
 * @param root project root
 * @returns the exit code and the text to print
 * @example await runCli(['--program', 'housing', '--at', '222700,433500', '--plan', 'plan.gml'], '.')
 */
export async function runCli(argv: string[], root: string): Promise<{ code: number; out: string }> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string' },
        plan: { type: 'string', multiple: true },
        'plan-category': { type: 'string', multiple: true },
      },
      strict: false,
    }));
  } catch {
    return runLocatiecheck(argv, root);
  }
  const plans = (values.plan ?? []) as string[];
  const data = typeof values.data === 'string' ? values.data : undefined;
  if (plans.length === 0 && !data) return runLocatiecheck(argv, root);
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
    return runLocatiecheck(argv, root, { inputs, notes });
  } catch (e) {
    if (e instanceof InputProblems)
      return { code: 2, out: e.lines.map((l) => `Fout: ${l}`).join('\n') };
    return { code: 2, out: `Fout: ${(e as Error).message}` };
  }
}

// Run when executed directly (tsx src/cli/locatiecheck.ts), not when imported by tests.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  void runCli(process.argv.slice(2), process.cwd()).then(({ code, out }) => {
    (code === 0 ? process.stdout : process.stderr).write(out + '\n');
    process.exitCode = code;
  });
}
