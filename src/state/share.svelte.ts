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
import {
  createDefaultState,
  DEFAULT_CAMERA,
  decodeState,
  encodeState,
  isShareableAsLink,
  LIMITS,
  readShareParam,
  readSharedState,
  stateFromGeoJSON,
  stateToGeoJSON,
  type Camera,
  type Problem,
  type SavedView,
  type SharedState,
} from '../share/index.ts';
import type { Messages } from '../i18n/nl.ts';
import { addNotice, app } from './app.svelte.ts';

/** One feature's part of the shared state. */
export interface StateSlice {
  /** Unique name, for debugging. */
  id: string;
  /**
   * Copies this feature's current values into `state`. Runs inside an effect:
   * every rune it reads makes the link follow that rune.
   */
  write: (state: SharedState) => void;
  /** Sets this feature's values from an opened state. */
  apply: (state: SharedState) => void;
  /**
   * `start` (default): applied as soon as the state is read. `ready`: applied
   * once the map and all layers are loaded (camera, selected feature).
   */
  when?: 'start' | 'ready';
  /** Applies the parts of a saved view this slice owns (camera, layers, program). */
  applyView?: (view: SavedView) => void;
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
  const state = createDefaultState();
  for (const slice of slices) slice.write(state);
  // The same checks as an opened link: an odd value never yields a link that
  // opens differently; what is left out is named in `problems`.
  return readSharedState(JSON.parse(JSON.stringify(state)));
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
 * and data are there.
 * @param state a valid state (from `decodeState` or `stateFromGeoJSON`)
 */
export function applyState(state: SharedState): void {
  for (const slice of slices) if ((slice.when ?? 'start') === 'start') slice.apply(state);
  void whenReady().then(() => {
    for (const slice of slices) if (slice.when === 'ready') slice.apply(state);
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
 * @returns the notice text
 */
export function describeProblems(
  m: Messages,
  problems: readonly Problem[],
  source: 'link' | 'file',
): string {
  const parts = problems.map((p) => {
    const what = m.sharing.problems[p.code](m.sharing.parts[p.part]);
    if (p.detail === undefined) return what;
    const words = Object.hasOwn(m.sharing.details, p.detail)
      ? m.sharing.details[p.detail]
      : p.detail;
    return `${what} (${words})`;
  });
  return m.sharing.problemsIntro[source](parts.join('; '));
}

/**
 * Opens a `.geojson` file (a state saved by the app, or proposals from any GIS).
 * @param text the file's text
 * @returns false when nothing could be read
 */
export function openStateFile(text: string): boolean {
  const { state, problems } = stateFromGeoJSON(text);
  const isStateFile = /"werkruimte"\s*:/.test(text);
  if (isStateFile) applyState(state);
  else {
    // A plain GeoJSON of proposals (from a GIS): keep the view, add its proposals.
    const current = gatherState().state;
    // A local lookup, not state.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const used = new Set(current.proposals.map((p) => p.properties.id));
    const added = state.proposals.map((p) => {
      let id = p.properties.id;
      for (let n = 2; used.has(id); n++) id = `${p.properties.id}-${n}`;
      used.add(id);
      return { ...p, properties: { ...p.properties, id } };
    });
    applyState({ ...current, proposals: [...current.proposals, ...added] });
  }
  reportProblems(problems, 'file');
  return !problems.some((p) => p.part === 'link');
}

// --- saved views (agendapunten) ---------------------------------------------

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
  // The program of the tool in front; else whichever is set.
  const program =
    app.activeTool === 'surface'
      ? (state.surface?.program ?? state.check?.program)
      : (state.check?.program ?? state.surface?.program);
  if (program) view.program = program;
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
 * Reads the state from the URL, applies it, and keeps the URL in step with the
 * state. Call once, when the app starts.
 * @returns stop(): ends the URL sync (for tests and hot reload)
 */
export function startSharing(): () => void {
  const param = readShareParam(location.href);
  let fromLink: SharedState | undefined;
  if (param !== undefined) {
    let text = param;
    try {
      text = decodeURIComponent(param);
    } catch {
      // Not percent-encoded: use it as it is; the decoder reports what it cannot read.
    }
    const { state, problems } = decodeState(text);
    fromLink = state;
    applyState(state);
    reportProblems(problems, 'link');
  }
  let stopped = false;
  let stopEffect: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopCamera: (() => void)[] = [];

  void whenReady().then(() => {
    if (stopped || !mapRef) return;
    const map = mapRef;
    const readCamera = () => {
      const c = map.getCenter();
      share.camera = {
        center: [c.lng, c.lat],
        zoom: map.getZoom(),
        bearing: map.getBearing(),
        pitch: map.getPitch(),
      };
    };
    // The link's camera was applied by the `ready` slices in applyState, just before this.
    if (!fromLink) readCamera();
    else share.camera = structuredClone(fromLink.camera);
    map.on('moveend', readCamera);
    stopCamera.push(() => map.off('moveend', readCamera));

    stopEffect = $effect.root(() => {
      $effect(() => {
        const { state, problems } = gatherState();
        clearTimeout(timer);
        markUrl('pending');
        timer = setTimeout(() => {
          const text = encodeState(state);
          share.linkText = text;
          share.writeProblems = problems;
          // Too big for a link: the URL carries no state (the share panel offers the file).
          const url = isShareableAsLink(text) ? linkFor(text) : pageUrl();
          history.replaceState(history.state, '', url);
          share.started = true;
          markUrl('written');
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
