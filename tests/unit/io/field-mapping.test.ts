/** Field mapping on real files: suggestions from Dutch source names, defaults, grouped problems. */
import { describe, expect, it } from 'vitest';
import { BUURTEN } from '../../../layers/buurten.layer.ts';
import { WONINGEN } from '../../../layers/woningen.layer.ts';
import { ZONE_SCHEMA } from '../../../layers/zone-schema.ts';
import {
  applyMapping,
  groupMappingProblems,
  suggestMapping,
  suggestRole,
} from '../../../src/io/field-mapping.ts';
import { readFiles } from '../../../src/io/read.ts';
import { realFile } from './realdata.ts';

describe('suggestions from Dutch source names', () => {
  it.each([
    [
      ['Plannaam', 'Werklocatietype', 'Max_milieucategorie', 'Netto_ha'],
      'zone',
      {
        name: 'Plannaam',
        zoneType: 'Werklocatietype',
        maxMilieucategorie: 'Max_milieucategorie',
      },
    ],
    // IBIS netto ha is the park's net area, not the free (uitgeefbaar) ha: never free area.
    [
      ['Plannaam', 'Netto_ha', 'Uitgeefbaar_ha'],
      'zone',
      { name: 'Plannaam', uitgeefbaarHa: 'Uitgeefbaar_ha' },
    ],
    [
      ['identificatie', 'gebruiksdoel', 'oppervlakte'],
      'sensitive',
      { id: 'identificatie', functie: 'gebruiksdoel' },
    ],
    [['BU_CODE', 'BU_NAAM'], 'neighbourhood', { id: 'BU_CODE', name: 'BU_NAAM' }],
    [['buurtcode', 'buurtnaam'], 'neighbourhood', { id: 'buurtcode', name: 'buurtnaam' }],
    [
      ['gml_id', 'naam', 'bestemmingshoofdgroep'],
      'zone',
      { id: 'gml_id', name: 'naam', zoneType: 'bestemmingshoofdgroep' },
    ],
    [['identifica', 'status', 'bouwjaar'], 'sensitive', { id: 'identifica' }],
  ] as const)('%j → %s', (fields, role, mapping) => {
    expect(suggestRole(fields)).toBe(role);
    expect(suggestMapping(role, fields)).toEqual(mapping);
  });

  it('suggests nothing for names it does not know', () => {
    expect(suggestRole(['a', 'b'])).toBeUndefined();
  });
});

describe('applyMapping', () => {
  it('loads the Doesburg panden (Shapefile) as sensitive objects, ids from identifica', async () => {
    const layer = (await readFiles([realFile('bag-doesburg-panden-shp.zip')])).layers[0]!;
    const r = applyMapping(
      layer,
      { role: 'sensitive', fields: suggestMapping('sensitive', layer.fields) },
      WONINGEN.properties,
      ['Point', 'Polygon', 'MultiPolygon'],
    );
    expect(r.problems).toEqual([]);
    expect(r.features).toHaveLength(7797);
    expect(r.features[0]!.properties!.id).toMatch(/^NL\.IMBAG\.Pand\./);
  });

  it('Utrecht buurten: ids from KODE, names from NAAM', async () => {
    const layer = (await readFiles([realFile('utrecht-buurten.geojson')])).layers[0]!;
    const fields = suggestMapping('neighbourhood', layer.fields);
    expect(fields).toEqual({ id: 'ID', name: 'NAAM', code: 'KODE' });
    const r = applyMapping(
      layer,
      { role: 'neighbourhood', fields },
      BUURTEN.properties,
      BUURTEN.geometry,
    );
    expect(r.features).toHaveLength(111);
  });

  it('an IMRO plan as zones: every problem at once, grouped with counts; the good ones load', async () => {
    const layer = (await readFiles([realFile('imro-2012-durperveld-enkelbestemming-rd.geojson')]))
      .layers[0]!;
    const r = applyMapping(
      layer,
      { role: 'zone', fields: suggestMapping('zone', layer.fields) },
      ZONE_SCHEMA,
      ['Polygon', 'MultiPolygon'],
    );
    // Bedrijventerrein/bedrijf/gemengd become zone types; the other hoofdgroepen are not zones.
    const groups = groupMappingProblems(r.problems);
    expect(groups.map((g) => [g.code, g.property, g.count])).toEqual([
      ['not-in-list', 'zoneType', 76],
      ['missing-property', 'maxMilieucategorie', 8],
    ]);
    expect(r.features).toHaveLength(0);
    expect(r.rejected).toHaveLength(84);
    // With a default category the eight work zones load.
    const withDefault = applyMapping(
      layer,
      {
        role: 'zone',
        fields: suggestMapping('zone', layer.fields),
        defaults: { maxMilieucategorie: '3.1' },
      },
      ZONE_SCHEMA,
      ['Polygon', 'MultiPolygon'],
    );
    expect(withDefault.features).toHaveLength(8);
    expect(withDefault.rejected).toHaveLength(76);
  });

  it('generates ids where the source has none', async () => {
    const layer = (await readFiles([realFile('bag-doesburg-panden-xy.csv')])).layers[0]!;
    const r = applyMapping(
      layer,
      { role: 'sensitive', fields: {} },
      WONINGEN.properties,
      WONINGEN.geometry,
    );
    expect(r.features[0]!.properties!.id).toBe('bag-doesburg-panden-xy-csv-1');
    expect(new Set(r.features.map((f) => f.properties!.id)).size).toBe(7797);
  });
});
