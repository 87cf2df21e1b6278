/**
 * Every reader on the real files of ../shared/realdata: feature counts and planar RD areas agree
 * with GDAL (tests/fixtures/readers/reference.json, made by make-reference.sh beside it).
 */
import { describe, expect, it } from 'vitest';
import { EPSG_RD, EPSG_WGS84, toRd } from '../../../src/geo/crs.ts';
import { readFiles } from '../../../src/io/read.ts';
import { areaOf, fixtureFile, realFile, REFERENCE } from './realdata.ts';

/** The tolerance of the accuracy issue: 0.1 % or 0.5 m², whichever is larger. */
const tolerance = (ref: number) => Math.max(0.001 * ref, 0.5);

describe('readers on the real files, against GDAL', () => {
  it.each([
    [
      'bag-doesburg-panden.gpkg',
      'bag-doesburg-panden.gpkg · pand',
      'bag-doesburg-panden.gpkg/pand',
    ],
    ['bag-doesburg-panden-shp.zip', 'pand.shp', 'bag-doesburg-panden-shp.zip/pand'],
    [
      'imro-2012-durperveld-enkelbestemming-rd.geojson',
      'imro-2012-durperveld-enkelbestemming-rd.geojson',
      'imro-2012-durperveld-enkelbestemming-rd.geojson',
    ],
    [
      'imro-2012-durperveld-functieaanduiding-rd.geojson',
      'imro-2012-durperveld-functieaanduiding-rd.geojson',
      'imro-2012-durperveld-functieaanduiding-rd.geojson',
    ],
    [
      'imro-2008-enkelbestemming-wgs84.geojson',
      'imro-2008-enkelbestemming-wgs84.geojson',
      'imro-2008-enkelbestemming-wgs84.geojson',
    ],
    ['utrecht-buurten.geojson', 'utrecht-buurten.geojson', 'utrecht-buurten.geojson'],
    ['utrecht-wijken.geojson', 'utrecht-wijken.geojson', 'utrecht-wijken.geojson'],
  ])('%s: count and area', async (file, layerName, refKey) => {
    const ref = REFERENCE[refKey]!;
    const { layers, problems } = await readFiles([realFile(file)]);
    expect(problems).toEqual([]);
    const layer = layers.find((l) => l.name === layerName)!;
    expect(layer.rd).toHaveLength(ref.count);
    expect(layer.wgs84).toHaveLength(ref.count);
    expect(Math.abs(areaOf(layer.rd) - ref.areaM2)).toBeLessThanOrEqual(tolerance(ref.areaM2));
  });

  it('reads the Doesburg GeoPackage to the mm² of GDAL (662,652.706 m²), in RD as stored', async () => {
    const { layers } = await readFiles([realFile('bag-doesburg-panden.gpkg')]);
    const pand = layers[0]!;
    expect(pand.sourceCrs).toBe(EPSG_RD);
    expect(areaOf(pand.rd)).toBeCloseTo(662652.706, 3);
    expect(pand.fields).toEqual(expect.arrayContaining(['identificatie', 'status', 'bouwjaar']));
  });

  it('reads the Shapefile zip exactly where the GeoPackage is (no 114 m shift from the ESRI .prj)', async () => {
    const [shp, gpkg] = await Promise.all([
      readFiles([realFile('bag-doesburg-panden-shp.zip')]),
      readFiles([realFile('bag-doesburg-panden.gpkg')]),
    ]);
    const a = shp.layers[0]!;
    const b = gpkg.layers[0]!;
    expect(a.sourceCrs).toBe(EPSG_RD);
    expect(areaOf(a.rd)).toBeCloseTo(662652.706, 3);
    // Same building, same WGS84 corner: the WGS84 copy comes from the project's own RD definition.
    const id = (b.rd[0]!.properties as { identificatie: string }).identificatie;
    const i = a.rd.findIndex((f) => (f.properties as { identifica: string }).identifica === id);
    const ga = a.wgs84[i]!.geometry as GeoJSON.Polygon;
    const gb = b.wgs84[0]!.geometry as GeoJSON.Polygon;
    const [x1, y1] = toRd(ga.coordinates[0]![0]!);
    const [x2, y2] = toRd(gb.coordinates[0]![0]!);
    expect(Math.hypot(x1 - x2, y1 - y2)).toBeLessThan(0.001);
  });

  it('reads the Doesburg CSV (`;`, RD x/y) with one point per building', async () => {
    const ref = REFERENCE['bag-doesburg-panden-xy.csv']!;
    const { layers, problems } = await readFiles([realFile('bag-doesburg-panden-xy.csv')]);
    expect(problems).toEqual([]);
    const layer = layers[0]!;
    expect(layer.sourceCrs).toBe(EPSG_RD);
    expect(layer.rd).toHaveLength(ref.count);
    expect(layer.fields).toEqual(['identificatie', 'status', 'bouwjaar']);
    expect(layer.rd[0]!.properties!.bouwjaar).toEqual(expect.any(Number));
  });

  it('reads every layer of the Amsterdam GeoPackage (points)', async () => {
    const { layers, problems } = await readFiles([
      realFile('bag-amsterdam-verblijfsobjecten.gpkg'),
    ]);
    expect(problems).toEqual([]);
    for (const table of ['verblijfsobjecten', 'ligplaatsen', 'standplaatsen']) {
      const ref = REFERENCE[`bag-amsterdam-verblijfsobjecten.gpkg/${table}`]!;
      const layer = layers.find((l) => l.name.endsWith(`· ${table}`))!;
      expect(layer.rd, table).toHaveLength(ref.count);
    }
  });

  it.each([
    ['imro-2012-durperveld.gml', 'Enkelbestemming'],
    ['imro-2012-durperveld.gml', 'Functieaanduiding'],
    ['imro-2012-durperveld.gml', 'Bouwaanduiding'],
    ['imro-2012-durperveld.gml', 'Maatvoering'],
    ['imro-2008-bestemmingsplan.gml', 'Enkelbestemming'],
    ['imro-2008-bestemmingsplan.gml', 'Functieaanduiding'],
    ['imro-2008-bestemmingsplan.gml', 'Bouwaanduiding'],
    ['imro-2008-bestemmingsplan.gml', 'Maatvoering'],
  ])('%s · %s: count and the exact arc area', async (file, type) => {
    const ref = REFERENCE[`${file}/${type}`]!;
    const { layers, problems } = await readFiles([realFile(file)]);
    expect(problems).toEqual([]);
    const layer = layers.find((l) => l.imroType === type)!;
    expect(layer.rd).toHaveLength(ref.count);
    // Arcs linearised within 0.1 mm: within 0.05 m² of GDAL's near-exact figure (step 0.01°).
    expect(Math.abs(areaOf(layer.rd) - ref.areaM2)).toBeLessThan(0.05);
  });

  it('loses no area on arcs: the GML reads more than the 4°-step GeoJSON export', async () => {
    const gml = await readFiles([realFile('imro-2012-durperveld.gml')]);
    const geojson = await readFiles([realFile('imro-2012-durperveld-enkelbestemming-rd.geojson')]);
    const a = areaOf(gml.layers.find((l) => l.imroType === 'Enkelbestemming')!.rd);
    const b = areaOf(geojson.layers[0]!.rd);
    expect(a - b).toBeGreaterThan(6.8); // 507,431.87 vs 507,424.96 m²
  });

  it('reads IMRO attributes as GDAL names them (2012 and 2008)', async () => {
    const r2012 = await readFiles([realFile('imro-2012-durperveld.gml')]);
    const fa = r2012.layers.find((l) => l.imroType === 'Functieaanduiding')!;
    const names = fa.rd.map((f) => f.properties!.naam);
    expect(names).toContain('bedrijf tot en met categorie 3.1');
    expect(fa.rd[0]!.properties).toMatchObject({
      gml_id: 'NL.IMRO.376',
      bestemmingsvlak: 'NL.IMRO.088',
      naam: 'bedrijf tot en met categorie 2',
    });
    const r2008 = await readFiles([realFile('imro-2008-bestemmingsplan.gml')]);
    const eb = r2008.layers.find((l) => l.imroType === 'Enkelbestemming')!;
    expect(eb.rd.map((f) => f.properties!.bestemmingshoofdgroep)).toContain('bedrijf');
    expect(eb.rd[0]!.properties!.identificatie).toMatch(/^NL\.IMRO\./);
  });

  it('reads a FlatGeobuf written by GDAL (RD in the header)', async () => {
    const { layers, problems } = await readFiles([fixtureFile('squares-rd.fgb')]);
    expect(problems).toEqual([]);
    expect(layers[0]!.sourceCrs).toBe(EPSG_RD);
    expect(layers[0]!.rd).toHaveLength(3); // ogrinfo: n = 3
    expect(areaOf(layers[0]!.rd)).toBeCloseTo(20000, 6); // ogrinfo: SUM(ST_Area) = 20000
    // GDAL sorts the features along its spatial index, so look them up by id.
    const c = layers[0]!.rd.find((f) => f.properties!.id === 'C')!;
    expect(c.properties).toMatchObject({ naam: 'Vak C met gat' });
    expect(areaOf([c])).toBeCloseTo(7500, 6);
  });

  it('reads the real Utrecht buurten from FlatGeobuf (written by the flatgeobuf package, WGS84)', async () => {
    const { serialize } = await import('flatgeobuf/lib/mjs/geojson.js');
    const src = (await readFiles([realFile('utrecht-buurten.geojson')])).layers[0]!;
    const bytes = serialize({ type: 'FeatureCollection', features: src.wgs84 }, 4326);
    const { layers } = await readFiles([{ name: 'buurten.fgb', bytes }]);
    const ref = REFERENCE['utrecht-buurten.geojson']!;
    expect(layers[0]!.sourceCrs).toBe(EPSG_WGS84);
    expect(layers[0]!.rd).toHaveLength(ref.count);
    expect(Math.abs(areaOf(layers[0]!.rd) - ref.areaM2)).toBeLessThan(tolerance(ref.areaM2));
  });

  it('reads loose .shp + .dbf + .prj + .cpg dropped together', async () => {
    const { unzipSync } = await import('fflate');
    const parts = unzipSync(realFile('bag-doesburg-panden-shp.zip').bytes);
    const files = ['pand.shp', 'pand.dbf', 'pand.prj', 'pand.cpg'].map((name) => ({
      name,
      bytes: parts[name]!,
    }));
    const { layers, problems } = await readFiles(files);
    expect(problems).toEqual([]);
    expect(layers[0]!.rd).toHaveLength(7797);
  });
});
