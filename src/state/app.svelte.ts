/**
 * App state as runes: language, per-layer display, loaded data, the selected
 * feature and the messages to show. Components read and change it; the map
 * component applies it to the map.
 */
import type { Feature } from 'geojson';
import { LAYERS } from '../../layers/index.ts';
import type { LayerDefinition } from '../../layers/types.ts';
import type { LoadedLayer } from '../domain/load.ts';
import type { LoadProblem } from '../domain/validate.ts';
import { nl, type Messages } from '../i18n/nl.ts';

export type Language = 'nl' | 'en';

export interface LayerState {
  visible: boolean;
  opacity: number;
  status: 'loading' | 'ready' | 'failed';
  featureCount: number;
}

/** A notice in the message list: load problems, or a message of a feature (e.g. the basemap). */
export type Notice =
  | { id: number; kind: 'problem'; problem: LoadProblem }
  | { id: number; kind: 'text'; text: (m: Messages) => string; action?: NoticeAction };

/** A button in a notice (e.g. "Ongedaan maken" after a file replaced the proposals). */
export interface NoticeAction {
  label: (m: Messages) => string;
  run: () => void;
}

export interface SelectedFeature {
  layerId: string;
  featureIndex: number;
}

const initialLanguage = (): Language => {
  try {
    return localStorage.getItem('werkruimte.lang') === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
};

/** The reactive app state. Mutate its fields; never reassign the object. */
export const app = $state({
  /** Starts Dutch; `prepareLanguage` switches to a remembered English before mounting. */
  lang: 'nl' as Language,
  layers: Object.fromEntries(
    LAYERS.map((l) => [
      l.id,
      { visible: l.visible ?? true, opacity: l.opacity ?? 1, status: 'loading', featureCount: 0 },
    ]),
  ) as Record<string, LayerState>,
  selected: null as SelectedFeature | null,
  notices: [] as Notice[],
  basemap: { on: false, status: 'off' as 'off' | 'loading' | 'on' | 'failed' },
  /** Bumped to ask the map to fit all data ("zoom to all"). */
  fitRequest: 0,
  /** The side-panel tool that is open (later features: locatiecheck, surface, proposals, share). */
  activeTool: null as string | null,
  /** The workspace on the map: the demo city, or a municipality's own data (issue 12). */
  workspace: { name: 'Voorbeeldstad', demo: true } as WorkspaceInfo,
});

/** Which data the map shows: its name, and whether it is the fictional demo city. */
export interface WorkspaceInfo {
  name: string;
  demo: boolean;
}

/**
 * Validated features per layer. The record is replaced on each load, never mutated, and held
 * in `$state.raw`: features can be many (150,000 at city scale) and need no deep reactivity;
 * a deep `$state` would wrap every feature in a proxy, which cost seconds of main-thread time.
 */
let byLayer = $state.raw<Record<string, readonly Feature[]>>({});

/**
 * The English messages, loaded on first use: Dutch is the first language, and the first view
 * should not pay for a second dictionary (issue 14's initial-JavaScript budget).
 */
let english = $state.raw<Messages | null>(null);

/** Loads a language's messages (Dutch is always there). */
async function loadMessages(lang: Language): Promise<void> {
  if (lang === 'en' && english === null) english = (await import('../i18n/en.ts')).en;
}

/** The messages of the current language. */
export function messages(): Messages {
  return app.lang === 'en' && english !== null ? english : nl;
}

/** Fetches English in the background (after start-up), so that the switch is instant. */
export function preloadMessages(): void {
  loadMessages('en').catch(() => {
    // Offline with an evicted cache: the switch will say so when it is clicked.
  });
}

/**
 * Loads the remembered language before the app is mounted, so that an English user never sees
 * a Dutch first frame. Resolves even when English fails to load (the UI stays Dutch).
 */
export async function prepareLanguage(): Promise<void> {
  if (initialLanguage() === 'en') await setLanguage('en');
}

/**
 * Switches the UI language and remembers it. English is fetched first if needed; if that fails
 * (offline with an evicted cache), the UI stays as it is and says so.
 */
export async function setLanguage(lang: Language): Promise<void> {
  try {
    await loadMessages(lang);
  } catch {
    addNotice((m) => m.app.languageLoadFailed);
    return;
  }
  app.lang = lang;
  document.documentElement.lang = lang;
  try {
    localStorage.setItem('werkruimte.lang', lang);
  } catch {
    // Private mode: the choice is not remembered; the switch still works.
  }
}

let nextNoticeId = 1;

/** Adds a free-text notice (its text is built in the current language when shown). */
export function addNotice(text: (m: Messages) => string, action?: NoticeAction): void {
  app.notices.push(
    action
      ? { id: nextNoticeId++, kind: 'text', text, action }
      : { id: nextNoticeId++, kind: 'text', text },
  );
}

/** Removes a notice. */
export function dismissNotice(id: number): void {
  const i = app.notices.findIndex((n) => n.id === id);
  if (i >= 0) app.notices.splice(i, 1);
}

/** Records a loaded layer: its features and its problems. */
export function recordLoadedLayer(loaded: LoadedLayer): void {
  demoByLayer[loaded.layerId] = loaded;
  // A demo file that arrives after one's own data was loaded must not bring the demo back.
  if (!app.workspace.demo) return;
  byLayer = { ...byLayer, [loaded.layerId]: loaded.features };
  const state = app.layers[loaded.layerId];
  if (state) {
    state.status = loaded.features.length === 0 && loaded.problems.length > 0 ? 'failed' : 'ready';
    state.featureCount = loaded.features.length;
  }
  for (const problem of loaded.problems) {
    app.notices.push({ id: nextNoticeId++, kind: 'problem', problem });
  }
}

/**
 * Replaces the data of every layer at once: the layers named in `data` get those features, every
 * other layer (the demo's base map, slots the new data does not fill) becomes empty. Used when a
 * workspace of one's own data is loaded (src/state/import.svelte.ts).
 * @param data validated WGS84 features per layer id
 * @param workspace the name shown in the banner
 */
export function replaceAllLayerData(
  data: Readonly<Record<string, readonly Feature[]>>,
  workspace: WorkspaceInfo,
): void {
  const next: Record<string, readonly Feature[]> = {};
  for (const l of LAYERS) {
    const features = data[l.id] ?? [];
    next[l.id] = features;
    const state = app.layers[l.id];
    if (state) {
      state.status = 'ready';
      state.featureCount = features.length;
    }
  }
  byLayer = next;
  app.selected = null;
  app.workspace = workspace;
  app.fitRequest++;
}

/** The demo city's layers as they loaded (kept so switching back to the demo needs no reload). */
const demoByLayer: Record<string, LoadedLayer> = {};

/**
 * Shows the demo city again (the workspace switcher, issue 12): every demo layer that has loaded
 * gets its features back; one still loading arrives through {@link recordLoadedLayer} as usual.
 */
export function showDemoData(): void {
  const next: Record<string, readonly Feature[]> = {};
  for (const l of LAYERS) {
    const loaded = demoByLayer[l.id];
    const state = app.layers[l.id];
    next[l.id] = loaded?.features ?? [];
    if (state) {
      state.status = loaded ? 'ready' : 'loading';
      state.featureCount = loaded?.features.length ?? 0;
    }
  }
  byLayer = next;
  app.selected = null;
  app.workspace = { name: 'Voorbeeldstad', demo: true };
  app.fitRequest++;
}

/** The validated features of a layer (empty while loading). */
export function featuresOf(layerId: string): readonly Feature[] {
  return byLayer[layerId] ?? [];
}

/** The layer definition of an id. */
export function layerById(id: string): LayerDefinition | undefined {
  return LAYERS.find((l) => l.id === id);
}

/** The selected feature with its layer, or null. */
export function selectedFeature(): { layer: LayerDefinition; feature: Feature } | null {
  const s = app.selected;
  if (!s) return null;
  const layer = layerById(s.layerId);
  const feature = featuresOf(s.layerId)[s.featureIndex];
  return layer && feature ? { layer, feature } : null;
}
