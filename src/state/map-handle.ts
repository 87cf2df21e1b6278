/**
 * The app's one map, handed from the map component (src/ui/MapView.svelte) to
 * the state modules that draw on it (surface, sharing, print). The map
 * component owns and creates the map; everyone else waits for it here.
 *
 * Features that draw on the map register here once (`registerMapFeature`, the
 * one way to attach a feature: src/map/feature.ts); `provideMap` attaches them
 * all when the map has loaded and destroys them when it goes.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { createMapFeatureRegistry, type MapFeature } from '../map/feature.ts';

/**
 * Ids of the features that stack overlays beneath the same anchor, bottom first: the
 * order the map component used to add them in (proposal labels, the selection, the
 * Locatiecheck's place and sketch, the study area). All of them register at import, before
 * the map loads, so this is the order they are attached in.
 */
export const MAP_FEATURE_ORDER = ['proposals', 'selection', 'locatiecheck', 'surface-study-area'];

const features = createMapFeatureRegistry(MAP_FEATURE_ORDER);

let current: MapLibreMap | null = null;
let waiting: Array<(map: MapLibreMap) => void> = [];

/**
 * Called by the map component once the map has fired `load` (its style with
 * the draw-order anchors is then complete), and with `null` when it is destroyed.
 * @param map the loaded map, or null
 */
export function provideMap(map: MapLibreMap | null): void {
  current = map;
  if (!map) {
    features.destroyAll();
    return;
  }
  const ready = waiting;
  waiting = [];
  for (const resolve of ready) resolve(map);
  features.attachAll(map);
}

/**
 * Registers a feature that draws on the map: attached when the map has loaded (at once,
 * when it already has), destroyed with the map.
 * @param feature the feature; the same id again replaces it
 */
export function registerMapFeature(feature: MapFeature): void {
  features.register(feature);
}

/** @returns whether a feature now takes map clicks (then the info panel does not open) */
export function isMapClickCaptured(): boolean {
  return features.capturesClicks();
}

/** @returns the loaded map, or null before `load` or without WebGL */
export function loadedMap(): MapLibreMap | null {
  return current;
}

/** @returns the loaded map, as soon as there is one (never resolves without WebGL) */
export function whenMapLoaded(): Promise<MapLibreMap> {
  if (current) return Promise.resolve(current);
  return new Promise((resolve) => waiting.push(resolve));
}
