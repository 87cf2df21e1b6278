import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { toRd, toWgs84 } from '../../../src/geo/crs.ts';
import {
  buildDataset,
  dwellingInfo,
  dwellingZoneIndex,
  zonesAtPoint,
} from '../../../src/domain/dataset.ts';

const X = 155000;
const Y = 463000;
const zoneRd: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {
        id: 'z1',
        name: 'Werkhaven',
        zoneType: 'woonwerkzone',
        maxMilieucategorie: '2',
      },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [X, Y],
            [X + 100, Y],
            [X + 100, Y + 100],
            [X, Y + 100],
            [X, Y],
          ],
        ],
      },
    },
  ],
};
const homesWgs84: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      id: 7,
      type: 'Feature',
      properties: { homes: 3 },
      geometry: { type: 'Point', coordinates: toWgs84([X + 50, Y + 50]) },
    },
    {
      type: 'Feature',
      properties: { id: 'w2', functie: 'onderwijs' },
      geometry: { type: 'Point', coordinates: toWgs84([X + 500, Y]) },
    },
  ],
};

describe('buildDataset', () => {
  const ds = buildDataset([
    { layerId: 'wwz', role: 'zone', features: zoneRd, crs: 'EPSG:28992' },
    { layerId: 'woningen', role: 'sensitive', features: homesWgs84 },
    { layerId: 'base', role: 'base', features: zoneRd },
  ]);

  it('keeps RD input as is and projects WGS84 input once', () => {
    expect(ds.zones[0]!.geometryRd[0]![0]![0]).toEqual([X, Y]);
    expect(ds.dwellings.count).toBe(2);
    expect(ds.dwellings.xs[0]).toBeCloseTo(X + 50, 3);
    expect(ds.dwellings.ys[1]).toBeCloseTo(Y, 3);
  });

  it('reads ids, homes and zone membership of dwellings', () => {
    expect([dwellingInfo(ds, 0), dwellingInfo(ds, 1)]).toEqual([
      { id: '7', layerId: 'woningen', functie: 'wonen' },
      { id: 'w2', layerId: 'woningen', functie: 'onderwijs' },
    ]);
    expect(Array.from(ds.dwellings.homes)).toEqual([3, 1]);
    expect(Array.from(ds.dwellings.zoneIndex)).toEqual([-2, -2]);
    expect([dwellingZoneIndex(ds, 0), dwellingZoneIndex(ds, 1)]).toEqual([0, -1]);
    expect(Array.from(ds.dwellings.zoneIndex)).toEqual([0, -1]);
  });

  it('indexes zones; base layers are ignored', () => {
    expect(ds.zones).toHaveLength(1);
    expect(zonesAtPoint(ds, [X + 100, Y + 10])).toEqual([0]);
    expect(zonesAtPoint(ds, toRd(toWgs84([X + 101, Y + 10])))).toEqual([]);
  });

  it('an empty input gives an empty dataset without indexes', () => {
    const empty = buildDataset([]);
    expect(empty.zoneIndex).toBeNull();
    expect(empty.dwellingIndex).toBeNull();
    expect(empty.dwellings.count).toBe(0);
  });
});
