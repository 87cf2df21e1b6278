/**
 * Search for a place over the loaded data, offline (issue 14): an address, a postcode, a
 * street, a zone, a buurt or a business, by name or code. The index is built once per data
 * load from the layers' WGS84 features; a query is a few string comparisons per entry, so a
 * city of 150,000 addresses answers within a keystroke. Pure: no map, no DOM.
 */
import type { Feature, Geometry, Position } from 'geojson';
import { eachPosition } from '../../geo/crs.ts';

/** What a search result is. */
export type PlaceKind = 'address' | 'postcode' | 'street' | 'zone' | 'buurt' | 'business';

/** A WGS84 box `[minLng, minLat, maxLng, maxLat]`. */
export type BboxLngLat = [number, number, number, number];

/** One searchable place. */
export interface PlaceEntry {
  kind: PlaceKind;
  /** The text shown, e.g. "Boterbloemhof 1" or "Havenkwartier-West". */
  label: string;
  /** A second line: the code, or the layer. */
  detail: string;
  /** The feature it came from (not for streets and postcodes, which group addresses). */
  layerId?: string;
  featureIndex?: number;
  /** Where to zoom to. */
  bbox: BboxLngLat;
  /** Normalised texts the query is matched against. */
  keys: string[];
}

/** A layer handed to the index, with its role as the layer definitions name it. */
export interface SearchLayer {
  layerId: string;
  role: 'zone' | 'sensitive' | 'business' | 'neighbourhood' | 'base';
  features: readonly Feature[];
}

/** The built index. */
export interface PlaceIndex {
  entries: PlaceEntry[];
}

/**
 * Lower case without diacritics and without spaces inside postcodes, for comparing.
 * @param s any text
 * @returns the normalised text
 * @example normaliseQuery('  Ëlzenhof 1 ') // 'elzenhof 1'
 */
export function normaliseQuery(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(\d{4})\s+([a-z]{2})\b/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

const POSTCODE = /^\d{4}\s?[a-z]{2}$/i;

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function bboxOf(g: Geometry | null): BboxLngLat | undefined {
  if (!g) return undefined;
  const b: BboxLngLat = [Infinity, Infinity, -Infinity, -Infinity];
  eachPosition(g, (p: Position) => {
    b[0] = Math.min(b[0], p[0]!);
    b[1] = Math.min(b[1], p[1]!);
    b[2] = Math.max(b[2], p[0]!);
    b[3] = Math.max(b[3], p[1]!);
  });
  return Number.isFinite(b[0]) ? b : undefined;
}

function grow(into: BboxLngLat, b: BboxLngLat): void {
  into[0] = Math.min(into[0], b[0]);
  into[1] = Math.min(into[1], b[1]);
  into[2] = Math.max(into[2], b[2]);
  into[3] = Math.max(into[3], b[3]);
}

/**
 * The street of an address: the text before the house number ("Boterbloemhof 1a" → "Boterbloemhof").
 * @param address an address line
 * @returns the street, or undefined when the address has no number
 * @example streetOf('Kerkstraat 12-3') // 'Kerkstraat'
 */
export function streetOf(address: string): string | undefined {
  const m = /^(.*?\D)\s+\d/.exec(address.trim());
  return m ? m[1]!.trim() : undefined;
}

/**
 * Builds the index of the loaded layers.
 * @param layers features per layer (WGS84), with the role of each layer
 * @returns the index for {@link searchPlaces}
 * @example const index = buildPlaceIndex([{ layerId: 'buurten', role: 'neighbourhood', features }])
 */
export function buildPlaceIndex(layers: readonly SearchLayer[]): PlaceIndex {
  const entries: PlaceEntry[] = [];
  const streets = new Map<string, PlaceEntry>();
  const postcodes = new Map<string, PlaceEntry>();
  for (const layer of layers) {
    if (layer.role === 'base') continue;
    layer.features.forEach((f, featureIndex) => {
      const bbox = bboxOf(f.geometry);
      if (!bbox) return;
      const p = (f.properties ?? {}) as Record<string, unknown>;
      const id = str(p.id) ?? str(p.code) ?? (f.id === undefined ? undefined : String(f.id));
      const base = { layerId: layer.layerId, featureIndex, bbox };
      if (layer.role === 'sensitive') {
        const address = str(p.address) ?? str(p.adres);
        const postcode = str(p.postcode);
        if (address) {
          entries.push({
            ...base,
            kind: 'address',
            label: address,
            detail: postcode ?? id ?? '',
            keys: [normaliseQuery(address), ...(postcode ? [normaliseQuery(postcode)] : [])],
          });
          const street = streetOf(address);
          if (street) {
            const key = normaliseQuery(street);
            const s = streets.get(key);
            if (s) grow(s.bbox, bbox);
            else {
              streets.set(key, {
                kind: 'street',
                label: street,
                detail: '',
                bbox: [...bbox],
                keys: [key],
              });
            }
          }
        }
        if (postcode && POSTCODE.test(postcode.replace(/\s+/g, ' '))) {
          const key = normaliseQuery(postcode);
          const pc = postcodes.get(key);
          if (pc) grow(pc.bbox, bbox);
          else {
            postcodes.set(key, {
              kind: 'postcode',
              label: postcode.toUpperCase(),
              detail: '',
              bbox: [...bbox],
              keys: [key],
            });
          }
        }
        return;
      }
      const name = str(p.name) ?? id;
      if (!name) return;
      const kind: PlaceKind =
        layer.role === 'zone' ? 'zone' : layer.role === 'business' ? 'business' : 'buurt';
      const keys = [normaliseQuery(name)];
      if (id && id !== name) keys.push(normaliseQuery(id));
      const code = str(p.code);
      if (code && code !== id) keys.push(normaliseQuery(code));
      entries.push({ ...base, kind, label: name, detail: id && id !== name ? id : '', keys });
    });
  }
  return { entries: [...entries, ...streets.values(), ...postcodes.values()] };
}

/** Kinds that rank first on an equal match: areas before single addresses. */
const KIND_RANK: Record<PlaceKind, number> = {
  postcode: 0,
  street: 1,
  zone: 2,
  buurt: 3,
  business: 4,
  address: 5,
};

/**
 * Finds places whose name, address, postcode or code matches the query: every word of the
 * query must start a word of the entry (or, for codes and numbers, occur in it). Exact matches
 * first, then prefix matches, then the rest; equal matches by kind, then alphabetically.
 * @param index the index
 * @param query what the user typed
 * @param limit at most this many results (default 12)
 * @returns the results, best first
 * @example searchPlaces(index, 'boterbl 1')[0]?.label // 'Boterbloemhof 1'
 */
export function searchPlaces(index: PlaceIndex, query: string, limit = 12): PlaceEntry[] {
  const q = normaliseQuery(query);
  if (q === '') return [];
  const words = q.split(' ');
  const scored: { e: PlaceEntry; score: number }[] = [];
  for (const e of index.entries) {
    let best = -1;
    for (const key of e.keys) {
      const s = matchScore(key, q, words);
      if (s > best) best = s;
    }
    if (best >= 0) scored.push({ e, score: best });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      KIND_RANK[a.e.kind] - KIND_RANK[b.e.kind] ||
      a.e.label.localeCompare(b.e.label, 'nl', { numeric: true }),
  );
  return scored.slice(0, limit).map((s) => s.e);
}

/** 3 exact, 2 the key starts with the query, 1 every word starts a word, 0 every word occurs; −1 no match. */
function matchScore(key: string, q: string, words: readonly string[]): number {
  if (key === q) return 3;
  if (key.startsWith(q)) return 2;
  const keyWords = key.split(/[\s\-/,.()]+/);
  if (words.every((w) => keyWords.some((k) => k.startsWith(w)))) return 1;
  if (words.every((w) => key.includes(w))) return 0;
  return -1;
}

/** A result of the national PDOK Locatieserver, as far as the app uses it. */
export interface PdokResult {
  label: string;
  type: string;
  /** `[lng, lat]`. */
  lngLat: [number, number];
}

/**
 * The URL of a PDOK Locatieserver free-text search (online only; the app asks only when the
 * user turned the option on, and tests never call it).
 * @param query what the user typed
 * @param rows at most this many results
 * @returns the URL
 * @example pdokSearchUrl('Kerkstraat 1 Utrecht')
 */
export function pdokSearchUrl(query: string, rows = 5): string {
  const params = new URLSearchParams({
    q: query,
    rows: String(rows),
    fl: 'weergavenaam,type,centroide_ll',
  });
  return `https://api.pdok.nl/bzk/locatieserver/search/v3_1/free?${params.toString()}`;
}

/**
 * Reads a Locatieserver answer: `response.docs[]` with `weergavenaam`, `type` and
 * `centroide_ll` ("POINT(lng lat)"). Untrusted input: anything else is skipped, never thrown.
 * @param json the parsed answer
 * @returns the usable results
 * @example parsePdokResponse({ response: { docs: [{ weergavenaam: 'X', type: 'adres', centroide_ll: 'POINT(5.1 52.1)' }] } })
 */
export function parsePdokResponse(json: unknown): PdokResult[] {
  const docs = (json as { response?: { docs?: unknown } } | null)?.response?.docs;
  if (!Array.isArray(docs)) return [];
  const out: PdokResult[] = [];
  for (const d of docs as unknown[]) {
    if (!d || typeof d !== 'object') continue;
    const { weergavenaam, type, centroide_ll } = d as Record<string, unknown>;
    if (typeof weergavenaam !== 'string' || typeof centroide_ll !== 'string') continue;
    const m = /^POINT\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)$/.exec(centroide_ll.trim());
    if (!m) continue;
    const lng = Number(m[1]);
    const lat = Number(m[2]);
    if (!Number.isFinite(lng) || !Number.isFinite(lat)) continue;
    out.push({
      label: weergavenaam,
      type: typeof type === 'string' ? type : '',
      lngLat: [lng, lat],
    });
  }
  return out;
}
