/**
 * Benchmark of the whole-city surface (issues 4 and 15) on the generator's city-scale
 * Voorbeeldstad (150,000 dwellings, 2,000 businesses, 300 zones, 100 buurten). Targets (medians,
 * node): every program's full surface ≤ 400 ms — housing, each of the ten categories, and the
 * bakery, car repair and joinery activities; contours of all 2,000 businesses ≤ 100 ms; growth
 * from 1× to 4× city (four cities side by side) with k ≤ 1.1. The baseline, in the same run,
 * does what a first version would: Turf buffer + union + difference on the WGS84 data (one
 * run each: it takes seconds; the activities' baseline is that of their category).
 *
 * Run alone: `npx tsx tests/bench/surface.bench.ts`; or register `surfaceSuite` in run.ts.
 */
import { buffer as turfBuffer, difference, featureCollection, union } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { LAYERS } from '../../layers/index.ts';
import { initClipper } from '../../src/geo/clip/index.ts';
import { EPSG_RD, mapGeometry, toWgs84 } from '../../src/geo/crs.ts';
import { buildDataset, type Dataset } from '../../src/domain/dataset.ts';
import {
  buildSurfaceInput,
  computeContours,
  computeSurface,
  SurfaceEngine,
  type SurfaceInput,
  type SurfaceProgram,
} from '../../src/analysis/surface/index.ts';
import { MILIEUCATEGORIEEN } from '../../src/domain/domain.ts';
import { DEMO_SEED, generateCityRd } from '../../src/generator/city.ts';
import { canZonePermitBusiness } from '../../src/rules/zone-permission.ts';
import { requiredDistancesM } from '../../src/rules/vng.ts';
import {
  formatResults,
  isWithinTarget,
  runSuites,
  type BenchCase,
  type BenchSuite,
} from './harness.ts';

type Poly = Feature<Polygon | MultiPolygon>;

function toWgs84Feature(rd: number[][][][]): Poly {
  return {
    type: 'Feature',
    properties: {},
    geometry: mapGeometry({ type: 'MultiPolygon', coordinates: rd }, toWgs84),
  };
}

/** Turf union of many polygons, in halves (one call on thousands runs out of stack). */
function unionMany(features: Poly[]): Poly | null {
  if (features.length === 0) return null;
  if (features.length === 1) return features[0]!;
  const mid = features.length >> 1;
  const a = unionMany(features.slice(0, mid));
  const b = unionMany(features.slice(mid));
  if (!a || !b) return a ?? b;
  return union(featureCollection([a, b])) as Poly | null;
}

/** The naive housing surface: every plot buffered with Turf, unions, study area minus them. */
function naiveHousing(ds: Dataset, study: Poly): number {
  const near: Poly[] = [];
  const far: Poly[] = [];
  for (const b of ds.businesses) {
    if (!b.plotRd || !b.milieucategorie) continue;
    const plot = toWgs84Feature(b.plotRd);
    const req = requiredDistancesM(b.milieucategorie);
    if (req['gemengd-gebied'] > 0) {
      near.push(turfBuffer(plot, req['gemengd-gebied'], { units: 'meters' }) as Poly);
    }
    far.push(turfBuffer(plot, req['rustige-woonwijk'], { units: 'meters' }) as Poly);
  }
  const n = unionMany(near);
  const v = unionMany(far);
  const rest = v ? difference(featureCollection([study, v])) : study;
  return (n ? 1 : 0) + (rest ? 1 : 0);
}

/** The naive category surface: discs around the dwellings near permitting zones, with Turf. */
function naiveCategory(ds: Dataset, study: Poly, category: string): number {
  const req = requiredDistancesM(category);
  const reach = req['rustige-woonwijk'];
  const open = ds.zones.filter((z) => canZonePermitBusiness(z, category));
  const seen = new Set<number>();
  for (const z of open) {
    const [x0, y0, x1, y1] = z.bboxRd;
    for (const k of ds.dwellingIndex!.search(x0 - reach, y0 - reach, x1 + reach, y1 + reach)) {
      seen.add(k);
    }
  }
  const discs: Poly[] = [];
  for (const k of seen) {
    const p = toWgs84([ds.dwellings.xs[k]!, ds.dwellings.ys[k]!]);
    discs.push(
      turfBuffer(
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: p } },
        reach,
        { units: 'meters' },
      ) as Poly,
    );
  }
  const zones = unionMany(open.map((z) => toWgs84Feature(z.geometryRd)));
  const near = unionMany(discs);
  const allowed = zones && near ? difference(featureCollection([zones, near])) : zones;
  const refused = allowed ? difference(featureCollection([study, allowed])) : study;
  return refused ? 1 : 0;
}

/** Naive contours: two Turf buffers per business. */
function naiveContours(ds: Dataset): number {
  let count = 0;
  for (const b of ds.businesses) {
    if (!b.plotRd || !b.milieucategorie) continue;
    const plot = toWgs84Feature(b.plotRd);
    const req = requiredDistancesM(b.milieucategorie);
    for (const d of [req['rustige-woonwijk'], req['gemengd-gebied']]) {
      if (d > 0 && turfBuffer(plot, d, { units: 'meters' })) count++;
    }
  }
  return count;
}

/** Moves every position of a geometry by (dx, dy) metres (a copy). */
function shifted(geometry: Geometry, dx: number, dy: number): Geometry {
  return mapGeometry(geometry, (p) => [p[0]! + dx, p[1]! + dy]);
}

/**
 * The city-scale Voorbeeldstad repeated `nx` × `ny` times side by side in RD (ids suffixed per
 * copy), for the growth figures: 2 × 2 is four cities' data in one dataset.
 * @param nx copies east
 * @param ny copies north
 * @returns layer id → FeatureCollection (RD)
 */
export function tiledCityRd(nx: number, ny: number): Record<string, FeatureCollection> {
  const city = generateCityRd({ seed: DEMO_SEED, scale: 'city' });
  if (nx === 1 && ny === 1) return city;
  // The city spans 4 × 6 km by 3 × 5 km; a 1 km gap keeps the copies apart.
  const stepX = 25_000;
  const stepY = 16_000;
  const out: Record<string, FeatureCollection> = {};
  for (const [layerId, fc] of Object.entries(city)) {
    const features: Feature[] = [];
    for (let i = 0; i < nx; i++) {
      for (let j = 0; j < ny; j++) {
        const suffix = i === 0 && j === 0 ? '' : `-${i}${j}`;
        for (const f of fc.features) {
          const props = { ...(f.properties ?? {}) } as Record<string, unknown>;
          for (const key of ['id', 'code', 'buurtcode', 'wijkcode']) {
            if (typeof props[key] === 'string') props[key] = `${props[key] as string}${suffix}`;
          }
          features.push({
            ...f,
            ...(f.id !== undefined ? { id: `${f.id}${suffix}` } : {}),
            properties: props,
            geometry: f.geometry ? shifted(f.geometry, i * stepX, j * stepY) : f.geometry,
          });
        }
      }
    }
    out[layerId] = { type: 'FeatureCollection', features };
  }
  return out;
}

/**
 * The city-scale dataset and surface input, as the worker builds them.
 * @param copies the city repeated 1 × 1 (default) or e.g. 2 × 2 times (growth)
 */
export function cityInput(copies: [number, number] = [1, 1]): SurfaceInput {
  const city = tiledCityRd(copies[0], copies[1]);
  const roles = new Map(LAYERS.map((l) => [l.id, l.role]));
  const ds = buildDataset(
    Object.entries(city).flatMap(([layerId, features]) => {
      const role = roles.get(layerId);
      return role && role !== 'base' ? [{ layerId, role, features, crs: EPSG_RD }] : [];
    }),
  );
  return buildSurfaceInput(ds);
}

/** Target of every program's full surface at city scale, ms (issue 15). */
export const SURFACE_TARGET_MS = 400;
/** Largest growth exponent from 1× to 4× city (issue 15). */
export const SURFACE_GROWTH_MAX_K = 1.1;

/** The programs of the bench: name, program, and the category of its naive baseline. */
const SURFACE_BENCH_PROGRAMS: ReadonlyArray<[string, SurfaceProgram, string | null]> = [
  ['housing', { kind: 'housing' }, null],
  ...MILIEUCATEGORIEEN.map((c): [string, SurfaceProgram, string] => [
    `category ${c}`,
    { kind: 'category', milieucategorie: c },
    c,
  ]),
  ['activity 1071-a (bakery, functiemenging B)', { kind: 'activity', activityId: '1071-a' }, '2'],
  [
    'activity 4520-a (car repair, functiemenging B)',
    { kind: 'activity', activityId: '4520-a' },
    '2',
  ],
  ['activity 1623 (joinery factory, 3.2)', { kind: 'activity', activityId: '1623' }, '3.2'],
];

/** The programs whose growth from 1× to 4× city the bench measures. */
const SURFACE_GROWTH_PROGRAMS: ReadonlyArray<[string, SurfaceProgram]> = [
  ['housing', { kind: 'housing' }],
  ['category 3.1', { kind: 'category', milieucategorie: '3.1' }],
  ['activity 1071-a (bakery)', { kind: 'activity', activityId: '1071-a' }],
];

/** Growth figures of the last run of the suite (printed by tests/bench/run.ts). */
export const growth: { name: string; m1: number; m4: number; k: number }[] = [];

/** Prints the growth figures and returns the names of programs above the k target. */
export function reportGrowth(): string[] {
  if (growth.length === 0) return [];
  console.log('\nSurface growth 1× → 4× city (medians of 3; t ∝ size^k)');
  for (const g of growth) {
    console.log(
      `  ${g.name}: ${Math.round(g.m1)} ms → ${Math.round(g.m4)} ms, k = ${g.k.toFixed(2)} (target ≤ ${SURFACE_GROWTH_MAX_K})`,
    );
  }
  return growth.filter((g) => g.k > SURFACE_GROWTH_MAX_K).map((g) => `surface growth ${g.name}`);
}

/** The benchmark suite of the surface (register in tests/bench/run.ts). */
export const surfaceSuite: BenchSuite = {
  name: 'surface',
  setup: async () => {
    await initClipper();
    const input = cityInput();
    const { ds } = input;
    const study = toWgs84Feature([input.studyArea as number[][][]]);
    console.log(
      `surface bench city: ${ds.zones.length} zones, ${ds.businesses.length} businesses, ${ds.dwellings.count} dwellings, ${ds.neighbourhoods.length} buurten`,
    );
    // Incremental: one engine keeps its buffers; each run moves one business 1 m.
    const engine = new SurfaceEngine();
    engine.computeSurface(input, { kind: 'housing' });
    const moved = ds.businesses.find((b) => b.plotRd)!;
    const programs = SURFACE_BENCH_PROGRAMS.map(([name, program, category]): BenchCase => ({
      name: `full surface, ${name} (incl. statistics)`,
      iterations: 5,
      warmup: 1,
      run: () => computeSurface(input, program),
      naive: {
        iterations: 1,
        run: () => (category ? naiveCategory(ds, study, category) : naiveHousing(ds, study)),
      },
      targetMs: SURFACE_TARGET_MS,
      targetOn: 'median',
    }));
    const cases: BenchCase[] = [
      ...programs,
      {
        name: 'contours, all 2,000 businesses (both omgevingstypes)',
        iterations: 5,
        warmup: 1,
        run: () => computeContours(input),
        naive: { iterations: 1, run: () => naiveContours(ds) },
        targetMs: 100,
        targetOn: 'median',
      },
      {
        name: 'housing after moving one business (cached buffers)',
        iterations: 5,
        run: (i) => {
          for (const ring of moved.plotRd![0]!) for (const p of ring) p[0]! += i % 2 ? -1 : 1;
          return engine.computeSurface(input, { kind: 'housing' });
        },
      },
    ];
    // Growth from 1× to 4× (the city four times side by side): t ∝ size^k, k = log4(t4 / t1).
    const big = cityInput([2, 2]);
    console.log(
      `surface bench 4× city: ${big.ds.zones.length} zones, ${big.ds.businesses.length} businesses, ${big.ds.dwellings.count} dwellings`,
    );
    for (const [name, program] of SURFACE_GROWTH_PROGRAMS) {
      const t1: number[] = [];
      const t4: number[] = [];
      for (let i = 0; i < 3; i++) {
        let t = performance.now();
        computeSurface(input, program);
        t1.push(performance.now() - t);
        t = performance.now();
        computeSurface(big, program);
        t4.push(performance.now() - t);
      }
      const m1 = [...t1].sort((a, b) => a - b)[1]!;
      const m4 = [...t4].sort((a, b) => a - b)[1]!;
      const k = Math.log(m4 / m1) / Math.log(4);
      growth.push({ name, m1, m4, k });
      cases.push({
        name: `full surface at 4× city, ${name}`,
        iterations: t4.length,
        run: () => 0,
        samplesMs: t4,
      });
    }
    return cases;
  },
};

// Runnable alone: `npx tsx tests/bench/surface.bench.ts`.
if (process.argv[1]?.endsWith('surface.bench.ts')) {
  const results = await runSuites([surfaceSuite]);
  console.log(formatResults(results));
  const slowGrowth = reportGrowth();
  if (results.some((r) => !isWithinTarget(r)) || slowGrowth.length > 0) process.exitCode = 1;
}
