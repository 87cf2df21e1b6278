/**
 * The saved proposals as the browser keeps them (issue 13): a GeoJSON
 * FeatureCollection with a revision stamp, so that two tabs, a reload and a
 * link can tell which list is the newest; and the rules for what happens when
 * a link, a file or another tab brings another list. Pure: the storage
 * itself lives in src/state/persistence.ts.
 */
import type { FeatureCollection, Polygon } from 'geojson';
import type { ProposalFeature } from '../analysis/proposals/types.ts';
import { PROPOSAL_STATUSES, PROPOSAL_USES } from '../domain/domain.ts';
import { proposalsToGeoJSON, readSavedProposals } from './exchange.ts';
import { WERKRUIMTE_FILE_VERSION } from './geojson.ts';

/** What the app writes to storage: the proposals plus a revision stamp. */
export type SavedRecord = FeatureCollection<Polygon, ProposalFeature['properties']> & {
  /** Increases with every save, in every tab (the newest list has the highest). */
  revision: number;
  /** Wall-clock time of the save (ms since 1970), for the message only. */
  savedAt: number;
};

/** The result of reading storage: the list, or the damaged text kept aside. */
export type ReadRecord =
  | { ok: true; proposals: ProposalFeature[]; revision: number; empty: boolean }
  | { ok: false; reason: 'not-json' | 'not-a-list' | 'features-damaged'; raw: string };

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && !Array.isArray(u);

/**
 * Builds the record to store.
 * @param proposals the proposals
 * @param revision the new revision stamp
 * @param savedAt the time of the save (ms)
 * @returns the record, ready for `JSON.stringify`
 * @example JSON.stringify(toSavedRecord(list, rev + 1, Date.now()))
 */
export function toSavedRecord(
  proposals: readonly ProposalFeature[],
  revision: number,
  savedAt: number,
): SavedRecord {
  return { ...proposalsToGeoJSON(proposals), revision, savedAt };
}

/**
 * Reads what storage holds. A missing value is an empty list; anything that
 * cannot be read whole (garbage, cut-off JSON, `null`, features that cannot
 * be read) is reported as damaged with its text, so the caller keeps it aside
 * instead of overwriting it with the first edit.
 * @param raw the stored text, or null when there is none
 * @returns the list and its revision, or the damaged text
 * @example const r = readSavedRecord(localStorage.getItem(KEY))
 */
export function readSavedRecord(raw: string | null): ReadRecord {
  if (raw === null) return { ok: true, proposals: [], revision: 0, empty: true };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'not-json', raw };
  }
  if (!isRecord(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features))
    return { ok: false, reason: 'not-a-list', raw };
  const proposals = readSavedProposals(data);
  if (proposals.length !== data.features.length)
    return { ok: false, reason: 'features-damaged', raw };
  const revision =
    typeof data.revision === 'number' && Number.isSafeInteger(data.revision) && data.revision > 0
      ? data.revision
      : 0;
  return { ok: true, proposals, revision, empty: false };
}

/** The JSON text of a proposal, to compare two versions of it. */
const textOf = (p: ProposalFeature): string => JSON.stringify(p);

/**
 * Replays this tab's change on top of a newer list another tab saved, per
 * proposal: what this tab added, changed or deleted since `base` wins for
 * those proposals; everything else comes from `theirs`. So a rename in one
 * tab and a delete in another both survive, and nothing newer is overwritten
 * by an older copy.
 * @param base the list this tab last read or wrote
 * @param mine this tab's list now
 * @param theirs the newer list in storage
 * @returns the merged list
 * @example rebaseProposals(base, [...base, drawn], theirs) // theirs plus the drawn one
 */
export function rebaseProposals(
  base: readonly ProposalFeature[],
  mine: readonly ProposalFeature[],
  theirs: readonly ProposalFeature[],
): ProposalFeature[] {
  const baseById = new Map(base.map((p) => [p.properties.id, p]));
  const mineById = new Map(mine.map((p) => [p.properties.id, p]));
  const out: ProposalFeature[] = [];
  const used = new Set<string>();
  for (const t of theirs) {
    const id = t.properties.id;
    const b = baseById.get(id);
    const m = mineById.get(id);
    if (b && !m) continue; // deleted here
    if (b && m && textOf(m) !== textOf(b))
      out.push(m); // changed here
    else out.push(t);
    used.add(id);
  }
  for (const m of mine) {
    const id = m.properties.id;
    if (baseById.has(id)) continue; // not new here: theirs decided above
    let fresh = id;
    for (let n = 2; used.has(fresh); n++) fresh = `${id}-${n}`;
    used.add(fresh);
    out.push(fresh === id ? m : { ...m, properties: { ...m.properties, id: fresh } });
  }
  return out;
}

/**
 * Whether the link in the address bar is the one this tab wrote itself, at a
 * revision no newer than what storage holds: then storage wins (an edit
 * followed by a reload before the URL caught up keeps the edit).
 * @param linkText the `s` parameter of the URL
 * @param own what this tab last wrote to the URL and the revision it showed
 * @param storedRevision the revision in storage
 * @returns true when the link's proposals must not replace the stored ones
 */
export function isOwnStaleLink(
  linkText: string,
  own: { linkText: string; revision: number } | undefined,
  storedRevision: number,
): boolean {
  return own !== undefined && own.linkText === linkText && own.revision <= storedRevision;
}

/** What a dropped or opened `.geojson` / `.json` file turned out to be. */
export type FileKind =
  | { kind: 'not-json' }
  | { kind: 'not-geojson' }
  /** A file the app saved (top-level `werkruimte` member of a supported version). */
  | { kind: 'state' }
  | { kind: 'unsupported-version'; version: string }
  /** A GeoJSON whose features look like proposals (or polygons without any attributes). */
  | { kind: 'proposals'; featureCount: number }
  /** A data file (e.g. a bestemmingsplan): features with attributes, none of them a proposal's. */
  | { kind: 'data'; featureCount: number };

/** Attributes only a proposal has. */
const PROPOSAL_KEYS = ['use', 'homes', 'bvoM2', 'status', 'maxMilieucategorie'] as const;

function looksLikeProposal(f: unknown): boolean {
  if (!isRecord(f)) return false;
  const props = isRecord(f.properties) ? f.properties : {};
  if (PROPOSAL_USES.includes(props.use as never)) return true;
  if (PROPOSAL_STATUSES.includes(props.status as never)) return true;
  return PROPOSAL_KEYS.some((k) => k !== 'use' && k !== 'status' && props[k] !== undefined);
}

function hasAttributes(f: unknown): boolean {
  if (!isRecord(f) || !isRecord(f.properties)) return false;
  return Object.keys(f.properties).some((k) => k !== 'id' && k !== 'name');
}

/**
 * Recognises a file by parsing it (never by searching its text): a state
 * file of this app, a proposals file, a data file, or something else.
 * @param json the file's text or parsed JSON
 * @returns its kind
 * @example classifyStateFile(await file.text()).kind // 'state'
 */
export function classifyStateFile(json: unknown): FileKind {
  let data = json;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      return { kind: 'not-json' };
    }
  }
  if (!isRecord(data)) return { kind: 'not-geojson' };
  if (data.type === 'Feature') data = { type: 'FeatureCollection', features: [data] };
  if (!isRecord(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features))
    return { kind: 'not-geojson' };
  const w = data.werkruimte;
  if (isRecord(w) && 'version' in w) {
    return w.version === WERKRUIMTE_FILE_VERSION
      ? { kind: 'state' }
      : { kind: 'unsupported-version', version: String(w.version).slice(0, 20) };
  }
  const features = data.features as unknown[];
  if (features.length === 0) return { kind: 'proposals', featureCount: 0 };
  // A GIS export of proposals has proposal attributes; polygons with no attributes may be drawn ones.
  if (features.some(looksLikeProposal) || !features.some(hasAttributes))
    return { kind: 'proposals', featureCount: features.length };
  return { kind: 'data', featureCount: features.length };
}
