/**
 * The readers' hostile corpus: damaged and wrong input gives one clear problem per file (or
 * per bad row), never a throw, and the good part of the input still loads.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readFiles } from '../../../src/io/read.ts';
import { groupProblems } from '../../../src/io/problems.ts';
import type { InputFile } from '../../../src/io/types.ts';
import { fixtureFile, realFile } from './realdata.ts';

const text = (name: string, s: string): InputFile => ({ name, bytes: strToU8(s) });
const zipParts = () => unzipSync(realFile('bag-doesburg-panden-shp.zip').bytes);

const WEB_MERCATOR_PRJ =
  'PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],PARAMETER["Auxiliary_Sphere_Type",0.0],UNIT["Meter",1.0]]';

const IMRO_HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<imro:FeatureCollectionIMRO xmlns:imro="http://www.geonovum.nl/imro/2012/1.0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink">`;
const BEDRIJF = `<imro:featureMember><imro:Enkelbestemming gml:id="NL.IMRO.1">
  <imro:naam>Bedrijf</imro:naam><imro:bestemmingshoofdgroep>bedrijf</imro:bestemmingshoofdgroep>
  <imro:geometrie><gml:Polygon srsName="urn:ogc:def:crs:EPSG::28992"><gml:exterior><gml:LinearRing>
  <gml:posList>168000 493000 168100 493000 168100 493100 168000 493100 168000 493000</gml:posList>
  </gml:LinearRing></gml:exterior></gml:Polygon></imro:geometrie></imro:Enkelbestemming></imro:featureMember>`;

describe('reader hostile corpus', () => {
  it('a file of 150,000 features, 148,000 broken: every problem kept, the good ones read', async () => {
    const bad = `{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[5.1,52.1],[5.1,"x"]]]}}`;
    const good = `{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[5.1,52.1]}}`;
    const features = [...Array<string>(148_000).fill(bad), ...Array<string>(2_000).fill(good)];
    const r = await readFiles([
      text('groot.geojson', `{"type":"FeatureCollection","features":[${features.join(',')}]}`),
    ]);
    // push(...problems) overflowed the stack here and the file counted as unreadable.
    expect(r.problems.filter((p) => p.code === 'read-failed')).toEqual([]);
    expect(r.problems.length).toBeGreaterThanOrEqual(148_000);
    expect(r.layers[0]?.wgs84.length).toBe(2_000);
  }, 60_000);

  it('a 0-byte file', async () => {
    const r = await readFiles([{ name: 'leeg.geojson', bytes: new Uint8Array() }]);
    expect(r.layers).toEqual([]);
    expect(r.problems.map((p) => p.code)).toEqual(['empty-file']);
  });

  it('a truncated zip', async () => {
    const bytes = realFile('bag-doesburg-panden-shp.zip').bytes;
    const r = await readFiles([{ name: 'panden.zip', bytes: bytes.subarray(0, 200_000) }]);
    expect(r.layers).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: 'panden.zip', code: 'corrupt-zip' });
  });

  it('a .shp without its .dbf', async () => {
    const parts = zipParts();
    const r = await readFiles([
      { name: 'pand.shp', bytes: parts['pand.shp']! },
      { name: 'pand.prj', bytes: parts['pand.prj']! },
    ]);
    expect(r.layers).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.code).toBe('shp-without-dbf');
    expect(r.problems[0]!.message).toMatch(/pand\.dbf/);
  });

  it('a .prj of another CRS (Web Mercator) is refused, not misplaced', async () => {
    const parts = zipParts();
    const zip = zipSync({ ...parts, 'pand.prj': strToU8(WEB_MERCATOR_PRJ) });
    const r = await readFiles([{ name: 'panden.zip', bytes: zip }]);
    expect(r.layers).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'unsupported-crs' });
    expect(r.problems[0]!.message).toMatch(/Web_Mercator/);
  });

  it('a CSV with text in the coordinates: the good rows load, the bad ones are grouped', async () => {
    const csv =
      '\uFEFFid;naam;x;y\n1;a;155000,5;463000\n2;b;onbekend;463000\n3;c;155100;463100\n4;d;155200;n.v.t.\n5;e;abc;463000\n';
    const r = await readFiles([text('adressen.csv', csv)]);
    expect(r.layers[0]!.rd).toHaveLength(2);
    expect(r.layers[0]!.rd[0]!.geometry).toEqual({
      type: 'Point',
      coordinates: [155000.5, 463000],
    });
    const groups = groupProblems(r.problems);
    expect(groups.map((g) => [g.code, g.field, g.count, g.featureIndexes])).toEqual([
      ['csv-bad-coordinate', 'x', 2, [1, 4]],
      ['csv-bad-coordinate', 'y', 1, [3]],
    ]);
    expect(r.problems[0]!.message).toBe('column "x" holds "onbekend", not a number');
  });

  it('a CSV without coordinate columns names the columns it found', async () => {
    const r = await readFiles([text('lijst.csv', 'naam,adres\nA,Straat 1\n')]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.message).toMatch(/columns found: naam, adres/);
  });

  it('a CSV with lon/lat and a comma', async () => {
    const r = await readFiles([text('p.csv', 'name,lon,lat\n"De Vaart, kavel 1",5.6,52.4\n')]);
    expect(r.problems).toEqual([]);
    expect(r.layers[0]!.rd[0]!.properties).toEqual({ name: 'De Vaart, kavel 1' });
  });

  it('GML with unknown elements: the plan objects load, the unknown ones are listed once each', async () => {
    const gml = `${IMRO_HEAD}${BEDRIJF}
      <imro:featureMember><imro:Windturbine gml:id="x1"/></imro:featureMember>
      <imro:featureMember><imro:Windturbine gml:id="x2"/></imro:featureMember>
      <imro:featureMember><imro:Zonneweide gml:id="x3"/></imro:featureMember>
      </imro:FeatureCollectionIMRO>`;
    const r = await readFiles([text('plan.gml', gml)]);
    expect(r.layers.map((l) => [l.imroType, l.rd.length])).toEqual([['Enkelbestemming', 1]]);
    const groups = groupProblems(r.problems);
    expect(groups.map((g) => [g.code, g.field, g.count])).toEqual([
      ['gml-unknown-element', 'Windturbine', 2],
      ['gml-unknown-element', 'Zonneweide', 1],
    ]);
  });

  it('GML cut off halfway', async () => {
    const r = await readFiles([text('plan.gml', `${IMRO_HEAD}${BEDRIJF.slice(0, 300)}`)]);
    expect(r.layers).toEqual([]);
    expect(r.problems.map((p) => p.code)).toEqual(['xml-malformed']);
  });

  it('GML that is not IMRO', async () => {
    const r = await readFiles([text('x.gml', '<wfs:FeatureCollection xmlns:wfs="w"/>')]);
    expect(r.problems.map((p) => p.code)).toEqual(['gml-not-imro']);
  });

  it('GML in another CRS', async () => {
    const gml = `${IMRO_HEAD}${BEDRIJF.replace('EPSG::28992', 'EPSG::3857')}</imro:FeatureCollectionIMRO>`;
    const r = await readFiles([text('plan.gml', gml)]);
    expect(r.layers).toEqual([]);
    expect(r.problems.map((p) => p.code)).toEqual(['unsupported-crs']);
  });

  it('JSON that is not GeoJSON, and JSON cut off', async () => {
    const r = await readFiles([
      text('a.geojson', '{"hello": 1}'),
      text('b.geojson', '{"type":"FeatureCollection","features":[{"type":"Feat'),
    ]);
    expect(r.problems.map((p) => [p.file, p.code])).toEqual([
      ['a.geojson', 'not-geojson'],
      ['b.geojson', 'not-json'],
    ]);
  });

  it('GeoJSON with bad features: all problems at once, the good feature loads', async () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'ok' },
          geometry: { type: 'Point', coordinates: [5.6, 52.4] },
        },
        { type: 'Feature', properties: {}, geometry: null },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: ['x', 1] } },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [-74, 40.7] } },
        { type: 'Feature', properties: {}, geometry: { type: 'Circle', coordinates: [5, 52] } },
      ],
    };
    const r = await readFiles([text('a.geojson', JSON.stringify(fc))]);
    expect(r.layers[0]!.rd).toHaveLength(1);
    expect(r.problems.map((p) => [p.code, p.featureIndex])).toEqual([
      ['unsupported-geometry', 4],
      ['no-geometry', 1],
      ['invalid-geometry', 2],
      ['outside-netherlands', 3],
    ]);
  });

  it('a GeoPackage cut off, and random bytes called .gpkg / .fgb', async () => {
    const gpkg = realFile('bag-doesburg-panden.gpkg').bytes;
    const r = await readFiles([
      { name: 'kapot.gpkg', bytes: gpkg.subarray(0, 4096) },
      { name: 'ruis.gpkg', bytes: new Uint8Array(3000).fill(7) },
      { name: 'ruis.fgb', bytes: new Uint8Array([0x66, 0x67, 0x62, 0x03, 1, 2, 3]) },
      { name: 'half.fgb', bytes: fixtureFile('squares-rd.fgb').bytes.subarray(0, 1500) },
    ]);
    expect(r.layers).toEqual([]);
    expect(r.problems.map((p) => [p.file, p.code])).toEqual([
      ['kapot.gpkg', 'corrupt-file'],
      ['ruis.gpkg', 'corrupt-file'],
      ['ruis.fgb', 'corrupt-file'],
      ['half.fgb', 'corrupt-file'],
    ]);
  });

  it('an unknown format, and a zip with nothing geographic inside', async () => {
    const r = await readFiles([
      text('notities.docx', 'PK?'),
      { name: 'foto.zip', bytes: zipSync({ 'a.jpg': new Uint8Array([1, 2, 3]) }) },
      text('tekst.bin', 'hello'),
    ]);
    expect(r.problems.map((p) => [p.file, p.code])).toEqual([
      ['foto.zip', 'zip-without-data'],
      ['notities.docx', 'unknown-format'],
      ['tekst.bin', 'unknown-format'],
    ]);
  });

  it('one bad file does not stop the others', async () => {
    const r = await readFiles([
      { name: 'leeg.csv', bytes: new Uint8Array() },
      realFile('utrecht-wijken.geojson'),
    ]);
    expect(r.layers).toHaveLength(1);
    expect(r.problems).toHaveLength(1);
  });
});
