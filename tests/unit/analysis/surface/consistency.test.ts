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
import { checkLocation, type RuleView } from '../../../../src/rules/location-check.ts';
import { readDemoDataset } from './demo-city.ts';
import { readFixtureDataset, readFixtureDatasetWithAreas } from './fixture.ts';

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

// Housing in both views (issue 11); a business program measures to today's dwellings in both.
const PROGRAMS: ReadonlyArray<[string, SurfaceProgram, RuleView]> = [
  ['housing (bestemmingsplan)', { kind: 'housing' }, 'plan'],
  ['housing (feitelijk)', { kind: 'housing' }, 'feitelijk'],
  ['category 3.1', { kind: 'category', milieucategorie: '3.1' }, 'plan'],
  ['category 4.2', { kind: 'category', milieucategorie: '4.2' }, 'plan'],
  // Category 2: the densest outline (discs of 10 and 30 m around every dwelling), simplified
  // within 0.25 m (issue 15).
  ['category 2', { kind: 'category', milieucategorie: '2' }, 'plan'],
  // A bakery (2, functiemenging B): the function-mixing regime applies in mixed zones.
  ['activity 1071-a', { kind: 'activity', activityId: '1071-a' }, 'plan'],
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
  view: RuleView,
  nearBusinesses = false,
  nearAreas = false,
): Tally {
  const input = buildSurfaceInput(ds, { view });
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
    } else if (nearAreas) {
      // Around a vertex of an area, where its buffer's border runs; drawn again outside the
      // study area (clamping would pile points on its edge, a class boundary).
      do {
        const a = ds.sensitiveAreas[Math.floor(rnd() * ds.sensitiveAreas.length)]!;
        const ring = a.geometryRd[0]![0]!;
        const [bx, by] = ring[Math.floor(rnd() * ring.length)]!;
        const angle = rnd() * 2 * Math.PI;
        const r = rnd() * 250;
        xy = [bx! + r * Math.cos(angle), by! + r * Math.sin(angle)];
      } while (xy[0] < x0! || xy[0] > x1! || xy[1] < y0! || xy[1] > y1!);
    }
    const under = classAtPoint(classes, xy);
    if (under.boundaryDistanceM <= BAND_M) {
      tally.inBand++;
      continue;
    }
    const { verdict } = checkLocation(ds, { type: 'Point', coordinates: xy }, program, {
      crs: EPSG_RD,
      view,
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
  ['fixture city with sensitive areas', readFixtureDatasetWithAreas, 7],
  ['demo city (geodata/voorbeeldstad)', readDemoDataset, 2026],
] as const)('surface = location check on the %s', (_name, read, seed) => {
  const ds = read();
  const engine = new SurfaceEngine();

  it.each(PROGRAMS)(
    '%s: 1,000 random points agree outside the 0.5 m band (at most 15 in it)',
    (label, program, view) => {
      const tally = compare(ds, program, seed, engine, view);
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
    (label, program, view) => {
      const tally = compare(ds, program, seed + 1, engine, view, true);
      console.info(
        `[surface consistency] ${_name}, ${label}, near businesses: ${tally.agree} agree, ${tally.inBand} within ${BAND_M} m of a boundary, ${tally.disagree.length} disagree`,
      );
      expect(tally.disagree.slice(0, 5)).toEqual([]);
      expect(tally.agree + tally.inBand).toBe(POINTS);
      expect(tally.inBand).toBeLessThanOrEqual(MAX_IN_BAND.nearBusinesses);
    },
  );
});

describe('surface = location check near sensitive areas (fixture city with areas)', () => {
  const ds = readFixtureDatasetWithAreas();
  const engine = new SurfaceEngine();

  it('has sensitive areas, not points, for the polygons of its sensitive layer', () => {
    expect(ds.sensitiveAreas.map((a) => a.id)).toEqual([
      'A-oost',
      'A-wwz',
      'A-rand',
      'A-hof',
      'A-twee',
      'A-ver',
    ]);
    expect(ds.dwellings.count).toBe(122);
  });

  it.each(PROGRAMS.filter(([, p]) => p.kind !== 'housing'))(
    '%s: 1,000 points within 250 m of an area vertex agree outside the band (at most 100 in it)',
    (label, program, view) => {
      const tally = compare(ds, program, 5, engine, view, false, true);
      console.info(
        `[surface consistency] areas, ${label}, near areas: ${tally.agree} agree, ${tally.inBand} within ${BAND_M} m of a boundary, ${tally.disagree.length} disagree`,
      );
      expect(tally.disagree.slice(0, 5)).toEqual([]);
      expect(tally.agree + tally.inBand).toBe(POINTS);
      expect(tally.inBand).toBeLessThanOrEqual(MAX_IN_BAND.nearBusinesses);
    },
  );
});
