/**
 * Map layers of the wijkprofielen (issue 16): the buurten as a classed choropleth. Each
 * feature carries its class colour (`color`), class index (`cls`, -1 = geen gegevens) and
 * whether it is selected; switching indicator only replaces the data, the layers stay. The
 * fill lies in the analysis band (below the labels, above the data layers), like the surface.
 */
import type { FeatureCollection } from 'geojson';
import type {
  GeoJSONSource,
  LayerSpecification,
  Map as MapLibreMap,
  MapLayerMouseEvent,
} from 'maplibre-gl';
import { ANCHOR_LABELS } from './anchors.ts';

/** Source and style layer ids (exported for tests). */
export const WIJK_SOURCE = 'wijkprofiel';
export const WIJK_FILL = 'wijkprofiel-fill';
export const WIJK_OUTLINE = 'wijkprofiel-outline';
export const WIJK_SELECTED = 'wijkprofiel-selected';

/** Outline colours: thin grey for every buurt, thick dark for the selected one. */
const OUTLINE_COLOR = '#5d574e';
const SELECTED_COLOR = '#111111';

/**
 * The style layers of the choropleth (without data).
 * @returns fill, outline and selection outline, bottom first
 * @example wijkprofielStyleLayers().map((l) => l.id)
 */
export function wijkprofielStyleLayers(): LayerSpecification[] {
  return [
    {
      id: WIJK_FILL,
      type: 'fill',
      source: WIJK_SOURCE,
      paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.78 },
    },
    {
      id: WIJK_OUTLINE,
      type: 'line',
      source: WIJK_SOURCE,
      paint: { 'line-color': OUTLINE_COLOR, 'line-width': 0.8, 'line-opacity': 0.8 },
    },
    {
      id: WIJK_SELECTED,
      type: 'line',
      source: WIJK_SOURCE,
      filter: ['==', ['get', 'selected'], true],
      paint: { 'line-color': SELECTED_COLOR, 'line-width': 3.5 },
    },
  ];
}

/** What the wijkprofiel state needs from the map layers. */
export interface WijkprofielLayersHandle {
  /** Replaces the data; skipped when it is the same object as last time. */
  setData: (data: FeatureCollection) => void;
  setVisible: (visible: boolean) => void;
  destroy: () => void;
}

/** The map calls the choropleth makes. */
export type WijkprofielMap = Pick<
  MapLibreMap,
  | 'addSource'
  | 'addLayer'
  | 'getLayer'
  | 'getSource'
  | 'removeLayer'
  | 'removeSource'
  | 'setLayoutProperty'
  | 'on'
  | 'off'
>;

/**
 * Adds the choropleth to a map.
 * @param map the map (after `load`)
 * @param onClick called with the `id` property of a clicked buurt while the layers are visible
 * @returns a handle to feed data and toggle visibility; `destroy()` removes everything
 * @example const layers = addWijkprofielLayers(map, (id) => select(id)); layers.setData(fc);
 */
export function addWijkprofielLayers(
  map: WijkprofielMap,
  onClick: (id: string) => void,
): WijkprofielLayersHandle {
  let last: FeatureCollection = { type: 'FeatureCollection', features: [] };
  let visible = true;
  map.addSource(WIJK_SOURCE, { type: 'geojson', data: last });
  const layers = wijkprofielStyleLayers();
  for (const l of layers) map.addLayer(l, map.getLayer(ANCHOR_LABELS) ? ANCHOR_LABELS : undefined);
  const click = (e: MapLayerMouseEvent): void => {
    const id = e.features?.[0]?.properties?.id;
    if (visible && typeof id === 'string') onClick(id);
  };
  map.on('click', WIJK_FILL, click);
  return {
    setData(next) {
      if (next === last) return;
      last = next;
      (map.getSource(WIJK_SOURCE) as GeoJSONSource | undefined)?.setData(next);
    },
    setVisible(next) {
      if (next === visible) return;
      visible = next;
      for (const l of layers) map.setLayoutProperty(l.id, 'visibility', next ? 'visible' : 'none');
    },
    destroy() {
      map.off('click', WIJK_FILL, click);
      for (const l of layers) if (map.getLayer(l.id)) map.removeLayer(l.id);
      if (map.getSource(WIJK_SOURCE)) map.removeSource(WIJK_SOURCE);
    },
  };
}
