/** The two parts of JSTS (a port of JTS, the library GEOS and so shapely port) the tests use. */
declare module 'jsts/org/locationtech/jts/io/GeoJSONReader.js' {
  /** Reads GeoJSON geometry objects into JTS geometries. */
  export default class GeoJSONReader {
    read(geometry: unknown): unknown;
  }
}
declare module 'jsts/org/locationtech/jts/operation/valid/IsValidOp.js' {
  /** OGC validity, as shapely's `is_valid` (GEOS is a port of JTS). */
  export default class IsValidOp {
    constructor(geometry: unknown);
    isValid(): boolean;
    getValidationError(): { toString(): string } | null;
  }
}
