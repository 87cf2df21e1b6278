/**
 * The layer-loading worker (issue 15): fetches each layer file, parses and validates it off the
 * main thread, and sends the valid features back in chunks, so that no single message costs the
 * main thread more than a few tens of milliseconds to receive. The chunks travel as JSON text:
 * `JSON.parse` on the main thread builds leaner objects than a structured clone of the same
 * features (105 MB against 120 MB of heap at city scale; loading in the main thread measured
 * 57 MB, a gap not yet explained: README § City-scale start-up). For a big layer it also sends the
 * valid features as one GeoJSON Blob, which the map reads through MapLibre's own worker (a
 * `blob:` URL) instead of the main thread serialising 150,000 features for it.
 */
import { loadLayer } from '../domain/load.ts';
import {
  LOAD_CHUNK,
  MAP_BLOB_MIN,
  type LayerLoadRequest,
  type LayerLoadResponse,
} from './layer-load-protocol.ts';

interface WorkerScope {
  postMessage(message: LayerLoadResponse): void;
  onmessage: ((event: MessageEvent<LayerLoadRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

scope.onmessage = (event) => {
  const { id, layers } = event.data;
  for (const layer of layers) {
    void loadLayer(layer, () => fetchText(layer.url)).then((loaded) => {
      const { features } = loaded;
      for (let i = 0; i < features.length; i += LOAD_CHUNK) {
        scope.postMessage({
          type: 'features',
          id,
          layerId: layer.id,
          json: JSON.stringify(features.slice(i, i + LOAD_CHUNK)),
        });
      }
      const mapBlob =
        features.length >= MAP_BLOB_MIN
          ? new Blob([JSON.stringify({ type: 'FeatureCollection', features })], {
              type: 'application/geo+json',
            })
          : null;
      scope.postMessage({
        type: 'loaded',
        id,
        layerId: layer.id,
        file: loaded.file,
        problems: loaded.problems,
        mapBlob,
      });
    });
  }
};
