/**
 * Adds a layer definition's data and style layers to the map, keeps the draw
 * order of `LAYERS` whatever order the files arrive in (labels of all layers
 * above all fills and lines), and applies visibility
 * and opacity sending only the keys that changed.
 */
import type { FeatureCollection, Feature } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerDefinition } from '../../layers/types.ts';
import { ANCHOR_ANALYSIS, ANCHOR_DATA_TOP } from './anchors.ts';
import { emptyGeoJsonSource, opacityPaint, toStyleLayers } from './style.ts';

/** What the layer panel controls. */
export interface LayerDisplay {
  visible: boolean;
  opacity: number;
}

/** A layer on the map. */
export interface DataLayerHandle {
  layerId: string;
  styleLayerIds: readonly string[];
  /** Replaces the features (skipped when it is the same array as last time). */
  setData: (features: readonly Feature[]) => void;
  /** Applies visibility and opacity; sends only what changed since the last call. */
  setDisplay: (display: LayerDisplay) => void;
  destroy: () => void;
}

type MapLike = Pick<
  MapLibreMap,
  | 'addSource'
  | 'addLayer'
  | 'getLayer'
  | 'getSource'
  | 'removeLayer'
  | 'removeSource'
  | 'setLayoutProperty'
  | 'setPaintProperty'
>;

/**
 * Adds a layer to the map below the next layer in `order` that is already there.
 * @param map the map
 * @param layer the layer definition (source id = layer id)
 * @param features its validated WGS84 features
 * @param order all layer definitions in draw order
 * @param url where MapLibre's worker reads the same features (a GeoJSON blob), instead of `features`
 * @returns the handle
 */
export function addDataLayer(
  map: MapLike,
  layer: LayerDefinition,
  features: readonly Feature[],
  order: readonly LayerDefinition[],
  url?: string,
): DataLayerHandle {
  const index = order.findIndex((l) => l.id === layer.id);
  const later = order.slice(index + 1).flatMap((l) => l.style);
  const beforeOf = (symbol: boolean): string =>
    later.find((s) => (s.type === 'symbol') === symbol && map.getLayer(s.id))?.id ??
    (symbol ? ANCHOR_DATA_TOP : ANCHOR_ANALYSIS);
  // With a URL (the same features as a GeoJSON blob), MapLibre's worker reads them itself.
  map.addSource(layer.id, {
    ...emptyGeoJsonSource(),
    data: url ?? toCollection(features),
  } as never);
  const styleLayers = toStyleLayers(layer);
  for (const s of styleLayers) map.addLayer(s, beforeOf(s.type === 'symbol'));

  let lastData = features;
  let lastVisible: boolean | undefined;
  const lastPaint = new Map<string, string>();
  return {
    layerId: layer.id,
    styleLayerIds: styleLayers.map((s) => s.id),
    setData(next) {
      if (next === lastData) return;
      lastData = next;
      (map.getSource(layer.id) as GeoJSONSource | undefined)?.setData(toCollection(next));
    },
    setDisplay({ visible, opacity }) {
      if (visible !== lastVisible) {
        lastVisible = visible;
        for (const s of layer.style) {
          map.setLayoutProperty(s.id, 'visibility', visible ? 'visible' : 'none');
        }
      }
      for (const s of layer.style) {
        for (const [key, value] of Object.entries(opacityPaint(s, opacity))) {
          const id = `${s.id}\u0000${key}`;
          const json = JSON.stringify(value);
          if (lastPaint.get(id) === json) continue;
          lastPaint.set(id, json);
          map.setPaintProperty(s.id, key as never, value as never);
        }
      }
    },
    destroy() {
      for (const s of styleLayers) if (map.getLayer(s.id)) map.removeLayer(s.id);
      if (map.getSource(layer.id)) map.removeSource(layer.id);
    },
  };
}

function toCollection(features: readonly Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features: features as Feature[] };
}
