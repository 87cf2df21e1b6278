/**
 * The attribute table of a layer (issue 14): its features as rows, sorted and filtered, and the
 * selected rows exported as CSV for Dutch Excel (`;`, decimal comma, UTF-8 BOM: the writer of
 * the wijkprofielen export) or as GeoJSON. Pure: the UI binds it.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { BOM, csvField, dutchNumber } from '../wijkprofiel/export.ts';

/** A column: a property key and its heading. */
export interface TableColumn {
  key: string;
  label: string;
}

/** One row: the feature's index in its layer and its properties. */
export interface TableRow {
  index: number;
  values: Record<string, unknown>;
}

/** Sort order of the table. */
export interface TableSort {
  key: string;
  descending: boolean;
}

/**
 * The columns of a layer: the schema's properties first (in schema order), then any other
 * property the features carry, in order of first appearance.
 * @param schemaKeys the layer schema's keys with their labels
 * @param features the features
 * @returns the columns
 * @example tableColumns([{ key: 'id', label: 'Code' }], features)
 */
export function tableColumns(
  schemaKeys: readonly TableColumn[],
  features: readonly Feature[],
): TableColumn[] {
  const seen = new Set(schemaKeys.map((c) => c.key));
  const extra: TableColumn[] = [];
  for (const f of features) {
    for (const key of Object.keys(f.properties ?? {})) {
      if (seen.has(key)) continue;
      seen.add(key);
      extra.push({ key, label: key });
    }
  }
  return [...schemaKeys, ...extra];
}

function normalise(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function asText(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/**
 * The rows that match a filter, sorted.
 * @param features the layer's features
 * @param filter text that must occur in one of the values (case- and accent-insensitive);
 *   empty keeps every row
 * @param sort the column and direction, or null for the layer's own order
 * @returns the rows
 * @example tableRows(features, 'bakker', { key: 'bvoM2', descending: true })
 */
export function tableRows(
  features: readonly Feature[],
  filter: string,
  sort: TableSort | null,
): TableRow[] {
  const q = normalise(filter.trim());
  const rows: TableRow[] = [];
  features.forEach((f, index) => {
    const values = (f.properties ?? {}) as Record<string, unknown>;
    if (q && !Object.values(values).some((v) => normalise(asText(v)).includes(q))) return;
    rows.push({ index, values });
  });
  if (sort) {
    const dir = sort.descending ? -1 : 1;
    rows.sort((a, b) => {
      const va = a.values[sort.key];
      const vb = b.values[sort.key];
      const ea = isEmpty(va);
      const eb = isEmpty(vb);
      // Empty cells last in either direction; ties keep the layer's order.
      if (ea || eb) return ea === eb ? a.index - b.index : ea ? 1 : -1;
      return compareValues(va, vb) * dir || a.index - b.index;
    });
  }
  return rows;
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

/** Numbers by value, text naturally ("B2" before "B10"). */
function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return asText(a).localeCompare(asText(b), 'nl', { numeric: true, sensitivity: 'base' });
}

/** Fraction digits a number needs to be written exactly (at most 6). */
function decimalsOf(v: number): number {
  if (Number.isInteger(v)) return 0;
  const s = String(v);
  const i = s.indexOf('.');
  return i < 0 ? 6 : Math.min(6, s.length - i - 1);
}

/**
 * Rows as CSV for Dutch Excel: `;` between fields, numbers with a decimal comma and no
 * thousands separator, UTF-8 with a byte-order mark, CRLF line ends.
 * @param rows the rows (e.g. the selection)
 * @param columns the columns, in order; their labels are the header
 * @returns the CSV text, starting with a BOM
 * @example rowsToCsv(selected, columns) // '\uFEFFCode;Naam;…\r\nB0001;De Groot Werken;…\r\n'
 */
export function rowsToCsv(rows: readonly TableRow[], columns: readonly TableColumn[]): string {
  const lines = [columns.map((c) => csvField(c.label)).join(';')];
  for (const r of rows) {
    lines.push(
      columns
        .map((c) => {
          const v = r.values[c.key];
          return typeof v === 'number' ? dutchNumber(v, decimalsOf(v)) : csvField(asText(v));
        })
        .join(';'),
    );
  }
  return BOM + lines.join('\r\n') + '\r\n';
}

/**
 * The features of rows as a GeoJSON FeatureCollection (WGS84, as loaded).
 * @param features the layer's features
 * @param rows the rows to write
 * @returns a FeatureCollection of copies (the layer's own objects are not shared)
 * @example rowsToGeoJson(featuresOf('bedrijven'), selected)
 */
export function rowsToGeoJson(
  features: readonly Feature[],
  rows: readonly TableRow[],
): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: rows
      .map((r) => features[r.index])
      .filter((f): f is Feature => f !== undefined)
      .map((f) => JSON.parse(JSON.stringify(f)) as Feature),
  };
}
