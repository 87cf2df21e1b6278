/**
 * CSV reader on papaparse (delimiter detection, quotes, a BOM): one point per row from lon/lat
 * columns (WGS84) or x/y columns (RD New, or WGS84 when the values are degrees). Numbers with a
 * decimal comma ("155000,5" in a `;` file, as Dutch Excel writes them) are read too.
 */
import { EPSG_RD, EPSG_WGS84, type CrsCode } from '../geo/crs.ts';
import { finishLayer, type SourceFeature } from './project.ts';
import { IoError, ioProblem } from './problems.ts';
import type { IoProblem, ReadResult } from './types.ts';

const LON = ['lon', 'lng', 'long', 'longitude', 'lengtegraad'];
const LAT = ['lat', 'latitude', 'breedtegraad'];
const X = ['x', 'x_rd', 'rd_x', 'xcoord', 'x_coord', 'x-coordinaat', 'xcoordinaat'];
const Y = ['y', 'y_rd', 'rd_y', 'ycoord', 'y_coord', 'y-coordinaat', 'ycoordinaat'];

/**
 * Parses a CSV number: `155000.5`, `155000,5` (decimal comma) or `5.1`; undefined for anything else.
 * @param s the cell
 * @returns the number, or undefined
 * @example parseCsvNumber('155000,5') // 155000.5
 */
export function parseCsvNumber(s: unknown): number | undefined {
  if (typeof s === 'number') return Number.isFinite(s) ? s : undefined;
  if (typeof s !== 'string') return undefined;
  const t = s.trim();
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/.test(t)) return undefined;
  const v = Number(t.replace(',', '.'));
  return Number.isFinite(v) ? v : undefined;
}

/**
 * Reads a CSV text.
 * @param file file name
 * @param text the file's text (a BOM is removed)
 * @param crs override of the CRS of the coordinates
 * @returns one point layer and the problems (one per bad row)
 * @throws IoError when no coordinate columns are found
 * @example await readCsvText('panden.csv', text)
 */
export async function readCsvText(file: string, text: string, crs?: CrsCode): Promise<ReadResult> {
  const Papa = (await import('papaparse')).default;
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    dynamicTyping: false,
    transformHeader: (h) => h.trim(),
  });
  const fields = (parsed.meta.fields ?? []).filter((f) => f !== '');
  const find = (names: string[]) => fields.find((f) => names.includes(f.toLowerCase()));
  let xField = find(LON);
  let yField = find(LAT);
  let columnsCrs: CrsCode | undefined = EPSG_WGS84;
  if (!xField || !yField) {
    xField = find(X);
    yField = find(Y);
    columnsCrs = undefined; // x/y: RD or degrees, recognised from the values
  }
  if (!xField || !yField) {
    throw new IoError('csv-no-coordinate-columns', { columns: fields.join(', ') || '(none)' });
  }
  const problems: IoProblem[] = [];
  const rowErrors = new Set<number>();
  for (const e of parsed.errors) {
    if (e.row === undefined || e.code === 'UndetectableDelimiter') continue;
    rowErrors.add(e.row);
    problems.push(ioProblem(file, 'csv-row', { detail: e.message }, e.row));
  }
  const features: SourceFeature[] = [];
  parsed.data.forEach((row, index) => {
    if (rowErrors.has(index)) return;
    const x = parseCsvNumber(row[xField]);
    const y = parseCsvNumber(row[yField]);
    if (x === undefined || y === undefined) {
      const field = x === undefined ? xField : yField;
      problems.push(
        ioProblem(file, 'csv-bad-coordinate', { field, value: String(row[field] ?? '') }, index),
      );
      return;
    }
    const properties: Record<string, unknown> = {};
    for (const f of fields) {
      if (f === xField || f === yField) continue;
      const v = row[f];
      const n =
        typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) && !/^0\d/.test(v.trim())
          ? Number(v)
          : undefined;
      properties[f] = n ?? v;
    }
    features.push({ index, geometry: { type: 'Point', coordinates: [x, y] }, properties });
  });
  const layerCrs = crs ?? columnsCrs;
  const layer = finishLayer(
    { name: file, file, format: 'csv', fields: fields.filter((f) => f !== xField && f !== yField) },
    features,
    layerCrs === EPSG_RD || layerCrs === EPSG_WGS84 ? layerCrs : undefined,
    problems,
  );
  return { layers: [layer], problems };
}
