/**
 * The app's side of the layer-loading worker (issue 15): chunks are put together in order, each
 * layer is reported once all of it is in, a big layer gets a blob URL for the map, only the plain
 * parts of a layer definition are sent, and a worker that fails falls back to loading here.
 */
import type { Feature } from 'geojson';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadableLayer } from '../../../src/domain/load.ts';
import type {
  LayerLoadRequest,
  LayerLoadResponse,
} from '../../../src/state/layer-load-protocol.ts';
import { loadLayersOffThread, type LoadedForMap } from '../../../src/state/layer-loader.ts';

const point = (id: string): Feature => ({
  type: 'Feature',
  properties: { id },
  geometry: { type: 'Point', coordinates: [5.6, 52.4] },
});

const LAYERS: LoadableLayer[] = [
  { id: 'a', source: { url: '/a.geojson' }, geometry: ['Point'], properties: {} },
  { id: 'b', source: { url: '/b.geojson' }, geometry: ['Point'], properties: {} },
];

/** A stand-in for the worker: the test answers its requests. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((e: { data: LayerLoadResponse }) => void) | null = null;
  onerror: ((e: { preventDefault: () => void }) => void) | null = null;
  requests: LayerLoadRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(request: LayerLoadRequest) {
    structuredClone(request); // a real worker refuses what cannot be cloned
    this.requests.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: LayerLoadResponse) {
    this.onmessage?.({ data });
  }
}

beforeEach(() => {
  vi.stubGlobal('location', { href: 'http://app.test/' });
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.last = null;
});

describe('loading the layers in a worker', () => {
  it('puts the chunks together in order and reports each layer when it is complete', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:http://app.test/1');
    const seen: LoadedForMap[] = [];
    const all = loadLayersOffThread(LAYERS, (l) => seen.push(l));
    const w = FakeWorker.last!;
    const { id, layers } = w.requests[0]!;
    expect(layers.map((l) => l.url)).toEqual([
      'http://app.test/a.geojson',
      'http://app.test/b.geojson',
    ]);
    w.answer({ type: 'features', id, layerId: 'b', json: JSON.stringify([point('b1')]) });
    w.answer({ type: 'features', id, layerId: 'a', json: JSON.stringify([point('a1')]) });
    w.answer({ type: 'features', id, layerId: 'a', json: JSON.stringify([point('a2')]) });
    const blob = new Blob(['{}']);
    w.answer({ type: 'loaded', id, layerId: 'a', file: '/a.geojson', problems: [], mapBlob: blob });
    expect(seen.map((l) => l.layerId)).toEqual(['a']);
    expect(seen[0]!.features.map((f) => f.properties!.id)).toEqual(['a1', 'a2']);
    expect(seen[0]!.mapUrl).toBe('blob:http://app.test/1');
    expect(w.terminated).toBe(false);
    w.answer({ type: 'loaded', id, layerId: 'b', file: '/b.geojson', problems: [], mapBlob: null });
    const result = await all;
    expect(result.map((l) => l.layerId)).toEqual(['a', 'b']);
    expect(result[1]!.features.map((f) => f.properties!.id)).toEqual(['b1']);
    expect(result[1]!.mapUrl).toBeUndefined();
    expect(w.terminated).toBe(true);
  });

  it('sends only the plain parts of a layer definition (styles may not be cloneable)', () => {
    const withStyle = { ...LAYERS[0]!, style: [{ paint: () => 'red' }] } as LoadableLayer;
    void loadLayersOffThread([withStyle], () => {});
    expect(Object.keys(FakeWorker.last!.requests[0]!.layers[0]!).sort()).toEqual([
      'geometry',
      'id',
      'properties',
      'source',
      'url',
    ]);
  });

  it('loads the layers in this thread when the worker fails', async () => {
    const body = JSON.stringify({ type: 'FeatureCollection', features: [point('x')] });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body, { status: 200 })),
    );
    const all = loadLayersOffThread(LAYERS, () => {});
    FakeWorker.last!.onerror?.({ preventDefault: () => {} });
    const result = await all;
    expect(result.map((l) => [l.layerId, l.features.length, l.problems.length])).toEqual([
      ['a', 1, 0],
      ['b', 1, 0],
    ]);
    expect(FakeWorker.last!.terminated).toBe(true);
  });
});
