/**
 * CSV of zoekprofiel candidates for Dutch Excel: `;` as separator, decimal comma, a UTF-8 byte
 * order mark (so Excel reads the accents), CRLF line ends, fields with `;`, quotes or line
 * breaks quoted.
 */
import type { Candidate } from './zoekprofiel.ts';

/** Byte order mark that makes Excel read the file as UTF-8. */
export const CSV_BOM = '\ufeff';

function field(v: string | number | undefined): string {
  if (v === undefined) return '';
  const s = typeof v === 'number' ? formatDecimal(v) : v;
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A number with a decimal comma and no thousands separator (Excel reads it as a number).
 * @param n the number
 * @param digits fraction digits (default: 0 for integers, else 1)
 * @returns text such as "1234,5"
 * @example formatDecimal(1234.5) // "1234,5"
 */
export function formatDecimal(n: number, digits = Number.isInteger(n) ? 0 : 1): string {
  return n.toFixed(digits).replace('.', ',');
}

/**
 * Candidates as CSV text.
 * @param candidates ranked candidates
 * @param header column titles (rank, zone id, zone, zone type, up to category, verdict, free m²,
 *   free-area source, need m², distance m, homes in conflict, fit)
 * @param label turns coded values (verdict, free source, fit) into words
 * @returns the CSV text with BOM
 * @example candidatesToCsv(result.candidates, HEADER, (x) => x)
 */
export function candidatesToCsv(
  candidates: readonly Candidate[],
  header: readonly string[],
  label: (code: string) => string = (c) => c,
): string {
  const rows = [header.map(field).join(';')];
  for (const c of candidates) {
    rows.push(
      [
        c.rank,
        c.zoneId,
        c.zoneName,
        c.zoneType ?? '',
        c.permitted ?? '',
        label(c.verdict),
        Math.round(c.freeM2),
        label(c.freeSource),
        Math.round(c.needM2),
        c.distanceM === undefined ? undefined : Math.round(c.distanceM),
        c.conflicts.homes,
        label(c.fit),
      ]
        .map(field)
        .join(';'),
    );
  }
  return CSV_BOM + rows.join('\r\n') + '\r\n';
}
