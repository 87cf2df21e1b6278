/**
 * A whole workspace as one file (issue 12): `<name>.werkruimte.json`, a JSON object with the
 * workspace's meta (name, files, mapping), a GeoJSON FeatureCollection per layer slot, its
 * proposals (a FeatureCollection as the app saves them) and the rule view it was seen in. Reading
 * one back validates every slot against its layer's schema (the same validator as the demo's
 * files), so a hand-edited or damaged file loads its good features and lists the rest at once.
 *
 * Pure: node tests and the import worker run it.
 */
import type { Feature } from 'geojson';
import { LAYERS } from '../../layers/index.ts';
import { validateLayerData, type LoadProblem } from '../domain/validate.ts';
import type { ProposalFeature } from '../analysis/proposals/types.ts';
import type { RuleView } from '../rules/location-check.ts';
import { proposalsToGeoJSON, readSavedProposals } from '../share/exchange.ts';
import { SLOT_IDS, type SlotId } from './import-mapping.ts';
import type { WorkspaceData, WorkspaceMeta } from './workspace-store.ts';

/** The `type` member that marks a workspace file. */
export const WORKSPACE_FILE_TYPE = 'werkruimte-workspace';
/** The format version written. */
export const WORKSPACE_FILE_VERSION = 1;
/** The file name ending. */
export const WORKSPACE_FILE_SUFFIX = '.werkruimte.json';

/**
 * Whether a file name or the start of a text looks like a workspace file.
 * @param name the file name
 * @param head the first characters of its text, when known
 * @returns true for `*.werkruimte.json`, or JSON that declares the workspace type early
 * @example isWorkspaceFileName('doesburg.werkruimte.json') // true
 */
export function isWorkspaceFile(name: string, head = ''): boolean {
  if (name.toLowerCase().endsWith(WORKSPACE_FILE_SUFFIX)) return true;
  return new RegExp(`^\\s*\\{\\s*"type"\\s*:\\s*"${WORKSPACE_FILE_TYPE}"`).test(head);
}

/** What a workspace holds apart from its data: kept in the browser's storage, not in IndexedDB. */
export interface WorkspaceExtras {
  proposals?: readonly ProposalFeature[];
  ruleView?: RuleView;
}

/**
 * Writes a workspace as one file's text.
 * @param meta its meta
 * @param data its features
 * @param extras its proposals and rule view
 * @returns the JSON text
 */
export function workspaceFileText(
  meta: WorkspaceMeta,
  data: WorkspaceData,
  extras: WorkspaceExtras = {},
): string {
  const layers: Record<string, { type: 'FeatureCollection'; features: Feature[] }> = {};
  for (const s of SLOT_IDS) {
    const f = data.layers[s];
    if (f && f.length > 0) layers[s] = { type: 'FeatureCollection', features: f };
  }
  return JSON.stringify({
    type: WORKSPACE_FILE_TYPE,
    version: WORKSPACE_FILE_VERSION,
    meta: {
      name: meta.name,
      files: meta.files,
      createdAt: meta.createdAt,
      ...(meta.mapping ? { mapping: meta.mapping } : {}),
    },
    layers,
    ...(extras.ruleView ? { ruleView: extras.ruleView } : {}),
    proposals: proposalsToGeoJSON(extras.proposals ?? []),
  });
}

/** What reading a workspace file gives. */
export interface ParsedWorkspaceFile {
  name: string;
  files: string[];
  createdAt: string | undefined;
  mapping: WorkspaceMeta['mapping'];
  layers: Record<SlotId, Feature[]>;
  /** The workspace's proposals (none in a file written before they were kept per workspace). */
  proposals: ProposalFeature[];
  ruleView: RuleView | undefined;
  /** Every problem: file-level ones (not JSON, another type) mean nothing loads. */
  problems: LoadProblem[];
}

const fileProblem = (file: string, detail: string): LoadProblem => ({
  file,
  code: 'not-geojson',
  params: { detail },
  message: `${file}: not a Werkruimte workspace file (${detail})`,
});

/**
 * Reads a workspace file: checks its type and version and validates every layer.
 * @param fileName its name (used in problems)
 * @param text its text
 * @returns the name, files, mapping, the good features per slot and every problem
 * @example parseWorkspaceFile('d.werkruimte.json', text).layers.woningen.length
 */
export function parseWorkspaceFile(fileName: string, text: string): ParsedWorkspaceFile {
  const empty = Object.fromEntries(SLOT_IDS.map((s) => [s, [] as Feature[]])) as Record<
    SlotId,
    Feature[]
  >;
  const fail = (detail: string): ParsedWorkspaceFile => ({
    name: '',
    files: [],
    createdAt: undefined,
    mapping: undefined,
    layers: empty,
    proposals: [],
    ruleView: undefined,
    problems: [fileProblem(fileName, detail)],
  });
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('not JSON');
  }
  if (typeof raw !== 'object' || raw === null) return fail('not an object');
  const o = raw as {
    type?: unknown;
    version?: unknown;
    meta?: unknown;
    layers?: unknown;
    proposals?: unknown;
    ruleView?: unknown;
  };
  if (o.type !== WORKSPACE_FILE_TYPE) return fail(`type is ${JSON.stringify(o.type)}`);
  if (o.version !== WORKSPACE_FILE_VERSION) return fail(`version ${JSON.stringify(o.version)}`);
  if (typeof o.layers !== 'object' || o.layers === null) return fail('no layers');
  const meta = (typeof o.meta === 'object' && o.meta !== null ? o.meta : {}) as Record<
    string,
    unknown
  >;
  const problems: LoadProblem[] = [];
  const layers = { ...empty };
  for (const [key, value] of Object.entries(o.layers as Record<string, unknown>)) {
    const def = LAYERS.find((l) => l.id === key);
    if (!def || !(SLOT_IDS as readonly string[]).includes(key)) {
      problems.push(fileProblem(fileName, `unknown layer "${key}"`));
      continue;
    }
    const r = validateLayerData(`${fileName} · ${key}`, value, def);
    layers[key as SlotId] = r.features;
    problems.push(...r.problems);
  }
  // The proposals as the app saves them: what it wrote is read back leniently, the rest listed.
  const proposals = readSavedProposals(o.proposals);
  const written = (o.proposals as { features?: unknown } | undefined)?.features;
  const unread = (Array.isArray(written) ? written.length : 0) - proposals.length;
  if (o.proposals !== undefined && !Array.isArray(written))
    problems.push(fileProblem(fileName, 'proposals are not a FeatureCollection'));
  else if (unread > 0)
    problems.push(fileProblem(fileName, `${unread} proposal(s) without an id or a polygon`));
  const ruleView = o.ruleView === 'plan' || o.ruleView === 'feitelijk' ? o.ruleView : undefined;
  if (o.ruleView !== undefined && ruleView === undefined)
    problems.push(fileProblem(fileName, `unknown rule view ${JSON.stringify(o.ruleView)}`));
  const name = typeof meta.name === 'string' && meta.name.trim() ? meta.name.trim() : fileName;
  return {
    name: name.replace(/\.werkruimte\.json$/i, ''),
    files: Array.isArray(meta.files) ? meta.files.filter((f) => typeof f === 'string') : [],
    createdAt: typeof meta.createdAt === 'string' ? meta.createdAt : undefined,
    mapping: meta.mapping as WorkspaceMeta['mapping'],
    layers,
    proposals,
    ruleView,
    problems,
  };
}
