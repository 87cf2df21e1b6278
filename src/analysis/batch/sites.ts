/**
 * Sites for a batch of location checks, validated: the command line's `--sites` and the app's
 * "CSV met plekken" read them here (issue 13: the CLI refuses nonsense; issue 14: the app shares
 * it). Every
 * coordinate is checked before a verdict: empty cells, text, 1e308, points outside the
 * Netherlands, RD numbers in lon/lat columns, swapped lat/lon, polygons without area and
 * places outside the loaded data each give a per-row problem and no verdict. CSV is parsed
 * with papaparse (quotes, BOM, `,` `;` or tab, decimal commas with `;`).
 */
import Papa from 'papaparse';
import type { Feature, FeatureCollection, Position } from 'geojson';
import {
  EPSG_RD,
  EPSG_WGS84,
  eachPosition,
  isInRdExtent,
  toRd,
  type CrsCode,
} from '../../geo/crs.ts';
import { ringSignedAreaM2 } from '../../geo/planar.ts';
import type { DatasetLayerInput } from '../../domain/dataset.ts';
import type { Place } from '../../rules/location-check.ts';
import { maxRequiredDistanceM } from '../../rules/vng.ts';
/** Message language of the batch problems. */
export type BatchLang = 'nl' | 'en';

/** A site to check. */
export interface Site {
  id: string;
  place: Place;
  crs: CrsCode;
}

/** Sites read from an input, and one line per problem (rows with a problem give no site). */
export interface SitesRead {
  sites: Site[];
  problems: string[];
}

const say = (lang: BatchLang, nl: string, en: string): string => (lang === 'en' ? en : nl);

/**
 * Reads one coordinate cell: empty cells and text are refused (`Number('')` is 0, which used
 * to give a verdict at 0,0), decimal commas are read when `decimalComma` is set.
 * @param cell the cell text or value
 * @param decimalComma whether `5,6` means 5.6 (a `;`-separated file)
 * @returns the number, or the reason it is not one
 */
export function readCoordinate(
  cell: unknown,
  decimalComma: boolean,
): number | 'empty' | 'not-a-number' {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : 'not-a-number';
  if (cell === undefined || cell === null) return 'empty';
  if (typeof cell !== 'string') return 'not-a-number';
  let text = cell.trim();
  if (text === '') return 'empty';
  if (decimalComma && /^[-+]?\d+,\d+$/.test(text)) text = text.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return 'not-a-number';
  const n = Number(text);
  return Number.isFinite(n) ? n : 'not-a-number';
}

/** Whether a WGS84 position lies in the Netherlands' RD extent. */
function wgs84InExtent(p: Position): boolean {
  const [lng, lat] = p as [number, number];
  if (Math.abs(lng) > 180 || Math.abs(lat) > 90) return false;
  return isInRdExtent(toRd([lng, lat]));
}

/**
 * Checks one position and names what is wrong with it.
 * @param p the position
 * @param crs its CRS
 * @param lang message language
 * @returns undefined when it is a position in the Netherlands, else the problem
 */
export function positionProblem(p: Position, crs: CrsCode, lang: BatchLang): string | undefined {
  const [x, y] = p;
  if (p.length < 2 || !Number.isFinite(x) || !Number.isFinite(y))
    return say(lang, 'coördinaat is geen getal', 'coordinate is not a number');
  const shown = `${x},${y}`;
  if (crs === EPSG_RD) {
    if (isInRdExtent(p)) return undefined;
    if (wgs84InExtent(p))
      return say(
        lang,
        `${shown} zijn graden (lon,lat), geen RD-meters: laat --crs EPSG:28992 weg of gebruik kolommen lon,lat`,
        `${shown} are degrees (lon,lat), not RD metres: drop --crs EPSG:28992 or use columns lon,lat`,
      );
    return say(
      lang,
      `${shown} ligt buiten Nederland (RD x ${-7000}–300000, y 289000–629000)`,
      `${shown} lies outside the Netherlands (RD x ${-7000}–300000, y 289000–629000)`,
    );
  }
  if (wgs84InExtent(p)) return undefined;
  if (wgs84InExtent([y!, x!]))
    return say(
      lang,
      `${shown} ligt buiten Nederland; lat en lon verwisseld? (lon komt eerst: ${y},${x})`,
      `${shown} lies outside the Netherlands; lat and lon swapped? (lon comes first: ${y},${x})`,
    );
  if (isInRdExtent(p))
    return say(
      lang,
      `${shown} lijkt RD (meters) in lon/lat: gebruik kolommen x,y of --crs EPSG:28992`,
      `${shown} looks like RD (metres) in lon/lat: use columns x,y or --crs EPSG:28992`,
    );
  return say(
    lang,
    `${shown} ligt buiten Nederland (lon,lat in graden)`,
    `${shown} lies outside the Netherlands (lon,lat in degrees)`,
  );
}

/**
 * Checks a place: every position in the Netherlands, polygons with at least three corners and
 * an area.
 * @param place point or (multi)polygon
 * @param crs its CRS
 * @param lang message language
 * @returns the problems (empty when the place is fine)
 */
export function placeProblems(place: unknown, crs: CrsCode, lang: BatchLang): string[] {
  const g = place as { type?: unknown; coordinates?: unknown } | null;
  if (!g || typeof g !== 'object' || !Array.isArray(g.coordinates))
    return [say(lang, 'geen geometrie', 'no geometry')];
  if (g.type === 'Point') {
    const p = g.coordinates as unknown[];
    if (p.length < 2 || p.some((n) => typeof n !== 'number'))
      return [say(lang, 'punt zonder twee getallen', 'point without two numbers')];
    const problem = positionProblem(p as Position, crs, lang);
    return problem ? [problem] : [];
  }
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon')
    return [
      say(
        lang,
        `geometrie ${String(g.type)} wordt niet ondersteund (punt of vlak)`,
        `geometry ${String(g.type)} is not supported (point or polygon)`,
      ),
    ];
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown[];
  if (polygons.length === 0)
    return [say(lang, 'leeg vlak (geen hoekpunten)', 'empty polygon (no vertices)')];
  for (const poly of polygons) {
    if (!Array.isArray(poly) || poly.length === 0 || !Array.isArray(poly[0]))
      return [say(lang, 'leeg vlak (geen hoekpunten)', 'empty polygon (no vertices)')];
    for (const ring of poly as unknown[][]) {
      if (
        !Array.isArray(ring) ||
        ring.length < 4 ||
        ring.some(
          (p) => !Array.isArray(p) || p.length < 2 || p.some((n: unknown) => typeof n !== 'number'),
        )
      )
        return [
          say(
            lang,
            'vlak met een rand van minder dan 3 hoekpunten of zonder getallen',
            'polygon with a ring of fewer than 3 vertices or without numbers',
          ),
        ];
    }
  }
  let problem: string | undefined;
  eachPosition(g as Place, (p) => {
    problem ??= positionProblem(p, crs, lang);
  });
  if (problem) return [problem];
  const outer = (polygons as Position[][][]).map((poly) =>
    poly[0]!.map((p) => (crs === EPSG_RD ? p : toRd(p))),
  );
  if (outer.every((ring) => Math.abs(ringSignedAreaM2(ring)) < 0.01))
    return [say(lang, 'vlak zonder oppervlakte (0 m²)', 'polygon without area (0 m²)')];
  return [];
}

const LON = ['lon', 'lng', 'longitude', 'long'];
const LAT = ['lat', 'latitude'];
const IDS = ['id', 'naam', 'name'];

/** Which columns of a table hold the coordinates and the id. */
export interface SiteColumns {
  x: string;
  y: string;
  id: string | undefined;
  crs: CrsCode;
}

/**
 * Finds the coordinate columns in a header: lon,lat (or lng/longitude, lat/latitude) or x,y.
 * @param header the column names (any case)
 * @param crs an explicit CRS (`--crs`); default RD for x,y, WGS84 for lon,lat
 * @returns the columns, or undefined when there are none
 */
export function findSiteColumns(
  header: readonly string[],
  crs: CrsCode | undefined,
): SiteColumns | undefined {
  const find = (names: string[]) => header.find((h) => names.includes(h.trim().toLowerCase()));
  const id = find(IDS);
  const lon = find(LON);
  const lat = find(LAT);
  if (lon && lat) return { x: lon, y: lat, id, crs: crs ?? EPSG_WGS84 };
  const x = find(['x']);
  const y = find(['y']);
  if (x && y) return { x, y, id, crs: crs ?? EPSG_RD };
  return undefined;
}

/**
 * One table row (CSV or JSON Lines) as a site, or the problems of that row.
 * @param row the row's cells by column name
 * @param columns from {@link findSiteColumns}
 * @param where the row's name in messages ("regel 3")
 * @param fallbackId the id when the row has none
 * @param decimalComma whether `5,6` means 5.6
 * @param lang message language
 * @returns the site, or one line naming every problem of the row
 */
export function siteFromRow(
  row: Record<string, unknown>,
  columns: SiteColumns,
  where: string,
  fallbackId: string,
  decimalComma: boolean,
  lang: BatchLang,
): Site | string {
  const rawId = columns.id === undefined ? undefined : row[columns.id];
  const id = rawId === undefined || rawId === null || rawId === '' ? fallbackId : String(rawId);
  const label = `${where} (${id})`;
  const problems: string[] = [];
  const coord = (column: string): number | undefined => {
    const v = readCoordinate(row[column], decimalComma);
    if (v === 'empty') problems.push(say(lang, `${column} is leeg`, `${column} is empty`));
    else if (v === 'not-a-number')
      problems.push(
        say(
          lang,
          `${column} "${String(row[column]).slice(0, 40)}" is geen getal`,
          `${column} "${String(row[column]).slice(0, 40)}" is not a number`,
        ),
      );
    else return v;
    return undefined;
  };
  const x = coord(columns.x);
  const y = coord(columns.y);
  if (x !== undefined && y !== undefined) {
    const problem = positionProblem([x, y], columns.crs, lang);
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) return `${label}: ${problems.join('; ')}`;
  return { id, place: { type: 'Point', coordinates: [x!, y!] }, crs: columns.crs };
}

/**
 * Reads sites from a CSV text with papaparse: a header with lon,lat or x,y columns (and
 * optionally id/naam/name), `,` `;` or tab separated, quoted cells, a BOM.
 * @param text CSV content
 * @param crs CRS of the coordinates (default: RD for x,y columns, else WGS84)
 * @param lang message language
 * @returns the good rows as sites and one line per bad row
 * @example readSitesCsv('id,lon,lat\nA,5.1,52.1').sites[0].id // 'A'
 */
export function readSitesCsv(text: string, crs?: CrsCode, lang: BatchLang = 'nl'): SitesRead {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  });
  const header = parsed.meta.fields ?? [];
  const columns = findSiteColumns(header, crs);
  if (!columns)
    return {
      sites: [],
      problems: [
        say(
          lang,
          `CSV mist kolommen lon,lat of x,y (kolommen: ${header.join(', ') || 'geen'})`,
          `CSV lacks columns lon,lat or x,y (columns: ${header.join(', ') || 'none'})`,
        ),
      ],
    };
  const decimalComma = parsed.meta.delimiter !== ',';
  const sites: Site[] = [];
  const problems: string[] = [];
  parsed.data.forEach((row, i) => {
    const where = say(lang, `regel ${i + 2}`, `line ${i + 2}`);
    const site = siteFromRow(row, columns, where, `${i + 1}`, decimalComma, lang);
    if (typeof site === 'string') problems.push(site);
    else sites.push(site);
  });
  if (parsed.data.length === 0) problems.push(say(lang, 'CSV zonder rijen', 'CSV without rows'));
  return { sites, problems };
}

/**
 * Reads sites from a GeoJSON collection of points and (multi)polygons; every other feature is
 * a problem, not skipped in silence.
 * @param fc the collection
 * @param crs the CRS of its coordinates
 * @param lang message language
 * @returns the good features as sites and one line per bad feature
 */
export function readSitesGeoJson(
  fc: FeatureCollection,
  crs: CrsCode,
  lang: BatchLang = 'nl',
): SitesRead {
  const sites: Site[] = [];
  const problems: string[] = [];
  if (!Array.isArray(fc.features))
    return {
      sites,
      problems: [say(lang, 'geen GeoJSON FeatureCollection', 'no GeoJSON FeatureCollection')],
    };
  fc.features.forEach((f: Feature | null, i) => {
    const p = (f?.properties ?? {}) as Record<string, unknown>;
    const id = String(p.id ?? p.name ?? f?.id ?? i + 1);
    const found = placeProblems(f?.geometry, crs, lang);
    if (found.length > 0)
      problems.push(`${say(lang, 'object', 'feature')} ${i + 1} (${id}): ${found.join('; ')}`);
    else sites.push({ id, place: f!.geometry as Place, crs });
  });
  if (fc.features.length === 0)
    problems.push(say(lang, 'GeoJSON zonder objecten', 'GeoJSON without features'));
  return { sites, problems };
}

/** The RD bounding box of the loaded data (with a margin), for "outside the loaded data". */
export interface DataExtent {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/**
 * Margin around the loaded data (m) within which a place still counts as inside: the largest
 * guide distance of the rule table (VNG 2009: 1,500 m), so a place near the edge still sees
 * every business that could matter.
 */
const DATA_MARGIN_M = maxRequiredDistanceM();

/**
 * The extent of the loaded layers in RD, plus {@link DATA_MARGIN_M}.
 * @param inputs the dataset inputs
 * @returns the extent, or undefined when the layers hold no positions
 */
export function dataExtent(inputs: readonly DatasetLayerInput[]): DataExtent | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const input of inputs) {
    const rd = input.crs === EPSG_RD;
    for (const f of input.features.features) {
      if (!f.geometry) continue;
      eachPosition(f.geometry, (p) => {
        const [x, y] = rd ? p : toRd(p);
        if (x! < minX) minX = x!;
        if (y! < minY) minY = y!;
        if (x! > maxX) maxX = x!;
        if (y! > maxY) maxY = y!;
      });
    }
  }
  if (!Number.isFinite(minX)) return undefined;
  return {
    minX: minX - DATA_MARGIN_M,
    minY: minY - DATA_MARGIN_M,
    maxX: maxX + DATA_MARGIN_M,
    maxY: maxY + DATA_MARGIN_M,
  };
}

/**
 * Whether a site lies outside the loaded data, as a message.
 * @param site the site
 * @param extent from {@link dataExtent}
 * @param lang message language
 * @returns the message, or undefined when some of it lies inside
 */
export function outsideDataProblem(
  site: Site,
  extent: DataExtent | undefined,
  lang: BatchLang,
): string | undefined {
  if (!extent) return undefined;
  let inside = false;
  eachPosition(site.place, (p) => {
    const [x, y] = site.crs === EPSG_RD ? p : toRd(p);
    if (x! >= extent.minX && x! <= extent.maxX && y! >= extent.minY && y! <= extent.maxY)
      inside = true;
  });
  if (inside) return undefined;
  return say(
    lang,
    'ligt buiten de geladen data (geen zones, bedrijven of woningen in de buurt): geen oordeel',
    'lies outside the loaded data (no zones, businesses or homes nearby): no verdict',
  );
}

/**
 * At most `max` problem lines, then how many more there were (a million bad rows stay readable).
 * @param lines the problem lines
 * @param lang message language
 * @param max how many to show
 * @returns the lines to print
 */
export function capProblemLines(lines: readonly string[], lang: BatchLang, max = 50): string[] {
  if (lines.length <= max) return [...lines];
  return [
    ...lines.slice(0, max),
    say(
      lang,
      `… en nog ${lines.length - max} problemen (${lines.length} in totaal)`,
      `… and ${lines.length - max} more problems (${lines.length} in all)`,
    ),
  ];
}
