/**
 * The import worker (issue 12): reads, projects and checks the files a user opened, keeps them
 * (an {@link ImportSession}) and maps them on every change of the dialog, all off the main
 * thread; it answers with summaries, and sends the features that load only on confirm, in chunks.
 * It also writes and reads the stored workspaces' big records (src/state/workspace-store.ts), so
 * their structured clone never runs on the main thread either. The readers load lazily inside it.
 */
import type { Feature } from 'geojson';
import { readFiles } from '../io/read.ts';
import { searchActivities } from '../rules/activities.ts';
import { SLOT_IDS, type SlotId } from './import-mapping.ts';
import type { ImportRequest, ImportResponse } from './import-protocol.ts';
import { ImportSession, type MapRequest } from './import-session.ts';
import { parseWorkspaceFile, workspaceFileText } from './workspace-file.ts';
import {
  getWorkspace,
  putWorkspace,
  WorkspaceStoreError,
  type WorkspaceMeta,
} from './workspace-store.ts';

interface WorkerScope {
  postMessage(message: ImportResponse, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

/** Positions per chunk: receiving one stays a short task on the main thread. */
const CHUNK_POSITIONS = 60_000;

let session: ImportSession | null = null;
let pendingMap: { id: number; request: MapRequest } | null = null;
let mapScheduled = false;

const suggest = (name: string): string[] =>
  searchActivities(name, 'nl')
    .slice(0, 3)
    .map((a) => a.id);

function positionsOf(c: unknown): number {
  if (!Array.isArray(c)) return 0;
  if (typeof c[0] === 'number') return 1;
  let n = 0;
  for (const x of c) n += positionsOf(x);
  return n;
}

/** Posts the features per slot in chunks of about {@link CHUNK_POSITIONS} positions. */
function postFeatures(id: number, layers: Partial<Record<SlotId, Feature[]>>): void {
  for (const slot of SLOT_IDS) {
    const list = layers[slot] ?? [];
    let start = 0;
    let size = 0;
    for (let i = 0; i < list.length; i++) {
      const g = list[i]!.geometry as { coordinates?: unknown } | null;
      size += 1 + positionsOf(g?.coordinates);
      if (size >= CHUNK_POSITIONS) {
        scope.postMessage({ type: 'chunk', id, slot, features: list.slice(start, i + 1) });
        start = i + 1;
        size = 0;
      }
    }
    if (start < list.length)
      scope.postMessage({ type: 'chunk', id, slot, features: list.slice(start) });
  }
}

const countsOf = (layers: Partial<Record<SlotId, Feature[]>>) =>
  Object.fromEntries(
    SLOT_IDS.filter((s) => (layers[s]?.length ?? 0) > 0).map((s) => [s, layers[s]!.length]),
  );

async function store(
  id: number,
  meta: WorkspaceMeta,
  layers: Partial<Record<SlotId, Feature[]>>,
): Promise<void> {
  try {
    await putWorkspace(meta, { id: meta.id, layers });
    scope.postMessage({ type: 'stored', id, meta });
  } catch (e) {
    const failure = e instanceof WorkspaceStoreError ? e.reason : 'failed';
    scope.postMessage({
      type: 'stored',
      id,
      meta,
      failure,
      detail: e instanceof Error ? e.message : String(e),
    });
  }
}

const fail = (id: number, e: unknown, failure?: 'missing') =>
  scope.postMessage({
    type: 'error',
    id,
    message: e instanceof Error ? e.message : String(e),
    ...(failure ? { failure } : e instanceof WorkspaceStoreError ? { failure: e.reason } : {}),
  });

/** Maps the newest request only: requests that queued up during a mapping are skipped. */
function runMap(): void {
  mapScheduled = false;
  const next = pendingMap;
  pendingMap = null;
  if (!next || !session) return;
  const t0 = performance.now();
  try {
    const summary = session.map(next.request);
    scope.postMessage({ type: 'mapped', id: next.id, summary, ms: performance.now() - t0 });
  } catch (e) {
    fail(next.id, e);
  }
}

scope.onmessage = (event) => {
  const msg = event.data;
  switch (msg.type) {
    case 'read': {
      const t0 = performance.now();
      let last = 0;
      session = null;
      readFiles(msg.files, {
        ...(msg.sqlWasmUrl ? { sqlWasmUrl: msg.sqlWasmUrl } : {}),
        onProgress: (fraction, file) => {
          const now = performance.now();
          // At most ~20 messages a second: progress is for the eye, not a log.
          if (fraction < 1 && now - last < 50) return;
          last = now;
          scope.postMessage({ type: 'progress', id: msg.id, fraction, file });
        },
      })
        .then((result) => {
          session = new ImportSession(result.layers, result.problems, suggest);
          const summary = session.summary();
          scope.postMessage({
            type: 'read-done',
            id: msg.id,
            summary,
            ms: performance.now() - t0,
          });
        })
        .catch((e: unknown) => fail(msg.id, e));
      return;
    }
    case 'map':
      pendingMap = { id: msg.id, request: msg.request };
      if (!mapScheduled) {
        mapScheduled = true;
        setTimeout(runMap, 0);
      }
      return;
    case 'commit': {
      if (pendingMap) runMap();
      if (!session) return fail(msg.id, new Error('nothing read'));
      const layers = session.slots();
      const meta: WorkspaceMeta = { ...msg.meta, counts: countsOf(layers) };
      postFeatures(msg.id, layers);
      scope.postMessage({ type: 'features-done', id: msg.id, meta });
      void store(msg.id, meta, layers);
      return;
    }
    case 'rejected': {
      const bytes = new TextEncoder().encode(session?.rejectedText() ?? '');
      scope.postMessage({ type: 'file', id: msg.id, bytes }, [bytes.buffer]);
      return;
    }
    case 'open':
      getWorkspace(msg.workspaceId)
        .then((w) => {
          if (!w) return fail(msg.id, new Error(msg.workspaceId), 'missing');
          postFeatures(msg.id, w.data.layers);
          scope.postMessage({ type: 'features-done', id: msg.id, meta: w.meta });
        })
        .catch((e: unknown) => fail(msg.id, e));
      return;
    case 'export':
      getWorkspace(msg.workspaceId)
        .then((w) => {
          if (!w) return fail(msg.id, new Error(msg.workspaceId), 'missing');
          const bytes = new TextEncoder().encode(workspaceFileText(w.meta, w.data, msg.extras));
          scope.postMessage({ type: 'file', id: msg.id, bytes }, [bytes.buffer]);
        })
        .catch((e: unknown) => fail(msg.id, e));
      return;
    case 'import-file': {
      const parsed = parseWorkspaceFile(msg.name, new TextDecoder().decode(msg.bytes));
      const problems = parsed.problems.map((p) => p.message);
      const layers = parsed.layers;
      const counts = countsOf(layers);
      if (Object.keys(counts).length === 0)
        return fail(msg.id, new Error(problems.join('\n') || 'empty workspace'));
      const meta: WorkspaceMeta = {
        ...msg.meta,
        name: parsed.name || msg.meta.name,
        files: parsed.files,
        createdAt: parsed.createdAt ?? msg.meta.createdAt,
        counts,
        ...(parsed.mapping ? { mapping: parsed.mapping } : {}),
      };
      putWorkspace(meta, { id: meta.id, layers })
        .then(() =>
          scope.postMessage({
            type: 'imported',
            id: msg.id,
            meta,
            problems,
            proposals: parsed.proposals,
            ...(parsed.ruleView ? { ruleView: parsed.ruleView } : {}),
          }),
        )
        .catch((e: unknown) => fail(msg.id, e));
      return;
    }
    case 'close':
      session = null;
      pendingMap = null;
      return;
  }
};
