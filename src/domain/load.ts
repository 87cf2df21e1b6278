/**
 * Loading of layer data: fetch every layer's file in parallel through an
 * injected `loadText`, validate it, and hand each result over as soon as it is
 * ready. No DOM, no map: the caller decides how to fetch and what to do.
 */
import type { Feature } from 'geojson';
import type { GeometryKind, PropertySchema } from './schema.ts';
import { makeProblem, validateLayerData, type ValidationResult } from './validate.ts';

/** Where a layer's GeoJSON comes from (same shape as `LayerSource` in layers/types.ts). */
export type DataSource = { file: string } | { url: string };

/** The part of a layer definition loading needs. */
export interface LoadableLayer {
  id: string;
  source: DataSource;
  geometry: readonly GeometryKind[];
  properties: PropertySchema;
}

/** Reads the text of a source; rejects when the source cannot be read. */
export type LoadText = (source: DataSource) => Promise<string>;

/** A loaded layer: its id, file name and validation result. */
export interface LoadedLayer extends ValidationResult {
  layerId: string;
  file: string;
}

/**
 * The name a source is reported under: its file path or its URL.
 * @param source a layer source
 * @returns the file name
 * @example sourceName({ file: 'voorbeeldstad/water.geojson' }) // 'voorbeeldstad/water.geojson'
 */
export function sourceName(source: DataSource): string {
  return 'file' in source ? source.file : source.url;
}

/**
 * Loads and validates one layer. Never rejects: a read failure is a problem.
 * @param layer the layer definition
 * @param loadText reads a source's text
 * @returns the loaded layer
 * @example const loaded = await loadLayer(BEDRIJVEN, (s) => fs.readFile(...));
 */
export async function loadLayer(layer: LoadableLayer, loadText: LoadText): Promise<LoadedLayer> {
  const file = sourceName(layer.source);
  let text: string;
  try {
    text = await loadText(layer.source);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      layerId: layer.id,
      file,
      features: [],
      problems: [makeProblem(file, 'load-failed', { detail })],
    };
  }
  return { layerId: layer.id, file, ...validateLayerData(file, text, layer) };
}

/**
 * Loads all layers in parallel and reports each as soon as it is validated.
 * @param layers the layer definitions
 * @param loadText reads a source's text
 * @param onLoaded called once per layer, in completion order
 * @returns all loaded layers, in the order of `layers`
 * @example await loadLayers(LAYERS, fetchText, (l) => addToMap(l));
 */
export async function loadLayers(
  layers: readonly LoadableLayer[],
  loadText: LoadText,
  onLoaded: (loaded: LoadedLayer) => void = () => {},
): Promise<LoadedLayer[]> {
  return Promise.all(
    layers.map(async (layer) => {
      const loaded = await loadLayer(layer, loadText);
      onLoaded(loaded);
      return loaded;
    }),
  );
}

/**
 * The bounding box of features, `[minLng, minLat, maxLng, maxLat]`, or `undefined` when empty.
 * @param features WGS84 features
 * @returns the bounding box
 * @example boundsOf(features) // [4.9, 52.3, 5.0, 52.4]
 */
export function boundsOf(
  features: readonly Feature[],
): [number, number, number, number] | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      minX = Math.min(minX, c[0]);
      maxX = Math.max(maxX, c[0]);
      minY = Math.min(minY, c[1]);
      maxY = Math.max(maxY, c[1]);
      return;
    }
    c.forEach(visit);
  };
  for (const f of features) {
    if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  }
  return minX <= maxX ? [minX, minY, maxX, maxY] : undefined;
}
