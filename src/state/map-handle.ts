/**
 * The app's one map, handed from the map component (src/ui/MapView.svelte) to
 * the state modules that draw on it (surface, sharing, print). The map
 * component owns and creates the map; everyone else waits for it here.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

let current: MapLibreMap | null = null;
let waiting: Array<(map: MapLibreMap) => void> = [];

/**
 * Called by the map component once the map has fired `load` (its style with
 * the draw-order anchors is then complete), and with `null` when it is destroyed.
 * @param map the loaded map, or null
 */
export function provideMap(map: MapLibreMap | null): void {
  current = map;
  if (!map) return;
  const ready = waiting;
  waiting = [];
  for (const resolve of ready) resolve(map);
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
