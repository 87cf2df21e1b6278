/** Search for a place over the loaded data, and the PDOK answer reader (issue 14). */
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadAppLayers } from '../../../../src/cli/load-layers.ts';
import {
  buildPlaceIndex,
  normaliseQuery,
  parsePdokResponse,
  pdokSearchUrl,
  searchPlaces,
  streetOf,
  type SearchLayer,
} from '../../../../src/analysis/tools/place-search.ts';

const ROOT = new URL('../../../../', import.meta.url).pathname;
const point = (lng: number, lat: number, props: Record<string, unknown>): Feature => ({
  type: 'Feature',
  properties: props,
  geometry: { type: 'Point', coordinates: [lng, lat] },
});
const square = (lng: number, lat: number, props: Record<string, unknown>): Feature => ({
  type: 'Feature',
  properties: props,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lng, lat],
        [lng + 0.01, lat],
        [lng + 0.01, lat + 0.01],
        [lng, lat + 0.01],
        [lng, lat],
      ],
    ],
  },
});

const LAYERS: SearchLayer[] = [
  {
    layerId: 'woningen',
    role: 'sensitive',
    features: [
      point(5.6, 52.4, { id: 'W1', address: 'Kerkstraat 1', postcode: '1234 AB' }),
      point(5.61, 52.41, { id: 'W2', address: 'Kerkstraat 12a', postcode: '1234AB' }),
      point(5.62, 52.42, { id: 'W3', address: 'Ëlzenhof 3' }),
    ],
  },
  {
    layerId: 'bedrijventerreinen',
    role: 'zone',
    features: [square(5.5, 52.3, { id: 'BT01', name: 'Havenkwartier-West' })],
  },
  {
    layerId: 'buurten',
    role: 'neighbourhood',
    features: [square(5.7, 52.3, { id: 'BU09990001', name: 'Binnenstad', code: 'BU09990001' })],
  },
  {
    layerId: 'bedrijven',
    role: 'business',
    features: [point(5.55, 52.35, { id: 'B0001', name: 'Bakkerij De Korenaar' })],
  },
  { layerId: 'base-wegen', role: 'base', features: [square(5, 52, { name: 'Kerkstraat' })] },
];

describe('place search', () => {
  const index = buildPlaceIndex(LAYERS);

  it('normalises case, accents and postcode spacing', () => {
    expect(normaliseQuery('  Ëlzenhof  3 ')).toBe('elzenhof 3');
    expect(normaliseQuery('1234 ab')).toBe('1234ab');
    expect(streetOf('Kerkstraat 12a')).toBe('Kerkstraat');
    expect(streetOf('Kerkstraat')).toBeUndefined();
  });

  it('finds an address by its start, with accents left out', () => {
    const [first] = searchPlaces(index, 'elzenhof 3');
    expect(first).toMatchObject({ kind: 'address', label: 'Ëlzenhof 3', layerId: 'woningen' });
    expect(first?.featureIndex).toBe(2);
  });

  it('finds a street as one result spanning all its addresses', () => {
    const street = searchPlaces(index, 'kerkstr').find((r) => r.kind === 'street');
    expect(street?.label).toBe('Kerkstraat');
    expect(street?.bbox).toEqual([5.6, 52.4, 5.61, 52.41]);
  });

  it('finds a postcode written with or without the space', () => {
    for (const q of ['1234 AB', '1234ab']) {
      const pc = searchPlaces(index, q).find((r) => r.kind === 'postcode');
      expect(pc?.bbox).toEqual([5.6, 52.4, 5.61, 52.41]);
    }
  });

  it('finds a zone, a buurt (by name and by code) and a business; never the base map', () => {
    expect(searchPlaces(index, 'havenkwartier')[0]).toMatchObject({
      kind: 'zone',
      label: 'Havenkwartier-West',
    });
    expect(searchPlaces(index, 'west')[0]?.label).toBe('Havenkwartier-West');
    expect(searchPlaces(index, 'BU09990001')[0]).toMatchObject({
      kind: 'buurt',
      label: 'Binnenstad',
    });
    expect(searchPlaces(index, 'korenaar')[0]).toMatchObject({ kind: 'business', detail: 'B0001' });
    expect(searchPlaces(index, 'kerkstraat').every((r) => r.layerId !== 'base-wegen')).toBe(true);
  });

  it('returns nothing for an empty or unknown query', () => {
    expect(searchPlaces(index, '   ')).toEqual([]);
    expect(searchPlaces(index, 'zzzz')).toEqual([]);
  });

  it('answers on the demo city: every zone and buurt can be found by its name', () => {
    const layers = loadAppLayers(ROOT).map((l) => ({
      layerId: l.layerId,
      role: l.role,
      features: l.features.features,
    }));
    const demo = buildPlaceIndex(layers);
    for (const l of layers.filter((l) => l.role === 'zone' || l.role === 'neighbourhood')) {
      for (const f of l.features) {
        const name = String(f.properties?.name);
        expect(searchPlaces(demo, name).map((r) => r.label)).toContain(name);
      }
    }
  });
});

describe('PDOK Locatieserver', () => {
  it('builds a free-text query URL', () => {
    const url = new URL(pdokSearchUrl('Kerkstraat 1 Utrecht'));
    expect(url.hostname).toBe('api.pdok.nl');
    expect(url.searchParams.get('q')).toBe('Kerkstraat 1 Utrecht');
  });

  it('reads an answer and skips what it cannot use', () => {
    const r = parsePdokResponse({
      response: {
        docs: [
          {
            weergavenaam: 'Kerkstraat 1, Utrecht',
            type: 'adres',
            centroide_ll: 'POINT(5.12 52.09)',
          },
          { weergavenaam: 'broken', centroide_ll: 'POINT(x y)' },
          { type: 'adres' },
          null,
        ],
      },
    });
    expect(r).toEqual([{ label: 'Kerkstraat 1, Utrecht', type: 'adres', lngLat: [5.12, 52.09] }]);
    expect(parsePdokResponse(null)).toEqual([]);
    expect(parsePdokResponse({ response: { docs: 'no' } })).toEqual([]);
  });
});
