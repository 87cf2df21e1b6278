/**
 * Export of the wijkprofielen: a CSV that Dutch Excel opens correctly (`;` between fields,
 * decimal comma, UTF-8 with a byte-order mark, CRLF line ends) and GeoJSON with the
 * indicators as properties. "Geen gegevens" is an empty field in the CSV and `null` in GeoJSON.
 */
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import type { Profiel } from './compute.ts';
import { indicatorValue, type Indicator } from './indicators.ts';

/** UTF-8 byte-order mark: tells Excel the file is UTF-8 (ë, ï, m², …). */
export const BOM = '\uFEFF';

/**
 * One CSV field for Dutch Excel: quoted when it holds `;`, a quote or a line break.
 * @param text the field
 * @returns the field as written
 * @example csvField('a;b') // '"a;b"'
 */
export function csvField(text: string): string {
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A number as Dutch Excel reads it: decimal comma, no thousands separator.
 * @param v value (undefined = geen gegevens → empty)
 * @param decimals decimals
 * @returns the text
 * @example dutchNumber(1234.5, 1) // '1234,5'
 */
export function dutchNumber(v: number | undefined, decimals: number): string {
  if (v === undefined || !Number.isFinite(v)) return '';
  return v.toFixed(decimals).replace('.', ',');
}

/**
 * The table as CSV for Dutch Excel.
 * @param rows the profiles (buurten or wijken), then e.g. the city row
 * @param indicators the columns
 * @param headers column titles: id, name, wijk, then one per indicator
 * @returns the CSV text, starting with a BOM
 * @example profilesToCsv(buurten, TABLE_INDICATORS, ['Code', 'Naam', 'Wijk', …])
 */
export function profilesToCsv(
  rows: readonly Profiel[],
  indicators: readonly Indicator[],
  headers: readonly string[],
): string {
  const lines = [headers.map(csvField).join(';')];
  for (const p of rows) {
    lines.push(
      [
        csvField(p.id),
        csvField(p.name),
        csvField(p.wijk),
        ...indicators.map((i) => dutchNumber(indicatorValue(i, p), i.decimals)),
      ].join(';'),
    );
  }
  return BOM + lines.join('\r\n') + '\r\n';
}

/**
 * The profiles as GeoJSON: each buurt's geometry (WGS84, as given) with id, name, wijk and
 * one property per indicator (`null` for geen gegevens), plus `jobsEstimated`.
 * @param rows the profiles
 * @param geometries geometry per profile id (WGS84)
 * @param indicators the indicators to write
 * @returns a FeatureCollection
 * @example profilesToGeoJson(buurten, geometryById, INDICATORS)
 */
export function profilesToGeoJson(
  rows: readonly Profiel[],
  geometries: ReadonlyMap<string, MultiPolygon>,
  indicators: readonly Indicator[],
): FeatureCollection<MultiPolygon> {
  const features: Feature<MultiPolygon>[] = [];
  for (const p of rows) {
    const geometry = geometries.get(p.id);
    if (!geometry) continue;
    const properties: Record<string, unknown> = { id: p.id, name: p.name, wijk: p.wijk };
    for (const i of indicators) properties[i.id] = indicatorValue(i, p) ?? null;
    properties.jobsEstimated = p.hasData ? p.jobsEstimated : null;
    features.push({ type: 'Feature', properties, geometry });
  }
  return { type: 'FeatureCollection', features };
}
