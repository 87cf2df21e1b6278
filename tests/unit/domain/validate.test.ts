import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateLayerData } from '../../../src/domain/validate.ts';
import { loadLayers } from '../../../src/domain/load.ts';
import { BEDRIJVEN } from '../../../layers/bedrijven.layer.ts';
import { BEDRIJVENTERREINEN } from '../../../layers/bedrijventerreinen.layer.ts';

const fixture = (path: string): string =>
  readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');

describe('validateLayerData with broken fixtures', () => {
  it('reports a file that is not JSON as one problem without features', () => {
    const r = validateLayerData('not-json.geojson', fixture('broken/not-json.geojson'), BEDRIJVEN);
    expect(r.features).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: 'not-json.geojson', code: 'not-json' });
    expect(r.problems[0]?.featureIndex).toBeUndefined();
  });

  it('reports JSON that is not GeoJSON as one problem without features', () => {
    const r = validateLayerData('x.geojson', fixture('broken/not-geojson.geojson'), BEDRIJVEN);
    expect(r.features).toEqual([]);
    expect(r.problems).toEqual([
      expect.objectContaining({ file: 'x.geojson', code: 'not-geojson' }),
    ]);
  });

  it('drops a feature of the wrong geometry type and keeps the good one', () => {
    const r = validateLayerData(
      'bt.geojson',
      fixture('broken/wrong-geometry.geojson'),
      BEDRIJVENTERREINEN,
    );
    expect(r.features).toHaveLength(1);
    expect(r.problems).toEqual([
      expect.objectContaining({ file: 'bt.geojson', featureIndex: 1, code: 'wrong-geometry' }),
    ]);
    expect(r.problems[0]?.message).toContain('LineString');
  });

  it('names the missing required property and the feature index', () => {
    const r = validateLayerData('b.geojson', fixture('broken/missing-property.geojson'), BEDRIJVEN);
    expect(r.features).toHaveLength(2);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({
      featureIndex: 2,
      code: 'missing-property',
      params: { property: 'name' },
    });
    expect(r.problems[0]?.message).toBe('required property "name" is missing');
  });

  it('rejects an unknown milieucategorie', () => {
    const r = validateLayerData(
      'b.geojson',
      fixture('broken/unknown-milieucategorie.geojson'),
      BEDRIJVEN,
    );
    expect(r.features).toEqual([]);
    expect(r.problems[0]).toMatchObject({
      featureIndex: 0,
      code: 'not-in-list',
      params: { property: 'milieucategorie', value: '7' },
    });
  });

  it('rejects coordinates outside the Netherlands', () => {
    const r = validateLayerData(
      'b.geojson',
      fixture('broken/outside-netherlands.geojson'),
      BEDRIJVEN,
    );
    expect(r.features.map((f) => f.properties?.['id'])).toEqual(['b1']);
    expect(r.problems).toEqual([
      expect.objectContaining({ featureIndex: 1, code: 'outside-netherlands' }),
    ]);
    expect(r.problems[0]?.message).toContain('2.3522');
  });

  it('passes geojson-validation problems through (unclosed ring)', () => {
    const r = validateLayerData(
      'bt.geojson',
      fixture('broken/invalid-polygon.geojson'),
      BEDRIJVENTERREINEN,
    );
    expect(r.features).toEqual([]);
    expect(r.problems[0]).toMatchObject({ featureIndex: 0, code: 'invalid-geometry' });
    expect(r.problems[0]?.message).toMatch(/first and last positions/);
  });
});

describe('validateLayerData with valid data', () => {
  const business = {
    id: 'b',
    name: 'n',
    sbi: '1071',
    activity: 'a',
    milieucategorie: '2',
    bvoM2: 10,
    jobs: 1,
  };
  const collection = (properties: Record<string, unknown>) => ({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: { type: 'Point', coordinates: [5.1, 52.1] }, properties },
    ],
  });

  it('keeps a valid feature unchanged', () => {
    const r = validateLayerData('ok.geojson', collection(business), BEDRIJVEN);
    expect(r.problems).toEqual([]);
    expect(r.features[0]?.properties).toEqual(business);
    expect(r.crs).toBe('EPSG:4326');
  });

  it('checks types, integers and minimum values', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...business, jobs: 1.5 }, 'wrong-type'],
      [{ ...business, bvoM2: '10' }, 'wrong-type'],
      [{ ...business, bvoM2: -1 }, 'below-min'],
      [{ ...business, functiemenging: 'D' }, 'not-in-list'],
    ];
    for (const [props, code] of cases) {
      expect(validateLayerData('f', collection(props), BEDRIJVEN).problems[0]?.code).toBe(code);
    }
  });

  it('converts a file with a declared RD crs to WGS84', () => {
    const r = validateLayerData('rd.geojson', fixture('rd/declared-rd.geojson'), BEDRIJVEN);
    expect(r.problems).toEqual([]);
    expect(r.crs).toBe('EPSG:28992');
    const [lng, lat] = (r.features[0]?.geometry as { coordinates: number[] }).coordinates;
    // Amersfoort (RD origin) in WGS84 after the datum shift: 5.38721, 52.15517.
    expect(lng).toBeCloseTo(5.38721, 4);
    expect(lat).toBeCloseTo(52.15517, 4);
  });

  it('recognises RD coordinates without a crs member', () => {
    const r = validateLayerData('rd.geojson', fixture('rd/guessed-rd.geojson'), BEDRIJVEN);
    expect(r.problems).toEqual([]);
    expect(r.crs).toBe('EPSG:28992');
    const [lng, lat] = (r.features[1]?.geometry as { coordinates: number[] }).coordinates;
    expect(lng).toBeCloseTo(4.89, 1);
    expect(lat).toBeCloseTo(52.37, 1);
  });
});

describe('loadLayers', () => {
  it('reports a read failure and still loads the other layers', async () => {
    const good = JSON.stringify({ type: 'FeatureCollection', features: [] });
    const seen: string[] = [];
    const loaded = await loadLayers(
      [BEDRIJVEN, BEDRIJVENTERREINEN],
      async (source) => {
        if ('file' in source && source.file.includes('bedrijven.geojson')) throw new Error('404');
        return good;
      },
      (l) => seen.push(l.layerId),
    );
    expect(seen.sort()).toEqual(['bedrijven', 'bedrijventerreinen']);
    expect(loaded[0]?.problems[0]).toMatchObject({
      file: 'voorbeeldstad/bedrijven.geojson',
      code: 'load-failed',
    });
    expect(loaded[1]?.problems).toEqual([]);
  });
});
