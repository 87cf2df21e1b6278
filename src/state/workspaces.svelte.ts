/**
 * The workspace switcher's state (issue 12): which workspace is on the map (the demo city, or one
 * of the own workspaces stored in IndexedDB, src/state/workspace-store.ts), the list of stored
 * ones, and switching, exporting, importing and removing them. The active workspace is remembered
 * (localStorage: id and name), so a reload opens it again instead of the demo; its features come
 * through the import worker (src/state/import.svelte.ts, loaded only when an own workspace is
 * opened), so the first view of the demo pays for none of it.
 */
import type { SharedWorkspace } from '../share/state.ts';
import { formatNumber } from '../i18n/format.ts';
import { addNotice, app, featuresOf, layerById, showDemoData } from './app.svelte.ts';
import { SLOT_IDS } from './import-mapping.ts';
import { forgetWorkspaceProposals } from './persistence.ts';
import { switchWorkspaceProposals } from './proposals.svelte.ts';
import { onRuleViewChange, ruleView, setRuleView } from './rule-view.svelte.ts';
import type { RuleView } from '../rules/location-check.ts';
import {
  ACTIVE_WORKSPACE_KEY,
  DEMO_WORKSPACE_ID,
  deleteWorkspace,
  listWorkspaces,
  readActiveWorkspace,
  type ActiveWorkspaceRecord,
  type WorkspaceMeta,
} from './workspace-store.ts';

/** What the Gegevens tab shows of the workspaces. */
export const workspaces = $state({
  /** Stored own workspaces, newest first. */
  list: [] as WorkspaceMeta[],
  /** The workspace on the map (`demo` for the demo city). */
  activeId: DEMO_WORKSPACE_ID,
  /** A stored workspace being opened, exported or imported (its id or file name), else ''. */
  busy: '',
  /** Set when IndexedDB cannot be used here (private mode, or refused): nothing is kept. */
  unavailable: false,
  /** A link's workspace that is not in this browser (the banner names it). */
  linkNeeds: null as SharedWorkspace | null,
});

function writeActive(record: ActiveWorkspaceRecord | undefined): void {
  try {
    if (record) localStorage.setItem(ACTIVE_WORKSPACE_KEY, JSON.stringify(record));
    else localStorage.removeItem(ACTIVE_WORKSPACE_KEY);
  } catch {
    // Private mode: the workspace stays on the map; a reload shows the demo.
  }
}

/** localStorage key (with `@<workspace id>`) of the rule view a workspace was last seen in. */
export const RULE_VIEW_KEY = 'werkruimte.ruleView';

/**
 * The rule view a workspace was last seen in.
 * @param id the workspace id
 * @returns `plan` or `feitelijk`, or undefined when none is stored
 */
export function storedRuleView(id: string): RuleView | undefined {
  try {
    const v = localStorage.getItem(`${RULE_VIEW_KEY}@${id}`);
    return v === 'plan' || v === 'feitelijk' ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Remembers the rule view of a workspace.
 * @param id the workspace id
 * @param view its view
 */
export function storeRuleView(id: string, view: RuleView): void {
  try {
    localStorage.setItem(`${RULE_VIEW_KEY}@${id}`, view);
  } catch {
    // Private mode: the view is still in the link.
  }
}

// An own workspace was on the map at the last visit: say so at once, so the demo's layers (they
// load as always) are kept aside, not shown, until the own data has arrived from storage. Its
// proposals were read for it already (src/state/proposals.svelte.ts reads the same record).
const initial = readActiveWorkspace();
if (initial) {
  workspaces.activeId = initial.id;
  app.workspace = { name: initial.name, demo: false };
}
{
  const view = storedRuleView(workspaces.activeId);
  if (view) setRuleView(view);
}
onRuleViewChange((view) => storeRuleView(workspaces.activeId, view));

/**
 * Puts a workspace's own proposals and rule view on the map when another workspace becomes the
 * active one (issue 12: a workspace holds its proposals and its view). A new workspace keeps the
 * view it was made in.
 */
function swapWorkspaceState(id: string): void {
  if (id === workspaces.activeId) return;
  workspaces.activeId = id;
  switchWorkspaceProposals(id);
  const view = storedRuleView(id);
  if (view) setRuleView(view);
  else storeRuleView(id, ruleView.view);
}

/** Reads the list of stored workspaces again. */
export async function refreshWorkspaces(): Promise<void> {
  try {
    workspaces.list = await listWorkspaces();
    workspaces.unavailable = false;
  } catch {
    workspaces.unavailable = true;
    workspaces.list = [];
  }
}

/**
 * Starts the switcher: lists the stored workspaces and, when an own workspace was active at the
 * last visit, opens it from storage (the demo when it is gone).
 */
export async function startWorkspaces(): Promise<void> {
  await refreshWorkspaces();
  if (!initial) return;
  const ok = await openWorkspace(initial.id);
  if (!ok) {
    writeActive(undefined);
    addNotice((m) => m.owndata.workspaceGone(initial.name));
    showDemo();
  }
}

/**
 * Marks a workspace as the one on the map.
 * @param meta the workspace (or undefined for the demo)
 * @param remember whether a reload should open it again (false when it could not be stored)
 */
export function setActiveWorkspace(meta: WorkspaceMeta | undefined, remember: boolean): void {
  if (meta && meta.id === workspaces.linkNeeds?.id) workspaces.linkNeeds = null;
  swapWorkspaceState(meta?.id ?? DEMO_WORKSPACE_ID);
  writeActive(meta && remember ? { id: meta.id, name: meta.name } : undefined);
}

function showDemo(): void {
  setActiveWorkspace(undefined, true);
  showDemoData();
}

/**
 * Opens a stored workspace (its features come through the import worker).
 * @param id the workspace id
 * @returns false when it is not stored here
 */
async function openWorkspace(id: string): Promise<boolean> {
  workspaces.busy = id;
  try {
    const { openStoredWorkspace } = await import('./import.svelte.ts');
    const meta = await openStoredWorkspace(id);
    if (!meta) return false;
    setActiveWorkspace(meta, true);
    return true;
  } finally {
    workspaces.busy = '';
  }
}

/**
 * Puts another workspace on the map: the demo city, or a stored one.
 * @param id `demo` or a stored workspace's id
 */
export async function switchWorkspace(id: string): Promise<void> {
  if (id === workspaces.activeId || workspaces.busy) return;
  if (id === DEMO_WORKSPACE_ID) {
    showDemo();
    return;
  }
  const meta = workspaces.list.find((w) => w.id === id);
  if (!(await openWorkspace(id))) {
    addNotice((m) => m.owndata.workspaceGone(meta?.name ?? id));
    await refreshWorkspaces();
  }
}

/**
 * Removes a stored workspace (the demo cannot be removed); the demo comes back when it was shown.
 * @param id its id
 */
export async function removeWorkspace(id: string): Promise<void> {
  if (id === DEMO_WORKSPACE_ID) return;
  const name = workspaces.list.find((w) => w.id === id)?.name ?? id;
  try {
    await deleteWorkspace(id);
  } catch {
    addNotice((m) => m.owndata.storeFailed(name));
    return;
  }
  if (workspaces.activeId === id) showDemo();
  forgetWorkspaceProposals(id);
  try {
    localStorage.removeItem(`${RULE_VIEW_KEY}@${id}`);
  } catch {
    // Nothing stored where there is no storage.
  }
  await refreshWorkspaces();
  addNotice((m) => m.owndata.workspaceRemoved(name));
}

/**
 * Downloads a stored workspace as one `.werkruimte.json` file.
 * @param id its id
 */
export async function exportWorkspace(id: string): Promise<void> {
  workspaces.busy = id;
  try {
    const { exportStoredWorkspace } = await import('./import.svelte.ts');
    await exportStoredWorkspace(id, workspaces.list.find((w) => w.id === id)?.name ?? id);
  } finally {
    workspaces.busy = '';
  }
}

/**
 * Reads an exported workspace file, stores it as a new workspace and opens it.
 * @param file the `.werkruimte.json` file
 */
export async function importWorkspaceFile(file: File): Promise<void> {
  workspaces.busy = file.name;
  let meta: WorkspaceMeta | undefined;
  try {
    const { importStoredWorkspace } = await import('./import.svelte.ts');
    meta = await importStoredWorkspace(file);
  } finally {
    workspaces.busy = '';
  }
  if (!meta) return;
  await refreshWorkspaces();
  await switchWorkspace(meta.id);
}

/**
 * The workspace part of a link (section 16): the own workspace on the map, or undefined for the
 * demo city.
 * @returns the part
 */
export function sharedWorkspace(): SharedWorkspace | undefined {
  if (app.workspace.demo || workspaces.activeId === DEMO_WORKSPACE_ID) return undefined;
  const meta = workspaces.list.find((w) => w.id === workspaces.activeId);
  const counts: Record<string, number> = {};
  for (const s of SLOT_IDS) {
    const n = featuresOf(s).length;
    if (n > 0) counts[s] = n;
  }
  return {
    id: workspaces.activeId,
    name: app.workspace.name,
    files: (meta?.files ?? []).slice(0, 20),
    counts,
  };
}

/**
 * Opens the workspace a link needs: nothing when it is on the map, a stored one by its id, and
 * otherwise a clear message naming its files and counts (the map does not pretend to show it).
 * A link without the part was made on the demo city.
 * The rest of the link (its proposals, its rule view) is applied after the switch, so it lands in
 * the workspace it was made in.
 * @param ws the link's workspace part
 * @param fromLink true for a link someone opened (not the app's own URL or a file)
 */
export function applyLinkWorkspace(
  ws: SharedWorkspace | undefined,
  fromLink: boolean,
): Promise<void> | undefined {
  if (!fromLink) return undefined;
  if (!ws) {
    return workspaces.activeId !== DEMO_WORKSPACE_ID
      ? switchWorkspace(DEMO_WORKSPACE_ID)
      : undefined;
  }
  if (ws.id === workspaces.activeId) return undefined;
  return openLinkWorkspace(ws);
}

async function openLinkWorkspace(ws: SharedWorkspace): Promise<void> {
  await refreshWorkspaces();
  if (workspaces.list.some((w) => w.id === ws.id)) {
    await switchWorkspace(ws.id);
    addNotice((m) => m.owndata.linkOtherWorkspace(ws.name));
    return;
  }
  workspaces.linkNeeds = ws;
  addNotice((m) =>
    m.owndata.linkNeedsWorkspace(
      ws.name,
      ws.files.join(', '),
      Object.entries(ws.counts)
        .map(([id, n]) => `${formatNumber(n, app.lang)} × ${layerById(id)?.title[app.lang] ?? id}`)
        .join(', '),
    ),
  );
}
