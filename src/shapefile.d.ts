// shapefile 0.6.6 ships no types; only what src/io/shapefile.ts uses.
declare module 'shapefile' {
  import type { Feature } from 'geojson';
  export interface Source {
    bbox: number[];
    read(): Promise<{ done: boolean; value: Feature }>;
    cancel(): Promise<void>;
  }
  export function open(
    shp: ArrayBuffer | Uint8Array,
    dbf?: ArrayBuffer | Uint8Array,
    options?: { encoding?: string },
  ): Promise<Source>;
}
