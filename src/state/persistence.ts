/**
 * Where the proposals live between visits (issue 13): nothing a planner made
 * may be lost to a reload, a second tab, a crash or a damaged value.
 *
 * - **Two stores.** Every save goes to localStorage at once (synchronous: a
 *   reload or a second tab sees it immediately) and to IndexedDB in a
 *   transaction with `durability: 'strict'`. Chromium commits localStorage to
 *   disk only about a second later, so a crash right after an edit loses it
 *   there; the IndexedDB transaction completes only once the data is written.
 *   The app says "saved" only then (`onStatus('saved')`). At start the newer
 *   of the two (by revision) wins.
 * - **Revisions.** Each save carries a revision one higher than the highest
 *   this tab has seen. A save that finds a newer revision in storage (another
 *   tab saved in between) replays this tab's change on top of it
 *   (`rebaseProposals`) instead of overwriting it.
 * - **Other tabs.** A `storage` event with a newer revision is handed to
 *   `onExternal`, so every tab shows the newest list.
 * - **Damaged values** (garbage, cut-off JSON, `null`) are copied aside
 *   (`DAMAGED_KEY`, and into IndexedDB) before anything else is written, and
 *   offered for download; the first edit cannot overwrite them.
 *
 * - **Per workspace** (issue 12). Each workspace keeps its own proposals: the demo city under the
 *   keys above (so proposals saved before workspaces existed are the demo's), an own workspace
 *   under the same keys with `@<workspace id>` appended. `switchPersistence` changes which
 *   workspace's list is read and saved; a durable write still under way for the workspace left
 *   completes under that workspace's key.
 *
 * The rune module src/state/proposals.svelte.ts calls this; it holds no runes itself.
 */
import type { History } from '../analysis/proposals/history.ts';
import type { ProposalFeature } from '../analysis/proposals/types.ts';
import { readSavedRecord, rebaseProposals, toSavedRecord } from '../share/saved-state.ts';
import { DEMO_WORKSPACE_ID } from './workspace-store.ts';

/** localStorage key of the proposals (a FeatureCollection with a `revision`). */
export const STORAGE_KEY = 'werkruimte.proposals.v1';
/** sessionStorage key of the undo history. */
export const HISTORY_KEY = 'werkruimte.proposals.history.v1';
/** localStorage key where a damaged stored value is kept aside. */
export const DAMAGED_KEY = 'werkruimte.proposals.damaged.v1';
/** IndexedDB database and store of the durable copy. */
export const IDB_NAME = 'werkruimte';
const IDB_STORE = 'kv';
const IDB_PROPOSALS = 'proposals';
const IDB_DAMAGED = 'proposals-damaged';

type List = readonly ProposalFeature[];

/**
 * A storage key of one workspace: the demo city's is the key itself, an own workspace's has
 * `@<id>` appended.
 * @param key the demo's key (e.g. {@link STORAGE_KEY})
 * @param workspaceId the workspace id
 * @returns the key for that workspace
 * @example scopedKey(STORAGE_KEY, 'doesburg-k3f9q2') // 'werkruimte.proposals.v1@doesburg-k3f9q2'
 */
export function scopedKey(key: string, workspaceId: string): string {
  return workspaceId === DEMO_WORKSPACE_ID ? key : `${key}@${workspaceId}`;
}

/** The workspace whose proposals are read and saved now. */
let scope = DEMO_WORKSPACE_ID;
const keys = () => ({
  list: scopedKey(STORAGE_KEY, scope),
  history: scopedKey(HISTORY_KEY, scope),
  damaged: scopedKey(DAMAGED_KEY, scope),
  idbList: scopedKey(IDB_PROPOSALS, scope),
  idbDamaged: scopedKey(IDB_DAMAGED, scope),
});

/** A value that was in storage but could not be read. */
export interface DamagedValue {
  /** The text exactly as it was stored. */
  raw: string;
  reason: 'not-json' | 'not-a-list' | 'features-damaged';
  /** Whether the copy aside succeeded (else saving stays off, so it is not overwritten). */
  keptAside: boolean;
}

/** What the app starts with. */
export interface InitialState {
  proposals: ProposalFeature[];
  /** The session's undo history when it ends at the stored list. */
  history?: History<List>;
  revision: number;
  damaged?: DamagedValue;
  storageOk: boolean;
}

/** Save progress, for the "Automatisch opgeslagen" line. */
export type SaveStatus = 'saved' | 'saving' | 'failed';

/** What persistence tells the app. */
export interface PersistenceHooks {
  /** A newer list arrived (another tab, or the durable copy at start). */
  onExternal: (proposals: ProposalFeature[], revision: number) => void;
  onStatus: (status: SaveStatus) => void;
}

let revision = 0;
/** The list as last read or written: the base for replaying this tab's change on a newer one. */
let base: List = [];
let hooks: PersistenceHooks | undefined;
let damaged: DamagedValue | undefined;

const storage = (): Storage | undefined => {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
};
const session = (): Storage | undefined => {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
};

/** The workspace whose proposals are read and saved now. */
export function persistenceWorkspace(): string {
  return scope;
}

/** The revision this tab last read or wrote. */
export function currentRevision(): number {
  return revision;
}

/** The damaged value found at start, if any (for the download). */
export function damagedValue(): DamagedValue | undefined {
  return damaged;
}

// --- IndexedDB ------------------------------------------------------------------

let dbPromise: Promise<IDBDatabase | undefined> | undefined;

function openDb(): Promise<IDBDatabase | undefined> {
  dbPromise ??= new Promise((resolve) => {
    try {
      if (typeof indexedDB === 'undefined') return resolve(undefined);
      const req = indexedDB.open(IDB_NAME, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(IDB_STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(undefined);
      req.onblocked = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
  return dbPromise;
}

/** Writes one value durably; resolves true once the transaction has completed. */
async function idbPut(key: string, value: unknown): Promise<boolean> {
  const db = await openDb();
  if (!db) return false;
  return new Promise((resolve) => {
    try {
      const tx = db.transaction(IDB_STORE, 'readwrite', { durability: 'strict' });
      tx.objectStore(IDB_STORE).put(value, key);
      tx.oncomplete = () => resolve(true);
      tx.onerror = () => resolve(false);
      tx.onabort = () => resolve(false);
    } catch {
      resolve(false);
    }
  });
}

async function idbDelete(key: string): Promise<void> {
  const db = await openDb();
  if (!db) return;
  try {
    db.transaction(IDB_STORE, 'readwrite').objectStore(IDB_STORE).delete(key);
  } catch {
    // A leftover copy is harmless: nothing reads a removed workspace's key.
  }
}

async function idbGet(key: string): Promise<unknown> {
  const db = await openDb();
  if (!db) return undefined;
  return new Promise((resolve) => {
    try {
      const req = db.transaction(IDB_STORE, 'readonly').objectStore(IDB_STORE).get(key);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
}

// --- start ------------------------------------------------------------------------

function readHistory(present: List): History<List> | undefined {
  try {
    const raw = session()?.getItem(keys().history);
    if (!raw) return undefined;
    const h = JSON.parse(raw) as History<List>;
    // The session history only counts when it ends where the saved list is.
    if (
      h &&
      Array.isArray(h.past) &&
      Array.isArray(h.future) &&
      JSON.stringify(h.present) === JSON.stringify(present)
    )
      return { past: h.past, present, future: h.future };
  } catch {
    // An unreadable history is only the undo steps: start a new one.
  }
  return undefined;
}

/**
 * Reads the stored proposals and starts listening to other tabs. Call once.
 * A damaged value is copied aside before this returns.
 * @param h what to tell the app later (newer lists, save progress)
 * @param workspaceId the workspace on the map at start (default the demo city)
 * @returns the list to start with
 */
export function startPersistence(
  h: PersistenceHooks,
  workspaceId = DEMO_WORKSPACE_ID,
): InitialState {
  hooks = h;
  if (typeof window !== 'undefined') window.addEventListener('storage', onStorageEvent);
  return switchPersistence(workspaceId);
}

/**
 * Reads and saves another workspace's proposals from now on (issue 12). The list of the workspace
 * left was saved with its last change; its durable write, if still under way, completes.
 * @param workspaceId the workspace now on the map
 * @returns that workspace's stored list, as at start
 */
export function switchPersistence(workspaceId: string): InitialState {
  scope = workspaceId;
  revision = 0;
  base = [];
  damaged = undefined;
  const ls = storage();
  let raw: string | null;
  try {
    raw = ls ? ls.getItem(keys().list) : null;
  } catch {
    return { proposals: [], revision: 0, storageOk: false };
  }
  const read = readSavedRecord(raw);
  let initial: InitialState;
  if (read.ok) {
    revision = read.revision;
    base = read.proposals;
    const history = readHistory(read.proposals);
    initial = { proposals: read.proposals, revision, storageOk: ls !== undefined };
    if (history) initial.history = history;
  } else {
    damaged = { raw: read.raw, reason: read.reason, keptAside: keepAside(read.raw, read.reason) };
    initial = { proposals: [], revision: 0, damaged, storageOk: damaged.keptAside };
  }
  void adoptDurableCopy();
  return initial;
}

/**
 * The proposals stored for a workspace, without switching to it (for its export file).
 * @param workspaceId the workspace id
 * @returns its list (empty when none is stored or it cannot be read)
 */
export function readWorkspaceProposals(workspaceId: string): ProposalFeature[] {
  if (workspaceId === scope) return base.slice();
  try {
    const read = readSavedRecord(storage()?.getItem(scopedKey(STORAGE_KEY, workspaceId)) ?? null);
    return read.ok ? read.proposals : [];
  } catch {
    return [];
  }
}

/**
 * Stores the proposals of a workspace that is not on the map (one re-imported from its file),
 * in localStorage and durably, so that switching to it shows them.
 * @param workspaceId the workspace id (not the one on the map)
 * @param list its proposals
 * @returns resolves true once the durable copy is written (or localStorage took it and there is
 *   no IndexedDB here)
 */
export async function writeWorkspaceProposals(
  workspaceId: string,
  list: readonly ProposalFeature[],
): Promise<boolean> {
  const text = JSON.stringify(toSavedRecord(list, 1, Date.now()));
  let lsOk = false;
  try {
    const ls = storage();
    if (ls) {
      ls.setItem(scopedKey(STORAGE_KEY, workspaceId), text);
      lsOk = true;
    }
  } catch {
    // Quota: the durable copy below may still take it.
  }
  const durable = await idbPut(scopedKey(IDB_PROPOSALS, workspaceId), text);
  return durable || ((await openDb()) === undefined && lsOk);
}

/**
 * Forgets a removed workspace's proposals (localStorage, undo history and the durable copy).
 * @param workspaceId the workspace id (never the demo city's)
 */
export function forgetWorkspaceProposals(workspaceId: string): void {
  if (workspaceId === DEMO_WORKSPACE_ID) return;
  try {
    storage()?.removeItem(scopedKey(STORAGE_KEY, workspaceId));
    session()?.removeItem(scopedKey(HISTORY_KEY, workspaceId));
  } catch {
    // Nothing to forget where there is no storage.
  }
  void idbDelete(scopedKey(IDB_PROPOSALS, workspaceId));
}

/** Copies a damaged value aside (localStorage and IndexedDB); true when one of them took it. */
function keepAside(raw: string, reason: DamagedValue['reason']): boolean {
  const record = JSON.stringify({ keptAt: Date.now(), reason, raw });
  let ok = false;
  try {
    const ls = storage();
    // An earlier start may have kept it already (and the first edit then replaced the original).
    if (ls) {
      ls.setItem(keys().damaged, record);
      ok = true;
    }
  } catch {
    ok = false;
  }
  void idbPut(keys().idbDamaged, record);
  return ok;
}

/** The durable copy wins when it is newer (a crash before localStorage reached the disk). */
async function adoptDurableCopy(): Promise<void> {
  const at = scope;
  const stored = await idbGet(keys().idbList);
  // Another workspace was opened meanwhile: this copy is not the list on the map.
  if (typeof stored !== 'string' || scope !== at) return;
  const read = readSavedRecord(stored);
  if (!read.ok || read.revision <= revision) return;
  revision = read.revision;
  base = read.proposals;
  try {
    storage()?.setItem(keys().list, stored);
  } catch {
    // localStorage full: the durable copy still holds it.
  }
  hooks?.onExternal(read.proposals, read.revision);
}

function onStorageEvent(e: StorageEvent): void {
  if (e.key !== keys().list || e.newValue === null) return;
  const read = readSavedRecord(e.newValue);
  if (!read.ok || read.revision <= revision) return;
  revision = read.revision;
  base = read.proposals;
  hooks?.onExternal(read.proposals, read.revision);
}

// --- save -------------------------------------------------------------------------

/** Durable writes waiting, per IndexedDB key (the newest text of each workspace). */
const pending = new Map<string, string>();
let writing = false;
let lastLocalOk = true;

async function flushDurable(): Promise<void> {
  if (writing) return;
  writing = true;
  let ok = true;
  for (let next = pending.entries().next(); !next.done; next = pending.entries().next()) {
    const [key, text] = next.value;
    pending.delete(key);
    ok = await idbPut(key, text);
  }
  writing = false;
  // Without IndexedDB (some private modes) localStorage is all there is.
  const durable = ok || ((await openDb()) === undefined && lastLocalOk);
  hooks?.onStatus(durable ? 'saved' : 'failed');
}

/**
 * Saves the proposals: localStorage at once, IndexedDB durably; "saved" is
 * reported when the durable write has completed. When another tab saved a
 * newer revision in between, this tab's change is replayed on top of it.
 * @param list the proposals now
 * @param history the undo history (kept in sessionStorage)
 * @returns the list that was saved: `list`, or the merge with the newer one
 */
export function saveProposals(list: List, history: History<List>): List {
  const ls = storage();
  let toSave = list;
  if (damaged && !damaged.keptAside) {
    // The damaged original could not be copied aside: writing would destroy it.
    hooks?.onStatus('failed');
    return list;
  }
  try {
    const now = readSavedRecord(ls ? ls.getItem(keys().list) : null);
    if (now.ok && now.revision > revision) {
      toSave = rebaseProposals(base, list, now.proposals);
      revision = now.revision;
    }
  } catch {
    // Unreadable storage: write this tab's list.
  }
  revision += 1;
  base = toSave;
  const text = JSON.stringify(toSavedRecord(toSave, revision, Date.now()));
  let lsOk = false;
  try {
    if (ls) {
      ls.setItem(keys().list, text);
      lsOk = true;
    }
    session()?.setItem(
      keys().history,
      JSON.stringify(toSave === list ? history : { past: [], present: toSave, future: [] }),
    );
  } catch {
    // Quota or private mode: the durable copy below may still take it.
  }
  hooks?.onStatus('saving');
  pending.set(keys().idbList, text);
  lastLocalOk = lsOk;
  void flushDurable();
  return toSave;
}
