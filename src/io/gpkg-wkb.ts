/**
 * Decoder of GeoPackage geometry blobs (OGC 12-128r18 § 2.1.3: a "GP" header with the srs id and
 * an optional envelope, then standard WKB) into GeoJSON geometries. Reads 2D, Z, M and ZM
 * (ISO codes 1000/2000/3000 and the EWKB flag bits) of the seven simple types; keeps x and y.
 */
import type { Geometry, LineString, Point, Polygon, Position } from 'geojson';

/** A decoded blob: the geometry (null when empty) and the header's srs id. */
export interface GpkgGeometry {
  geometry: Geometry | null;
  srsId: number;
}

const ENVELOPE_BYTES = [0, 32, 48, 48, 64];

/**
 * Decodes one GeoPackage geometry blob.
 * @param blob the column value
 * @returns the geometry and its srs id
 * @throws Error on a blob that is not GPKG WKB or is cut off
 * @example decodeGpkgGeometry(row[0]).geometry // { type: 'Polygon', coordinates: … }
 */
export function decodeGpkgGeometry(blob: Uint8Array): GpkgGeometry {
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) {
    throw new Error('not a GeoPackage geometry (no "GP" header)');
  }
  const flags = blob[3]!;
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const headerLittle = (flags & 1) === 1;
  const srsId = view.getInt32(4, headerLittle);
  const envelope = (flags >> 1) & 7;
  const envBytes = ENVELOPE_BYTES[envelope];
  if (envBytes === undefined) throw new Error(`bad envelope code ${envelope}`);
  const empty = (flags & 0x10) !== 0;
  if (empty) return { geometry: null, srsId };
  const reader = new WkbReader(view, 8 + envBytes);
  return { geometry: reader.geometry(), srsId };
}

class WkbReader {
  private offset: number;
  constructor(
    private readonly view: DataView,
    start: number,
  ) {
    this.offset = start;
  }

  geometry(): Geometry {
    const little = this.u8() === 1;
    let type = this.u32(little);
    let dims = 2;
    // EWKB flags (PostGIS, some writers) and ISO codes (1000 Z, 2000 M, 3000 ZM).
    if (type & 0x80000000) dims++;
    if (type & 0x40000000) dims++;
    if (type & 0x20000000) this.u32(little); // EWKB srid
    type &= 0x0fffffff;
    if (type >= 3000) {
      dims = 4;
      type -= 3000;
    } else if (type >= 2000) {
      dims = 3;
      type -= 2000;
    } else if (type >= 1000) {
      dims = 3;
      type -= 1000;
    }
    const point = (): Position => {
      const x = this.f64(little);
      const y = this.f64(little);
      this.offset += (dims - 2) * 8;
      return [x, y];
    };
    const points = (): Position[] => {
      const n = this.u32(little);
      this.need(n * dims * 8);
      const out: Position[] = new Array(n);
      for (let i = 0; i < n; i++) out[i] = point();
      return out;
    };
    const rings = (): Position[][] => {
      const n = this.u32(little);
      const out: Position[][] = [];
      for (let i = 0; i < n; i++) out.push(points());
      return out;
    };
    const parts = <T extends Geometry>(kind: T['type']): T[] => {
      const n = this.u32(little);
      const out: T[] = [];
      for (let i = 0; i < n; i++) {
        const g = this.geometry();
        if (g.type !== kind) throw new Error(`${g.type} inside a Multi${kind}`);
        out.push(g as T);
      }
      return out;
    };
    switch (type) {
      case 1:
        return { type: 'Point', coordinates: point() };
      case 2:
        return { type: 'LineString', coordinates: points() };
      case 3:
        return { type: 'Polygon', coordinates: rings() };
      case 4:
        return { type: 'MultiPoint', coordinates: parts<Point>('Point').map((p) => p.coordinates) };
      case 5:
        return {
          type: 'MultiLineString',
          coordinates: parts<LineString>('LineString').map((p) => p.coordinates),
        };
      case 6:
        return {
          type: 'MultiPolygon',
          coordinates: parts<Polygon>('Polygon').map((p) => p.coordinates),
        };
      case 7: {
        const n = this.u32(little);
        const geometries: Geometry[] = [];
        for (let i = 0; i < n; i++) geometries.push(this.geometry());
        return { type: 'GeometryCollection', geometries };
      }
      default:
        throw new Error(
          `WKB geometry type ${type} is not supported (curves: linearise them first)`,
        );
    }
  }

  private need(n: number): void {
    if (this.offset + n > this.view.byteLength) throw new Error('geometry blob is cut off');
  }
  private u8(): number {
    this.need(1);
    return this.view.getUint8(this.offset++);
  }
  private u32(little: boolean): number {
    this.need(4);
    const v = this.view.getUint32(this.offset, little);
    this.offset += 4;
    return v;
  }
  private f64(little: boolean): number {
    this.need(8);
    const v = this.view.getFloat64(this.offset, little);
    this.offset += 8;
    return v;
  }
}
