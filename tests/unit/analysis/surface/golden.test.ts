import { beforeAll, describe, expect, it } from 'vitest';
import { initClipper } from '../../../../src/geo/clip/index.ts';
import { computeContours, computeSurface } from '../../../../src/analysis/surface/index.ts';
import { readFixtureInput, readFixtureCollection } from './fixture.ts';
import { contoursGolden, GOLDEN_CASES, surfaceGolden } from './golden.ts';

beforeAll(async () => {
  await initClipper();
});

describe('surface golden output on the fixture city', () => {
  const layers = readFixtureCollection();
  const input = readFixtureInput();

  it.each(GOLDEN_CASES)('%s matches its golden file in out/', async (name, program) => {
    const result = computeSurface(input, program);
    await expect(surfaceGolden(result, layers)).toMatchFileSnapshot(
      `../../../fixtures/surface/out/${name}.geojson`,
    );
  });

  it('contours match out/contouren.geojson', async () => {
    await expect(contoursGolden(computeContours(input))).toMatchFileSnapshot(
      '../../../fixtures/surface/out/contouren.geojson',
    );
  });
});
