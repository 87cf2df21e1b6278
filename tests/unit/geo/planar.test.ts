import { describe, expect, it } from 'vitest';
import {
  bboxDistanceM,
  bboxOfMultiPolygon,
  centroidOfMultiPolygon,
  doInteriorsIntersect,
  isPointInMultiPolygon,
  isPointInPolygon,
  multiPolygonAreaM2,
  multiPolygonDistanceM,
  pointSegmentDistanceSq,
  pointToBboxDistanceM,
  pointToBoundaryDistanceM,
  pointToMultiPolygonDistanceM,
  polygonAreaM2,
  ringSignedAreaM2,
  segmentSegmentDistanceM,
} from '../../../src/geo/planar.ts';
import type { PolygonRd } from '../../../src/geo/types.ts';

// Squares in RD metres near Amersfoort (large coordinates on purpose).
const X = 155000;
const Y = 463000;
const sq = (x0: number, y0: number, x1: number, y1: number) => [
  [X + x0, Y + y0],
  [X + x1, Y + y0],
  [X + x1, Y + y1],
  [X + x0, Y + y1],
  [X + x0, Y + y0],
];
const SQ10: PolygonRd = [sq(0, 0, 10, 10)];
const WITH_HOLE: PolygonRd = [sq(0, 0, 30, 30), sq(10, 10, 20, 20).reverse()];

describe('areas', () => {
  it('shoelace area keeps precision at RD magnitudes and ignores orientation of holes', () => {
    expect(ringSignedAreaM2(sq(0, 0, 10, 10))).toBe(100);
    expect(ringSignedAreaM2([...sq(0, 0, 10, 10)].reverse())).toBe(-100);
    expect(polygonAreaM2(WITH_HOLE)).toBe(800);
    expect(multiPolygonAreaM2([SQ10, [sq(100, 0, 105, 4)]])).toBe(120);
  });
});

describe('distances', () => {
  it('point to segment clamps to the ends', () => {
    expect(pointSegmentDistanceSq(0, 5, -1, 0, 1, 0)).toBe(25);
    expect(pointSegmentDistanceSq(4, 3, 0, 0, 1, 0)).toBe(18);
    expect(pointSegmentDistanceSq(1, 1, 0, 0, 0, 0)).toBe(2);
  });
  it('point to polygon: 0 inside, to the boundary outside and in a hole', () => {
    expect(pointToMultiPolygonDistanceM([X + 5, Y + 5], [SQ10])).toBe(0);
    expect(pointToMultiPolygonDistanceM([X + 13, Y + 14], [SQ10])).toBe(5);
    expect(pointToMultiPolygonDistanceM([X + 15, Y + 12], [WITH_HOLE])).toBe(2);
    expect(pointToBoundaryDistanceM([X + 5, Y + 4], SQ10)).toBe(4);
  });
  it('segment to segment: crossing, parallel, skew', () => {
    expect(segmentSegmentDistanceM(0, 0, 10, 10, 0, 10, 10, 0)).toBe(0);
    expect(segmentSegmentDistanceM(0, 0, 10, 0, 0, 5, 10, 5)).toBe(5);
    expect(segmentSegmentDistanceM(0, 0, 1, 0, 4, 4, 4, 10)).toBe(5);
  });
  it('polygon to polygon: apart, overlapping, nested, inside a hole', () => {
    expect(multiPolygonDistanceM([SQ10], [[sq(20, 0, 30, 10)]])).toBe(10);
    expect(multiPolygonDistanceM([SQ10], [[sq(5, 5, 15, 15)]])).toBe(0);
    expect(multiPolygonDistanceM([[sq(0, 0, 100, 100)]], [[sq(40, 40, 50, 50)]])).toBe(0);
    expect(multiPolygonDistanceM([WITH_HOLE], [[sq(12, 12, 18, 18)]])).toBe(2);
  });
});

describe('containment', () => {
  it('point in polygon with holes and multipolygons; the boundary counts as inside', () => {
    expect(isPointInPolygon([X + 5, Y + 5], SQ10)).toBe(true);
    expect(isPointInPolygon([X + 10, Y + 5], SQ10)).toBe(true);
    expect(isPointInPolygon([X + 10.01, Y + 5], SQ10)).toBe(false);
    expect(isPointInPolygon([X + 15, Y + 15], WITH_HOLE)).toBe(false);
    expect(isPointInPolygon([X + 20, Y + 15], WITH_HOLE)).toBe(true);
    expect(isPointInMultiPolygon([X + 102, Y + 2], [SQ10, [sq(100, 0, 105, 4)]])).toBe(true);
  });
  it('interiors intersect only when the polygons share area', () => {
    expect(doInteriorsIntersect([SQ10], [[sq(10, 0, 20, 10)]])).toBe(false);
    expect(doInteriorsIntersect([SQ10], [[sq(9, 0, 20, 10)]])).toBe(true);
    expect(doInteriorsIntersect([SQ10], [SQ10])).toBe(true);
    expect(doInteriorsIntersect([[sq(-5, 4, 15, 6)]], [SQ10])).toBe(true);
    expect(doInteriorsIntersect([WITH_HOLE], [[sq(12, 12, 18, 18)]])).toBe(false);
  });
});

describe('boxes and centroids', () => {
  it('bbox, bbox distances and centroid', () => {
    expect(bboxOfMultiPolygon([SQ10])).toEqual([X, Y, X + 10, Y + 10]);
    expect(pointToBboxDistanceM(X + 13, Y + 14, [X, Y, X + 10, Y + 10])).toBe(5);
    expect(bboxDistanceM([0, 0, 10, 10], [20, 0, 30, 10])).toBe(10);
    const [cx, cy] = centroidOfMultiPolygon([WITH_HOLE]);
    expect(cx).toBeCloseTo(X + 15, 6);
    expect(cy).toBeCloseTo(Y + 15, 6);
  });
});
