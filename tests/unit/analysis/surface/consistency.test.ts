/**
 * Issue 4, consistency with the location check: the class of the surface under a random
 * point equals the verdict of `checkLocation` at that point. Points within 0.5 m of a class
 * boundary (the tolerance band: buffers are polygons within 0.1 m of the true circles, and
 * the boundary itself is where d = required) are counted and reported, not compared; how many
 * may fall there is bounded.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../../../src/generator/random.ts';
import { initClipper } from '../../../../src/geo/clip/index.ts';
import type { PolygonRd } from '../../../../src/geo/types.ts';
import { EPSG_RD } from '../../../../src/geo/crs.ts';
import type { Dataset } from '../../../../src/domain/dataset.ts';
import {
  buildSurfaceInput,
  classAtPoint,
  SurfaceEngine,
  type SurfaceProgram,
} from '../../../../src/analysis/surface/index.ts';
import { checkLocation } from '../../../../src/rules/location-check.ts';
import { readDemoDataset } from './demo-city.ts';
import { readFixtureDataset } from './fixture.ts';

/** Half-width of the tolerance band around class boundaries (issue 4). */
const BAND_M = 0.5;
const POINTS = 1000;
/**
 * Most points that may fall in the band, so the comparison cannot pass by skipping them all.
 * The band is 1 m wide along every class border, so its share is about 1 m × border length /
 * area. Measured (30 Nov 2026, both cities, four programs): 1–7 of 1,000 uniform points
 * (≤ 0.7 %) and 21–63 of 1,000 points within 250 m of a business (≤ 6.3 %, where the borders
 * crowd). The bounds allow about twice that.
 */
const MAX_IN_BAND = { uniform: 15, nearBusinesses: 100 } as const;

const PROGRAMS: ReadonlyArray<[string, SurfaceProgram]> = [
  ['housing', { kind: 'housing' }],
  ['category 3.1', { kind: 'category', milieucategorie: '3.1' }],
  ['category 4.2', { kind: 'category', milieucategorie: '4.2' }],
  // A bakery (2, functiemenging B): the function-mixing regime applies in mixed zones.
  ['activity 1071-a', { kind: 'activity', activityId: '1071-a' }],
];

interface Tally {
  agree: number;
  inBand: number;
  disagree: { xy: [number, number]; surface: string | null; check: string; edgeM: number }[];
}

/**
 * Compares surface and point check at 1,000 seeded points: uniform over the study area, or
 * (`nearBusinesses`) within 0–250 m of a random business, where the class boundaries are.
 */
function compare(
  ds: Dataset,
  program: SurfaceProgram,
  seed: number,
  engine: SurfaceEngine,
  nearBusinesses = false,
): Tally {
  const input = buildSurfaceInput(ds);
  const { classes } = engine.computeSurface(input, program, { withStats: false });
  const ring = (input.studyArea as PolygonRd)[0]!;
  const [x0, y0] = ring[0]!;
  const [x1, y1] = ring[2]!;
  const rnd = createRandom(seed).next;
  const tally: Tally = { agree: 0, inBand: 0, disagree: [] };
  for (let i = 0; i < POINTS; i++) {
    let xy: [number, number] = [x0! + rnd() * (x1! - x0!), y0! + rnd() * (y1! - y0!)];
    if (nearBusinesses) {
      const b = ds.businesses[Math.floor(rnd() * ds.businesses.length)]!;
      const [bx, by] = b.pointRd ?? b.plotRd![0]![0]![0]!;
      const angle = rnd() * 2 * Math.PI;
      const r = rnd() * 250;
      xy = [
        Math.min(x1!, Math.max(x0!, bx! + r * Math.cos(angle))),
        Math.min(y1!, Math.max(y0!, by! + r * Math.sin(angle))),
      ];
    }
    const under = classAtPoint(classes, xy);
    if (under.boundaryDistanceM <= BAND_M) {
      tally.inBand++;
      continue;
    }
    const { verdict } = checkLocation(ds, { type: 'Point', coordinates: xy }, program, {
      crs: EPSG_RD,
    });
    if (under.cls === verdict) tally.agree++;
    else
      tally.disagree.push({
        xy,
        surface: under.cls,
        check: verdict,
        edgeM: under.boundaryDistanceM,
      });
  }
  return tally;
}

beforeAll(async () => {
  await initClipper();
});

describe.each([
  ['fixture city', readFixtureDataset, 11],
  ['demo city (geodata/voorbeeldstad)', readDemoDataset, 2026],
] as const)('surface = location check on the %s', (_name, read, seed) => {
  const ds = read();
  const engine = new SurfaceEngine();

  it.each(PROGRAMS)(
    '%s: 1,000 random points agree outside the 0.5 m band (at most 15 in it)',
    (label, program) => {
      const tally = compare(ds, program, seed, engine);
      console.info(
        `[surface consistency] ${_name}, ${label}: ${tally.agree} agree, ${tally.inBand} within ${BAND_M} m of a boundary, ${tally.disagree.length} disagree`,
      );
      expect(tally.disagree.slice(0, 5)).toEqual([]);
      expect(tally.agree + tally.inBand).toBe(POINTS);
      expect(tally.inBand).toBeLessThanOrEqual(MAX_IN_BAND.uniform);
    },
  );

  it.each(PROGRAMS)(
    '%s: 1,000 points near businesses agree outside the band (at most 100 in it)',
    (label, program) => {
      const tally = compare(ds, program, seed + 1, engine, true);
      console.info(
        `[surface consistency] ${_name}, ${label}, near businesses: ${tally.agree} agree, ${tally.inBand} within ${BAND_M} m of a boundary, ${tally.disagree.length} disagree`,
      );
      expect(tally.disagree.slice(0, 5)).toEqual([]);
      expect(tally.agree + tally.inBand).toBe(POINTS);
      expect(tally.inBand).toBeLessThanOrEqual(MAX_IN_BAND.nearBusinesses);
    },
  );
});
