/**
 * A synthetic city at the scale of issue 4 (150,000 dwellings, 2,000 businesses, 300 zones,
 * 100 buurten) for the surface benchmark when the generator's city is not at hand. Seeded,
 * so every run measures the same data.
 */
import type { Milieucategorie } from '../../src/core/domain.ts';
import type { RdPolygon } from '../../src/core/clip.ts';
import type { SurfaceBusiness, SurfaceInput, SurfaceZone } from '../../src/core/surface/index.ts';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function rect(x: number, y: number, w: number, h: number): RdPolygon {
  return [
    [
      [x, y],
      [x + w, y],
      [x + w, y + h],
      [x, y + h],
      [x, y],
    ],
  ];
}

const CATEGORY_MIX: ReadonlyArray<[Milieucategorie, number]> = [
  ['1', 0.1],
  ['2', 0.3],
  ['3.1', 0.25],
  ['3.2', 0.15],
  ['4.1', 0.1],
  ['4.2', 0.05],
  ['5.1', 0.03],
  ['5.2', 0.02],
];

/** Builds the synthetic city around RD (140000, 470000), 10 × 10 km. */
export function makeSyntheticCity(
  seed = 4,
  counts = { dwellings: 150_000, businesses: 2_000, zones: 300 },
): SurfaceInput {
  const rnd = mulberry32(seed);
  const X0 = 140_000;
  const Y0 = 470_000;
  const SIZE = 10_000;
  const zones: SurfaceZone[] = [];
  const types = ['bedrijventerrein', 'woonwerkzone', 'productieve-wijk'] as const;
  for (let i = 0; i < counts.zones; i++) {
    const zoneType = types[i % 3]!;
    const w = zoneType === 'bedrijventerrein' ? 400 : 250;
    const x = X0 + rnd() * (SIZE - w);
    const y = Y0 + rnd() * (SIZE - w);
    zones.push({
      id: `Z${i}`,
      name: `Zone ${i}`,
      zoneType,
      maxMilieucategorie: zoneType === 'bedrijventerrein' ? '4.2' : zoneType === 'woonwerkzone' ? '2' : '3.1',
      omgevingstype: 'gemengd-gebied',
      rd: rect(x, y, w, w * (0.6 + 0.4 * rnd())),
    });
  }
  const parks = zones.filter((z) => z.zoneType === 'bedrijventerrein');
  const businesses: SurfaceBusiness[] = [];
  for (let i = 0; i < counts.businesses; i++) {
    let r = rnd();
    let milieucategorie: Milieucategorie = '1';
    for (const [c, p] of CATEGORY_MIX) {
      if (r < p) {
        milieucategorie = c;
        break;
      }
      r -= p;
    }
    const park = parks[Math.floor(rnd() * parks.length)]!;
    const ring = (park.rd as RdPolygon)[0]!;
    const x = ring[0]![0]! + rnd() * 340;
    const y = ring[0]![1]! + rnd() * 140;
    businesses.push({ id: `B${i}`, milieucategorie, rd: rect(x, y, 20 + rnd() * 40, 20 + rnd() * 40), xy: null });
  }
  const xy = new Float64Array(counts.dwellings * 2);
  for (let i = 0; i < counts.dwellings; i++) {
    xy[2 * i] = X0 + rnd() * SIZE;
    xy[2 * i + 1] = Y0 + rnd() * SIZE;
  }
  const buurten = [];
  for (let i = 0; i < 10; i++) {
    for (let j = 0; j < 10; j++) {
      buurten.push({ id: `BU${i}${j}`, name: `Buurt ${i}-${j}`, rd: rect(X0 + i * 1000, Y0 + j * 1000, 1000, 1000) });
    }
  }
  return { studyArea: rect(X0, Y0, SIZE, SIZE), zones, businesses, dwellingsXy: xy, buurten };
}
