/**
 * The location check: may this program (housing, or a business of a given
 * category or activity) go at this place? Returns a verdict with its reasons
 * as data. Distances are planar RD metres, measured from the boundary of the
 * business plot (or of the zone that permits the activity, for a business
 * without a plot) to the dwelling (../shared/DOMAIN.md § Environmental zoning).
 * The verdict per reason is decided in `decision-table.ts`.
 */
import Flatbush from 'flatbush';
import type { Polygon, MultiPolygon, Point, Position } from 'geojson';
import { EPSG_RD, toRd, type CrsCode } from '../geo/crs.ts';
import type { BboxRd, MultiPolygonRd } from '../geo/types.ts';
import {
  dwellingInfo,
  dwellingZoneIndex,
  zonesAtPoint,
  type Dataset,
  type ZoneRecord,
} from '../domain/dataset.ts';
import type {
  FunctiemengingClass,
  Milieucategorie,
  Omgevingstype,
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
import { findActivity } from './activities.ts';
import {
  classifyDistance,
  decideVerdict,
  REASON_EFFECT,
  type DistanceClass,
  type VerdictLevel,
} from './decision-table.ts';
import {
  DWELLING_WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE,
  FUNCTIEMENGING_INSTEAD_OF_DISTANCE,
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
  canZonePermitBusiness,
  isUnderFunctiemenging,
  omgevingstypeOfZone,
  zonePermissionCodes,
} from './zone-permission.ts';

/** The place to check: a point or a polygon, WGS84 unless `options.crs` says RD. */
export type Place = Point | Polygon | MultiPolygon;

/** What would go at the place. */
export type Program =
  | { kind: 'housing' }
  | { kind: 'category'; milieucategorie: Milieucategorie; functiemenging?: FunctiemengingClass }
  | { kind: 'activity'; activityId: string };

/** Options of {@link checkLocation}. */
export interface CheckOptions {
  /** Distance table (default VNG 2009). */
  table?: DistanceTable;
  /** CRS of the place's coordinates (default WGS84). */
  crs?: CrsCode;
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

/** One conflicting object (a business for housing, a dwelling for a business). */
export interface Conflict {
  kind: 'business' | 'dwelling';
  objectId: string;
  layerId: string;
  name: string;
  /** The business's category (for a dwelling conflict: the program's category). */
  milieucategorie: string;
  /** Planar RD distance, full precision; round only for display. */
  distanceM: number;
  requiredM: RequiredDistancesM;
  /** Omgevingstype of the sensitive side (the place for housing, the dwelling for business). */
  omgevingstype: Omgevingstype;
  distanceClass: Exclude<DistanceClass, 'ok'>;
  /** What the distance was measured from: the business plot, its zone, its point, or the checked place. */
  measuredFrom: 'plot' | 'zone' | 'point' | 'place';
  /** Zone measured from, when `measuredFrom` is `zone`. */
  zoneId?: string;
  /** Homes at a conflicting dwelling address. */
  homes?: number;
}

/** One reason of a verdict, as data; the UI turns `code` into a sentence. */
export interface Reason {
  code: ReasonCode;
  /** The verdict this reason leads to (from the decision table). */
  effect: VerdictLevel;
  zone?: ZoneRef;
  /** The conflicting object (the nearest one when `count` > 1). */
  conflict?: Conflict;
  /** Number of objects this reason covers (dwelling conflicts are summed). */
  count?: number;
  /** Number of homes at those objects. */
  homes?: number;
  omgevingstype?: Omgevingstype;
  milieucategorie?: string;
  functiemenging?: FunctiemengingClass;
  /** For NO_ZONE_PERMITS_BUSINESS: true when only part of the place lies outside every zone. */
  partial?: boolean;
  /** For OMGEVINGSTYPE_AT_PLACE: which zone set it, or 'default'. */
  setBy?: string;
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
  nearestDwelling?: { id: string; distanceM: number; omgevingstype: Omgevingstype };
  /** Omgevingstype at the place. */
  omgevingstype: Omgevingstype;
  program: Program;
  /** The category checked (business programs). */
  milieucategorie?: string;
}

interface BusinessSource {
  bi: number;
  multi: MultiPolygonRd | undefined;
  point: [number, number] | undefined;
  bbox: BboxRd;
  measuredFrom: 'plot' | 'zone' | 'point';
  zoneId?: string;
  requiredM: RequiredDistancesM;
  category: string;
  /** Index of the mixed zone whose functiemenging regime covers this business, or -1. */
  fmZone: number;
}

/** The per-dataset structures of {@link prepareRules} (opaque to callers). */
export interface PreparedRules {
  table: DistanceTable;
  sources: BusinessSource[];
  index: Flatbush | null;
  maxM: number;
}

const preparedCache = new WeakMap<Dataset, Map<DistanceTable, PreparedRules>>();

/**
 * Prepares the rules for a dataset once (the measuring geometry of every
 * business and an index on it); {@link checkLocation} calls it lazily and caches it.
 * A business with a point geometry is measured from the boundary of the first zone
 * containing it that permits its category, else from the point.
 * @param ds the dataset
 * @param table distance table (default VNG 2009)
 * @returns the prepared structures (opaque)
 * @example prepareRules(ds)
 */
export function prepareRules(ds: Dataset, table: DistanceTable = VNG_2009): PreparedRules {
  let perTable = preparedCache.get(ds);
  if (!perTable) {
    perTable = new Map();
    preparedCache.set(ds, perTable);
  }
  const hit = perTable.get(table);
  if (hit) return hit;
  const sources: BusinessSource[] = [];
  ds.businesses.forEach((b, bi) => {
    const category = b.milieucategorie;
    if (!category || categoryRank(category, table) < 0) return;
    const requiredM = requiredDistancesM(category, table);
    const anchor = b.pointRd ?? centroidOfMultiPolygon(b.plotRd!);
    const fmZone =
      zonesAtPoint(ds, anchor).find((i) => isUnderFunctiemenging(ds.zones[i]!, b.functiemenging)) ??
      -1;
    if (b.plotRd) {
      sources.push({
        bi,
        multi: b.plotRd,
        point: undefined,
        bbox: bboxOfMultiPolygon(b.plotRd),
        measuredFrom: 'plot',
        requiredM,
        category,
        fmZone,
      });
      return;
    }
    const p = b.pointRd!;
    const zi = zonesAtPoint(ds, p).find((i) =>
      canZonePermitBusiness(ds.zones[i]!, category, b.functiemenging, table),
    );
    if (zi !== undefined) {
      const z = ds.zones[zi]!;
      sources.push({
        bi,
        multi: z.geometryRd,
        point: undefined,
        bbox: z.bboxRd,
        measuredFrom: 'zone',
        zoneId: z.id,
        requiredM,
        category,
        fmZone,
      });
    } else {
      sources.push({
        bi,
        multi: undefined,
        point: p,
        bbox: [p[0], p[1], p[0], p[1]],
        measuredFrom: 'point',
        requiredM,
        category,
        fmZone,
      });
    }
  });
  let index: Flatbush | null = null;
  if (sources.length) {
    index = new Flatbush(sources.length);
    for (const s of sources) index.add(...s.bbox);
    index.finish();
  }
  const prepared = { table, sources, index, maxM: maxRequiredDistanceM(table) };
  perTable.set(table, prepared);
  return prepared;
}

interface PlaceRd {
  point: [number, number] | undefined;
  multi: MultiPolygonRd | undefined;
  bbox: BboxRd;
  /** Points that stand for the place when testing zone coverage (vertices and centroid). */
  samples: Position[];
}

function toPlaceRd(place: Place, crs: CrsCode | undefined): PlaceRd {
  const project = crs === EPSG_RD ? (p: Position) => [p[0]!, p[1]!] : toRd;
  if (place.type === 'Point') {
    const p = project(place.coordinates) as [number, number];
    return { point: p, multi: undefined, bbox: [p[0], p[1], p[0], p[1]], samples: [p] };
  }
  const polys = place.type === 'Polygon' ? [place.coordinates] : place.coordinates;
  const multi = polys.map((poly) => poly.map((ring) => ring.map(project)));
  const samples: Position[] = [centroidOfMultiPolygon(multi)];
  for (const poly of multi) for (const pos of poly[0] ?? []) samples.push(pos);
  return { point: undefined, multi, bbox: bboxOfMultiPolygon(multi), samples };
}

function zoneRef(z: ZoneRecord): ZoneRef {
  return {
    id: z.id,
    name: z.name,
    layerId: z.layerId,
    zoneType: z.zoneType,
    maxMilieucategorie: z.maxMilieucategorie,
    functiemenging: z.functiemenging,
    omgevingstype: omgevingstypeOfZone(z),
  };
}

/** Zones whose area the place shares (for a point: that contain it, boundary included). */
function zonesAtPlace(ds: Dataset, place: PlaceRd): number[] {
  if (place.point) return zonesAtPoint(ds, place.point);
  if (!ds.zoneIndex) return [];
  return ds.zoneIndex
    .search(...place.bbox)
    .sort((a, b) => a - b)
    .filter((i) => doInteriorsIntersect(place.multi!, ds.zones[i]!.geometryRd));
}

/**
 * Omgevingstype at the place: an explicit zone `omgevingstype` wins; gemengd gebied when
 * the place lies in a woon-werkzone or productieve wijk; else rustige woonwijk. A polygon
 * place is gemengd only when all its sample points (vertices, centroid) are gemengd.
 */
function omgevingstypeAtPlace(
  ds: Dataset,
  place: PlaceRd,
  zoneIdx: number[],
): { omgevingstype: Omgevingstype; setBy: string } {
  let setBy = 'default';
  for (const s of place.samples) {
    const here = zoneIdx.filter((i) => isPointInMultiPolygon(s, ds.zones[i]!.geometryRd));
    const types = here.map((i) => omgevingstypeOfZone(ds.zones[i]!));
    const explicit = here.find((i) => ds.zones[i]!.omgevingstype !== undefined);
    const t =
      explicit !== undefined
        ? ds.zones[explicit]!.omgevingstype!
        : types.includes('gemengd-gebied')
          ? 'gemengd-gebied'
          : 'rustige-woonwijk';
    if (t === 'rustige-woonwijk') {
      return {
        omgevingstype: t,
        setBy: explicit !== undefined ? ds.zones[explicit]!.id : 'default',
      };
    }
    const by = explicit ?? here.find((i) => types[here.indexOf(i)] === 'gemengd-gebied');
    if (by !== undefined && setBy === 'default') setBy = ds.zones[by]!.id;
  }
  return { omgevingstype: 'gemengd-gebied', setBy };
}

function distanceToPlace(
  place: PlaceRd,
  multi: MultiPolygonRd | undefined,
  point: Position | undefined,
): number {
  if (place.point) {
    if (multi) return pointToMultiPolygonDistanceM(place.point, multi);
    return Math.hypot(place.point[0] - point![0]!, place.point[1] - point![1]!);
  }
  if (multi) return multiPolygonDistanceM(place.multi!, multi);
  return pointToMultiPolygonDistanceM(point!, place.multi!);
}

function dwellingOmgevingstype(ds: Dataset, k: number): Omgevingstype {
  const zi = dwellingZoneIndex(ds, k);
  return zi >= 0 ? (omgevingstypeOfZone(ds.zones[zi]!) ?? 'rustige-woonwijk') : 'rustige-woonwijk';
}

function findNearestDwelling(ds: Dataset, place: PlaceRd): Verdict['nearestDwelling'] {
  const index = ds.dwellingIndex;
  if (!index) return undefined;
  const d = ds.dwellings;
  const pick = (k: number, distanceM: number) => ({
    id: dwellingInfo(ds, k).id,
    distanceM,
    omgevingstype: dwellingOmgevingstype(ds, k),
  });
  if (place.point) {
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
      const dist = pointToMultiPolygonDistanceM([d.xs[k]!, d.ys[k]!], place.multi!);
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
    return a ? { category: a.milieucategorie, functiemenging: a.functiemenging } : undefined;
  }
  return undefined;
}

function reason(code: ReasonCode, fields: Omit<Reason, 'code' | 'effect'> = {}): Reason {
  return { code, effect: REASON_EFFECT[code], ...fields };
}

/**
 * Checks whether a program may go at a place, with its reasons.
 *
 * - housing: homes on a bedrijventerrein are refused, in a productieve wijk at best
 *   conditional; every business whose required distance reaches the place is a conflict,
 *   classified by {@link classifyDistance} for the place's omgevingstype.
 * - business (category or activity): every zone at the place must permit it
 *   ({@link zonePermissionCodes}); every dwelling within its required distance is a conflict,
 *   classified for the dwelling's omgevingstype.
 * @param ds the dataset (see `buildDataset`)
 * @param place Point or (Multi)Polygon, WGS84 unless `options.crs` is `EPSG:28992`
 * @param program `{ kind: 'housing' }`, `{ kind: 'category', milieucategorie }` or `{ kind: 'activity', activityId }`
 * @param options distance table and CRS of the place
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
  const prepared = prepareRules(ds, table);
  const placeRd = toPlaceRd(place, options.crs);
  const zoneIdx = zonesAtPlace(ds, placeRd);
  const zones = zoneIdx.map((i) => zoneRef(ds.zones[i]!));
  const omg = omgevingstypeAtPlace(ds, placeRd, zoneIdx);
  const reasons: Reason[] = [
    reason(OMGEVINGSTYPE_AT_PLACE, { omgevingstype: omg.omgevingstype, setBy: omg.setBy }),
  ];
  const conflicts: Conflict[] = [];
  const nearestDwelling = findNearestDwelling(ds, placeRd);
  // Zones that contain the whole place (all its sample points).
  const placeWithin = zoneIdx.filter((i) =>
    placeRd.samples.every((p) => isPointInMultiPolygon(p, ds.zones[i]!.geometryRd)),
  );
  let milieucategorie: string | undefined;

  if (program.kind === 'housing') {
    for (const i of zoneIdx) {
      const z = ds.zones[i]!;
      if (z.zoneType === 'bedrijventerrein') {
        reasons.push(reason(HOUSING_ON_BUSINESS_PARK, { zone: zoneRef(z) }));
      } else if (z.zoneType === 'productieve-wijk') {
        reasons.push(reason(HOUSING_IN_PRODUCTIEVE_WIJK, { zone: zoneRef(z) }));
      }
    }
    const candidates = prepared.index
      ? prepared.index.search(
          placeRd.bbox[0] - prepared.maxM,
          placeRd.bbox[1] - prepared.maxM,
          placeRd.bbox[2] + prepared.maxM,
          placeRd.bbox[3] + prepared.maxM,
        )
      : [];
    for (const si of candidates) {
      const s = prepared.sources[si]!;
      const reach = s.requiredM[omg.omgevingstype];
      // The bbox distance is a lower bound: beyond the reach nothing can conflict.
      if (bboxDistanceM(s.bbox, placeRd.bbox) >= reach) continue;
      const distanceM = distanceToPlace(placeRd, s.multi, s.point);
      const cls = classifyDistance(distanceM, s.category, omg.omgevingstype, table);
      if (cls === 'ok') continue;
      const b = ds.businesses[s.bi]!;
      const conflict: Conflict = {
        kind: 'business',
        objectId: b.id,
        layerId: b.layerId,
        name: b.name,
        milieucategorie: s.category,
        distanceM,
        requiredM: s.requiredM,
        omgevingstype: omg.omgevingstype,
        distanceClass: cls,
        measuredFrom: s.measuredFrom,
        ...(s.zoneId !== undefined ? { zoneId: s.zoneId } : {}),
      };
      if (s.fmZone >= 0 && placeWithin.includes(s.fmZone)) {
        // Same mixed zone, class within the zone's: the functiemenging list replaces distances.
        reasons.push(
          reason(FUNCTIEMENGING_INSTEAD_OF_DISTANCE, {
            conflict,
            zone: zoneRef(ds.zones[s.fmZone]!),
            ...(b.functiemenging ? { functiemenging: b.functiemenging } : {}),
          }),
        );
        continue;
      }
      conflicts.push(conflict);
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
  } else {
    const cat = programCategory(program);
    if (!cat || categoryRank(cat.category, table) < 0) {
      reasons.push(reason(UNKNOWN_PROGRAM));
    } else {
      milieucategorie = cat.category;
      // Zone permission: every zone the place shares, and the place must be covered by zones.
      if (zoneIdx.length === 0) {
        reasons.push(reason(NO_ZONE_PERMITS_BUSINESS, { milieucategorie: cat.category }));
      } else {
        const uncovered = placeRd.samples.some(
          (s) => !zoneIdx.some((i) => isPointInMultiPolygon(s, ds.zones[i]!.geometryRd)),
        );
        if (uncovered) {
          reasons.push(
            reason(NO_ZONE_PERMITS_BUSINESS, { milieucategorie: cat.category, partial: true }),
          );
        }
        for (const i of zoneIdx) {
          const z = ds.zones[i]!;
          for (const code of zonePermissionCodes(z, cat.category, cat.functiemenging, table)) {
            reasons.push(
              reason(code, {
                zone: zoneRef(z),
                milieucategorie: cat.category,
                ...(cat.functiemenging ? { functiemenging: cat.functiemenging } : {}),
              }),
            );
          }
        }
      }
      const fmZone = placeWithin.find((i) =>
        isUnderFunctiemenging(ds.zones[i]!, cat.functiemenging),
      );
      const fmCount = collectDwellingConflicts(
        ds,
        placeRd,
        cat.category,
        table,
        conflicts,
        fmZone === undefined ? undefined : ds.zones[fmZone]!.geometryRd,
      );
      if (fmCount > 0) {
        reasons.push(
          reason(FUNCTIEMENGING_INSTEAD_OF_DISTANCE, {
            zone: zoneRef(ds.zones[fmZone!]!),
            count: fmCount,
            milieucategorie: cat.category,
            ...(cat.functiemenging ? { functiemenging: cat.functiemenging } : {}),
          }),
        );
      }
      for (const [code, cls] of [
        [TOO_CLOSE_TO_DWELLING, 'too-close'],
        [DWELLING_WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE, 'exception-possible'],
      ] as const) {
        const group = conflicts.filter((c) => c.distanceClass === cls);
        if (group.length === 0) continue;
        let homes = 0;
        for (const c of group) homes += c.homes ?? 1;
        reasons.push(
          reason(code, {
            conflict: group[0]!,
            count: group.length,
            homes,
            milieucategorie: cat.category,
            omgevingstype: group[0]!.omgevingstype,
          }),
        );
      }
    }
  }
  if (conflicts.length === 0 && !reasons.some((r) => r.code === UNKNOWN_PROGRAM)) {
    reasons.push(reason(NO_CONFLICTS));
  }
  const { verdict, decidedBy } = decideVerdict(reasons.map((r) => r.code));
  return {
    verdict,
    decidedBy,
    reasons,
    zones,
    conflicts,
    ...(nearestDwelling ? { nearestDwelling } : {}),
    omgevingstype: omg.omgevingstype,
    program,
    ...(milieucategorie ? { milieucategorie } : {}),
  };
}

function collectDwellingConflicts(
  ds: Dataset,
  place: PlaceRd,
  category: string,
  table: DistanceTable,
  out: Conflict[],
  functiemengingZone: MultiPolygonRd | undefined,
): number {
  let underFunctiemenging = 0;
  const index = ds.dwellingIndex;
  if (!index) return 0;
  const req = requiredDistancesM(category, table);
  const reach = Math.max(req['rustige-woonwijk'], req['gemengd-gebied']);
  if (reach <= 0) return 0;
  const d = ds.dwellings;
  const [x0, y0, x1, y1] = place.bbox;
  const candidates = index.search(x0 - reach, y0 - reach, x1 + reach, y1 + reach);
  for (const k of candidates) {
    const x = d.xs[k]!;
    const y = d.ys[k]!;
    let distanceM: number;
    if (place.point) {
      distanceM = Math.hypot(x - place.point[0], y - place.point[1]);
    } else {
      if (pointToBboxDistanceM(x, y, place.bbox) >= reach) continue;
      distanceM = pointToMultiPolygonDistanceM([x, y], place.multi!);
    }
    if (distanceM >= reach) continue;
    const omgevingstype = dwellingOmgevingstype(ds, k);
    const cls = classifyDistance(distanceM, category, omgevingstype, table);
    if (cls === 'ok') continue;
    if (functiemengingZone && isPointInMultiPolygon([x, y], functiemengingZone)) {
      underFunctiemenging++;
      continue;
    }
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
  out.sort((a, b) => a.distanceM - b.distanceM || a.objectId.localeCompare(b.objectId));
  return underFunctiemenging;
}
