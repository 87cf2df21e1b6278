/**
 * Benchmark of the location check at city scale (issue 3): 150,000 dwellings,
 * 2,000 businesses, 300 zones (the project generator, scale "city"). Targets: point check ≤ 1 ms p95, polygon check
 * (≈ 0.1 km²) ≤ 2 ms p95, one-time preparation (projection + indexes) ≤ 150 ms.
 * The naive baseline loops over all features with Turf, as a first version would.
 */
import {
  booleanIntersects,
  booleanPointInPolygon,
  distance as turfDistance,
  pointToPolygonDistance,
} from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon, Position } from 'geojson';
import { mapGeometry, toWgs84 } from '../../src/geo/crs.ts';
import { buildDataset, type DatasetLayerInput } from '../../src/domain/dataset.ts';
import {
  checkLocation,
  classifyDistance,
  prepareRules,
  requiredDistancesM,
  type Program,
} from '../../src/rules/index.ts';
import type { BenchCase, BenchSuite } from './harness.ts';
import { generateCityRd } from '../../src/generator/city.ts';
import { createRandom } from '../../src/generator/random.ts';

function toWgs84Collection<G extends Polygon | Point>(
  fc: FeatureCollection<G>,
): FeatureCollection<G> {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({ ...f, geometry: mapGeometry(f.geometry, toWgs84) })),
  };
}

/** A square of about 0.1 km² (316 m side), rotated, around an RD centre, as WGS84. */
function squareWgs84(cx: number, cy: number, angle: number): Polygon {
  const h = Math.sqrt(100_000) / 2;
  const ring: Position[] = [];
  for (const [dx, dy] of [
    [-h, -h],
    [h, -h],
    [h, h],
    [-h, h],
  ] as const) {
    ring.push(
      toWgs84([
        cx + dx * Math.cos(angle) - dy * Math.sin(angle),
        cy + dx * Math.sin(angle) + dy * Math.cos(angle),
      ]),
    );
  }
  ring.push(ring[0]!);
  return { type: 'Polygon', coordinates: [ring] };
}

/** Naive housing check: every zone and every business with Turf (spherical), no index. */
function naiveHousing(
  place: Point | Polygon,
  zones: Feature<Polygon>[],
  businesses: Feature<Polygon | Point>[],
): number {
  let gemengd = false;
  let onPark = false;
  for (const z of zones) {
    const hit =
      place.type === 'Point' ? booleanPointInPolygon(place, z) : booleanIntersects(place, z);
    if (!hit) continue;
    if (z.properties?.zoneType === 'bedrijventerrein') onPark = true;
    else gemengd = true;
  }
  const omg = gemengd ? 'gemengd-gebied' : 'rustige-woonwijk';
  let conflicts = onPark ? 1 : 0;
  const placeVertices = place.type === 'Point' ? [place.coordinates] : place.coordinates[0]!;
  for (const b of businesses) {
    const cat = String(b.properties?.milieucategorie);
    let d: number;
    if (b.geometry.type === 'Point') {
      d =
        place.type === 'Point'
          ? turfDistance(place.coordinates, b.geometry.coordinates, { units: 'meters' })
          : Math.max(0, pointToPolygonDistance(b.geometry.coordinates, place, { units: 'meters' }));
    } else if (place.type === 'Point') {
      d = Math.max(0, pointToPolygonDistance(place.coordinates, b.geometry, { units: 'meters' }));
    } else if (booleanIntersects(place, b.geometry)) {
      d = 0;
    } else {
      d = Infinity;
      for (const v of placeVertices) {
        d = Math.min(d, pointToPolygonDistance(v, b.geometry, { units: 'meters' }));
      }
      for (const v of b.geometry.coordinates[0]!) {
        d = Math.min(d, pointToPolygonDistance(v, place, { units: 'meters' }));
      }
    }
    if (classifyDistance(d, cat, omg) !== 'ok') conflicts++;
  }
  return conflicts;
}

/** Naive business check: every dwelling with Turf. */
function naiveBusiness(
  place: Point | Polygon,
  category: string,
  dwellings: Feature<Point>[],
): number {
  const reach = requiredDistancesM(category)['rustige-woonwijk'];
  let conflicts = 0;
  for (const w of dwellings) {
    const d =
      place.type === 'Point'
        ? turfDistance(place.coordinates, w.geometry.coordinates, { units: 'meters' })
        : Math.max(0, pointToPolygonDistance(w.geometry.coordinates, place, { units: 'meters' }));
    if (d < reach) conflicts++;
  }
  return conflicts;
}

export const locationCheckSuite: BenchSuite = {
  name: 'location-check',
  setup: () => {
    // The project's generator at city scale (src/generator): 150,000 dwellings,
    // 2,000 businesses, 300 zones, in RD.
    const city = generateCityRd({ seed: 42, scale: 'city' });
    const zonesRd = [
      ...city.bedrijventerreinen.features,
      ...city.woonwerkzones.features,
      ...city['productieve-wijken'].features,
    ] as Feature<Polygon>[];
    // The app's files are WGS84: preparation includes projecting them to RD.
    const zones = toWgs84Collection({ type: 'FeatureCollection', features: zonesRd });
    const businesses = toWgs84Collection(city.bedrijven as FeatureCollection<Polygon | Point>);
    const dwellings = toWgs84Collection(city.woningen as FeatureCollection<Point>);
    const inputs: DatasetLayerInput[] = [
      { layerId: 'zones', role: 'zone', features: zones },
      { layerId: 'bedrijven', role: 'business', features: businesses },
      { layerId: 'woningen', role: 'sensitive', features: dwellings },
    ];
    const t0 = performance.now();
    const ds = buildDataset(inputs);
    prepareRules(ds);
    const coldMs = performance.now() - t0;

    const rng = createRandom(7);
    const rand = () => rng.next();
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const f of city.woningen.features as Feature<Point>[]) {
      const [x, y] = f.geometry.coordinates as [number, number];
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
    const N = 256;
    const points: Point[] = [];
    const squares: Polygon[] = [];
    for (let i = 0; i < N; i++) {
      const x = x0 + 500 + rand() * (x1 - x0 - 1000);
      const y = y0 + 500 + rand() * (y1 - y0 - 1000);
      points.push({ type: 'Point', coordinates: toWgs84([x, y]) });
      squares.push(squareWgs84(x, y, rand() * Math.PI));
    }
    const housing: Program = { kind: 'housing' };
    const cat32: Program = { kind: 'category', milieucategorie: '3.2' };
    const pick = <T>(arr: T[], i: number) => arr[i % arr.length]!;

    const cases: BenchCase[] = [
      {
        name: 'preparation, first (cold) run in this process',
        iterations: 1,
        run: () => undefined,
        samplesMs: [coldMs],
      },
      {
        name: 'preparation: project + index (150k dwellings, 2k businesses, 300 zones)',
        iterations: 15,
        warmup: 2,
        run: () => prepareRules(buildDataset(inputs)),
        targetMs: 150,
        targetOn: 'median',
      },
      {
        name: 'point check, housing',
        iterations: 2000,
        warmup: 50,
        run: (i) => checkLocation(ds, pick(points, i), housing),
        naive: {
          iterations: 15,
          run: (i) => naiveHousing(pick(points, i), zones.features, businesses.features),
        },
        targetMs: 1,
      },
      {
        name: 'point check, business cat. 3.2',
        iterations: 2000,
        warmup: 50,
        run: (i) => checkLocation(ds, pick(points, i), cat32),
        naive: {
          iterations: 5,
          run: (i) => naiveBusiness(pick(points, i), '3.2', dwellings.features),
        },
        targetMs: 1,
      },
      {
        name: 'polygon check ≈ 0.1 km², housing',
        iterations: 1000,
        warmup: 50,
        run: (i) => checkLocation(ds, pick(squares, i), housing),
        naive: {
          iterations: 5,
          run: (i) => naiveHousing(pick(squares, i), zones.features, businesses.features),
        },
        targetMs: 2,
      },
      {
        name: 'polygon check ≈ 0.1 km², business cat. 3.2',
        iterations: 1000,
        warmup: 50,
        run: (i) => checkLocation(ds, pick(squares, i), cat32),
        naive: {
          iterations: 3,
          run: (i) => naiveBusiness(pick(squares, i), '3.2', dwellings.features),
        },
        targetMs: 2,
      },
    ];
    return cases;
  },
};
