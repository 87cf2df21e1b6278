/**
 * Coordinate reference systems: WGS84 (what GeoJSON and MapLibre speak) and
 * RD New, EPSG:28992 (what Dutch municipalities measure in).
 *
 * Every distance and area the app reports is planar in RD metres, the Dutch
 * convention; the map shows WGS84. Data is projected once at load.
 *
 * The projection itself is ./rd-fast.ts: proj4's computation for `RD_PROJ4`, written out
 * (identical to proj4 within 1e-8 m and 1e-13°; tests/unit/geo/rd-fast.test.ts). proj4 is not
 * bundled: it was 130 kB of the start-up JavaScript and 60 % of the surface worker (issue 14).
 */
import type { Geometry, Position } from 'geojson';
import { projectToRdInto, projectToWgs84Into } from './rd-fast.ts';

/**
 * proj4 definition of RD New (EPSG:28992), with the 7-parameter datum shift to WGS84: what
 * ./rd-fast.ts computes (the tests check it against proj4 with this string).
 * Source: ../shared/DOMAIN.md § Coordinates (the EPSG/PROJ definition of EPSG:28992).
 */
export const RD_PROJ4 =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.4171,50.3319,465.5524,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

/** EPSG code of RD New. */
export const EPSG_RD = 'EPSG:28992';
/** EPSG code of WGS84 longitude/latitude. */
export const EPSG_WGS84 = 'EPSG:4326';

/** The CRS codes the app reads. */
export type CrsCode = typeof EPSG_RD | typeof EPSG_WGS84;

/**
 * Extent of RD coordinates within the Netherlands (metres): x about 0–300,000,
 * y about 300,000–625,000 (../shared/DOMAIN.md § Coordinates). Used to recognise
 * RD files without a `crs` member and to refuse data far outside the country.
 */
export const RD_EXTENT = { minX: -7000, maxX: 300000, minY: 289000, maxY: 629000 } as const;

/** WGS84 bounding box of the Netherlands incl. its territorial sea (degrees). */
export const NL_WGS84_EXTENT = { minLng: 3.0, maxLng: 7.3, minLat: 50.7, maxLat: 53.7 } as const;

/**
 * Projects a WGS84 position to RD New.
 * @param lngLat `[lng, lat]` in degrees
 * @returns `[x, y]` in RD metres
 * @example toRd([5.38763888888889, 52.15616055555555]) // ≈ [155000, 463000] (Amersfoort)
 */
export function toRd(lngLat: Position): [number, number] {
  const out: [number, number] = [0, 0];
  projectToRdInto(lngLat[0]!, lngLat[1]!, out, 0);
  return out;
}

/**
 * Projects an RD New position to WGS84.
 * @param xy `[x, y]` in RD metres
 * @returns `[lng, lat]` in degrees
 * @example toWgs84([155000, 463000]) // ≈ [5.3876, 52.1562]
 */
export function toWgs84(xy: Position): [number, number] {
  const out: [number, number] = [0, 0];
  projectToWgs84Into(xy[0]!, xy[1]!, out, 0);
  return out;
}

/**
 * Returns a copy of a geometry with every position passed through `fn`.
 * @param geometry any GeoJSON geometry (not mutated)
 * @param fn position transform
 * @returns the transformed geometry
 * @example mapGeometry(point, toRd)
 */
export function mapGeometry<G extends Geometry>(geometry: G, fn: (p: Position) => Position): G {
  const ring = (ps: Position[]): Position[] => ps.map(fn);
  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: fn(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { ...geometry, coordinates: ring(geometry.coordinates) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map(ring) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map((p) => p.map(ring)) };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map((g) => mapGeometry(g, fn)) };
  }
}

/**
 * Calls `fn` for every position of a geometry (no copy).
 * @param geometry any GeoJSON geometry
 * @param fn visitor
 * @example eachPosition(g, (p) => xs.push(p[0]))
 */
export function eachPosition(geometry: Geometry, fn: (p: Position) => void): void {
  switch (geometry.type) {
    case 'Point':
      fn(geometry.coordinates);
      return;
    case 'MultiPoint':
    case 'LineString':
      geometry.coordinates.forEach(fn);
      return;
    case 'MultiLineString':
    case 'Polygon':
      geometry.coordinates.forEach((r) => r.forEach(fn));
      return;
    case 'MultiPolygon':
      geometry.coordinates.forEach((p) => p.forEach((r) => r.forEach(fn)));
      return;
    case 'GeometryCollection':
      geometry.geometries.forEach((g) => eachPosition(g, fn));
      return;
  }
}

/**
 * Reads the CRS a GeoJSON object declares in its (GeoJSON-2008) `crs` member,
 * as GDAL writes it (`urn:ogc:def:crs:EPSG::28992`, `EPSG:28992`, `…CRS84`).
 * @param geojson parsed GeoJSON
 * @returns the CRS, `undefined` when none is declared, or `'unsupported'` with the name
 * @example declaredCrs({ crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } } }) // 'EPSG:28992'
 */
export function declaredCrs(geojson: unknown): CrsCode | undefined | { unsupported: string } {
  const name = (geojson as { crs?: { properties?: { name?: unknown } } } | null)?.crs?.properties
    ?.name;
  if (typeof name !== 'string') return undefined;
  if (/EPSG:{1,2}28992$/i.test(name)) return EPSG_RD;
  if (/(EPSG:{1,2}4326|CRS84)$/i.test(name)) return EPSG_WGS84;
  return { unsupported: name };
}

/**
 * Guesses the CRS of coordinates from their range: RD metres are far larger than degrees.
 * @param position a sample position
 * @returns `EPSG:28992` for values in the RD range, `EPSG:4326` for degrees, else `undefined`
 * @example guessCrs([155000, 463000]) // 'EPSG:28992'
 */
export function guessCrs(position: Position): CrsCode | undefined {
  const [x, y] = position;
  if (x === undefined || y === undefined) return undefined;
  if (Math.abs(x) <= 180 && Math.abs(y) <= 90) return EPSG_WGS84;
  if (isInRdExtent([x, y])) return EPSG_RD;
  return undefined;
}

/**
 * @param xy an RD position
 * @returns whether it lies within the Netherlands' RD extent
 */
export function isInRdExtent(xy: Position): boolean {
  const [x = NaN, y = NaN] = xy;
  return x >= RD_EXTENT.minX && x <= RD_EXTENT.maxX && y >= RD_EXTENT.minY && y <= RD_EXTENT.maxY;
}

/**
 * @param lngLat a WGS84 position
 * @returns whether it lies within the Netherlands' WGS84 extent
 */
export function isInNetherlands(lngLat: Position): boolean {
  const [lng = NaN, lat = NaN] = lngLat;
  return (
    lng >= NL_WGS84_EXTENT.minLng &&
    lng <= NL_WGS84_EXTENT.maxLng &&
    lat >= NL_WGS84_EXTENT.minLat &&
    lat <= NL_WGS84_EXTENT.maxLat
  );
}
