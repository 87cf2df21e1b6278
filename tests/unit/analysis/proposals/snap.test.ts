import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildSnapIndex, snapToZones } from '../../../../src/analysis/proposals/snap.ts';

// A flat "screen": 1 degree = 1000 px, y up (the sign does not matter for distances).
const project = (lng: number, lat: number) => ({ x: lng * 1000, y: lat * 1000 });
const unproject = (x: number, y: number) => ({ lng: x / 1000, lat: y / 1000 });

const zone: Feature = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ],
  },
};

describe('snapToZones', () => {
  const snap = buildSnapIndex([zone]);

  it('snaps to a corner within reach, even when an edge is nearer', () => {
    expect(snapToZones(snap, [1.005, 0.002], 10, project, unproject)).toEqual([1, 0]);
  });

  it('snaps to the nearest point on an edge when no corner is within reach', () => {
    const s = snapToZones(snap, [0.5, 0.004], 10, project, unproject)!;
    expect(s[0]).toBeCloseTo(0.5, 9);
    expect(s[1]).toBeCloseTo(0, 9);
  });

  it('leaves the pointer alone beyond the reach', () => {
    expect(snapToZones(snap, [0.5, 0.5], 10, project, unproject)).toBeUndefined();
  });

  it('works without zones', () => {
    expect(snapToZones(buildSnapIndex([]), [0, 0], 10, project, unproject)).toBeUndefined();
  });
});
