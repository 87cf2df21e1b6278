/**
 * Format version 1 of shared links: the binary body before compression.
 *
 * The body is a sequence of sections `tag (varint) · length (varint) · bytes`,
 * so a decoder skips sections it does not know and a damaged section costs
 * only its own part. Strings live once in a string table (section 1) and are
 * referenced by index; closed lists (use, status, milieucategorie, language)
 * are small integers; numbers are LEB128 varints, signed ones zigzag.
 *
 * Proposal geometry is projected to RD New (EPSG:28992) and quantised to
 * decimetres: a shared position lies within 0.05 m of the drawn one on each
 * axis (≤ 0.071 m in the plane), well inside the 0.1 m a council proposal
 * needs. Positions are stored as differences from the previous position,
 * rings without their closing position. Each proposal is a length-prefixed
 * record whose first position is relative to the section's origin, so one
 * damaged proposal does not take the others with it.
 *
 * This file is frozen once links are out: a change of layout is a new version
 * with its own module (codec-v2.ts), registered next to this one.
 */
import type { MultiPolygon, Point, Polygon, Position } from 'geojson';
import { toRd, toWgs84 } from '../geo/crs.ts';
import {
  MILIEUCATEGORIEEN,
  PROPOSAL_STATUSES,
  PROPOSAL_USES,
  type Program,
} from '../domain/domain.ts';
import { ByteReader, ByteWriter, ReadError } from './bytes.ts';
import { PART_INVALID, type Problem, type StatePart } from './problems.ts';
import { LIMITS, type Camera, type LayerView, type Proposal, type SharedState } from './state.ts';

/** Section tags of format 1. New sections get new tags; old decoders skip them. */
export const V1_TAGS = {
  strings: 1,
  camera: 2,
  layers: 3,
  meta: 4,
  check: 5,
  surface: 6,
  selected: 7,
  savedViews: 8,
  proposals: 9,
} as const;

/** RD quantum: decimetres. */
const RD_PER_M = 10;
/** Camera centre quantum: 1e-6 degree (≈ 0.1 m). */
const DEG_SCALE = 1e6;
/** Decoded WGS84 positions are rounded to 1e-8 degree (≈ 1 mm) to keep JSON short. */
const roundDeg = (v: number): number => Math.round(v * 1e8) / 1e8;

const LANGUAGES = ['nl', 'en'] as const;
const PROGRAM_KINDS = ['housing', 'category', 'activity'] as const;

/** Collects strings into a table and hands out their indices. */
class StringTable {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  ref(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

/** Projects a WGS84 position to RD and rounds it to whole decimetres. */
export function quantiseRd(lngLat: Position): [number, number] {
  const [x, y] = toRd(lngLat);
  return [Math.round(x * RD_PER_M), Math.round(y * RD_PER_M)];
}

/** Turns RD decimetres back into a WGS84 position (rounded to 1e-8 degree). */
export function unquantiseRd(x: number, y: number): [number, number] {
  const [lng, lat] = toWgs84([x / RD_PER_M, y / RD_PER_M]);
  return [roundDeg(lng), roundDeg(lat)];
}

function writeCamera(w: ByteWriter, c: Camera): void {
  w.sint(Math.round(c.center[0] * DEG_SCALE));
  w.sint(Math.round(c.center[1] * DEG_SCALE));
  w.uint(Math.round(c.zoom * 100));
  w.sint(Math.round(c.bearing * 10));
  w.uint(Math.round(c.pitch * 10));
}

function readCameraV1(r: ByteReader): Camera {
  const lng = r.sint() / DEG_SCALE;
  const lat = r.sint() / DEG_SCALE;
  return { center: [lng, lat], zoom: r.uint() / 100, bearing: r.sint() / 10, pitch: r.uint() / 10 };
}

function writeLayers(w: ByteWriter, t: StringTable, layers: Record<string, LayerView>): void {
  const entries = Object.entries(layers);
  w.uint(entries.length);
  for (const [id, v] of entries) {
    w.uint(t.ref(id));
    w.uint(v.visible ? 1 : 0);
    w.uint(Math.round(v.opacity * 100));
  }
}

function readLayersV1(r: ByteReader, strings: readonly string[]): Record<string, unknown> {
  const layers: Record<string, unknown> = {};
  const n = r.uint();
  for (let i = 0; i < n; i++) {
    const id = readRef(r, strings);
    const visible = r.uintMax(1) === 1;
    const opacity = r.uint() / 100;
    if (id === '__proto__') throw new ReadError('layer id');
    layers[id] = { visible, opacity };
  }
  return layers;
}

function readRef(r: ByteReader, strings: readonly string[]): string {
  return strings[r.uintMax(strings.length - 1)]!;
}

function writeProgram(w: ByteWriter, t: StringTable, p: Program): void {
  w.uint(PROGRAM_KINDS.indexOf(p.kind));
  if (p.kind === 'category') w.uint(MILIEUCATEGORIEEN.indexOf(p.milieucategorie));
  if (p.kind === 'activity') w.uint(t.ref(p.activityId));
}

function readProgramV1(r: ByteReader, strings: readonly string[]): Program {
  const kind = PROGRAM_KINDS[r.uintMax(PROGRAM_KINDS.length - 1)]!;
  if (kind === 'category')
    return {
      kind,
      milieucategorie: MILIEUCATEGORIEEN[r.uintMax(MILIEUCATEGORIEEN.length - 1)]!,
    };
  if (kind === 'activity') return { kind, activityId: readRef(r, strings) };
  return { kind };
}

const zigzag = (n: number): number => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzigzag = (n: number): number => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);
const bitWidth = (max: number): number => (max === 0 ? 0 : Math.floor(Math.log2(max)) + 1);

/** A ring as RD decimetre integers, without its closing position. */
export function quantiseRing(ring: Position[]): Array<[number, number]> {
  const a = ring[0];
  const b = ring[ring.length - 1];
  const closed = ring.length > 1 && a && b && a[0] === b[0] && a[1] === b[1];
  return (closed ? ring.slice(0, -1) : ring).map(quantiseRd);
}

/** All rings of an area geometry, polygon by polygon. */
export function ringsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/**
 * Writes rings (of a place or of proposals) column by column: the ring
 * counts, each ring's first vertex relative to `origin` (zigzagged,
 * bit-packed at one width), each ring's delta width, then every ring's
 * deltas zigzagged and bit-packed at that ring's width. Deltas along one
 * drawn outline are of similar size, so a fixed width per ring is close to
 * their entropy; byte-aligned varints wasted about a third on the 50 × 20 set.
 */
function writeRingColumns(
  w: ByteWriter,
  rings: ReadonlyArray<Array<[number, number]>>,
  origin: [number, number],
): void {
  for (const xy of rings) w.uint(xy.length);
  const firsts = rings.flatMap((xy) => [
    zigzag(xy[0]![0] - origin[0]),
    zigzag(xy[0]![1] - origin[1]),
  ]);
  const firstWidth = bitWidth(Math.max(0, ...firsts));
  w.uint(firstWidth);
  w.packed(firsts, firstWidth);
  const deltas = rings.map((xy) => {
    const d: number[] = [];
    for (let i = 1; i < xy.length; i++)
      d.push(zigzag(xy[i]![0] - xy[i - 1]![0]), zigzag(xy[i]![1] - xy[i - 1]![1]));
    return d;
  });
  const widths = deltas.map((d) => bitWidth(Math.max(0, ...d)));
  for (const width of widths) w.uint(width);
  deltas.forEach((d, i) => w.packed(d, widths[i]!));
}

/** Reads `count` rings written by `writeRingColumns`, closed again, as WGS84. */
function readRingColumns(r: ByteReader, count: number, origin: [number, number]): Position[][] {
  const lengths: number[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    const n = r.uint();
    if (n < 3) throw new ReadError('ring too short');
    // A zero-width ring costs no bytes per vertex, so the byte count does not bound this: cap it.
    total += n;
    if (total > LIMITS.maxTotalVertices) throw new ReadError('too many vertices');
    lengths.push(n);
  }
  const firsts = r.packed(count * 2, r.uint());
  const widths: number[] = [];
  for (let i = 0; i < count; i++) widths.push(r.uint());
  return lengths.map((n, i) => {
    let x = origin[0] + unzigzag(firsts[2 * i]!);
    let y = origin[1] + unzigzag(firsts[2 * i + 1]!);
    const ring: Position[] = [unquantiseRd(x, y)];
    const d = r.packed((n - 1) * 2, widths[i]!);
    for (let j = 0; j < d.length; j += 2) {
      x += unzigzag(d[j]!);
      y += unzigzag(d[j + 1]!);
      ring.push(unquantiseRd(x, y));
    }
    ring.push([...ring[0]!]);
    return ring;
  });
}

/** Writes a column of string references as deltas, so consecutive strings cost almost nothing after deflate. */
function writeRefColumn(w: ByteWriter, t: StringTable, values: readonly string[]): void {
  let prev = 0;
  for (const v of values) {
    const i = t.ref(v);
    w.sint(i - prev);
    prev = i;
  }
}

function readRefColumn(
  r: ByteReader,
  strings: readonly string[],
  count: number,
): Array<string | undefined> {
  const out: Array<string | undefined> = [];
  let prev = 0;
  for (let i = 0; i < count; i++) {
    prev += r.sint();
    out.push(strings[prev]);
  }
  return out;
}

function writeUintColumn(w: ByteWriter, values: readonly number[]): void {
  for (const v of values) w.uint(v);
}

function readUintColumn(r: ByteReader, count: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(r.uint());
  return out;
}

/**
 * Writes the proposals section column by column (ids, names, uses, …,
 * geometry), which deflate compresses far better than record by record.
 */
function writeProposals(w: ByteWriter, t: StringTable, proposals: readonly Proposal[]): void {
  const props = proposals.map((f) => f.properties);
  w.uint(proposals.length);
  writeRefColumn(
    w,
    t,
    props.map((p) => p.id),
  );
  writeRefColumn(
    w,
    t,
    props.map((p) => p.name),
  );
  writeUintColumn(
    w,
    props.map((p) => PROPOSAL_USES.indexOf(p.use)),
  );
  writeUintColumn(
    w,
    props.map((p) => p.homes),
  );
  writeUintColumn(
    w,
    props.map((p) => Math.round(p.bvoM2)),
  );
  writeUintColumn(
    w,
    props.map((p) =>
      p.maxMilieucategorie === undefined ? 0 : MILIEUCATEGORIEEN.indexOf(p.maxMilieucategorie) + 1,
    ),
  );
  writeUintColumn(
    w,
    props.map((p) => PROPOSAL_STATUSES.indexOf(p.status)),
  );
  writeRefColumn(
    w,
    t,
    props.map((p) => p.note),
  );
  // Geometry structure: 0 = Polygon with its ring count, 1 = MultiPolygon with polygon and ring counts.
  const rings: Array<Array<[number, number]>> = [];
  for (const f of proposals) {
    const polys = ringsOf(f.geometry);
    if (f.geometry.type === 'Polygon') w.uint(0);
    else {
      w.uint(1);
      w.uint(polys.length);
    }
    for (const poly of polys) {
      w.uint(poly.length);
      for (const ring of poly) rings.push(quantiseRing(ring));
    }
  }
  const origin: [number, number] = [
    Math.min(...rings.map((xy) => xy[0]![0])),
    Math.min(...rings.map((xy) => xy[0]![1])),
  ];
  w.sint(origin[0]);
  w.sint(origin[1]);
  writeRingColumns(w, rings, origin);
}

function readProposals(r: ByteReader, strings: readonly string[]): unknown[] {
  const n = r.uintMax(LIMITS.maxProposals);
  const ids = readRefColumn(r, strings, n);
  const names = readRefColumn(r, strings, n);
  const uses = readUintColumn(r, n);
  const homes = readUintColumn(r, n);
  const bvo = readUintColumn(r, n);
  const mmc = readUintColumn(r, n);
  const statuses = readUintColumn(r, n);
  const notes = readRefColumn(r, strings, n);
  const shapes: Array<{ multi: boolean; ringCounts: number[] }> = [];
  let ringTotal = 0;
  for (let i = 0; i < n; i++) {
    const multi = r.uintMax(1) === 1;
    const polyCount = multi ? r.uintMax(LIMITS.maxVerticesPerProposal) : 1;
    const ringCounts: number[] = [];
    for (let j = 0; j < polyCount; j++) {
      const c = r.uintMax(LIMITS.maxVerticesPerProposal);
      ringCounts.push(c);
      ringTotal += c;
      if (ringTotal > r.remaining) throw new ReadError('too many rings');
    }
    shapes.push({ multi, ringCounts });
  }
  const origin: [number, number] = [r.sint(), r.sint()];
  const rings = readRingColumns(r, ringTotal, origin);
  let next = 0;
  return shapes.map(({ multi, ringCounts }, i) => {
    const polys = ringCounts.map((c) => rings.slice(next, (next += c)));
    const properties: Record<string, unknown> = {
      id: ids[i],
      name: names[i],
      use: PROPOSAL_USES[uses[i]!],
      homes: homes[i],
      bvoM2: bvo[i],
      status: PROPOSAL_STATUSES[statuses[i]!],
      note: notes[i],
    };
    // Index 0 means "none"; an index past the list is kept as invalid so validation names it.
    if (mmc[i]! > 0) properties.maxMilieucategorie = MILIEUCATEGORIEEN[mmc[i]! - 1] ?? null;
    const geometry = multi
      ? { type: 'MultiPolygon', coordinates: polys }
      : { type: 'Polygon', coordinates: polys[0] };
    return { type: 'Feature', geometry, properties };
  });
}

/** Writes a location-check place: a point, or a polygon as ring columns. */
export function writePlace(w: ByteWriter, place: Point | Polygon): void {
  if (place.type === 'Point') {
    w.uint(0);
    const [x, y] = quantiseRd(place.coordinates);
    w.sint(x);
    w.sint(y);
  } else {
    w.uint(1);
    w.uint(place.coordinates.length);
    writeRingColumns(w, place.coordinates.map(quantiseRing), [0, 0]);
  }
}

/** Reads a place written by `writePlace`. */
export function readPlaceV1(r: ByteReader): Point | Polygon {
  if (r.uintMax(1) === 0) {
    const x = r.sint();
    const y = r.sint();
    return { type: 'Point', coordinates: unquantiseRd(x, y) };
  }
  const count = r.uint();
  if (count > r.remaining) throw new ReadError('too many rings');
  return { type: 'Polygon', coordinates: readRingColumns(r, count, [0, 0]) };
}

/**
 * Serialises a state into the v1 body (uncompressed).
 * @param state a valid state (see `isValidSharedState`)
 * @returns the body bytes
 * @throws RangeError when a number is not finite (the state was not valid)
 */
export function writeV1(state: SharedState): Uint8Array {
  const t = new StringTable();
  const sections: Array<[number, Uint8Array]> = [];
  const section = (tag: number, fill: (w: ByteWriter) => void): void => {
    const w = new ByteWriter();
    fill(w);
    sections.push([tag, w.toBytes()]);
  };
  section(V1_TAGS.camera, (w) => writeCamera(w, state.camera));
  if (Object.keys(state.layers).length > 0)
    section(V1_TAGS.layers, (w) => writeLayers(w, t, state.layers));
  section(V1_TAGS.meta, (w) => {
    w.uint(LANGUAGES.indexOf(state.language));
    w.uint(state.presentation ? 1 : 0);
    w.uint(state.title === undefined ? 0 : t.ref(state.title) + 1);
  });
  const { check, surface, selected } = state;
  if (check)
    section(V1_TAGS.check, (w) => {
      writeProgram(w, t, check.program);
      writePlace(w, check.place);
    });
  if (surface) section(V1_TAGS.surface, (w) => writeProgram(w, t, surface.program));
  if (selected)
    section(V1_TAGS.selected, (w) => {
      w.uint(t.ref(selected.layerId));
      w.uint(t.ref(selected.featureId));
    });
  if (state.savedViews.length > 0)
    section(V1_TAGS.savedViews, (w) => {
      w.uint(state.savedViews.length);
      for (const v of state.savedViews) {
        w.uint(t.ref(v.name));
        writeCamera(w, v.camera);
        writeLayers(w, t, v.layers);
        if (v.program) {
          w.uint(1);
          writeProgram(w, t, v.program);
        } else w.uint(0);
      }
    });
  if (state.proposals.length > 0)
    section(V1_TAGS.proposals, (w) => writeProposals(w, t, state.proposals));
  const out = new ByteWriter();
  // The string table goes first: every other section refers to it.
  out.uint(V1_TAGS.strings);
  const st = new ByteWriter();
  st.uint(t.list.length);
  for (const s of t.list) st.string(s);
  const stBytes = st.toBytes();
  out.uint(stBytes.length);
  out.bytes(stBytes);
  for (const [tag, bytes] of sections) {
    out.uint(tag);
    out.uint(bytes.length);
    out.bytes(bytes);
  }
  return out.toBytes();
}

/**
 * Splits a body into its sections (the first of each tag wins).
 * @param body the body bytes
 * @returns the sections by tag, and whether the body was cut off (the sections before the cut are kept)
 */
export function splitSections(body: Uint8Array): {
  sections: Map<number, Uint8Array>;
  truncated: boolean;
  /** The tag of the section the body was cut in, when its tag could still be read. */
  cutTag?: number;
} {
  const sections = new Map<number, Uint8Array>();
  const r = new ByteReader(body);
  let tag: number | undefined;
  try {
    while (!r.done) {
      tag = undefined;
      tag = r.uint();
      const bytes = r.bytes(r.uint());
      if (!sections.has(tag)) sections.set(tag, bytes);
    }
  } catch {
    return tag === undefined
      ? { sections, truncated: true }
      : { sections, truncated: true, cutTag: tag };
  }
  return { sections, truncated: false };
}

/** The state part each section of format 1 holds (the string table serves them all). */
const V1_TAG_PARTS: Readonly<Record<number, StatePart>> = {
  [V1_TAGS.camera]: 'camera',
  [V1_TAGS.layers]: 'layers',
  [V1_TAGS.meta]: 'language',
  [V1_TAGS.check]: 'check',
  [V1_TAGS.surface]: 'surface',
  [V1_TAGS.selected]: 'selected',
  [V1_TAGS.savedViews]: 'savedViews',
  [V1_TAGS.proposals]: 'proposals',
};

/**
 * The problem of a body cut inside a section: names that section's part when it is known
 * (`extra` maps a later version's tags), else the link as a whole.
 * @param cutTag the tag of the cut section, from `splitSections`
 * @param extra parts of the tags a later version adds
 * @returns the problem, detail `truncated`
 */
export function truncationProblem(
  cutTag: number | undefined,
  extra: Readonly<Record<number, StatePart>> = {},
): Problem {
  const part =
    cutTag === undefined
      ? undefined
      : Object.hasOwn(extra, cutTag)
        ? extra[cutTag]
        : Object.hasOwn(V1_TAG_PARTS, cutTag)
          ? V1_TAG_PARTS[cutTag]
          : undefined;
  return { code: PART_INVALID, part: part ?? 'link', detail: 'truncated' };
}

/**
 * Reads a v1 body into a loose, unvalidated state-shaped object; sections
 * that fail to parse are left out and named. The caller validates the result
 * with `readSharedState`. Never throws.
 * @param body the inflated body
 * @returns the parts read and the problems met
 */
export function readV1(body: Uint8Array): { raw: Record<string, unknown>; problems: Problem[] } {
  const problems: Problem[] = [];
  const raw: Record<string, unknown> = {};
  const { sections, truncated, cutTag } = splitSections(body);
  if (truncated) problems.push(truncationProblem(cutTag));
  let strings: string[] = [];
  const stringBytes = sections.get(V1_TAGS.strings);
  if (stringBytes) {
    try {
      const sr = new ByteReader(stringBytes);
      const n = sr.uint();
      for (let i = 0; i < n; i++) strings.push(sr.string());
    } catch {
      strings = [];
      problems.push({ code: PART_INVALID, part: 'link', detail: 'strings' });
    }
  }
  const read = (tag: number, part: StatePart, fn: (r: ByteReader) => void): void => {
    const bytes = sections.get(tag);
    if (!bytes) return;
    try {
      fn(new ByteReader(bytes));
    } catch {
      problems.push({ code: PART_INVALID, part });
    }
  };
  read(V1_TAGS.camera, 'camera', (s) => (raw.camera = readCameraV1(s)));
  read(V1_TAGS.layers, 'layers', (s) => (raw.layers = readLayersV1(s, strings)));
  read(V1_TAGS.meta, 'language', (s) => {
    raw.language = LANGUAGES[s.uintMax(LANGUAGES.length - 1)];
    if (s.uintMax(1) === 1) raw.presentation = true;
    const title = s.uintMax(strings.length);
    if (title > 0) raw.title = strings[title - 1];
  });
  read(V1_TAGS.check, 'check', (s) => {
    const program = readProgramV1(s, strings);
    raw.check = { program, place: readPlaceV1(s) };
  });
  read(V1_TAGS.surface, 'surface', (s) => (raw.surface = { program: readProgramV1(s, strings) }));
  read(V1_TAGS.selected, 'selected', (s) => {
    raw.selected = { layerId: readRef(s, strings), featureId: readRef(s, strings) };
  });
  read(V1_TAGS.savedViews, 'savedViews', (s) => {
    const views: unknown[] = [];
    raw.savedViews = views;
    const n = s.uint();
    for (let i = 0; i < n; i++) {
      const name = readRef(s, strings);
      const camera = readCameraV1(s);
      const layers = readLayersV1(s, strings);
      const program = s.uintMax(1) === 1 ? readProgramV1(s, strings) : undefined;
      views.push(program ? { name, camera, layers, program } : { name, camera, layers });
    }
  });
  read(V1_TAGS.proposals, 'proposals', (s) => (raw.proposals = readProposals(s, strings)));
  return { raw, problems };
}
