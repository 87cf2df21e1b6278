/**
 * The one entry of the readers: {@link readFiles} takes the files a user dropped (or the CLI
 * got), unpacks zips, pairs Shapefile parts, recognises each format by its bytes (then its
 * extension) and hands it to its reader. Readers load lazily (dynamic import), so the first view
 * of the app pays for none of them. Whatever the input, the result is layers and problems: every
 * error becomes one problem of its file, and the other files still load.
 */
import { ioProblem, IoError } from './problems.ts';
import type {
  FormatId,
  InputFile,
  IoProblem,
  ReadLayer,
  ReadOptions,
  ReadResult,
} from './types.ts';

const SHAPEFILE_PART = /\.(shp|dbf|prj|cpg|shx|sbn|sbx|qix|qmd|shp\.xml)$/i;
const decoder = new TextDecoder('utf-8');

/** A file's format, or `zip`, `shapefile-part`, or undefined when it is not recognised. */
export type DetectedFormat = Exclude<FormatId, 'shapefile'> | 'zip' | 'shapefile-part' | undefined;

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((v, i) => b[i] === v);

/**
 * Recognises a file's format from its first bytes, then from its extension.
 * @param file the file
 * @returns the format
 * @example detectFormat({ name: 'x.gpkg', bytes }) // 'gpkg'
 */
export function detectFormat(file: InputFile): DetectedFormat {
  const b = file.bytes;
  if (SHAPEFILE_PART.test(file.name)) return 'shapefile-part';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06]))
    return 'zip';
  if (/\.zip$/i.test(file.name)) return 'zip';
  if (startsWith(b, [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66])) return 'gpkg'; // "SQLite f"
  if (startsWith(b, [0x66, 0x67, 0x62, 0x03])) return 'flatgeobuf';
  if (/\.gpkg$/i.test(file.name)) return 'gpkg';
  if (/\.fgb$/i.test(file.name)) return 'flatgeobuf';
  const head = decoder
    .decode(b.subarray(0, 2048))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'geojson';
  if (head.startsWith('<')) return 'imro-gml';
  if (/\.(geo)?json$/i.test(file.name)) return 'geojson';
  if (/\.(gml|xml)$/i.test(file.name)) return 'imro-gml';
  if (/\.(csv|txt|tsv)$/i.test(file.name)) return 'csv';
  return undefined;
}

/**
 * Reads a set of files into layers.
 * @param files the files (a Shapefile's parts may come loose or in a zip)
 * @param options progress, cancellation, the sql.js wasm URL in a browser
 * @returns every layer found, and every problem
 * @example const { layers, problems } = await readFiles([{ name: 'plan.gml', bytes }]);
 */
export async function readFiles(
  files: readonly InputFile[],
  options: ReadOptions = {},
): Promise<ReadResult> {
  const layers: ReadLayer[] = [];
  const problems: IoProblem[] = [];
  const pool: InputFile[] = [];
  for (const f of files) {
    if (f.bytes.length === 0) {
      problems.push(ioProblem(f.name, 'empty-file'));
      continue;
    }
    if (detectFormat(f) !== 'zip') {
      pool.push(f);
      continue;
    }
    try {
      const { unzipFiles } = await import('./shapefile.ts');
      const inner = unzipFiles(f.bytes).filter(
        (x) => detectFormat(x) !== undefined && x.bytes.length > 0,
      );
      if (inner.length === 0) problems.push(ioProblem(f.name, 'zip-without-data'));
      pool.push(...inner.map((x) => ({ name: x.name, bytes: x.bytes })));
    } catch (e) {
      problems.push(toProblem(f.name, e));
    }
  }
  const parts = pool.filter((f) => detectFormat(f) === 'shapefile-part');
  const others = pool.filter((f) => detectFormat(f) !== 'shapefile-part');
  const total = others.length + (parts.length > 0 ? 1 : 0);
  let done = 0;
  const step = (name: string) => options.onProgress?.(Math.min(1, done / Math.max(1, total)), name);

  if (parts.length > 0) {
    step(parts[0]!.name);
    try {
      const { groupShapefileParts, readShapefiles } = await import('./shapefile.ts');
      const r = await readShapefiles(groupShapefileParts(parts), options);
      // A loop, not push(...): 148,000 problems overflowed the stack (issue 13's 50 MB file).
      for (const l of r.layers) layers.push(l);
      for (const p of r.problems) problems.push(p);
    } catch (e) {
      problems.push(toProblem(parts[0]!.name, e));
    }
    done++;
  }
  for (const f of others) {
    if (options.isCancelled?.()) {
      problems.push(ioProblem(f.name, 'cancelled'));
      break;
    }
    step(f.name);
    try {
      const r = await readOne(f, options, (p) =>
        options.onProgress?.(Math.min(1, (done + p) / Math.max(1, total)), f.name),
      );
      // A loop, not push(...): 148,000 problems overflowed the stack (issue 13's 50 MB file).
      for (const l of r.layers) layers.push(l);
      for (const p of r.problems) problems.push(p);
    } catch (e) {
      problems.push(toProblem(f.name, e));
    }
    done++;
  }
  options.onProgress?.(1, '');
  return { layers, problems };
}

async function readOne(
  f: InputFile,
  options: ReadOptions,
  within: (fraction: number) => void,
): Promise<ReadResult> {
  const format = detectFormat(f);
  const text = () => decoder.decode(f.bytes);
  switch (format) {
    case 'geojson':
      return (await import('./geojson.ts')).readGeoJsonText(f.name, text(), within);
    case 'imro-gml':
      return (await import('./imro-gml.ts')).readImroGml(f.name, text());
    case 'csv':
      return (await import('./csv.ts')).readCsvText(f.name, text());
    case 'gpkg':
      return (await import('./gpkg.ts')).readGeoPackage(f.name, f.bytes, options);
    case 'flatgeobuf':
      return (await import('./flatgeobuf.ts')).readFlatGeobuf(f.name, f.bytes, options);
    default:
      throw new IoError('unknown-format', {
        detail: f.name.includes('.') ? `.${f.name.split('.').pop()}` : 'no extension',
      });
  }
}

function toProblem(file: string, e: unknown): IoProblem {
  if (e instanceof IoError) return ioProblem(file, e.code, e.params);
  return ioProblem(file, 'read-failed', { detail: e instanceof Error ? e.message : String(e) });
}
