/**
 * Benchmark of the whole-city surface (issue 4) on the generator's city-scale Voorbeeldstad
 * (150,000 dwellings, 2,000 businesses, 300 zones, 100 buurten). Targets (medians, node):
 * full surface ≤ 250 ms for housing and for one business category; contours of all 2,000
 * businesses ≤ 100 ms. The baseline, in the same run, does what a first version would: Turf
 * buffer + union + difference on the WGS84 data (one run each: it takes seconds).
 *
 * Run alone: `npx tsx tests/bench/surface.bench.ts`; or register `surfaceSuite` in run.ts.
 */
import { buffer as turfBuffer, difference, featureCollection, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
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
} from '../../src/analysis/surface/index.ts';
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

/** The city-scale dataset and surface input, as the worker builds them. */
export function cityInput(): SurfaceInput {
  const city = generateCityRd({ seed: DEMO_SEED, scale: 'city' });
  const roles = new Map(LAYERS.map((l) => [l.id, l.role]));
  const ds = buildDataset(
    Object.entries(city).flatMap(([layerId, features]) => {
      const role = roles.get(layerId);
      return role && role !== 'base' ? [{ layerId, role, features, crs: EPSG_RD }] : [];
    }),
  );
  return buildSurfaceInput(ds);
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
    const cases: BenchCase[] = [
      {
        name: 'full surface, housing (incl. statistics)',
        iterations: 5,
        warmup: 1,
        run: () => computeSurface(input, { kind: 'housing' }),
        naive: { iterations: 1, run: () => naiveHousing(ds, study) },
        targetMs: 250,
        targetOn: 'median',
      },
      {
        name: 'full surface, category 3.2 (incl. statistics)',
        iterations: 5,
        warmup: 1,
        run: () => computeSurface(input, { kind: 'category', milieucategorie: '3.2' }),
        naive: { iterations: 1, run: () => naiveCategory(ds, study, '3.2') },
        targetMs: 250,
        targetOn: 'median',
      },
      {
        name: 'full surface, activity 1071-a (bakery, functiemenging B)',
        iterations: 3,
        warmup: 1,
        run: () => computeSurface(input, { kind: 'activity', activityId: '1071-a' }),
      },
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
    return cases;
  },
};

// Runnable alone: `npx tsx tests/bench/surface.bench.ts`.
if (process.argv[1]?.endsWith('surface.bench.ts')) {
  const results = await runSuites([surfaceSuite]);
  console.log(formatResults(results));
  if (results.some((r) => !isWithinTarget(r))) process.exitCode = 1;
}
