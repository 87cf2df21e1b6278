/** The measure tool: RD metres, as the rules measure; snapping to features (issue 14). */
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { toRd, toWgs84 } from '../../../../src/geo/crs.ts';
import {
  buildMeasureSnapIndex,
  measure,
  measureFeatures,
  snapMeasurePoint,
} from '../../../../src/analysis/tools/measure.ts';

const X = 168000;
const Y = 493000;
const ll = (x: number, y: number) => toWgs84([x, y]);

describe('measure', () => {
  it('measures a distance in planar RD metres', () => {
    const r = measure([ll(X, Y), ll(X + 300, Y), ll(X + 300, Y + 400)], 'distance');
    expect(r.segmentsM).toHaveLength(2);
    expect(r.segmentsM[0]).toBeCloseTo(300, 2);
    expect(r.lengthM).toBeCloseTo(700, 2);
    expect(r.areaM2).toBe(0);
  });

  it('measures an area and its perimeter', () => {
    const r = measure([ll(X, Y), ll(X + 100, Y), ll(X + 100, Y + 50), ll(X, Y + 50)], 'area');
    expect(r.areaM2).toBeCloseTo(5000, 0);
    expect(r.lengthM).toBeCloseTo(300, 2);
    expect(r.segmentsM).toHaveLength(4);
  });

  it('gives no area for fewer than three points', () => {
    expect(measure([ll(X, Y), ll(X + 1, Y)], 'area').areaM2).toBe(0);
    expect(measure([], 'distance').lengthM).toBe(0);
  });

  it('draws an open line for a distance and a closed fill for an area', () => {
    const pts = [ll(X, Y), ll(X + 100, Y), ll(X + 100, Y + 50)];
    expect(measureFeatures(pts, 'distance').map((f) => f.properties?.kind)).toEqual([
      'line',
      'vertex',
      'vertex',
      'vertex',
    ]);
    const area = measureFeatures(pts, 'area');
    expect(area[0]?.properties?.kind).toBe('fill');
    expect(area[1]?.geometry.type === 'LineString' && area[1].geometry.coordinates).toHaveLength(4);
  });
});

describe('snapping', () => {
  // A flat "screen": 1 px = 1 m in RD, so tolerances read as metres.
  const project = (lng: number, lat: number) => {
    const [x, y] = toRd([lng, lat]);
    return { x: x - X, y: Y - y };
  };
  const unproject = (px: number, py: number) => {
    const [lng, lat] = toWgs84([X + px, Y - py]);
    return { lng, lat };
  };
  const features: Feature[] = [
    { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: ll(X + 50, Y) } },
    {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [[ll(X, Y + 100), ll(X + 100, Y + 100), ll(X + 100, Y + 200), ll(X, Y + 100)]],
      },
    },
  ];
  const snap = buildMeasureSnapIndex(features);

  it('snaps to a point feature within reach', () => {
    const s = snapMeasurePoint(snap, ll(X + 53, Y + 2), 10, project, unproject);
    expect(s).toEqual(ll(X + 50, Y));
  });

  it('snaps to a polygon corner, else an edge', () => {
    const corner = snapMeasurePoint(snap, ll(X + 97, Y + 103), 10, project, unproject)!;
    const [cx, cy] = toRd(corner);
    expect(cx).toBeCloseTo(X + 100, 3);
    expect(cy).toBeCloseTo(Y + 100, 3);
    const edge = snapMeasurePoint(snap, ll(X + 40, Y + 104), 10, project, unproject)!;
    const [, ey] = toRd(edge);
    expect(ey).toBeCloseTo(Y + 100, 1);
  });

  it('leaves a point that nothing is near', () => {
    expect(snapMeasurePoint(snap, ll(X + 500, Y + 500), 10, project, unproject)).toBeUndefined();
  });
});
