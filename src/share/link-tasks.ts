/**
 * The heavy steps of opening and writing links and proposal files (issue 13: a 2,000-proposal
 * link or a 50 MB file froze the page), as plain functions on plain data so that they run in the
 * share worker (`share.worker.ts`) and, where no worker exists (node tests), in the caller's
 * thread, with the same results. Each answer is structured-clone safe.
 */
import type { ProposalFeature } from '../analysis/proposals/types.ts';
import { decodeState, encodeState } from './codec.ts';
import {
  IMPORT_CAP_REACHED,
  IMPORT_NOT_PROPOSALS,
  IMPORT_UNSUPPORTED_VERSION,
} from './exchange.ts';
import { importProposals, type ImportProblem } from './exchange.ts';
import { stateFromGeoJSON } from './geojson.ts';
import type { Problem } from './problems.ts';
import { classifyStateFile, type FileKind } from './saved-state.ts';
import {
  createDefaultState,
  LIMITS,
  readSharedState,
  type Proposal,
  type SharedState,
} from './state.ts';

/** An opened link, ready to apply. */
export interface OpenedLink {
  state: SharedState;
  problems: Problem[];
  /** The link's proposals as drawable polygons (MultiPolygons split, holes dropped, ids unique). */
  proposals: ProposalFeature[];
  /** Whether the link's proposals are the own ones (as a link would carry them). */
  sameAsOwn: boolean;
}

/**
 * Decodes a link and prepares its proposals for the list.
 * @param text the value after `#s=`
 * @param own the own proposals now (to tell the app's own link from someone else's)
 * @returns the state, its problems, the drawable proposals and whether they are the own ones
 * @example const { state, proposals } = openLink(hashParam, proposals())
 */
export function openLink(text: string, own: readonly Proposal[]): OpenedLink {
  const { state, problems } = decodeState(text);
  const proposals = importProposals(
    { type: 'FeatureCollection', features: state.proposals },
    [],
  ).proposals;
  return { state, problems, proposals, sameAsOwn: isSameAfterLink(own, state.proposals) };
}

/**
 * Whether the proposals a link carries are `here`, as the link would carry them (positions
 * rounded to RD decimetres). A reload of the app's own URL then keeps the drawn shapes and the
 * undo history untouched.
 */
function isSameAfterLink(here: readonly Proposal[], fromLink: readonly Proposal[]): boolean {
  if (here.length !== fromLink.length) return false;
  if (here.length === 0) return true;
  const roundTrip = decodeState(encodeState({ ...createDefaultState(), proposals: [...here] }));
  return JSON.stringify(roundTrip.state.proposals) === JSON.stringify(fromLink);
}

/**
 * Checks a gathered state as an opened link would be checked and writes its link text.
 * @param raw the state the slices wrote (plain data)
 * @returns the link text and what could not go into it
 * @example const { text } = writeLink(JSON.parse(JSON.stringify(state)))
 */
export function writeLink(raw: unknown): { text: string; problems: Problem[] } {
  const { state, problems } = readSharedState(raw);
  return { text: encodeState(state), problems };
}

/** What reading a proposals file gave (the Importeren button). */
export interface ReadProposals {
  /** The proposals to add (at most `room`). */
  proposals: ProposalFeature[];
  problems: ImportProblem[];
}

/**
 * Reads a file picked with Importeren: a data file or a state file of an unsupported version is
 * refused with one problem; otherwise its proposals (ids made unique against `existingIds`), at
 * most `room` of them, the rest named.
 * @param text the file's text
 * @param existingIds the ids in the list now
 * @param room how many proposals the list can still take
 * @returns the proposals to add and the problems
 * @example readProposalsFile(text, ids, LIMITS.maxProposals - ids.length)
 */
export function readProposalsFile(
  text: string,
  existingIds: readonly string[],
  room: number = LIMITS.maxProposals - existingIds.length,
): ReadProposals {
  const kind = classifyStateFile(text);
  if (
    kind.kind === 'data' ||
    kind.kind === 'unsupported-version' ||
    kind.kind === 'not-json' ||
    kind.kind === 'not-geojson'
  ) {
    return {
      proposals: [],
      problems: [
        kind.kind === 'data'
          ? { code: IMPORT_NOT_PROPOSALS, detail: String(kind.featureCount) }
          : kind.kind === 'unsupported-version'
            ? { code: IMPORT_UNSUPPORTED_VERSION, detail: kind.version }
            : { code: 'geojson-invalid' },
      ],
    };
  }
  const { proposals: read, problems } = importProposals(text, existingIds);
  // The cap of a link (LIMITS.maxProposals): what does not fit is named, nothing existing goes.
  const added = read.slice(0, Math.max(0, room));
  if (added.length < read.length)
    problems.push({ code: IMPORT_CAP_REACHED, detail: `${read.length - added.length}` });
  return { proposals: added, problems };
}

/** What a dropped or opened file turned out to be, with what the app needs to act on it. */
export type OpenedFile =
  | { kind: Exclude<FileKind['kind'], 'state' | 'proposals'>; file: FileKind }
  | { kind: 'state'; state: SharedState; problems: Problem[]; proposals: ProposalFeature[] }
  | { kind: 'proposals'; read: ReadProposals };

/**
 * Opens a dropped `.geojson` (or one opened from the share panel), recognised by parsing it.
 * @param text the file's text
 * @param existingIds the ids in the list now (for a proposals file)
 * @returns the file's kind and, for a state file, its state and drawable proposals
 * @example openFile(text, ids).kind // 'state'
 */
export function openFile(text: string, existingIds: readonly string[]): OpenedFile {
  const file = classifyStateFile(text);
  if (file.kind === 'state') {
    const { state, problems } = stateFromGeoJSON(text);
    const proposals = importProposals(
      { type: 'FeatureCollection', features: state.proposals },
      [],
    ).proposals;
    return { kind: 'state', state, problems, proposals };
  }
  if (file.kind === 'proposals')
    return { kind: 'proposals', read: readProposalsFile(text, existingIds) };
  return { kind: file.kind, file };
}
