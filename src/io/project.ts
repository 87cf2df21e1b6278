/**
 * The step every reader ends with: recognise the source CRS (from a `.prj`, an EPSG code, an
 * srsName or the coordinates), check each geometry, and give the features in RD New and in
 * WGS84. RD is always converted with the project's own EPSG:28992 definition (src/geo/crs.ts,
 * with its datum shift), never from an ESRI WKT: the ESRI `.prj` of RD New carries no datum
 * shift, and a reader that trusts it lands about 114 m off (../shared/STACK.md).
 */
import type { Feature, Geometry, Position } from 'geojson';
import {
  EPSG_RD,
  EPSG_WGS84,
  eachPosition,
  guessCrs,
  isInNetherlands,
  mapGeometry,
  toRd,
  toWgs84,
  type CrsCode,
} from '../geo/crs.ts';
import { ioProblem } from './problems.ts';
import type { FormatId, IoProblem, ReadLayer } from './types.ts';

/** A CRS recognised from a source, or the name of one the app does not read. */
export type CrsRecognition = CrsCode | { unsupported: string };

/**
 * Recognises the CRS of a `.prj` (ESRI or OGC WKT). RD New is known by its EPSG code, its name
 * (Amersfoort / RD New) or its projection parameters; WGS84 by a geographic CRS on WGS 1984.
 * @param wkt the `.prj` text
 * @returns the CRS, or the name of an unsupported one
 * @example crsFromPrj('PROJCS["RD_New",GEOGCS["GCS_Amersfoort",…') // 'EPSG:28992'
 */
export function crsFromPrj(wkt: string): CrsRecognition {
  const text = wkt.trim();
  const name = /^[A-Z_]+\["([^"]*)"/i.exec(text)?.[1] ?? text.slice(0, 60);
  if (/28992/.test(text) && !/PROJCS\[[^\]]*PROJCS/i.test(text)) return EPSG_RD;
  const projected = /^(PROJCS|PROJCRS)\[/i.test(text);
  if (projected) {
    const amersfoort = /Amersfoort/i.test(text);
    const rdName = /RD[ _]?New|Rijksdriehoek|Stelsel_van_de_Rijksdriehoeksmeting/i.test(text);
    const rdParams = /155000/.test(text) && /463000/.test(text) && /Stereographic/i.test(text);
    if ((amersfoort && (rdName || rdParams)) || (rdName && rdParams)) return EPSG_RD;
    return { unsupported: name };
  }
  if (/^(GEOGCS|GEOGCRS|GEODCRS)\[/i.test(text)) {
    if (/WGS[ _]?(19)?84|4326/i.test(text)) return EPSG_WGS84;
    return { unsupported: name };
  }
  return { unsupported: name };
}

/**
 * Recognises an EPSG code or a CRS name (GML srsName, GPKG organization code, FlatGeobuf header).
 * @param code e.g. 28992, "EPSG:28992", "urn:ogc:def:crs:EPSG::28992", "CRS84"
 * @returns the CRS, or the name of an unsupported one
 * @example crsFromCode('urn:ogc:def:crs:EPSG::28992') // 'EPSG:28992'
 */
export function crsFromCode(code: string | number): CrsRecognition {
  const s = String(code).trim();
  if (/CRS:?84$/i.test(s)) return EPSG_WGS84;
  const epsg = /(\d+)$/.exec(s)?.[1];
  if (epsg === '28992') return EPSG_RD;
  // ETRS89 (4258) differs from WGS84 by well under a metre in the Netherlands' data of this kind.
  if (epsg === '4326' || epsg === '4258') return EPSG_WGS84;
  return { unsupported: /^\d+$/.test(s) ? `EPSG:${s}` : s };
}

/** Whether every position of a geometry is a pair of finite numbers and polygons have rings. */
function geometryProblem(g: Geometry): string | undefined {
  let bad: string | undefined;
  const checkRing = (ring: Position[], polygon: boolean) => {
    if (!Array.isArray(ring)) return (bad ??= 'coordinates are not an array');
    if (polygon && ring.length < 4) bad ??= `a ring has ${ring.length} positions (at least 4)`;
    if (!polygon && ring.length < 2) bad ??= `a line has ${ring.length} positions (at least 2)`;
    return undefined;
  };
  switch (g.type) {
    case 'LineString':
      checkRing(g.coordinates, false);
      break;
    case 'MultiLineString':
      g.coordinates.forEach((r) => checkRing(r, false));
      break;
    case 'Polygon':
      if (g.coordinates.length === 0) bad = 'a polygon without rings';
      g.coordinates.forEach((r) => checkRing(r, true));
      break;
    case 'MultiPolygon':
      if (g.coordinates.length === 0) bad = 'a multipolygon without polygons';
      g.coordinates.forEach((p) => p.forEach((r) => checkRing(r, true)));
      break;
    case 'GeometryCollection':
      return 'GeometryCollection';
    default:
      break;
  }
  if (bad) return bad;
  try {
    eachPosition(g, (p) => {
      if (!Array.isArray(p) || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
        bad ??= `position ${JSON.stringify(p)?.slice(0, 40)} is not two numbers`;
      }
    });
  } catch {
    return 'coordinates are not nested arrays';
  }
  return bad;
}

const KNOWN_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
]);

/** A feature as a reader produces it, in its source CRS, with its index in the source. */
export interface SourceFeature {
  index: number;
  geometry: Geometry | null;
  properties: Record<string, unknown>;
  id?: string | number;
}

/** Everything of a layer but its features. */
export interface LayerMeta {
  name: string;
  file: string;
  format: FormatId;
  imroType?: string;
  fields: string[];
}

/**
 * Checks and projects a reader's features: drops (and reports) features without or with bad
 * geometry and features outside the Netherlands; returns the layer in RD and WGS84.
 * @param meta the layer's name, file, format and fields
 * @param features the features in the source CRS
 * @param crs the source CRS, or undefined to recognise it from the first coordinate
 * @param problems where problems are added
 * @param onFraction called now and then with the share of the features done (0–1)
 * @returns the layer
 * @example finishLayer({ name: 'a.csv', file: 'a.csv', format: 'csv', fields }, rows, 'EPSG:28992', problems)
 */
export function finishLayer(
  meta: LayerMeta,
  features: readonly SourceFeature[],
  crs: CrsCode | undefined,
  problems: IoProblem[],
  onFraction?: (fraction: number) => void,
): ReadLayer {
  let sourceCrs = crs;
  if (!sourceCrs) {
    for (const f of features) {
      if (!f.geometry || geometryProblem(f.geometry)) continue;
      let first: Position | undefined;
      eachPosition(f.geometry, (p) => (first ??= p));
      if (first) {
        sourceCrs = guessCrs(first) ?? EPSG_WGS84;
        break;
      }
    }
  }
  sourceCrs ??= EPSG_WGS84;
  const rd: Feature[] = [];
  const wgs84: Feature[] = [];
  const sourceIndex: number[] = [];
  let n = 0;
  for (const f of features) {
    // Every 4,096 features: a big file's projection is most of its read (issue 12, progress bar).
    if (onFraction && (++n & 4095) === 0) onFraction(n / features.length);
    const g = f.geometry;
    if (!g) {
      problems.push(ioProblem(meta.file, 'no-geometry', {}, f.index));
      continue;
    }
    if (!KNOWN_TYPES.has(g.type)) {
      problems.push(ioProblem(meta.file, 'unsupported-geometry', { type: g.type }, f.index));
      continue;
    }
    const bad = geometryProblem(g);
    if (bad) {
      problems.push(ioProblem(meta.file, 'invalid-geometry', { detail: bad }, f.index));
      continue;
    }
    const gWgs = sourceCrs === EPSG_RD ? mapGeometry(g, toWgs84) : g;
    let outside: Position | undefined;
    eachPosition(gWgs, (p) => {
      if (!outside && !isInNetherlands(p)) outside = p;
    });
    if (outside) {
      const shown = outside.map((v) => Math.round(v * 1e5) / 1e5).join(', ');
      problems.push(
        ioProblem(meta.file, 'outside-netherlands', { position: `[${shown}]` }, f.index),
      );
      continue;
    }
    const gRd = sourceCrs === EPSG_RD ? g : mapGeometry(g, toRd);
    const base = f.id !== undefined ? { id: f.id } : {};
    rd.push({ type: 'Feature', ...base, geometry: gRd, properties: f.properties });
    wgs84.push({ type: 'Feature', ...base, geometry: gWgs, properties: f.properties });
    sourceIndex.push(f.index);
  }
  return { ...meta, sourceCrs, rd, wgs84, sourceIndex };
}
