/**
 * Sharing (issue 6): the link is the state.
 *
 * Each feature contributes its part of `SharedState` through a small slice
 * adapter (`registerSlice`): `write` copies its runes into a state being
 * built, `apply` sets them from an opened link or file. Features that have not
 * registered simply leave their part at the default. The wiring of the
 * slices lives in `share-slices.ts`.
 *
 * At start the app reads `#s=…` (or `?s=…`), applies what could be read and
 * shows a notice naming what could not. From then on the URL fragment follows
 * the state (debounced, `history.replaceState`, so no history entries pile up).
 * This module also holds the saved views ("agendapunten"), the presentation
 * flag and the print title, which are part of the shared state.
 */
import { whenMapLoaded } from './map-handle.ts';
import type { Map as MapLibreMap } from 'maplibre-gl';
// From the share modules themselves, not their index: the link codecs run in the share worker
// and stay out of the first view's JavaScript (issue 14).
import {
  createDefaultState,
  DEFAULT_CAMERA,
  LIMITS,
  readSharedState,
  type Camera,
  type SavedView,
  type ViewAnalysis,
  type SharedState,
} from '../share/state.ts';
import { isShareableAsLink, stateToGeoJSON } from '../share/geojson.ts';
import { readShareParam } from '../share/link-param.ts';
import { groupProblems, type Problem } from '../share/problems.ts';
import type { Messages } from '../i18n/nl.ts';
import { formatNumber } from '../i18n/format.ts';
import { addNotice, app } from './app.svelte.ts';
import { isOwnStaleLink } from '../share/saved-state.ts';
import type { ProposalFeature } from '../analysis/proposals/types.ts';
import { openFileOffThread, openLinkOffThread, writeLinkOffThread } from './share-worker.ts';
import { currentRevision } from './persistence.ts';
import { addImportedProposals, linkViewState, proposals } from './proposals.svelte.ts';

/** sessionStorage key of the link this tab last wrote to the address bar, with its revision. */
export const OWN_LINK_KEY = 'werkruimte.ownLink.v1';

function readOwnLink(): { linkText: string; revision: number } | undefined {
  try {
    const raw = sessionStorage.getItem(OWN_LINK_KEY);
    const u = raw ? (JSON.parse(raw) as unknown) : undefined;
    if (
      typeof u === 'object' &&
      u !== null &&
      typeof (u as { linkText?: unknown }).linkText === 'string' &&
      typeof (u as { revision?: unknown }).revision === 'number'
    )
      return u as { linkText: string; revision: number };
  } catch {
    // No session storage: every link counts as someone's link (nothing is overwritten).
  }
  return undefined;
}

function writeOwnLink(linkText: string | undefined): void {
  try {
    if (linkText === undefined) sessionStorage.removeItem(OWN_LINK_KEY);
    else
      sessionStorage.setItem(
        OWN_LINK_KEY,
        JSON.stringify({ linkText, revision: currentRevision() }),
      );
  } catch {
    // See readOwnLink.
  }
}

/** One feature's part of the shared state. */
export interface StateSlice {
  /** Unique name, for debugging. */
  id: string;
  /**
   * Copies this feature's current values into `state`. Runs inside an effect:
   * every rune it reads makes the link follow that rune.
   */
  write: (state: SharedState) => void;
  /**
   * Sets this feature's values from an opened state. `origin` says where it
   * came from: someone's `link`, this tab's own (stale) link after a reload,
   * or a `file`.
   */
  apply: (
    state: SharedState,
    origin: StateOrigin,
    prepared: PreparedProposals,
  ) => void | Promise<void>;
  /**
   * `start` (default): applied as soon as the state is read. `ready`: applied
   * once the map and all layers are loaded (camera, selected feature).
   */
  when?: 'start' | 'ready';
  /** Applies the parts of a saved view this slice owns (camera, layers, program). */
  applyView?: (view: SavedView) => void;
}

/** Where an applied state came from. */
export type StateOrigin = 'link' | 'own-link' | 'file';

/**
 * What the share worker prepared of an opened state's proposals: drawable polygons, and whether
 * they are the own ones (so the main thread does not redo that work).
 */
export interface PreparedProposals {
  proposals: readonly ProposalFeature[];
  sameAsOwn: boolean;
}

const slices: StateSlice[] = [];

/**
 * Registers a feature's slice of the shared state.
 * @param slice the adapter
 * @returns a function that removes it again
 */
export function registerSlice(slice: StateSlice): () => void {
  slices.push(slice);
  return () => {
    const i = slices.indexOf(slice);
    if (i >= 0) slices.splice(i, 1);
  };
}

/** Sharing state. Mutate fields; never reassign the object. */
export const share = $state({
  /** The camera as the map last reported it (after each move). */
  camera: structuredClone(DEFAULT_CAMERA) as Camera,
  savedViews: [] as SavedView[],
  /** Index of the saved view shown last (presentation steps), −1 = none. */
  viewIndex: -1,
  presentation: false,
  /** Title on the printed sheet; empty = the default title. */
  title: '',
  /** Link text of the current state (`encodeState`), kept up to date. */
  linkText: '',
  /** Parts that could not go into the link (a bug or an odd value); shown in the share panel. */
  writeProblems: [] as Problem[],
  /** True once the state from the URL (if any) is applied and the URL follows the state. */
  started: false,
});

/** The map, once the app has made it (raw: a map object must not become a deep proxy). */
let mapRef = $state.raw<MapLibreMap | undefined>(undefined);

/** The map for slices that move it (undefined before the map is ready); reactive. */
export function shareMap(): MapLibreMap | undefined {
  return mapRef;
}

/**
 * Builds the shared state from all registered slices. Reads runes: call it in
 * an effect to follow changes.
 * @returns the state, checked by the same reader as an opened link
 */
export function gatherState(): { state: SharedState; problems: Problem[] } {
  // The same checks as an opened link: an odd value never yields a link that
  // opens differently; what is left out is named in `problems`.
  return readSharedState(gatherRawState());
}

/**
 * The slices' values as plain data, unchecked (the share worker checks and encodes them).
 * Reads runes: call it in an effect to follow changes.
 * @returns a state-shaped plain object
 */
function gatherRawState(): unknown {
  const state = createDefaultState();
  for (const slice of slices) slice.write(state);
  return JSON.parse(JSON.stringify(state)) as unknown;
}

/**
 * The full link of a state's link text, on the page's own address.
 * @param linkText output of `encodeState`
 * @returns e.g. `https://host/path/#s=1.abc`
 */
export function linkFor(linkText: string): string {
  return `${pageUrl()}#s=${linkText}`;
}

/** The page's address without any share parameter (a `?s=` one would win over the fragment). */
function pageUrl(): string {
  const query = location.search
    .slice(1)
    .split('&')
    .filter((p) => p !== '' && !p.startsWith('s='))
    .join('&');
  return `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
}

/** The link of the current state. */
export function currentLink(): string {
  return linkFor(share.linkText);
}

/** Whether the current state fits a link (else offer the `.geojson` download). */
export function isLinkShareable(): boolean {
  return isShareableAsLink(share.linkText);
}

/**
 * The current state as a `.geojson` file text (proposals + `werkruimte` member).
 * @returns pretty-printed JSON text
 */
export function stateFileText(): string {
  return JSON.stringify(stateToGeoJSON(gatherState().state), null, 1);
}

/**
 * Applies an opened state: `start` slices at once, `ready` slices once the map
 * and data are there. A `start` slice that returns a promise (the workspace slice, while it opens
 * the link's workspace) holds back the slices after it until it resolves.
 * @param state a valid state (from `decodeState` or `stateFromGeoJSON`)
 * @param origin where it came from
 * @param prepared its proposals as the share worker made them drawable
 */
export function applyState(
  state: SharedState,
  origin: StateOrigin,
  prepared: PreparedProposals,
): Promise<void> {
  const start = slices.filter((s) => (s.when ?? 'start') === 'start');
  const applyFrom = (i: number): Promise<void> | undefined => {
    for (; i < start.length; i++) {
      const r = start[i]!.apply(state, origin, prepared);
      if (r instanceof Promise) return r.then(() => applyFrom(i + 1));
    }
    return undefined;
  };
  const started = applyFrom(0);
  return Promise.resolve(started)
    .then(whenReady)
    .then(() => {
      for (const slice of slices) if (slice.when === 'ready') slice.apply(state, origin, prepared);
    });
}

/**
 * Shows the problems of an opened link or file as one notice.
 * @param problems what could not be read
 * @param source where it came from
 */
export function reportProblems(problems: readonly Problem[], source: 'link' | 'file'): void {
  if (problems.length === 0) return;
  const list = [...problems];
  addNotice((m) => describeProblems(m, list, source));
}

/**
 * One sentence naming what could not be read (texts from the link only as plain text).
 * @param m messages
 * @param problems the problems
 * @param source link or file
 * @param lang the language of the counts (the UI's)
 * @returns the notice text
 */
export function describeProblems(
  m: Messages,
  problems: readonly Problem[],
  source: 'link' | 'file',
  lang: 'nl' | 'en' = app.lang,
): string {
  // Grouped (issue 13): a file of 100,000 bad features gives one line with a count and examples.
  const parts = groupProblems(problems).map((g) => {
    const what = m.sharing.problems[g.code](m.sharing.parts[g.part ?? 'link']);
    const words = g.examples.map((d) =>
      Object.hasOwn(m.sharing.details, d) ? m.sharing.details[d]! : d,
    );
    if (g.count > g.examples.length && g.count > 1) words.push('…');
    const count = g.count > 1 ? `${formatNumber(g.count, lang)} × ` : '';
    return words.length === 0 ? `${count}${what}` : `${count}${what} (${words.join(', ')})`;
  });
  return m.sharing.problemsIntro[source](parts.join('; '));
}

/**
 * Opens a dropped `.geojson` file (or one opened in the share panel), read and recognised by
 * parsing it in the share worker: a state file of this app (its proposals replace the list,
 * with a notice and undo), proposals from any GIS (added), a data file or an unsupported
 * version (refused with a message; nothing changes).
 * @param file the file, or its text
 * @param name the file's name, for the messages
 * @param options `dataElsewhere`: a data file (or any other non-state JSON) is not refused here
 *   but answered `'data'`, for the caller to import it as data
 * @returns `'opened'`, `'refused'` (with a message), or `'data'`
 */
export async function openStateFile(
  file: Blob | string,
  name = '',
  options: { dataElsewhere?: boolean } = {},
): Promise<'opened' | 'refused' | 'data'> {
  const opened = await openFileOffThread(
    file,
    proposals().map((p) => p.properties.id),
  );
  switch (opened.kind) {
    case 'not-json':
    case 'not-geojson':
      if (options.dataElsewhere) return 'data';
      addNotice((m) => m.persistence.fileNotGeoJSON(name));
      return 'refused';
    case 'unsupported-version':
      addNotice((m) =>
        m.persistence.fileUnsupportedVersion(
          name,
          opened.file.kind === 'unsupported-version' ? opened.file.version : '',
        ),
      );
      return 'refused';
    case 'data':
      if (options.dataElsewhere) return 'data';
      addNotice((m) =>
        m.persistence.fileIsData(name, opened.file.kind === 'data' ? opened.file.featureCount : 0),
      );
      return 'refused';
    case 'proposals': {
      const added = addImportedProposals(opened.read);
      addNotice((m) => m.persistence.fileAdded(name, added));
      return added > 0 ? 'opened' : 'refused';
    }
    case 'state': {
      const { state, problems } = opened;
      const before = proposals().length;
      lastFileUndo = undefined;
      void applyState(state, 'file', { proposals: opened.proposals, sameAsOwn: false });
      const undo = lastFileUndo;
      addNotice(
        (m) => m.persistence.fileReplaced(name, before, state.proposals.length),
        undo ? { label: (m) => m.persistence.undo, run: undo } : undefined,
      );
      reportProblems(problems, 'file');
      return 'opened';
    }
  }
}

let lastFileUndo: (() => void) | undefined;

/**
 * Called by the proposals slice when a file replaced the list: the undo the
 * file notice offers.
 * @param undo brings the previous proposals back
 */
export function setFileUndo(undo: () => void): void {
  lastFileUndo = undo;
}

// --- saved views (agendapunten) ---------------------------------------------

let viewAnalysis: (() => ViewAnalysis) | undefined;

/**
 * Tells saved views how to read which analyses are on screen (the surface slice calls it).
 * @param read returns the analyses shown now
 */
export function setViewAnalysisSource(read: () => ViewAnalysis): void {
  viewAnalysis = read;
}

/**
 * Saves the current camera, layers and program as a named view.
 * @param name the name the user typed
 */
export function saveView(name: string): void {
  const { state } = gatherState();
  const clean = cleanText(name) || `${share.savedViews.length + 1}`;
  const view: SavedView = {
    name: clean,
    camera: state.camera,
    layers: state.layers,
  };
  // Issue 14: the view holds which analyses were on screen, so it shows exactly that again.
  const analysis = viewAnalysis?.();
  // The surface's program when the surface is shown; else the tool in front's, else either.
  const program =
    app.activeTool === 'surface' || (analysis?.surface && state.surface)
      ? (state.surface?.program ?? state.check?.program)
      : (state.check?.program ?? state.surface?.program);
  if (program) view.program = program;
  if (analysis) view.analysis = analysis;
  if (share.savedViews.length < LIMITS.maxSavedViews) share.savedViews.push(view);
  share.viewIndex = share.savedViews.length - 1;
}

/**
 * Shows a saved view: its camera, layers and program.
 * @param index position in `share.savedViews`
 */
export function goToView(index: number): void {
  const view = share.savedViews[index];
  if (!view) return;
  share.viewIndex = index;
  const snapshot = $state.snapshot(view) as SavedView;
  for (const slice of slices) slice.applyView?.(snapshot);
}

/** Deletes a saved view. */
export function deleteView(index: number): void {
  share.savedViews.splice(index, 1);
  if (share.viewIndex >= share.savedViews.length) share.viewIndex = share.savedViews.length - 1;
}

/** Moves a saved view one place up (−1) or down (+1). */
export function moveView(index: number, step: -1 | 1): void {
  const j = index + step;
  if (j < 0 || j >= share.savedViews.length) return;
  const [view] = share.savedViews.splice(index, 1);
  share.savedViews.splice(j, 0, view!);
}

/** Steps to the next (+1) or previous (−1) saved view, wrapping around. */
export function stepView(step: -1 | 1): void {
  const n = share.savedViews.length;
  if (n === 0) return;
  const from = share.viewIndex < 0 ? (step > 0 ? -1 : 0) : share.viewIndex;
  goToView((((from + step) % n) + n) % n);
}

/**
 * Text without control characters, trimmed and capped, as the link reader wants it.
 * @param text what the user typed
 * @returns the clean text
 */
export function cleanText(text: string): string {
  const chars = [...text].map((ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x20 || code === 0x7f ? ' ' : ch;
  });
  return chars.join('').trim().slice(0, LIMITS.maxNameChars);
}

// --- start and URL sync ------------------------------------------------------

/** Delay before the URL follows a change (ms): dragging the map writes once, at the end. */
export const URL_UPDATE_DELAY_MS = 400;

let readyPromise: Promise<void> | undefined;

/** Resolves once the map has loaded and every layer has loaded (or failed). */
function whenReady(): Promise<void> {
  // In node tests no map is ever provided: `ready` slices never run.
  readyPromise ??= whenMapLoaded().then(
    (map) =>
      new Promise<void>((resolve) => {
        const poll = () => {
          if (map.loaded() && Object.values(app.layers).every((l) => l.status !== 'loading')) {
            mapRef = map;
            // One macrotask later: the app fits the map to the data right after the last layer loads.
            setTimeout(resolve, 0);
          } else setTimeout(poll, 50);
        };
        poll();
      }),
  );
  return readyPromise;
}

/**
 * Says on `<html data-share-url>` whether a URL update is waiting for its delay ('pending') or
 * the URL holds the current state ('written'), so browser tests wait on that, not on a timer.
 */
function markUrl(status: 'pending' | 'written'): void {
  document.documentElement.dataset.shareUrl = status;
}

/**
 * Decodes the link in the URL (in the share worker) and applies it.
 * @param param the raw `s` parameter
 * @returns the opened state, once its `ready` slices are applied
 */
async function openFromUrl(param: string): Promise<SharedState> {
  let text = param;
  try {
    text = decodeURIComponent(param);
  } catch {
    // Not percent-encoded: use it as it is; the decoder reports what it cannot read.
  }
  markUrl('pending');
  const own = proposals().map((p) => ({
    type: 'Feature' as const,
    properties: { ...p.properties },
    geometry: structuredClone(p.geometry),
  }));
  const { state, problems, proposals: list, sameAsOwn } = await openLinkOffThread(text, own);
  // This tab's own link after a reload: storage holds the same or newer proposals (revision stamp).
  const isOwn = isOwnStaleLink(text, readOwnLink(), currentRevision());
  const applied = applyState(state, isOwn ? 'own-link' : 'link', { proposals: list, sameAsOwn });
  reportProblems(problems, 'link');
  await applied;
  return state;
}

/**
 * Reads the state from the URL, applies it, and keeps the URL in step with the
 * state. Call once, when the app starts.
 * @returns stop(): ends the URL sync (for tests and hot reload)
 */
export function startSharing(): () => void {
  const param = readShareParam(location.href);
  let stopped = false;
  let stopEffect: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Pairs the link writer's answers with its requests: only the newest one is written. */
  let writeSeq = 0;
  const stopCamera: (() => void)[] = [];

  // The link is decoded in the share worker (a hostile link must not block the page); the URL
  // follows the state only once it is applied and the map is ready.
  const opened = param === undefined ? Promise.resolve(undefined) : openFromUrl(param);

  void opened.then(async (fromLink) => {
    await whenReady();
    if (stopped || !mapRef) return;
    const map = mapRef;
    const readCamera = () => {
      const c = map.getCenter();
      const box = map.getContainer();
      share.camera = {
        center: [c.lng, c.lat],
        zoom: map.getZoom(),
        bearing: map.getBearing(),
        pitch: map.getPitch(),
      };
      // Issue 14: the map's size goes with the camera, so another screen sees the same extent.
      if (box.clientWidth > 0 && box.clientHeight > 0)
        share.camera.viewportPx = [Math.round(box.clientWidth), Math.round(box.clientHeight)];
    };
    // The link's camera was applied by the `ready` slices in applyState, just before this.
    if (!fromLink) readCamera();
    else share.camera = structuredClone(fromLink.camera);
    map.on('moveend', readCamera);
    map.on('resize', readCamera);
    stopCamera.push(() => {
      map.off('moveend', readCamera);
      map.off('resize', readCamera);
    });

    stopEffect = $effect.root(() => {
      $effect(() => {
        const raw = gatherRawState();
        clearTimeout(timer);
        markUrl('pending');
        const seq = ++writeSeq;
        timer = setTimeout(() => {
          void writeLinkOffThread(raw).then(({ text, problems }) => {
            if (stopped || seq !== writeSeq) return; // a newer state is on its way
            share.linkText = text;
            share.writeProblems = problems;
            // Too big for a link: the URL carries no state (the share panel offers the file).
            const shareable = isShareableAsLink(text);
            const url = shareable ? linkFor(text) : pageUrl();
            history.replaceState(history.state, '', url);
            // A link's view is not the own work: after a reload it opens as a link again.
            writeOwnLink(shareable && !linkViewState().active ? text : undefined);
            share.started = true;
            markUrl('written');
          });
        }, URL_UPDATE_DELAY_MS);
      });
    });
  });

  return () => {
    stopped = true;
    clearTimeout(timer);
    stopEffect?.();
    for (const f of stopCamera) f();
  };
}
