/**
 * Deterministic generator of Voorbeeldstad, the fictional Dutch demo city.
 *
 * The city is planned on an orthogonal street grid in local plan metres
 * (u east, v north) per district and warped so that east–west streets bend
 * along the canal. The warp vanishes at the district edges, so districts tile
 * without gaps (the city-scale set is 4 × 3 districts). Everything is built in
 * RD New metres (EPSG:28992) and projected to WGS84 only for output.
 *
 * Pure: no fs, no clock, no Math.random; a seed gives byte-identical output.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { mapGeometry, toWgs84 } from '../geo/crs.ts';
import {
  MILIEUCATEGORIEEN,
  type FunctiemengingClass,
  type IbisType,
  type Milieucategorie,
  type ZoneStatus,
  type ZoneType,
} from '../domain/domain.ts';
import activitiesData from '../rules/data/activities.json';
import {
  BUURT_STEMS,
  BUURT_SUFFIXES,
  DISTRICT_NAMES,
  FIRM_SUFFIXES,
  MAIN_ROAD_NAMES,
  STREET_STEMS,
  STREET_SUFFIXES,
  SURNAMES,
} from './names.ts';
import { createRandom, type Random } from './random.ts';

/** What to generate. */
export interface CityOptions {
  seed: number;
  /** `demo`: one district, committed under geodata/; `city`: 4 × 3 districts for benchmarks. */
  scale: 'demo' | 'city';
}

/** Seed of the committed demo files. */
export const DEMO_SEED = 20260101;

/** Layer ids the generator fills, as in layers/*.layer.ts. */
export const GENERATED_LAYER_IDS = [
  'bedrijventerreinen',
  'woonwerkzones',
  'productieve-wijken',
  'bedrijven',
  'woningen',
  'buurten',
  'base-water',
  'base-bebouwing',
  'base-wegen',
  'base-spoor',
] as const;
export type GeneratedLayerId = (typeof GENERATED_LAYER_IDS)[number];

/** Centre of Voorbeeldstad in RD metres: farmland in Flevoland, inside the Netherlands. */
export const CITY_CENTRE_RD: readonly [number, number] = [168000, 493000];

/** Half width and half height of one district, metres (a district is 6 × 5 km). */
const HALF_W = 3000;
const HALF_H = 2500;
/** Vertex spacing along bent (east–west) edges, metres. */
const DENSIFY_M = 100;
/** Half width of the canal, metres. */
const CANAL_HALF_M = 25;

interface ScaleParams {
  cols: number;
  rows: number;
  businesses: number;
  dwellings: number;
  /** Buurten grid over the whole city; null = the hand-made demo partition. */
  buurtGrid: [number, number] | null;
}

const SCALES: Record<CityOptions['scale'], ScaleParams> = {
  demo: { cols: 1, rows: 1, businesses: 150, dwellings: 4200, buurtGrid: null },
  city: { cols: 4, rows: 3, businesses: 2000, dwellings: 150000, buurtGrid: [10, 10] },
};

// ---------------------------------------------------------------------------
// Activities

interface Activity {
  sbi: string;
  nl: string;
  milieucategorie: Milieucategorie;
  functiemenging?: FunctiemengingClass;
}

const ACTIVITIES: readonly Activity[] = activitiesData.activities.map((a) => ({
  sbi: a.sbi,
  nl: a.nl,
  milieucategorie: a.milieucategorie as Milieucategorie,
  ...('functiemenging' in a && a.functiemenging
    ? { functiemenging: a.functiemenging as FunctiemengingClass }
    : {}),
}));

const catIndex = (c: Milieucategorie): number => MILIEUCATEGORIEEN.indexOf(c);
const CAT_3_2 = catIndex('3.2');
const CAT_4_1 = catIndex('4.1');
const CAT_5_1 = catIndex('5.1');
const FM_ORDER = ['A', 'B', 'C'];

/** Plausible plot size (m²) of an activity; heavier and traffic-bound firms need more land. */
function sizeRangeM2(a: Activity): [number, number] {
  const c = catIndex(a.milieucategorie);
  if (c >= CAT_5_1) return [6000, 20000];
  if (c >= CAT_4_1) return [2500, 20000];
  if (c === CAT_3_2) return [1500, 15000];
  if (a.functiemenging === 'A') return [300, 1500];
  if (a.functiemenging === 'B') return [300, 3000];
  return [800, 10000];
}

// ---------------------------------------------------------------------------
// District plan (local u/v metres, centre 0/0)

interface ZoneTemplate {
  key: string;
  name: string;
  zoneType: ZoneType;
  status: ZoneStatus;
  max: Milieucategorie;
  functiemenging?: FunctiemengingClass;
  ibisType?: IbisType;
  /** Part of the harbour park: the only place for categories 4.1 and heavier. */
  harbour?: boolean;
  /** Harbour buffer next to homes: prefer 3.2–4.2. */
  buffer?: boolean;
  rect: [number, number, number, number];
}

const U_RAIL = -1400;
const RING = { u: 1000, v: 900 };
const BASIN: [number, number, number, number] = [2200, -900, 2700, -CANAL_HALF_M];
const PARK: [number, number, number, number] = [1000, 900, 1600, 1400];
const U_ANCHORS = [
  -3000, -2200, -1800, -1400, -1000, -500, 0, 500, 1000, 1600, 2000, 2200, 2700, 3000,
];
const V_ANCHORS = [
  -2500,
  -2000,
  -1400,
  -900,
  -400,
  -CANAL_HALF_M,
  CANAL_HALF_M,
  400,
  900,
  1400,
  2000,
  2500,
];
const MAIN_U: Record<number, string> = {
  [-2200]: MAIN_ROAD_NAMES.west,
  0: MAIN_ROAD_NAMES.axis,
  1600: MAIN_ROAD_NAMES.harbour,
};
const MAIN_V: Record<number, string> = {
  [-1400]: MAIN_ROAD_NAMES.south,
  1400: MAIN_ROAD_NAMES.north,
  [-CANAL_HALF_M]: MAIN_ROAD_NAMES.quaySouth,
  [CANAL_HALF_M]: MAIN_ROAD_NAMES.quayNorth,
};

const BT = 'bedrijventerrein' as const;
const WWZ = 'woonwerkzone' as const;
const PW = 'productieve-wijk' as const;

/** The 25 zones of a district: 7 business parks, 11 woon-werkzones, 7 productive districts. */
const ZONES: readonly ZoneTemplate[] = [
  {
    key: 'BT01',
    name: 'Havenkwartier-West',
    zoneType: BT,
    status: 'bestaand',
    max: '4.2',
    ibisType: 'zeehaventerrein',
    harbour: true,
    buffer: true,
    rect: [1600, -1400, 2000, -25],
  },
  {
    key: 'BT02',
    name: 'Havenkwartier-Oost',
    zoneType: BT,
    status: 'bestaand',
    max: '6',
    ibisType: 'zeehaventerrein',
    harbour: true,
    rect: [2000, -1400, 3000, -25],
  },
  {
    key: 'BT03',
    name: 'Haven-Zuid',
    zoneType: BT,
    status: 'bestaand',
    max: '5.2',
    ibisType: 'zeehaventerrein',
    harbour: true,
    rect: [1600, -2000, 3000, -1400],
  },
  {
    key: 'BT04',
    name: 'De Vaart',
    zoneType: BT,
    status: 'bestaand',
    max: '3.2',
    ibisType: 'bedrijventerrein',
    rect: [-3000, 900, -2200, 2000],
  },
  {
    key: 'BT05',
    name: 'Kanaalzone-West',
    zoneType: BT,
    status: 'bestaand',
    max: '3.1',
    ibisType: 'economische zone',
    rect: [-3000, -900, -2200, -25],
  },
  {
    key: 'BT06',
    name: 'Oosterpoort',
    zoneType: BT,
    status: 'bestaand',
    max: '3.2',
    ibisType: 'bedrijventerrein',
    rect: [2000, 900, 3000, 2000],
  },
  {
    key: 'BT07',
    name: 'Zuidrand',
    zoneType: BT,
    status: 'gepland',
    max: '3.2',
    ibisType: 'bedrijventerrein',
    rect: [-1000, -2500, 1000, -2000],
  },
  {
    key: 'WWZ01',
    name: 'Noordkade-West',
    zoneType: WWZ,
    status: 'bestaand',
    max: '2',
    functiemenging: 'A',
    rect: [-1000, 25, -500, 400],
  },
  {
    key: 'WWZ02',
    name: 'Zuidkade-West',
    zoneType: WWZ,
    status: 'bestaand',
    max: '2',
    functiemenging: 'B',
    rect: [-1000, -400, -500, -25],
  },
  {
    key: 'WWZ03',
    name: 'Kanaalkwartier',
    zoneType: WWZ,
    status: 'bestaand',
    max: '2',
    functiemenging: 'A',
    rect: [-500, 25, 0, 400],
  },
  {
    key: 'WWZ04',
    name: 'Havenstraat',
    zoneType: WWZ,
    status: 'bestaand',
    max: '2',
    functiemenging: 'B',
    rect: [0, 25, 500, 400],
  },
  {
    key: 'WWZ05',
    name: 'Zuidkade',
    zoneType: WWZ,
    status: 'bestaand',
    max: '2',
    functiemenging: 'A',
    rect: [-500, -400, 0, -25],
  },
  {
    key: 'WWZ06',
    name: 'Oude Markt',
    zoneType: WWZ,
    status: 'bestaand',
    max: '2',
    functiemenging: 'B',
    rect: [0, -400, 500, -25],
  },
  {
    key: 'WWZ07',
    name: 'Marktkwartier',
    zoneType: WWZ,
    status: 'bestaand',
    max: '2',
    functiemenging: 'B',
    rect: [500, 25, 1000, 400],
  },
  {
    key: 'WWZ08',
    name: 'Lijnbaan',
    zoneType: WWZ,
    status: 'bestaand',
    max: '3.1',
    functiemenging: 'B',
    rect: [500, -400, 1000, -25],
  },
  {
    key: 'WWZ09',
    name: 'Stationskwartier',
    zoneType: WWZ,
    status: 'bestaand',
    max: '3.1',
    functiemenging: 'B',
    rect: [-1000, 400, -500, 900],
  },
  {
    key: 'WWZ10',
    name: 'Ambachtsbuurt',
    zoneType: WWZ,
    status: 'bestaand',
    max: '3.1',
    functiemenging: 'B',
    rect: [-1000, -900, -500, -400],
  },
  {
    key: 'WWZ11',
    name: 'Poortwijk',
    zoneType: WWZ,
    status: 'gepland',
    max: '2',
    functiemenging: 'B',
    rect: [500, -900, 1000, -400],
  },
  {
    key: 'PW01',
    name: 'Spoorzone-Noord',
    zoneType: PW,
    status: 'bestaand',
    max: '3.2',
    functiemenging: 'C',
    rect: [-1800, 1400, -1000, 2000],
  },
  {
    key: 'PW02',
    name: 'Spoorhaven',
    zoneType: PW,
    status: 'bestaand',
    max: '3.1',
    functiemenging: 'C',
    rect: [-1800, 900, -1000, 1400],
  },
  {
    key: 'PW03',
    name: 'Stationsgebied-Noord',
    zoneType: PW,
    status: 'bestaand',
    max: '3.1',
    functiemenging: 'B',
    rect: [-1800, 25, -1000, 900],
  },
  {
    key: 'PW04',
    name: 'Stationsgebied-Zuid',
    zoneType: PW,
    status: 'bestaand',
    max: '3.1',
    functiemenging: 'B',
    rect: [-1800, -900, -1000, -25],
  },
  {
    key: 'PW05',
    name: 'Maakkwartier',
    zoneType: PW,
    status: 'bestaand',
    max: '3.2',
    functiemenging: 'C',
    rect: [-1800, -1400, -1000, -900],
  },
  {
    key: 'PW06',
    name: 'Spoorzone-Zuid',
    zoneType: PW,
    status: 'gepland',
    max: '3.2',
    functiemenging: 'C',
    rect: [-1800, -2000, -1000, -1400],
  },
  {
    key: 'PW07',
    name: 'Werkhaven',
    zoneType: PW,
    status: 'bestaand',
    max: '3.1',
    functiemenging: 'C',
    rect: [1000, -900, 1600, -25],
  },
];

/** The hand-made demo buurten: a partition of the district along the ring, canal and rail. */
const DEMO_BUURTEN: readonly { name: string; rect: [number, number, number, number] }[] = [
  { name: 'Binnenstad-Noordwest', rect: [-1000, 0, 0, 900] },
  { name: 'Binnenstad-Noordoost', rect: [0, 0, 1000, 900] },
  { name: 'Binnenstad-Zuidwest', rect: [-1000, -900, 0, 0] },
  { name: 'Oude Haven', rect: [0, -900, 1000, 0] },
  { name: 'Westerpolder', rect: [-3000, -2500, -1000, -900] },
  { name: 'Spoorwijk-Zuid', rect: [-3000, -900, -1000, 0] },
  { name: 'Spoorwijk-Noord', rect: [-3000, 0, -1000, 900] },
  { name: 'De Vaart', rect: [-3000, 900, -1000, 2500] },
  { name: 'Haven-Zuid', rect: [1000, -2500, 3000, -900] },
  { name: 'Havenkwartier', rect: [1000, -900, 3000, 0] },
  { name: 'Oosterpark', rect: [1000, 0, 3000, 900] },
  { name: 'Oosterpoort', rect: [1000, 900, 3000, 2500] },
  { name: 'Noorderhout', rect: [-1000, 900, 0, 2500] },
  { name: 'Molenwijk', rect: [0, 900, 1000, 2500] },
  { name: 'Zuiderveld', rect: [-1000, -2500, 0, -900] },
  { name: 'Lindenhof', rect: [0, -2500, 1000, -900] },
];

// ---------------------------------------------------------------------------
// Geometry helpers

interface District {
  index: number;
  /** District centre in RD metres. */
  ox: number;
  oy: number;
  /** Amplitude of the canal bend, metres. */
  bendM: number;
  /** Amplitude of the sideways sweep of north–south streets, metres. */
  sweepM: number;
  name: string;
  /** Prefix for ids and names; empty in the demo. */
  idPrefix: string;
  nameSuffix: string;
}

/** Maps local plan metres to RD: x = u, y = v plus a canal bend that fades to 0 at the district edge. */
function toRdXY(d: District, u: number, v: number): Position {
  const bend = d.bendM * Math.sin((Math.PI * (u + HALF_W)) / HALF_W);
  const fadeV = Math.abs(v) >= HALF_H ? 0 : (1 + Math.cos((Math.PI * v) / HALF_H)) / 2;
  // A gentle sideways sweep of the north–south streets, also zero at the district edge.
  const sweep = d.sweepM * Math.sin((Math.PI * (v + HALF_H)) / (2 * HALF_H));
  const fadeU = Math.abs(u) >= HALF_W ? 0 : (1 + Math.cos((Math.PI * u) / HALF_W)) / 2;
  return [round2(d.ox + u + sweep * fadeU), round2(d.oy + v + bend * fadeV)];
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Samples along an edge from `u0` to `u1`: both ends plus every multiple of DENSIFY_M between. */
function edgeSamples(u0: number, u1: number): number[] {
  const out = [u0];
  const lo = Math.min(u0, u1);
  const hi = Math.max(u0, u1);
  const inner: number[] = [];
  for (let s = Math.floor(lo / DENSIFY_M) * DENSIFY_M + DENSIFY_M; s < hi; s += DENSIFY_M) {
    if (s > lo) inner.push(s);
  }
  if (u1 < u0) inner.reverse();
  out.push(...inner, u1);
  return out;
}

type Rect = [number, number, number, number];

/** A plan rectangle as a closed RD ring (counter-clockwise), edges densified (the warp bends them). */
function rectRing(map: (u: number, v: number) => Position, r: Rect): Position[] {
  const [u0, v0, u1, v1] = r;
  const ring: Position[] = [];
  for (const u of edgeSamples(u0, u1).slice(0, -1)) ring.push(map(u, v0));
  for (const v of edgeSamples(v0, v1).slice(0, -1)) ring.push(map(u1, v));
  for (const u of edgeSamples(u1, u0).slice(0, -1)) ring.push(map(u, v1));
  for (const v of edgeSamples(v1, v0).slice(0, -1)) ring.push(map(u0, v));
  ring.push(ring[0]!);
  return ring;
}

const inRect = (r: Rect, u: number, v: number): boolean =>
  u >= r[0] && u <= r[2] && v >= r[1] && v <= r[3];

/** Grid lines: the anchors plus evenly spread, jittered lines between them. */
function buildLines(anchors: readonly number[], spacing: (mid: number) => number, rnd: Random) {
  const lines: number[] = [];
  for (let k = 0; k < anchors.length - 1; k++) {
    const a = anchors[k]!;
    const b = anchors[k + 1]!;
    lines.push(a);
    if (b - a <= 2 * CANAL_HALF_M) continue;
    const n = Math.max(1, Math.round((b - a) / spacing((a + b) / 2)));
    const step = (b - a) / n;
    for (let i = 1; i < n; i++)
      lines.push(Math.round(a + i * step + (rnd.next() - 0.5) * 0.2 * step));
  }
  lines.push(anchors[anchors.length - 1]!);
  return lines;
}

function feature(properties: Record<string, unknown>, geometry: Geometry): Feature {
  return { type: 'Feature', properties, geometry };
}

// ---------------------------------------------------------------------------
// Generation

type CellUse = 'canal' | 'basin' | 'park' | 'open' | 'residential' | 'zone';

interface Cell {
  i: number;
  j: number;
  rect: Rect;
  use: CellUse;
  zone: ZoneTemplate | undefined;
  /** For productive districts: true when the block is business land, false when homes. */
  isWork: boolean;
  /** The block continues into the cell east of this one (no street between). */
  mergeEast: boolean;
  /** This cell is the eastern half of a merged block. */
  merged: boolean;
}

interface Slot {
  xy: Position;
  address: string;
  cell: Cell;
}

interface Plot {
  rect: Rect;
  ring: Position[];
  areaM2: number;
  zone: ZoneTemplate;
  district: District;
}

interface Output {
  zones: Feature[];
  bedrijven: Feature[];
  woningen: Feature[];
  water: Feature[];
  bebouwing: Feature[];
  wegen: Feature[];
  spoor: Feature[];
}

const isBuilt = (c: Cell | undefined): boolean =>
  c !== undefined && (c.use === 'residential' || c.use === 'zone');

/** Builds one district and appends its features to `out`; returns the dwelling slots and plots. */
function buildDistrict(d: District, rnd: Random, dwellingTarget: number, out: Output) {
  const map = (u: number, v: number): Position => toRdXY(d, u, v);
  const uLines = buildLines(
    U_ANCHORS,
    (m) => (Math.abs(m) < 1000 ? 80 : m > 1600 || m < -2200 ? 190 : 130),
    rnd,
  );
  const vLines = buildLines(
    V_ANCHORS,
    (m) => (Math.abs(m) < 900 ? 80 : Math.abs(m) > 2000 ? 170 : 130),
    rnd,
  );
  const nu = uLines.length - 1;
  const nv = vLines.length - 1;

  // Cells and their use.
  const cells: Cell[] = [];
  for (let j = 0; j < nv; j++) {
    for (let i = 0; i < nu; i++) {
      const rect: Rect = [uLines[i]!, vLines[j]!, uLines[i + 1]!, vLines[j + 1]!];
      const uc = (rect[0] + rect[2]) / 2;
      const vc = (rect[1] + rect[3]) / 2;
      const zone = ZONES.find((z) => inRect(z.rect, uc, vc));
      let use: CellUse;
      if (Math.abs(vc) < CANAL_HALF_M) use = 'canal';
      else if (inRect(BASIN, uc, vc)) use = 'basin';
      else if (zone) use = zone.status === 'gepland' && zone.zoneType === BT ? 'open' : 'zone';
      else if (inRect(PARK, uc, vc) || rnd.chance(0.06)) use = 'park';
      else if ((uc / 3000) ** 2 + (vc / 2500) ** 2 > 0.8 + 0.15 * rnd.next()) use = 'open';
      else use = 'residential';
      const isWork = zone?.zoneType === PW && zone.status === 'bestaand' && rnd.chance(0.5);
      cells.push({
        i,
        j,
        rect,
        use,
        zone: use === 'zone' ? zone : undefined,
        isWork,
        mergeEast: false,
        merged: false,
      });
    }
  }
  const cellAt = (i: number, j: number): Cell | undefined =>
    i < 0 || j < 0 || i >= nu || j >= nv ? undefined : cells[j * nu + i];
  // Superblocks: outside the old town some neighbouring cells share one block, so the grid is less even.
  for (const cell of cells) {
    const east = cellAt(cell.i + 1, cell.j);
    const u = uLines[cell.i + 1]!;
    const [u0, v0, u1, v1] = cell.rect;
    const inOldTown = Math.abs(u0 + u1) / 2 < RING.u + 100 && Math.abs(v0 + v1) / 2 < RING.v + 100;
    if (
      !east ||
      cell.merged ||
      inOldTown ||
      MAIN_U[u] !== undefined ||
      u === U_RAIL ||
      U_ANCHORS.includes(u)
    )
      continue;
    const sameLand =
      (cell.use === 'residential' && east.use === 'residential') ||
      (cell.use === 'zone' &&
        east.use === 'zone' &&
        cell.zone === east.zone &&
        cell.isWork === east.isWork);
    if (sameLand && rnd.chance(0.3)) {
      cell.mergeEast = true;
      east.merged = true;
    }
  }

  // Street names: a name per run of kept segments on a grid line.
  const stemOrder = rnd.shuffle(STREET_STEMS);
  let nameCounter = 0;
  const nextStreetName = (): string => {
    const stem = stemOrder[nameCounter % stemOrder.length]!;
    const suffix =
      STREET_SUFFIXES[Math.floor(nameCounter / stemOrder.length) % STREET_SUFFIXES.length]!;
    nameCounter++;
    return stem + suffix;
  };

  type RoadClass = 'ring' | 'hoofdweg' | 'straat';
  const halfWidth = (c: RoadClass | 'rail'): number =>
    c === 'rail' ? 14 : c === 'ring' ? 11 : c === 'hoofdweg' ? 8 : 5;
  // uSeg[i][j]: the road on u-line i between v-lines j and j+1; vSeg[j][i] likewise.
  interface Seg {
    cls: RoadClass | 'rail';
    name: string;
  }
  const uSeg: Seg[][] = [];
  const vSeg: Seg[][] = [];

  const emitRuns = (
    count: number,
    segInfo: (k: number) => { keep: boolean; cls: RoadClass | 'rail'; fixedName?: string },
    coords: (k0: number, k1: number) => Position[],
  ): Seg[] => {
    const segs: Seg[] = [];
    let runStart = -1;
    let runCls: RoadClass | 'rail' = 'straat';
    let runName = '';
    const flush = (end: number): void => {
      if (runStart >= 0 && runCls !== 'rail' && runCls !== 'ring') {
        out.wegen.push(
          feature(
            { name: runName, class: runCls },
            { type: 'LineString', coordinates: coords(runStart, end) },
          ),
        );
      }
      runStart = -1;
    };
    for (let k = 0; k < count; k++) {
      const info = segInfo(k);
      if (!info.keep) {
        flush(k);
        segs.push({ cls: info.cls, name: '' });
        continue;
      }
      if (runStart >= 0 && info.cls !== runCls) flush(k);
      if (runStart < 0) {
        runStart = k;
        runCls = info.cls;
        runName = info.fixedName ?? nextStreetName();
      }
      segs.push({ cls: info.cls, name: runName });
    }
    flush(count);
    return segs;
  };

  for (let i = 0; i <= nu; i++) {
    const u = uLines[i]!;
    const mainName = MAIN_U[u];
    uSeg.push(
      emitRuns(
        nv,
        (j) => {
          const v0 = vLines[j]!;
          const v1 = vLines[j + 1]!;
          const left = cellAt(i - 1, j);
          const right = cellAt(i, j);
          if (u === U_RAIL) return { keep: true, cls: 'rail' };
          if (Math.abs(u) === RING.u && v0 >= -RING.v && v1 <= RING.v) {
            return { keep: true, cls: 'ring', fixedName: MAIN_ROAD_NAMES.ring };
          }
          const canal = left?.use === 'canal' || right?.use === 'canal';
          if (mainName)
            return {
              keep: left?.use !== 'basin' || right?.use !== 'basin',
              cls: 'hoofdweg',
              fixedName: mainName,
            };
          const bridge = canal && Math.abs(u) < 1000 && i % 3 === 0;
          if (left?.mergeEast) return { keep: false, cls: 'straat' };
          return { keep: isBuilt(left) || isBuilt(right) || bridge, cls: 'straat' };
        },
        (j0, j1) => edgeSamples(vLines[j0]!, vLines[j1]!).map((v) => map(u, v)),
      ),
    );
  }
  for (let j = 0; j <= nv; j++) {
    const v = vLines[j]!;
    const mainName = MAIN_V[v];
    vSeg.push(
      emitRuns(
        nu,
        (i) => {
          const u0 = uLines[i]!;
          const u1 = uLines[i + 1]!;
          const below = cellAt(i, j - 1);
          const above = cellAt(i, j);
          if (Math.abs(v) === RING.v && u0 >= -RING.u && u1 <= RING.u) {
            return { keep: true, cls: 'ring', fixedName: MAIN_ROAD_NAMES.ring };
          }
          const built = isBuilt(below) || isBuilt(above);
          if (mainName && Math.abs(v) > CANAL_HALF_M)
            return { keep: true, cls: 'hoofdweg', fixedName: mainName };
          if (mainName) return { keep: built, cls: 'straat', fixedName: mainName };
          return { keep: built, cls: 'straat' };
        },
        (i0, i1) => edgeSamples(uLines[i0]!, uLines[i1]!).map((u) => map(u, v)),
      ),
    );
  }
  // The ring road, one closed line.
  const ringRect: Rect = [-RING.u, -RING.v, RING.u, RING.v];
  out.wegen.push(
    feature(
      { name: MAIN_ROAD_NAMES.ring + d.nameSuffix, class: 'ring' },
      { type: 'LineString', coordinates: rectRing(map, ringRect) },
    ),
  );
  // Railway, north–south through the productive districts.
  out.spoor.push(
    feature(
      {},
      { type: 'LineString', coordinates: edgeSamples(-HALF_H, HALF_H).map((v) => map(U_RAIL, v)) },
    ),
  );
  // Water: the canal across the district and the harbour basin.
  out.water.push(
    feature(
      { name: 'Stadskanaal' + d.nameSuffix },
      {
        type: 'Polygon',
        coordinates: [rectRing(map, [-HALF_W, -CANAL_HALF_M, HALF_W, CANAL_HALF_M])],
      },
    ),
    feature(
      { name: 'Industriehaven' + d.nameSuffix },
      { type: 'Polygon', coordinates: [rectRing(map, BASIN)] },
    ),
  );

  // Blocks, dwelling slots, plots.
  const houseNumbers = new Map<string, number>();
  const slots: Slot[] = [];
  const pointSlots: Slot[] = [];
  const plots: Plot[] = [];
  const blockRects: { cell: Cell; rect: Rect }[] = [];
  for (const cell of cells) {
    if (!isBuilt(cell) || cell.merged) continue;
    const { i, j } = cell;
    const eastI = cell.mergeEast ? i + 2 : i + 1;
    const west = uSeg[i]![j]!;
    const east = uSeg[eastI]![j]!;
    const south = vSeg[j]![i]!;
    const north = vSeg[j + 1]![i]!;
    const [u0, v0] = cell.rect;
    const u1 = uLines[eastI]!;
    const v1 = cell.rect[3];
    const block: Rect = [
      u0 + halfWidth(west.cls) + 3,
      v0 + halfWidth(south.cls) + 3,
      u1 - halfWidth(east.cls) - 3,
      v1 - halfWidth(north.cls) - 3,
    ];
    if (block[2] - block[0] < 20 || block[3] - block[1] < 20) continue;
    blockRects.push({ cell, rect: block });
    out.bebouwing.push(feature({}, { type: 'Polygon', coordinates: [rectRing(map, block)] }));
  }

  // Perimeter length available for homes, to spread the dwelling target evenly.
  const INSET_M = 7;
  const isHomeBlock = (c: Cell): boolean =>
    c.use === 'residential' || (c.zone !== undefined && c.zone.zoneType !== BT && !c.isWork);
  // Denser in the mixed zones and the old town, sparser in the outer quarters.
  const density = (c: Cell): number => {
    if (c.zone) return 2.2;
    const [u0, v0, u1, v1] = c.rect;
    const uc = (u0 + u1) / 2;
    const vc = (v0 + v1) / 2;
    return Math.abs(uc) < RING.u + 500 && Math.abs(vc) < RING.v + 500 ? 1.5 : 1;
  };
  let weightedM = 0;
  for (const { cell, rect } of blockRects) {
    if (isHomeBlock(cell))
      weightedM += density(cell) * 2 * (rect[2] - rect[0] + rect[3] - rect[1] - 4 * INSET_M);
  }
  const baseSpacingM = Math.max(6, weightedM / (dwellingTarget * 1.15));

  for (const { cell, rect } of blockRects) {
    const [b0, c0, b1, c1] = rect;
    const { i, j } = cell;
    if (isHomeBlock(cell)) {
      const edges: { from: [number, number]; to: [number, number]; street: string }[] = [
        {
          from: [b0 + INSET_M, c0 + INSET_M],
          to: [b1 - INSET_M, c0 + INSET_M],
          street: vSeg[j]![i]!.name,
        },
        {
          from: [b1 - INSET_M, c0 + INSET_M],
          to: [b1 - INSET_M, c1 - INSET_M],
          street: uSeg[i + 1]![j]!.name,
        },
        {
          from: [b1 - INSET_M, c1 - INSET_M],
          to: [b0 + INSET_M, c1 - INSET_M],
          street: vSeg[j + 1]![i]!.name,
        },
        {
          from: [b0 + INSET_M, c1 - INSET_M],
          to: [b0 + INSET_M, c0 + INSET_M],
          street: uSeg[i]![j]!.name,
        },
      ];
      for (const e of edges) {
        const len = Math.hypot(e.to[0] - e.from[0], e.to[1] - e.from[1]);
        const n = Math.round((len * density(cell)) / baseSpacingM);
        const street = e.street || MAIN_ROAD_NAMES.ring;
        for (let k = 0; k < n; k++) {
          const t = (k + 0.5) / n;
          const number = (houseNumbers.get(street) ?? 0) + 1 + rnd.int(0, 1);
          houseNumbers.set(street, number);
          const slot: Slot = {
            xy: map(e.from[0] + t * (e.to[0] - e.from[0]), e.from[1] + t * (e.to[1] - e.from[1])),
            address: `${street}${d.nameSuffix} ${number}`,
            cell,
          };
          // Every few addresses in mixed zones, a ground floor that can hold a firm.
          if (cell.zone?.zoneType === WWZ && rnd.chance(0.12)) pointSlots.push(slot);
          else if (cell.use === 'residential' && rnd.chance(0.004)) pointSlots.push(slot);
          else slots.push(slot);
        }
      }
    } else if (cell.zone) {
      // Business land: split the block into plots, columns along the long side; small
      // workshops in the productive districts get two rows of plots.
      const w = b1 - b0;
      const h = c1 - c0;
      const heavy = cell.zone.harbour && !cell.zone.buffer;
      const isPw = cell.zone.zoneType === PW;
      const cols = Math.max(
        Math.ceil((w * h) / 19000),
        heavy ? rnd.int(1, 2) : isPw ? rnd.int(2, 4) : rnd.int(1, 3),
      );
      const rows = isPw && Math.min(w, h) > 70 && rnd.chance(0.6) ? 2 : 1;
      const split = (lo: number, hi: number, n: number, k: number): [number, number] => {
        const gap = 2;
        return [
          lo + ((hi - lo) * k) / n + (k > 0 ? gap : 0),
          lo + ((hi - lo) * (k + 1)) / n - (k < n - 1 ? gap : 0),
        ];
      };
      for (let k = 0; k < cols; k++) {
        for (let m = 0; m < rows; m++) {
          const [a0, a1] = w >= h ? split(b0, b1, cols, k) : split(b0, b1, rows, m);
          const [e0, e1] = w >= h ? split(c0, c1, rows, m) : split(c0, c1, cols, k);
          const r: Rect = [a0, e0, a1, e1];
          const areaM2 = (r[2] - r[0]) * (r[3] - r[1]);
          if (areaM2 < 300) continue;
          plots.push({ rect: r, ring: rectRing(map, r), areaM2, zone: cell.zone, district: d });
        }
      }
    }
  }
  return { slots, pointSlots, plots };
}

// ---------------------------------------------------------------------------
// Businesses

/** Orders plots round-robin over their zones (zones in template order), keeping each zone's order. */
function interleaveByZone(plots: readonly Plot[]): Plot[] {
  const queues = ZONES.map((z) => plots.filter((p) => p.zone === z)).filter((q) => q.length > 0);
  const out: Plot[] = [];
  for (let k = 0; out.length < plots.length; k++) {
    for (const q of queues) if (k < q.length) out.push(q[k]!);
  }
  return out;
}

const allowsActivity = (zone: ZoneTemplate | undefined, a: Activity): boolean => {
  const c = catIndex(a.milieucategorie);
  if (!zone) return a.functiemenging === 'A';
  if (c > catIndex(zone.max)) return false;
  if (!zone.harbour && c > CAT_3_2) return false;
  if (zone.zoneType === WWZ) {
    return (
      a.functiemenging !== undefined &&
      FM_ORDER.indexOf(a.functiemenging) <= FM_ORDER.indexOf(zone.functiemenging ?? 'A')
    );
  }
  return true;
};

function chooseActivity(
  rnd: Random,
  zone: ZoneTemplate | undefined,
  areaM2: number | undefined,
  missing: Set<Milieucategorie>,
): Activity {
  let options = ACTIVITIES.filter((a) => allowsActivity(zone, a));
  if (areaM2 !== undefined) {
    const fits = options.filter((a) => {
      const [lo, hi] = sizeRangeM2(a);
      return areaM2 >= lo && areaM2 <= hi;
    });
    if (fits.length > 0) options = fits;
  } else {
    options = options.filter((a) => a.functiemenging === 'A' || a.functiemenging === 'B');
  }
  const wanted = options.filter((a) => missing.has(a.milieucategorie));
  if (wanted.length > 0) return rnd.pick(wanted);
  if (zone?.buffer) {
    const edge = options.filter((a) => catIndex(a.milieucategorie) >= CAT_3_2);
    if (edge.length > 0) return rnd.pick(edge);
  } else if (zone?.harbour) {
    const heavy = options.filter((a) => catIndex(a.milieucategorie) >= CAT_4_1);
    if (heavy.length > 0 && rnd.chance(0.7)) return rnd.pick(heavy);
  }
  return rnd.pick(options);
}

function businessProps(
  id: string,
  rnd: Random,
  a: Activity,
  bvoM2: number,
): Record<string, unknown> {
  const perJob = catIndex(a.milieucategorie) >= CAT_3_2 ? rnd.range(70, 120) : rnd.range(40, 80);
  return {
    id,
    name: `${rnd.pick(SURNAMES)} ${rnd.pick(FIRM_SUFFIXES)}`,
    sbi: a.sbi,
    activity: a.nl,
    milieucategorie: a.milieucategorie,
    ...(a.functiemenging ? { functiemenging: a.functiemenging } : {}),
    bvoM2,
    jobs: Math.max(1, Math.round(bvoM2 / perJob)),
  };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * Generates the city in RD New metres (EPSG:28992).
 * @param options seed and scale
 * @returns layer id → FeatureCollection with RD coordinates
 * @example generateCityRd({ seed: DEMO_SEED, scale: 'demo' }).bedrijven.features.length // 150
 */
export function generateCityRd(options: CityOptions): Record<GeneratedLayerId, FeatureCollection> {
  const params = SCALES[options.scale];
  const rnd = createRandom(options.seed);
  const out: Output = {
    zones: [],
    bedrijven: [],
    woningen: [],
    water: [],
    bebouwing: [],
    wegen: [],
    spoor: [],
  };
  const districtCount = params.cols * params.rows;
  const districts: District[] = [];
  for (let r = 0; r < params.rows; r++) {
    for (let c = 0; c < params.cols; c++) {
      const index = r * params.cols + c;
      const single = districtCount === 1;
      const name = DISTRICT_NAMES[index % DISTRICT_NAMES.length]!;
      districts.push({
        index,
        ox: CITY_CENTRE_RD[0] + (c - (params.cols - 1) / 2) * 2 * HALF_W,
        oy: CITY_CENTRE_RD[1] + (r - (params.rows - 1) / 2) * 2 * HALF_H,
        bendM: single ? 300 : rnd.range(-320, 320),
        sweepM: single ? 150 : rnd.range(-150, 150),
        name,
        idPrefix: single ? '' : `D${pad(index + 1, 2)}-`,
        nameSuffix: single ? '' : ` (${name})`,
      });
    }
  }

  let businessNo = 0;
  let dwellingNo = 0;
  const missing = new Set<Milieucategorie>(MILIEUCATEGORIEEN);
  for (const d of districts) {
    const share = (total: number): number =>
      Math.floor(((d.index + 1) * total) / districtCount) -
      Math.floor((d.index * total) / districtCount);
    const businessTarget = share(params.businesses);
    const dwellingTarget = share(params.dwellings);
    const { slots, pointSlots, plots } = buildDistrict(d, rnd, dwellingTarget, out);
    // Every district shows all ten categories.
    for (const c of MILIEUCATEGORIEEN) missing.add(c);

    // Businesses: quotas per kind of land, drawn from shuffled candidates.
    // Park plots interleaved per zone (heavy harbour first), so every park gets firms.
    const parkPlots = interleaveByZone(rnd.shuffle(plots.filter((p) => p.zone.zoneType === BT)));
    const pwPlots = interleaveByZone(rnd.shuffle(plots.filter((p) => p.zone.zoneType === PW)));
    const wwzPoints = rnd.shuffle(pointSlots.filter((s) => s.cell.zone?.zoneType === WWZ));
    const resPoints = rnd.shuffle(pointSlots.filter((s) => !s.cell.zone));
    const nPark = Math.min(parkPlots.length, Math.round(businessTarget * 0.55));
    const nPw = Math.min(pwPlots.length, Math.round(businessTarget * 0.27));
    const nRes = Math.min(resPoints.length, Math.round(businessTarget * 0.04));
    const nWwz = Math.min(wwzPoints.length, businessTarget - nPark - nPw - nRes);
    if (nPark + nPw + nRes + nWwz !== businessTarget) {
      throw new Error(`not enough business land in district ${d.name}`);
    }
    const chosenPlots = [...parkPlots.slice(0, nPark), ...pwPlots.slice(0, nPw)];
    const vacant = [...parkPlots.slice(nPark), ...pwPlots.slice(nPw)];
    // Plots without a firm in the set are taken by firms the demo leaves out; about one in
    // eight is issuable land (IBIS `uitgeefbaar`).
    const isIssuable = (k: number): boolean => k % 8 === 0;
    const zoneVacantM2 = new Map<string, number>();
    vacant.forEach((p, k) => {
      if (isIssuable(k))
        zoneVacantM2.set(p.zone.key, (zoneVacantM2.get(p.zone.key) ?? 0) + p.areaM2);
    });
    // Keep the heavy harbour plots first, then the rest in stable order.
    const harbourFirst = chosenPlots.slice().sort((a, b) => {
      const ha = a.zone.harbour && !a.zone.buffer ? 0 : a.zone.buffer ? 1 : 2;
      const hb = b.zone.harbour && !b.zone.buffer ? 0 : b.zone.buffer ? 1 : 2;
      return ha - hb;
    });
    for (const p of harbourFirst) {
      const a = chooseActivity(rnd, p.zone, p.areaM2, missing);
      missing.delete(a.milieucategorie);
      const bvo = Math.round((p.areaM2 * rnd.range(0.45, 0.85)) / 10) * 10;
      out.bedrijven.push(
        feature(businessProps(`${d.idPrefix}B${pad(++businessNo, 4)}`, rnd, a, bvo), {
          type: 'Polygon',
          coordinates: [p.ring],
        }),
      );
    }
    for (const s of [...wwzPoints.slice(0, nWwz), ...resPoints.slice(0, nRes)]) {
      const a = chooseActivity(rnd, s.cell.zone, undefined, missing);
      missing.delete(a.milieucategorie);
      const bvo = Math.round(rnd.range(60, a.functiemenging === 'A' ? 400 : 900) / 10) * 10;
      out.bedrijven.push(
        feature(businessProps(`${d.idPrefix}B${pad(++businessNo, 4)}`, rnd, a, bvo), {
          type: 'Point',
          coordinates: s.xy,
        }),
      );
    }
    // Unused ground floors stay homes.
    const homeSlots = [...slots, ...wwzPoints.slice(nWwz), ...resPoints.slice(nRes)];

    // Dwellings: exactly the target, in street order; a handful of bedrijfswoningen on vacant plots.
    const bedrijfswoningen = vacant
      .filter((p, k) => p.zone.zoneType === BT && !isIssuable(k))
      .slice(0, 5);
    const need = dwellingTarget - bedrijfswoningen.length;
    if (homeSlots.length < need)
      throw new Error(
        `not enough dwelling slots in district ${d.name}: ${homeSlots.length} < ${need}`,
      );
    const picked = rnd
      .shuffle(homeSlots.map((_, k) => k))
      .slice(0, need)
      .sort((a, b) => a - b);
    const schools = new Set<number>();
    const care = new Set<number>();
    const perSchool = Math.max(1, Math.floor(need / 8));
    for (let k = 0; k + perSchool <= need; k += perSchool) {
      schools.add(k + rnd.int(0, Math.floor(perSchool / 2)));
      care.add(k + Math.floor(perSchool / 2) + rnd.int(1, Math.floor(perSchool / 2)));
    }
    picked.forEach((slotIndex, k) => {
      const s = homeSlots[slotIndex]!;
      const id = `${d.idPrefix}W${pad(++dwellingNo, 6)}`;
      const functie = schools.has(k) ? 'onderwijs' : care.has(k) ? 'zorg' : 'wonen';
      const dense =
        s.cell.zone !== undefined || Math.hypot(s.xy[0]! - d.ox, s.xy[1]! - d.oy) < 1300;
      const homes =
        functie !== 'wonen' ? undefined : rnd.chance(dense ? 0.1 : 0.025) ? rnd.int(4, 40) : 1;
      out.woningen.push(
        feature(
          { id, functie, ...(homes === undefined ? {} : { homes }), address: s.address },
          { type: 'Point', coordinates: s.xy },
        ),
      );
    });
    for (const p of bedrijfswoningen) {
      const id = `${d.idPrefix}W${pad(++dwellingNo, 6)}`;
      const xy: Position = toRdXY(d, p.rect[0] + 8, p.rect[1] + 8);
      out.woningen.push(
        feature(
          {
            id,
            functie: 'wonen',
            homes: 1,
            address: `${p.zone.name}${d.nameSuffix} ${rnd.int(1, 120)}`,
          },
          { type: 'Point', coordinates: xy },
        ),
      );
    }

    // Zones.
    for (const z of ZONES) {
      const areaHa = ((z.rect[2] - z.rect[0]) * (z.rect[3] - z.rect[1])) / 10000;
      const uitgeefbaarHa =
        z.zoneType !== BT
          ? undefined
          : z.status === 'gepland'
            ? Math.round(areaHa * 8) / 10
            : Math.round((zoneVacantM2.get(z.key) ?? 0) / 1000) / 10;
      out.zones.push(
        feature(
          {
            id: d.idPrefix + z.key,
            name: z.name + d.nameSuffix,
            zoneType: z.zoneType,
            status: z.status,
            maxMilieucategorie: z.max,
            ...(z.functiemenging ? { functiemenging: z.functiemenging } : {}),
            ...(z.zoneType !== BT ? { omgevingstype: 'gemengd-gebied' } : {}),
            ...(z.ibisType ? { ibisType: z.ibisType } : {}),
            ...(uitgeefbaarHa === undefined ? {} : { uitgeefbaarHa }),
          },
          { type: 'Polygon', coordinates: [rectRing((u, v) => toRdXY(d, u, v), z.rect)] },
        ),
      );
    }
  }

  const buurten = buildBuurten(districts, params, rnd);
  const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
  const byType = (t: ZoneType): Feature[] => out.zones.filter((f) => f.properties?.zoneType === t);
  return {
    bedrijventerreinen: fc(byType(BT)),
    woonwerkzones: fc(byType(WWZ)),
    'productieve-wijken': fc(byType(PW)),
    bedrijven: fc(out.bedrijven),
    woningen: fc(out.woningen),
    buurten: fc(buurten),
    'base-water': fc(out.water),
    'base-bebouwing': fc(out.bebouwing),
    'base-wegen': fc(out.wegen),
    'base-spoor': fc(out.spoor),
  };
}

/** Buurten: the hand-made partition in the demo, a regular grid over all districts in the city set. */
function buildBuurten(districts: readonly District[], params: ScaleParams, rnd: Random): Feature[] {
  const code = (n: number): string => `BU0999${pad(n, 4)}`;
  const d0 = districts[0]!;
  if (!params.buurtGrid) {
    return DEMO_BUURTEN.map((b, k) =>
      feature(
        { id: code(k + 1), name: b.name, code: code(k + 1) },
        { type: 'Polygon', coordinates: [rectRing((u, v) => toRdXY(d0, u, v), b.rect)] },
      ),
    );
  }
  // Global plan coordinates relative to the first district's centre; each point is mapped by its own district.
  const minU = -HALF_W;
  const minV = -HALF_H;
  const maxU = minU + params.cols * 2 * HALF_W;
  const maxV = minV + params.rows * 2 * HALF_H;
  const mapGlobal = (U: number, V: number): Position => {
    const c = Math.min(params.cols - 1, Math.max(0, Math.floor((U - minU) / (2 * HALF_W))));
    const r = Math.min(params.rows - 1, Math.max(0, Math.floor((V - minV) / (2 * HALF_H))));
    const d = districts[r * params.cols + c]!;
    return toRdXY(d, U - (d.ox - d0.ox), V - (d.oy - d0.oy));
  };
  const [nx, ny] = params.buurtGrid;
  const names = rnd.shuffle(BUURT_STEMS.flatMap((s) => BUURT_SUFFIXES.map((x) => s + x)));
  const features: Feature[] = [];
  for (let r = 0; r < ny; r++) {
    for (let c = 0; c < nx; c++) {
      const n = r * nx + c + 1;
      const rect: Rect = [
        Math.round(minU + (c * (maxU - minU)) / nx),
        Math.round(minV + (r * (maxV - minV)) / ny),
        Math.round(minU + ((c + 1) * (maxU - minU)) / nx),
        Math.round(minV + ((r + 1) * (maxV - minV)) / ny),
      ];
      features.push(
        feature(
          { id: code(n), name: names[(n - 1) % names.length]!, code: code(n) },
          { type: 'Polygon', coordinates: [rectRing(mapGlobal, rect)] },
        ),
      );
    }
  }
  return features;
}

const round7 = (x: number): number => Math.round(x * 1e7) / 1e7;

/**
 * Generates the city as written to geodata/: WGS84, coordinates rounded to 7 decimals.
 * @param options seed and scale
 * @returns layer id → FeatureCollection in WGS84
 * @example generateCity({ seed: DEMO_SEED, scale: 'demo' }).woningen
 */
export function generateCity(options: CityOptions): Record<GeneratedLayerId, FeatureCollection> {
  return projectCity(generateCityRd(options));
}

/**
 * Projects a generated city from RD to WGS84 (7 decimals).
 * @param rd the output of generateCityRd
 * @returns the same layers in WGS84
 * @example projectCity(generateCityRd({ seed: 1, scale: 'demo' }))
 */
export function projectCity(
  rd: Record<GeneratedLayerId, FeatureCollection>,
): Record<GeneratedLayerId, FeatureCollection> {
  const out = {} as Record<GeneratedLayerId, FeatureCollection>;
  for (const id of GENERATED_LAYER_IDS) {
    out[id] = {
      type: 'FeatureCollection',
      features: rd[id].features.map((f) => ({
        ...f,
        geometry: mapGeometry(f.geometry, (p) => {
          const [lng, lat] = toWgs84(p);
          return [round7(lng), round7(lat)];
        }),
      })),
    };
  }
  return out;
}

/**
 * Serialises a FeatureCollection with one feature per line: small, stable and diffable.
 * @param fc a FeatureCollection
 * @returns the JSON text, ending in a newline
 * @example serializeCollection({ type: 'FeatureCollection', features: [] })
 */
export function serializeCollection(fc: FeatureCollection): string {
  const { features, ...rest } = fc;
  const head = JSON.stringify(rest).slice(0, -1);
  if (features.length === 0) return `${head},"features":[]}\n`;
  return `${head},"features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}
