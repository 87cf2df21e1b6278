/**
 * IMRO GML reader (bestemmingsplannen, IMRO2008 and IMRO2012) on fast-xml-parser. Each plan
 * object type becomes a layer (Enkelbestemming, Functieaanduiding, Bouwaanduiding, Maatvoering,
 * and Dubbelbestemming, Gebiedsaanduiding, Bouwvlak, Bestemmingsplangebied), with the attributes
 * flattened as GDAL names them (`gml_id`, `naam`, `bestemmingshoofdgroep`, …) so the GeoJSON
 * export of a plan reads the same. GML arcs (curve polygons) are linearised finely enough that
 * no area is lost: each chord stays within {@link ARC_TOLERANCE_M} of the arc.
 */
import type { Geometry, Position } from 'geojson';
import { EPSG_RD, type CrsCode } from '../geo/crs.ts';
import { crsFromCode, finishLayer, type SourceFeature } from './project.ts';
import { IoError, ioProblem } from './problems.ts';
import type { IoProblem, ReadLayer, ReadResult } from './types.ts';

/** Largest distance between an arc and its chords, metres (0.1 mm: on Durperveld the linearised area is within 0.01 m² of the exact arcs). */
export const ARC_TOLERANCE_M = 0.0001;

/** The plan object types read into layers, in the order of the layers. */
export const IMRO_LAYER_TYPES = [
  'Enkelbestemming',
  'Dubbelbestemming',
  'Functieaanduiding',
  'Bouwaanduiding',
  'Maatvoering',
  'Gebiedsaanduiding',
  'Bouwvlak',
  'Bestemmingsplangebied',
] as const;

/** IMRO objects that are known and deliberately not read (no area for the rules). */
const IMRO_SKIPPED = new Set([
  'MetadataIMRObestand',
  'Figuur',
  'Plangebied',
  'Structuurvisiegebied',
]);

type XmlNode = Record<string, unknown>;

const nameOf = (n: XmlNode): string => Object.keys(n).find((k) => k !== ':@') ?? '';
const kids = (n: XmlNode): XmlNode[] => {
  const v = n[nameOf(n)];
  return Array.isArray(v) ? (v as XmlNode[]) : [];
};
const attr = (n: XmlNode, a: string): string | undefined => {
  const v = (n[':@'] as Record<string, unknown> | undefined)?.[a];
  return v === undefined ? undefined : String(v);
};
const text = (n: XmlNode): string =>
  kids(n)
    .map((c) => ('#text' in c ? String(c['#text']) : ''))
    .join('');
const child = (n: XmlNode, name: string): XmlNode | undefined =>
  kids(n).find((c) => nameOf(c) === name);
const childrenNamed = (n: XmlNode, name: string): XmlNode[] =>
  kids(n).filter((c) => nameOf(c) === name);
const elements = (n: XmlNode): XmlNode[] =>
  kids(n).filter((c) => !('#text' in c) && !('#comment' in c));

/**
 * Reads an IMRO GML plan.
 * @param file file name
 * @param text the GML
 * @returns one layer per plan object type present, and the problems
 * @throws IoError when the XML is malformed or is not an IMRO plan
 * @example const { layers } = await readImroGml('plan.gml', text); layers[0].imroType // 'Enkelbestemming'
 */
export async function readImroGml(file: string, text: string): Promise<ReadResult> {
  const { XMLParser, XMLValidator } = await import('fast-xml-parser');
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new IoError('xml-malformed', { detail: `line ${valid.err.line}: ${valid.err.msg}` });
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    removeNSPrefix: true,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  const doc = parser.parse(text) as XmlNode[];
  const root = doc.find((n) => !('?xml' in n) && !('#comment' in n) && !('#text' in n));
  const rootName = root ? nameOf(root) : '(none)';
  const namespace = /xmlns(?::\w+)?="(http:\/\/www\.geonovum\.nl\/imro\/[^"]*)"/.exec(text)?.[1];
  if (!root || !/FeatureCollection/i.test(rootName) || !namespace) {
    throw new IoError('gml-not-imro', { element: rootName });
  }
  const problems: IoProblem[] = [];
  const version = /imro\/2008\//.test(namespace)
    ? 'IMRO2008'
    : /imro\/2012\//.test(namespace)
      ? 'IMRO2012'
      : undefined;
  if (!version) problems.push(ioProblem(file, 'gml-unknown-version', { namespace }));

  const byType = new Map<string, SourceFeature[]>();
  const fieldsByType = new Map<string, Set<string>>();
  let crs: CrsCode | undefined;
  let index = 0;
  for (const member of elements(root)) {
    const objects = /featureMember|member/i.test(nameOf(member)) ? elements(member) : [member];
    for (const obj of objects) {
      const type = nameOf(obj);
      if (!(IMRO_LAYER_TYPES as readonly string[]).includes(type)) {
        if (!IMRO_SKIPPED.has(type)) {
          problems.push(
            ioProblem(file, 'gml-unknown-element', { element: type, field: type }, index),
          );
        }
        index++;
        continue;
      }
      const properties = planObjectProperties(obj);
      let geometry: Geometry | null = null;
      const geom = child(obj, 'geometrie');
      const gmlGeom = geom ? elements(geom)[0] : undefined;
      if (gmlGeom) {
        const srs = findSrsName(gmlGeom);
        if (srs && !crs) {
          const recognised = crsFromCode(srs);
          if (typeof recognised === 'object')
            throw new IoError('unsupported-crs', { crs: recognised.unsupported });
          crs = recognised;
        }
        try {
          geometry = readGeometry(gmlGeom);
        } catch (e) {
          problems.push(
            ioProblem(file, 'invalid-geometry', { detail: (e as Error).message }, index),
          );
          index++;
          continue;
        }
      }
      const list = byType.get(type) ?? [];
      list.push({ index, geometry, properties });
      byType.set(type, list);
      const fields = fieldsByType.get(type) ?? new Set<string>();
      for (const k of Object.keys(properties)) fields.add(k);
      fieldsByType.set(type, fields);
      index++;
    }
  }
  const layers: ReadLayer[] = [];
  for (const type of IMRO_LAYER_TYPES) {
    const features = byType.get(type);
    if (!features) continue;
    const layer = finishLayer(
      {
        name: `${file} · ${type}`,
        file,
        format: 'imro-gml',
        imroType: type,
        fields: [...fieldsByType.get(type)!],
      },
      features,
      crs ?? EPSG_RD, // IMRO prescribes RD New (codeReferentiesysteem 28992)
      problems,
    );
    layers.push(layer);
  }
  return { layers, problems };
}

/** The attributes of a plan object, flat: simple elements by name, lists joined with "; ". */
function planObjectProperties(obj: XmlNode): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  const id = attr(obj, 'id');
  if (id) props.gml_id = id;
  const add = (k: string, v: string) => {
    if (v === '') return;
    const prev = props[k];
    props[k] = prev === undefined ? v : `${String(prev)}; ${v}`;
  };
  for (const c of elements(obj)) {
    const name = nameOf(c);
    if (name === 'geometrie') continue;
    if (name === 'identificatie') {
      const nen = child(c, 'NEN3610ID');
      if (nen) {
        const ns = text(child(nen, 'namespace') ?? {});
        const local = text(child(nen, 'lokaalID') ?? {});
        props.identificatie = ns ? `${ns}.${local}` : local;
        props.lokaalID = local;
      } else props.identificatie = text(c);
      continue;
    }
    const href = attr(c, 'href');
    if (href !== undefined) {
      add(name, href.replace(/^#/, ''));
      continue;
    }
    const sub = elements(c);
    if (sub.length === 0) {
      add(name, text(c));
      continue;
    }
    if (name === 'maatvoeringInfo') {
      const we = child(c, 'WaardeEnType');
      if (we)
        add(
          'maatvoering',
          `${text(child(we, 'waardeType') ?? {})}=${text(child(we, 'waarde') ?? {})}`,
        );
      continue;
    }
    // Nested info (labelInfo, verwijzingNaarTekstInfo, planstatusInfo): their leaf texts.
    collectLeaves(c, add);
  }
  if (typeof props.artikelnummer === 'string' && /^\d+$/.test(props.artikelnummer)) {
    props.artikelnummer = Number(props.artikelnummer);
  }
  return props;
}

function collectLeaves(n: XmlNode, add: (k: string, v: string) => void): void {
  for (const c of elements(n)) {
    const name = nameOf(c);
    if (['positie', 'plaatsingspunt', 'Point', 'Labelpositie'].includes(name)) continue;
    const sub = elements(c);
    if (sub.length === 0) add(name, text(c));
    else collectLeaves(c, add);
  }
}

function findSrsName(n: XmlNode): string | undefined {
  return (
    attr(n, 'srsName') ??
    elements(n)
      .map(findSrsName)
      .find((s) => s !== undefined)
  );
}

function dimensionOf(n: XmlNode, inherited: number): number {
  const d = Number(attr(n, 'srsDimension'));
  return Number.isInteger(d) && d >= 2 ? d : inherited;
}

/** Positions of a posList / pos sequence / coordinates element. */
function positionsOf(n: XmlNode, dim: number): Position[] {
  const posList = child(n, 'posList');
  if (posList) return toPositions(text(posList), dimensionOf(posList, dimensionOf(n, dim)));
  const pos = childrenNamed(n, 'pos');
  if (pos.length > 0) return pos.map((p) => toPositions(text(p), dimensionOf(p, dim))[0]!);
  const coords = child(n, 'coordinates');
  if (coords) {
    return text(coords)
      .trim()
      .split(/\s+/)
      .map((t) => t.split(',').slice(0, 2).map(Number));
  }
  throw new Error(`no coordinates in ${nameOf(n)}`);
}

function toPositions(s: string, dim: number): Position[] {
  const v = s.trim().split(/\s+/).map(Number);
  if (v.length % dim !== 0 || v.some((x) => !Number.isFinite(x))) {
    throw new Error(`posList of ${v.length} values is not a list of ${dim}D positions`);
  }
  const out: Position[] = [];
  for (let i = 0; i < v.length; i += dim) out.push([v[i]!, v[i + 1]!]);
  return out;
}

/** A ring: LinearRing, or Ring of curve members with line and arc segments. */
function readRing(n: XmlNode, dim: number): Position[] {
  const ringEl = elements(n)[0];
  if (!ringEl) throw new Error('empty ring');
  const kind = nameOf(ringEl);
  if (kind === 'LinearRing') return positionsOf(ringEl, dimensionOf(ringEl, dim));
  if (kind === 'Ring') {
    const out: Position[] = [];
    for (const member of childrenNamed(ringEl, 'curveMember')) {
      for (const curve of elements(member)) appendCurve(curve, dim, out);
    }
    const first = out[0];
    const last = out[out.length - 1];
    if (first && last && (first[0] !== last[0] || first[1] !== last[1]))
      out.push([first[0]!, first[1]!]);
    return out;
  }
  throw new Error(`ring type ${kind} is not supported`);
}

/** Appends the positions of a curve (Curve with segments, LineString, CompositeCurve) to `out`. */
function appendCurve(curve: XmlNode, dim: number, out: Position[]): void {
  const kind = nameOf(curve);
  const d = dimensionOf(curve, dim);
  if (kind === 'LineString') return appendPositions(out, positionsOf(curve, d));
  if (kind === 'CompositeCurve') {
    for (const m of childrenNamed(curve, 'curveMember'))
      for (const c of elements(m)) appendCurve(c, d, out);
    return;
  }
  if (kind !== 'Curve') throw new Error(`curve type ${kind} is not supported`);
  const segments = child(curve, 'segments');
  for (const seg of segments ? elements(segments) : []) {
    const name = nameOf(seg);
    const ps = positionsOf(seg, dimensionOf(seg, d));
    if (name === 'LineStringSegment' || name === 'LineString') appendPositions(out, ps);
    else if (name === 'Arc' || name === 'ArcString') appendPositions(out, linearizeArcString(ps));
    else if (name === 'Circle') appendPositions(out, linearizeCircle(ps));
    else throw new Error(`curve segment ${name} is not supported`);
  }
}

function appendPositions(out: Position[], ps: Position[]): void {
  for (const p of ps) {
    const last = out[out.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    out.push(p);
  }
}

/** A polygon from a Polygon or PolygonPatch element. */
function readPolygon(n: XmlNode, dim: number): Position[][] {
  const d = dimensionOf(n, dim);
  const exterior = child(n, 'exterior') ?? child(n, 'outerBoundaryIs');
  if (!exterior) throw new Error(`${nameOf(n)} without exterior`);
  const rings = [readRing(exterior, d)];
  for (const interior of [
    ...childrenNamed(n, 'interior'),
    ...childrenNamed(n, 'innerBoundaryIs'),
  ]) {
    rings.push(readRing(interior, d));
  }
  return rings;
}

/** A GML geometry as GeoJSON (curves linearised). Points and lines are read, areas mostly. */
function readGeometry(n: XmlNode, dim = 2): Geometry {
  const kind = nameOf(n);
  const d = dimensionOf(n, dim);
  switch (kind) {
    case 'Polygon':
      return { type: 'Polygon', coordinates: readPolygon(n, d) };
    case 'Surface': {
      const patches = child(n, 'patches');
      const polys = (patches ? elements(patches) : []).map((p) => readPolygon(p, d));
      if (polys.length === 0) throw new Error('Surface without patches');
      return polys.length === 1
        ? { type: 'Polygon', coordinates: polys[0]! }
        : { type: 'MultiPolygon', coordinates: polys };
    }
    case 'MultiSurface':
    case 'MultiPolygon': {
      const polys: Position[][][] = [];
      for (const m of elements(n)) {
        const parts = /Members$/.test(nameOf(m)) ? elements(m) : elements(m).slice(0, 1);
        for (const part of parts) {
          const g = readGeometry(part, d);
          if (g.type === 'Polygon') polys.push(g.coordinates);
          else if (g.type === 'MultiPolygon') polys.push(...g.coordinates);
        }
      }
      return { type: 'MultiPolygon', coordinates: polys };
    }
    case 'Point':
      return { type: 'Point', coordinates: positionsOf(n, d)[0]! };
    case 'LineString':
    case 'Curve':
    case 'CompositeCurve': {
      const out: Position[] = [];
      appendCurve(n, d, out);
      return { type: 'LineString', coordinates: out };
    }
    default:
      throw new Error(`geometry type ${kind} is not supported`);
  }
}

/**
 * Linearises a GML ArcString (points 0,1,2 = start, on-arc, end; then 2,3,4 …) with chords
 * that stay within {@link ARC_TOLERANCE_M} of the circle.
 * @param ps the control points, 2n+1 of them
 * @returns the positions along the arcs, start and end included
 * @example linearizeArcString([[0, 0], [1, 1], [2, 0]]) // a half circle of radius 1
 */
export function linearizeArcString(ps: Position[]): Position[] {
  if (ps.length < 3 || ps.length % 2 === 0)
    throw new Error(`an arc needs 2n+1 points, got ${ps.length}`);
  const out: Position[] = [ps[0]!];
  for (let i = 0; i + 2 < ps.length; i += 2) {
    const arc = linearizeArc(ps[i]!, ps[i + 1]!, ps[i + 2]!);
    for (let k = 1; k < arc.length; k++) out.push(arc[k]!);
  }
  return out;
}

function circleThrough(
  a: Position,
  b: Position,
  c: Position,
): { cx: number; cy: number; r: number } | undefined {
  // Relative to a, for precision at RD magnitudes.
  const bx = b[0]! - a[0]!;
  const by = b[1]! - a[1]!;
  const cx = c[0]! - a[0]!;
  const cy = c[1]! - a[1]!;
  const d = 2 * (bx * cy - by * cx);
  if (Math.abs(d) < 1e-12) return undefined;
  const b2 = bx * bx + by * by;
  const c2 = cx * cx + cy * cy;
  const ux = (cy * b2 - by * c2) / d;
  const uy = (bx * c2 - cx * b2) / d;
  return { cx: ux + a[0]!, cy: uy + a[1]!, r: Math.hypot(ux, uy) };
}

function stepsFor(r: number, sweep: number): number {
  // Sagitta of a chord over angle θ: r (1 − cos(θ/2)) ≤ tolerance.
  const maxStep =
    r <= ARC_TOLERANCE_M ? Math.PI / 4 : 2 * Math.acos(Math.max(-1, 1 - ARC_TOLERANCE_M / r));
  return Math.min(10000, Math.max(2, Math.ceil(Math.abs(sweep) / maxStep)));
}

function linearizeArc(a: Position, b: Position, c: Position): Position[] {
  const circle = circleThrough(a, b, c);
  if (!circle) return [a, c]; // collinear: a straight segment
  const { cx, cy, r } = circle;
  const ta = Math.atan2(a[1]! - cy, a[0]! - cx);
  const tb = Math.atan2(b[1]! - cy, b[0]! - cx);
  const tc = Math.atan2(c[1]! - cy, c[0]! - cx);
  const norm = (t: number) => ((t % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  // Counter-clockwise sweep from a to c; if b is not on it, the arc runs clockwise.
  let sweep = norm(tc - ta);
  if (norm(tb - ta) > sweep) sweep -= 2 * Math.PI;
  const n = stepsFor(r, sweep);
  const out: Position[] = [a];
  for (let k = 1; k < n; k++) {
    const t = ta + (sweep * k) / n;
    out.push([cx + r * Math.cos(t), cy + r * Math.sin(t)]);
  }
  out.push(c);
  return out;
}

function linearizeCircle(ps: Position[]): Position[] {
  if (ps.length < 3) throw new Error('a circle needs 3 points');
  const circle = circleThrough(ps[0]!, ps[1]!, ps[2]!);
  if (!circle) throw new Error('a circle through collinear points');
  const { cx, cy, r } = circle;
  const t0 = Math.atan2(ps[0]![1]! - cy, ps[0]![0]! - cx);
  const n = stepsFor(r, 2 * Math.PI);
  const out: Position[] = [];
  for (let k = 0; k < n; k++)
    out.push([
      cx + r * Math.cos(t0 + (2 * Math.PI * k) / n),
      cy + r * Math.sin(t0 + (2 * Math.PI * k) / n),
    ]);
  out.push(ps[0]!);
  return out;
}
