/**
 * Benchmark of the proposal impact at city scale (issue 5): the project
 * generator's "city" (2,000 businesses, 150,000 dwellings, 100 buurten),
 * ten 300 m × 300 m housing proposals on business parks. The timed case is
 * what the app does while a corner is dragged: one proposal changes (a new
 * object with a moved corner) and `computeImpacts` runs with the cache, so
 * the other proposals are reused. Target: ≤ 5 ms p95.
 *
 * The baseline does the same work for the edited proposal with Turf and no
 * index, as a first version would: intersect with every zone and every buurt,
 * point-in-polygon over every business, distance to every business.
 *
 * Run alone: `npx tsx tests/bench/proposals.bench.ts`; or registered in run.ts.
 */
import {
  area as turfArea,
  booleanPointInPolygon,
  featureCollection,
  intersect,
  pointToPolygonDistance,
} from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { pathToFileURL } from 'node:url';
import { initClipper } from '../../src/geo/clip/index.ts';
import { mapGeometry, toWgs84 } from '../../src/geo/crs.ts';
import { buildDataset, type DatasetLayerInput } from '../../src/domain/dataset.ts';
import type { ProposalProperties } from '../../src/domain/domain.ts';
import { buildProposalContext } from '../../src/analysis/proposals/context.ts';
import { computeImpacts, createImpactCache } from '../../src/analysis/proposals/impact.ts';
import type { ProposalFeature } from '../../src/analysis/proposals/types.ts';
import { generateCityRd } from '../../src/generator/city.ts';
import { createRandom } from '../../src/generator/random.ts';
import { requiredDistancesM } from '../../src/rules/index.ts';
import { formatResults, runSuites, type BenchCase, type BenchSuite } from './harness.ts';

/** Side of a benchmark proposal, metres. */
const SIDE_M = 300;
const PROPOSAL_COUNT = 10;

function squareWgs84(cx: number, cy: number, side: number, wiggle: number): Polygon {
  const h = side / 2;
  const ring: Position[] = [
    [cx - h + wiggle, cy - h],
    [cx + h, cy - h],
    [cx + h, cy + h],
    [cx - h, cy + h],
  ].map((p) => toWgs84(p));
  ring.push(ring[0]!);
  return { type: 'Polygon', coordinates: [ring] };
}

function toWgs84Collection(fc: FeatureCollection): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({ ...f, geometry: mapGeometry(f.geometry, toWgs84) })),
  };
}

/** The suite for tests/bench/run.ts. */
export const proposalsSuite: BenchSuite = {
  name: 'proposals',
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
    const ctx = buildProposalContext(ds);

    // Proposals centred on business parks (housing on business land: the expensive case).
    const rnd = createRandom(7);
    const parks = ds.zones.filter((z) => z.zoneType === 'bedrijventerrein');
    const centres = Array.from({ length: PROPOSAL_COUNT }, (_, k) => {
      const z = parks[k % parks.length]!;
      const [x0, y0, x1, y1] = z.bboxRd;
      return [x0 + (x1 - x0) * rnd.range(0.3, 0.7), y0 + (y1 - y0) * rnd.range(0.3, 0.7)];
    });
    const makeProposal = (k: number, wiggle: number): ProposalFeature => {
      const properties: ProposalProperties = {
        id: `P${k}`,
        name: `Bench ${k}`,
        use: 'woningbouw',
        homes: 300,
        bvoM2: 2000,
        status: 'concept',
        note: '',
      };
      const [cx, cy] = centres[k]!;
      return {
        type: 'Feature',
        properties,
        geometry: squareWgs84(cx!, cy!, SIDE_M, wiggle),
      };
    };
    let list = centres.map((_, k) => makeProposal(k, 0));
    const cache = createImpactCache();
    computeImpacts(ctx, list, { cache });

    // Turf inputs (WGS84), built once.
    const zonesWgs = toWgs84Collection(city.bedrijventerreinen).features as Feature<
      Polygon | MultiPolygon
    >[];
    const buurtenWgs = toWgs84Collection(city.buurten).features as Feature<
      Polygon | MultiPolygon
    >[];
    const businessesWgs = toWgs84Collection(city.bedrijven).features as Feature<Polygon | Point>[];
    const businessPoints = businessesWgs.map((b) =>
      b.geometry.type === 'Point'
        ? b.geometry.coordinates
        : (b.geometry.coordinates[0]![0] as Position),
    );

    /** The same impact for one proposal with Turf, no index (spherical areas, as Turf gives). */
    const naiveImpact = (p: ProposalFeature): number => {
      let taken = 0;
      for (const z of zonesWgs) {
        const hit = intersect(featureCollection([p, z]));
        if (hit) taken += turfArea(hit);
      }
      let removed = 0;
      businessPoints.forEach((pt, i) => {
        if (booleanPointInPolygon(pt, p)) removed += Number(businessesWgs[i]!.properties?.bvoM2);
      });
      let buurtArea = 0;
      for (const b of buurtenWgs) {
        const hit = intersect(featureCollection([p, b]));
        if (hit) buurtArea += turfArea(hit);
      }
      let conflicts = 0;
      businessPoints.forEach((pt, i) => {
        const cat = String(businessesWgs[i]!.properties?.milieucategorie);
        const reach = requiredDistancesM(cat)['rustige-woonwijk'];
        const d = booleanPointInPolygon(pt, p)
          ? 0
          : pointToPolygonDistance(pt, p, { units: 'meters' });
        if (d < reach) conflicts++;
      });
      return taken + removed + buurtArea + conflicts;
    };

    return [
      {
        name: `recompute one edited proposal (${PROPOSAL_COUNT} proposals, city)`,
        iterations: 300,
        warmup: 20,
        targetMs: 5,
        run: (i) => {
          const k = i % PROPOSAL_COUNT;
          const next = list.slice();
          next[k] = makeProposal(k, ((i % 7) - 3) * 2);
          list = next;
          return computeImpacts(ctx, list, { cache }).totals.netLandM2;
        },
        naive: {
          iterations: 10,
          run: (i) => naiveImpact(makeProposal(i % PROPOSAL_COUNT, ((i % 7) - 3) * 2)),
        },
      },
      {
        name: `all ${PROPOSAL_COUNT} proposals from scratch (no cache)`,
        iterations: 20,
        warmup: 2,
        run: () => computeImpacts(ctx, list).totals.netLandM2,
      },
    ];
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatResults(await runSuites([proposalsSuite])));
}
