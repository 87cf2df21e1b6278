/**
 * Messages between the app and the surface worker (`surface.worker.ts`).
 *
 * The app sends `init` once, `data` whenever the layers change, then `compute` or
 * `contours` requests with increasing ids. The worker answers each request with
 * `progress` messages and one `result`/`contours`/`error` carrying the same id. Results
 * carry the WGS84 GeoJSON as UTF-8 bytes in a transferable buffer, so the main thread
 * neither clones nor parses a large object: it hands a Blob URL to the map.
 * Superseding: the client keeps at most one request waiting and drops answers to
 * requests it no longer wants (see `src/state/surface.svelte.ts`).
 */
import type { PolygonalRd } from '../../geo/types.ts';
import type { DatasetLayerInput } from '../../domain/dataset.ts';
import type { RuleView } from '../../rules/location-check.ts';
import type { SurfaceProgram, SurfaceStats } from './types.ts';

/** A sensitive layer sent as flat WGS84 points (`[lng0, lat0, lng1, lat1, …]`, transferable). */
export interface PointLayerMessage {
  layerId: string;
  lngLat: Float64Array;
}

/** App → worker. */
export type SurfaceRequest =
  | { type: 'init'; wasmUrl?: string }
  | {
      type: 'data';
      /** Zones, businesses, buurten and sensitive areas (polygons) as GeoJSON (WGS84 unless `crs` says RD). */
      layers: DatasetLayerInput[];
      /** Dwellings, schools, care: the points of the sensitive layers. */
      points: PointLayerMessage[];
      /** A drawn study area in RD; default the data extent. */
      studyAreaRd?: PolygonalRd;
    }
  | { type: 'compute'; id: number; program: SurfaceProgram; view?: RuleView }
  | { type: 'contours'; id: number; view?: RuleView }
  /** The last surface or contours as GeoJSON for download, in RD (with `crs`) or WGS84. */
  | { type: 'export'; id: number; what: 'classes' | 'contours'; crs: 'rd' | 'wgs84' };

/** Worker → app. */
export type SurfaceResponse =
  | { type: 'ready' }
  | { type: 'progress'; id: number; fraction: number; step: string }
  | {
      type: 'result';
      id: number;
      program: SurfaceProgram;
      /** The three class features in WGS84, JSON as UTF-8. */
      classesJson: Uint8Array<ArrayBuffer>;
      stats: SurfaceStats;
      timingsMs: Record<string, number>;
    }
  | { type: 'contours'; id: number; contoursJson: Uint8Array<ArrayBuffer>; count: number }
  | { type: 'exported'; id: number; json: Uint8Array<ArrayBuffer> }
  | { type: 'error'; id: number; message: string };
