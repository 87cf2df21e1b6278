/**
 * Overlays: map layers that come from app state (a drawn proposal, a check
 * result, a surface), drawn above the data layers. Later features use this
 * instead of calling MapLibre themselves.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { StyleLayer } from '../../layers/types.ts';
import { ANCHOR_OVERLAY_TOP } from './anchors.ts';
import { emptyGeoJsonSource, toStyleLayers } from './style.ts';

export interface OverlayHandle {
  /** Replaces the data; skipped when it is the same object as last time. */
  setData: (data: FeatureCollection) => void;
  setVisible: (visible: boolean) => void;
  destroy: () => void;
}

/** The map calls of an overlay. */
export type OverlayMap = Pick<
  MapLibreMap,
  | 'addSource'
  | 'addLayer'
  | 'getLayer'
  | 'getSource'
  | 'removeLayer'
  | 'removeSource'
  | 'setLayoutProperty'
>;

/**
 * Adds an overlay (one GeoJSON source and its style layers) above the data layers.
 * @param map the map
 * @param id source id; style layer ids should start with it
 * @param style the style layers (without `source`); labels: see layers/labels.ts
 * @param data initial data
 * @returns the handle
 * @example
 * const overlay = addOverlay(map, 'locatiecheck', [{ id: 'locatiecheck-line', type: 'line', paint: {...} }]);
 * $effect(() => overlay.setData(checkResult.geojson));
 */
export function addOverlay(
  map: OverlayMap,
  id: string,
  style: readonly StyleLayer[],
  data: FeatureCollection = { type: 'FeatureCollection', features: [] },
): OverlayHandle {
  map.addSource(id, { ...emptyGeoJsonSource(), data } as never);
  const layers = toStyleLayers({ id, style });
  for (const l of layers) map.addLayer(l, ANCHOR_OVERLAY_TOP);
  let last = data;
  let lastVisible = true;
  return {
    setData(next) {
      if (next === last) return;
      last = next;
      (map.getSource(id) as GeoJSONSource | undefined)?.setData(next);
    },
    setVisible(visible) {
      if (visible === lastVisible) return;
      lastVisible = visible;
      for (const l of layers)
        map.setLayoutProperty(l.id, 'visibility', visible ? 'visible' : 'none');
    },
    destroy() {
      for (const l of layers) if (map.getLayer(l.id)) map.removeLayer(l.id);
      if (map.getSource(id)) map.removeSource(id);
    },
  };
}
