/**
 * Issue 11: the rule set is data. A second, small table (a made-up omgevingsplan, not a
 * real guide) with its own categories and distances, and the omgevingstype read from the
 * plan's gebiedsaanwijzingen instead of inferred from zone types.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/domain/dataset.ts';
import {
  checkLocation,
  explicitOmgevingstype,
  omgevingstypeOfZone,
  VNG_2009,
  type DistanceTable,
} from '../../../src/rules/index.ts';

const TABLE = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '../../fixtures/rules/rule-sets/omgevingsplan-test.json'),
    'utf8',
  ),
) as DistanceTable;

const X0 = 150000;
const Y0 = 450000;
function square(x0: number, y0: number, x1: number, y1: number): number[][][] {
  return [
    [
      [X0 + x0, Y0 + y0],
      [X0 + x1, Y0 + y0],
      [X0 + x1, Y0 + y1],
      [X0 + x0, Y0 + y1],
      [X0 + x0, Y0 + y0],
    ],
  ];
}
function zone(id: string, props: Record<string, unknown>, rings: number[][][]): Feature {
  return {
    type: 'Feature',
    properties: { id, name: id, status: 'bestaand', ...props },
    geometry: { type: 'Polygon', coordinates: rings },
  };
}

/** A woon-werkzone designated "rustig woongebied" and a plain residential area designated "gemengd gebied". */
function dataset(maxCategory: string) {
  return buildDataset([
    {
      layerId: 'zones',
      role: 'zone',
      crs: 'EPSG:28992',
      features: {
        type: 'FeatureCollection',
        features: [
          zone(
            'wwz-rustig',
            { zoneType: 'woonwerkzone', gebiedsaanwijzing: 'Rustig woongebied' },
            square(0, 0, 180, 100),
          ),
          zone(
            'bt',
            {
              zoneType: 'bedrijventerrein',
              maxMilieucategorie: maxCategory,
              gebiedsaanwijzing: 'industrieterrein',
            },
            square(200, 0, 300, 100),
          ),
        ],
      },
    },
  ]);
}

describe('rule set as data (issue 11)', () => {
  it('reads the omgevingstype from the gebiedsaanwijzing, not from the zone type', () => {
    const z = {
      zoneType: 'woonwerkzone' as const,
      properties: { gebiedsaanwijzing: 'Rustig woongebied' },
    };
    expect(omgevingstypeOfZone(z, VNG_2009)).toBe('gemengd-gebied');
    expect(omgevingstypeOfZone(z, TABLE)).toBe('rustige-woonwijk');
    expect(explicitOmgevingstype({ properties: { gebiedsaanwijzing: 'iets anders' } }, TABLE)).toBe(
      undefined,
    );
    // Without a designation, the omgevingsplan rule set infers nothing from a mixed zone type.
    expect(omgevingstypeOfZone({ zoneType: 'productieve-wijk' }, TABLE)).toBeUndefined();
  });

  it('measures with the rule set’s own table and omgevingstype', () => {
    // The business park permits "middel" (60 m rustig / 25 m gemengd in the test table).
    const ds = dataset('middel');
    const place = { type: 'Point' as const, coordinates: [X0 + 250, Y0 + 140] };
    const v = checkLocation(ds, place, { kind: 'housing' }, { crs: 'EPSG:28992', table: TABLE });
    // 40 m from the park, outside every designation: rustig, between 25 and 60 m.
    expect(v.omgevingstype).toBe('rustige-woonwijk');
    expect(v.verdict).toBe('voorwaardelijk');
    expect(v.decidedBy).toBe('WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE');
    expect(v.conflicts[0]).toMatchObject({
      objectId: 'bt',
      milieucategorie: 'middel',
      requiredM: { 'rustige-woonwijk': 60, 'gemengd-gebied': 25 },
    });
    expect(v.conflicts[0]!.distanceM).toBeCloseTo(40, 9);
    // Inside the woon-werkzone designated "rustig woongebied": rustig, not gemengd, under
    // this rule set (VNG 2009 would call the woon-werkzone gemengd gebied).
    const inside = { type: 'Point' as const, coordinates: [X0 + 170, Y0 + 50] };
    const w = checkLocation(ds, inside, { kind: 'housing' }, { crs: 'EPSG:28992', table: TABLE });
    expect(w.omgevingstype).toBe('rustige-woonwijk');
    expect(w.reasons[0]).toMatchObject({ code: 'OMGEVINGSTYPE_AT_PLACE', setBy: 'wwz-rustig' });
    // 30 m from the park: between 25 and 60 m in rustig gebied.
    expect(w.verdict).toBe('voorwaardelijk');
    expect(w.conflicts[0]!.distanceM).toBeCloseTo(30, 9);
    // The same place under VNG 2009 (park up to 3.1: 50 m / 30 m): the woon-werkzone is
    // gemengd gebied, and 30 m meets the gemengd distance.
    const vng = checkLocation(dataset('3.1'), inside, { kind: 'housing' }, { crs: 'EPSG:28992' });
    expect(vng.omgevingstype).toBe('gemengd-gebied');
    expect(vng.verdict).toBe('toegestaan');
  });

  it('a category the rule set does not know is an unknown program', () => {
    const ds = dataset('middel');
    const v = checkLocation(
      ds,
      { type: 'Point', coordinates: [X0 + 250, Y0 + 50] },
      { kind: 'category', milieucategorie: '3.1' },
      { crs: 'EPSG:28992', table: TABLE },
    );
    expect(v.decidedBy).toBe('UNKNOWN_PROGRAM');
  });
});
