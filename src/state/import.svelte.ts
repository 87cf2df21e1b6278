/**
 * Opening one's own data (issue 12), the main thread's side. The files a user drops or picks go
 * to the import worker (src/state/import.worker.ts), which reads them (progress, cancel), keeps
 * the read layers and maps them on every change of the "Gegevens" dialog; the dialog gets only
 * summaries (fields with statistics, example rows, grouped problems, counts, a thinned preview
 * for the map). On "Laden" the features that load come over once, in chunks, and replace the
 * demo's rule-layer slots; the worker stores them as a workspace in IndexedDB
 * (src/state/workspace-store.ts). Opening, exporting and importing stored workspaces go through
 * the same worker, so big records are never cloned on the main thread in one piece.
 *
 * Loaded only when a data file or a stored workspace is opened (src/state/drop.ts,
 * workspaces.svelte.ts), so the first view pays for none of it; the small status object lives
 * in import-status.svelte.ts.
 */
import type { Feature, FeatureCollection } from 'geojson';
import sqlWasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import type { InputFile } from '../io/types.ts';
import { downloadFile } from '../map/export.ts';
import { fitToBounds } from '../map/interaction.ts';
import { addOverlay } from '../map/overlay.ts';
import { addNotice, app, replaceAllLayerData } from './app.svelte.ts';
import { defaultsFor, type EntryChoice, type SlotId } from './import-mapping.ts';
import type { ImportRequest, ImportResponse } from './import-protocol.ts';
import type { MapSummary, ReadSummary } from './import-session.ts';
import { importer } from './import-status.svelte.ts';
import { loadedMap, registerMapFeature } from './map-handle.ts';
import { suggestMapping } from '../io/field-mapping.ts';
import { WORKSPACE_FILE_SUFFIX } from './workspace-file.ts';
import { newWorkspaceId, type WorkspaceMeta } from './workspace-store.ts';
import {
  refreshWorkspaces,
  setActiveWorkspace,
  storedRuleView,
  storeRuleView,
} from './workspaces.svelte.ts';
import { readWorkspaceProposals, writeWorkspaceProposals } from './persistence.ts';

/** The choice per read layer (same index as the summary's layers). */
export const choices: EntryChoice[] = $state([]);

let readSummary = $state.raw<ReadSummary | null>(null);
let mapSummary = $state.raw<MapSummary | null>(null);

/** Whether the worker is mapping a change the dialog does not show yet. */
export const mapping = $state({ busy: false, ms: 0 });

/** What reading gave (fields, stats, samples, the plan), or null. */
export function readResult(): ReadSummary | null {
  return readSummary;
}

/** What the current choices give (counts, problems, preview), or null before the first answer. */
export function mappedResult(): MapSummary | null {
  return mapSummary;
}

/**
 * Changes the role of a read layer: the fields are suggested anew for that role.
 * @param index the layer's index
 * @param role the role, or 'skip'
 */
export function setRole(index: number, role: EntryChoice['role']): void {
  const layer = readSummary?.layers[index];
  if (!layer) return;
  choices[index] = {
    role,
    fields: role === 'skip' ? {} : suggestMapping(role, layer.fields),
    defaults: defaultsFor(role),
  };
}

// --- the worker -----------------------------------------------------------------------

let worker: Worker | null = null;
let nextId = 1;
// Not reactive on purpose: the answer handlers of the worker, by request id.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const handlers = new Map<number, (msg: ImportResponse) => void>();

function startWorker(): Worker {
  const w = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<ImportResponse>) => handlers.get(event.data.id)?.(event.data);
  w.onerror = (e) => {
    handlers.clear();
    worker = null;
    importer.status = 'idle';
    addNotice((m) => m.owndata.readFailed(e.message || 'worker'));
  };
  return w;
}

/** Sends a request; `handle` gets every answer with its id until it returns true (done). */
function send(
  request: ImportRequest,
  handle: (msg: ImportResponse) => boolean | void,
  transfer: Transferable[] = [],
): void {
  worker ??= startWorker();
  if ('id' in request) {
    const id = request.id;
    handlers.set(id, (msg) => {
      if (handle(msg) === true) handlers.delete(id);
    });
  }
  worker.postMessage(request, transfer);
}

/** Collects chunked features into slots; `done` gets them with the meta. */
function collector(
  done: (layers: Record<string, Feature[]>, meta: WorkspaceMeta) => void,
  failed: (msg: Extract<ImportResponse, { type: 'error' }>) => void,
  after?: (msg: ImportResponse) => boolean | void,
): (msg: ImportResponse) => boolean | void {
  const layers: Record<string, Feature[]> = {};
  return (msg) => {
    if (msg.type === 'chunk') {
      const list = (layers[msg.slot] ??= []);
      for (const f of msg.features) list.push(f);
      return false;
    }
    if (msg.type === 'features-done') {
      done(layers, msg.meta);
      return after ? false : true;
    }
    if (msg.type === 'error') {
      failed(msg);
      return true;
    }
    return after?.(msg);
  };
}

// --- reading and mapping ----------------------------------------------------------------

let readId = 0;
let mapId = 0;

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
  const id = nextId++;
  readId = id;
  const startedAt = performance.now();
  send(
    { type: 'read', id, files: inputs, sqlWasmUrl },
    (msg) => {
      if (msg.id !== readId) return true;
      if (msg.type === 'progress') {
        importer.progress = msg.fraction;
        importer.file = msg.file;
        return false;
      }
      if (msg.type === 'error') {
        importer.status = 'idle';
        addNotice((m) => m.owndata.readFailed(msg.message));
        return true;
      }
      if (msg.type !== 'read-done') return false;
      importer.readMs = performance.now() - startedAt;
      mapSummary = null;
      readSummary = msg.summary;
      choices.length = 0;
      choices.push(...msg.summary.choices);
      importer.planCategories = {};
      importer.progress = 1;
      importer.status = 'mapping';
      importer.workspaceName ||= workspaceNameOf(importer.fileNames);
      app.activeTool = 'owndata';
      const map = loadedMap();
      if (map && msg.summary.bounds) fitToBounds(map, msg.summary.bounds, true);
      return true;
    },
    inputs.map((f) => f.bytes.buffer as ArrayBuffer),
  );
}

// Every change of the dialog's answers goes to the worker; the newest answer wins.
$effect.root(() => {
  $effect(() => {
    if (importer.status !== 'mapping' || !readSummary) return;
    const request = {
      choices: $state.snapshot(choices) as EntryChoice[],
      planCategories: $state.snapshot(importer.planCategories) as Record<string, string>,
    };
    const id = nextId++;
    mapId = id;
    mapping.busy = true;
    send({ type: 'map', id, request }, (msg) => {
      if (msg.type === 'mapped' && msg.id === mapId) {
        mapSummary = msg.summary;
        mapping.busy = false;
        mapping.ms = msg.ms;
      } else if (msg.type === 'error' && msg.id === mapId) {
        mapping.busy = false;
        addNotice((m) => m.owndata.readFailed(msg.message));
      }
      return true;
    });
  });
});

/** A first name for the workspace: the first file's name without its extension. */
function workspaceNameOf(names: readonly string[]): string {
  const n = names[0] ?? '';
  return n.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ') || 'Eigen gegevens';
}

/** Stops a read: the worker is ended (a parse cannot be interrupted otherwise). */
export function cancelReading(): void {
  if (importer.status !== 'reading') return;
  worker?.terminate();
  worker = null;
  handlers.clear();
  readId = 0;
  importer.status = 'idle';
  importer.progress = 0;
  addNotice((m) => m.owndata.cancelled);
}

/** Closes the dialog without loading anything; the worker forgets the files. */
export function closeImport(): void {
  if (importer.status === 'reading') cancelReading();
  importer.status = 'idle';
  readSummary = null;
  mapSummary = null;
  choices.length = 0;
  if (worker) send({ type: 'close' }, () => true);
}

/** Downloads the features the mapping rejects, with their source attributes. */
export function downloadRejected(): void {
  const id = nextId++;
  send({ type: 'rejected', id }, (msg) => {
    if (msg.type !== 'file') return true;
    downloadFile(
      new Blob([msg.bytes as Uint8Array<ArrayBuffer>], { type: 'application/geo+json' }),
      'afgewezen-objecten.geojson',
    );
    return true;
  });
}

const nowIso = () => new Date().toISOString();

/**
 * Loads what the dialog shows into a new workspace: the good features replace the demo's layers
 * (slots nobody fills, and the demo's own base map, become empty), and the worker stores them.
 * When storage is full the data stays on the map for this visit, the user is told, and the
 * workspaces stored before are untouched.
 */
export function loadIntoWorkspace(): void {
  const total = Object.values(mapSummary?.slotCounts ?? {}).reduce((s, n) => s + n, 0);
  if (total === 0 || !readSummary) return;
  const name = importer.workspaceName.trim() || workspaceNameOf(importer.fileNames);
  const rejected = mapSummary?.rejected ?? 0;
  const meta: WorkspaceMeta = {
    id: newWorkspaceId(name),
    name,
    createdAt: nowIso(),
    updatedAt: nowIso(),
    files: [...importer.fileNames],
    counts: {},
    mapping: {
      layers: readSummary.layers.map((l) => l.name),
      choices: $state.snapshot(choices) as EntryChoice[],
      planCategories: $state.snapshot(importer.planCategories) as Record<string, string>,
    },
  };
  importer.status = 'loading';
  const id = nextId++;
  send(
    { type: 'commit', id, meta },
    collector(
      (layers, full) => {
        replaceAllLayerData(layers, { name, demo: false });
        setActiveWorkspace(full, false);
        const count = Object.values(layers).reduce((s, f) => s + f.length, 0);
        addNotice((m) => m.owndata.loaded(name, count, rejected));
        closeImport();
      },
      (msg) => {
        importer.status = 'mapping';
        addNotice((m) => m.owndata.readFailed(msg.message));
      },
      (msg) => {
        if (msg.type !== 'stored') return false;
        if (msg.failure) {
          const failure = msg.failure;
          addNotice((m) =>
            failure === 'quota' ? m.owndata.storageFull(name) : m.owndata.storeFailed(name),
          );
        } else {
          setActiveWorkspace(msg.meta, true);
        }
        void refreshWorkspaces();
        return true;
      },
    ),
  );
}

/**
 * Opens a stored workspace: its features come from the worker in chunks and replace the layers.
 * @param workspaceId its id
 * @returns its meta, or undefined when it is not stored here
 */
export function openStoredWorkspace(workspaceId: string): Promise<WorkspaceMeta | undefined> {
  return new Promise((resolve) => {
    const id = nextId++;
    send(
      { type: 'open', id, workspaceId },
      collector(
        (layers, meta) => {
          replaceAllLayerData(layers, { name: meta.name, demo: false });
          resolve(meta);
        },
        (msg) => {
          if (msg.failure !== 'missing') addNotice((m) => m.owndata.readFailed(msg.message));
          resolve(undefined);
        },
      ),
    );
  });
}

/** A file name for a workspace. */
function fileNameOf(name: string): string {
  const base = name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'werkruimte';
  return `${base}${WORKSPACE_FILE_SUFFIX}`;
}

/**
 * Downloads a stored workspace as one file.
 * @param workspaceId its id
 * @param name its name (the file's name)
 */
export function exportStoredWorkspace(workspaceId: string, name: string): Promise<void> {
  return new Promise((resolve) => {
    const id = nextId++;
    const view = storedRuleView(workspaceId);
    const extras = {
      proposals: readWorkspaceProposals(workspaceId),
      ...(view ? { ruleView: view } : {}),
    };
    send({ type: 'export', id, workspaceId, extras }, (msg) => {
      if (msg.type === 'file') {
        downloadFile(
          new Blob([msg.bytes as Uint8Array<ArrayBuffer>], { type: 'application/json' }),
          fileNameOf(name),
        );
      } else if (msg.type === 'error') {
        addNotice((m) => m.owndata.readFailed(msg.message));
      }
      resolve();
      return true;
    });
  });
}

/**
 * Reads an exported workspace file and stores it as a new workspace.
 * @param file the file
 * @returns the new workspace's meta, or undefined (the user was told why)
 */
export async function importStoredWorkspace(file: File): Promise<WorkspaceMeta | undefined> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const name = file.name.replace(/\.werkruimte\.json$/i, '').replace(/\.json$/i, '');
  const meta: WorkspaceMeta = {
    id: newWorkspaceId(name),
    name,
    createdAt: nowIso(),
    updatedAt: nowIso(),
    files: [],
    counts: {},
  };
  return new Promise((resolve) => {
    const id = nextId++;
    send(
      { type: 'import-file', id, name: file.name, bytes, meta },
      (msg) => {
        if (msg.type === 'imported') {
          if (msg.problems.length > 0)
            addNotice((m) => m.owndata.importProblems(file.name, msg.problems.length));
          // The workspace's proposals and view are kept before it opens, so it opens with them.
          if (msg.ruleView) storeRuleView(msg.meta.id, msg.ruleView);
          const imported = msg.meta;
          void writeWorkspaceProposals(imported.id, msg.proposals).then((ok) => {
            if (!ok) addNotice((m) => m.owndata.storeFailed(imported.name));
            resolve(imported);
          });
        } else if (msg.type === 'error') {
          addNotice((m) =>
            msg.failure === 'quota'
              ? m.owndata.storageFull(name)
              : m.owndata.workspaceFileRefused(file.name, msg.message.split('\n')[0] ?? ''),
          );
          resolve(undefined);
        }
        return true;
      },
      [bytes.buffer],
    );
  });
}

// --- preview on the map -------------------------------------------------------------

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const preview = $derived(
  importer.status === 'mapping' ? (mapSummary?.preview ?? EMPTY) : (EMPTY as FeatureCollection),
);

/** Slot counts of the current mapping (all zero before the first answer). */
export function slotCounts(): Partial<Record<SlotId, number>> {
  return mapSummary?.slotCounts ?? {};
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
