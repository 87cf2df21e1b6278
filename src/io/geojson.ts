/**
 * GeoJSON reader: a FeatureCollection, a single Feature or a bare geometry, in WGS84 or RD New,
 * with or without a GeoJSON-2008 `crs` member (RD is also recognised by its coordinate range).
 */
import type { Geometry } from 'geojson';
import { declaredCrs } from '../geo/crs.ts';
import { finishLayer, type SourceFeature } from './project.ts';
import { IoError, ioProblem } from './problems.ts';
import type { IoProblem, ReadResult } from './types.ts';

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

/**
 * Reads a GeoJSON text.
 * @param file file name (for the layer and its problems)
 * @param text the file's text
 * @param onFraction called now and then with the share done (0–1)
 * @returns one layer and the problems
 * @throws IoError when the text is not JSON or not GeoJSON
 * @example readGeoJsonText('plan.geojson', text).layers[0].rd
 */
export function readGeoJsonText(
  file: string,
  text: string,
  onFraction?: (fraction: number) => void,
): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new IoError('not-json', { detail: (e as Error).message.slice(0, 120) });
  }
  // Parsing is about a third of a big file's read; the features' checks and projection the rest.
  onFraction?.(0.35);
  return readGeoJsonObject(file, data, onFraction && ((f) => onFraction(0.35 + 0.65 * f)));
}

/**
 * Reads parsed GeoJSON.
 * @param file file name
 * @param data the parsed JSON
 * @param onFraction called now and then with the share done (0–1)
 * @returns one layer and the problems
 * @throws IoError when it is not GeoJSON or declares an unsupported CRS
 * @example readGeoJsonObject('a.geojson', { type: 'FeatureCollection', features: [] })
 */
export function readGeoJsonObject(
  file: string,
  data: unknown,
  onFraction?: (fraction: number) => void,
): ReadResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new IoError('not-geojson', { detail: 'not an object' });
  }
  const obj = data as { type?: unknown; features?: unknown; geometry?: unknown };
  let raw: unknown[];
  if (obj.type === 'FeatureCollection') {
    if (!Array.isArray(obj.features)) {
      throw new IoError('not-geojson', { detail: '"features" is not an array' });
    }
    raw = obj.features;
  } else if (obj.type === 'Feature') {
    raw = [obj];
  } else if (typeof obj.type === 'string' && GEOMETRY_TYPES.has(obj.type)) {
    raw = [{ type: 'Feature', geometry: obj, properties: {} }];
  } else {
    throw new IoError('not-geojson', {
      detail: `type is ${JSON.stringify(obj.type) ?? 'missing'}`,
    });
  }
  const declared = declaredCrs(data);
  if (typeof declared === 'object')
    throw new IoError('unsupported-crs', { crs: declared.unsupported });

  const problems: IoProblem[] = [];
  const features: SourceFeature[] = [];
  const fields = new Set<string>();
  raw.forEach((f, index) => {
    const feature = f as { type?: unknown; geometry?: unknown; properties?: unknown; id?: unknown };
    if (typeof f !== 'object' || f === null || feature.type !== 'Feature') {
      problems.push(
        ioProblem(file, 'invalid-geometry', { detail: 'not a GeoJSON Feature' }, index),
      );
      return;
    }
    const props =
      typeof feature.properties === 'object' && feature.properties !== null
        ? (feature.properties as Record<string, unknown>)
        : {};
    for (const k of Object.keys(props)) fields.add(k);
    const geometry = feature.geometry as Geometry | null | undefined;
    if (geometry && (typeof geometry !== 'object' || !GEOMETRY_TYPES.has(String(geometry.type)))) {
      problems.push(
        ioProblem(
          file,
          'unsupported-geometry',
          { type: String((geometry as { type?: unknown }).type) },
          index,
        ),
      );
      return;
    }
    const id =
      typeof feature.id === 'string' || typeof feature.id === 'number' ? feature.id : undefined;
    features.push({
      index,
      geometry: geometry ?? null,
      properties: props,
      ...(id !== undefined ? { id } : {}),
    });
  });
  const layer = finishLayer(
    { name: file, file, format: 'geojson', fields: [...fields] },
    features,
    declared,
    problems,
    onFraction,
  );
  return { layers: [layer], problems };
}
