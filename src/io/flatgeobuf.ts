/**
 * FlatGeobuf reader on the `flatgeobuf` package (loaded only when such a file is opened). The
 * CRS comes from the header's organisation code (GDAL writes EPSG:28992 there).
 */
import type { Geometry } from 'geojson';
import type { CrsCode } from '../geo/crs.ts';
import { crsFromCode, finishLayer, type SourceFeature } from './project.ts';
import { IoError } from './problems.ts';
import type { IoProblem, ReadOptions, ReadResult } from './types.ts';

/**
 * Reads a FlatGeobuf file.
 * @param file file name
 * @param bytes the .fgb
 * @param options cancellation
 * @returns one layer and the problems
 * @throws IoError on a damaged file or an unsupported CRS
 * @example await readFlatGeobuf('panden.fgb', bytes)
 */
export async function readFlatGeobuf(
  file: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ReadResult> {
  await checkStructure(bytes);
  const { deserialize } = await import('flatgeobuf/lib/mjs/geojson.js');
  let crs: CrsCode | undefined;
  let crsProblem: string | undefined;
  let fields: string[] = [];
  const features: SourceFeature[] = [];
  const problems: IoProblem[] = [];
  try {
    const iter = deserialize(bytes, {
      headerMetaFn: (header) => {
        fields = (header.columns ?? []).map((c) => c.name);
        const c = header.crs;
        if (!c || (c.code === 0 && !c.org)) return;
        const recognised = crsFromCode(`${c.org ?? 'EPSG'}:${c.code}`);
        if (typeof recognised === 'object') crsProblem = c.name ?? recognised.unsupported;
        else crs = recognised;
      },
    });
    let index = 0;
    for await (const f of iter) {
      if (crsProblem) break;
      if (index % 2000 === 0 && options.isCancelled?.()) throw new IoError('cancelled');
      features.push({
        index,
        geometry: (f.geometry as Geometry | null) ?? null,
        properties: (f.properties ?? {}) as Record<string, unknown>,
      });
      index++;
    }
  } catch (e) {
    if (e instanceof IoError) throw e;
    throw new IoError('corrupt-file', { detail: (e as Error).message });
  }
  if (crsProblem) throw new IoError('unsupported-crs', { crs: crsProblem });
  const layer = finishLayer(
    { name: file, file, format: 'flatgeobuf', fields },
    features,
    crs,
    problems,
  );
  return { layers: [layer], problems };
}

/**
 * Checks magic bytes, header, index and feature sizes before the library reads the features:
 * on a cut-off buffer `deserialize` waits for more data forever instead of failing.
 */
async function checkStructure(bytes: Uint8Array): Promise<void> {
  const magic = [0x66, 0x67, 0x62, 0x03, 0x66, 0x67, 0x62];
  const cut = (detail: string) => new IoError('corrupt-file', { detail });
  if (bytes.length < 12 || magic.some((v, i) => bytes[i] !== v)) throw cut('no FlatGeobuf header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerSize = view.getUint32(8, true);
  let offset = 12 + headerSize;
  if (offset > bytes.length) throw cut('the header is cut off');
  const [{ ByteBuffer }, { fromByteBuffer }, { calcTreeSize }] = await Promise.all([
    import('flatbuffers'),
    import('flatgeobuf/lib/mjs/header-meta.js'),
    import('flatgeobuf/lib/mjs/packedrtree.js'),
  ]);
  let header;
  try {
    const bb = new ByteBuffer(bytes);
    bb.setPosition(8); // the size-prefixed header follows the 8 magic bytes
    header = fromByteBuffer(bb);
  } catch (e) {
    throw cut(`unreadable header (${(e as Error).message})`);
  }
  if (header.indexNodeSize > 0 && header.featuresCount > 0) {
    offset += calcTreeSize(header.featuresCount, header.indexNodeSize);
  }
  let count = 0;
  while (offset < bytes.length) {
    if (offset + 4 > bytes.length) throw cut('a feature is cut off');
    offset += 4 + view.getUint32(offset, true);
    if (offset > bytes.length) throw cut('a feature is cut off');
    count++;
  }
  if (offset > bytes.length || (header.featuresCount > 0 && count !== header.featuresCount)) {
    throw cut(`${count} of ${header.featuresCount} features`);
  }
}
