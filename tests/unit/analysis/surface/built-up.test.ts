/**
 * Issue 14: the surface statistics' default study area is the built-up area. On the demo the
 * rectangle around the data held farmland that counted as "toegestaan" for housing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { areaM2, initClipper } from '../../../../src/geo/clip/index.ts';
import { isPointInMultiPolygon } from '../../../../src/geo/planar.ts';
import type { Dataset } from '../../../../src/domain/dataset.ts';
import {
  buildSurfaceInput,
  builtUpArea,
  computeSurface,
  datasetExtent,
} from '../../../../src/analysis/surface/index.ts';
import { readDemoDataset } from './demo-city.ts';

let ds: Dataset;
beforeAll(async () => {
  await initClipper();
  ds = readDemoDataset();
});

describe('the built-up area of the demo city', () => {
  it('holds every dwelling, business and zone, and leaves the farmland out', () => {
    const area = builtUpArea(ds);
    for (let k = 0; k < ds.dwellings.count; k++)
      expect(isPointInMultiPolygon([ds.dwellings.xs[k]!, ds.dwellings.ys[k]!], area)).toBe(true);
    for (const b of ds.businesses)
      if (b.pointRd) expect(isPointInMultiPolygon(b.pointRd, area)).toBe(true);
    const extentHa = areaM2(datasetExtent(ds)) / 1e4;
    const builtHa = areaM2(area) / 1e4;
    expect(builtHa).toBeLessThan(0.9 * extentHa);
    // The corner of the rectangle is open land: outside the built-up area.
    const corner = (datasetExtent(ds) as number[][][])[0]![0]!;
    expect(isPointInMultiPolygon([corner[0]! + 20, corner[1]! + 20], area)).toBe(false);
  });

  it('so housing is "toegestaan" on less land, and the shares add up to the study area', () => {
    const byExtent = computeSurface(buildSurfaceInput(ds), { kind: 'housing' }).stats;
    const built = computeSurface(buildSurfaceInput(ds, { studyArea: builtUpArea(ds) }), {
      kind: 'housing',
    }).stats;
    expect(built.studyAreaHa).toBeLessThan(byExtent.studyAreaHa);
    expect(built.perClass.toegestaan.areaHa).toBeLessThan(byExtent.perClass.toegestaan.areaHa);
    // Niet toegestaan (the bedrijventerreinen) lies wholly in the built-up area: unchanged.
    expect(built.perClass['niet-toegestaan'].areaHa).toBeCloseTo(
      byExtent.perClass['niet-toegestaan'].areaHa,
      1,
    );
    const pct = Object.values(built.perClass).reduce((s, c) => s + c.pct, 0);
    expect(pct).toBeCloseTo(100, 3);
  });
});
