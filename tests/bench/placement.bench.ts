/**
 * Benchmark of "het juiste bedrijf op de juiste plaats" (issue 17) at city scale (the
 * generator's city: 2,000 businesses, 300 zones, 150,000 dwellings):
 * - the mismatch classification of every business (target ≤ 20 ms median), next to the same
 *   classification without the zone index (every business against every zone);
 * - a zoekprofiel ranking over all zones with the Locatiecheck verdict of each placement
 *   (target ≤ 50 ms median), next to a first version that recomputes free area over all
 *   businesses per zone and checks the whole zone polygon. The one-time preparation
 *   (free area, placement samples) is timed as its own case.
 *
 * Run alone: `npx tsx tests/bench/placement.bench.ts`; or registered in run.ts.
 */
import { pathToFileURL } from 'node:url';
import { buildDataset, type DatasetLayerInput } from '../../src/domain/dataset.ts';
import { MILIEUCATEGORIEEN } from '../../src/domain/domain.ts';
import { generateCityRd } from '../../src/generator/city.ts';
import {
  classifyMismatches,
  classifyMismatchesNaive,
} from '../../src/analysis/placement/mismatch.ts';
import {
  prepareSearch,
  searchPlaces,
  searchPlacesNaive,
  type SearchProfile,
} from '../../src/analysis/placement/zoekprofiel.ts';
import { formatResults, runSuites, type BenchCase, type BenchSuite } from './harness.ts';

function cityLayers(): DatasetLayerInput[] {
  const city = generateCityRd({ seed: 20260101, scale: 'city' });
  return (
    [
      { layerId: 'bedrijventerreinen', role: 'zone', features: city.bedrijventerreinen },
      { layerId: 'woonwerkzones', role: 'zone', features: city.woonwerkzones },
      { layerId: 'productieve-wijken', role: 'zone', features: city['productieve-wijken'] },
      { layerId: 'bedrijven', role: 'business', features: city.bedrijven },
      { layerId: 'woningen', role: 'sensitive', features: city.woningen },
      { layerId: 'buurten', role: 'neighbourhood', features: city.buurten },
    ] as const
  ).map((l) => ({ ...l, crs: 'EPSG:28992' as const }));
}

/** The suite for tests/bench/run.ts. */
export const placementSuite: BenchSuite = {
  name: 'placement',
  setup(): BenchCase[] {
    const layers = cityLayers();
    const ds = buildDataset(layers);
    const [x0, y0, x1, y1] = ds.zones.reduce(
      (b, z) => [
        Math.min(b[0]!, z.bboxRd[0]),
        Math.min(b[1]!, z.bboxRd[1]),
        Math.max(b[2]!, z.bboxRd[2]),
        Math.max(b[3]!, z.bboxRd[3]),
      ],
      [Infinity, Infinity, -Infinity, -Infinity],
    );
    // Profiles over the light-to-medium categories most relocations are about, from places
    // spread over the city, mixed areas allowed (the widest search).
    const cats = MILIEUCATEGORIEEN.slice(0, 5);
    const profile = (i: number): SearchProfile => ({
      program: { kind: 'category', milieucategorie: cats[i % cats.length]! },
      areaM2: 1500 + (i % 4) * 1000,
      areaKind: 'land',
      fromRd: [x0! + ((i * 0.37) % 1) * (x1! - x0!), y0! + ((i * 0.61) % 1) * (y1! - y0!)],
      requireBusinessPark: false,
    });
    const prepSamples: number[] = [];
    {
      // The first (cold) preparation on a fresh dataset, then warm ones on fresh datasets.
      for (let k = 0; k < 3; k++) {
        const fresh = buildDataset(layers);
        const t0 = performance.now();
        prepareSearch(fresh);
        prepSamples.push(performance.now() - t0);
      }
    }
    prepareSearch(ds);
    const zones = ds.zones.length;
    return [
      {
        name: `mismatch classification (${ds.businesses.length} businesses, ${zones} zones)`,
        iterations: 50,
        warmup: 5,
        targetMs: 20,
        targetOn: 'median',
        run: () => classifyMismatches(ds).totals.above.count,
        naive: { iterations: 5, run: () => classifyMismatchesNaive(ds).totals.above.count },
      },
      {
        name: `zoekprofiel: prepare free area + placement samples (${zones} zones, once per dataset)`,
        iterations: 0,
        samplesMs: prepSamples,
        run: () => 0,
      },
      {
        name: `zoekprofiel ranking over ${zones} zones with Locatiecheck verdicts`,
        iterations: 60,
        warmup: 5,
        targetMs: 50,
        targetOn: 'median',
        run: (i) => searchPlaces(ds, profile(i)).candidates.length,
        naive: { iterations: 3, run: (i) => searchPlacesNaive(ds, profile(i)) },
      },
    ];
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatResults(await runSuites([placementSuite])));
}
