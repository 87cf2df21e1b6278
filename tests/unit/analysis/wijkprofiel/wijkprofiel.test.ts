/**
 * Wijkprofielen (issue 16): a hand-computed fixture (a point on a shared buurt boundary, a
 * buurt without data, an estimated job count, overlapping business parks), the before/after
 * change, the class breaks, and counts against shapely on the demo city and on Utrecht's 111
 * real buurten (tests/fixtures/wijkprofiel/reference.json, with the command that made it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  applyDelta,
  buurtDeltasOf,
  classBreaks,
  classOf,
  computeWijkprofielen,
  indicatorById,
  indicatorValue,
  isEstimated,
  modeValue,
  profilesToCsv,
  profilesToGeoJson,
  wijkOf,
  type Profiel,
} from '../../../../src/analysis/wijkprofiel/index.ts';
import { buildDataset, type DatasetLayerInput } from '../../../../src/domain/dataset.ts';
import { jobsOfBusiness, sbiSectionOf } from '../../../../src/domain/work.ts';
import { initClipper } from '../../../../src/geo/clip/index.ts';
import { toRd } from '../../../../src/geo/crs.ts';
import { DEMO_SEED, generateCityRd } from '../../../../src/generator/city.ts';

const ROOT = join(import.meta.dirname, '../../../..');
const REALDATA = [join(ROOT, '../shared/realdata'), join(ROOT, '../../shared/realdata')].find((d) =>
  existsSync(d),
);

beforeAll(async () => {
  await initClipper();
});

const X0 = 155_000;
const Y0 = 463_000;

function square(x: number, y: number, w: number, h: number): number[][][] {
  return [
    [
      [X0 + x, Y0 + y],
      [X0 + x + w, Y0 + y],
      [X0 + x + w, Y0 + y + h],
      [X0 + x, Y0 + y + h],
      [X0 + x, Y0 + y],
    ],
  ];
}

function fc(features: Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features };
}

function point(x: number, y: number, properties: Record<string, unknown>): Feature {
  return {
    type: 'Feature',
    properties,
    geometry: { type: 'Point', coordinates: [X0 + x, Y0 + y] },
  };
}

function polygon(coords: number[][][], properties: Record<string, unknown>): Feature {
  return { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: coords } };
}

/**
 * Three buurten of 100 × 100 m: A (0–100, 0–100), B (100–200, 0–100) sharing A's east edge,
 * C (0–100, 100–200) with nothing in it. Wijken from the CBS codes: A, B in WK000101, C in
 * WK000102.
 */
function fixture() {
  const layers: DatasetLayerInput[] = [
    {
      layerId: 'buurten',
      role: 'neighbourhood',
      features: fc([
        polygon(square(0, 0, 100, 100), { id: 'BU00010101', name: 'A' }),
        polygon(square(100, 0, 100, 100), { id: 'BU00010102', name: 'B' }),
        polygon(square(0, 100, 100, 100), { id: 'BU00010201', name: 'C' }),
      ]),
    },
    {
      layerId: 'woningen',
      role: 'sensitive',
      features: fc([
        point(10, 10, { id: 'w1', homes: 2, bvoM2: 100 }),
        point(20, 20, { id: 'w2', functie: 'wonen', homes: 1, bvoM2: 80 }),
        // Exactly on the A|B boundary: counts in A (first in data order).
        point(100, 50, { id: 'w3', homes: 5 }),
        point(150, 50, { id: 'w4', homes: 3 }),
        point(160, 60, { id: 's1', functie: 'onderwijs', homes: 1 }),
        point(500, 500, { id: 'w5', homes: 1 }),
      ]),
    },
    {
      layerId: 'bedrijven',
      role: 'business',
      features: fc([
        point(50, 50, { id: 'b1', sbi: '6201', jobs: 10, bvoM2: 400, milieucategorie: '1' }),
        // No jobs: 500 m² bvo / 250 m² per job (production, SBI 25) = 2 estimated jobs.
        point(150, 20, { id: 'b2', sbi: '2550', bvoM2: 500, milieucategorie: '3.2' }),
        // On the boundary too: counts in A.
        point(100, 80, { id: 'b3', sbi: '4520', jobs: 4, bvoM2: 200, milieucategorie: '2' }),
      ]),
    },
    {
      layerId: 'bedrijventerreinen',
      role: 'zone',
      features: fc([
        polygon(square(150, 0, 100, 100), { id: 'z1', zoneType: 'bedrijventerrein' }),
        // Overlaps z1 inside B: counted once.
        polygon(square(150, 50, 50, 50), { id: 'z2', zoneType: 'bedrijventerrein' }),
        polygon(square(0, 0, 50, 50), { id: 'z3', zoneType: 'woonwerkzone' }),
      ]),
    },
  ];
  return buildDataset(layers.map((l) => ({ ...l, crs: 'EPSG:28992' as const })));
}

const value = (id: string, p: Profiel) => indicatorValue(indicatorById(id)!, p);

describe('wijkprofielen on a hand-computed fixture', () => {
  it('counts homes, jobs and establishments per buurt with the boundary rule', () => {
    const { buurten, outside } = computeWijkprofielen(fixture());
    const [a, b] = buurten;
    expect(a).toMatchObject({ id: 'BU00010101', wijk: 'WK000101', hasData: true });
    expect(a).toMatchObject({ homes: 8, dwellings: 3, establishments: 2, jobs: 14, bvoM2: 600 });
    expect(a!.bySection).toEqual({ J: 1, G: 1 });
    expect(a!.byCategory).toEqual({ '1': 1, '2': 1 });
    expect(a!.bvoByWorkType).toEqual({ diensten: 600 });
    expect(b).toMatchObject({ homes: 3, dwellings: 1, establishments: 1, jobs: 2 });
    expect(b).toMatchObject({ jobsEstimated: 2, establishmentsEstimated: 1 });
    expect(b!.bySection).toEqual({ C: 1 });
    expect(b!.bvoByWorkType).toEqual({ productie: 500 });
    // The school does not count as homes; the dwelling far out lies in no buurt.
    expect(outside).toEqual({ dwellings: 1, homes: 1, establishments: 0, jobs: 0 });
  });

  it('derives the indicators, with "geen gegevens" where there is nothing to count', () => {
    const { buurten, wijken, city } = computeWijkprofielen(fixture());
    const [a, b, c] = buurten;
    expect(value('fmi', a!)).toBeCloseTo((14 / 22) * 100, 10);
    expect(value('jobsPerHome', a!)).toBeCloseTo(14 / 8, 10);
    expect(value('mxi', a!)).toBeCloseTo((180 / 780) * 100, 10);
    expect(value('sbi:J', a!)).toBe(1);
    expect(value('category:3.2', b!)).toBe(1);
    expect(value('bvoType:productie', b!)).toBe(500);
    expect(value('fmi', b!)).toBeCloseTo(40, 10);
    // No dwelling floor area known in B: no MXI rather than 0.
    expect(value('mxi', b!)).toBeUndefined();
    // Land: z1 ∪ z2 covers 50 × 100 m of B (the overlap once); woon-werkzones do not count.
    expect(value('businessLand', b!)).toBeCloseTo(0.5, 6);
    expect(value('workLandPct', b!)).toBeCloseTo(50, 6);
    expect(value('businessLand', a!)).toBe(0);
    // C: no data, never 0 — but its land is known geometry.
    expect(c!.hasData).toBe(false);
    for (const id of ['homes', 'jobs', 'fmi', 'jobsPerHome', 'establishments', 'sbi:C', 'bvo'])
      expect(value(id, c!)).toBeUndefined();
    expect(value('businessLand', c!)).toBe(0);
    expect(wijken.map((w) => [w.id, w.homes, w.jobs])).toEqual([
      ['WK000101', 11, 16],
      ['WK000102', 0, 0],
    ]);
    expect(value('fmi', wijken[1]!)).toBeUndefined();
    expect(city).toMatchObject({ homes: 11, jobs: 16, establishments: 3, areaM2: 30_000 });
    expect(value('fmi', city)).toBeCloseTo((16 / 27) * 100, 10);
    expect(value('workLandPct', city)).toBeCloseTo((100 * 5000) / 30_000, 6);
  });

  it('marks estimated jobs', () => {
    const { buurten } = computeWijkprofielen(fixture());
    expect(isEstimated(indicatorById('jobs')!, buurten[1]!)).toBe(true);
    expect(isEstimated(indicatorById('fmi')!, buurten[0]!)).toBe(false);
    expect(isEstimated(indicatorById('homes')!, buurten[1]!)).toBe(false);
  });

  it('takes the housing shares from the surface statistics rows', () => {
    const row = {
      id: 'BU00010101',
      name: 'A',
      areaHa: 1,
      perClass: {
        toegestaan: { areaHa: 0.65, pct: 65 },
        voorwaardelijk: { areaHa: 0.1, pct: 10 },
        'niet-toegestaan': { areaHa: 0.25, pct: 25 },
      },
    };
    const { buurten, city } = computeWijkprofielen(fixture(), { housingSurface: [row] });
    expect(value('housingNietPct', buurten[0]!)).toBeCloseTo(25, 10);
    expect(value('housingVoorwaardelijkPct', buurten[0]!)).toBeCloseTo(10, 10);
    expect(value('housingNietPct', buurten[1]!)).toBeUndefined();
    expect(value('housingNietPct', city)).toBeCloseTo(25, 10);
    expect(value('housingNietPct', computeWijkprofielen(fixture()).buurten[0]!)).toBeUndefined();
  });

  it('applies the proposals: shares by area, displaced businesses leave their buurt', () => {
    const { buurten } = computeWijkprofielen(fixture());
    const deltas = buurtDeltasOf(
      [
        {
          effectiveAreaM2: 10_000,
          buurtAreasM2: new Map([
            [0, 2500],
            [1, 7500],
          ]),
          newHomes: 100,
          newJobs: 40,
          addedBvoM2: 0,
          displaced: [
            { buurtId: 'BU00010102', jobs: 2, bvoM2: 500, sbi: '2550', milieucategorie: '3.2' },
          ],
        },
      ],
      buurten.map((b) => b.id),
    );
    const a = applyDelta(buurten[0]!, deltas.get(0));
    const b = applyDelta(buurten[1]!, deltas.get(1));
    expect([a.homes, a.jobs]).toEqual([33, 24]);
    expect([b.homes, b.jobs, b.establishments, b.bvoM2]).toEqual([78, 30, 0, 0]);
    expect(b.bySection.C).toBe(0);
    expect(b.bvoByWorkType.productie).toBe(0);
    expect(applyDelta(buurten[2]!, deltas.get(2))).toBe(buurten[2]);
    const fmi = indicatorById('fmi')!;
    expect(modeValue(fmi, buurten[0]!, a, 'change')).toBeCloseTo((24 / 57 - 14 / 22) * 100, 10);
    expect(modeValue(fmi, buurten[2]!, buurten[2]!, 'change')).toBeUndefined();
    // Today's profile is untouched.
    expect(buurten[1]!.bySection.C).toBe(1);
  });
});

describe('kinds of work and wijken', () => {
  it('maps SBI codes to sections and estimates jobs by kind of work', () => {
    expect(sbiSectionOf('1071')).toBe('C');
    expect(sbiSectionOf('01')).toBe('A');
    expect(sbiSectionOf('9900')).toBe('U');
    expect(sbiSectionOf('04')).toBeUndefined();
    expect(sbiSectionOf('x')).toBeUndefined();
    expect(jobsOfBusiness({ sbi: '6201', bvoM2: 300 })).toMatchObject({
      jobs: 10,
      isEstimated: true,
    });
    expect(jobsOfBusiness({ sbi: '6201', jobs: 3, bvoM2: 300 })).toMatchObject({
      jobs: 3,
      isEstimated: false,
    });
    expect(jobsOfBusiness({ bvoM2: 300 })).toMatchObject({ jobs: 0, isUnknown: true });
  });

  it('reads the wijk from a property or a CBS buurtcode', () => {
    expect(wijkOf('x', { WIJKKODE: '01' })).toBe('01');
    expect(wijkOf('BU03440111', {})).toBe('WK034401');
    expect(wijkOf('x', { code: 'BU09990001' })).toBe('WK099900');
    expect(wijkOf('x', {})).toBe('?');
  });
});

describe('class breaks (simple-statistics)', () => {
  it('makes quantiles and natural breaks of the known values', () => {
    const values = [1, 2, 3, 10, 11, 12, undefined, 30];
    const natural = classBreaks(values, 'natural', 3)!;
    expect(natural).toEqual({ min: 1, upper: [3, 12, 30] });
    expect(classOf(natural, 11)).toBe(1);
    expect(classOf(natural, undefined)).toBe(-1);
    const q = classBreaks([1, 2, 3, 4], 'quantiles', 2)!;
    expect(q.upper).toEqual([2.5, 4]);
    expect(classBreaks([5, 5, 5], 'quantiles', 5)).toEqual({ min: 5, upper: [5] });
    expect(classBreaks([undefined], 'natural', 3)).toBeNull();
  });
});

interface ReferenceRow {
  id: number;
  homes: number;
  dwellings: number;
  establishments: number;
  jobs: number;
  landM2: number;
}
interface ReferenceSet {
  buurten: ReferenceRow[];
  outside: { homes: number; dwellings: number; establishments: number; jobs: number };
}
const reference = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/wijkprofiel/reference.json'), 'utf8'),
) as { demo: ReferenceSet; utrecht: ReferenceSet & { map: { demoBox: number[] } } };

function expectAsReference(
  profiles: ReturnType<typeof computeWijkprofielen>,
  ref: ReferenceSet,
): void {
  expect(profiles.buurten.length).toBe(ref.buurten.length);
  profiles.buurten.forEach((b, i) => {
    const r = ref.buurten[i]!;
    expect([b.homes, b.dwellings, b.establishments, b.jobs], b.name).toEqual([
      r.homes,
      r.dwellings,
      r.establishments,
      r.jobs,
    ]);
    // Areas: within 0.1 % or 0.5 m², as the accuracy test of the rules.
    expect(Math.abs(b.businessLandM2 - r.landM2)).toBeLessThanOrEqual(
      Math.max(0.5, 0.001 * r.landM2),
    );
    expect(b.hasData).toBe(r.dwellings + r.establishments > 0);
  });
  expect(profiles.outside).toEqual(ref.outside);
}

const demo = generateCityRd({ seed: DEMO_SEED, scale: 'demo' });

function demoLayers(move = (p: number[]) => p): DatasetLayerInput[] {
  const moved = (c: FeatureCollection): FeatureCollection => ({
    type: 'FeatureCollection',
    features: c.features.map((f) => ({ ...f, geometry: mapCoords(f.geometry, move) })),
  });
  return (
    [
      { layerId: 'bedrijventerreinen', role: 'zone', features: moved(demo.bedrijventerreinen) },
      { layerId: 'bedrijven', role: 'business', features: moved(demo.bedrijven) },
      { layerId: 'woningen', role: 'sensitive', features: moved(demo.woningen) },
    ] as const
  ).map((l) => ({ ...l, crs: 'EPSG:28992' as const }));
}

function mapCoords(g: Feature['geometry'], f: (p: number[]) => number[]): Feature['geometry'] {
  const walk = (c: unknown): unknown =>
    typeof (c as number[])[0] === 'number' ? f(c as number[]) : (c as unknown[]).map(walk);
  return { ...g, coordinates: walk((g as { coordinates: unknown }).coordinates) } as never;
}

describe('counts against shapely', () => {
  it('agrees on the demo city (16 buurten)', () => {
    const ds = buildDataset([
      ...demoLayers(),
      { layerId: 'buurten', role: 'neighbourhood', features: demo.buurten, crs: 'EPSG:28992' },
    ]);
    expectAsReference(computeWijkprofielen(ds), reference.demo);
  });

  it("agrees on Utrecht's 111 buurten with the demo moved into them", () => {
    expect(REALDATA, 'shared/realdata not found above the repository').toBeDefined();
    const utrecht = JSON.parse(
      readFileSync(join(REALDATA!, 'utrecht-buurten.geojson'), 'utf8'),
    ) as FeatureCollection;
    const box = (ps: number[][]) => [
      Math.min(...ps.map((p) => p[0]!)),
      Math.min(...ps.map((p) => p[1]!)),
      Math.max(...ps.map((p) => p[0]!)),
      Math.max(...ps.map((p) => p[1]!)),
    ];
    const coordsOf = (c: FeatureCollection, project: (p: number[]) => number[]) =>
      c.features.flatMap((f) =>
        (f.geometry as { coordinates: number[][][] }).coordinates.flat().map(project),
      );
    const d0 = box(coordsOf(demo.buurten, (p) => p));
    const u0 = box(coordsOf(utrecht, (p) => toRd(p)));
    expect(d0[0]).toBeCloseTo(reference.utrecht.map.demoBox[0]!, 6);
    const sx = (u0[2]! - u0[0]!) / (d0[2]! - d0[0]!);
    const sy = (u0[3]! - u0[1]!) / (d0[3]! - d0[1]!);
    const move = (p: number[]) => [u0[0]! + (p[0]! - d0[0]!) * sx, u0[1]! + (p[1]! - d0[1]!) * sy];
    const ds = buildDataset([
      ...demoLayers(move),
      { layerId: 'buurten', role: 'neighbourhood', features: utrecht },
    ]);
    const profiles = computeWijkprofielen(ds);
    expectAsReference(profiles, reference.utrecht);
    // Utrecht's wijk codes come from WIJKKODE; one buurt holds nothing: "geen gegevens".
    expect(new Set(profiles.buurten.map((b) => b.wijk)).size).toBe(10);
    expect(profiles.buurten.filter((b) => !b.hasData).length).toBe(1);
  });
});

describe('export', () => {
  it('writes CSV for Dutch Excel and GeoJSON with the indicators', () => {
    const { buurten, city } = computeWijkprofielen(fixture());
    const columns = ['homes', 'fmi', 'businessLand'].map((id) => indicatorById(id)!);
    const csv = profilesToCsv([...buurten, city], columns, [
      'Code',
      'Naam',
      'Wijk',
      'Woningen',
      'FMI',
      'Bedrijventerrein (ha)',
    ]);
    expect(csv.startsWith('\uFEFFCode;Naam;Wijk;Woningen;FMI;Bedrijventerrein (ha)\r\n')).toBe(
      true,
    );
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('BU00010101;A;WK000101;8;63,6;0,00');
    // Geen gegevens: empty fields, never 0.
    expect(lines[3]).toBe('BU00010201;C;WK000102;;;0,00');
    expect(lines[4]).toBe('stad;stad;;11;59,3;0,50');
    const square = {
      type: 'MultiPolygon' as const,
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      ],
    };
    const gj = profilesToGeoJson(buurten, new Map([['BU00010201', square]]), columns);
    expect(gj.features).toHaveLength(1);
    expect(gj.features[0]!.properties).toEqual({
      id: 'BU00010201',
      name: 'C',
      wijk: 'WK000102',
      homes: null,
      fmi: null,
      businessLand: 0,
      jobsEstimated: null,
    });
  });
});
