/**
 * State of the toolbar's tools (issue 14): search for a place, the measure tool and the
 * attribute table. Loaded with the first tool that is opened (the toolbar's own state, which
 * tool is open and the guide, is in toolbar.svelte.ts). The pure logic is in src/analysis/tools/; the map glue in
 * src/map/tools-layers.ts. Heavy parts (the search index, the snap index) are built only when
 * their tool is first used.
 */
import type { Geometry, Position } from 'geojson';
import { LAYERS } from '../../layers/index.ts';
import {
  buildMeasureSnapIndex,
  measure,
  measureFeatures,
  snapMeasurePoint,
  type MeasureMode,
  type MeasureSnapIndex,
  type Measurement,
} from '../analysis/tools/measure.ts';
import {
  buildPlaceIndex,
  parsePdokResponse,
  pdokSearchUrl,
  type BboxLngLat,
  type PdokResult,
  type PlaceEntry,
  type PlaceIndex,
} from '../analysis/tools/place-search.ts';
import type { TableSort } from '../analysis/tools/attribute-table.ts';
import { addOverlay } from '../map/overlay.ts';
import { addSketchInteraction } from '../map/sketch.ts';
import {
  MEASURE_OVERLAY,
  MEASURE_STYLE,
  TABLE_SELECTION_OVERLAY,
  TABLE_SELECTION_STYLE,
  zoomToBox,
} from '../map/tools-layers.ts';
import { app, featuresOf } from './app.svelte.ts';
import { loadedMap, registerMapFeature } from './map-handle.ts';
import { toolbar } from './toolbar.svelte.ts';

/** Snap reach of the measure tool, screen pixels (a pointer's reach, not a domain number). */
const SNAP_PX = 10;

/** The tools' state. Mutate through the functions below; read freely. */
export const tools = $state({
  measureMode: 'distance' as MeasureMode,
  /** Clicked (snapped) points of the measurement, `[lng, lat]`. */
  measureVertices: [] as Position[],
  /** The measurement is finished (double-click or Enter): clicks no longer add points. */
  measureDone: false,
  /** Whether the last point snapped to a feature. */
  lastSnapped: false,
  /** Ask the PDOK Locatieserver as well (online; off by default, the user's explicit choice). */
  pdok: false,
  table: {
    layerId: 'bedrijven',
    filter: '',
    sort: null as TableSort | null,
    /** Selected feature indexes of the table's layer. */
    selected: [] as number[],
  },
});

// --- search ---

/** The index of the loaded data, built when the search first opens and after each load. */
const placeIndex = $derived.by((): PlaceIndex | null =>
  toolbar.open === 'search'
    ? buildPlaceIndex(
        LAYERS.map((l) => ({ layerId: l.id, role: l.role, features: featuresOf(l.id) })),
      )
    : null,
);

/** @returns the search index of the loaded data, or null while the search is closed */
export function searchIndex(): PlaceIndex | null {
  return placeIndex;
}

/**
 * Zooms to a found place; a single feature is also selected (its info panel opens).
 * @param entry the result
 */
export function goToPlace(entry: PlaceEntry): void {
  const map = loadedMap();
  if (map) zoomToBox(map, entry.bbox);
  if (entry.layerId !== undefined && entry.featureIndex !== undefined) {
    app.selected = { layerId: entry.layerId, featureIndex: entry.featureIndex };
  }
}

/**
 * Zooms to a result of the Locatieserver.
 * @param r the result
 */
export function goToPdokResult(r: PdokResult): void {
  const map = loadedMap();
  const [lng, lat] = r.lngLat;
  if (map) zoomToBox(map, [lng, lat, lng, lat]);
}

/**
 * Asks the PDOK Locatieserver (only when the user turned it on; tests pass their own `fetch`).
 * @param query what the user typed
 * @param fetchImpl the fetch to use (default the browser's)
 * @returns the results; an unreachable service throws
 */
export async function searchPdok(
  query: string,
  fetchImpl: typeof fetch = fetch,
): Promise<PdokResult[]> {
  const response = await fetchImpl(pdokSearchUrl(query));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return parsePdokResponse(await response.json());
}

// --- measure ---

let snapIndex: { source: unknown[]; index: MeasureSnapIndex } | null = null;

/** The snap index of the loaded layers, rebuilt when the data changed. */
function measureSnapIndex(): MeasureSnapIndex {
  const layers = LAYERS.filter((l) => l.role !== 'base');
  const source = layers.map((l) => featuresOf(l.id));
  if (!snapIndex || source.some((s, i) => s !== snapIndex!.source[i])) {
    snapIndex = { source, index: buildMeasureSnapIndex(source.flat()) };
  }
  return snapIndex.index;
}

/**
 * Adds a measure point, snapped to the nearest feature within {@link SNAP_PX} pixels.
 * @param lngLat the clicked `[lng, lat]`
 */
export function addMeasurePoint(lngLat: [number, number]): void {
  if (tools.measureDone) {
    tools.measureVertices = [];
    tools.measureDone = false;
  }
  const map = loadedMap();
  const snapped = map
    ? snapMeasurePoint(
        measureSnapIndex(),
        lngLat,
        SNAP_PX,
        (lng, lat) => map.project([lng, lat]),
        (x, y) => map.unproject([x, y]),
      )
    : undefined;
  tools.lastSnapped = snapped !== undefined;
  tools.measureVertices.push(snapped ?? lngLat);
}

/** Removes the last measure point. */
export function removeLastMeasurePoint(): void {
  tools.measureVertices.pop();
  tools.measureDone = false;
}

/** Clears the measurement. */
export function clearMeasure(): void {
  tools.measureVertices = [];
  tools.measureDone = false;
  tools.lastSnapped = false;
}

/**
 * Switches between distance and area (the points stay).
 * @param mode distance or area
 */
export function setMeasureMode(mode: MeasureMode): void {
  tools.measureMode = mode;
}

const measurement = $derived.by((): Measurement =>
  measure($state.snapshot(tools.measureVertices), tools.measureMode),
);

/** @returns the current measurement in RD metres */
export function currentMeasurement(): Measurement {
  return measurement;
}

function isMeasuring(): boolean {
  return toolbar.open === 'measure';
}

// --- attribute table ---

/**
 * Chooses the table's layer (the selection and the filter start afresh).
 * @param layerId a layer id
 */
export function setTableLayer(layerId: string): void {
  tools.table.layerId = layerId;
  tools.table.filter = '';
  tools.table.sort = null;
  tools.table.selected = [];
}

/**
 * Sorts by a column; the same column again reverses the order.
 * @param key the property
 */
export function sortTableBy(key: string): void {
  const s = tools.table.sort;
  tools.table.sort = { key, descending: s?.key === key ? !s.descending : false };
}

/**
 * Selects or deselects a row.
 * @param index the feature's index in its layer
 */
export function toggleTableRow(index: number): void {
  const i = tools.table.selected.indexOf(index);
  if (i >= 0) tools.table.selected.splice(i, 1);
  else tools.table.selected.push(index);
}

/**
 * Sets the selection at once (e.g. every filtered row, or none).
 * @param indexes feature indexes
 */
export function setTableSelection(indexes: readonly number[]): void {
  tools.table.selected = [...indexes];
}

/**
 * Shows one row on the map: zooms to it and opens its info panel.
 * @param index the feature's index
 */
export function showTableRow(index: number): void {
  const f = featuresOf(tools.table.layerId)[index];
  if (!f) return;
  app.selected = { layerId: tools.table.layerId, featureIndex: index };
  const map = loadedMap();
  const box = bboxOfFeatures([f]);
  if (map && box) zoomToBox(map, box);
}

/** Zooms to the selected rows. */
export function zoomToTableSelection(): void {
  const fs = featuresOf(tools.table.layerId);
  const box = bboxOfFeatures(tools.table.selected.map((i) => fs[i]).filter((f) => f !== undefined));
  const map = loadedMap();
  if (map && box) zoomToBox(map, box);
}

function bboxOfFeatures(fs: readonly { geometry: Geometry | null }[]): BboxLngLat | null {
  const b: BboxLngLat = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      b[0] = Math.min(b[0], c[0] as number);
      b[1] = Math.min(b[1], c[1] as number);
      b[2] = Math.max(b[2], c[0] as number);
      b[3] = Math.max(b[3], c[1] as number);
    } else if (Array.isArray(c)) for (const x of c) visit(x);
  };
  for (const f of fs) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return Number.isFinite(b[0]) ? b : null;
}

const tableSelection = $derived.by(() => {
  if (toolbar.open !== 'table') return [];
  const fs = featuresOf(tools.table.layerId);
  return tools.table.selected.map((i) => fs[i]).filter((f) => f !== undefined);
});

// --- map: the measurement, its clicks and keys, and the table's selection ---
registerMapFeature({
  id: 'tools',
  capturesClicks: isMeasuring,
  attach(map) {
    const measured = addOverlay(map, MEASURE_OVERLAY, MEASURE_STYLE);
    const selection = addOverlay(map, TABLE_SELECTION_OVERLAY, TABLE_SELECTION_STYLE);
    const stopInteraction = addSketchInteraction(map, {
      isActive: () => isMeasuring() && !tools.measureDone,
      mode: () => 'polygon',
      vertexCount: () => tools.measureVertices.length,
      checkPoint: addMeasurePoint,
      addVertex: addMeasurePoint,
      removeLastVertex: removeLastMeasurePoint,
      finish: () => {
        if (tools.measureVertices.length > 0) tools.measureDone = true;
      },
      cancel: clearMeasure,
    });
    const stop = $effect.root(() => {
      $effect(() => {
        measured.setData({
          type: 'FeatureCollection',
          features: measureFeatures($state.snapshot(tools.measureVertices), tools.measureMode),
        });
        measured.setVisible(isMeasuring());
      });
      $effect(() => {
        selection.setData({ type: 'FeatureCollection', features: [...tableSelection] });
      });
      $effect(() => {
        // A side-panel tool that takes clicks was opened: measuring ends.
        if (app.activeTool !== null && toolbar.open === 'measure') toolbar.open = null;
      });
    });
    return {
      destroy() {
        stop();
        stopInteraction();
        selection.destroy();
        measured.destroy();
      },
    };
  },
});
