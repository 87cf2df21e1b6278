/**
 * Opening one's own data (issue 12): the files a user drops or picks are read in a Web Worker
 * (src/io/read.worker.ts; progress, cancel), each read layer gets a suggested role and field
 * mapping that the "Gegevens" dialog lets the user change, an IMRO plan goes through the plan
 * mapping (categories asked where the plan has none), the result is previewed on the map, and
 * loading puts it into the demo's rule-layer slots (import-mapping.ts) as the current workspace.
 *
 * Loaded only when a data file is opened (src/state/drop.ts, the Gegevens tab), so the first
 * view pays for none of it; the small status object lives in import-status.svelte.ts.
 */
import type { Feature, FeatureCollection } from 'geojson';
import sqlWasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { boundsOf } from '../domain/load.ts';
import type { Milieucategorie } from '../domain/domain.ts';
import type { ReadRequest, ReadResponse } from '../io/read-protocol.ts';
import { suggestMapping } from '../io/field-mapping.ts';
import type { InputFile, IoProblem, ReadLayer } from '../io/types.ts';
import { fitToBounds } from '../map/interaction.ts';
import { addOverlay } from '../map/overlay.ts';
import { searchActivities } from '../rules/activities.ts';
import { addNotice, app, replaceAllLayerData } from './app.svelte.ts';
import {
  defaultsFor,
  joinSlots,
  mapEntry,
  mapPlan,
  rejectedGeoJson,
  suggestChoice,
  type EntryChoice,
  type EntryResult,
  type PlanResult,
  type SlotId,
} from './import-mapping.ts';
import { loadedMap, registerMapFeature } from './map-handle.ts';
import { importer } from './import-status.svelte.ts';

/** The choice per read layer (same index as {@link readLayers}). */
export const choices: EntryChoice[] = $state([]);

/** The non-plan layers read, and the plan's layers; big, so raw. */
let layers = $state.raw<ReadLayer[]>([]);
let planLayers = $state.raw<ReadLayer[]>([]);
let readProblems = $state.raw<IoProblem[]>([]);

/** The layers read (not the plan's). */
export function readLayers(): readonly ReadLayer[] {
  return layers;
}

/** The IMRO plan's layers, when a plan was read. */
export function planLayersRead(): readonly ReadLayer[] {
  return planLayers;
}

/** Every problem the readers reported. */
export function readerProblems(): readonly IoProblem[] {
  return readProblems;
}

const EMPTY: EntryResult = { bySlot: {}, rejected: [], groups: [], total: 0 };

const results = $derived.by((): EntryResult[] =>
  layers.map((l, i) => {
    const c = choices[i];
    return c ? mapEntry(l, $state.snapshot(c) as EntryChoice) : EMPTY;
  }),
);

const suggest = (name: string): string[] =>
  searchActivities(name, 'nl')
    .slice(0, 3)
    .map((a) => a.id);

const plan = $derived.by((): PlanResult | null => {
  if (planLayers.length === 0) return null;
  const cats = $state.snapshot(importer.planCategories) as Record<string, string>;
  const given: Record<string, Milieucategorie> = {};
  for (const [k, v] of Object.entries(cats)) if (v) given[k] = v as Milieucategorie;
  return mapPlan(planLayers, given, suggest);
});

/** What each read layer gives (same index as {@link readLayers}). */
export function entryResults(): readonly EntryResult[] {
  return results;
}

/** What the plan gives, or null without a plan. */
export function planResult(): PlanResult | null {
  return plan;
}

const joined = $derived(joinSlots(plan ? [...results, plan] : results));

/** Good features per slot, as they would load. */
export function slotsToLoad(): Record<SlotId, Feature[]> {
  return joined;
}

/** All rejected features of all files. */
export function rejectedFeatures(): Feature[] {
  return [...results.flatMap((r) => r.rejected), ...(plan?.rejected ?? [])];
}

/**
 * The rejected features as a GeoJSON file's text.
 * @returns the text
 */
export function rejectedFileText(): string {
  return rejectedGeoJson(rejectedFeatures());
}

/**
 * Changes the role of a read layer: the fields are suggested anew for that role.
 * @param index the layer's index
 * @param role the role, or 'skip'
 */
export function setRole(index: number, role: EntryChoice['role']): void {
  const layer = layers[index];
  if (!layer) return;
  choices[index] = {
    role,
    fields: role === 'skip' ? {} : suggestMapping(role, layer.fields),
    defaults: defaultsFor(role),
  };
}

// --- reading in the worker ----------------------------------------------------------

let worker: Worker | null = null;
let nextId = 1;
let wantedId = 0;
let startedAt = 0;

function onMessage(event: MessageEvent<ReadResponse>): void {
  const msg = event.data;
  if (msg.id !== wantedId) return;
  if (msg.type === 'progress') {
    importer.progress = msg.fraction;
    importer.file = msg.file;
    return;
  }
  if (msg.type === 'error') {
    importer.status = 'idle';
    addNotice((m) => m.owndata.readFailed(msg.message));
    return;
  }
  const { result } = msg;
  importer.readMs = performance.now() - startedAt;
  const plain = result.layers.filter((l) => l.format !== 'imro-gml');
  const planned = result.layers.filter((l) => l.format === 'imro-gml');
  choices.length = 0;
  choices.push(...plain.map(suggestChoice));
  layers = plain;
  planLayers = planned;
  readProblems = result.problems;
  importer.planCategories = {};
  importer.progress = 1;
  importer.status = 'mapping';
  importer.workspaceName ||= workspaceNameOf(importer.fileNames);
  app.activeTool = 'owndata';
  fitPreview();
}

/** A first name for the workspace: the first file's name without its extension. */
function workspaceNameOf(names: readonly string[]): string {
  const n = names[0] ?? '';
  return n.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ') || 'Eigen gegevens';
}

function startWorker(): Worker {
  const w = new Worker(new URL('../io/read.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = onMessage;
  w.onerror = (e) => {
    importer.status = 'idle';
    addNotice((m) => m.owndata.readFailed(e.message || 'worker'));
  };
  return w;
}

/**
 * Reads files in the worker; the dialog opens with the result.
 * @param files the files (a Shapefile's parts may come loose or zipped)
 */
export async function openDataFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  const inputs: InputFile[] = await Promise.all(
    files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  importer.fileNames = files.map((f) => f.name);
  importer.workspaceName = '';
  importer.status = 'reading';
  importer.progress = 0;
  importer.file = files[0]!.name;
  app.activeTool = 'owndata';
  worker ??= startWorker();
  const id = nextId++;
  wantedId = id;
  startedAt = performance.now();
  const request: ReadRequest = { type: 'read', id, files: inputs, sqlWasmUrl };
  worker.postMessage(
    request,
    inputs.map((f) => f.bytes.buffer as ArrayBuffer),
  );
}

/** Stops a read: the worker is ended (a parse cannot be interrupted otherwise). */
export function cancelReading(): void {
  if (importer.status !== 'reading') return;
  worker?.terminate();
  worker = null;
  wantedId = 0;
  importer.status = 'idle';
  importer.progress = 0;
  addNotice((m) => m.owndata.cancelled);
}

/** Closes the dialog without loading anything. */
export function closeImport(): void {
  if (importer.status === 'reading') cancelReading();
  importer.status = 'idle';
  layers = [];
  planLayers = [];
  readProblems = [];
  choices.length = 0;
}

/**
 * Loads what the dialog shows into the workspace: the good features replace the demo's layers
 * (slots nobody fills, and the demo's own base map, become empty). Locatiecheck, surface and
 * proposals then run on this data.
 */
export function loadIntoWorkspace(): void {
  const slots = joined;
  const count = Object.values(slots).reduce((s, f) => s + f.length, 0);
  if (count === 0) return;
  const name = importer.workspaceName.trim() || workspaceNameOf(importer.fileNames);
  replaceAllLayerData(slots, { name, demo: false });
  const rejected = rejectedFeatures().length;
  addNotice((m) => m.owndata.loaded(name, count, rejected));
  closeImport();
}

// --- preview on the map -------------------------------------------------------------

const preview = $derived.by((): FeatureCollection => {
  if (importer.status !== 'mapping') return { type: 'FeatureCollection', features: [] };
  return { type: 'FeatureCollection', features: Object.values(joined).flat() };
});

function fitPreview(): void {
  const map = loadedMap();
  const all = [...layers, ...planLayers].flatMap((l) => l.wgs84);
  const bounds = boundsOf(all);
  if (map && bounds) fitToBounds(map, bounds, true);
}

registerMapFeature({
  id: 'import-preview',
  attach(map) {
    const overlay = addOverlay(map, 'import-preview', [
      {
        id: 'import-preview-fill',
        type: 'fill',
        filter: ['!=', ['geometry-type'], 'Point'],
        paint: { 'fill-color': '#0b57d0', 'fill-opacity': 0.25 },
      },
      {
        id: 'import-preview-line',
        type: 'line',
        filter: ['!=', ['geometry-type'], 'Point'],
        paint: { 'line-color': '#0b57d0', 'line-width': 1.5 },
      },
      {
        id: 'import-preview-circle',
        type: 'circle',
        filter: ['==', ['geometry-type'], 'Point'],
        paint: {
          'circle-color': '#0b57d0',
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 12, 1.5, 16, 4],
        },
      },
    ]);
    const stop = $effect.root(() => {
      $effect(() => overlay.setData(preview));
    });
    return {
      destroy() {
        stop();
        overlay.destroy();
      },
    };
  },
});
