/**
 * Format version 2 of shared links: version 1's sections, with the proposals
 * in a new, range-coded section.
 *
 * Version 1 stored proposal outlines as bit-packed deltas and their texts in
 * the string table, and deflated the lot: 5,080 characters for a council set
 * of 50 polygons × 20 vertices. Version 2 codes the proposals with an
 * adaptive binary range coder (`range-coder.ts`) and models made for them
 * (3,924 characters for that set; real IMRO plan outlines 14 % shorter):
 *
 * - **Outlines**, still RD decimetres (a shared position lies within 0.05 m
 *   of the drawn one on each axis). Each vertex is predicted from the ones
 *   before it and only the difference is coded; the encoder tries three
 *   predictors per ring (`PREDICTORS`) and codes the index of the cheapest.
 *   The rotations use their own series for cos/sin with + − × ÷ only, so
 *   every browser predicts the same integers.
 * - **Texts** (ids, names, notes) by `text-coder.ts`: repeats, known words
 *   and numbered series cost a few bits.
 * - **Numbers** (homes, m² bvo) divided by their column's greatest common
 *   divisor, closed lists as symbols; each column has its own adaptive model.
 *
 * The proposals section starts with a 16-bit checksum of its coded bytes: a
 * range coder turns a damaged byte into plausible nonsense, so a link that
 * was cut or mangled on the way is refused by the checksum instead.
 *
 * Section 11 holds the surface map's study area (the selected proposal, or a
 * drawn polygon written like a location-check place). Section 12 the rules' view
 * (only when not the default). Section 13 the gebiedsprofiel targets (issue 17;
 * only when there are any, so links without targets stay byte for byte as before):
 * count, then per target kind (0 zone, 1 buurt), id, m² bvo, category (0 none,
 * else its index in MILIEUCATEGORIEEN + 1). Section 14 the Wijkprofielen tab (issue 16; only
 * while the tab is open): indicator id, level, classification, mode, selected region.
 *
 * The whole body is still deflated (the other sections are small and keep
 * their version 1 layout). This file is frozen once links are out.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { MILIEUCATEGORIEEN, PROPOSAL_STATUSES, PROPOSAL_USES } from '../domain/domain.ts';
import { ringSignedAreaM2 } from '../geo/planar.ts';
import { ByteReader, ByteWriter, ReadError } from './bytes.ts';
import {
  quantiseRing,
  readPlaceV1,
  readV1,
  ringsOf,
  splitSections,
  truncationProblem,
  unquantiseRd,
  writePlace,
  writeV1,
} from './codec-v1.ts';
import { PART_INVALID, type Problem, type StatePart } from './problems.ts';
import {
  type BitSink,
  CostMeter,
  createProbs,
  RangeDecoder,
  RangeEncoder,
  SintModel,
  SymbolModel,
  UintModel,
} from './range-coder.ts';
import { LIMITS, type Proposal, type SharedState, type SharedWijk } from './state.ts';
import { TextCoder, type TextLimits } from './text-coder.ts';

/** Section tags version 2 adds to version 1's (`V1_TAGS`); tag 9 (v1 proposals) is not written. */
export const V2_TAGS = {
  proposals: 10,
  studyArea: 11,
  view: 12,
  targets: 13,
  wijk: 14,
  display: 15,
  workspace: 16,
} as const;

/** The state part each section version 2 adds holds. */
const V2_TAG_PARTS: Readonly<Record<number, StatePart>> = {
  [V2_TAGS.proposals]: 'proposals',
  [V2_TAGS.studyArea]: 'surface',
  [V2_TAGS.view]: 'view',
  [V2_TAGS.targets]: 'targets',
  [V2_TAGS.wijk]: 'wijk',
  [V2_TAGS.display]: 'savedViews',
  [V2_TAGS.workspace]: 'workspace',
};

const TEXT_LIMITS: TextLimits = {
  maxChars: LIMITS.maxNoteChars,
  // A large plan set (2,000 proposals with a name and a short note each); keeps a hostile link cheap to refuse.
  maxTotalChars: 1_000_000,
};

/**
 * FNV-1a over the bytes, folded to 16 bits.
 * @param bytes the data
 * @returns 0 … 65535
 */
export function checksum16(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return ((h >>> 16) ^ h) & 0xffff;
}

/**
 * cos and sin of `theta` (|theta| ≤ 4π/3) from their Taylor series, using only
 * IEEE-exact operations, so the result is the same on every engine
 * (`Math.cos` may differ in the last bit between browsers).
 */
function cosSin(theta: number): [number, number] {
  let c = 0;
  let s = 0;
  let term = 1; // theta^k / k!
  for (let k = 0; k < 40; k++) {
    if (k % 4 === 0) c += term;
    else if (k % 4 === 1) s += term;
    else if (k % 4 === 2) c -= term;
    else s -= term;
    term = (term * theta) / (k + 1);
  }
  return [c, s];
}

const TWO_PI = 6.283185307179586;

/** Greatest common divisor of non-negative integers (0 when all are 0). */
function gcdOf(values: readonly number[]): number {
  let g = 0;
  for (let v of values) {
    let a = g;
    while (v !== 0) [a, v] = [v, a % v];
    g = a;
  }
  return g;
}

/**
 * A column of non-negative integers (homes, m² bvo), divided by their greatest
 * common divisor. Whether a value is zero is modelled per use; the other
 * values share one model.
 */
class ScaledColumn {
  private readonly zeroProbs = createProbs(PROPOSAL_USES.length);
  private readonly values = new UintModel();

  write(
    enc: RangeEncoder,
    divisor: UintModel,
    uses: readonly number[],
    values: readonly number[],
  ): void {
    const g = gcdOf(values);
    divisor.write(enc, g);
    if (g === 0) return;
    values.forEach((v, i) => {
      enc.bit(this.zeroProbs, uses[i]!, v === 0 ? 1 : 0);
      if (v > 0) this.values.write(enc, v / g - 1);
    });
  }

  read(dec: RangeDecoder, divisor: UintModel, uses: readonly number[], max: number): number[] {
    const g = divisor.readMax(dec, max);
    if (g === 0) return uses.map(() => 0);
    return uses.map((u) =>
      dec.bit(this.zeroProbs, u) === 1
        ? 0
        : g * (this.values.readMax(dec, Math.floor(max / g) - 1) + 1),
    );
  }
}

/** The models of the proposals section; encoder and decoder each build one. */
class ProposalModels {
  readonly count = new UintModel();
  readonly text = new TextCoder(TEXT_LIMITS);
  readonly ids = this.text.column();
  readonly names = this.text.column();
  readonly notes = this.text.column();
  readonly use = new SymbolModel(PROPOSAL_USES.length);
  readonly status = new SymbolModel(PROPOSAL_STATUSES.length);
  /** 0 = none, else the index in MILIEUCATEGORIEEN + 1. */
  readonly category = new SymbolModel(MILIEUCATEGORIEEN.length + 1);
  readonly divisor = new UintModel();
  readonly homes = new ScaledColumn();
  readonly bvo = new ScaledColumn();
  readonly multiProbs = createProbs(1);
  readonly polygons = new UintModel();
  readonly rings = new UintModel();
  readonly vertices = new UintModel();
  readonly clockwiseProbs = createProbs(1);
  readonly firstX = new SintModel();
  readonly firstY = new SintModel();
  readonly predictor = new SymbolModel(PREDICTORS.length);
  readonly dx = new SintModel();
  readonly dy = new SintModel();
  /** First vertex of the previous ring; the next ring's first vertex is coded relative to it. */
  prevFirst: [number, number] = [0, 0];
}

/**
 * How a vertex is predicted from the ones before it; the encoder tries each on
 * a ring and codes the index of the cheapest:
 * - `previous`: the previous vertex (plain deltas; best for outlines with
 *   irregular turns),
 * - `turn`: the previous edge turned through the ring's mean exterior angle
 *   2π/n (every simple ring of n vertices turns through 2π in all),
 * - `smooth`: the mean of that and the edge before it turned twice (best for
 *   hand-drawn outlines, whose clicks scatter around a smooth line).
 */
const PREDICTORS = ['previous', 'turn', 'smooth'] as const;
type Predictor = number;

/** cos/sin of the mean exterior angle of a ring and of twice that angle. */
interface Turns {
  one: [number, number];
  two: [number, number];
}

function turnsOf(n: number, clockwise: boolean): Turns {
  const angle = (clockwise ? -TWO_PI : TWO_PI) / n;
  return { one: cosSin(angle), two: cosSin(2 * angle) };
}

/** Vertex `i` of `ring` as predicted by `predictor` from vertices 0 … i − 1. */
function predict(
  predictor: Predictor,
  ring: ReadonlyArray<[number, number]>,
  i: number,
  turns: Turns,
): [number, number] {
  const a = ring[i - 1]!;
  if (i < 2 || predictor === 0) return a;
  const b = ring[i - 2]!;
  const ex = a[0] - b[0];
  const ey = a[1] - b[1];
  const [c, s] = turns.one;
  let px = c * ex - s * ey;
  let py = s * ex + c * ey;
  if (predictor === 2 && i >= 3) {
    const z = ring[i - 3]!;
    const fx = b[0] - z[0];
    const fy = b[1] - z[1];
    const [c2, s2] = turns.two;
    px = (px + c2 * fx - s2 * fy) / 2;
    py = (py + s2 * fx + c2 * fy) / 2;
  }
  return [a[0] + Math.round(px), a[1] + Math.round(py)];
}

/** Writes the vertices after the first with one predictor, to `sink` (an encoder or a cost meter). */
function writeVertices(
  sink: BitSink,
  dx: SintModel,
  dy: SintModel,
  ring: ReadonlyArray<[number, number]>,
  predictor: Predictor,
  turns: Turns,
): void {
  for (let i = 1; i < ring.length; i++) {
    const [px, py] = predict(predictor, ring, i, turns);
    dx.write(sink, ring[i]![0] - px);
    dy.write(sink, ring[i]![1] - py);
  }
}

function writeRing(enc: RangeEncoder, m: ProposalModels, ring: Array<[number, number]>): void {
  const n = ring.length;
  m.vertices.write(enc, n - 3);
  const clockwise = ringSignedAreaM2(ring) < 0;
  enc.bit(m.clockwiseProbs, 0, clockwise ? 1 : 0);
  const first = ring[0]!;
  // Relative to the previous ring's first vertex: proposals are usually drawn near each other.
  m.firstX.write(enc, first[0] - m.prevFirst[0]);
  m.firstY.write(enc, first[1] - m.prevFirst[1]);
  m.prevFirst = first;
  const turns = turnsOf(n, clockwise);
  const costs = PREDICTORS.map((_, p) => {
    const meter = new CostMeter();
    writeVertices(meter, m.dx.clone(), m.dy.clone(), ring, p, turns);
    return meter.bits;
  });
  const predictor = costs.indexOf(Math.min(...costs));
  m.predictor.write(enc, predictor);
  writeVertices(enc, m.dx, m.dy, ring, predictor, turns);
}

/** RD decimetres of the Netherlands' surroundings: a decoded vertex outside is nonsense. */
const RD_DM_MIN = -1_000_000;
const RD_DM_MAX = 7_000_000;

/** Stops decoding at the first vertex far outside the Netherlands (a hostile link), before numbers grow. */
function checkVertex(v: [number, number]): [number, number] {
  if (v[0] < RD_DM_MIN || v[0] > RD_DM_MAX || v[1] < RD_DM_MIN || v[1] > RD_DM_MAX)
    throw new ReadError('vertex far outside the Netherlands');
  return v;
}

function readRing(dec: RangeDecoder, m: ProposalModels, budget: { vertices: number }): Position[] {
  const n = m.vertices.readMax(dec, LIMITS.maxVerticesPerProposal - 3) + 3;
  budget.vertices -= n;
  if (budget.vertices < 0) throw new ReadError('too many vertices');
  const clockwise = dec.bit(m.clockwiseProbs, 0) === 1;
  const first = checkVertex([
    m.prevFirst[0] + m.firstX.read(dec),
    m.prevFirst[1] + m.firstY.read(dec),
  ]);
  m.prevFirst = first;
  const predictor = m.predictor.read(dec);
  const ring: Array<[number, number]> = [first];
  const turns = turnsOf(n, clockwise);
  for (let i = 1; i < n; i++) {
    const [px, py] = predict(predictor, ring, i, turns);
    ring.push(checkVertex([px + m.dx.read(dec), py + m.dy.read(dec)]));
  }
  const out = ring.map(([x, y]) => unquantiseRd(x, y));
  out.push([...out[0]!]);
  return out;
}

/**
 * Codes proposals: the count, then column by column (ids, names, uses,
 * homes, m² bvo, milieucategorie, status, notes), then the outlines.
 * @param proposals valid proposals
 * @returns the range-coded bytes (without the checksum)
 * @example const coded = encodeProposals(state.proposals)
 */
export function encodeProposals(proposals: readonly Proposal[]): Uint8Array {
  const enc = new RangeEncoder();
  const m = new ProposalModels();
  const props = proposals.map((f) => f.properties);
  m.count.write(enc, proposals.length);
  for (const p of props) m.ids.write(enc, p.id);
  for (const p of props) m.names.write(enc, p.name);
  const uses = props.map((p) => PROPOSAL_USES.indexOf(p.use));
  for (const u of uses) m.use.write(enc, u);
  m.homes.write(
    enc,
    m.divisor,
    uses,
    props.map((p) => p.homes),
  );
  m.bvo.write(
    enc,
    m.divisor,
    uses,
    props.map((p) => Math.round(p.bvoM2)),
  );
  for (const p of props)
    m.category.write(
      enc,
      p.maxMilieucategorie === undefined ? 0 : MILIEUCATEGORIEEN.indexOf(p.maxMilieucategorie) + 1,
    );
  for (const p of props) m.status.write(enc, PROPOSAL_STATUSES.indexOf(p.status));
  for (const p of props) m.notes.write(enc, p.note);
  for (const f of proposals) {
    const polys = ringsOf(f.geometry);
    enc.bit(m.multiProbs, 0, f.geometry.type === 'MultiPolygon' ? 1 : 0);
    if (f.geometry.type === 'MultiPolygon') m.polygons.write(enc, polys.length - 1);
    for (const poly of polys) {
      m.rings.write(enc, poly.length - 1);
      for (const ring of poly) writeRing(enc, m, quantiseRing(ring));
    }
  }
  return enc.finish();
}

function decodeProposals(bytes: Uint8Array): unknown[] {
  const dec = new RangeDecoder(bytes);
  const m = new ProposalModels();
  const n = m.count.readMax(dec, LIMITS.maxProposals);
  const ids = Array.from({ length: n }, () => m.ids.read(dec));
  const names = Array.from({ length: n }, () => m.names.read(dec));
  const uses = Array.from({ length: n }, () => m.use.read(dec));
  const homes = m.homes.read(dec, m.divisor, uses, LIMITS.maxHomes);
  const bvo = m.bvo.read(dec, m.divisor, uses, LIMITS.maxBvoM2);
  const categories = uses.map(() => m.category.read(dec));
  const statuses = Array.from({ length: n }, () => PROPOSAL_STATUSES[m.status.read(dec)]!);
  const notes = Array.from({ length: n }, () => m.notes.read(dec));
  const budget = { vertices: LIMITS.maxTotalVertices };
  return ids.map((id, i) => {
    const multi = dec.bit(m.multiProbs, 0) === 1;
    const polyCount = multi
      ? m.polygons.readMax(dec, LIMITS.maxVerticesPerProposal / 3 - 1) + 1
      : 1;
    const polys: Position[][][] = [];
    for (let j = 0; j < polyCount; j++) {
      const ringCount = m.rings.readMax(dec, LIMITS.maxVerticesPerProposal / 3 - 1) + 1;
      const rings: Position[][] = [];
      for (let k = 0; k < ringCount; k++) rings.push(readRing(dec, m, budget));
      polys.push(rings);
    }
    const properties: Record<string, unknown> = {
      id,
      name: names[i],
      use: PROPOSAL_USES[uses[i]!],
      homes: homes[i],
      bvoM2: bvo[i],
      status: statuses[i],
      note: notes[i],
    };
    if (categories[i]! > 0) properties.maxMilieucategorie = MILIEUCATEGORIEEN[categories[i]! - 1];
    const geometry: Polygon | MultiPolygon = multi
      ? { type: 'MultiPolygon', coordinates: polys }
      : { type: 'Polygon', coordinates: polys[0]! };
    return { type: 'Feature', geometry, properties };
  });
}

/**
 * Appends the proposals section: tag, length, the checksum of the coded bytes, the bytes.
 * @param w the body being written
 * @param coded output of `encodeProposals`
 * @example writeProposalsSection(w, encodeProposals(state.proposals))
 */
export function writeProposalsSection(w: ByteWriter, coded: Uint8Array): void {
  const sum = checksum16(coded);
  w.uint(V2_TAGS.proposals);
  w.uint(coded.length + 2);
  w.byte(sum >> 8);
  w.byte(sum);
  w.bytes(coded);
}

/**
 * Serialises a state into the v2 body (uncompressed).
 * @param state a valid state (see `isValidSharedState`)
 * @returns the body bytes
 * @throws RangeError when a number is not finite (the state was not valid)
 */
export function writeV2(state: SharedState): Uint8Array {
  const w = new ByteWriter();
  w.bytes(writeV1({ ...state, proposals: [] }));
  if (state.proposals.length > 0) writeProposalsSection(w, encodeProposals(state.proposals));
  const studyArea = state.surface?.studyArea;
  if (studyArea) {
    // 0 = the selected proposal, 1 = a drawn polygon (as a location-check place).
    const sw = new ByteWriter();
    sw.uint(studyArea.kind === 'proposal' ? 0 : 1);
    if (studyArea.kind === 'drawn') writePlace(sw, studyArea.polygon);
    const bytes = sw.toBytes();
    w.uint(V2_TAGS.studyArea);
    w.uint(bytes.length);
    w.bytes(bytes);
  }
  if (state.view === 'feitelijk') {
    // Only the non-default view is written: links in the default view stay as they were.
    w.uint(V2_TAGS.view);
    w.uint(1);
    w.uint(1);
  }
  if (state.targets && state.targets.length > 0) {
    const tw = new ByteWriter();
    tw.uint(state.targets.length);
    for (const t of state.targets) {
      tw.uint(t.kind === 'zone' ? 0 : 1);
      tw.string(t.id);
      tw.uint(Math.round(t.minBvoM2));
      tw.uint(t.category === undefined ? 0 : MILIEUCATEGORIEEN.indexOf(t.category) + 1);
    }
    const bytes = tw.toBytes();
    w.uint(V2_TAGS.targets);
    w.uint(bytes.length);
    w.bytes(bytes);
  }
  if (state.wijk) {
    // Issue 16: the Wijkprofielen tab. Only written when the link has it, so older links and
    // links without the tab stay byte for byte as they were; old decoders skip the tag.
    const bytes = writeWijkSection(state.wijk);
    w.uint(V2_TAGS.wijk);
    w.uint(bytes.length);
    w.bytes(bytes);
  }
  const display = writeDisplaySection(state);
  if (display) {
    w.uint(V2_TAGS.display);
    w.uint(display.length);
    w.bytes(display);
  }
  if (state.workspace) {
    // Issue 12: the own workspace the link needs (absent for the demo: older links unchanged).
    const ww = new ByteWriter();
    const ws = state.workspace;
    ww.string(ws.id);
    ww.string(ws.name);
    ww.uint(ws.files.length);
    for (const f of ws.files) ww.string(f);
    const counts = Object.entries(ws.counts);
    ww.uint(counts.length);
    for (const [k, n] of counts) {
      ww.string(k);
      ww.uint(n);
    }
    const bytes = ww.toBytes();
    w.uint(V2_TAGS.workspace);
    w.uint(bytes.length);
    w.bytes(bytes);
  }
  return w.toBytes();
}

/**
 * The display section (issue 14): what a screen needs to show a link as it was seen. Made of
 * parts (`part tag · length · bytes`; unknown parts are skipped, so it can grow):
 * 0 = the camera's map size in CSS pixels (width, height);
 * 1 = per saved view: flags (1 = analyses known, 2 = surface shown, 4 = contours shown) and
 *     its map size (0 when unknown, else width then height).
 * Written only when there is something to say, so links without it stay as they were.
 */
function writeDisplaySection(state: SharedState): Uint8Array | null {
  const w = new ByteWriter();
  const part = (tag: number, bytes: Uint8Array): void => {
    w.uint(tag);
    w.uint(bytes.length);
    w.bytes(bytes);
  };
  const viewport = state.camera.viewportPx;
  if (viewport) {
    const pw = new ByteWriter();
    pw.uint(viewport[0]);
    pw.uint(viewport[1]);
    part(0, pw.toBytes());
  }
  const views = state.savedViews;
  if (views.some((v) => v.analysis || v.camera.viewportPx)) {
    const pw = new ByteWriter();
    pw.uint(views.length);
    for (const v of views) {
      const a = v.analysis;
      pw.uint(a ? 1 | (a.surface ? 2 : 0) | (a.contours ? 4 : 0) : 0);
      const vp = v.camera.viewportPx;
      pw.uint(vp ? 1 : 0);
      if (vp) {
        pw.uint(vp[0]);
        pw.uint(vp[1]);
      }
    }
    part(1, pw.toBytes());
  }
  const bytes = w.toBytes();
  return bytes.length > 0 ? bytes : null;
}

/** Largest map size the display section may give, CSS pixels (checked again by `readSharedState`). */
const MAX_VIEWPORT_PX = 20_000;

/** Reads the display section into the raw state (camera and saved views already read). */
function readDisplaySection(bytes: Uint8Array, raw: Record<string, unknown>): void {
  const r = new ByteReader(bytes);
  while (!r.done) {
    const tag = r.uint();
    const length = r.uintMax(bytes.length);
    const body = new ByteReader(r.bytes(length));
    if (tag === 0) {
      const camera = raw.camera as Record<string, unknown> | undefined;
      const size = [body.uintMax(MAX_VIEWPORT_PX), body.uintMax(MAX_VIEWPORT_PX)];
      if (camera && size[0]! > 0 && size[1]! > 0) camera.viewportPx = size;
    } else if (tag === 1) {
      const views = (raw.savedViews ?? []) as Record<string, unknown>[];
      const n = body.uintMax(LIMITS.maxSavedViews);
      if (n !== views.length) throw new ReadError('saved views count');
      for (const view of views) {
        const flags = body.uintMax(7);
        if (flags & 1) view.analysis = { surface: (flags & 2) !== 0, contours: (flags & 4) !== 0 };
        if (body.uintMax(1) === 1) {
          const size = [body.uintMax(MAX_VIEWPORT_PX), body.uintMax(MAX_VIEWPORT_PX)];
          const camera = view.camera as Record<string, unknown> | undefined;
          if (camera && size[0]! > 0 && size[1]! > 0) camera.viewportPx = size;
        }
      }
    }
    // Parts of later versions are skipped.
  }
}

/** Reads the workspace section (values are checked later by `readSharedState`). */
function readWorkspaceSection(bytes: Uint8Array): unknown {
  const r = new ByteReader(bytes);
  const id = r.string();
  const name = r.string();
  const files: string[] = [];
  const nf = r.uintMax(20);
  for (let i = 0; i < nf; i++) files.push(r.string());
  const counts: Record<string, number> = {};
  const nc = r.uintMax(64);
  for (let i = 0; i < nc; i++) {
    const k = r.string();
    counts[k] = r.uintMax(1e8);
  }
  if (!r.done) throw new ReadError('trailing bytes');
  return { id, name, files, counts };
}

/** Reads the gebiedsprofiel targets section (values are checked later by `readSharedState`). */
function readTargetsSection(bytes: Uint8Array): unknown[] {
  const r = new ByteReader(bytes);
  const n = r.uintMax(LIMITS.maxTargets);
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const kind = r.uintMax(1) === 0 ? 'zone' : 'buurt';
    const id = r.string();
    const minBvoM2 = r.uintMax(LIMITS.maxBvoM2);
    const cat = r.uintMax(MILIEUCATEGORIEEN.length);
    out.push({ kind, id, minBvoM2, ...(cat > 0 ? { category: MILIEUCATEGORIEEN[cat - 1] } : {}) });
  }
  if (!r.done) throw new ReadError('trailing bytes');
  return out;
}

const WIJK_LEVELS = ['buurt', 'wijk'] as const;
const WIJK_METHODS = ['quantiles', 'natural'] as const;
const WIJK_MODES = ['today', 'after', 'change'] as const;

/**
 * The Wijkprofielen section: indicator id, level, classification, mode (small integers in
 * the order of the lists above), then 0 or 1 and the selected region's id.
 */
function writeWijkSection(wijk: SharedWijk): Uint8Array {
  const w = new ByteWriter();
  w.string(wijk.indicator);
  w.uint(WIJK_LEVELS.indexOf(wijk.level));
  w.uint(WIJK_METHODS.indexOf(wijk.method));
  w.uint(WIJK_MODES.indexOf(wijk.mode));
  w.uint(wijk.selected === undefined ? 0 : 1);
  if (wijk.selected !== undefined) w.string(wijk.selected);
  return w.toBytes();
}

/** Reads the Wijkprofielen section (throws ReadError on damage; the fields are validated later). */
function readWijkSection(bytes: Uint8Array): Record<string, unknown> {
  const r = new ByteReader(bytes);
  const out: Record<string, unknown> = {
    indicator: r.string(),
    level: WIJK_LEVELS[r.uintMax(WIJK_LEVELS.length - 1)],
    method: WIJK_METHODS[r.uintMax(WIJK_METHODS.length - 1)],
    mode: WIJK_MODES[r.uintMax(WIJK_MODES.length - 1)],
  };
  if (r.uintMax(1) === 1) out.selected = r.string();
  return out;
}

/** Reads the surface map's study area section. */
function readStudyAreaSection(bytes: Uint8Array): unknown {
  const r = new ByteReader(bytes);
  if (r.uintMax(1) === 0) return { kind: 'proposal' };
  const polygon = readPlaceV1(r);
  if (polygon.type !== 'Polygon') throw new ReadError('study area is not a polygon');
  return { kind: 'drawn', polygon };
}

/**
 * Reads a v2 body into a loose, unvalidated state-shaped object (see
 * `readV1`). Never throws.
 * @param body the inflated body
 * @returns the parts read and the problems met
 */
export function readV2(body: Uint8Array): { raw: Record<string, unknown>; problems: Problem[] } {
  const { raw, problems } = readV1(body);
  delete raw.proposals; // a v1 proposals section has no place in a v2 body
  const { sections, cutTag } = splitSections(body);
  // readV1 named the cut section by version 1's tags; this version's tags name their own part.
  const cut = problems.findIndex((p) => p.detail === 'truncated');
  if (cut >= 0) problems[cut] = truncationProblem(cutTag, V2_TAG_PARTS);
  const section = sections.get(V2_TAGS.proposals);
  if (section) {
    try {
      if (section.length < 2) throw new ReadError('short');
      const coded = section.subarray(2);
      if (((section[0]! << 8) | section[1]!) !== checksum16(coded)) throw new ReadError('checksum');
      raw.proposals = decodeProposals(coded);
    } catch {
      problems.push({ code: PART_INVALID, part: 'proposals' });
    }
  }
  const view = sections.get(V2_TAGS.view);
  if (view) {
    // 0 = plan, 1 = feitelijk; anything else is reported and the default kept.
    const code = view.length === 1 ? view[0] : -1;
    if (code === 1) raw.view = 'feitelijk';
    else if (code === 0) raw.view = 'plan';
    else problems.push({ code: PART_INVALID, part: 'view' });
  }
  const targets = sections.get(V2_TAGS.targets);
  if (targets) {
    try {
      raw.targets = readTargetsSection(targets);
    } catch {
      problems.push({ code: PART_INVALID, part: 'targets' });
    }
  }
  const wijk = sections.get(V2_TAGS.wijk);
  if (wijk) {
    try {
      raw.wijk = readWijkSection(wijk);
    } catch {
      problems.push({ code: PART_INVALID, part: 'wijk' });
    }
  }
  const display = sections.get(V2_TAGS.display);
  if (display) {
    try {
      readDisplaySection(display, raw);
    } catch {
      problems.push({ code: PART_INVALID, part: 'savedViews', detail: 'display' });
    }
  }
  const workspace = sections.get(V2_TAGS.workspace);
  if (workspace) {
    try {
      raw.workspace = readWorkspaceSection(workspace);
    } catch {
      problems.push({ code: PART_INVALID, part: 'workspace' });
    }
  }
  const studyArea = sections.get(V2_TAGS.studyArea);
  const surface = raw.surface as Record<string, unknown> | undefined;
  if (studyArea && surface) {
    try {
      surface.studyArea = readStudyAreaSection(studyArea);
    } catch {
      problems.push({ code: PART_INVALID, part: 'surface', detail: 'studyArea' });
    }
  }
  return { raw, problems };
}
