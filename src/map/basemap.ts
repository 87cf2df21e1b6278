/**
 * The optional online basemap (PDOK BRT Achtergrondkaart, vector tiles). Its
 * sources and layers go below the app's data layers; text uses the app's own
 * offline glyphs, and icon layers are left out (they would need PDOK's sprite).
 * Never used in tests; a failure rejects and the app keeps working.
 */
import type { LayerSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { ANCHOR_DATA_BOTTOM } from './anchors.ts';

/** PDOK BRT Achtergrondkaart, standard style, web mercator (../shared/DOMAIN.md § Public services). */
export const PDOK_BRT_STYLE_URL =
  'https://api.pdok.nl/kadaster/brt-achtergrondkaart/ogc/v1/styles/standaard__webmercatorquad?f=mapbox';

const PREFIX = 'pdok-';

/**
 * Loads the online basemap style and adds it below the data layers.
 * @param map the map
 * @param styleUrl the MapLibre style URL
 * @param fetchFn fetch (injectable)
 * @returns destroy(); rejects when the style cannot be loaded
 */
export async function addOnlineBasemap(
  map: Pick<
    MapLibreMap,
    'addSource' | 'addLayer' | 'getLayer' | 'getSource' | 'removeLayer' | 'removeSource'
  >,
  styleUrl = PDOK_BRT_STYLE_URL,
  fetchFn: typeof fetch = fetch,
): Promise<() => void> {
  const response = await fetchFn(styleUrl);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const style = (await response.json()) as StyleSpecification;
  const sourceIds: string[] = [];
  const layerIds: string[] = [];
  for (const [id, source] of Object.entries(style.sources ?? {})) {
    const sourceUrl = (source as { url?: string }).url;
    const resolved = sourceUrl ? { ...source, url: new URL(sourceUrl, styleUrl).href } : source;
    map.addSource(PREFIX + id, resolved as never);
    sourceIds.push(PREFIX + id);
  }
  for (const layer of style.layers ?? []) {
    if (
      layer.type === 'symbol' &&
      (layer.layout as Record<string, unknown> | undefined)?.['icon-image']
    )
      continue;
    const copy = { ...layer, id: PREFIX + layer.id } as LayerSpecification & { source?: string };
    if (copy.source) copy.source = PREFIX + copy.source;
    map.addLayer(copy, ANCHOR_DATA_BOTTOM);
    layerIds.push(copy.id);
  }
  return () => {
    for (const id of layerIds) if (map.getLayer(id)) map.removeLayer(id);
    for (const id of sourceIds) if (map.getSource(id)) map.removeSource(id);
  };
}
