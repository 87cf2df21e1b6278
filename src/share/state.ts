/**
 * The whole visible state of the app, as a shareable value (issue 6): what a
 * link or a downloaded `.geojson` file carries. Plain data, no map objects.
 *
 * `readSharedState` turns any untrusted value into a valid `SharedState`,
 * keeping the valid parts and naming the others as problems; both the link
 * decoder and the GeoJSON import go through it, so a state that reaches the
 * app has always passed the same checks.
 */
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { isInNetherlands } from '../geo/crs.ts';
import {
  MILIEUCATEGORIEEN,
  PROPOSAL_STATUSES,
  PROPOSAL_USES,
  type Milieucategorie,
  type Program,
  type ProposalProperties,
} from '../domain/domain.ts';
import { PART_INVALID, PROPOSAL_DROPPED, type Problem, type StatePart } from './problems.ts';
import { validateStudyArea } from '../analysis/surface/study-area.ts';
import type { AreaTarget } from '../analysis/placement/targets.ts';
import { indicatorById } from '../analysis/wijkprofiel/indicators.ts';

/** Map camera: `center` is `[lng, lat]` in WGS84 degrees. */
export interface Camera {
  center: [number, number];
  zoom: number;
  /** Degrees, −180 … 180. */
  bearing: number;
  /** Degrees, 0 … 85. */
  pitch: number;
  /**
   * Width and height (CSS pixels) of the map when the camera was taken (issue 14): a screen of
   * another size zooms so that the same extent is seen. Absent in older links.
   */
  viewportPx?: [number, number];
}

/** Visibility and opacity (0 … 1) of one layer. */
export interface LayerView {
  visible: boolean;
  opacity: number;
}

/** The location check as a link carries it: a program at a place (WGS84 Point or Polygon). */
export interface SharedCheck {
  program: Program;
  place: Point | Polygon;
}

/**
 * What the surface map colours when not the whole data extent (absent = the extent): the
 * selected proposal, or an area the user drew (WGS84, one outer ring).
 */
export type StudyArea = { kind: 'proposal' } | { kind: 'drawn'; polygon: Polygon };

/** A proposal: a drawn zone with its attributes (issue 5), WGS84. */
export type Proposal = Feature<Polygon | MultiPolygon, ProposalProperties>;

/**
 * Which analyses a saved view showed (issue 14): the surface's classes (of the view's
 * `program`) and the hindrance contours. Absent in older links: then the view's program goes
 * to whichever tool is open, as before.
 */
export interface ViewAnalysis {
  surface: boolean;
  contours: boolean;
}

/** A named view the user saved. */
export interface SavedView {
  name: string;
  camera: Camera;
  layers: Record<string, LayerView>;
  program?: Program;
  analysis?: ViewAnalysis;
}

/** Everything a shared link reproduces. */
export interface SharedState {
  camera: Camera;
  /** Layer id → view. Layers not listed keep their own default. */
  layers: Record<string, LayerView>;
  language: 'nl' | 'en';
  /** The active location check: a program at a place (WGS84 Point or Polygon). */
  check?: SharedCheck;
  /** The active surface map program and its study area (absent = the data extent). */
  surface?: { program: Program; studyArea?: StudyArea };
  /**
   * What the rules measure from (issue 11): absent = `plan` (the bestemmingsplan: zones at their
   * maximum category), `feitelijk` = today's businesses. Old links have none and open in `plan`.
   */
  view?: 'plan' | 'feitelijk';
  selected?: { layerId: string; featureId: string };
  savedViews: SavedView[];
  proposals: Proposal[];
  /** Open in presentation mode. */
  presentation?: boolean;
  /** Title printed on the map sheet. */
  title?: string;
  /**
   * Gebiedsprofiel targets (issue 17): at least so much business floor area per zone or buurt,
   * optionally only room up to a category. Absent = none; old links have none.
   */
  targets?: AreaTarget[];
  /** The Wijkprofielen tab (issue 16); absent in older links (then the tab's defaults). */
  wijk?: SharedWijk;
  /**
   * The own workspace the link's data lives in (issue 12, link section 16): absent = the demo
   * city. An opener without it is told which files it needs.
   */
  workspace?: SharedWorkspace;
}

/** Which workspace a link needs: its id and name, the files it was made from, counts per layer. */
export interface SharedWorkspace {
  id: string;
  name: string;
  files: string[];
  /** Layer id → feature count. */
  counts: Record<string, number>;
}

/** The Wijkprofielen tab's part of a link. */
export interface SharedWijk {
  /** Indicator id (`fmi`, `sbi:C`, …; src/analysis/wijkprofiel/indicators.ts). */
  indicator: string;
  level: 'buurt' | 'wijk';
  method: 'quantiles' | 'natural';
  mode: 'today' | 'after' | 'change';
  /** Id of the selected buurt (or wijk code at wijk level). */
  selected?: string;
}

/** The Netherlands at a glance: the camera when a link gives none. */
export const DEFAULT_CAMERA: Readonly<Camera> = Object.freeze({
  center: Object.freeze([5.3876, 52.1562]) as unknown as [number, number],
  zoom: 7,
  bearing: 0,
  pitch: 0,
});

/** The state the app opens with when a link gives nothing (or nothing valid). */
export const DEFAULT_STATE: Readonly<SharedState> = Object.freeze({
  camera: DEFAULT_CAMERA,
  layers: Object.freeze({}),
  language: 'nl' as const,
  savedViews: Object.freeze([]) as unknown as SavedView[],
  proposals: Object.freeze([]) as unknown as Proposal[],
});

/**
 * @returns a fresh, mutable copy of the default state
 * @example const state = createDefaultState()
 */
export function createDefaultState(): SharedState {
  return {
    camera: { ...DEFAULT_CAMERA, center: [...DEFAULT_CAMERA.center] },
    layers: {},
    language: 'nl',
    savedViews: [],
    proposals: [],
  };
}

/**
 * Limits on untrusted input. They are far above what a council session needs
 * (tens of proposals) and keep a hostile link from making the app slow.
 */
export const LIMITS = {
  maxProposals: 2000,
  maxVerticesPerProposal: 20000,
  /** Positions of the location check's place (a hand-drawn check needs far fewer). */
  maxPlaceVertices: 10_000,
  /** All proposal vertices of one state together. */
  maxTotalVertices: 100_000,
  maxLayers: 200,
  maxSavedViews: 100,
  maxNameChars: 300,
  maxNoteChars: 5000,
  maxIdChars: 200,
  maxHomes: 1_000_000,
  maxBvoM2: 100_000_000,
  maxZoom: 24,
  maxPitch: 85,
  maxTargets: 500,
} as const;

type Json = unknown;
const isObject = (u: Json): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && !Array.isArray(u);
const isFiniteNumber = (u: Json): u is number => typeof u === 'number' && Number.isFinite(u);
/** Whether a text contains a control character other than tab and newline. */
function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || c === 0x7f) return true;
  }
  return false;
}
/** Text of at most `max` characters without control characters; links are shown as text only. */
const isCleanText = (u: Json, max: number): u is string =>
  typeof u === 'string' && u.length <= max && !hasControlCharacter(u);

/**
 * Reads a camera from untrusted data.
 * @param u any value
 * @returns the camera, or `undefined` when any field is missing or out of range
 * @example readCamera({ center: [4.9, 52.37], zoom: 12, bearing: 0, pitch: 0 })
 */
export function readCamera(u: Json): Camera | undefined {
  if (!isObject(u) || !Array.isArray(u.center) || u.center.length !== 2) return undefined;
  const [lng, lat] = u.center as unknown[];
  const { zoom, bearing, pitch } = u;
  if (!isFiniteNumber(lng) || !isFiniteNumber(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 85.06)
    return undefined;
  if (!isFiniteNumber(zoom) || zoom < 0 || zoom > LIMITS.maxZoom) return undefined;
  if (!isFiniteNumber(bearing) || Math.abs(bearing) > 180) return undefined;
  if (!isFiniteNumber(pitch) || pitch < 0 || pitch > LIMITS.maxPitch) return undefined;
  const camera: Camera = { center: [lng, lat], zoom, bearing, pitch };
  if (u.viewportPx !== undefined) {
    const v = readViewport(u.viewportPx);
    if (!v) return undefined;
    camera.viewportPx = v;
  }
  return camera;
}

/** Largest map width or height a link may give, CSS pixels. */
const MAX_VIEWPORT_PX = 20_000;

/** Reads `[width, height]` in whole CSS pixels (1 … 20,000). */
function readViewport(u: Json): [number, number] | undefined {
  if (!Array.isArray(u) || u.length !== 2) return undefined;
  const [w, h] = u as unknown[];
  const ok = (v: unknown): v is number =>
    Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MAX_VIEWPORT_PX;
  return ok(w) && ok(h) ? [w, h] : undefined;
}

/**
 * Reads a saved view's analyses from untrusted data.
 * @param u any value
 * @returns the analyses, or undefined when `u` is not two booleans
 */
export function readViewAnalysis(u: Json): ViewAnalysis | undefined {
  if (!isObject(u) || typeof u.surface !== 'boolean' || typeof u.contours !== 'boolean')
    return undefined;
  return { surface: u.surface, contours: u.contours };
}

/**
 * Reads layer views from untrusted data; invalid entries are left out.
 * @param u any value
 * @returns the valid entries and the ids (or keys) of the invalid ones
 */
export function readLayers(u: Json): { layers: Record<string, LayerView>; invalid: string[] } {
  const layers: Record<string, LayerView> = {};
  const invalid: string[] = [];
  if (!isObject(u)) return { layers, invalid: ['*'] };
  for (const [id, v] of Object.entries(u).slice(0, LIMITS.maxLayers)) {
    if (
      isCleanText(id, LIMITS.maxIdChars) &&
      id !== '' &&
      id !== '__proto__' &&
      isObject(v) &&
      typeof v.visible === 'boolean' &&
      isFiniteNumber(v.opacity) &&
      v.opacity >= 0 &&
      v.opacity <= 1
    ) {
      layers[id] = { visible: v.visible, opacity: v.opacity };
    } else invalid.push(id);
  }
  return { layers, invalid };
}

/**
 * Reads a program from untrusted data.
 * @param u any value
 * @returns the program, or `undefined`
 * @example readProgram({ kind: 'category', milieucategorie: '3.1' })
 */
export function readProgram(u: Json): Program | undefined {
  if (!isObject(u)) return undefined;
  if (u.kind === 'housing') return { kind: 'housing' };
  if (u.kind === 'category' && MILIEUCATEGORIEEN.includes(u.milieucategorie as Milieucategorie))
    return { kind: 'category', milieucategorie: u.milieucategorie as Milieucategorie };
  if (u.kind === 'activity' && isCleanText(u.activityId, LIMITS.maxIdChars) && u.activityId !== '')
    return { kind: 'activity', activityId: u.activityId };
  return undefined;
}

const isNlPosition = (p: Json): p is Position =>
  Array.isArray(p) &&
  p.length >= 2 &&
  p.length <= 3 &&
  p.every(isFiniteNumber) &&
  isInNetherlands(p as Position);

/** A closed linear ring of ≥ 4 positions inside the Netherlands. */
function isNlRing(r: Json): r is Position[] {
  if (!Array.isArray(r) || r.length < 4 || !r.every(isNlPosition)) return false;
  const a = r[0] as Position;
  const b = r[r.length - 1] as Position;
  return a[0] === b[0] && a[1] === b[1];
}

const isNlPolygonCoords = (c: Json): c is Position[][] =>
  Array.isArray(c) && c.length >= 1 && c.every(isNlRing);

/**
 * Checks a geometry is a valid GeoJSON Polygon or MultiPolygon inside the Netherlands:
 * closed rings of at least 4 finite positions within the Dutch WGS84 extent.
 * @param g any value
 * @returns whether it is such a geometry
 */
export function isNlAreaGeometry(g: Json): g is Polygon | MultiPolygon {
  if (!isObject(g)) return false;
  if (g.type === 'Polygon') return isNlPolygonCoords(g.coordinates);
  if (g.type === 'MultiPolygon')
    return (
      Array.isArray(g.coordinates) &&
      g.coordinates.length >= 1 &&
      g.coordinates.every(isNlPolygonCoords)
    );
  return false;
}

function countPositions(g: Polygon | MultiPolygon): number {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.reduce((n, p) => n + p.reduce((m, r) => m + r.length, 0), 0);
}

/**
 * Reads a place of the location check: a Point, or a Polygon of closed rings (at least 4
 * positions each, at most `LIMITS.maxPlaceVertices` positions in all), inside the Netherlands.
 * @param u any value
 * @returns a fresh copy of the geometry (positions as `[lng, lat]`), or `undefined`
 * @example readPlace({ type: 'Point', coordinates: [5.6, 52.4] }) // { type: 'Point', coordinates: [5.6, 52.4] }
 */
export function readPlace(u: Json): Point | Polygon | undefined {
  if (!isObject(u)) return undefined;
  if (u.type === 'Point' && isNlPosition(u.coordinates))
    return { type: 'Point', coordinates: [u.coordinates[0]!, u.coordinates[1]!] };
  if (u.type === 'Polygon' && isNlPolygonCoords(u.coordinates)) {
    const polygon: Polygon = {
      type: 'Polygon',
      coordinates: u.coordinates.map((r) => r.map((p) => [p[0]!, p[1]!])),
    };
    return countPositions(polygon) <= LIMITS.maxPlaceVertices ? polygon : undefined;
  }
  return undefined;
}

/**
 * Reads the location check of a link: a program at a place. The one validator of this part:
 * `readSharedState` and the Locatiecheck's state (src/state/locatiecheck-state.ts) both use it.
 * @param u any value
 * @returns program and place (fresh copies), or `undefined` when either is invalid
 * @example readCheck({ program: { kind: 'housing' }, place: { type: 'Point', coordinates: [5.6, 52.4] } })
 */
export function readCheck(u: Json): SharedCheck | undefined {
  if (!isObject(u)) return undefined;
  const program = readProgram(u.program);
  const place = readPlace(u.place);
  return program && place ? { program, place } : undefined;
}

/**
 * Reads the study area of the surface map from untrusted data: `{ kind: 'proposal' }`, or
 * `{ kind: 'drawn', polygon }` with a Polygon inside the Netherlands of at most
 * `LIMITS.maxVerticesPerProposal` positions whose outer ring passes the drawing checks
 * (not self-intersecting, not a sliver; see `validateStudyArea`).
 * @param u any value
 * @returns the study area (positions copied as `[lng, lat]`), or `undefined`
 * @example readStudyArea({ kind: 'proposal' }) // { kind: 'proposal' }
 */
export function readStudyArea(u: Json): StudyArea | undefined {
  if (!isObject(u)) return undefined;
  if (u.kind === 'proposal') return { kind: 'proposal' };
  if (u.kind !== 'drawn') return undefined;
  const g = u.polygon;
  if (!isObject(g) || g.type !== 'Polygon' || !isNlPolygonCoords(g.coordinates)) return undefined;
  const polygon: Polygon = {
    type: 'Polygon',
    coordinates: g.coordinates.map((r) => r.map((p) => [p[0]!, p[1]!])),
  };
  if (countPositions(polygon) > LIMITS.maxVerticesPerProposal) return undefined;
  if (validateStudyArea(polygon).length > 0) return undefined;
  return { kind: 'drawn', polygon };
}

/**
 * Reads one gebiedsprofiel target from untrusted data: `kind` zone or buurt, a non-empty `id`,
 * `minBvoM2` a whole number of m² from 0 to `LIMITS.maxBvoM2`, `category` absent or a known
 * milieucategorie.
 * @param u any value
 * @returns a clean copy, or `undefined`
 * @example readAreaTarget({ kind: 'buurt', id: 'B01', minBvoM2: 5000 })
 */
export function readAreaTarget(u: Json): AreaTarget | undefined {
  if (!isObject(u) || (u.kind !== 'zone' && u.kind !== 'buurt')) return undefined;
  if (!isCleanText(u.id, LIMITS.maxIdChars) || u.id === '') return undefined;
  const min = u.minBvoM2;
  if (!Number.isInteger(min) || (min as number) < 0 || (min as number) > LIMITS.maxBvoM2)
    return undefined;
  if (u.category !== undefined && !MILIEUCATEGORIEEN.includes(u.category as Milieucategorie))
    return undefined;
  const t: AreaTarget = { kind: u.kind, id: u.id, minBvoM2: min as number };
  if (u.category !== undefined) t.category = u.category as Milieucategorie;
  return t;
}

/**
 * Reads a list of gebiedsprofiel targets; invalid entries (and those past `LIMITS.maxTargets`)
 * are left out and named by their position.
 * @param u any value
 * @returns the valid targets and the positions (`#1`, …) of the invalid ones
 * @example readAreaTargets([{ kind: 'zone', id: 'BT01', minBvoM2: 0 }, 7]).invalid // ['#2']
 */
export function readAreaTargets(u: Json): { targets: AreaTarget[]; invalid: string[] } {
  if (!Array.isArray(u)) return { targets: [], invalid: ['*'] };
  const targets: AreaTarget[] = [];
  const invalid: string[] = [];
  u.forEach((v: Json, i) => {
    const t = i < LIMITS.maxTargets ? readAreaTarget(v) : undefined;
    if (t) targets.push(t);
    else invalid.push(`#${i + 1}`);
  });
  return { targets, invalid };
}

/** Why a proposal's properties are invalid, or `undefined` when they are valid. */
function checkProposalProperties(p: Json): string | undefined {
  if (!isObject(p)) return 'properties';
  if (!isCleanText(p.id, LIMITS.maxIdChars) || p.id === '') return 'id';
  if (!isCleanText(p.name, LIMITS.maxNameChars)) return 'name';
  if (!PROPOSAL_USES.includes(p.use as never)) return 'use';
  if (
    !Number.isInteger(p.homes) ||
    (p.homes as number) < 0 ||
    (p.homes as number) > LIMITS.maxHomes
  )
    return 'homes';
  if (!isFiniteNumber(p.bvoM2) || p.bvoM2 < 0 || p.bvoM2 > LIMITS.maxBvoM2) return 'bvoM2';
  if (
    p.maxMilieucategorie !== undefined &&
    !MILIEUCATEGORIEEN.includes(p.maxMilieucategorie as Milieucategorie)
  )
    return 'maxMilieucategorie';
  if (!PROPOSAL_STATUSES.includes(p.status as never)) return 'status';
  if (!isCleanText(p.note, LIMITS.maxNoteChars)) return 'note';
  return undefined;
}

/**
 * Reads one proposal from untrusted data.
 * @param u any value (a GeoJSON Feature)
 * @returns `{ proposal }` (a clean copy with only the known properties) or `{ reason }`
 * naming the first invalid field (`geometry`, `id`, `use`, …)
 */
export function readProposal(u: Json): { proposal: Proposal } | { reason: string } {
  if (!isObject(u) || u.type !== 'Feature') return { reason: 'feature' };
  if (!isNlAreaGeometry(u.geometry)) return { reason: 'geometry' };
  if (countPositions(u.geometry) > LIMITS.maxVerticesPerProposal) return { reason: 'geometry' };
  const reason = checkProposalProperties(u.properties);
  if (reason) return { reason };
  const p = u.properties as unknown as ProposalProperties;
  const properties: ProposalProperties = {
    id: p.id,
    name: p.name,
    use: p.use,
    homes: p.homes,
    bvoM2: p.bvoM2,
    status: p.status,
    note: p.note,
  };
  if (p.maxMilieucategorie !== undefined) properties.maxMilieucategorie = p.maxMilieucategorie;
  const copyRing = (r: Position[]): Position[] => r.map((q) => [q[0]!, q[1]!]);
  const geometry: Polygon | MultiPolygon =
    u.geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: u.geometry.coordinates.map(copyRing) }
      : { type: 'MultiPolygon', coordinates: u.geometry.coordinates.map((q) => q.map(copyRing)) };
  return { proposal: { type: 'Feature', geometry, properties } };
}

/**
 * A short label of a proposal for a problem's detail.
 * @param u the (possibly invalid) feature
 * @param index its position in the list, from 0
 * @returns e.g. `#3 “Havenkwartier”`, or `#3` when it has no name
 */
export function describeProposal(u: Json, index: number): string {
  const name = isObject(u) && isObject(u.properties) ? u.properties.name : undefined;
  return typeof name === 'string' && name !== ''
    ? `#${index + 1} “${name.slice(0, 80)}”`
    : `#${index + 1}`;
}

/**
 * Turns any untrusted value into a valid `SharedState`: every part that is
 * present and valid is kept, every invalid part falls back to its default
 * and is named in `problems`. Never throws.
 * @param u a value shaped like `SharedState` (from a link decoder or a file)
 * @returns the state and what could not be read
 * @example readSharedState({ language: 'en' }).state.language // 'en'
 */
export function readSharedState(u: Json): { state: SharedState; problems: Problem[] } {
  const state = createDefaultState();
  const problems: Problem[] = [];
  const bad = (part: StatePart, detail?: string): void => {
    problems.push(
      detail === undefined ? { code: PART_INVALID, part } : { code: PART_INVALID, part, detail },
    );
  };
  if (!isObject(u)) {
    bad('link');
    return { state, problems };
  }
  if (u.camera !== undefined) {
    const camera = readCamera(u.camera);
    if (camera) state.camera = camera;
    else bad('camera');
  }
  if (u.layers !== undefined) {
    const { layers, invalid } = readLayers(u.layers);
    state.layers = layers;
    if (invalid.length > 0) bad('layers', invalid.join(', ').slice(0, 200));
  }
  if (u.language !== undefined) {
    if (u.language === 'nl' || u.language === 'en') state.language = u.language;
    else bad('language');
  }
  if (u.check !== undefined) {
    const check = readCheck(u.check);
    if (check) state.check = check;
    else bad('check');
  }
  if (u.surface !== undefined) {
    const program = isObject(u.surface) ? readProgram(u.surface.program) : undefined;
    if (program) {
      state.surface = { program };
      const studyArea = (u.surface as Record<string, unknown>).studyArea;
      if (studyArea !== undefined) {
        // A bad study area falls back to the extent; the program still counts.
        const read = readStudyArea(studyArea);
        if (read) state.surface.studyArea = read;
        else bad('surface', 'studyArea');
      }
    } else bad('surface');
  }
  if (u.view !== undefined) {
    if (u.view === 'feitelijk') state.view = 'feitelijk';
    else if (u.view !== 'plan') bad('view');
  }
  if (u.selected !== undefined) {
    const s = u.selected;
    if (
      isObject(s) &&
      isCleanText(s.layerId, LIMITS.maxIdChars) &&
      isCleanText(s.featureId, LIMITS.maxIdChars) &&
      s.layerId !== '' &&
      s.featureId !== ''
    )
      state.selected = { layerId: s.layerId, featureId: s.featureId };
    else bad('selected');
  }
  if (u.savedViews !== undefined) {
    if (!Array.isArray(u.savedViews)) bad('savedViews');
    else {
      u.savedViews.forEach((v: Json, i) => {
        if (i >= LIMITS.maxSavedViews) return bad('savedViews', `#${i + 1}`);
        const camera = isObject(v) ? readCamera(v.camera) : undefined;
        const layers = isObject(v) ? readLayers(v.layers) : undefined;
        const program = isObject(v) && v.program !== undefined ? readProgram(v.program) : null;
        const analysis =
          isObject(v) && v.analysis !== undefined ? readViewAnalysis(v.analysis) : null;
        if (
          !isObject(v) ||
          !isCleanText(v.name, LIMITS.maxNameChars) ||
          !camera ||
          !layers ||
          layers.invalid.length > 0 ||
          program === undefined ||
          analysis === undefined
        )
          return bad('savedViews', `#${i + 1}`);
        const view: SavedView = { name: v.name, camera, layers: layers.layers };
        if (program) view.program = program;
        if (analysis) view.analysis = analysis;
        state.savedViews.push(view);
      });
    }
  }
  if (u.proposals !== undefined) {
    if (!Array.isArray(u.proposals)) bad('proposals');
    else {
      const seen = new Set<string>();
      u.proposals.forEach((f: Json, i) => {
        const detail = describeProposal(f, i);
        if (i >= LIMITS.maxProposals)
          return problems.push({ code: PROPOSAL_DROPPED, part: 'proposals', detail });
        const r = readProposal(f);
        if ('reason' in r)
          return problems.push({
            code: PROPOSAL_DROPPED,
            part: 'proposals',
            detail: `${detail}: ${r.reason}`,
          });
        if (seen.has(r.proposal.properties.id))
          return problems.push({
            code: PROPOSAL_DROPPED,
            part: 'proposals',
            detail: `${detail}: id`,
          });
        seen.add(r.proposal.properties.id);
        state.proposals.push(r.proposal);
      });
    }
  }
  if (u.presentation !== undefined) {
    if (typeof u.presentation === 'boolean') {
      if (u.presentation) state.presentation = true;
    } else bad('presentation');
  }
  if (u.title !== undefined) {
    if (isCleanText(u.title, LIMITS.maxNameChars)) state.title = u.title;
    else bad('title');
  }
  if (u.targets !== undefined) {
    const { targets, invalid } = readAreaTargets(u.targets);
    if (targets.length > 0) state.targets = targets;
    if (invalid.length > 0) bad('targets', invalid.join(', ').slice(0, 200));
  }
  if (u.wijk !== undefined) {
    const w = readWijk(u.wijk);
    if (w) state.wijk = w;
    else bad('wijk');
  }
  if (u.workspace !== undefined) {
    const w = readWorkspace(u.workspace);
    if (w) state.workspace = w;
    else bad('workspace');
  }
  return { state, problems };
}

/** At most this many file names in a link's workspace part. */
const MAX_WORKSPACE_FILES = 20;

/**
 * Reads the workspace part from untrusted data.
 * @param u the value
 * @returns the part, or undefined when any field is invalid
 */
function readWorkspace(u: Json): SharedWorkspace | undefined {
  if (!isObject(u)) return undefined;
  if (!isCleanText(u.id, LIMITS.maxIdChars) || u.id === '') return undefined;
  if (!isCleanText(u.name, LIMITS.maxNameChars)) return undefined;
  const files = Array.isArray(u.files) ? u.files : undefined;
  if (!files || files.length > MAX_WORKSPACE_FILES) return undefined;
  if (!files.every((f) => isCleanText(f, LIMITS.maxNameChars))) return undefined;
  if (!isObject(u.counts)) return undefined;
  const counts: Record<string, number> = {};
  for (const [k, v] of Object.entries(u.counts)) {
    if (!isCleanText(k, LIMITS.maxIdChars) || typeof v !== 'number') return undefined;
    if (!Number.isInteger(v) || v < 0 || v > 1e8) return undefined;
    counts[k] = v;
  }
  return { id: u.id, name: u.name, files: files as string[], counts };
}

/**
 * Reads the Wijkprofielen part from untrusted data.
 * @param u the value
 * @returns the part, or undefined when any field is invalid
 */
function readWijk(u: Json): SharedWijk | undefined {
  if (!isObject(u)) return undefined;
  if (!isCleanText(u.indicator, LIMITS.maxIdChars) || !indicatorById(u.indicator)) return undefined;
  if (u.level !== 'buurt' && u.level !== 'wijk') return undefined;
  if (u.method !== 'quantiles' && u.method !== 'natural') return undefined;
  if (u.mode !== 'today' && u.mode !== 'after' && u.mode !== 'change') return undefined;
  const out: SharedWijk = {
    indicator: u.indicator,
    level: u.level,
    method: u.method,
    mode: u.mode,
  };
  if (u.selected !== undefined) {
    if (!isCleanText(u.selected, LIMITS.maxIdChars) || u.selected === '') return undefined;
    out.selected = u.selected;
  }
  return out;
}

/**
 * Whether a value is a valid `SharedState` (every part present where
 * required, in range, proposals valid and inside the Netherlands). The fuzz
 * test checks every decoded state with it.
 * @param u any value
 * @returns whether the app can use it as is
 */
export function isValidSharedState(u: Json): u is SharedState {
  if (!isObject(u)) return false;
  const { problems, state } = readSharedState(u);
  if (problems.length > 0) return false;
  // Every required part must be present, and readSharedState must not have had to leave anything out.
  return (
    u.camera !== undefined &&
    u.layers !== undefined &&
    u.language !== undefined &&
    Array.isArray(u.savedViews) &&
    Array.isArray(u.proposals) &&
    state.proposals.length === u.proposals.length &&
    state.savedViews.length === u.savedViews.length &&
    (u.targets === undefined || (state.targets?.length ?? 0) === (u.targets as unknown[]).length) &&
    Object.keys(state.layers).length === Object.keys(u.layers as object).length
  );
}
