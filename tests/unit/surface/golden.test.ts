import { beforeAll, describe, expect, it } from 'vitest';
import { initClipper } from '../../../src/core/clip.ts';
import {
  computeContours,
  computeSurface,
  type SurfaceProgram,
} from '../../../src/core/surface/index.ts';
import { readFixtureInput, readFixtureLayers } from './fixture.ts';
import { contoursGolden, surfaceGolden } from './golden.ts';

/** Golden cases: program → output file under tests/fixtures/surface/out/. */
export const GOLDEN_CASES: ReadonlyArray<[string, SurfaceProgram]> = [
  ['wonen', { kind: 'wonen' }],
  ['categorie-3.1', { kind: 'milieucategorie', category: '3.1' }],
  ['activiteit-1071-a', { kind: 'activiteit', activityId: '1071-a' }],
];

beforeAll(async () => {
  await initClipper();
});

describe('surface golden output on the fixture city', () => {
  const layers = readFixtureLayers();
  const input = readFixtureInput();

  it.each(GOLDEN_CASES)('%s matches its golden file in out/', async (name, program) => {
    const result = computeSurface(input, program);
    await expect(surfaceGolden(result, layers.all)).toMatchFileSnapshot(
      `../../fixtures/surface/out/${name}.geojson`,
    );
  });

  it('contours match out/contouren.geojson', async () => {
    await expect(contoursGolden(computeContours(input))).toMatchFileSnapshot(
      '../../fixtures/surface/out/contouren.geojson',
    );
  });
});
