/**
 * The location check: may this program (housing, or a business of a given
 * category or activity) go at this place? Returns a verdict with its reasons
 * as data. Distances are planar RD metres (../shared/DOMAIN.md § Environmental zoning).
 *
 * Two views measure housing against different sources:
 * - `plan` (bestemmingsplan, the default): every zone that permits business, at its
 *   `maxMilieucategorie`, measured from the zone's boundary — the planologisch toelaatbare
 *   situatie a council has to defend ("de grens van de bestemming die de milieubelastende
 *   functie toelaat").
 * - `feitelijk`: each business at its own category, from its own plot, or from its own
 *   point when it has no plot; never from the zone around it.
 *
 * The verdict per reason is decided in `decision-table.ts`; the housing and the business
 * checks are separate functions below.
 */
import Flatbush from 'flatbush';
import type { Polygon, MultiPolygon, Point, Position } from 'geojson';
import { EPSG_RD, toRd, type CrsCode } from '../geo/crs.ts';
import type { BboxRd, MultiPolygonRd } from '../geo/types.ts';
import {
  dwellingInfo,
  dwellingZoneIndex,
  sensitiveAreaZoneIndex,
  zonesAtPoint,
  type Dataset,
  type SensitiveAreaRecord,
  type ZoneRecord,
} from '../domain/dataset.ts';
import type {
  FunctiemengingClass,
  Milieucategorie,
  Omgevingstype,
  Program,
  SensitiveFunction,
  ZoneType,
} from '../domain/domain.ts';
import {
  bboxDistanceM,
  bboxOfMultiPolygon,
  centroidOfMultiPolygon,
  doInteriorsIntersect,
  isPointInMultiPolygon,
  multiPolygonDistanceM,
  pointToBboxDistanceM,
  pointToMultiPolygonDistanceM,
} from '../geo/planar.ts';
import { activityCategory, findActivity } from './activities.ts';
import {
  classifyDistance,
  decideVerdict,
  REASON_EFFECT,
  type DistanceClass,
  type VerdictLevel,
} from './decision-table.ts';
import {
  DWELLING_WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE,
  FUNCTIEMENGING_CONDITION,
  FUNCTIEMENGING_INSTEAD_OF_DISTANCE,
  FUNCTIEMENGING_ZONE_BORDER,
  HOUSING_IN_PRODUCTIEVE_WIJK,
  HOUSING_ON_BUSINESS_PARK,
  NO_CONFLICTS,
  NO_ZONE_PERMITS_BUSINESS,
  OMGEVINGSTYPE_AT_PLACE,
  TOO_CLOSE_TO_BUSINESS,
  TOO_CLOSE_TO_DWELLING,
  UNKNOWN_PROGRAM,
  WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE,
  type ReasonCode,
} from './reason-codes.ts';
import {
  requiredDistancesM,
  maxRequiredDistanceM,
  categoryRank,
  VNG_2009,
  type DistanceTable,
  type RequiredDistancesM,
} from './vng.ts';
import {
  explicitOmgevingstype,
  functiemengingConditions,
  isUnderFunctiemenging,
  omgevingstypeOfZone,
  zonePermissionCodes,
  type FunctiemengingCondition,
} from './zone-permission.ts';

/** The two views of the rules (see the module comment). */
export const RULE_VIEWS = ['plan', 'feitelijk'] as const;
/** A view: `plan` (bestemmingsplan: what the plan permits) or `feitelijk` (the businesses there today). */
export type RuleView = (typeof RULE_VIEWS)[number];
/** The default view: what the plan permits, as Dutch plans measure. */
export const DEFAULT_RULE_VIEW: RuleView = 'plan';

/**
 * Whether a value is a view.
 * @param v anything
 * @returns true for `plan` and `feitelijk`
 * @example isRuleView('plan') // true
 */
export function isRuleView(v: unknown): v is RuleView {
  return v === 'plan' || v === 'feitelijk';
}

/** The place to check: a point or a polygon, WGS84 unless `options.crs` says RD. */
export type Place = Point | Polygon | MultiPolygon;

/** Options of {@link checkLocation}. */
export interface CheckOptions {
  /** Rule set / distance table (default VNG 2009). */
  table?: DistanceTable;
  /** CRS of the place's coordinates (default WGS84). */
  crs?: CrsCode;
  /** What housing is measured from (default `plan`). */
  view?: RuleView;
}

/** A zone involved in the verdict. */
export interface ZoneRef {
  id: string;
  name: string;
  layerId: string;
  zoneType: ZoneType | undefined;
  maxMilieucategorie: Milieucategorie | undefined;
  functiemenging: FunctiemengingClass | undefined;
  omgevingstype: Omgevingstype | undefined;
}

/**
 * One conflicting object: a business or a zone for housing; for a business, a dwelling or a
 * sensitive area (e.g. a Wonen bestemming: where the plan permits homes, measured to its
 * boundary).
 */
export interface Conflict {
  /** `zone` in the plan view: the zone that permits business up to its category. */
  kind: 'business' | 'zone' | 'dwelling' | 'area';
  objectId: string;
  layerId: string;
  name: string;
  /** The source's category (business's own, or the zone's maximum); for a dwelling: the program's. */
  milieucategorie: string;
  /** Planar RD distance, full precision; round only for display. */
  distanceM: number;
  requiredM: RequiredDistancesM;
  /** Omgevingstype of the sensitive side (the place for housing, the dwelling for business). */
  omgevingstype: Omgevingstype;
  distanceClass: Exclude<DistanceClass, 'ok'>;
  /** What the distance was measured from: the business plot, the zone, the business point, or the checked place. */
  measuredFrom: 'plot' | 'zone' | 'point' | 'place';
  /** Zone measured from, when `measuredFrom` is `zone`. */
  zoneId?: string;
  /** Homes at a conflicting dwelling address. */
  homes?: number;
  /** For a sensitive area: what it is for (wonen: a woongebied). */
  functie?: SensitiveFunction;
}

/** A business or zone whose functiemenging class replaced a guide distance (no distance used). */
export interface FunctiemengingSource {
  kind: 'business' | 'zone';
  id: string;
  name: string;
  milieucategorie: string;
}

/** One reason of a verdict, as data; the UI turns `code` into a sentence. */
export interface Reason {
  code: ReasonCode;
  /** The verdict this reason leads to (from the decision table). */
  effect: VerdictLevel;
  zone?: ZoneRef;
  /** The conflicting object (the nearest one when `count` > 1). */
  conflict?: Conflict;
  /** For the functiemenging reasons of housing: the source whose distance gave way. */
  source?: FunctiemengingSource;
  /** Number of objects this reason covers (dwelling and area conflicts are summed). */
  count?: number;
  /** Number of homes at the dwellings among them (areas count no homes). */
  homes?: number;
  /** How many of the `count` objects are sensitive areas (absent when none). */
  areas?: number;
  omgevingstype?: Omgevingstype;
  milieucategorie?: string;
  functiemenging?: FunctiemengingClass;
  /** For FUNCTIEMENGING_CONDITION: what must hold to go ahead. */
  conditions?: FunctiemengingCondition[];
  /** For NO_ZONE_PERMITS_BUSINESS: true when only part of the place lies outside every zone. */
  partial?: boolean;
  /** For OMGEVINGSTYPE_AT_PLACE: which zone set it, or 'default'. */
  setBy?: string;
  /**
   * For OMGEVINGSTYPE_AT_PLACE: whose omgevingstype counts — the place's (homes as the program)
   * or each dwelling's own (a business as the program: the place's is not used).
   */
  sensitiveSide?: 'place' | 'dwellings';
  /** For OMGEVINGSTYPE_AT_PLACE (rustig): the id of a mixed zone that holds only part of a polygon. */
  partlyGemengdBy?: string;
  /**
   * The functiemenging zones concerned: for the functiemenging reasons the zones whose list
   * applies (one or several), for NO_CONFLICTS the zones whose homes or sources gave way to it,
   * for FUNCTIEMENGING_ZONE_BORDER the zones the shape crosses out of.
   */
  zones?: ZoneRef[];
  /**
   * For FUNCTIEMENGING_ZONE_BORDER: the zones at the place whose list does not admit the class;
   * for NO_CONFLICTS of housing in the plan view: the business parks at the place, not measured.
   */
  otherZones?: ZoneRef[];
  /** For FUNCTIEMENGING_ZONE_BORDER: part of the place lies outside every zone. */
  outsideEveryZone?: boolean;
  /** For NO_CONFLICTS of housing: the view (zones or businesses were the sources). */
  view?: RuleView;
}

/** The outcome of a location check. */
export interface Verdict {
  verdict: VerdictLevel;
  /** The rule (reason code) that decided the verdict; null when toegestaan without conflicts. */
  decidedBy: ReasonCode | null;
  reasons: Reason[];
  zones: ZoneRef[];
  /** All conflicts, nearest first. */
  conflicts: Conflict[];
  /**
   * The nearest dwelling or sensitive area (`kind: 'area'`, with its name and functie; the
   * distance is to its boundary, 0 inside).
   */
  nearestDwelling?: {
    id: string;
    distanceM: number;
    omgevingstype: Omgevingstype;
    kind?: 'area';
    name?: string;
    functie?: SensitiveFunction;
    /**
     * For a business program: the functiemenging zone (id) the nearest dwelling lies in when it
     * is within the guide distance but gave way to the function-mixing list (no conflict).
     */
    functiemengingZoneId?: string;
  };
  /** Omgevingstype at the place. */
  omgevingstype: Omgevingstype;
  program: Program;
  /** The view the check measured in. */
  view: RuleView;
  /** The category checked (business programs). */
  milieucategorie?: string;
}

/** The shape a distance is measured from. */
export type SourceShape =
  { kind: 'area'; multi: MultiPolygonRd } | { kind: 'point'; point: [number, number] };

/** What housing is measured from: a business (feitelijk) or a zone (plan), with its category. */
export interface MeasuringSource {
  /** Index of the business in the dataset (feitelijk), or -1. */
  bi: number;
  /** Index of the zone in the dataset (plan), or -1. */
  zi: number;
  shape: SourceShape;
  bbox: BboxRd;
  measuredFrom: 'plot' | 'zone' | 'point';
  /** Zone measured from (plan view). */
  zoneId?: string;
  requiredM: RequiredDistancesM;
  category: string;
  /** Functiemenging class of the source: the business's own, or the zone's. */
  functiemenging: FunctiemengingClass | undefined;
  /** Index of the mixed zone whose functiemenging regime covers this source, or -1. */
  fmZone: number;
}

/** The per-dataset structures of {@link prepareRules} (opaque to callers). */
export interface PreparedRules {
  table: DistanceTable;
  view: RuleView;
  sources: MeasuringSource[];
  index: Flatbush | null;
  maxM: number;
}

const preparedCache = new WeakMap<Dataset, Map<string, PreparedRules>>();
const tableIds = new WeakMap<DistanceTable, number>();
let nextTableId = 0;

function tableKey(table: DistanceTable, view: RuleView): string {
  let id = tableIds.get(table);
  if (id === undefined) {
    id = nextTableId++;
    tableIds.set(table, id);
  }
  return `${id}|${view}`;
}

/** Feitelijk: each business with a known category, from its plot or its own point. */
function businessSources(ds: Dataset, table: DistanceTable): MeasuringSource[] {
  const sources: MeasuringSource[] = [];
  ds.businesses.forEach((b, bi) => {
    const category = b.milieucategorie;
    if (!category || categoryRank(category, table) < 0) return;
    const shape: SourceShape | undefined = b.plotRd
      ? { kind: 'area', multi: b.plotRd }
      : b.pointRd
        ? { kind: 'point', point: b.pointRd }
        : undefined;
    if (!shape) return;
    const anchor = shape.kind === 'area' ? centroidOfMultiPolygon(shape.multi) : shape.point;
    const fmZone =
      zonesAtPoint(ds, anchor).find((i) => isUnderFunctiemenging(ds.zones[i]!, b.functiemenging)) ??
      -1;
    sources.push({
      bi,
      zi: -1,
      shape,
      bbox:
        shape.kind === 'area'
          ? bboxOfMultiPolygon(shape.multi)
          : [shape.point[0], shape.point[1], shape.point[0], shape.point[1]],
      measuredFrom: shape.kind === 'area' ? 'plot' : 'point',
      requiredM: requiredDistancesM(category, table),
      category,
      functiemenging: b.functiemenging,
      fmZone,
    });
  });
  return sources;
}

/** Plan: each zone that permits business, at its maximum category, from its boundary. */
function zoneSources(ds: Dataset, table: DistanceTable): MeasuringSource[] {
  const sources: MeasuringSource[] = [];
  ds.zones.forEach((z, zi) => {
    const category = z.maxMilieucategorie;
    if (!category || categoryRank(category, table) < 0) return;
    sources.push({
      bi: -1,
      zi,
      shape: { kind: 'area', multi: z.geometryRd },
      bbox: z.bboxRd,
      measuredFrom: 'zone',
      zoneId: z.id,
      requiredM: requiredDistancesM(category, table),
      category,
      functiemenging: z.functiemenging,
      // A mixed zone with a class: inside it the function-mixing list replaces its distances.
      fmZone: isUnderFunctiemenging(z, z.functiemenging) ? zi : -1,
    });
  });
  return sources;
}

/**
 * Prepares the rules for a dataset once per table and view (the measuring sources and an
 * index on them); {@link checkLocation} calls it lazily and caches it.
 * @param ds the dataset
 * @param table distance table (default VNG 2009)
 * @param view `plan` (zones at their maximum category) or `feitelijk` (businesses)
 * @returns the prepared structures (opaque)
 * @example prepareRules(ds, VNG_2009, 'feitelijk').sources.length
 */
export function prepareRules(
  ds: Dataset,
  table: DistanceTable = VNG_2009,
  view: RuleView = DEFAULT_RULE_VIEW,
): PreparedRules {
  let perTable = preparedCache.get(ds);
  if (!perTable) {
    perTable = new Map();
    preparedCache.set(ds, perTable);
  }
  const key = tableKey(table, view);
  const hit = perTable.get(key);
  if (hit) return hit;
  const sources = view === 'plan' ? zoneSources(ds, table) : businessSources(ds, table);
  let index: Flatbush | null = null;
  if (sources.length) {
    index = new Flatbush(sources.length);
    for (const s of sources) index.add(...s.bbox);
    index.finish();
  }
  const prepared = { table, view, sources, index, maxM: maxRequiredDistanceM(table) };
  perTable.set(key, prepared);
  return prepared;
}

/** The place in RD: a point or an area, with the points that stand for it in zone tests. */
type PlaceRd =
  | { kind: 'point'; point: [number, number]; bbox: BboxRd; samples: Position[] }
  | { kind: 'area'; multi: MultiPolygonRd; bbox: BboxRd; samples: Position[] };

function toPlaceRd(place: Place, crs: CrsCode | undefined): PlaceRd {
  const project = crs === EPSG_RD ? (p: Position) => [p[0]!, p[1]!] : toRd;
  if (place.type === 'Point') {
    const p = project(place.coordinates) as [number, number];
    return { kind: 'point', point: p, bbox: [p[0], p[1], p[0], p[1]], samples: [p] };
  }
  const polys = place.type === 'Polygon' ? [place.coordinates] : place.coordinates;
  const multi = polys.map((poly) => poly.map((ring) => ring.map(project)));
  const samples: Position[] = [centroidOfMultiPolygon(multi)];
  for (const poly of multi) for (const pos of poly[0] ?? []) samples.push(pos);
  return { kind: 'area', multi, bbox: bboxOfMultiPolygon(multi), samples };
}

function zoneRef(z: ZoneRecord, table: DistanceTable): ZoneRef {
  return {
    id: z.id,
    name: z.name,
    layerId: z.layerId,
    zoneType: z.zoneType,
    maxMilieucategorie: z.maxMilieucategorie,
    functiemenging: z.functiemenging,
    omgevingstype: omgevingstypeOfZone(z, table),
  };
}

/** Zones whose area the place shares (for a point: that contain it, boundary included). */
function zonesAtPlace(ds: Dataset, place: PlaceRd): number[] {
  if (place.kind === 'point') return zonesAtPoint(ds, place.point);
  if (!ds.zoneIndex) return [];
  return ds.zoneIndex
    .search(...place.bbox)
    .sort((a, b) => a - b)
    .filter((i) => doInteriorsIntersect(place.multi, ds.zones[i]!.geometryRd));
}

/**
 * Omgevingstype at the place: a zone that states one wins (its own property, or its
 * gebiedsaanwijzing under an omgevingsplan rule set); else gemengd gebied when the rule
 * set infers it from a mixed zone type; else rustige woonwijk. A polygon place is gemengd
 * only when all its sample points (vertices, centroid) are gemengd.
 */
function omgevingstypeAtPlace(
  ds: Dataset,
  place: PlaceRd,
  zoneIdx: number[],
  table: DistanceTable,
): { omgevingstype: Omgevingstype; setBy: string; partlyGemengdBy?: string } {
  let gemengdBy: string | undefined;
  let rustigBy: string | undefined;
  for (const s of place.samples) {
    const here = zoneIdx.filter((i) => isPointInMultiPolygon(s, ds.zones[i]!.geometryRd));
    const types = here.map((i) => omgevingstypeOfZone(ds.zones[i]!, table));
    const explicit = here.find((i) => explicitOmgevingstype(ds.zones[i]!, table) !== undefined);
    const t =
      explicit !== undefined
        ? explicitOmgevingstype(ds.zones[explicit]!, table)!
        : types.includes('gemengd-gebied')
          ? 'gemengd-gebied'
          : 'rustige-woonwijk';
    if (t === 'rustige-woonwijk') {
      rustigBy ??= explicit !== undefined ? ds.zones[explicit]!.id : 'default';
    } else {
      const by = explicit ?? here.find((i) => types[here.indexOf(i)] === 'gemengd-gebied');
      if (by !== undefined) gemengdBy ??= ds.zones[by]!.id;
    }
  }
  // A polygon is gemengd gebied only when all its sample points are.
  if (rustigBy !== undefined) {
    return {
      omgevingstype: 'rustige-woonwijk',
      setBy: rustigBy,
      ...(gemengdBy !== undefined ? { partlyGemengdBy: gemengdBy } : {}),
    };
  }
  return { omgevingstype: 'gemengd-gebied', setBy: gemengdBy ?? 'default' };
}

function distanceToPlace(place: PlaceRd, shape: SourceShape): number {
  if (place.kind === 'point') {
    return shape.kind === 'area'
      ? pointToMultiPolygonDistanceM(place.point, shape.multi)
      : Math.hypot(place.point[0] - shape.point[0], place.point[1] - shape.point[1]);
  }
  return shape.kind === 'area'
    ? multiPolygonDistanceM(place.multi, shape.multi)
    : pointToMultiPolygonDistanceM(shape.point, place.multi);
}

function distanceToDwelling(place: PlaceRd, x: number, y: number): number {
  return place.kind === 'point'
    ? Math.hypot(x - place.point[0], y - place.point[1])
    : pointToMultiPolygonDistanceM([x, y], place.multi);
}

function dwellingOmgevingstype(ds: Dataset, k: number, table: DistanceTable): Omgevingstype {
  const zi = dwellingZoneIndex(ds, k);
  return zi >= 0
    ? (omgevingstypeOfZone(ds.zones[zi]!, table) ?? 'rustige-woonwijk')
    : 'rustige-woonwijk';
}

/**
 * Omgevingstype of a sensitive area, decided as for a dwelling at its anchor (a point inside
 * it): the first zone holding that point, else rustige woonwijk. One value for the whole area,
 * so the point check and the surface read the same.
 */
export function areaOmgevingstype(
  ds: Dataset,
  a: SensitiveAreaRecord,
  table: DistanceTable,
): Omgevingstype {
  const zi = sensitiveAreaZoneIndex(ds, a);
  return zi >= 0
    ? (omgevingstypeOfZone(ds.zones[zi]!, table) ?? 'rustige-woonwijk')
    : 'rustige-woonwijk';
}

/** Planar distance from the place to a sensitive area: 0 when they overlap or touch. */
function distanceToArea(place: PlaceRd, a: SensitiveAreaRecord): number {
  return place.kind === 'point'
    ? pointToMultiPolygonDistanceM(place.point, a.geometryRd)
    : multiPolygonDistanceM(place.multi, a.geometryRd);
}

/** The nearest sensitive area, by a search window that grows until it holds the answer. */
function findNearestArea(
  ds: Dataset,
  place: PlaceRd,
): { area: SensitiveAreaRecord; distanceM: number } | undefined {
  const index = ds.sensitiveAreaIndex;
  if (!index) return undefined;
  const [x0, y0, x1, y1] = place.bbox;
  for (let r = 50; r < 1e7; r *= 2) {
    let best: { area: SensitiveAreaRecord; distanceM: number } | undefined;
    for (const i of index.search(x0 - r, y0 - r, x1 + r, y1 + r)) {
      const area = ds.sensitiveAreas[i]!;
      if (best && bboxDistanceM(area.bboxRd, place.bbox) >= best.distanceM) continue;
      const distanceM = distanceToArea(place, area);
      if (!best || distanceM < best.distanceM) best = { area, distanceM };
    }
    if (best && best.distanceM <= r) return best;
  }
  return undefined;
}

/** The nearest dwelling or area, with the point that stands for it (its position or anchor). */
type NearestFound = NonNullable<Verdict['nearestDwelling']> & { at: Position };

function findNearestDwelling(
  ds: Dataset,
  place: PlaceRd,
  table: DistanceTable,
): NearestFound | undefined {
  const point = findNearestDwellingPoint(ds, place, table);
  const area = findNearestArea(ds, place);
  if (!area || (point && point.distanceM <= area.distanceM)) return point;
  return {
    id: area.area.id,
    distanceM: area.distanceM,
    omgevingstype: areaOmgevingstype(ds, area.area, table),
    kind: 'area',
    name: area.area.name,
    functie: area.area.functie,
    at: area.area.anchorRd,
  };
}

function findNearestDwellingPoint(
  ds: Dataset,
  place: PlaceRd,
  table: DistanceTable,
): NearestFound | undefined {
  const index = ds.dwellingIndex;
  if (!index) return undefined;
  const d = ds.dwellings;
  const pick = (k: number, distanceM: number): NearestFound => ({
    id: dwellingInfo(ds, k).id,
    distanceM,
    omgevingstype: dwellingOmgevingstype(ds, k, table),
    at: [d.xs[k]!, d.ys[k]!],
  });
  if (place.kind === 'point') {
    const [k] = index.neighbors(place.point[0], place.point[1], 1);
    if (k === undefined) return undefined;
    return pick(k, Math.hypot(d.xs[k]! - place.point[0], d.ys[k]! - place.point[1]));
  }
  // Grow a search window until the nearest exact distance lies within it.
  const [x0, y0, x1, y1] = place.bbox;
  for (let r = 50; r < 1e6; r *= 2) {
    let best = Infinity;
    let bestK = -1;
    for (const k of index.search(x0 - r, y0 - r, x1 + r, y1 + r)) {
      const dist = pointToMultiPolygonDistanceM([d.xs[k]!, d.ys[k]!], place.multi);
      if (dist < best) {
        best = dist;
        bestK = k;
      }
    }
    if (bestK >= 0 && best <= r) return pick(bestK, best);
  }
  return undefined;
}

function programCategory(
  program: Program,
): { category: string; functiemenging?: FunctiemengingClass } | undefined {
  if (program.kind === 'category') {
    return { category: program.milieucategorie, functiemenging: program.functiemenging };
  }
  if (program.kind === 'activity') {
    const a = findActivity(program.activityId);
    return a
      ? { category: activityCategory(a, program.areaM2), functiemenging: a.functiemenging }
      : undefined;
  }
  return undefined;
}

function reason(code: ReasonCode, fields: Omit<Reason, 'code' | 'effect'> = {}): Reason {
  return { code, effect: REASON_EFFECT[code], ...fields };
}

/** A functiemenging reason: a condition for class B/C, information for class A. */
function functiemengingReason(
  cls: FunctiemengingClass | undefined,
  fields: Omit<Reason, 'code' | 'effect'>,
): Reason {
  const conditions = functiemengingConditions(cls);
  return conditions.length > 0
    ? reason(FUNCTIEMENGING_CONDITION, { ...fields, conditions })
    : reason(FUNCTIEMENGING_INSTEAD_OF_DISTANCE, fields);
}

/** What both checks share: the place, its zones and omgevingstype, the reasons so far. */
interface CheckContext {
  ds: Dataset;
  table: DistanceTable;
  view: RuleView;
  place: PlaceRd;
  zoneIdx: number[];
  omgevingstype: Omgevingstype;
  reasons: Reason[];
  conflicts: Conflict[];
  /** {@link functiemengingCover} per class (lazily). */
  covers: Map<FunctiemengingClass | undefined, FunctiemengingCover>;
  /** For a business under the list: the zones whose homes gave way (for the nearest-dwelling line). */
  gaveWayIn: number[];
  /** Housing: the business parks at the place, which refuse homes (their distance is not measured). */
  banned: number[];
}

/** How the place lies with respect to the functiemenging zones that admit one class. */
interface FunctiemengingCover {
  /** Zones at the place under whose list the class falls ({@link isUnderFunctiemenging}). */
  admitting: number[];
  /** For a polygon: zones at the place whose list does not admit the class (or that have none). */
  others: number[];
  /** Part of the place (a sample point) lies outside every zone. */
  outsideEveryZone: boolean;
  /**
   * The list applies: the place lies wholly within admitting zones — every sample point in one
   * of them and, for a polygon, no other zone at the place. A point on the border of an admitting
   * zone and another zone is in the admitting one (boundary counts as inside).
   */
  applies: boolean;
}

/**
 * Whether the function-mixing list applies to the place for a class. VNG 2009's Staat van
 * bedrijfsactiviteiten functiemenging replaces guide distances inside a mixed area; a shape
 * across the border of two zones that both admit the class lies wholly in such an area, so the
 * list applies in both; a shape that reaches out of them (into a business park, a zone of a
 * lower class, or no zone) does not, and the zone border decides (issue 14).
 */
function functiemengingCover(
  ctx: CheckContext,
  cls: FunctiemengingClass | undefined,
): FunctiemengingCover {
  const hit = ctx.covers.get(cls);
  if (hit) return hit;
  const { ds, place } = ctx;
  const admitting = ctx.zoneIdx.filter((i) => isUnderFunctiemenging(ds.zones[i]!, cls));
  const others = place.kind === 'area' ? ctx.zoneIdx.filter((i) => !admitting.includes(i)) : [];
  const inAny = (p: Position, zs: number[]) =>
    zs.some((i) => isPointInMultiPolygon(p, ds.zones[i]!.geometryRd));
  const cover: FunctiemengingCover = {
    admitting,
    others,
    outsideEveryZone: place.samples.some((p) => !inAny(p, ctx.zoneIdx)),
    applies:
      admitting.length > 0 &&
      others.length === 0 &&
      place.samples.every((p) => inAny(p, admitting)),
  };
  ctx.covers.set(cls, cover);
  return cover;
}

/** The border reason: the shape reaches out of the admitting zones, so their homes are measured. */
function zoneBorderReason(
  ctx: CheckContext,
  cover: FunctiemengingCover,
  count: number,
  fields: Omit<Reason, 'code' | 'effect'>,
): Reason {
  const { ds, table } = ctx;
  return reason(FUNCTIEMENGING_ZONE_BORDER, {
    ...fields,
    zones: cover.admitting.map((i) => zoneRef(ds.zones[i]!, table)),
    otherZones: cover.others.map((i) => zoneRef(ds.zones[i]!, table)),
    ...(cover.outsideEveryZone ? { outsideEveryZone: true } : {}),
    count,
  });
}

/**
 * Housing: homes on a bedrijventerrein are refused, in a productieve wijk conditional;
 * every source (zone or business, by view) whose guide distance reaches the place is a
 * distance conflict, unless the place lies in the source's functiemenging zone.
 */
function checkHousing(ctx: CheckContext): void {
  const { ds, table, place, reasons, conflicts } = ctx;
  const prepared = prepareRules(ds, table, ctx.view);
  const banned = new Set<number>();
  for (const i of ctx.zoneIdx) {
    const z = ds.zones[i]!;
    if (z.zoneType === 'bedrijventerrein') {
      reasons.push(reason(HOUSING_ON_BUSINESS_PARK, { zone: zoneRef(z, table) }));
      banned.add(i);
      ctx.banned.push(i);
    } else if (z.zoneType === 'productieve-wijk') {
      reasons.push(reason(HOUSING_IN_PRODUCTIEVE_WIJK, { zone: zoneRef(z, table) }));
    }
  }
  const m = prepared.maxM;
  const candidates = prepared.index
    ? prepared.index.search(
        place.bbox[0] - m,
        place.bbox[1] - m,
        place.bbox[2] + m,
        place.bbox[3] + m,
      )
    : [];
  const gaveWay = new Set<number>();
  const border = new Map<FunctiemengingClass | undefined, number>();
  for (const si of candidates.sort((a, b) => a - b)) {
    const s = prepared.sources[si]!;
    // The plan forbids homes on this zone already; its boundary distance adds nothing.
    if (s.zi >= 0 && banned.has(s.zi)) continue;
    const reach = s.requiredM[ctx.omgevingstype];
    // The bbox distance is a lower bound: beyond the reach nothing can conflict.
    if (bboxDistanceM(s.bbox, place.bbox) >= reach) continue;
    const distanceM = distanceToPlace(place, s.shape);
    const cls = classifyDistance(distanceM, s.category, ctx.omgevingstype, table);
    if (cls === 'ok') continue;
    const b = s.bi >= 0 ? ds.businesses[s.bi]! : undefined;
    const z = s.zi >= 0 ? ds.zones[s.zi]! : undefined;
    const ref = (b ?? z)!;
    const cover =
      s.fmZone >= 0 && ctx.zoneIdx.includes(s.fmZone)
        ? functiemengingCover(ctx, s.functiemenging)
        : undefined;
    if (cover && !cover.applies)
      border.set(s.functiemenging, (border.get(s.functiemenging) ?? 0) + 1);
    if (cover?.applies) {
      // The place shares the source's mixed zone and lies wholly within zones whose list admits
      // the source's class: the functiemenging list replaces distances.
      gaveWay.add(s.fmZone);
      reasons.push(
        functiemengingReason(s.functiemenging, {
          source: {
            kind: b ? 'business' : 'zone',
            id: ref.id,
            name: ref.name,
            milieucategorie: s.category,
          },
          zone: zoneRef(ds.zones[s.fmZone]!, table),
          ...(s.functiemenging ? { functiemenging: s.functiemenging } : {}),
        }),
      );
      continue;
    }
    conflicts.push({
      kind: b ? 'business' : 'zone',
      objectId: ref.id,
      layerId: ref.layerId,
      name: ref.name,
      milieucategorie: s.category,
      distanceM,
      requiredM: s.requiredM,
      omgevingstype: ctx.omgevingstype,
      distanceClass: cls,
      measuredFrom: s.measuredFrom,
      ...(s.zoneId !== undefined ? { zoneId: s.zoneId } : {}),
    });
  }
  if (gaveWay.size > 0) ctx.gaveWayIn = [...gaveWay];
  for (const [cls, count] of border) {
    reasons.push(
      zoneBorderReason(
        ctx,
        functiemengingCover(ctx, cls),
        count,
        cls ? { functiemenging: cls } : {},
      ),
    );
  }
  conflicts.sort((a, b) => a.distanceM - b.distanceM || a.objectId.localeCompare(b.objectId));
  for (const c of conflicts) {
    reasons.push(
      reason(
        c.distanceClass === 'too-close'
          ? TOO_CLOSE_TO_BUSINESS
          : WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE,
        { conflict: c, milieucategorie: c.milieucategorie, omgevingstype: c.omgevingstype },
      ),
    );
  }
}

/**
 * A business: every zone at the place must permit it and the place must lie within zones;
 * in a mixed zone whose functiemenging class covers it, the class's condition applies and
 * dwellings in that zone are no distance conflict; every other dwelling within the guide
 * distance is one. Dwellings are the homes there today in both views.
 */
function checkBusiness(
  ctx: CheckContext,
  cat: { category: string; functiemenging?: FunctiemengingClass },
): void {
  const { ds, table, place, reasons, conflicts } = ctx;
  const fields = {
    milieucategorie: cat.category,
    ...(cat.functiemenging ? { functiemenging: cat.functiemenging } : {}),
  };
  if (ctx.zoneIdx.length === 0) {
    reasons.push(reason(NO_ZONE_PERMITS_BUSINESS, { milieucategorie: cat.category }));
  } else {
    const uncovered = place.samples.some(
      (s) => !ctx.zoneIdx.some((i) => isPointInMultiPolygon(s, ds.zones[i]!.geometryRd)),
    );
    if (uncovered) {
      reasons.push(
        reason(NO_ZONE_PERMITS_BUSINESS, { milieucategorie: cat.category, partial: true }),
      );
    }
    for (const i of ctx.zoneIdx) {
      const z = ds.zones[i]!;
      for (const code of zonePermissionCodes(z, cat.category, cat.functiemenging, table)) {
        reasons.push(reason(code, { zone: zoneRef(z, table), ...fields }));
      }
    }
  }
  const cover = functiemengingCover(ctx, cat.functiemenging);
  const zoneGeoms = (zs: number[]) => zs.map((i) => ds.zones[i]!.geometryRd);
  // Under the list, homes in the admitting zones give way; across their border they are measured,
  // and the count of those says the border decided.
  const { gaveWay, inWatched } = collectDwellingConflicts(
    ctx,
    cat.category,
    cover.applies ? zoneGeoms(cover.admitting) : [],
    cover.applies ? [] : zoneGeoms(cover.admitting),
  );
  if (cover.applies) {
    // The class's condition holds for the business in the mixed zone(s), homes or not.
    if (gaveWay > 0) ctx.gaveWayIn = cover.admitting;
    reasons.push(
      functiemengingReason(cat.functiemenging, {
        zone: zoneRef(ds.zones[cover.admitting[0]!]!, table),
        ...(cover.admitting.length > 1
          ? { zones: cover.admitting.map((i) => zoneRef(ds.zones[i]!, table)) }
          : {}),
        count: gaveWay,
        ...fields,
      }),
    );
  } else if (inWatched > 0) {
    reasons.push(zoneBorderReason(ctx, cover, inWatched, fields));
  }
  for (const [code, cls] of [
    [TOO_CLOSE_TO_DWELLING, 'too-close'],
    [DWELLING_WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE, 'exception-possible'],
  ] as const) {
    const group = conflicts.filter((c) => c.distanceClass === cls);
    if (group.length === 0) continue;
    let homes = 0;
    let areas = 0;
    for (const c of group) {
      if (c.kind === 'area') areas++;
      else homes += c.homes ?? 1;
    }
    reasons.push(
      reason(code, {
        conflict: group[0]!,
        count: group.length,
        homes,
        ...(areas > 0 ? { areas } : {}),
        milieucategorie: cat.category,
        omgevingstype: group[0]!.omgevingstype,
      }),
    );
  }
}

/** The omgevingstype reason, with what makes its sentence true of the place (issue 14). */
function omgevingstypeReason(
  ds: Dataset,
  zoneIdx: number[],
  omg: ReturnType<typeof omgevingstypeAtPlace>,
  program: Program,
  table: DistanceTable,
): Reason {
  // A zone at the place that is not what made it gemengd (e.g. the bedrijventerrein it is on).
  const zi = omg.setBy === 'default' ? zoneIdx[0] : undefined;
  return reason(OMGEVINGSTYPE_AT_PLACE, {
    omgevingstype: omg.omgevingstype,
    setBy: omg.setBy,
    sensitiveSide: program.kind === 'housing' ? 'place' : 'dwellings',
    ...(omg.partlyGemengdBy ? { partlyGemengdBy: omg.partlyGemengdBy } : {}),
    ...(zi !== undefined ? { zone: zoneRef(ds.zones[zi]!, table) } : {}),
  });
}

/**
 * The nearest dwelling, marked when it lies within the business's guide distance in a zone whose
 * functiemenging list it gave way to (so "nearest at 0 m" is not read as a conflict missed).
 */
function nearestWithFunctiemenging(
  ctx: CheckContext,
  program: Program,
  category: string | undefined,
): Verdict['nearestDwelling'] {
  const { ds, table } = ctx;
  const near = findNearestDwelling(ds, ctx.place, table);
  if (!near) return undefined;
  const { at, ...nd } = near;
  if (program.kind === 'housing' || !category || ctx.gaveWayIn.length === 0) return nd;
  if (nd.distanceM >= requiredDistancesM(category, table)[nd.omgevingstype]) return nd;
  const zi = ctx.gaveWayIn.find((i) => isPointInMultiPolygon(at, ds.zones[i]!.geometryRd));
  return zi === undefined ? nd : { ...nd, functiemengingZoneId: ds.zones[zi]!.id };
}

/**
 * Checks whether a program may go at a place, with its reasons.
 *
 * - housing: homes on a bedrijventerrein are refused, in a productieve wijk conditional;
 *   every zone (view `plan`) or business (view `feitelijk`) whose guide distance reaches the
 *   place is a distance conflict, classified by {@link classifyDistance} for the place's
 *   omgevingstype.
 * - business (category or activity): every zone at the place must permit it
 *   ({@link zonePermissionCodes}); every dwelling within its guide distance is a conflict,
 *   classified for the dwelling's omgevingstype.
 * @param ds the dataset (see `buildDataset`)
 * @param place Point or (Multi)Polygon, WGS84 unless `options.crs` is `EPSG:28992`
 * @param program `{ kind: 'housing' }`, `{ kind: 'category', milieucategorie }` or `{ kind: 'activity', activityId }`
 * @param options rule set, CRS of the place, view (default `plan`)
 * @returns the verdict with reasons, zones, conflicts (nearest first) and nearest dwelling
 * @example checkLocation(ds, { type: 'Point', coordinates: [5.12, 52.09] }, { kind: 'housing' }).verdict
 */
export function checkLocation(
  ds: Dataset,
  place: Place,
  program: Program,
  options: CheckOptions = {},
): Verdict {
  const table = options.table ?? VNG_2009;
  const view = options.view ?? DEFAULT_RULE_VIEW;
  const placeRd = toPlaceRd(place, options.crs);
  const zoneIdx = zonesAtPlace(ds, placeRd);
  const omg = omgevingstypeAtPlace(ds, placeRd, zoneIdx, table);
  const ctx: CheckContext = {
    ds,
    table,
    view,
    place: placeRd,
    zoneIdx,
    omgevingstype: omg.omgevingstype,
    reasons: [omgevingstypeReason(ds, zoneIdx, omg, program, table)],
    conflicts: [],
    covers: new Map(),
    gaveWayIn: [],
    banned: [],
  };
  let milieucategorie: string | undefined;
  if (program.kind === 'housing') {
    checkHousing(ctx);
  } else {
    const cat = programCategory(program);
    if (!cat || categoryRank(cat.category, table) < 0) {
      ctx.reasons.push(reason(UNKNOWN_PROGRAM));
    } else {
      milieucategorie = cat.category;
      checkBusiness(ctx, cat);
    }
  }
  const { reasons, conflicts } = ctx;
  if (conflicts.length === 0 && !reasons.some((r) => r.code === UNKNOWN_PROGRAM)) {
    // "No conflict" is said of what the list left to distances: the zones whose homes or
    // sources gave way are named, so the sentence stays true next to a home at 0 m.
    const gaveWay = ctx.gaveWayIn.map((i) => zoneRef(ds.zones[i]!, table));
    reasons.push(
      reason(NO_CONFLICTS, {
        ...(gaveWay.length > 0 ? { zones: gaveWay } : {}),
        ...(program.kind === 'housing' ? { view } : {}),
        // Plan view: the park the place is on was not measured (it refuses homes outright).
        ...(view === 'plan' && ctx.banned.length > 0
          ? { otherZones: ctx.banned.map((i) => zoneRef(ds.zones[i]!, table)) }
          : {}),
      }),
    );
  }
  const { verdict, decidedBy } = decideVerdict(reasons.map((r) => r.code));
  const nearestDwelling = nearestWithFunctiemenging(ctx, program, milieucategorie);
  return {
    verdict,
    decidedBy,
    reasons,
    zones: zoneIdx.map((i) => zoneRef(ds.zones[i]!, table)),
    conflicts,
    ...(nearestDwelling ? { nearestDwelling } : {}),
    omgevingstype: omg.omgevingstype,
    program,
    view,
    ...(milieucategorie ? { milieucategorie } : {}),
  };
}

/**
 * Dwelling conflicts of a business at the place (into `ctx.conflicts`, nearest first).
 * @param giveWay zones under whose functiemenging list the business falls: their dwellings and
 *   areas give way to the list (no conflict)
 * @param watch zones whose dwellings and areas in conflict are counted (the border case)
 * @returns how many dwellings gave way, and how many conflicts lie in `watch`
 */
function collectDwellingConflicts(
  ctx: CheckContext,
  category: string,
  giveWay: MultiPolygonRd[],
  watch: MultiPolygonRd[],
): { gaveWay: number; inWatched: number } {
  const { ds, table, place } = ctx;
  const out = ctx.conflicts;
  let underFunctiemenging = 0;
  let inWatched = 0;
  const inAny = (p: Position, zs: MultiPolygonRd[]) => zs.some((z) => isPointInMultiPolygon(p, z));
  const req = requiredDistancesM(category, table);
  const reach = Math.max(req['rustige-woonwijk'], req['gemengd-gebied']);
  if (reach <= 0) return { gaveWay: 0, inWatched: 0 };
  const d = ds.dwellings;
  const [x0, y0, x1, y1] = place.bbox;
  const index = ds.dwellingIndex;
  const candidates = index ? index.search(x0 - reach, y0 - reach, x1 + reach, y1 + reach) : [];
  for (const k of candidates) {
    const x = d.xs[k]!;
    const y = d.ys[k]!;
    if (place.kind === 'area' && pointToBboxDistanceM(x, y, place.bbox) >= reach) continue;
    const distanceM = distanceToDwelling(place, x, y);
    if (distanceM >= reach) continue;
    const omgevingstype = dwellingOmgevingstype(ds, k, table);
    const cls = classifyDistance(distanceM, category, omgevingstype, table);
    if (cls === 'ok') continue;
    if (inAny([x, y], giveWay)) {
      underFunctiemenging++;
      continue;
    }
    if (inAny([x, y], watch)) inWatched++;
    const info = dwellingInfo(ds, k);
    out.push({
      kind: 'dwelling',
      objectId: info.id,
      layerId: info.layerId,
      name: info.id,
      milieucategorie: category,
      distanceM,
      requiredM: req,
      omgevingstype,
      distanceClass: cls,
      measuredFrom: 'place',
      homes: d.homes[k]!,
    });
  }
  // Areas that give way to the function-mixing list are not counted: the count is of addresses.
  inWatched += collectAreaConflicts(ctx, category, req, reach, giveWay, watch);
  out.sort((a, b) => a.distanceM - b.distanceM || a.objectId.localeCompare(b.objectId));
  return { gaveWay: underFunctiemenging, inWatched };
}

/**
 * Sensitive-area conflicts of a business at the place (into `ctx.conflicts`): the distance to
 * the area's boundary (0 when the place overlaps it), classified for the area's omgevingstype
 * ({@link areaOmgevingstype}); an area whose anchor lies in the functiemenging zone gives way
 * to the function-mixing list, as a dwelling there does.
 * @returns how many area conflicts have their anchor in `watch`
 */
function collectAreaConflicts(
  ctx: CheckContext,
  category: string,
  req: RequiredDistancesM,
  reach: number,
  giveWay: MultiPolygonRd[],
  watch: MultiPolygonRd[],
): number {
  const { ds, table, place } = ctx;
  const index = ds.sensitiveAreaIndex;
  if (!index) return 0;
  let inWatched = 0;
  const [x0, y0, x1, y1] = place.bbox;
  for (const i of index.search(x0 - reach, y0 - reach, x1 + reach, y1 + reach)) {
    const a = ds.sensitiveAreas[i]!;
    if (bboxDistanceM(a.bboxRd, place.bbox) >= reach) continue;
    const distanceM = distanceToArea(place, a);
    if (distanceM >= reach) continue;
    const omgevingstype = areaOmgevingstype(ds, a, table);
    const cls = classifyDistance(distanceM, category, omgevingstype, table);
    if (cls === 'ok') continue;
    if (giveWay.some((z) => isPointInMultiPolygon(a.anchorRd, z))) continue;
    if (watch.some((z) => isPointInMultiPolygon(a.anchorRd, z))) inWatched++;
    ctx.conflicts.push({
      kind: 'area',
      objectId: a.id,
      layerId: a.layerId,
      name: a.name,
      milieucategorie: category,
      distanceM,
      requiredM: req,
      omgevingstype,
      distanceClass: cls,
      measuredFrom: 'place',
      functie: a.functie,
    });
  }
  return inWatched;
}
