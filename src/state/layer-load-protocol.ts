/** Messages between the app and the layer-loading worker (src/state/layer-load.worker.ts). */
import type { LoadableLayer } from '../domain/load.ts';
import type { LoadProblem } from '../domain/validate.ts';

/**
 * Features per message: parsing one chunk of 5,000 dwellings (about 1 MB of JSON) costs the main
 * thread some milliseconds, so a 150,000-dwelling city arrives in 30 short tasks.
 */
export const LOAD_CHUNK = 5000;

/**
 * From this many valid features a layer also comes as a GeoJSON Blob for the map: MapLibre's
 * worker then parses it, and the main thread does not serialise the features for it.
 */
export const MAP_BLOB_MIN = 10_000;

/** A layer to load: its definition's loading part, with the absolute URL of its file. */
export type LayerToLoad = LoadableLayer & { url: string };

export interface LayerLoadRequest {
  id: number;
  layers: LayerToLoad[];
}

export type LayerLoadResponse =
  /** A chunk of valid features, as the JSON text of an array. */
  | { type: 'features'; id: number; layerId: string; json: string }
  | {
      type: 'loaded';
      id: number;
      layerId: string;
      file: string;
      problems: LoadProblem[];
      /** The valid features as one FeatureCollection, for the map; null for small layers. */
      mapBlob: Blob | null;
    };
