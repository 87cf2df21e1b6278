/**
 * Benchmark of the wijkprofielen at city scale (issue 16): the project generator's "city"
 * (100 buurten, 150,000 dwellings, 2,000 businesses, 300 zones). The timed case computes
 * every indicator for every buurt, wijk and the city from the dataset (point in buurt for
 * all dwellings and businesses, jobs, sections, categories, floor area, business land by
 * Clipper). Target: ≤ 50 ms median.
 *
 * The baseline is what a first version would write: for every dwelling and business, Turf's
 * `booleanPointInPolygon` over the buurten in order until one contains it (no index), and
 * the business land by Turf `intersect` of every buurt with every business park.
 *
 * Run alone: `npx tsx --expose-gc tests/bench/wijkprofiel.bench.ts`; or registered in run.ts.
 */
import { area as turfArea, booleanPointInPolygon, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { pathToFileURL } from 'node:url';
import { computeWijkprofielen } from '../../src/analysis/wijkprofiel/compute.ts';
import { buildDataset, type DatasetLayerInput } from '../../src/domain/dataset.ts';
import { initClipper } from '../../src/geo/clip/index.ts';
import { generateCityRd } from '../../src/generator/city.ts';
import { formatResults, runSuites, type BenchCase, type BenchSuite } from './harness.ts';

/** The suite for tests/bench/run.ts. */
export const wijkprofielSuite: BenchSuite = {
  name: 'wijkprofiel',
  async setup(): Promise<BenchCase[]> {
    await initClipper();
    const city = generateCityRd({ seed: 20260101, scale: 'city' });
    const layers: DatasetLayerInput[] = (
      [
        { layerId: 'bedrijventerreinen', role: 'zone', features: city.bedrijventerreinen },
        { layerId: 'woonwerkzones', role: 'zone', features: city.woonwerkzones },
        { layerId: 'productieve-wijken', role: 'zone', features: city['productieve-wijken'] },
        { layerId: 'bedrijven', role: 'business', features: city.bedrijven },
        { layerId: 'woningen', role: 'sensitive', features: city.woningen },
        { layerId: 'buurten', role: 'neighbourhood', features: city.buurten },
      ] as const
    ).map((l) => ({ ...l, crs: 'EPSG:28992' as const }));
    const ds = buildDataset(layers);
    const buurten = ds.neighbourhoods.length;

    // Turf works on the same RD coordinates: point in polygon is planar arithmetic anyway.
    const buurtFeatures: Feature<MultiPolygon>[] = ds.neighbourhoods.map((n) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: n.geometryRd },
    }));
    const parkFeatures: Feature<MultiPolygon>[] = ds.zones
      .filter((z) => z.zoneType === 'bedrijventerrein')
      .map((z) => ({
        type: 'Feature',
        properties: {},
        geometry: { type: 'MultiPolygon', coordinates: z.geometryRd },
      }));
    const businessXy = ds.businesses.map(
      (b) => b.pointRd ?? b.plotRd![0]![0]![0]!.slice(0, 2),
    ) as number[][];
    const naive = (): number => {
      const homes = new Float64Array(buurten);
      const jobs = new Float64Array(buurten);
      const d = ds.dwellings;
      for (let k = 0; k < d.count; k++) {
        const pt = [d.xs[k]!, d.ys[k]!];
        const i = buurtFeatures.findIndex((b) => booleanPointInPolygon(pt, b));
        if (i >= 0) homes[i] = homes[i]! + d.homes[k]!;
      }
      businessXy.forEach((pt, k) => {
        const i = buurtFeatures.findIndex((b) => booleanPointInPolygon(pt, b));
        if (i >= 0) jobs[i] = jobs[i]! + (Number(ds.businesses[k]!.properties.jobs) || 0);
      });
      let land = 0;
      for (const b of buurtFeatures) {
        for (const p of parkFeatures) {
          const hit = intersect(featureCollection<Polygon | MultiPolygon>([b, p]));
          // Planar area would need another pass; Turf's spherical area only keeps the work.
          if (hit) land += turfArea(hit);
        }
      }
      return homes[0]! + jobs[0]! + land;
    };

    return [
      {
        name: `all indicators, all ${buurten} buurten (150k dwellings, 2k businesses)`,
        iterations: 40,
        warmup: 5,
        targetMs: 50,
        targetOn: 'median',
        run: () => computeWijkprofielen(ds).city.homes,
        naive: { iterations: 1, run: naive },
      },
    ];
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatResults(await runSuites([wijkprofielSuite])));
}
