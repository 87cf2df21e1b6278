/**
 * Turns layer definitions into MapLibre style parts. No map needed: the unit
 * tests validate a style built from all layers with the style-spec validator.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { LayerDefinition, StyleLayer } from '../../layers/types.ts';
import { GLYPHS_URL_TEMPLATE } from './glyphs-url.ts';

/**
 * The style layers of a layer definition with `source` set (source id = layer id).
 * @param layer the layer definition
 * @returns MapLibre style layers
 */
export function toStyleLayers(layer: Pick<LayerDefinition, 'id' | 'style'>): LayerSpecification[] {
  return layer.style.map((s: StyleLayer) => ({ ...s, source: layer.id }) as LayerSpecification);
}

/**
 * An empty GeoJSON source for a layer; `generateId` numbers features by their index,
 * so a clicked feature's id is its index in the validated data.
 * @returns the source specification
 */
export function emptyGeoJsonSource(): SourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, generateId: true };
}

/**
 * A complete style with every layer and an empty source for each.
 * @param layers layer definitions in draw order
 * @returns a style document
 */
export function buildStyle(layers: readonly LayerDefinition[]): StyleSpecification {
  return {
    version: 8,
    glyphs: GLYPHS_URL_TEMPLATE,
    sources: Object.fromEntries(layers.map((l) => [l.id, emptyGeoJsonSource()])),
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } },
      ...layers.flatMap(toStyleLayers),
    ],
  };
}

/** The paint keys that carry opacity for each style layer type. */
export const OPACITY_KEYS: Readonly<Record<string, readonly string[]>> = {
  fill: ['fill-opacity'],
  line: ['line-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
  symbol: ['text-opacity', 'icon-opacity'],
  'fill-extrusion': ['fill-extrusion-opacity'],
  heatmap: ['heatmap-opacity'],
  raster: ['raster-opacity'],
};

/**
 * The paint values that show a style layer at a layer opacity: the style's own
 * opacity times the layer's. Zoom expressions cannot be nested in arithmetic, so
 * those keep their own value (at opacity 1) or take the plain layer opacity.
 * @param styleLayer the style layer
 * @param opacity the layer opacity, 0–1
 * @returns paint key → value
 */
export function opacityPaint(styleLayer: StyleLayer, opacity: number): Record<string, unknown> {
  const paint = (styleLayer as { paint?: Record<string, unknown> }).paint ?? {};
  const out: Record<string, unknown> = {};
  for (const key of OPACITY_KEYS[styleLayer.type] ?? []) {
    const own = paint[key];
    if (own === undefined) out[key] = opacity;
    else if (typeof own === 'number') out[key] = own * opacity;
    else if (JSON.stringify(own).includes('"zoom"')) out[key] = opacity === 1 ? own : opacity;
    else out[key] = ['*', opacity, own];
  }
  return out;
}
