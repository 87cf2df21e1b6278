/**
 * State of the surface tool "waar wel, waar niet" (issue 4): the chosen program, the worker's
 * progress, the latest statistics and the contour toggle. The computation runs in
 * `src/analysis/surface/surface.worker.ts`; this module talks to it, keeps at most one request
 * waiting (a newer one replaces it, answers to superseded requests are dropped), and feeds
 * the map layers Blob URLs of the worker's GeoJSON bytes.
 */
import wasmUrl from 'clipper2-wasm/dist/es/clipper2z.wasm?url';
import { untrack } from 'svelte';
import { registerMapFeature } from './map-handle.ts';
import { setSketchFocus } from './sketch.svelte.ts';
import { LAYERS } from '../../layers/index.ts';
import type { DatasetLayerInput } from '../domain/dataset.ts';
import type {
  PointLayerMessage,
  SurfaceRequest,
  SurfaceResponse,
} from '../analysis/surface/protocol.ts';
import type { FeatureCollection, Polygon, Position } from 'geojson';
import type { SurfaceProgram, SurfaceStats } from '../analysis/surface/types.ts';
import { mapGeometry, toRd } from '../geo/crs.ts';
import { boundsOf } from '../domain/load.ts';
import { ringAreaM2 } from '../geo/planar.ts';
import type { BboxRd } from '../geo/types.ts';
import {
  openRing,
  SHAPE_TOO_FEW_VERTICES,
  type ShapeProblem,
} from '../analysis/proposals/shape-validation.ts';
import type { StudyArea } from '../share/state.ts';
import {
  extentRdOfBounds,
  studyAreaOverlay as buildStudyAreaOverlay,
  validateStudyArea,
} from '../analysis/surface/study-area.ts';
import { closePolygon } from '../analysis/sketch.ts';
import { addSketch } from '../map/sketch.ts';
import { STUDY_AREA_OVERLAY, STUDY_AREA_STYLE } from '../map/study-area-layers.ts';
import { addSurfaceLayers, type SurfaceLayersHandle } from '../map/surface-layers.ts';
import { app, featuresOf } from './app.svelte.ts';
import { selectedProposal } from './proposals.svelte.ts';
import { onRuleViewChange, ruleView } from './rule-view.svelte.ts';

export type SurfaceStatus = 'idle' | 'computing' | 'ready' | 'error';

/**
 * What the surface colours: the data extent, the polygon of the selected proposal, or an
 * area the user drew on the map.
 */
export type StudyAreaChoice = 'extent' | 'proposal' | 'drawn';

/** Id of the side-panel tool (also `app.activeTool`). */
export const SURFACE_TOOL_ID = 'surface';

/** The reactive surface state. Mutate its fields through the functions below. */
/**
 * The drawn study area (WGS84), used while the choice is 'drawn'. Raw: a link's 9,999-corner
 * area as deep state cost 250 ms of proxying in one task (issue 13); it is replaced whole.
 */
let drawnRaw = $state.raw<Polygon | null>(null);
const drawn = {
  get area(): Polygon | null {
    return drawnRaw;
  },
  set area(value: Polygon | null) {
    drawnRaw = value;
  },
};

/** The drawn study area (WGS84), or null. */
export function drawnArea(): Polygon | null {
  return drawn.area;
}

export const surface = $state({
  program: { kind: 'housing' } as SurfaceProgram,
  status: 'idle' as SurfaceStatus,
  /** 0–1 while computing. */
  progress: 0,
  step: '',
  error: null as string | null,
  showClasses: true,
  showContours: false,
  contoursStatus: 'idle' as 'idle' | 'computing' | 'ready',
  contourCount: 0,
  /**
   * Time from the user's action (opening the tab, choosing a program, a data change) to the
   * last surface standing on the map, ms (shown to the user, read by tests; issue 14).
   */
  lastMs: 0,
  /** The study area: whole map (data extent), the selected proposal's polygon, or drawn. */
  studyArea: 'extent' as StudyAreaChoice,
  /** Whether map clicks now draw a study area. */
  isDrawing: false,
  /** Vertices ([lng, lat]) of the study area being drawn. */
  drawing: [] as Position[],
  /** Pointer while drawing (rubber band to the next vertex), or null. */
  pointer: null as Position | null,
  /** Why the last drawing was refused (empty when it was fine). */
  drawProblems: [] as ShapeProblem[],
});

/**
 * Chooses the study area; the data watch sends it to the worker and recomputes. Choosing
 * "drawn" without a drawn area starts drawing; any other choice stops it.
 */
export function setStudyArea(choice: StudyAreaChoice): void {
  surface.studyArea = choice;
  if (choice === 'drawn' && !drawn.area) startDrawingStudyArea();
  else if (choice !== 'drawn') stopDrawing();
}

/**
 * The study area in RD: the selected proposal ("proposal") or the drawn area ("drawn");
 * undefined means the data extent.
 */
function studyAreaRd(): number[][][] | undefined {
  if (surface.studyArea === 'drawn') {
    const area = drawn.area;
    if (!area) return undefined;
    return mapGeometry($state.snapshot(area) as Polygon, toRd).coordinates;
  }
  if (surface.studyArea !== 'proposal') return undefined;
  const p = selectedProposal();
  if (!p) return undefined;
  return mapGeometry($state.snapshot(p.geometry) as typeof p.geometry, toRd).coordinates;
}

// --- drawn study area -----------------------------------------------------------------

function stopDrawing(): void {
  surface.isDrawing = false;
  surface.drawing = [];
  surface.pointer = null;
}

/** Starts drawing a study area on the map (the current one stays until the new one is done). */
export function startDrawingStudyArea(): void {
  surface.studyArea = 'drawn';
  surface.isDrawing = true;
  surface.drawing = [];
  surface.pointer = null;
  surface.drawProblems = [];
}

/** @returns whether map clicks now draw a study area (the surface tab is open and drawing) */
export function isDrawingStudyArea(): boolean {
  return surface.isDrawing && app.activeTool === SURFACE_TOOL_ID;
}

/** Adds a vertex ([lng, lat]) to the study area being drawn. */
export function addStudyAreaVertex(lngLat: Position): void {
  surface.drawing.push([lngLat[0]!, lngLat[1]!]);
  surface.drawProblems = [];
}

/** Removes the last vertex of the study area being drawn. */
export function removeLastStudyAreaVertex(): void {
  surface.drawing.pop();
  surface.drawProblems = [];
}

/** Moves the rubber band to the pointer (null: the pointer left the map). */
export function setStudyAreaPointer(lngLat: Position | null): void {
  surface.pointer = lngLat ? [lngLat[0]!, lngLat[1]!] : null;
}

/** The extent of the loaded data, RD (undefined before any data). */
function dataExtentRd(): BboxRd | undefined {
  const features = LAYERS.filter((l) => l.role !== 'base').flatMap((l) => featuresOf(l.id));
  const bounds = boundsOf(features);
  return bounds ? extentRdOfBounds(bounds) : undefined;
}

/**
 * Closes the polygon being drawn and, when it passes the checks, makes it the study area.
 * A refused drawing stays on the map (vertices kept, the previous area kept) and
 * `surface.drawProblems` says why.
 * @returns true when the drawn area was accepted
 */
export function finishStudyArea(): boolean {
  const polygon = closePolygon($state.snapshot(surface.drawing) as Position[]);
  const problems: ShapeProblem[] = polygon
    ? validateStudyArea(polygon, dataExtentRd())
    : [{ code: SHAPE_TOO_FEW_VERTICES, atRd: [0, 0] }];
  if (!polygon || problems.length > 0) {
    surface.drawProblems = problems;
    return false;
  }
  surface.drawProblems = [];
  drawn.area = polygon;
  surface.studyArea = 'drawn';
  stopDrawing();
  return true;
}

/**
 * Stops drawing without changing the study area (Escape). Without a drawn area to fall back
 * on, the study area goes back to the data extent.
 */
export function cancelStudyAreaDrawing(): void {
  stopDrawing();
  surface.drawProblems = [];
  if (surface.studyArea === 'drawn' && !drawn.area) surface.studyArea = 'extent';
}

/** Removes the drawn study area; the surface goes back to the data extent. */
export function clearDrawnStudyArea(): void {
  stopDrawing();
  surface.drawProblems = [];
  drawn.area = null;
  if (surface.studyArea === 'drawn') surface.studyArea = 'extent';
}

const overlay = $derived.by((): FeatureCollection => {
  // The polygon being drawn shows only while its tab is open (clicks elsewhere do not draw).
  const drawing = isDrawingStudyArea();
  return buildStudyAreaOverlay(
    surface.studyArea === 'drawn' ? drawn.area : null,
    drawing ? surface.drawing : [],
    drawing ? surface.pointer : null,
  );
});

/** @returns overlay data of the drawn study area and of the one being drawn */
export function studyAreaOverlay(): FeatureCollection {
  return overlay;
}

// The drawn study area on the map, and the clicks and keys that draw it (the Locatiecheck's sketch).
registerMapFeature({
  id: 'surface-study-area',
  capturesClicks: isDrawingStudyArea,
  attach(map) {
    const sketch = addSketch(map, STUDY_AREA_OVERLAY, STUDY_AREA_STYLE, {
      isActive: isDrawingStudyArea,
      mode: () => 'polygon',
      vertexCount: () => surface.drawing.length,
      checkPoint: () => {},
      addVertex: addStudyAreaVertex,
      removeLastVertex: removeLastStudyAreaVertex,
      finish: finishStudyArea,
      cancel: cancelStudyAreaDrawing,
      pointer: setStudyAreaPointer,
      focus: setSketchFocus,
    });
    const stop = $effect.root(() => {
      $effect(() => sketch.setData(overlay));
    });
    return {
      destroy() {
        stop();
        sketch.destroy();
      },
    };
  },
});

/** Square metres per hectare. */
const M2_PER_HA = 10_000;

const drawnHa = $derived.by((): number | null => {
  const area = drawn.area;
  if (!area) return null;
  const ringRd = mapGeometry($state.snapshot(area) as Polygon, toRd).coordinates[0] ?? [];
  return ringAreaM2(openRing(ringRd)) / M2_PER_HA;
});

/** @returns planar area (RD) of the drawn study area in hectares, or null when none is drawn */
export function drawnAreaHa(): number | null {
  return drawnHa;
}

/**
 * The study area for the link: absent for the data extent (and for "drawn" before anything
 * is drawn).
 * @returns the study area as plain data, or undefined
 */
export function getSharedStudyArea(): StudyArea | undefined {
  if (surface.studyArea === 'proposal') return { kind: 'proposal' };
  if (surface.studyArea === 'drawn' && drawn.area) return { kind: 'drawn', polygon: drawn.area };
  return undefined;
}

/**
 * Sets the study area from a link (already checked by `readSharedState`).
 * @param area the study area; undefined = the data extent
 */
export function applySharedStudyArea(area: StudyArea | undefined): void {
  stopDrawing();
  surface.drawProblems = [];
  if (area?.kind === 'drawn') {
    drawn.area = structuredClone(area.polygon);
    surface.studyArea = 'drawn';
  } else {
    drawn.area = null;
    surface.studyArea = area?.kind ?? 'extent';
  }
}

/** Whether the surface is limited to a proposal that is not there (no selection). */
export function isStudyAreaMissing(): boolean {
  return surface.studyArea === 'proposal' && !selectedProposal();
}

/** Statistics of the last result; replaced whole, never mutated, so kept raw. */
let latestStats = $state.raw<SurfaceStats | null>(null);

/** The statistics of the last computed surface, or null. */
export function surfaceStats(): SurfaceStats | null {
  return latestStats;
}

let worker: Worker | null = null;
let layers: SurfaceLayersHandle | null = null;
let nextId = 1;
/** Id of the request whose answer we want (older answers are dropped). */
let wantedId = 0;
let busyId = 0;
let waiting: SurfaceProgram | null = null;
let contoursWantedId = 0;
let contoursStale = true;
let classesUrl: string | null = null;
let contoursUrl: string | null = null;
/** When the user's action that asked for the surface happened (performance.now()). */
let startedAt = 0;
/** Time of the latest click or key press (the event's time stamp, the same clock). */
let lastInputAt = -Infinity;
/** A computation that starts within this long of an input was asked for by that input. */
const INPUT_WINDOW_MS = 1000;
if (typeof window !== 'undefined') {
  for (const type of ['pointerdown', 'click', 'keydown'] as const)
    window.addEventListener(type, (e) => (lastInputAt = e.timeStamp), {
      capture: true,
      passive: true,
    });
}
/**
 * When the action that asked for a computation happened: the latest click or key press when it
 * was within the input window, else now.
 * @param now performance.now()
 * @returns the start of the clock
 */
function actionStart(now: number): number {
  return now - lastInputAt < INPUT_WINDOW_MS ? lastInputAt : now;
}
/** Set by `startSurface` before it gathers the data: the start of the first request. */
let pendingStart = 0;
let workerReady = false;
/** The map the surface is drawn on (for "rendered" in the timing), or null. */
let surfaceMap: { once(type: 'idle', listener: () => void): unknown } | null = null;

/**
 * Shares of the progress bar per phase of the real work (issue 14: the bar sat at 0 % while
 * the worker started and the data went across, then jumped): gathering the data, starting
 * the worker (WebAssembly), sending and indexing the data, the computation, and the result's
 * way onto the map.
 */
const PROGRESS = {
  gathered: 0.05,
  workerReady: 0.15,
  computeFrom: 0.25,
  computeTo: 0.9,
  received: 0.93,
};

/** Moves the bar forward (never back) while a surface is being computed. */
function advance(fraction: number, step: string): void {
  if (surface.status !== 'computing' || fraction < surface.progress) return;
  surface.progress = fraction;
  surface.step = step;
}

function send(message: SurfaceRequest, transfer: Transferable[] = []): void {
  worker?.postMessage(message, transfer);
}

function swapUrl(old: string | null, bytes: Uint8Array<ArrayBuffer>): string {
  // MapLibre has loaded the previous URL by now; the new one replaces it.
  if (old) URL.revokeObjectURL(old);
  return URL.createObjectURL(new Blob([bytes], { type: 'application/geo+json' }));
}

/** Export requests waiting for the worker's answer, by id. */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a plain lookup of pending requests, not state
const exports = new Map<number, { resolve: (b: Blob) => void; reject: (e: Error) => void }>();

function onMessage(event: MessageEvent<SurfaceResponse>): void {
  const msg = event.data;
  if (msg.type === 'exported' || (msg.type === 'error' && exports.has(msg.id))) {
    const pending = exports.get(msg.id);
    exports.delete(msg.id);
    if (msg.type === 'exported') {
      pending?.resolve(new Blob([msg.json], { type: 'application/geo+json' }));
    } else pending?.reject(new Error(msg.message));
    return;
  }
  if (msg.type === 'ready') {
    workerReady = true;
    advance(PROGRESS.workerReady, 'data');
    return;
  }
  if (msg.type === 'progress') {
    if (msg.id === wantedId) {
      const { computeFrom, computeTo } = PROGRESS;
      advance(computeFrom + (computeTo - computeFrom) * msg.fraction, 'compute');
    }
    return;
  }
  if (msg.type === 'result' || (msg.type === 'error' && msg.id === busyId)) {
    busyId = 0;
    if (msg.id === wantedId) {
      if (msg.type === 'result') {
        classesUrl = swapUrl(classesUrl, msg.classesJson);
        layers?.setClassesUrl(classesUrl);
        advance(PROGRESS.received, 'render');
        const id = msg.id;
        const stats = msg.stats;
        // Ready once the map has drawn it: the time the user waited, click to result on the map.
        whenRendered(() => {
          if (id !== wantedId) return;
          latestStats = stats;
          surface.status = 'ready';
          surface.progress = 1;
          surface.lastMs = performance.now() - startedAt;
          surface.error = null;
        });
      } else {
        surface.status = 'error';
        surface.error = msg.message;
      }
    }
    if (waiting) {
      const next = waiting;
      waiting = null;
      dispatch(next);
    }
    return;
  }
  if (msg.type === 'contours') {
    if (msg.id === contoursWantedId) {
      contoursUrl = swapUrl(contoursUrl, msg.contoursJson);
      layers?.setContoursUrl(contoursUrl);
      surface.contoursStatus = 'ready';
      surface.contourCount = msg.count;
    }
    return;
  }
  if (msg.type === 'error') {
    surface.error = msg.message;
    if (msg.id === contoursWantedId) surface.contoursStatus = 'idle';
  }
}

/** Calls back once the map has drawn what it was just given (at once without a map). */
function whenRendered(done: () => void): void {
  if (!surfaceMap || !layers) done();
  else surfaceMap.once('idle', done);
}

function dispatch(program: SurfaceProgram): void {
  const id = nextId++;
  wantedId = id;
  busyId = id;
  send({
    type: 'compute',
    id,
    program: $state.snapshot(program) as SurfaceProgram,
    view: ruleView.view,
  });
}

/**
 * Asks for the surface of a program. While the worker is busy, the request waits; a newer
 * request replaces a waiting one, and the answer to the running one is dropped.
 * @param program housing, a category or an activity
 */
export function requestSurface(program: SurfaceProgram): void {
  surface.program = program;
  if (program.kind === 'activity' && !program.activityId) return; // nothing chosen yet
  // The clock runs from the user's action: for the first surface the one that started the tool
  // (gathering the data and starting the worker can take longer than the input window), later
  // the click or key that led here.
  // A request while one is still computing, with no input since (the data arrived, the view
  // changed), keeps the clock: the user is still waiting for the first answer.
  const keep = surface.status === 'computing' && lastInputAt <= startedAt;
  if (!keep) startedAt = pendingStart || actionStart(performance.now());
  pendingStart = 0;
  surface.status = 'computing';
  surface.progress = 0;
  surface.step = '';
  advance(workerReady ? PROGRESS.workerReady : PROGRESS.gathered, workerReady ? 'data' : 'start');
  if (!worker) return;
  if (busyId) {
    waiting = program;
    wantedId = -1; // the running answer is no longer wanted
    return;
  }
  dispatch(program);
}

function requestContours(): void {
  if (!worker) return;
  contoursStale = false;
  contoursWantedId = nextId++;
  surface.contoursStatus = 'computing';
  send({ type: 'contours', id: contoursWantedId, view: ruleView.view });
}

// The view changes what housing and the contours measure from (issue 11): recompute.
onRuleViewChange(() => {
  contoursStale = true;
  if (surface.showContours) requestContours();
  if (surface.status !== 'idle') requestSurface(surface.program);
});

/**
 * The last surface (its class per feature) or the contours as a GeoJSON file, in RD New (with
 * a `crs` member) or WGS84 (issue 14). The worker writes it from the RD result it computed.
 * @param what the classes of the surface, or the contours
 * @param crs RD New or WGS84
 * @returns the file's content
 */
export function exportSurfaceGeoJson(
  what: 'classes' | 'contours',
  crs: 'rd' | 'wgs84',
): Promise<Blob> {
  if (!worker) return Promise.reject(new Error('surface not started'));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    exports.set(id, { resolve, reject });
    send({ type: 'export', id, what, crs });
  });
}

/**
 * Shows or hides the hindrance contours (computed on first show and after data edits).
 * @param visible whether to show them
 */
export function setContoursVisible(visible: boolean): void {
  surface.showContours = visible;
  layers?.setContoursVisible(visible);
  if (visible && contoursStale) requestContours();
}

/**
 * Shows or hides the three classes on the map.
 * @param visible whether to show them
 */
export function setClassesVisible(visible: boolean): void {
  surface.showClasses = visible;
  layers?.setClassesVisible(visible);
}

/**
 * The layers the surface reads, sent to the worker: points flat, the rest as GeoJSON. The
 * polygons of a sensitive layer (sensitive areas, e.g. Wonen bestemmingen) go as GeoJSON too,
 * with their ids, so the worker measures to their boundary as the location check does.
 */
function collectData(): { layers: DatasetLayerInput[]; points: PointLayerMessage[] } {
  const out: DatasetLayerInput[] = [];
  const points: PointLayerMessage[] = [];
  for (const l of LAYERS) {
    if (l.role === 'base') continue;
    const features = featuresOf(l.id);
    if (l.role === 'sensitive') {
      const lngLat = new Float64Array(features.length * 2);
      let n = 0;
      const areas: FeatureCollection['features'] = [];
      features.forEach((f, i) => {
        const type = f.geometry?.type;
        if (type === 'Polygon' || type === 'MultiPolygon') {
          // Raw features (app.svelte.ts holds them in $state.raw): no snapshot copy needed;
          // postMessage clones them once.
          const props = (f.properties ?? {}) as Record<string, unknown>;
          areas.push({
            type: 'Feature',
            geometry: f.geometry as never,
            properties: { ...props, id: props.id ?? f.id ?? `${l.id}-${i}` },
          });
          return;
        }
        if (f.geometry?.type !== 'Point') return;
        lngLat[n++] = f.geometry.coordinates[0]!;
        lngLat[n++] = f.geometry.coordinates[1]!;
      });
      points.push({ layerId: l.id, lngLat: lngLat.slice(0, n) });
      if (areas.length > 0) {
        out.push({
          layerId: l.id,
          role: 'sensitive',
          features: { type: 'FeatureCollection', features: areas },
        });
      }
    } else {
      out.push({
        layerId: l.id,
        role: l.role,
        features: { type: 'FeatureCollection', features: features as never },
      });
    }
  }
  return { layers: out, points };
}

/**
 * Starts the surface tool once: the worker, the map layers, and a watch on the data that
 * recomputes after every change. Later calls only recompute the current program.
 */
export function startSurface(): void {
  if (worker) return;
  pendingStart = actionStart(performance.now());
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- Vite's worker URL pattern, not state
  worker = new Worker(new URL('../analysis/surface/surface.worker.ts', import.meta.url), {
    type: 'module',
  });
  worker.onmessage = onMessage;
  worker.onerror = (e) => {
    surface.status = 'error';
    surface.error = e.message || 'worker error';
  };
  send({ type: 'init', wasmUrl });
  // Its own anchor above the data layers: the order it attaches in does not matter.
  registerMapFeature({
    id: 'surface',
    attach(map) {
      const added = addSurfaceLayers(map);
      layers = added;
      surfaceMap = map;
      if (classesUrl) added.setClassesUrl(classesUrl);
      if (contoursUrl) added.setContoursUrl(contoursUrl);
      added.setClassesVisible(surface.showClasses);
      added.setContoursVisible(surface.showContours);
      return {
        destroy() {
          added.destroy();
          if (layers === added) {
            layers = null;
            surfaceMap = null;
          }
        },
      };
    },
  });
  // Lives as long as the page: nothing stops the surface once started.
  $effect.root(() => {
    $effect(() => {
      const { layers: data, points } = collectData();
      const area = studyAreaRd();
      if (data.every((l) => l.features.features.length === 0)) return;
      send(
        area
          ? { type: 'data', layers: data, points, studyAreaRd: area }
          : { type: 'data', layers: data, points },
        points.map((p) => p.lngLat.buffer),
      );
      untrack(() => {
        contoursStale = true;
        if (surface.showContours) requestContours();
        requestSurface($state.snapshot(surface.program) as SurfaceProgram);
      });
    });
  });
}
