import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../../layers/index.ts';
import { baseStyle } from '../../../src/map/create-map.ts';
import { addDataLayer } from '../../../src/map/data-layers.ts';
import { buildStyle } from '../../../src/map/style.ts';
import {
  addSurfaceLayers,
  CONTOURS_SOURCE,
  HATCH_IMAGE,
  hatchImage,
  SURFACE_SOURCE,
  surfaceStyleLayers,
} from '../../../src/map/surface-layers.ts';

describe('surface map layers', () => {
  it('form a valid style together with the app layers, with unique ids', () => {
    const base = buildStyle(LAYERS);
    const style: StyleSpecification = {
      ...base,
      sources: {
        ...base.sources,
        [SURFACE_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
        [CONTOURS_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      },
      layers: [...base.layers, ...surfaceStyleLayers()],
    };
    expect(validateStyleMin(style)).toEqual([]);
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws a hatch that tiles: opaque diagonal pixels, transparent elsewhere', () => {
    const img = hatchImage();
    expect(img.data.length).toBe(img.width * img.height * 4);
    const alpha = (x: number, y: number) => img.data[(y * img.width + x) * 4 + 3];
    expect(alpha(0, 0)).toBeGreaterThan(0);
    expect(alpha(img.width - 1, 1)).toBeGreaterThan(0); // wraps onto the next tile's line
    expect(alpha(5, 0)).toBe(0);
  });

  it('adds, toggles and removes everything it adds (fake map)', () => {
    const calls: string[] = [];
    const layers = new Map<string, unknown>();
    const sources = new Map<string, { setData: (d: unknown) => void }>();
    const images = new Set<string>();
    const map = {
      addSource: (id: string) => {
        sources.set(id, { setData: (d: unknown) => calls.push(`data ${id} ${String(d)}`) });
      },
      addLayer: (l: { id: string }) => layers.set(l.id, l),
      addImage: (id: string) => images.add(id),
      hasImage: (id: string) => images.has(id),
      removeImage: (id: string) => images.delete(id),
      getLayer: (id: string) => layers.get(id),
      getSource: (id: string) => sources.get(id),
      removeLayer: (id: string) => layers.delete(id),
      removeSource: (id: string) => sources.delete(id),
      setLayoutProperty: (id: string, key: string, value: string) =>
        calls.push(`${id} ${key} ${value}`),
    };
    const handle = addSurfaceLayers(map as never);
    expect(images.has(HATCH_IMAGE)).toBe(true);
    expect(layers.size).toBe(4);
    handle.setClassesUrl('blob:a');
    handle.setClassesUrl('blob:a'); // unchanged: not sent again
    handle.setContoursVisible(true);
    expect(calls).toEqual([
      `data ${SURFACE_SOURCE} blob:a`,
      'surface-contours-line visibility visible',
      'surface-contours-label visibility visible',
    ]);
    handle.destroy();
    expect(layers.size + sources.size + images.size).toBe(0);
  });
});

describe('surface map layers in the draw order', () => {
  /** A map that keeps its layer ids in draw order and inserts before the given id, like MapLibre. */
  function orderedMap() {
    const ids = baseStyle().layers.map((l) => l.id);
    return {
      ids,
      hasImage: () => false,
      addImage: () => undefined,
      addSource: () => undefined,
      getSource: () => undefined,
      getLayer: (id: string) => (ids.includes(id) ? { id } : undefined),
      addLayer: (l: { id: string }, before?: string) => {
        const i = before === undefined ? -1 : ids.indexOf(before);
        ids.splice(i < 0 ? ids.length : i, 0, l.id);
      },
    };
  }

  it.each(['surface first (a link)', 'data first (the tab)'])(
    'cover the data layers and stay below the labels: %s',
    (order) => {
      const map = orderedMap();
      const zones = LAYERS.find((l) => l.id === 'bedrijventerreinen')!;
      const addData = () => addDataLayer(map as never, zones, [], LAYERS);
      if (order.startsWith('surface')) {
        addSurfaceLayers(map as never);
        addData();
      } else {
        addData();
        addSurfaceLayers(map as never);
      }
      const at = (id: string) => map.ids.indexOf(id);
      expect(at('surface-classes-fill')).toBeGreaterThan(at('bedrijventerreinen-fill'));
      expect(at('surface-classes-hatch')).toBeGreaterThan(at('bedrijventerreinen-line'));
      expect(at('surface-classes-hatch')).toBeLessThan(at('bedrijventerreinen-label'));
    },
  );
});
