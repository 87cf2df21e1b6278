import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { toRd, toWgs84 } from '../../../src/geo/crs.ts';
import { buildDataset } from '../../../src/domain/dataset.ts';
import type { MultiPolygonRd } from '../../../src/geo/types.ts';
import { checkLocation } from '../../../src/rules/location-check.ts';
import {
  conflictOverlay,
  conflictSegments,
  nearestPairOfMultiPolygons,
  nearestPointOnMultiPolygon,
  placeToRd,
} from '../../../src/state/conflict-lines.ts';
import {
  closePolygon,
  readLocatiecheckState,
  readPlace,
  readProgram,
} from '../../../src/state/locatiecheck-state.ts';

const square = (x: number, y: number, s: number): MultiPolygonRd => [
  [
    [
      [x, y],
      [x + s, y],
      [x + s, y + s],
      [x, y + s],
      [x, y],
    ],
  ],
];

describe('reading the Locatiecheck from a link', () => {
  it('accepts known programs and refuses the rest', () => {
    expect(readProgram({ kind: 'housing' })).toEqual({ kind: 'housing' });
    expect(readProgram({ kind: 'category', milieucategorie: '3.1' })).toEqual({
      kind: 'category',
      milieucategorie: '3.1',
    });
    expect(readProgram({ kind: 'category', milieucategorie: '3.3' })).toBeUndefined();
    expect(readProgram({ kind: 'activity', activityId: '1071-a' })).toEqual({
      kind: 'activity',
      activityId: '1071-a',
    });
    expect(readProgram({ kind: 'activity', activityId: 'nope' })).toBeUndefined();
    expect(readProgram('housing')).toBeUndefined();
  });

  it('accepts points and closed polygons in the Netherlands only', () => {
    expect(readPlace({ type: 'Point', coordinates: [5.6, 52.4] })).toEqual({
      type: 'Point',
      coordinates: [5.6, 52.4],
    });
    expect(readPlace({ type: 'Point', coordinates: [-73.9, 40.7] })).toBeUndefined();
    expect(readPlace({ type: 'Point', coordinates: [NaN, 52] })).toBeUndefined();
    const ring = [
      [5.6, 52.4],
      [5.61, 52.4],
      [5.61, 52.41],
      [5.6, 52.4],
    ];
    expect(readPlace({ type: 'Polygon', coordinates: [ring] })?.type).toBe('Polygon');
    expect(readPlace({ type: 'Polygon', coordinates: [ring.slice(0, 3)] })).toBeUndefined();
    expect(
      readPlace({ type: 'Polygon', coordinates: [[...ring.slice(0, 3), [5.62, 52.4]]] }),
    ).toBeUndefined();
    expect(readPlace({ type: 'LineString', coordinates: ring })).toBeUndefined();
  });

  it('needs both program and place, and returns a copy', () => {
    const input = {
      program: { kind: 'housing' },
      place: { type: 'Point', coordinates: [5.6, 52.4] },
    };
    const read = readLocatiecheckState(input);
    expect(read).toEqual(input);
    expect(read!.place).not.toBe(input.place);
    expect(readLocatiecheckState({ program: { kind: 'housing' } })).toBeUndefined();
    expect(readLocatiecheckState(null)).toBeUndefined();
  });
});

describe('closePolygon', () => {
  it('closes three or more distinct vertices and drops repeats from a double-click', () => {
    const p = closePolygon([
      [5, 52],
      [5.1, 52],
      [5.1, 52],
      [5.1, 52.1],
      [5.1, 52.1],
    ]);
    expect(p?.coordinates[0]).toEqual([
      [5, 52],
      [5.1, 52],
      [5.1, 52.1],
      [5, 52],
    ]);
    expect(
      closePolygon([
        [5, 52],
        [5.1, 52],
        [5.1, 52],
      ]),
    ).toBeUndefined();
  });
});

describe('conflict lines', () => {
  it('finds the nearest point of a polygon, or the point itself inside it', () => {
    expect(nearestPointOnMultiPolygon([130, 5], square(0, 0, 100))).toEqual([100, 5]);
    expect(nearestPointOnMultiPolygon([50, 50], square(0, 0, 100))).toEqual([50, 50]);
    const [a, b] = nearestPairOfMultiPolygons(square(0, 0, 10), square(30, 5, 10));
    expect(a[0]).toBe(10);
    expect(b[0]).toBe(30);
    expect(Math.hypot(b[0] - a[0], b[1] - a[1])).toBe(20);
  });

  it('draws each conflict between the measured points, with the measured length', () => {
    const x0 = 150000;
    const y0 = 450000;
    const plot = square(x0, y0, 20)[0]!.map((ring) => ring.map((p) => toWgs84(p)));
    const ds = buildDataset([
      {
        layerId: 'bedrijven',
        role: 'business',
        features: {
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: { id: 'b1', name: 'Smederij', milieucategorie: '3.1' },
              geometry: { type: 'Polygon', coordinates: plot },
            },
          ],
        },
      },
    ]);
    const place = { type: 'Point' as const, coordinates: toWgs84([x0 + 55, y0 + 10]) };
    const verdict = checkLocation(ds, place, { kind: 'housing' });
    expect(verdict.conflicts).toHaveLength(1);
    const [seg] = conflictSegments(ds, placeToRd(place), verdict.conflicts);
    const length = Math.hypot(seg!.toRd[0] - seg!.fromRd[0], seg!.toRd[1] - seg!.fromRd[1]);
    expect(length).toBeCloseTo(verdict.conflicts[0]!.distanceM, 2);
    expect(seg!.toRd[0]).toBeCloseTo(x0 + 20, 2);

    const fc = conflictOverlay(place, [seg!], () => '35,0 m / 50 m');
    expect(fc.features.map((f) => f.properties!['kind'])).toEqual([
      'place',
      'conflict',
      'conflict-end',
      'conflict-label',
    ]);
    expect(fc.features[1]!.properties!['severity']).toBe('exception-possible');
    expect(fc.features[3]!.properties!['label']).toBe('35,0 m / 50 m');

    // A polygon place: the line runs from its nearest edge.
    const poly: Polygon = {
      type: 'Polygon',
      coordinates: [square(x0 + 40, y0, 10)[0]![0]!.map((p) => toWgs84(p))],
    };
    const v2 = checkLocation(ds, poly, { kind: 'housing' });
    const [seg2] = conflictSegments(ds, placeToRd(poly), v2.conflicts);
    expect(seg2!.fromRd[0]).toBeCloseTo(x0 + 40, 1);
    expect(toRd(toWgs84(seg2!.toRd))[0]).toBeCloseTo(x0 + 20, 1);
  });

  it('ends a dwelling conflict at the dwelling and carries its address', () => {
    const x0 = 150000;
    const y0 = 450000;
    const ds = buildDataset([
      {
        layerId: 'woningen',
        role: 'sensitive',
        features: {
          type: 'FeatureCollection',
          features: [
            [0, 'W1', 'Havenstraat 1'],
            [300, 'W2', 'Havenstraat 2'],
          ].map(([dx, id, address]) => ({
            type: 'Feature' as const,
            properties: { id, address, homes: 1 },
            geometry: { type: 'Point' as const, coordinates: toWgs84([x0 + Number(dx), y0]) },
          })),
        },
      },
    ]);
    const place = { type: 'Point' as const, coordinates: toWgs84([x0 + 20, y0]) };
    const verdict = checkLocation(ds, place, { kind: 'category', milieucategorie: '3.1' });
    expect(verdict.conflicts.map((c) => c.objectId)).toEqual(['W1']);
    const segs = conflictSegments(ds, placeToRd(place), verdict.conflicts);
    expect(segs).toHaveLength(1);
    expect(segs[0]!.address).toBe('Havenstraat 1');
    expect(segs[0]!.toRd[0]).toBeCloseTo(x0, 2);
    expect(segs[0]!.toRd[1]).toBeCloseTo(y0, 2);
  });
});
