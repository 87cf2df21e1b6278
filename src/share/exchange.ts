/**
 * Export and import of proposals as a GeoJSON FeatureCollection. Import
 * reuses the share codec's validation (`stateFromGeoJSON` in
 * src/share/geojson.ts: closed lists, ranges, inside the Netherlands,
 * RD converted) and adds what drawing needs: terra-draw edits single
 * Polygons without holes, so a MultiPolygon becomes one proposal per part
 * and holes are dropped, each reported; ids are made unique.
 */
import type { FeatureCollection, Polygon, Position } from 'geojson';
import {
  MILIEUCATEGORIEEN,
  PROPOSAL_STATUSES,
  PROPOSAL_USES,
  type Milieucategorie,
  type ProposalProperties,
} from '../domain/domain.ts';
import type { Problem } from './problems.ts';
import { stateFromGeoJSON } from './geojson.ts';
import type { ProposalFeature } from '../analysis/proposals/types.ts';

/** A MultiPolygon feature was split into one proposal per part. */
export const IMPORT_SPLIT_MULTIPOLYGON = 'import-split-multipolygon';
/** Holes were removed: a drawn proposal has none (draw a second shape on top instead). */
export const IMPORT_HOLES_DROPPED = 'import-holes-dropped';
/** An id was already used; the feature got a new one. */
export const IMPORT_ID_RENAMED = 'import-id-renamed';

/** The file holds data (e.g. a bestemmingsplan), not proposals; `detail` is its feature count. */
export const IMPORT_NOT_PROPOSALS = 'import-not-proposals';
/** The file is a state file of a version this app cannot read; `detail` is that version. */
export const IMPORT_UNSUPPORTED_VERSION = 'import-unsupported-version';
/** The list reached its cap (`LIMITS.maxProposals`); `detail` is how many were not imported. */
export const IMPORT_CAP_REACHED = 'import-cap-reached';

/** One problem of an import, per feature. */
export interface ImportProblem {
  /** A share-codec code (`proposal-dropped`, `properties-defaulted`, `geojson-invalid`, …) or one of the above. */
  code:
    | Problem['code']
    | typeof IMPORT_SPLIT_MULTIPOLYGON
    | typeof IMPORT_HOLES_DROPPED
    | typeof IMPORT_ID_RENAMED
    | typeof IMPORT_NOT_PROPOSALS
    | typeof IMPORT_UNSUPPORTED_VERSION
    | typeof IMPORT_CAP_REACHED;
  /** Which feature: "#3 “Havenkwartier”", or an id. */
  detail?: string;
}

/**
 * Writes proposals as a GeoJSON FeatureCollection (WGS84, RFC 7946) with all attributes.
 * @param proposals the proposals
 * @returns a FeatureCollection ready for `JSON.stringify`
 * @example JSON.stringify(proposalsToGeoJSON(list))
 */
export function proposalsToGeoJSON(
  proposals: readonly ProposalFeature[],
): FeatureCollection<Polygon, ProposalFeature['properties']> {
  return {
    type: 'FeatureCollection',
    features: proposals.map((p) => ({
      type: 'Feature',
      id: p.properties.id,
      properties: structuredClone(p.properties),
      geometry: structuredClone(p.geometry),
    })),
  };
}

/**
 * Reads proposals from a GeoJSON file's text or parsed JSON. Never throws.
 * @param json file text or parsed JSON
 * @param existingIds ids already in use (imported features get fresh ids on a clash)
 * @returns the proposals that could be read and the problems per feature
 * @example const { proposals, problems } = importProposals(await file.text(), ids)
 */
export function importProposals(
  json: unknown,
  existingIds: Iterable<string> = [],
): { proposals: ProposalFeature[]; problems: ImportProblem[] } {
  const { state, problems: read } = stateFromGeoJSON(json);
  const problems: ImportProblem[] = read
    .filter((p) => p.part === 'proposals' || p.part === 'link')
    .map((p) => (p.detail === undefined ? { code: p.code } : { code: p.code, detail: p.detail }));
  const used = new Set(existingIds);
  const freshId = (id: string): string => {
    if (!used.has(id)) return id;
    let n = 2;
    while (used.has(`${id}-${n}`)) n++;
    return `${id}-${n}`;
  };
  const proposals: ProposalFeature[] = [];
  for (const f of state.proposals) {
    const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const label = f.properties.name ? `${f.properties.id} “${f.properties.name}”` : f.properties.id;
    if (parts.length > 1) problems.push({ code: IMPORT_SPLIT_MULTIPOLYGON, detail: label });
    if (parts.some((p) => p.length > 1))
      problems.push({ code: IMPORT_HOLES_DROPPED, detail: label });
    parts.forEach((rings, k) => {
      const wanted = parts.length > 1 ? `${f.properties.id}-${k + 1}` : f.properties.id;
      const id = freshId(wanted);
      if (id !== wanted) problems.push({ code: IMPORT_ID_RENAMED, detail: `${wanted} → ${id}` });
      used.add(id);
      proposals.push({
        type: 'Feature',
        properties: { ...f.properties, id },
        geometry: { type: 'Polygon', coordinates: [rings[0]!] },
      });
    });
  }
  return { proposals, problems };
}

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && !Array.isArray(u);

function readRing(u: unknown): Position[] | undefined {
  if (!Array.isArray(u) || u.length < 4) return undefined;
  const ring: Position[] = [];
  for (const p of u) {
    if (!Array.isArray(p) || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return undefined;
    ring.push([p[0] as number, p[1] as number]);
  }
  return ring;
}

const count = (u: unknown): number =>
  typeof u === 'number' && Number.isFinite(u) && u > 0 ? u : 0;

/**
 * Reads the app's own saved proposals back (localStorage). More lenient than
 * {@link importProposals}: what the app saved is kept even when the shape is
 * refused (outside the data, or the country), so a reload loses nothing;
 * unknown values fall back to defaults.
 * @param json the saved FeatureCollection (text or parsed)
 * @returns the proposals that have an id and a polygon
 * @example readSavedProposals(localStorage.getItem(key))
 */
export function readSavedProposals(json: unknown): ProposalFeature[] {
  let data = json;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      return [];
    }
  }
  if (!isRecord(data) || !Array.isArray(data.features)) return [];
  const out: ProposalFeature[] = [];
  const seen = new Set<string>();
  for (const f of data.features) {
    if (!isRecord(f) || !isRecord(f.geometry) || f.geometry.type !== 'Polygon') continue;
    const rings = Array.isArray(f.geometry.coordinates) ? f.geometry.coordinates : [];
    const outer = readRing(rings[0]);
    const p = isRecord(f.properties) ? f.properties : {};
    if (!outer || typeof p.id !== 'string' || p.id === '' || seen.has(p.id)) continue;
    seen.add(p.id);
    const properties: ProposalProperties = {
      id: p.id,
      name: typeof p.name === 'string' ? p.name : '',
      use: PROPOSAL_USES.includes(p.use as never)
        ? (p.use as ProposalProperties['use'])
        : 'woningbouw',
      homes: Math.round(count(p.homes)),
      bvoM2: count(p.bvoM2),
      status: PROPOSAL_STATUSES.includes(p.status as never)
        ? (p.status as ProposalProperties['status'])
        : 'concept',
      note: typeof p.note === 'string' ? p.note : '',
    };
    if (MILIEUCATEGORIEEN.includes(p.maxMilieucategorie as Milieucategorie)) {
      properties.maxMilieucategorie = p.maxMilieucategorie as Milieucategorie;
    }
    out.push({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [outer] } });
  }
  return out;
}
