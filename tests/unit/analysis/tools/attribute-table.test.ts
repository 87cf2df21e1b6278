/** The attribute table: columns, filter, sort and the exports (issue 14). */
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  rowsToCsv,
  rowsToGeoJson,
  tableColumns,
  tableRows,
} from '../../../../src/analysis/tools/attribute-table.ts';

const f = (props: Record<string, unknown>, x = 5.6): Feature => ({
  type: 'Feature',
  properties: props,
  geometry: { type: 'Point', coordinates: [x, 52.4] },
});
const FEATURES = Object.freeze([
  f({ id: 'B2', name: 'Bakkerij Één', bvoM2: 120.5, jobs: 4 }),
  f({ id: 'B10', name: 'Smederij; Vos', bvoM2: 800, jobs: 12 }),
  f({ id: 'B1', name: 'Garage "Oost"', bvoM2: undefined, jobs: 2, extra: 'x' }),
]);

describe('attribute table', () => {
  it('lists the schema columns first, then the other properties', () => {
    const cols = tableColumns([{ key: 'id', label: 'Code' }], FEATURES);
    expect(cols.map((c) => c.key)).toEqual(['id', 'name', 'bvoM2', 'jobs', 'extra']);
    expect(cols[0]?.label).toBe('Code');
  });

  it('filters on any column, case- and accent-insensitive', () => {
    expect(tableRows(FEATURES, 'een', null).map((r) => r.index)).toEqual([0]);
    expect(tableRows(FEATURES, '800', null).map((r) => r.index)).toEqual([1]);
    expect(tableRows(FEATURES, '', null)).toHaveLength(3);
  });

  it('sorts numbers by value and codes naturally, empty cells last both ways', () => {
    expect(
      tableRows(FEATURES, '', { key: 'id', descending: false }).map((r) => r.values.id),
    ).toEqual(['B1', 'B2', 'B10']);
    expect(tableRows(FEATURES, '', { key: 'bvoM2', descending: true }).map((r) => r.index)).toEqual(
      [1, 0, 2],
    );
    expect(
      tableRows(FEATURES, '', { key: 'bvoM2', descending: false }).map((r) => r.index),
    ).toEqual([0, 1, 2]);
  });

  it('writes CSV for Dutch Excel: BOM, semicolons, decimal comma, quoted fields, CRLF', () => {
    const cols = tableColumns([], FEATURES);
    const csv = rowsToCsv(tableRows(FEATURES, '', null), cols);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('id;name;bvoM2;jobs;extra');
    expect(lines[1]).toBe('B2;Bakkerij Één;120,5;4;');
    expect(lines[2]).toBe('B10;"Smederij; Vos";800;12;');
    expect(lines[3]).toBe('B1;"Garage ""Oost""";;2;x');
    expect(lines[4]).toBe('');
  });

  it('exports the selected rows as GeoJSON copies', () => {
    const rows = tableRows(FEATURES, 'smederij', null);
    const fc = rowsToGeoJson(FEATURES, rows);
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0]?.properties?.id).toBe('B10');
    expect(fc.features[0]).not.toBe(FEATURES[1]);
  });
});
