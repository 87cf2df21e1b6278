/**
 * Output for the map: RD results reprojected to WGS84 and encoded compactly, so the worker
 * can hand the main thread bytes (transferable) rather than a deep object tree.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { mapGeometry, toWgs84 } from '../../geo/crs.ts';

/** Decimal places of WGS84 output: 1e-7° ≈ 1 cm, the precision of the RD computation. */
export const WGS84_DECIMALS = 7;

/**
 * Reprojects a FeatureCollection from RD metres to WGS84, rounding to {@link WGS84_DECIMALS}.
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
      geometry: mapGeometry(feature.geometry, project),
    })),
  };
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
