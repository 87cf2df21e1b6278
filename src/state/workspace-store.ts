/**
 * Workspaces kept in IndexedDB (issue 12): several, each one municipality's own data with its
 * mapping. The demo city is a workspace too, but it is built in and never stored, so nothing can
 * overwrite it. A workspace is two records in one database: its small `meta` (name, files, counts,
 * mapping; listed without loading any feature) and its `data` (the validated WGS84 features per
 * layer slot). Both are written in one transaction, so a write that fails — storage full — leaves
 * every workspace already stored as it was.
 *
 * Works on the main thread and in a worker (the import worker writes and reads the big `data`
 * records, so their structured clone never runs on the main thread).
 */
import type { Feature } from 'geojson';
import type { EntryChoice, SlotId } from './import-mapping.ts';

/** The database (apart from the proposals' `werkruimte` database, so their versions never clash). */
export const WORKSPACE_DB = 'werkruimte-workspaces';
/** The id of the built-in demo city. */
export const DEMO_WORKSPACE_ID = 'demo';

/** What the dialog chose, kept so a workspace can say how it was made. */
export interface WorkspaceMapping {
  /** The read layers' names, in the order of `choices`. */
  layers: string[];
  choices: EntryChoice[];
  planCategories: Record<string, string>;
}

/** localStorage key of the workspace on the map (its id and name), so a reload opens it again. */
export const ACTIVE_WORKSPACE_KEY = 'werkruimte.workspace';

/** The workspace on the map at the last visit, as remembered in localStorage. */
export interface ActiveWorkspaceRecord {
  id: string;
  name: string;
}

/**
 * The own workspace that was on the map at the last visit (main thread only).
 * @returns its id and name, or undefined for the demo city (or when nothing can be read)
 */
export function readActiveWorkspace(): ActiveWorkspaceRecord | undefined {
  try {
    const raw = localStorage.getItem(ACTIVE_WORKSPACE_KEY);
    if (!raw) return undefined;
    const r = JSON.parse(raw) as Partial<ActiveWorkspaceRecord>;
    return typeof r.id === 'string' && typeof r.name === 'string' && r.id !== DEMO_WORKSPACE_ID
      ? { id: r.id, name: r.name }
      : undefined;
  } catch {
    return undefined;
  }
}

/** A workspace's small record. */
export interface WorkspaceMeta {
  id: string;
  name: string;
  /** ISO times. */
  createdAt: string;
  updatedAt: string;
  /** The files it was made from (names only). */
  files: string[];
  /** Features per layer slot. */
  counts: Partial<Record<SlotId, number>>;
  mapping?: WorkspaceMapping;
}

/** A workspace's features. */
export interface WorkspaceData {
  id: string;
  layers: Partial<Record<SlotId, Feature[]>>;
}

/** Why a store operation failed: storage full, no IndexedDB here, or anything else. */
export type StoreFailure = 'quota' | 'unavailable' | 'failed';

/** A failed store operation, with the reason the UI names. */
export class WorkspaceStoreError extends Error {
  constructor(
    readonly reason: StoreFailure,
    message: string,
  ) {
    super(message);
    this.name = 'WorkspaceStoreError';
  }
}

/**
 * Whether an error is the browser saying storage is full.
 * @param e an error from IndexedDB
 * @returns true for QuotaExceededError (by name, or the legacy code 22)
 * @example isQuotaError(new DOMException('full', 'QuotaExceededError')) // true
 */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || code === 22;
}

function toStoreError(e: unknown): WorkspaceStoreError {
  if (e instanceof WorkspaceStoreError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new WorkspaceStoreError(isQuotaError(e) ? 'quota' : 'failed', message);
}

let dbPromise: Promise<IDBDatabase> | undefined;

function openDb(): Promise<IDBDatabase> {
  dbPromise ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new WorkspaceStoreError('unavailable', 'IndexedDB is not available'));
      return;
    }
    const req = indexedDB.open(WORKSPACE_DB, 1);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta', { keyPath: 'id' });
      if (!db.objectStoreNames.contains('data')) db.createObjectStore('data', { keyPath: 'id' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(toStoreError(req.error));
    req.onblocked = () => reject(new WorkspaceStoreError('failed', 'database blocked'));
  }).catch((e: unknown) => {
    dbPromise = undefined;
    throw toStoreError(e);
  });
  return dbPromise;
}

/** Runs one transaction; resolves when it is committed (durably), rejects with the reason. */
async function transact<T>(
  stores: ('meta' | 'data')[],
  mode: IDBTransactionMode,
  work: (tx: IDBTransaction) => IDBRequest<T> | undefined,
): Promise<T | undefined> {
  const db = await openDb();
  return new Promise<T | undefined>((resolve, reject) => {
    let tx: IDBTransaction;
    let req: IDBRequest<T> | undefined;
    try {
      tx = db.transaction(stores, mode, mode === 'readwrite' ? { durability: 'strict' } : {});
      req = work(tx);
    } catch (e) {
      reject(toStoreError(e));
      return;
    }
    tx.oncomplete = () => resolve(req?.result);
    tx.onabort = () => reject(toStoreError(tx.error ?? req?.error));
    tx.onerror = () => undefined; // onabort follows with the same error
  });
}

/**
 * Every stored workspace's meta, newest first (no features are read).
 * @returns the metas
 */
export async function listWorkspaces(): Promise<WorkspaceMeta[]> {
  const all = (await transact(['meta'], 'readonly', (tx) =>
    tx.objectStore('meta').getAll(),
  )) as WorkspaceMeta[];
  return (all ?? []).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/**
 * One workspace's meta and features.
 * @param id the workspace id
 * @returns both, or undefined when it is not stored here
 */
export async function getWorkspace(
  id: string,
): Promise<{ meta: WorkspaceMeta; data: WorkspaceData } | undefined> {
  const db = await openDb();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(['meta', 'data'], 'readonly');
    const meta = tx.objectStore('meta').get(id) as IDBRequest<WorkspaceMeta | undefined>;
    const data = tx.objectStore('data').get(id) as IDBRequest<WorkspaceData | undefined>;
    tx.oncomplete = () =>
      resolve(meta.result && data.result ? { meta: meta.result, data: data.result } : undefined);
    tx.onabort = () => reject(toStoreError(tx.error));
  });
}

/**
 * Stores a workspace (new, or replacing the one with its id) in one durable transaction. The demo
 * id is refused: the demo city is never overwritten.
 * @param meta its meta
 * @param data its features
 * @throws WorkspaceStoreError `quota` when storage is full (nothing stored before is changed)
 */
export async function putWorkspace(meta: WorkspaceMeta, data: WorkspaceData): Promise<void> {
  if (meta.id === DEMO_WORKSPACE_ID || data.id !== meta.id)
    throw new WorkspaceStoreError('failed', `refused workspace id ${meta.id}`);
  await transact(['meta', 'data'], 'readwrite', (tx) => {
    tx.objectStore('data').put(data);
    return tx.objectStore('meta').put(meta);
  });
}

/**
 * Renames or otherwise updates a workspace's meta only.
 * @param meta the new meta (same id)
 */
export async function putWorkspaceMeta(meta: WorkspaceMeta): Promise<void> {
  if (meta.id === DEMO_WORKSPACE_ID)
    throw new WorkspaceStoreError('failed', 'the demo is not stored');
  await transact(['meta'], 'readwrite', (tx) => tx.objectStore('meta').put(meta));
}

/**
 * Removes a stored workspace.
 * @param id its id
 */
export async function deleteWorkspace(id: string): Promise<void> {
  await transact(['meta', 'data'], 'readwrite', (tx) => {
    tx.objectStore('data').delete(id);
    return tx.objectStore('meta').delete(id);
  });
}

/**
 * A new workspace id: readable, unique enough between a user's own workspaces.
 * @param name the workspace's name
 * @returns e.g. `doesburg-k3f9q2`
 */
export function newWorkspaceId(name: string): string {
  const slug =
    name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32) || 'werkruimte';
  const tail = Math.random().toString(36).slice(2, 8).padEnd(6, '0');
  return `${slug === DEMO_WORKSPACE_ID ? 'demo-eigen' : slug}-${tail}`;
}
