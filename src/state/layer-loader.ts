/**
 * Loads the layer files in the layer-loading worker (issue 15): fetching, parsing and
 * validating a city's 36 MB of GeoJSON must not block the page. Each layer is reported as soon
 * as all its features have arrived. Where no worker can run (a test in node, a policy that
 * forbids it, a worker that fails to start), the same loading runs in this thread.
 */
import type { Feature } from 'geojson';
import { loadLayers, type LoadableLayer, type LoadedLayer } from '../domain/load.ts';
import { fetchLayerText, urlOf } from './data-files.ts';
import type { LayerLoadRequest, LayerLoadResponse, LayerToLoad } from './layer-load-protocol.ts';

/** A loaded layer, with what the map should read (features, or the URL of a GeoJSON blob). */
export interface LoadedForMap extends LoadedLayer {
  /** A `blob:` URL of the valid features for MapLibre's worker; undefined to pass the features. */
  mapUrl?: string;
}

let nextId = 1;

/**
 * Loads every layer; reports each as soon as it is in.
 * @param layers the layer definitions
 * @param onLoaded called once per layer, in completion order
 * @returns all loaded layers, in the order of `layers`
 */
export function loadLayersOffThread(
  layers: readonly LoadableLayer[],
  onLoaded: (loaded: LoadedForMap) => void,
): Promise<LoadedForMap[]> {
  const toLoad: LayerToLoad[] = [];
  for (const layer of layers) {
    const url = urlOf(layer.source);
    if (url === undefined) return loadLayers(layers, fetchLayerText, onLoaded);
    // Only the plain parts loading needs (a layer definition also holds styles and legends).
    const { id, source, geometry, properties } = layer;
    toLoad.push({ id, source, geometry, properties, url: new URL(url, location.href).href });
  }
  let worker: Worker;
  try {
    worker = new Worker(new URL('./layer-load.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return loadLayers(layers, fetchLayerText, onLoaded);
  }
  const id = nextId++;
  return new Promise<LoadedForMap[]>((resolve) => {
    const features = new Map<string, Feature[]>();
    const done = new Map<string, LoadedForMap>();
    const finish = () => {
      worker.terminate();
      resolve(layers.map((l) => done.get(l.id)!));
    };
    worker.onmessage = (event: MessageEvent<LayerLoadResponse>) => {
      const msg = event.data;
      if (msg.id !== id) return;
      if (msg.type === 'features') {
        const chunk = JSON.parse(msg.json) as Feature[];
        const list = features.get(msg.layerId);
        if (list) for (const f of chunk) list.push(f);
        else features.set(msg.layerId, chunk);
        return;
      }
      const loaded: LoadedForMap = {
        layerId: msg.layerId,
        file: msg.file,
        features: features.get(msg.layerId) ?? [],
        problems: msg.problems,
        mapUrl: msg.mapBlob ? URL.createObjectURL(msg.mapBlob) : undefined,
      };
      features.delete(msg.layerId);
      done.set(msg.layerId, loaded);
      onLoaded(loaded);
      if (done.size === layers.length) finish();
    };
    worker.onerror = (e) => {
      // The worker could not start or crashed: load what is missing here, as before.
      e.preventDefault();
      worker.terminate();
      const missing = layers.filter((l) => !done.has(l.id));
      void loadLayers(missing, fetchLayerText, onLoaded).then((rest) => {
        for (const r of rest) done.set(r.layerId, r);
        resolve(layers.map((l) => done.get(l.id)!));
      });
    };
    try {
      worker.postMessage({ id, layers: toLoad } satisfies LayerLoadRequest);
    } catch {
      worker.terminate();
      void loadLayers(layers, fetchLayerText, onLoaded).then(resolve);
    }
  });
}
