import { describe, expect, it } from 'vitest';
import { searchPlaces, prepareSearch } from '../../../../src/analysis/placement/zoekprofiel.ts';
import { town, X0, Y0 } from './fixture.ts';

describe('zoekprofiel', () => {
  const ds = town();

  it('reads free area from uitgeefbaar, else zone area minus plots', () => {
    const p = prepareSearch(ds);
    expect(p.zones[0]!.freeM2).toBeCloseTo(3000, 6);
    expect(p.zones[0]!.freeSource).toBe('uitgeefbaar');
    expect(p.zones[2]!.freeM2).toBeCloseTo(250_000, 6);
    expect(p.zones[2]!.freeSource).toBe('area-minus-plots');
    // Only B6 has a plot: 6,000 m² bvo on 4,000 m².
    expect(p.floorPerLandM2).toBeCloseTo(1.5, 9);
  });

  it('ranks a farther park first when the nearest lacks free area', () => {
    const r = searchPlaces(ds, {
      program: { kind: 'category', milieucategorie: '3.1' },
      areaM2: 5000,
      areaKind: 'land',
      fromRd: [X0 + 900, Y0 + 500],
      requireBusinessPark: true,
    });
    expect(r.candidates.map((c) => c.zoneId)).toEqual(['MP']);
    const best = r.candidates[0]!;
    expect(best.verdict).toBe('toegestaan');
    expect(best.freeM2).toBeCloseTo(20_000, 6);
    expect(best.distanceM).toBeCloseTo(2100, 6); // x 900 → 3000
    expect(best.placementRd.type).toBe('Polygon');
    const zp = r.rejected.find((x) => x.zoneId === 'ZP')!;
    expect(zp.reason).toBe('free-area');
    expect(zp.distanceM).toBe(0);
    expect(r.rejected.find((x) => x.zoneId === 'GM')!.reason).toBe('category');
  });

  it('turns a floor-area need into land with the data ratio', () => {
    const r = searchPlaces(ds, {
      program: { kind: 'category', milieucategorie: '1' },
      areaM2: 4500,
      areaKind: 'floor',
      requireBusinessPark: false,
    });
    expect(r.needM2).toBeCloseTo(3000, 9);
    // All three zones permit cat 1 and have 3,000 m² free; the woonwerkzone needs class A/B/C
    // known: a bare category in a mixed zone with a class is voorwaardelijk.
    expect(r.candidates.map((c) => c.zoneId).sort()).toEqual(['GM', 'MP', 'ZP']);
    expect(r.candidates.find((c) => c.zoneId === 'GM')!.verdict).toBe('voorwaardelijk');
    // Ranking: toegestaan before voorwaardelijk, so Gemengd comes last.
    expect(r.candidates[r.candidates.length - 1]!.zoneId).toBe('GM');
  });

  it('drops zones outside the distance and zones whose placement is excluded', () => {
    const r = searchPlaces(ds, {
      program: { kind: 'category', milieucategorie: '2' },
      areaM2: 1000,
      areaKind: 'land',
      fromRd: [X0 + 500, Y0 + 500],
      maxDistanceM: 2000,
      requireBusinessPark: false,
      excludeRd: [[ZONE_ZP]],
    });
    expect(r.rejected.find((x) => x.zoneId === 'MP')!.reason).toBe('distance');
    expect(r.rejected.find((x) => x.zoneId === 'ZP')!.reason).toBe('excluded');
    expect(r.candidates.map((c) => c.zoneId)).toEqual(['GM']);
  });
});

const ZONE_ZP = [
  [
    [X0 - 1, Y0 - 1],
    [X0 + 1001, Y0 - 1],
    [X0 + 1001, Y0 + 1001],
    [X0 - 1, Y0 + 1001],
    [X0 - 1, Y0 - 1],
  ],
];

describe('candidate CSV', () => {
  it('writes Dutch Excel CSV: BOM, semicolons, decimal comma, quoted fields', async () => {
    const { candidatesToCsv, formatDecimal } =
      await import('../../../../src/analysis/placement/csv.ts');
    const ds = town();
    const r = searchPlaces(ds, {
      program: { kind: 'category', milieucategorie: '3.1' },
      areaM2: 5000,
      areaKind: 'land',
      fromRd: [X0 + 900, Y0 + 500],
      requireBusinessPark: true,
    });
    const csv = candidatesToCsv(r.candidates, ['#', 'id', 'naam; zone']);
    expect(csv.startsWith('\ufeff#;id;"naam; zone"\r\n')).toBe(true);
    expect(csv).toContain(
      '1;MP;Middenpark;bedrijventerrein;3.2;toegestaan;20000;uitgeefbaar;5000;2100;0;fits\r\n',
    );
    expect(formatDecimal(1234.56)).toBe('1234,6');
  });
});
