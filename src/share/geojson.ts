/**
 * The fallback when a state is too big for a link (issue 6): a `.geojson`
 * file holding the proposals as features and the rest of the state in a
 * top-level `werkruimte` member. Any GIS opens the proposals; the app opens
 * the whole file again (drag-and-drop), and the same reader imports
 * proposals from any `.geojson` file.
 */
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { declaredCrs, EPSG_RD, eachPosition, guessCrs, mapGeometry, toWgs84 } from '../geo/crs.ts';
import {
  GEOJSON_INVALID,
  INTERNAL_ERROR_DETAIL,
  LINK_UNSUPPORTED_VERSION,
  PROPERTIES_DEFAULTED,
  PROPOSAL_ID_RENAMED,
  type Problem,
} from './problems.ts';
import { readSharedState, type SharedState } from './state.ts';
import type { ProposalProperties } from '../domain/domain.ts';

/**
 * Longest link the app offers (characters). geojson.io stops sharing by URL
 * at about this length: its `?data=` links break beyond ~8,000 characters in
 * some browsers, servers and chat tools (Apache's default request-line limit
 * is 8,190 bytes; many proxies and CDNs cut at 8 KB), so a longer state goes
 * to a file instead.
 */
export const MAX_LINK_CHARS = 8000;

/** Version of the `werkruimte` member; bump when its shape changes. */
export const WERKRUIMTE_FILE_VERSION = 1;

/** A FeatureCollection of proposals with the rest of the state. */
export type WerkruimteFile = FeatureCollection<Polygon | MultiPolygon, ProposalProperties> & {
  werkruimte: { version: number } & Omit<SharedState, 'proposals'>;
};

/**
 * Whether link text is short enough to share as a link.
 * @param linkText the output of `encodeState`
 * @returns `false` when the app should offer `stateToGeoJSON` as a download instead
 */
export function isShareableAsLink(linkText: string): boolean {
  return linkText.length <= MAX_LINK_CHARS;
}

/**
 * Writes a state as a GeoJSON FeatureCollection (for a download).
 * @param state a valid state
 * @returns the proposals as features plus a `werkruimte` member with the rest
 * @example JSON.stringify(stateToGeoJSON(state))
 */
export function stateToGeoJSON(state: SharedState): WerkruimteFile {
  const { proposals, ...rest } = state;
  return {
    type: 'FeatureCollection',
    features: structuredClone(proposals),
    werkruimte: { version: WERKRUIMTE_FILE_VERSION, ...structuredClone(rest) },
  };
}

const PROPERTY_DEFAULTS: Omit<ProposalProperties, 'id'> = {
  name: '',
  use: 'woningbouw',
  homes: 0,
  bvoM2: 0,
  status: 'concept',
  note: '',
};

const isObject = (u: unknown): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && !Array.isArray(u);

function firstPosition(features: unknown[]): Position | undefined {
  for (const f of features) {
    const g = isObject(f) ? f.geometry : undefined;
    if (!isObject(g) || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    let first: Position | undefined;
    try {
      eachPosition(g as unknown as Polygon, (p) => (first ??= p));
    } catch {
      continue;
    }
    if (first && first.length >= 2) return first;
  }
  return undefined;
}

/**
 * Reads a state (or just proposals) from a GeoJSON file. Never throws.
 * Every feature is checked: a Polygon or MultiPolygon inside the Netherlands,
 * properties from the closed lists; a bad feature is named by its index and
 * left out. Missing proposal attributes get defaults (named in a problem).
 * RD New coordinates (declared, or recognised by their range) are converted.
 * @param json parsed JSON or the file's text
 * @returns the state (defaults where the file has nothing) and the problems
 * @example const { state, problems } = stateFromGeoJSON(await file.text())
 */
export function stateFromGeoJSON(json: unknown): { state: SharedState; problems: Problem[] } {
  try {
    let data = json;
    if (typeof data === 'string') {
      try {
        data = JSON.parse(data);
      } catch {
        return { ...readSharedState({}), problems: [{ code: GEOJSON_INVALID, part: 'link' }] };
      }
    }
    if (!isObject(data) || (data.type !== 'FeatureCollection' && data.type !== 'Feature'))
      return { ...readSharedState({}), problems: [{ code: GEOJSON_INVALID, part: 'link' }] };
    const features: unknown[] =
      data.type === 'Feature' ? [data] : Array.isArray(data.features) ? data.features : [];
    const problems: Problem[] = [];
    if (data.type === 'FeatureCollection' && !Array.isArray(data.features))
      problems.push({ code: GEOJSON_INVALID, part: 'proposals' });

    const declared = declaredCrs(data);
    if (typeof declared === 'object')
      return {
        ...readSharedState({}),
        problems: [{ code: GEOJSON_INVALID, part: 'link', detail: declared.unsupported }],
      };
    const sample = firstPosition(features);
    const isRd = declared === EPSG_RD || (!declared && sample && guessCrs(sample) === EPSG_RD);

    const usedIds = new Set<string>();
    const proposals = features.map((f, i) => {
      if (!isObject(f)) return f;
      const props = isObject(f.properties) ? f.properties : {};
      const missing = Object.keys(PROPERTY_DEFAULTS).filter((k) => props[k] === undefined);
      let id = props.id;
      if (id === undefined || id === null) {
        let n = i + 1;
        while (usedIds.has(`import-${n}`)) n++;
        id = `import-${n}`;
        missing.unshift('id');
      }
      if (typeof id === 'number') id = String(id);
      if (typeof id === 'string') {
        let fresh: string = id;
        // A repeated id is renamed, not dropped: both features are someone's work.
        if (usedIds.has(fresh)) {
          let n = 2;
          while (usedIds.has(`${fresh}-${n}`)) n++;
          problems.push({
            code: PROPOSAL_ID_RENAMED,
            part: 'proposals',
            detail: `${fresh} → ${fresh}-${n}`,
          });
          fresh = `${fresh}-${n}`;
        }
        usedIds.add(fresh);
        id = fresh;
      }
      if (missing.length > 0)
        problems.push({
          code: PROPERTIES_DEFAULTED,
          part: 'proposals',
          detail: `#${i + 1}: ${missing.join(', ')}`,
        });
      let geometry = f.geometry;
      if (
        isRd &&
        isObject(geometry) &&
        (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon')
      ) {
        try {
          geometry = mapGeometry(geometry as unknown as Polygon, (p) => toWgs84(p));
        } catch {
          geometry = null;
        }
      }
      const properties: Record<string, unknown> = { ...PROPERTY_DEFAULTS, id };
      for (const k of [...Object.keys(PROPERTY_DEFAULTS), 'maxMilieucategorie'])
        if (props[k] !== undefined && props[k] !== null) properties[k] = props[k];
      return { type: 'Feature', geometry, properties };
    });

    const w = isObject(data.werkruimte) ? data.werkruimte : undefined;
    let rest: Record<string, unknown> = {};
    if (w) {
      if (w.version === WERKRUIMTE_FILE_VERSION) {
        rest = { ...w };
        delete rest.version;
        delete rest.proposals;
      } else
        problems.push({
          code: LINK_UNSUPPORTED_VERSION,
          part: 'link',
          detail: String(w.version).slice(0, 20),
        });
    }
    const read = readSharedState({ ...rest, proposals });
    return { state: read.state, problems: [...problems, ...read.problems] };
  } catch {
    // Defence in depth, as in decodeState.
    return {
      ...readSharedState({}),
      problems: [{ code: GEOJSON_INVALID, part: 'link', detail: INTERNAL_ERROR_DETAIL }],
    };
  }
}
