/**
 * Golden surfaces of the fixture city, compared as shapes, not as vertex lists: per class (and
 * per contour) the area and the symmetric difference with the golden geometry must stay within
 * GOLDEN_TOLERANCE. A change that moves no edge (another start vertex, ring order, strip cut)
 * passes; a moved border fails. The golden files stay plain GeoJSON a reviewer can open in any
 * GIS. Rewrite them after an intended change with `UPDATE_GOLDEN=1 npx vitest run --project unit
 * tests/unit/analysis/surface/golden.test.ts`, and look at the diff in a GIS.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { areaM2, difference, initClipper } from '../../../../src/geo/clip/index.ts';
import type { MultiPolygonRd } from '../../../../src/geo/types.ts';
import { computeContours, computeSurface } from '../../../../src/analysis/surface/index.ts';
import { readFixtureInput, readFixtureCollection } from './fixture.ts';
import { contoursGolden, GOLDEN_CASES, surfaceGolden } from './golden.ts';

const OUT = new URL('../../../fixtures/surface/out/', import.meta.url);
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/**
 * Largest area difference and symmetric difference allowed, m²: 0.01 % of the golden area, at
 * least 1 m² (for housing: 61, 8 and 12 m² for the three classes of 60.5, 7.9 and 11.5 ha).
 * Measured on 1 Dec 2026: the symmetric difference is 0.0000 m² (golden coordinates are
 * rounded to the millimetre, Clipper works in centimetres); growing a class's whole border by
 * only 0.1 m changes 175–490 m², far over the limit.
 */
function goldenToleranceM2(goldenAreaM2: number): number {
  return Math.max(1, 1e-4 * goldenAreaM2);
}

function asMulti(geometry: Polygon | MultiPolygon): MultiPolygonRd {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Union of the geometries of the features with `key`, as one RD MultiPolygon list. */
function shapesBy(
  features: readonly Feature[],
  keyOf: (f: Feature) => string | undefined,
): Map<string, MultiPolygonRd> {
  const out = new Map<string, MultiPolygonRd>();
  for (const f of features) {
    const key = keyOf(f);
    if (key === undefined || !f.geometry) continue;
    const g = f.geometry as Polygon | MultiPolygon;
    out.set(key, [...(out.get(key) ?? []), ...asMulti(g)]);
  }
  return out;
}

/** Reads a golden file, or writes it first when UPDATE_GOLDEN=1. */
function golden(name: string, text: string): FeatureCollection {
  const file = new URL(name, OUT);
  if (UPDATE) writeFileSync(file, text);
  if (!existsSync(file)) {
    throw new Error(`${name} is missing: run the test once with UPDATE_GOLDEN=1 to write it.`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
}

/** Asserts that each keyed shape matches its golden shape by area and symmetric difference. */
function expectSameShapes(
  actual: Map<string, MultiPolygonRd>,
  expected: Map<string, MultiPolygonRd>,
): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [key, want] of expected) {
    const got = actual.get(key)!;
    const wantM2 = areaM2(want);
    const tolerance = goldenToleranceM2(wantM2);
    const symmetricM2 = areaM2(difference(got, want)) + areaM2(difference(want, got));
    expect(Math.abs(areaM2(got) - wantM2), `${key}: area`).toBeLessThanOrEqual(tolerance);
    expect(symmetricM2, `${key}: symmetric difference`).toBeLessThanOrEqual(tolerance);
  }
}

beforeAll(async () => {
  await initClipper();
});

describe('surface golden output on the fixture city', () => {
  const layers = readFixtureCollection();
  const input = readFixtureInput();
  const classOf = (f: Feature) => f.properties?.['class'] as string | undefined;

  it.each(GOLDEN_CASES)(
    '%s matches out/<case>.geojson by area and symmetric difference',
    (name, program) => {
      const result = computeSurface(input, program);
      const want = golden(`${name}.geojson`, surfaceGolden(result, layers));
      const wantClasses = want.features.filter((f) => classOf(f) !== undefined);
      expect(wantClasses.length).toBeGreaterThan(0);
      expectSameShapes(shapesBy(result.classes.features, classOf), shapesBy(wantClasses, classOf));
      // The statistics the legend shows, per class.
      for (const f of wantClasses) {
        const got = result.classes.features.find((g) => classOf(g) === classOf(f))!;
        expect(got.properties.areaHa).toBeCloseTo(f.properties!['areaHa'] as number, 2);
        expect(got.properties.pct).toBeCloseTo(f.properties!['pct'] as number, 2);
      }
    },
  );

  it('contours match out/contouren.geojson by area and symmetric difference', () => {
    const contours = computeContours(input);
    const want = golden('contouren.geojson', contoursGolden(contours));
    const keyOf = (f: Feature) => `${f.properties?.['businessId']} ${f.properties?.['kind']}`;
    expect(want.features.length).toBeGreaterThan(0);
    expectSameShapes(shapesBy(contours.features, keyOf), shapesBy(want.features, keyOf));
    const labels = (fc: FeatureCollection) => fc.features.map((f) => f.properties?.['label']);
    expect(labels(contours)).toEqual(labels(want));
  });
});
