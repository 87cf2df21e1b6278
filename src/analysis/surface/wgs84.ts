/**
 * Output for the map: RD results reprojected to WGS84 and encoded compactly, so the worker
 * can hand the main thread bytes (transferable) rather than a deep object tree.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { mapGeometry, toWgs84 } from '../../geo/crs.ts';
import { hasSegmentContact } from '../../geo/segment-contact.ts';

/** Decimal places of WGS84 output: 1e-7° ≈ 1 cm, the precision of the RD computation. */
export const WGS84_DECIMALS = 7;

/**
 * Reprojects a FeatureCollection from RD metres to WGS84, rounding to {@link WGS84_DECIMALS}.
 * Rounding moves a corner by up to half a centimetre, which can make two nearly parallel
 * edges cross (issue 14: darker wedges on the map, shapely's `is_valid` false): a polygon
 * whose rounded outline meets itself keeps full precision.
 * @param fc collection in RD (not mutated)
 * @returns a new collection in WGS84
 * @example toWgs84Collection(result.classes)
 */
export function toWgs84Collection<G extends Geometry, P>(
  fc: FeatureCollection<G, P>,
): FeatureCollection<G, P> {
  const f = 10 ** WGS84_DECIMALS;
  const project = (xy: number[]): number[] => {
    const [lng, lat] = toWgs84(xy);
    return [Math.round(lng * f) / f, Math.round(lat * f) / f];
  };
  return {
    type: 'FeatureCollection',
    features: fc.features.map((feature) => ({
      ...feature,
      geometry: projectValid(feature.geometry, project),
    })),
  };
}

/** Rounded, unless rounding made the outline of a polygon meet itself: then full precision. */
function projectValid<G extends Geometry>(geometry: G, project: (xy: number[]) => number[]): G {
  const rounded = mapGeometry(geometry, project);
  const polygons =
    rounded.type === 'Polygon'
      ? [rounded.coordinates]
      : rounded.type === 'MultiPolygon'
        ? rounded.coordinates
        : null;
  if (!polygons || !hasSegmentContact(polygons)) return rounded;
  // Where the RD outline touches itself at a point (valid), full precision costs only bytes.
  return mapGeometry(geometry, (xy) => toWgs84(xy));
}

/**
 * Encodes GeoJSON as UTF-8 JSON bytes (for a transferable `ArrayBuffer`).
 * @param value any JSON value
 * @returns the bytes
 * @example postMessage({ bytes }, [encodeJson(fc).buffer])
 */
export function encodeJson(value: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(value));
}
