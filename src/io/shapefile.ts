/**
 * Shapefile reader on the `shapefile` package, which reads `.shp` and `.dbf` exactly and does
 * not reproject: the CRS comes from the `.prj` through {@link crsFromPrj}, so RD New is always
 * converted with the project's own definition. A `.cpg` names the `.dbf` encoding (default:
 * windows-1252, the dBASE default). A zip may hold several Shapefiles, also in folders.
 */
import { unzipSync } from 'fflate';
import { EPSG_RD, EPSG_WGS84, type CrsCode } from '../geo/crs.ts';
import { crsFromPrj, finishLayer, type SourceFeature } from './project.ts';
import { IoError, ioProblem } from './problems.ts';
import type { InputFile, IoProblem, ReadLayer, ReadOptions, ReadResult } from './types.ts';

/** The parts of one Shapefile, by extension. */
export interface ShapefileParts {
  /** Base name without extension (as shown in messages). */
  name: string;
  shp?: Uint8Array;
  dbf?: Uint8Array;
  prj?: string;
  cpg?: string;
}

const decoder = new TextDecoder();

/**
 * Groups loose files into Shapefiles by base name (`pand.shp`, `pand.dbf`, `pand.prj` → `pand`).
 * @param files files ending in .shp/.dbf/.prj/.cpg (.shx and others are ignored)
 * @returns one entry per base name
 * @example groupShapefileParts([{ name: 'a.shp', bytes }, { name: 'a.dbf', bytes }])
 */
export function groupShapefileParts(files: readonly InputFile[]): ShapefileParts[] {
  const byName = new Map<string, ShapefileParts>();
  for (const f of files) {
    const m = /^(.*)\.(shp|dbf|prj|cpg)$/i.exec(f.name);
    if (!m) continue;
    const name = m[1]!;
    const key = name.toLowerCase();
    const parts = byName.get(key) ?? { name };
    const ext = m[2]!.toLowerCase() as 'shp' | 'dbf' | 'prj' | 'cpg';
    if (ext === 'shp' || ext === 'dbf') parts[ext] = f.bytes;
    else parts[ext] = decoder.decode(f.bytes);
    byName.set(key, parts);
  }
  return [...byName.values()];
}

/**
 * Unpacks a zip into its files (folders flattened into the names; macOS `__MACOSX` skipped).
 * @param bytes the zip
 * @returns the files inside
 * @throws IoError `corrupt-zip` when the zip is damaged or cut off
 * @example unzipFiles(bytes).map((f) => f.name)
 */
export function unzipFiles(bytes: Uint8Array): InputFile[] {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (e) {
    throw new IoError('corrupt-zip', { detail: (e as Error).message });
  }
  return Object.entries(entries)
    .filter(([path]) => !path.startsWith('__MACOSX/') && !path.endsWith('/'))
    .map(([path, data]) => ({ name: path, bytes: data }));
}

/**
 * Reads Shapefiles.
 * @param parts the Shapefiles (from {@link groupShapefileParts})
 * @param options cancellation
 * @returns one layer per Shapefile and the problems
 * @example await readShapefiles(groupShapefileParts(files))
 */
export async function readShapefiles(
  parts: readonly ShapefileParts[],
  options: ReadOptions = {},
): Promise<ReadResult> {
  const layers: ReadLayer[] = [];
  const problems: IoProblem[] = [];
  for (const p of parts) {
    const file = `${p.name}.shp`;
    if (!p.shp) {
      if (p.dbf) problems.push(ioProblem(`${p.name}.dbf`, 'dbf-without-shp', { name: p.name }));
      continue;
    }
    if (!p.dbf) {
      problems.push(ioProblem(file, 'shp-without-dbf', { name: p.name }));
      continue;
    }
    let crs: CrsCode | undefined;
    if (p.prj !== undefined) {
      const recognised = crsFromPrj(p.prj);
      if (typeof recognised === 'object') {
        problems.push(ioProblem(file, 'unsupported-crs', { crs: recognised.unsupported }));
        continue;
      }
      crs = recognised;
    } else {
      problems.push(ioProblem(file, 'no-prj'));
    }
    try {
      layers.push(await readOne(p, file, crs, problems, options));
    } catch (e) {
      if (e instanceof IoError) problems.push(ioProblem(file, e.code, e.params));
      else problems.push(ioProblem(file, 'corrupt-file', { detail: (e as Error).message }));
    }
  }
  return { layers, problems };
}

async function readOne(
  p: ShapefileParts,
  file: string,
  crs: CrsCode | undefined,
  problems: IoProblem[],
  options: ReadOptions,
): Promise<ReadLayer> {
  const { open } = await import('shapefile');
  const encoding = p.cpg?.trim() || 'windows-1252';
  let source;
  try {
    source = await open(p.shp!, p.dbf, { encoding: normaliseEncoding(encoding) });
  } catch (e) {
    throw new IoError('corrupt-file', { detail: (e as Error).message });
  }
  const features: SourceFeature[] = [];
  const fields = new Set<string>();
  for (let index = 0; ; index++) {
    if (options.isCancelled?.()) throw new IoError('cancelled');
    let result;
    try {
      result = await source.read();
    } catch (e) {
      // A cut-off .shp: keep what was read, report the rest.
      problems.push(ioProblem(file, 'corrupt-file', { detail: (e as Error).message }));
      break;
    }
    if (result.done) break;
    const props = (result.value.properties ?? {}) as Record<string, unknown>;
    if (index === 0) for (const k of Object.keys(props)) fields.add(k);
    features.push({ index, geometry: result.value.geometry, properties: props });
  }
  const name = p.name.split('/').pop()!;
  return finishLayer(
    { name: `${name}.shp`, file, format: 'shapefile', fields: [...fields] },
    features,
    crs === EPSG_RD || crs === EPSG_WGS84 ? crs : undefined,
    problems,
  );
}

/** TextDecoder labels for the `.cpg` values GIS tools write ("UTF-8", "1252", "ANSI 1252"). */
function normaliseEncoding(cpg: string): string {
  const s = cpg.toLowerCase();
  if (/utf-?8/.test(s)) return 'utf-8';
  const cp = /(\d{3,5})/.exec(s)?.[1];
  if (cp === '65001') return 'utf-8';
  if (cp) {
    const label = cp.startsWith('8859') ? `iso-8859-${cp.slice(4) || '1'}` : `windows-${cp}`;
    try {
      new TextDecoder(label);
      return label;
    } catch {
      return 'windows-1252';
    }
  }
  try {
    new TextDecoder(s);
    return s;
  } catch {
    return 'windows-1252';
  }
}
