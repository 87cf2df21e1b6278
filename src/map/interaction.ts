/**
 * Map interaction: clicking a feature, the pointer cursor, fitting bounds.
 */
import type { LngLatBoundsLike, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { LayerDefinition, LayerRole } from '../../layers/types.ts';

/** A clicked feature: its layer and its index in that layer's validated features. */
export interface FeatureHit {
  layerId: string;
  featureIndex: number;
}

/** Which layer wins where several overlap: the smallest, most specific objects first. */
const ROLE_PRIORITY: Readonly<Record<LayerRole, number>> = {
  business: 0,
  sensitive: 1,
  zone: 2,
  neighbourhood: 3,
  base: 4,
};

/**
 * Calls `onHit` with the feature under a click (or `null` for empty map).
 * @param map the map
 * @param layers the layer definitions that can be clicked
 * @param onHit receives the hit
 * @returns destroy()
 */
export function onFeatureClick(
  map: Pick<MapLibreMap, 'on' | 'off' | 'queryRenderedFeatures' | 'getLayer' | 'getCanvas'>,
  layers: readonly LayerDefinition[],
  onHit: (hit: FeatureHit | null) => void,
): () => void {
  const layerOfStyle = new Map<string, LayerDefinition>();
  for (const l of layers)
    for (const s of l.style) if (s.type !== 'symbol') layerOfStyle.set(s.id, l);

  const hitAt = (e: MapMouseEvent): FeatureHit | null => {
    const ids = [...layerOfStyle.keys()].filter((id) => map.getLayer(id));
    const found = map.queryRenderedFeatures(e.point, { layers: ids });
    let best: { hit: FeatureHit; rank: number } | undefined;
    found.forEach((f, order) => {
      const layer = layerOfStyle.get(f.layer.id);
      if (!layer || typeof f.id !== 'number') return;
      const rank = ROLE_PRIORITY[layer.role] * 1e6 + order;
      if (!best || rank < best.rank)
        best = { hit: { layerId: layer.id, featureIndex: f.id }, rank };
    });
    return best?.hit ?? null;
  };
  const click = (e: MapMouseEvent) => onHit(hitAt(e));
  const move = (e: MapMouseEvent) => {
    const hit = hitAt(e);
    map.getCanvas().style.cursor =
      hit && hit.layerId && !isBase(layers, hit.layerId) ? 'pointer' : '';
  };
  map.on('click', click);
  map.on('mousemove', move);
  return () => {
    map.off('click', click);
    map.off('mousemove', move);
  };
}

function isBase(layers: readonly LayerDefinition[], id: string): boolean {
  return layers.find((l) => l.id === id)?.role === 'base';
}

/**
 * Fits the map to bounds.
 * @param map the map
 * @param bounds `[minLng, minLat, maxLng, maxLat]`
 * @param animate whether to animate (not for the first view)
 */
export function fitToBounds(
  map: Pick<MapLibreMap, 'fitBounds'>,
  bounds: [number, number, number, number],
  animate = true,
): void {
  map.fitBounds(bounds as LngLatBoundsLike, { padding: 40, duration: animate ? 600 : 0 });
}
