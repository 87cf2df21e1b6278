/**
 * The surface worker: holds the dataset and a `SurfaceEngine` (with its cached buffers), and
 * answers compute and contour requests off the main thread. Heavy geometry runs here; the
 * main thread only receives bytes and a small statistics object.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point } from 'geojson';
import { initClipper } from '../../geo/clip/index.ts';
import { buildDataset, type Dataset } from '../../domain/dataset.ts';
import { SurfaceEngine } from './engine.ts';
import { builtUpArea } from './built-up.ts';
import { buildSurfaceInput } from './input.ts';
import type { SurfaceRequest, SurfaceResponse } from './protocol.ts';
import { withRdCrs } from './export.ts';
import type { ContourCollection, SurfaceClassCollection, SurfaceInput } from './types.ts';
import { repairSurfaceCollection } from './repair.ts';
import { encodeJson, toWgs84Collection } from './wgs84.ts';

interface WorkerScope {
  postMessage(message: SurfaceResponse, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<SurfaceRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

let engine: SurfaceEngine | null = null;
let input: SurfaceInput | null = null;
let ready: Promise<void> | null = null;
/** The last results in RD, kept for an export (issue 14). */
let lastClasses: SurfaceClassCollection | null = null;
let lastContours: ContourCollection | null = null;

function post(message: SurfaceResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

function pointFeatures(lngLat: Float64Array): Feature<Point>[] {
  const out: Feature<Point>[] = [];
  for (let i = 0; i + 1 < lngLat.length; i += 2) {
    out.push({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [lngLat[i]!, lngLat[i + 1]!] },
    });
  }
  return out;
}

async function handle(message: SurfaceRequest): Promise<void> {
  switch (message.type) {
    case 'init': {
      ready = initClipper(message.wasmUrl ? { wasmUrl: message.wasmUrl } : {});
      await ready;
      engine = new SurfaceEngine();
      post({ type: 'ready' });
      return;
    }
    case 'data': {
      const ds: Dataset = buildDataset([
        ...message.layers,
        ...message.points.map((p) => ({
          layerId: p.layerId,
          role: 'sensitive' as const,
          features: { type: 'FeatureCollection' as const, features: pointFeatures(p.lngLat) },
        })),
      ]);
      // Issue 14: without a chosen area, the statistics cover the built-up area, not farmland.
      input = buildSurfaceInput(ds, { studyArea: message.studyAreaRd ?? builtUpArea(ds) });
      return;
    }
    case 'compute': {
      await ready;
      if (!engine || !input) throw new Error('surface worker: no data yet');
      const { id } = message;
      const result = engine.computeSurface(
        { ...input, view: message.view ?? input.view },
        message.program,
        {
          onProgress: (fraction, step) => post({ type: 'progress', id, fraction, step }),
        },
      );
      // Issue 14: valid OGC geometry on the map and in the export (a post-pass; the engine's
      // output stays as it is).
      lastClasses = repairSurfaceCollection(result.classes);
      const classesJson = encodeJson(toWgs84Collection(lastClasses));
      post(
        {
          type: 'result',
          id,
          program: result.program,
          classesJson,
          stats: result.stats,
          timingsMs: result.timingsMs,
        },
        [classesJson.buffer],
      );
      return;
    }
    case 'contours': {
      await ready;
      if (!engine || !input) throw new Error('surface worker: no data yet');
      const contours = engine.computeContours({ ...input, view: message.view ?? input.view });
      lastContours = contours;
      const contoursJson = encodeJson(toWgs84Collection(contours));
      post({ type: 'contours', id: message.id, contoursJson, count: contours.features.length }, [
        contoursJson.buffer,
      ]);
      return;
    }
    case 'export': {
      const fc: FeatureCollection<MultiPolygon> | null =
        message.what === 'classes' ? lastClasses : lastContours;
      if (!fc) throw new Error(`surface worker: no ${message.what} to export yet`);
      const json = encodeJson(message.crs === 'rd' ? withRdCrs(fc) : toWgs84Collection(fc));
      post({ type: 'exported', id: message.id, json }, [json.buffer]);
      return;
    }
  }
}

// Messages are handled strictly in order: a compute waits for the data sent before it.
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event) => {
  const message = event.data;
  queue = queue.then(() =>
    handle(message).catch((error: unknown) => {
      const id = 'id' in message ? message.id : -1;
      post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
    }),
  );
};
