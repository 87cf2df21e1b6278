/**
 * What every reader of `src/io` returns: the layers found in the input files, each with its
 * features in RD New (planar metres, what the rules measure in) and in WGS84 (what the map and
 * the layer validator take), and the problems, grouped so a file with 5,000 bad rows gives one
 * line per kind of problem. Pure: runs in node and in a Web Worker.
 */
import type { Feature } from 'geojson';
import type { CrsCode } from '../geo/crs.ts';

/** One input file: its name (with extension) and its bytes. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** The formats the readers know. */
export type FormatId = 'geojson' | 'shapefile' | 'gpkg' | 'csv' | 'flatgeobuf' | 'imro-gml';

/** What went wrong while reading; the UI turns code + params into a sentence (i18n `io.problem`). */
export type IoProblemCode =
  | 'empty-file'
  | 'unknown-format'
  | 'corrupt-zip'
  | 'zip-without-data'
  | 'shp-without-dbf'
  | 'dbf-without-shp'
  | 'no-prj'
  | 'unsupported-crs'
  | 'corrupt-file'
  | 'not-json'
  | 'not-geojson'
  | 'no-geometry'
  | 'unsupported-geometry'
  | 'invalid-geometry'
  | 'outside-netherlands'
  | 'csv-no-coordinate-columns'
  | 'csv-bad-coordinate'
  | 'csv-row'
  | 'xml-malformed'
  | 'gml-not-imro'
  | 'gml-unknown-element'
  | 'gml-unknown-version'
  | 'read-failed'
  | 'cancelled';

/** One problem of one file, or of one feature of a file. */
export interface IoProblem {
  file: string;
  code: IoProblemCode;
  /** Values for the sentence: field, value, detail, crs, element … */
  params: Readonly<Record<string, string | number>>;
  /** Zero-based index of the feature (row) in its source; absent for file-level problems. */
  featureIndex?: number;
  /** The problem in plain English (logs, the CLI, node tools). */
  message: string;
}

/** One layer read from the input: a GeoJSON file, a Shapefile, a GPKG table, an IMRO plan object type. */
export interface ReadLayer {
  /** Display name: the file name, or `file · table` for a GeoPackage, `file · Enkelbestemming` for IMRO. */
  name: string;
  /** The file it came from (the `.shp` for a Shapefile). */
  file: string;
  format: FormatId;
  /** For IMRO GML: the plan object type (Enkelbestemming, Functieaanduiding, …). */
  imroType?: string;
  /** The CRS the source was in. */
  sourceCrs: CrsCode;
  /** The features in RD New, metres. Same order and properties as `wgs84`. */
  rd: Feature[];
  /** The features in WGS84 longitude/latitude. */
  wgs84: Feature[];
  /** Index of each feature in its source (rows without geometry are skipped, so they differ). */
  sourceIndex: number[];
  /** The attribute names found, in source order. */
  fields: string[];
}

/** The result of reading a set of files: the layers found, and every problem. */
export interface ReadResult {
  layers: ReadLayer[];
  problems: IoProblem[];
}

/** Progress callback: a fraction 0–1 and the file being read. */
export type Progress = (fraction: number, file: string) => void;

/** Options of {@link readFiles} (read.ts) and the readers. */
export interface ReadOptions {
  /** Called now and then with the progress. */
  onProgress?: Progress;
  /** When it returns true the readers stop at the next step with a `cancelled` problem. */
  isCancelled?: () => boolean;
  /**
   * Where sql.js finds its WebAssembly file. In node the package finds it itself (node_modules);
   * the browser passes the URL Vite gives the asset.
   */
  sqlWasmUrl?: string;
}

/** A group of problems that share code and field: what the user reads first. */
export interface ProblemGroup {
  file: string;
  code: IoProblemCode;
  /** The field the problems are about, when they are about one. */
  field?: string;
  /** How many problems (features) share it. */
  count: number;
  /** The first problem, as an example (its value and feature index). */
  example: IoProblem;
  /** All feature indexes, ascending (for the download and the table). */
  featureIndexes: number[];
}
