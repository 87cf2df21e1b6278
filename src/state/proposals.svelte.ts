/**
 * Proposals: the list (with undo/redo history), the selection, the drawing
 * tool and the snapping switch, saved to localStorage on every change, and
 * their live impact (ledger, displaced businesses, conflicts, buurt mix) as
 * `$derived` values computed by src/analysis/proposals.
 *
 * Storage: the proposals in localStorage (they survive closing the browser);
 * the undo history in sessionStorage (it survives a reload of the tab, as
 * the issue asks: "with the undo history for the current session"). Each
 * workspace has its own list (issue 12): the one on the map at start is read
 * here, and {@link switchWorkspaceProposals} swaps the list when another
 * workspace is opened.
 */
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import clipperWasmUrl from 'clipper2-wasm/dist/es/clipper2z.wasm?url';
import { LAYERS } from '../../layers/index.ts';
import { initClipper, isClipperReady } from '../geo/clip/index.ts';
import { toRd, toWgs84 } from '../geo/crs.ts';
import type { ProposalProperties } from '../domain/domain.ts';
import { centroidOfMultiPolygon, ringAreaM2 } from '../geo/planar.ts';
import { buildProposalContext, type ProposalContext } from '../analysis/proposals/context.ts';
import { ruleView } from './rule-view.svelte.ts';
import { IMPORT_CAP_REACHED, proposalsToGeoJSON, type ImportProblem } from '../share/exchange.ts';
import type { ReadProposals } from '../share/link-tasks.ts';
import { ReadCancelled, readProposalsOffThread } from './share-worker.ts';
import { LIMITS } from '../share/state.ts';
import {
  damagedValue,
  saveProposals,
  startPersistence,
  switchPersistence,
  type InitialState,
  type SaveStatus,
} from './persistence.ts';
import { readActiveWorkspace } from './workspace-store.ts';
import {
  canRedo,
  canUndo,
  createHistory,
  pushHistory,
  redoHistory,
  replacePresent,
  undoHistory,
  type History,
} from '../analysis/proposals/history.ts';
import {
  computeImpacts,
  warmImpactCache,
  createImpactCache,
  proposalPolygonRd,
  type ImpactSummary,
} from '../analysis/proposals/impact.ts';
import { openRing, type ShapeProblem } from '../analysis/proposals/shape-validation.ts';
import type { ProposalFeature } from '../analysis/proposals/types.ts';
import type { DrawCallbacks, DrawHandle, DrawTool } from '../map/draw.ts';
import {
  addProposalLayers,
  PROBLEM_COLOR,
  PROPOSAL_COLORS,
  type ProposalOverlayPoint,
} from '../map/proposal-layers.ts';
import { addNotice, app, featuresOf, messages } from './app.svelte.ts';
import { dataset } from './dataset.svelte.ts';
import { formatNumber as formatNumberIn } from '../i18n/format.ts';
import { registerMapFeature } from './map-handle.ts';

export { STORAGE_KEY, HISTORY_KEY } from './persistence.ts';

type List = readonly ProposalFeature[];

/** Where the open list of proposals comes from while it is not the user's own (a link's). */
interface LinkView {
  /** The user's own history, kept intact while a link's proposals are shown. */
  own: History<List>;
}

/**
 * The history of proposal lists. Raw (not deeply reactive): every change
 * replaces it, and proposals keep their identity between steps, which the
 * impact cache relies on.
 */
let history = $state.raw<History<List>>(createHistory<List>([]));
/** Set while the map shows a link's proposals ("kaart uit een link"); the own work waits in `own`. */
let linkView = $state.raw<LinkView | null>(null);

const stored = startPersistence(
  {
    onExternal: (list) => {
      // Another tab (or the durable copy of a crashed session) has a newer list.
      if (linkView) linkView = { own: createHistory<List>(list) };
      else {
        history = createHistory<List>(list);
        keepSelectionValid();
      }
    },
    onStatus: (status) => {
      proposalState.saveStatus = status;
      proposalState.storageOk = status !== 'failed';
    },
  },
  readActiveWorkspace()?.id,
);
history = stored.history ?? createHistory<List>(stored.proposals);

/** The reactive proposal state. Change it through the functions below. */
export const proposalState = $state({
  selectedId: null as string | null,
  tool: 'pan' as DrawTool,
  snapping: true,
  /** Area of the shape being drawn, m²; null when not drawing. */
  drawingAreaM2: null as number | null,
  importedCount: null as number | null,
  /** A file picked with Importeren is being read (in the share worker). */
  importing: false,
  /** The name of the file being read, and how much of it has been read (0–1). */
  importFileName: '',
  importProgress: 0,
  /** The last import was cancelled (nothing was added). */
  importCancelled: false,
  storageOk: stored.storageOk,
  /** `saving` until the durable write completes: only then does the panel say "saved". */
  saveStatus: (stored.storageOk ? 'saved' : 'failed') as SaveStatus,
  /** A stored value could not be read; it was kept aside (see `damagedStorageText`). */
  damagedStorage: stored.damaged !== undefined,
  clipperReady: isClipperReady(),
});

/**
 * Shows another workspace's own proposals (issue 12): the list left behind was saved with its
 * last change; a link's proposals on view are dropped from view (they were never saved).
 * @param workspaceId the workspace now on the map
 */
export function switchWorkspaceProposals(workspaceId: string): void {
  const s: InitialState = switchPersistence(workspaceId);
  linkView = null;
  history = s.history ?? createHistory<List>(s.proposals);
  proposalState.selectedId = null;
  proposalState.storageOk = s.storageOk;
  proposalState.saveStatus = s.storageOk ? 'saved' : 'failed';
  proposalState.damagedStorage = s.damaged !== undefined;
}

/** The proposals now. */
export function proposals(): List {
  return history.present;
}

/** The selected proposal, or undefined. */
export function selectedProposal(): ProposalFeature | undefined {
  return proposals().find((p) => p.properties.id === proposalState.selectedId);
}

function save(): void {
  // A link's proposals are someone else's view: they are not saved over the own work.
  if (linkView) return;
  const saved = saveProposals(proposals(), history);
  // Another tab saved in between: its work and this edit, merged, are the list now.
  if (saved !== proposals()) history = { past: history.past, present: saved, future: [] };
}

function commit(next: List, mergeKey?: string): void {
  history = pushHistory(history, next, mergeKey);
  save();
}

/** Undoes the last step (drawing, editing, attributes, delete). */
export function undo(): void {
  if (!canUndo(history)) return;
  history = undoHistory(history);
  keepSelectionValid();
  save();
}

/** Redoes the last undone step. */
export function redo(): void {
  if (!canRedo(history)) return;
  history = redoHistory(history);
  keepSelectionValid();
  save();
}

/** Whether undo / redo are possible. */
export function undoRedoState(): { canUndo: boolean; canRedo: boolean } {
  return { canUndo: canUndo(history), canRedo: canRedo(history) };
}

function keepSelectionValid(): void {
  if (proposalState.selectedId && !selectedProposal()) proposalState.selectedId = null;
}

function nextName(): string {
  const m = messages();
  const used = new Set(proposals().map((p) => p.properties.name));
  let n = proposals().length + 1;
  while (used.has(m.proposals.defaultName(n))) n++;
  return m.proposals.defaultName(n);
}

/**
 * Adds a drawn shape as a new proposal with default attributes.
 * @param id the editor's id
 * @param polygon the shape (WGS84)
 */
export function addProposal(id: string, polygon: Polygon): void {
  const properties: ProposalProperties = {
    id,
    name: nextName(),
    use: 'woningbouw',
    homes: 0,
    bvoM2: 0,
    status: 'concept',
    note: '',
  };
  commit([...proposals(), { type: 'Feature', properties, geometry: polygon }]);
  proposalState.selectedId = id;
}

/**
 * Replaces a proposal's shape.
 * @param id proposal id
 * @param polygon new shape
 * @param final false while a corner is being dragged (no undo step yet)
 */
export function setProposalGeometry(id: string, polygon: Polygon, final: boolean): void {
  const list = proposals();
  const i = list.findIndex((p) => p.properties.id === id);
  if (i < 0) return;
  // terra-draw also reports "updates" that only touch selection state: no change, no step.
  const same =
    JSON.stringify(list[i]!.geometry.coordinates) === JSON.stringify(polygon.coordinates);
  if (same && (!final || history.previewFrom === undefined)) return;
  const next = list.slice();
  next[i] = { ...list[i]!, geometry: polygon };
  // While dragging, the history only previews; the end of the drag is one undo step.
  if (final) commit(next);
  else history = replacePresent(history, next);
}

/**
 * Changes attributes of a proposal.
 * @param id proposal id
 * @param patch the changed attributes
 * @param mergeKey typing in one field merges into one undo step (e.g. `name`)
 */
export function updateProposal(
  id: string,
  patch: Partial<Omit<ProposalProperties, 'id'>>,
  mergeKey?: string,
): void {
  const list = proposals();
  const i = list.findIndex((p) => p.properties.id === id);
  if (i < 0) return;
  const next = list.slice();
  const properties = { ...list[i]!.properties, ...patch };
  if (patch.maxMilieucategorie === undefined && 'maxMilieucategorie' in patch) {
    delete properties.maxMilieucategorie;
  }
  next[i] = { ...list[i]!, properties };
  commit(next, mergeKey === undefined ? undefined : `${id}:${mergeKey}`);
}

/**
 * Deletes proposals.
 * @param ids proposal ids
 */
export function deleteProposals(ids: readonly string[]): void {
  const next = proposals().filter((p) => !ids.includes(p.properties.id));
  if (next.length === proposals().length) return;
  commit(next);
  keepSelectionValid();
}

/** Selects a proposal (or none). */
export function selectProposal(id: string | null): void {
  proposalState.selectedId = id;
}

/** Switches the drawing tool. */
export function setTool(tool: DrawTool): void {
  proposalState.tool = tool;
  if (tool !== 'polygon' && tool !== 'rectangle') proposalState.drawingAreaM2 = null;
}

/** The proposals as a GeoJSON file's text. */
export function exportText(): string {
  return JSON.stringify(proposalsToGeoJSON(proposals()), null, 1);
}

/** The problems of the last import (raw: a 100,000-feature file gives that many). */
let lastImportProblems = $state.raw<readonly ImportProblem[]>([]);

/** The problems of the last import, per feature (the panel groups them). */
export function importProblems(): readonly ImportProblem[] {
  return lastImportProblems;
}

/**
 * Adds what the share worker read from a proposals file: problems per feature go to
 * `importProblems()`, the count of the file's own proposals to `importedCount`. Ids are made
 * unique again and the cap applied again, in case the list changed while the file was read.
 * @param read the worker's answer
 * @returns how many proposals were added
 */
export function addImportedProposals(read: ReadProposals): number {
  const problems = read.problems.slice();
  // A local lookup, not state.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const used = new Set(proposals().map((p) => p.properties.id));
  const room = Math.max(0, LIMITS.maxProposals - proposals().length);
  const added = read.proposals.slice(0, room).map((p) => {
    let id = p.properties.id;
    for (let n = 2; used.has(id); n++) id = `${p.properties.id}-${n}`;
    used.add(id);
    return id === p.properties.id ? p : { ...p, properties: { ...p.properties, id } };
  });
  if (added.length < read.proposals.length)
    problems.push({ code: IMPORT_CAP_REACHED, detail: `${read.proposals.length - added.length}` });
  lastImportProblems = problems;
  proposalState.importedCount = added.length;
  proposalState.importing = false;
  if (added.length > 0) commit([...proposals(), ...added]);
  return added.length;
}

/**
 * Imports proposals from a file picked with Importeren, read and checked in the share worker
 * (a 50 MB file must not block the page).
 * @param file the file
 * @returns how many proposals were added
 */
export async function importFile(file: Blob): Promise<number> {
  importAbort?.abort();
  const abort = new AbortController();
  importAbort = abort;
  proposalState.importing = true;
  proposalState.importCancelled = false;
  proposalState.importFileName = file instanceof File ? file.name : '';
  proposalState.importProgress = 0;
  const ids = proposals().map((p) => p.properties.id);
  try {
    const read = await readProposalsOffThread(file, ids, LIMITS.maxProposals - ids.length, {
      signal: abort.signal,
      onProgress: (fraction) => {
        if (importAbort === abort) proposalState.importProgress = fraction;
      },
    });
    return addImportedProposals(read);
  } catch (error) {
    if (!(error instanceof ReadCancelled)) throw error;
    // A newer import took over: it owns the status.
    if (importAbort !== abort) return 0;
    proposalState.importing = false;
    proposalState.importCancelled = true;
    proposalState.importedCount = null;
    return 0;
  } finally {
    if (importAbort === abort) importAbort = null;
  }
}

let importAbort: AbortController | null = null;

/** Stops the running Importeren read (the Annuleren button): nothing is added. */
export function cancelImport(): void {
  importAbort?.abort();
}

/**
 * Replaces the proposals with those of an opened state file, as one undo step.
 * @param list the file's proposals
 * @returns undo(): brings the previous list back
 */
export function replaceProposals(list: readonly ProposalFeature[]): () => void {
  leaveLinkView();
  const before = proposals();
  commit(list.slice(0, LIMITS.maxProposals));
  keepSelectionValid();
  return () => {
    commit(before);
    keepSelectionValid();
  };
}

// --- a link's proposals ("kaart uit een link") -------------------------------

/**
 * Shows a link's proposals without touching the own ones: those wait, saved
 * and unchanged, until the user keeps the link's, adds them, or goes back.
 * With no own proposals the link's simply become the list (nothing to lose).
 * @param list the link's proposals
 */
export function showLinkProposals(list: readonly ProposalFeature[]): void {
  const own = linkView?.own ?? history;
  if (own.present.length === 0) {
    linkView = null;
    history = own;
    commit(list.slice());
    return;
  }
  linkView = { own };
  history = createHistory<List>(list.slice());
  keepSelectionValid();
}

/** Whether the map shows a link's proposals, and how many own ones wait. */
export function linkViewState(): { active: boolean; ownCount: number; linkCount: number } {
  return {
    active: linkView !== null,
    ownCount: linkView?.own.present.length ?? 0,
    linkCount: linkView ? proposals().length : 0,
  };
}

function leaveLinkView(): List | undefined {
  if (!linkView) return undefined;
  const shown = proposals();
  history = linkView.own;
  linkView = null;
  return shown;
}

/** Back to the own proposals; the link's are dropped from view. */
export function showOwnProposals(): void {
  leaveLinkView();
  keepSelectionValid();
}

/** "Bewaar als mijn voorstellen": the link's proposals replace the own ones (one undo step). */
export function keepLinkProposals(): void {
  const shown = leaveLinkView();
  if (shown) commit(shown);
  keepSelectionValid();
}

/** "Voeg toe aan mijn voorstellen": the link's proposals join the own ones (ids made unique). */
export function addLinkProposals(): void {
  const shown = leaveLinkView();
  if (!shown) return;
  // A local lookup, not state.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const used = new Set(proposals().map((p) => p.properties.id));
  const room = Math.max(0, LIMITS.maxProposals - proposals().length);
  const added = shown.slice(0, room).map((p) => {
    let id = p.properties.id;
    for (let n = 2; used.has(id); n++) id = `${p.properties.id}-${n}`;
    used.add(id);
    return id === p.properties.id ? p : { ...p, properties: { ...p.properties, id } };
  });
  commit([...proposals(), ...added]);
  keepSelectionValid();
}

/** The damaged stored text found at start (for its download), or undefined. */
export function damagedStorageText(): string | undefined {
  return damagedValue()?.raw;
}

// --- impact ---------------------------------------------------------------

// The shared browser dataset (src/state/dataset.svelte.ts): the same one the Locatiecheck uses.
const context = $derived.by((): ProposalContext | null => {
  const ds = dataset();
  return ds ? buildProposalContext(ds, ruleView.view) : null;
});

const cache = createImpactCache();

/** Name of the performance measure of each impact computation. */
export const IMPACT_MEASURE = 'werkruimte:proposal-impact';

/** Our scripts' share of one main-thread task for the ledger, ms (issue 13: tasks ≤ 200 ms). */
const IMPACT_SLICE_MS = 60;
/** Bumped to continue filling the impact cache in the next task. */
let impactSlice = $state(0);
let sliceQueued = false;

const impact = $derived.by((): ImpactSummary | null => {
  void impactSlice;
  const ctx = context;
  if (!ctx || !proposalState.clipperReady) return null;
  // Many new proposals at once (a link, an import): computed over several tasks; the ledger
  // says it is loading meanwhile. One edited proposal fits in the first slice.
  if (!warmImpactCache(ctx, proposals(), cache, performance.now() + IMPACT_SLICE_MS)) {
    if (!sliceQueued) {
      sliceQueued = true;
      setTimeout(() => {
        sliceQueued = false;
        impactSlice++;
      }, 0);
    }
    return null;
  }
  const t0 = performance.now();
  const result = computeImpacts(ctx, proposals(), { cache });
  // In the browser's performance timeline (dev tools, browser tests): the cost of live updates.
  performance.measure(IMPACT_MEASURE, { start: t0, end: performance.now() });
  return result;
});

/** The proposals' context of the shared dataset (issue 17 reads it for area targets); null while loading. */
export function proposalContext(): ProposalContext | null {
  return context;
}

/** The live impact of all proposals; null while data or Clipper2 load. */
export function proposalImpact(): ImpactSummary | null {
  return impact;
}

/** The problems of a proposal's shape (empty when fine or unknown). */
export function problemsOf(id: string): ShapeProblem[] {
  return impactById.get(id)?.problems ?? [];
}

/** The impacts by proposal id (the colours ask per proposal: no search of 2,000 each time). */
const impactById = $derived(new Map((impact?.proposals ?? []).map((i) => [i.id, i])));

/**
 * Formats a number in the UI language.
 * @param n the number
 * @param digits fraction digits
 * @returns the text
 */
export function formatNumber(n: number, digits = 0): string {
  return formatNumberIn(n, app.lang, digits);
}

/**
 * The message of a shape problem in the UI language.
 * @param problem the problem
 * @returns the sentence
 */
export function problemText(problem: ShapeProblem): string {
  const m = messages().proposals.problems;
  const v =
    problem.value === undefined ? '' : formatNumber(problem.value, problem.value < 10 ? 1 : 0);
  return m[problem.code](v);
}

/** Planar RD area of a WGS84 polygon's outer ring, m² (live area while drawing). */
function areaOfPolygonM2(polygon: Polygon): number {
  return ringAreaM2(openRing((polygon.coordinates[0] ?? []).map(toRd)));
}

const overlay = $derived.by((): FeatureCollection<Point, ProposalOverlayPoint> => {
  const m = messages();
  const features: Feature<Point, ProposalOverlayPoint>[] = [];
  for (const p of proposals()) {
    const rd = proposalPolygonRd(p);
    if ((rd[0]?.length ?? 0) < 4) continue;
    const c = centroidOfMultiPolygon([rd]);
    features.push({
      type: 'Feature',
      properties: {
        kind: 'label',
        text: `${p.properties.name}\n${m.proposals.uses[p.properties.use]}`,
      },
      geometry: { type: 'Point', coordinates: toWgs84(c) },
    });
    for (const problem of problemsOf(p.properties.id)) {
      features.push({
        type: 'Feature',
        properties: { kind: 'problem', text: problemText(problem) },
        geometry: { type: 'Point', coordinates: toWgs84(problem.atRd) },
      });
    }
  }
  return { type: 'FeatureCollection', features };
});

/** What each shape's colour depends on: use and validity, per proposal id. */
const styleKeys = $derived(
  new Map(
    proposals().map((p) => [
      p.properties.id,
      `${p.properties.use}:${problemsOf(p.properties.id).length}`,
    ]),
  ),
);

// --- map ------------------------------------------------------------------

/** The proposals by id, and the ids of those with shape problems (for the editor's colours). */
const proposalById = $derived(new Map(proposals().map((p) => [p.properties.id, p])));
const hasProblems = $derived(
  new Set([...impactById.values()].filter((i) => i.problems.length > 0).map((i) => i.id)),
);

const ZONE_LAYER_IDS = LAYERS.filter((l) => l.role === 'zone').map((l) => l.id);

/**
 * Connects the proposals to the map: the editor (terra-draw), the labels and
 * problem messages, and keyboard shortcuts. Attached once the map has loaded
 * (the map feature registered below).
 * @param map the app's map
 * @returns destroy()
 */
function connectProposals(map: MapLibreMap): () => void {
  if (!isClipperReady()) {
    void initClipper({ wasmUrl: clipperWasmUrl }).then(
      () => (proposalState.clipperReady = true),
      // Say so instead of a ledger that never finishes (e.g. a stricter CSP than the shipped one).
      () => addNotice((m) => m.persistence.clipperFailed),
    );
  }
  const layers = addProposalLayers(map);
  // terra-draw asks per shape and per style key: a lookup, not a search of 2,000 proposals.
  const styleOf = (id: string) => {
    const p = proposalById.get(id);
    if (!p) return PROPOSAL_COLORS.woningbouw;
    const colors = PROPOSAL_COLORS[p.properties.use];
    return hasProblems.has(id) ? { fill: colors.fill, outline: PROBLEM_COLOR } : colors;
  };
  const callbacks: DrawCallbacks = {
    onCreate: (shape) => addProposal(shape.id, shape.polygon),
    onGeometry: (shape, final) => setProposalGeometry(shape.id, shape.polygon, final),
    onDelete: (ids) => deleteProposals(ids),
    onSelect: (id) => selectProposal(id),
    onDrawing: (polygon) => {
      proposalState.drawingAreaM2 =
        polygon && (polygon.coordinates[0]?.length ?? 0) >= 4 ? areaOfPolygonM2(polygon) : null;
    },
    onTool: (tool) => setTool(tool),
  };
  // terra-draw (≈ 137 kB) is loaded only when it is needed (issue 14: start-up JavaScript): when
  // the Voorstellen tab opens, a drawing tool is chosen, or there are proposals to show (the
  // editor draws them). Until then `draw` is null and the effects below wait for it; once it is
  // set they all run and hand it the current tool, snapping, targets and shapes.
  let draw = $state.raw<DrawHandle | null>(null);
  let loading = false;
  let stopped = false;
  const loadEditor = (): void => {
    if (loading) return;
    loading = true;
    void import('../map/draw.ts').then(
      ({ createDrawing }) => {
        if (stopped) return;
        draw = createDrawing(map, callbacks, styleOf);
      },
      () => addNotice((m) => m.persistence.editorFailed),
    );
  };

  const onKey = (e: KeyboardEvent): void => {
    const t = e.target as HTMLElement | null;
    if (t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))) return;
    // Enter closes a polygon being drawn (even when a panel button has focus);
    // Escape and Delete act on the editor whenever a drawing tool is on.
    const forward =
      e.key === 'Enter'
        ? proposalState.drawingAreaM2 !== null
        : (e.key === 'Escape' || e.key === 'Delete') && proposalState.tool !== 'pan';
    if (forward && t !== map.getCanvas()) {
      e.preventDefault();
      draw?.forwardKey(e.key);
      return;
    }
    const key = e.key.toLowerCase();
    if ((e.ctrlKey || e.metaKey) && key === 'z') {
      e.preventDefault();
      if (e.shiftKey) redo();
      else undo();
    } else if ((e.ctrlKey || e.metaKey) && key === 'y') {
      e.preventDefault();
      redo();
    } else if (!e.ctrlKey && !e.metaKey && !e.altKey && app.activeTool === PROPOSALS_TOOL_ID) {
      if (key === 'p') setTool('polygon');
      else if (key === 'r') setTool('rectangle');
      else if (key === 's') setTool('select');
    }
  };
  window.addEventListener('keydown', onKey);

  const stop = $effect.root(() => {
    $effect(() => {
      if (
        !draw &&
        (app.activeTool === PROPOSALS_TOOL_ID ||
          proposalState.tool !== 'pan' ||
          proposals().length > 0)
      ) {
        loadEditor();
      }
    });
    $effect(() => {
      draw?.setTool(proposalState.tool);
    });
    $effect(() => {
      draw?.setSnapping(proposalState.snapping);
    });
    $effect(() => {
      // The features are raw ($state.raw in app.svelte.ts): no snapshot copy.
      draw?.setSnapTargets(ZONE_LAYER_IDS.flatMap((id) => featuresOf(id)));
    });
    $effect(() => {
      const list = proposals();
      draw?.sync(
        list.map((p) => ({ id: p.properties.id, polygon: p.geometry })),
        proposalState.selectedId,
      );
    });
    let styled = new Map<string, string>();
    $effect(() => {
      // Colours follow use and validity: restyle only the shapes whose key changed (not on every
      // drag step, and not all 2,000 when one changes). New shapes are styled as they are added.
      const keys = styleKeys;
      const changed = [...keys].filter(([id, k]) => styled.has(id) && styled.get(id) !== k);
      styled = keys;
      if (changed.length > 0) draw?.restyle(changed.map(([id]) => id));
    });
    $effect(() => {
      layers.setData(overlay);
    });
    $effect(() => {
      // Leaving the tab ends drawing: the map goes back to panning and clicking.
      if (app.activeTool !== PROPOSALS_TOOL_ID) setTool('pan');
    });
    $effect(() => {
      // While drawing or editing, clicks place corners: they should not open the info panel.
      if (proposalState.tool !== 'pan' && app.selected) app.selected = null;
    });
  });

  return () => {
    stopped = true;
    stop();
    window.removeEventListener('keydown', onKey);
    draw?.destroy();
    layers.destroy();
  };
}

/** Id of the side-panel tool (tab). */
export const PROPOSALS_TOOL_ID = 'proposals';

registerMapFeature({ id: 'proposals', attach: (map) => ({ destroy: connectProposals(map) }) });
