/**
 * Plain-text rendering of a verdict for the command line, in Dutch (default) or
 * English: the same sentences as the app's verdict card and memo
 * (src/rules/reason-text.ts), so the CLI and the UI never say different things.
 */
import type { Point, Polygon } from 'geojson';
import { EPSG_RD, mapGeometry, toRd, toWgs84, type CrsCode } from '../geo/crs.ts';
import { multiPolygonAreaM2, polygonAreaM2 } from '../geo/planar.ts';
import { en } from '../i18n/en.ts';
import { nl } from '../i18n/nl.ts';
import type { Place, Verdict } from '../rules/location-check.ts';
import { describeVerdict, formatMemo, type ReasonTextContext } from '../rules/reason-text.ts';

/** Language of the CLI output. */
export type CliLang = 'nl' | 'en';

/**
 * Formats one site's verdict as a block of text.
 * @param label first line (site id and position)
 * @param verdict the verdict
 * @param place the checked place, in `crs`
 * @param crs the CRS of `place`
 * @param lang output language
 * @returns the block, lines joined with newlines
 * @example formatVerdict('Locatie 1', verdict, point, 'EPSG:4326', 'nl')
 */
export function formatVerdict(
  label: string,
  verdict: Verdict,
  place: Place,
  crs: CrsCode,
  lang: CliLang = 'nl',
): string {
  const ctx: ReasonTextContext = {
    lang,
    m: lang === 'en' ? en : nl,
    zoneName: (id) => verdict.zones.find((z) => z.id === id)?.name,
  };
  const rd = crs === EPSG_RD ? place : mapGeometry(place, toRd);
  const wgs = crs === EPSG_RD ? mapGeometry(place, toWgs84) : place;
  const areaM2 =
    rd.type === 'Polygon'
      ? polygonAreaM2(rd.coordinates)
      : rd.type === 'MultiPolygon'
        ? multiPolygonAreaM2(rd.coordinates)
        : 0;
  // The memo names a point by its position and an area by its size; a multipolygon counts as an area.
  const shown: Point | Polygon =
    wgs.type === 'MultiPolygon' ? { type: 'Polygon', coordinates: wgs.coordinates[0] ?? [] } : wgs;
  const memo = formatMemo(describeVerdict(verdict, shown, areaM2, ctx), ctx, { frame: false });
  return `${label}\n${memo}`;
}
