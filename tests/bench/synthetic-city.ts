/**
 * A deterministic synthetic city at "city scale" for the benchmarks (issue 3):
 * 150,000 dwellings, 2,000 businesses, 300 zones, in RD New around Amsterdam.
 * Used until the project's generator (src/generator, generateCityRd) is on this
 * branch; it only needs the same shapes, not a pretty map.
 */
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { MILIEUCATEGORIEEN } from '../../src/core/domain.ts';

/** Mulberry32: a tiny seeded PRNG, so every run benchmarks the same city. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticCityRd {
  zones: FeatureCollection<Polygon>;
  businesses: FeatureCollection<Polygon | Point>;
  dwellings: FeatureCollection<Point>;
  /** City extent `[minX, minY, maxX, maxY]`, RD metres. */
  extentRd: [number, number, number, number];
}

/** City extent: 12 × 10 km in RD (≈ 120 km², Amsterdam-like density of dwellings). */
const MIN_X = 114000;
const MIN_Y = 480000;
const WIDTH = 12000;
const HEIGHT = 10000;

/** An irregular convex-ish polygon of `n` vertices around a centre (closed ring). */
function blob(rand: () => number, cx: number, cy: number, r: number, n: number): Polygon {
  const ring: number[][] = [];
  for (let i = 0; i < n; i++) {
    const a = (i / n) * 2 * Math.PI;
    const rr = r * (0.75 + 0.25 * rand());
    ring.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]);
  }
  ring.push([...ring[0]!]);
  return { type: 'Polygon', coordinates: [ring] };
}

/**
 * Generates the synthetic city in RD metres.
 * @param seed PRNG seed
 * @param scale dwellings, businesses and zones (default city scale)
 * @returns zones, businesses and dwellings as RD feature collections
 * @example generateSyntheticCityRd(42).dwellings.features.length // 150000
 */
export function generateSyntheticCityRd(
  seed = 42,
  scale = { dwellings: 150_000, businesses: 2_000, zones: 300 },
): SyntheticCityRd {
  const rand = createRandom(seed);
  const zones: Feature<Polygon>[] = [];
  const zoneCentres: { x: number; y: number; r: number; type: string }[] = [];
  for (let i = 0; i < scale.zones; i++) {
    const type = i % 6 < 3 ? 'bedrijventerrein' : i % 6 < 5 ? 'woonwerkzone' : 'productieve-wijk';
    const r = type === 'bedrijventerrein' ? 150 + rand() * 350 : 100 + rand() * 200;
    const x = MIN_X + r + rand() * (WIDTH - 2 * r);
    const y = MIN_Y + r + rand() * (HEIGHT - 2 * r);
    zoneCentres.push({ x, y, r, type });
    const maxCat =
      type === 'bedrijventerrein'
        ? MILIEUCATEGORIEEN[3 + Math.floor(rand() * 4)]!
        : MILIEUCATEGORIEEN[1 + Math.floor(rand() * 2)]!;
    zones.push({
      type: 'Feature',
      properties: {
        id: `z-${i}`,
        name: `Zone ${i}`,
        zoneType: type,
        status: 'bestaand',
        maxMilieucategorie: maxCat,
        ...(type === 'bedrijventerrein' ? {} : { functiemenging: rand() < 0.5 ? 'A' : 'B' }),
      },
      geometry: blob(rand, x, y, r, 12 + Math.floor(rand() * 12)),
    });
  }
  const businesses: Feature<Polygon | Point>[] = [];
  const parks = zoneCentres.filter((z) => z.type === 'bedrijventerrein');
  const mixed = zoneCentres.filter((z) => z.type !== 'bedrijventerrein');
  for (let i = 0; i < scale.businesses; i++) {
    const onPark = i % 4 !== 3;
    const z = (onPark ? parks : mixed)[Math.floor(rand() * (onPark ? parks : mixed).length)]!;
    const a = rand() * 2 * Math.PI;
    const d = rand() * z.r * 0.6;
    const x = z.x + d * Math.cos(a);
    const y = z.y + d * Math.sin(a);
    const cat = onPark
      ? MILIEUCATEGORIEEN[1 + Math.floor(rand() * 6)]!
      : MILIEUCATEGORIEEN[Math.floor(rand() * 3)]!;
    const w = 15 + rand() * 40;
    const h = 15 + rand() * 40;
    businesses.push({
      type: 'Feature',
      properties: {
        id: `b-${i}`,
        name: `Bedrijf ${i}`,
        sbi: '2550',
        activity: 'test',
        milieucategorie: cat,
        ...(onPark ? {} : { functiemenging: 'A' }),
        bvoM2: Math.round(w * h),
        jobs: 5,
      },
      geometry: onPark
        ? {
            type: 'Polygon',
            coordinates: [
              [
                [x, y],
                [x + w, y],
                [x + w, y + h],
                [x + w / 2, y + h * 1.1],
                [x, y + h],
                [x, y],
              ],
            ],
          }
        : { type: 'Point', coordinates: [x, y] },
    });
  }
  const dwellings: Feature<Point>[] = [];
  for (let i = 0; i < scale.dwellings; i++) {
    const x = MIN_X + rand() * WIDTH;
    const y = MIN_Y + rand() * HEIGHT;
    dwellings.push({
      type: 'Feature',
      properties: { id: `w-${i}`, functie: 'wonen', homes: 1 },
      geometry: { type: 'Point', coordinates: [x, y] },
    });
  }
  return {
    zones: { type: 'FeatureCollection', features: zones },
    businesses: { type: 'FeatureCollection', features: businesses },
    dwellings: { type: 'FeatureCollection', features: dwellings },
    extentRd: [MIN_X, MIN_Y, MIN_X + WIDTH, MIN_Y + HEIGHT],
  };
}
