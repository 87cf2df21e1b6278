// geojson-validation 1.0.2 ships no types; only what the app uses.
declare module 'geojson-validation' {
  /** With trace=true returns the list of problems (empty when valid). */
  export function valid(geojson: unknown, trace: true): string[];
  export function valid(geojson: unknown, trace?: false): boolean;
  export function isFeatureCollection(geojson: unknown, trace: true): string[];
  export function isFeature(geojson: unknown, trace: true): string[];
  export function isGeometryObject(geojson: unknown, trace: true): string[];
}
