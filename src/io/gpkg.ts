/**
 * GeoPackage reader: sql.js (SQLite compiled to WebAssembly, loaded only when a GeoPackage is
 * opened) and the small blob decoder of gpkg-wkb.ts. Every feature table listed in
 * `gpkg_geometry_columns` becomes a layer; its CRS comes from `gpkg_spatial_ref_sys`.
 */
import type { Database, SqlJsStatic } from 'sql.js';
import { decodeGpkgGeometry } from './gpkg-wkb.ts';
import { crsFromCode, finishLayer, type SourceFeature } from './project.ts';
import { IoError, ioProblem } from './problems.ts';
import type { IoProblem, ReadLayer, ReadOptions, ReadResult } from './types.ts';

let sqlJs: Promise<SqlJsStatic> | undefined;

/** sql.js, initialised once. In node it finds its wasm in node_modules; a browser passes a URL. */
async function loadSqlJs(wasmUrl: string | undefined): Promise<SqlJsStatic> {
  sqlJs ??= import('sql.js').then((m) =>
    m.default(wasmUrl ? { locateFile: () => wasmUrl } : undefined),
  );
  try {
    return await sqlJs;
  } catch (e) {
    sqlJs = undefined;
    throw new IoError('read-failed', { detail: `sql.js: ${(e as Error).message}` });
  }
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * Reads every feature table of a GeoPackage.
 * @param file file name
 * @param bytes the .gpkg
 * @param options cancellation, progress, the wasm URL in a browser
 * @returns one layer per feature table, and the problems
 * @throws IoError when the file is not a SQLite database or has no gpkg tables
 * @example await readGeoPackage('panden.gpkg', bytes)
 */
export async function readGeoPackage(
  file: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const SQL = await loadSqlJs(options.sqlWasmUrl);
  let db: Database;
  try {
    db = new SQL.Database(bytes);
  } catch (e) {
    throw new IoError('corrupt-file', { detail: (e as Error).message });
  }
  try {
    return readTables(file, db, options);
  } finally {
    db.close();
  }
}

function readTables(file: string, db: Database, options: ReadOptions): ReadResult {
  let tables: { table: string; column: string; srsId: number }[];
  try {
    const res = db.exec(
      'SELECT table_name, column_name, srs_id FROM gpkg_geometry_columns ORDER BY table_name',
    );
    tables = (res[0]?.values ?? []).map((r) => ({
      table: String(r[0]),
      column: String(r[1]),
      srsId: Number(r[2]),
    }));
  } catch (e) {
    const detail = (e as Error).message;
    throw new IoError('corrupt-file', {
      detail: /not a database|malformed/i.test(detail)
        ? detail
        : `no gpkg_geometry_columns (${detail})`,
    });
  }
  const layers: ReadLayer[] = [];
  const problems: IoProblem[] = [];
  for (const t of tables) {
    const layerFile = `${file} · ${t.table}`;
    const crs = crsOfSrs(db, t.srsId);
    if (typeof crs === 'object') {
      problems.push(ioProblem(layerFile, 'unsupported-crs', { crs: crs.unsupported }));
      continue;
    }
    const stmt = db.prepare(`SELECT * FROM ${quote(t.table)}`);
    const fields = stmt.getColumnNames().filter((c) => c !== t.column);
    const features: SourceFeature[] = [];
    try {
      for (let index = 0; stmt.step(); index++) {
        if (index % 2000 === 0 && options.isCancelled?.()) throw new IoError('cancelled');
        const row = stmt.getAsObject();
        const blob = row[t.column];
        const properties: Record<string, unknown> = {};
        for (const f of fields) properties[f] = row[f] instanceof Uint8Array ? '(binary)' : row[f];
        if (!(blob instanceof Uint8Array)) {
          features.push({ index, geometry: null, properties });
          continue;
        }
        try {
          features.push({ index, geometry: decodeGpkgGeometry(blob).geometry, properties });
        } catch (e) {
          problems.push(
            ioProblem(layerFile, 'invalid-geometry', { detail: (e as Error).message }, index),
          );
        }
      }
    } finally {
      stmt.free();
    }
    layers.push(
      finishLayer(
        { name: layerFile, file: layerFile, format: 'gpkg', fields },
        features,
        crs,
        problems,
      ),
    );
  }
  return { layers, problems };
}

/** The CRS of a gpkg srs id: its organisation code, or the id itself (0 and -1: undefined). */
function crsOfSrs(db: Database, srsId: number) {
  if (srsId === 0 || srsId === -1) return undefined;
  const res = db.exec(
    `SELECT organization, organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = ${Number(srsId)}`,
  );
  const row = res[0]?.values[0];
  const code = row ? `${String(row[0])}:${String(row[1])}` : `EPSG:${srsId}`;
  return crsFromCode(code);
}
