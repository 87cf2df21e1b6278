/**
 * Node-side loading through the readers of src/io: `--plan` files (IMRO GML 2008/2012, or the
 * GeoJSON of its layers) become zone and home layers by the IMRO mapping; `--data` configs are
 * checked entry by entry (every unknown role, unknown key or missing file at once) and their
 * files, in any format the readers know, are read with an optional field mapping. `--data` also
 * takes a workspace exported by the app (`*.werkruimte.json`), validated as the app does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Feature } from 'geojson';
import { LAYERS } from '../../layers/index.ts';
import { validateLayerData, type LoadProblem } from '../domain/validate.ts';
import { EPSG_RD, EPSG_WGS84 } from '../geo/crs.ts';
import type { DatasetLayerInput, DatasetRole } from '../domain/dataset.ts';
import { isMilieucategorie, type Milieucategorie } from '../domain/domain.ts';
import { planToLayers, type PlanImport } from '../io/imro-zones.ts';
import { formatProblemGroups } from '../io/problems.ts';
import { readFiles } from '../io/read.ts';
import { searchActivities } from '../rules/activities.ts';

/** Input problems that make the CLI exit 2; `lines` lists every one. */
export class InputProblems extends Error {
  readonly lines: string[];
  /** @param lines one line per problem */
  constructor(lines: string[]) {
    super(lines.join('\n'));
    this.lines = lines;
  }
}

/**
 * What went wrong reading a file, in words (never the raw `ENOENT: no such file…`).
 * @param e the error of readFileSync or JSON.parse
 * @returns the reason
 */
export function readErrorText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'bestand niet gevonden';
  if (code === 'EISDIR') return 'is een map, geen bestand';
  if (code === 'EACCES') return 'mag niet gelezen worden';
  if (e instanceof SyntaxError) return `geen geldige JSON (${e.message})`;
  return 'kan niet gelezen worden';
}

const ROLES: readonly DatasetRole[] = ['zone', 'business', 'sensitive', 'neighbourhood', 'base'];
const ENTRY_KEYS = ['layerId', 'role', 'file', 'crs', 'fields', 'defaults'];

/** One entry of a `--data` config. */
export interface DataEntry {
  layerId: string;
  role: DatasetRole;
  file: string;
  crs?: string;
  /** Field mapping: app property → the source attribute that holds it (e.g. `{ "id": "identificatie" }`). */
  fields?: Record<string, string>;
  /** Values for properties the source lacks (e.g. `{ "maxMilieucategorie": "3.1" }`). */
  defaults?: Record<string, string | number>;
}

/**
 * Checks a `--data` config and lists every problem (unknown role, unknown key, missing file).
 * @param raw the parsed JSON
 * @param base folder the file paths are relative to
 * @returns the entries
 * @throws InputProblems with one line per problem
 * @example checkDataConfig([{ layerId: 'z', role: 'zones', file: 'z.geojson' }], '.') // throws: role "zones"
 */
export function checkDataConfig(raw: unknown, base: string): DataEntry[] {
  const list = Array.isArray(raw) ? raw : (raw as { layers?: unknown } | null)?.layers;
  if (!Array.isArray(list)) {
    throw new InputProblems([
      '--data: verwacht een JSON-lijst van { layerId, role, file } (of { layers: [...] })',
    ]);
  }
  const lines: string[] = [];
  list.forEach((e: unknown, i: number) => {
    const at = `--data item ${i + 1}`;
    if (typeof e !== 'object' || e === null) return void lines.push(`${at}: geen object`);
    const entry = e as Record<string, unknown>;
    for (const k of Object.keys(entry)) {
      if (!ENTRY_KEYS.includes(k))
        lines.push(`${at}: onbekend veld "${k}" (bekend: ${ENTRY_KEYS.join(', ')})`);
    }
    if (typeof entry.layerId !== 'string' || entry.layerId === '')
      lines.push(`${at}: "layerId" ontbreekt`);
    if (!ROLES.includes(entry.role as DatasetRole)) {
      lines.push(
        `${at}: onbekende rol ${JSON.stringify(entry.role)} (kies uit ${ROLES.join(', ')})`,
      );
    }
    if (typeof entry.file !== 'string') lines.push(`${at}: "file" ontbreekt`);
    else if (!existsSync(resolve(base, entry.file)))
      lines.push(`${at}: bestand niet gevonden: ${entry.file}`);
    for (const k of ['fields', 'defaults'] as const) {
      const v = entry[k];
      if (v !== undefined && (typeof v !== 'object' || v === null || Array.isArray(v))) {
        lines.push(`${at}: "${k}" moet een object zijn`);
      }
    }
  });
  if (lines.length > 0) throw new InputProblems(lines);
  return list as DataEntry[];
}

/**
 * Reads the layers of a `--data` config through the readers (GeoJSON, Shapefile, GeoPackage,
 * CSV, FlatGeobuf, IMRO GML), applying each entry's field mapping and defaults.
 * @param configPath the config file
 * @returns the dataset inputs (in RD) and notes on what was skipped
 * @throws InputProblems when the config is wrong, a file cannot be read, or a mapped field is missing
 * @example await loadDataConfig('data.json')
 */
export async function loadDataConfig(
  configPath: string,
): Promise<{ inputs: DatasetLayerInput[]; notes: string[] }> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(configPath, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputProblems([`--data ${configPath}: ${readErrorText(e)}`]);
  }
  if (isWorkspaceJson(configPath, raw))
    return { inputs: checkWorkspaceFile(raw, configPath), notes: [] };
  const base = dirname(resolve(configPath));
  const entries = checkDataConfig(raw, base).filter((e) => e.role !== 'base');
  const inputs: DatasetLayerInput[] = [];
  const notes: string[] = [];
  const lines: string[] = [];
  for (const e of entries) {
    const path = resolve(base, e.file);
    const { layers, problems } = await readFiles([
      { name: basename(path), bytes: new Uint8Array(readFileSync(path)) },
    ]);
    const fatal = layers.length === 0;
    (fatal ? lines : notes).push(...formatProblemGroups(problems));
    if (fatal) continue;
    const features = layers.flatMap((l) => l.rd);
    const fields = new Set(layers.flatMap((l) => l.fields));
    for (const [target, source] of Object.entries(e.fields ?? {})) {
      if (!fields.has(source)) {
        lines.push(
          `${e.file}: veld "${source}" (voor ${target}) bestaat niet; velden: ${[...fields].join(', ')}`,
        );
      }
    }
    inputs.push({
      layerId: e.layerId,
      role: e.role,
      crs: EPSG_RD,
      features: {
        type: 'FeatureCollection',
        features: features.map((f, i) => mapFeature(f, i, e)),
      },
    });
  }
  if (lines.length > 0) throw new InputProblems(lines);
  return { inputs, notes };
}

/** The `type` of a workspace file the app exports (src/state/workspace-file.ts writes it). */
export const WORKSPACE_TYPE = 'werkruimte-workspace';
const WORKSPACE_KEYS = ['type', 'version', 'meta', 'layers', 'proposals', 'ruleView'];
/** The layers a workspace fills (src/state/import-mapping.ts SLOT_IDS): the demo's rule layers. */
const WORKSPACE_LAYERS = LAYERS.filter(
  (l) => l.role !== 'base' && ROLES.includes(l.role as DatasetRole),
);

function isWorkspaceJson(path: string, raw: unknown): boolean {
  if (path.toLowerCase().endsWith('.werkruimte.json')) return true;
  return (raw as { type?: unknown } | null)?.type === WORKSPACE_TYPE;
}

/** Problems of one file grouped by code and property, with counts and the first features. */
function groupLoadProblems(problems: readonly LoadProblem[]): string[] {
  const groups = new Map<string, { example: LoadProblem; indexes: number[]; count: number }>();
  for (const p of problems) {
    const field = String(p.params.property ?? p.params.field ?? '');
    const key = `${p.file}\u0000${p.code}\u0000${field}`;
    const g = groups.get(key) ?? { example: p, indexes: [], count: 0 };
    g.count++;
    if (p.featureIndex !== undefined) g.indexes.push(p.featureIndex);
    groups.set(key, g);
  }
  return [...groups.values()].map(({ example, indexes, count }) =>
    count > 1
      ? `${example.file}: ${example.message} (×${count}; features ${indexes.slice(0, 5).join(', ')}${indexes.length > 5 ? ', …' : ''})`
      : `${example.file}: ${example.message}`,
  );
}

/**
 * Checks a workspace exported by the app (`*.werkruimte.json`) and gives its layers: its type
 * and version, every member and layer name known, and every feature valid by its layer's schema
 * (the validator the app uses). Unlike the app, which loads the good features and lists the rest,
 * the CLI answers only for a whole workspace.
 * @param raw the parsed file
 * @param path its path (named in the problems)
 * @returns the dataset inputs (WGS84, as the app stores them)
 * @throws InputProblems listing every problem at once (grouped per layer, code and property)
 * @example checkWorkspaceFile(JSON.parse(text), 'doesburg.werkruimte.json')
 */
export function checkWorkspaceFile(raw: unknown, path: string): DatasetLayerInput[] {
  const at = `--data ${path}`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new InputProblems([`${at}: geen werkruimtebestand (geen object)`]);
  const o = raw as Record<string, unknown>;
  const lines: string[] = [];
  if (o.type !== WORKSPACE_TYPE)
    lines.push(`${at}: "type" is ${JSON.stringify(o.type)}, verwacht "${WORKSPACE_TYPE}"`);
  if (o.version !== 1)
    lines.push(`${at}: onbekende versie ${JSON.stringify(o.version)} (bekend: 1)`);
  for (const k of Object.keys(o)) {
    if (!WORKSPACE_KEYS.includes(k))
      lines.push(`${at}: onbekend veld "${k}" (bekend: ${WORKSPACE_KEYS.join(', ')})`);
  }
  const layers = o.layers;
  if (typeof layers !== 'object' || layers === null || Array.isArray(layers)) {
    lines.push(`${at}: "layers" ontbreekt (een object met een FeatureCollection per laag)`);
    throw new InputProblems(lines);
  }
  const inputs: DatasetLayerInput[] = [];
  for (const [key, value] of Object.entries(layers as Record<string, unknown>)) {
    const def = WORKSPACE_LAYERS.find((l) => l.id === key);
    if (!def) {
      lines.push(
        `${at}: onbekende laag "${key}" (kies uit ${WORKSPACE_LAYERS.map((l) => l.id).join(', ')})`,
      );
      continue;
    }
    const r = validateLayerData(`${path} · ${key}`, value, def);
    lines.push(...groupLoadProblems(r.problems));
    if (r.features.length > 0) {
      inputs.push({
        layerId: def.id,
        role: def.role as DatasetRole,
        crs: EPSG_WGS84,
        features: { type: 'FeatureCollection', features: r.features },
      });
    }
  }
  if (lines.length === 0 && inputs.length === 0) lines.push(`${at}: de werkruimte heeft geen data`);
  if (lines.length > 0) throw new InputProblems(lines);
  return inputs;
}

function mapFeature(f: Feature, i: number, e: DataEntry): Feature {
  const src = (f.properties ?? {}) as Record<string, unknown>;
  const props: Record<string, unknown> = { ...(e.defaults ?? {}), ...src };
  for (const [target, source] of Object.entries(e.fields ?? {})) {
    if (src[source] !== undefined && src[source] !== null) props[target] = src[source];
  }
  // A missing id is generated, so every feature can be named in a verdict.
  if (props.id === undefined || props.id === null || props.id === '')
    props.id = `${e.layerId}-${i + 1}`;
  else props.id = String(props.id);
  return { ...f, properties: props };
}

/**
 * Reads `--plan` files and derives the rule layers (zones, home areas) by the IMRO mapping.
 * @param paths IMRO GML files, or GeoJSON files of a plan's layers
 * @param categories `id=cat` answers for zones without a category (`*=cat` for all)
 * @returns the dataset inputs (RD), the plan mapping, and notes for the user
 * @throws InputProblems when a file cannot be read or a category is unknown
 * @example await loadPlan(['plan.gml'], [])
 */
export async function loadPlan(
  paths: readonly string[],
  categories: readonly string[],
): Promise<{ inputs: DatasetLayerInput[]; plan: PlanImport; notes: string[] }> {
  const given: Record<string, Milieucategorie> = {};
  const lines: string[] = [];
  for (const c of categories) {
    const [id, cat] = c.split('=');
    if (!id || !isMilieucategorie(cat))
      lines.push(`--plan-category "${c}": verwacht <bestemming-id>=<categorie> of *=<categorie>`);
    else given[id] = cat;
  }
  const files = [];
  for (const p of paths) {
    if (!existsSync(p)) lines.push(`--plan: bestand niet gevonden: ${p}`);
    else files.push({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) });
  }
  if (lines.length > 0) throw new InputProblems(lines);
  const { layers, problems } = await readFiles(files);
  if (layers.length === 0) throw new InputProblems(formatProblemGroups(problems));
  const plan = planToLayers(layers, {
    categories: given,
    suggestActivities: (name) =>
      searchActivities(name, 'nl')
        .slice(0, 3)
        .map((a) => a.id),
  });
  if (plan.bestemmingCount === 0) {
    throw new InputProblems([`--plan: geen Enkelbestemming gevonden in ${paths.join(', ')}`]);
  }
  const notes = formatProblemGroups(problems);
  if (plan.noWorkZones)
    notes.push(
      'Het plan heeft geen werklocaties (geen bestemming bedrijf, bedrijventerrein, gemengd of centrum).',
    );
  if (plan.missingCategory.length > 0) {
    notes.push(
      `Zonder milieucategorie (staat vermoedelijk in de regels; geef die met --plan-category <id>=<cat>): ${plan.missingCategory
        .map((m) => `${m.id} (${m.name})`)
        .join(', ')}`,
    );
  }
  for (const b of plan.businesses) {
    notes.push(
      `Bedrijf volgens het plan: "${b.activityName}" (${b.id}); bevestig de activiteit${b.suggestions.length ? `, voorstel: ${b.suggestions.join(', ')}` : ''}. Niet meegeteld.`,
    );
  }
  const inputs: DatasetLayerInput[] = [
    {
      layerId: 'plan-zones',
      role: 'zone',
      crs: EPSG_RD,
      features: { type: 'FeatureCollection', features: plan.zones },
    },
    {
      layerId: 'plan-wonen',
      role: 'sensitive',
      crs: EPSG_RD,
      features: { type: 'FeatureCollection', features: plan.homes },
    },
  ];
  return { inputs, plan, notes };
}
