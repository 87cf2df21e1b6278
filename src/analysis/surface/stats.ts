/**
 * Area statistics of a surface: hectares and percentage per class, over the study area, per
 * zone type (and outside all zones) and per buurt. Planar areas in RD (m² → ha).
 */
import {
  clipAreaM2,
  clipDifference,
  clipIntersection,
  clipRect,
  clipUnion,
  freeClipPaths,
  fromClipPaths,
  isClipEmpty,
  toClipPaths,
  type ClipPaths,
} from '../../geo/clip/index.ts';
import type { BboxRd, PolygonalRd } from '../../geo/types.ts';
import { ZONE_TYPES } from '../../domain/domain.ts';
import type { StripClasses } from './engine.ts';
import { bboxOf } from './geometry.ts';
import {
  SURFACE_CLASSES,
  type ClassAreas,
  type SurfaceClass,
  type SurfaceInput,
  type SurfaceStats,
  type SurfaceStatsRow,
} from './types.ts';

const M2_PER_HA = 10_000;

/** Id of the statistics row for land outside every zone. */
export const OUTSIDE_ZONES_ID = 'buiten-zones';

function classAreas(areasM2: Record<SurfaceClass, number>, totalM2: number): ClassAreas {
  const out = {} as ClassAreas;
  for (const cls of SURFACE_CLASSES) {
    const m2 = Math.max(0, areasM2[cls]);
    out[cls] = { areaHa: m2 / M2_PER_HA, pct: totalM2 > 0 ? (100 * m2) / totalM2 : 0 };
  }
  return out;
}

function intersectBbox(a: BboxRd, b: BboxRd): BboxRd | null {
  const out: BboxRd = [
    Math.max(a[0], b[0]),
    Math.max(a[1], b[1]),
    Math.min(a[2], b[2]),
    Math.min(a[3], b[3]),
  ];
  return out[0] <= out[2] && out[1] <= out[3] ? out : null;
}

/**
 * Areas of the classes inside one region, strip by strip: each class is pre-cut with the
 * region's box (linear time), then intersected exactly; toegestaan is the rest of the
 * region, as the three classes partition the study area.
 * @param region the region (not freed); `minus` true: the region is everything *outside* it
 * @param parts boxes of the region's parts (e.g. its zones): per strip, the classes are cut to
 *   the box of the parts in that strip, which is often far smaller than the strip
 */
function regionRow(
  id: string,
  name: string,
  region: ClipPaths,
  parts: readonly BboxRd[],
  strips: readonly StripClasses[],
  minus = false,
): SurfaceStatsRow {
  let totalM2 = 0;
  const areas: Record<SurfaceClass, number> = {
    toegestaan: 0,
    voorwaardelijk: 0,
    'niet-toegestaan': 0,
  };
  for (const strip of strips) {
    const box = minus ? strip.rect : boxOfParts(parts, strip.rect);
    if (!box) continue;
    const studyBox = minus ? null : studyRectOf(strip);
    // A rectangular study area (the data extent) needs only a rectangle cut, not a boolean op.
    const inBox = studyBox ? intersectBbox(box, studyBox) : box;
    if (!inBox) continue;
    const local = clipRect(region, inBox);
    const inStudy = minus
      ? clipDifference(strip.study, local)
      : studyBox
        ? local
        : clipIntersection(local, strip.study);
    const m2 = clipAreaM2(inStudy);
    totalM2 += m2;
    // A box over the whole strip leaves the classes as they are: no copy.
    const isWholeStrip = containsBbox(box, strip.rect);
    if (m2 > 0) {
      for (const cls of ['niet-toegestaan', 'voorwaardelijk'] as const) {
        const part = isWholeStrip ? strip.byClass[cls] : clipRect(strip.byClass[cls], box);
        // No class in the box (often so for the smaller classes): no sweep.
        if (!isClipEmpty(part)) {
          const inside = clipIntersection(part, inStudy);
          areas[cls] += clipAreaM2(inside);
          freeClipPaths(inside);
        }
        if (!isWholeStrip) freeClipPaths(part);
      }
    }
    freeClipPaths(local);
    if (inStudy !== local) freeClipPaths(inStudy);
  }
  areas.toegestaan = totalM2 - areas['niet-toegestaan'] - areas.voorwaardelijk;
  return { id, name, areaHa: totalM2 / M2_PER_HA, perClass: classAreas(areas, totalM2) };
}

/** The box of the parts' boxes within a rectangle; null when none overlaps it. */
function boxOfParts(parts: readonly BboxRd[], rect: BboxRd): BboxRd | null {
  let out: BboxRd | null = null;
  for (const part of parts) {
    const inRect = intersectBbox(part, rect);
    if (!inRect) continue;
    if (!out) out = inRect;
    else {
      out[0] = Math.min(out[0], inRect[0]);
      out[1] = Math.min(out[1], inRect[1]);
      out[2] = Math.max(out[2], inRect[2]);
      out[3] = Math.max(out[3], inRect[3]);
    }
  }
  return out;
}

function containsBbox(outer: BboxRd, inner: BboxRd): boolean {
  return (
    outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3]
  );
}

const studyRects = new WeakMap<StripClasses, BboxRd | null>();

/** The strip's study area as a box when it is an axis-aligned rectangle, else null. */
function studyRectOf(strip: StripClasses): BboxRd | null {
  const known = studyRects.get(strip);
  if (known !== undefined) return known;
  const mp = fromClipPaths(strip.study);
  let rect: BboxRd | null = null;
  const ring = mp.length === 1 && mp[0]!.length === 1 ? mp[0]![0]! : null;
  if (ring && ring.length === 5) {
    const box = bboxOf([[ring]]);
    const isOnBox = ring.every(
      (p) => (p[0] === box![0] || p[0] === box![2]) && (p[1] === box![1] || p[1] === box![3]),
    );
    if (box && isOnBox) rect = box;
  }
  studyRects.set(strip, rect);
  return rect;
}

/** The row of what the given rows leave of the totals (rows that do not overlap). */
function restRow(
  id: string,
  totalM2: number,
  totalsM2: Record<SurfaceClass, number>,
  rows: readonly SurfaceStatsRow[],
): SurfaceStatsRow {
  let restM2 = totalM2;
  const rest = { ...totalsM2 };
  for (const row of rows) {
    restM2 -= row.areaHa * M2_PER_HA;
    for (const cls of SURFACE_CLASSES) rest[cls] -= row.perClass[cls].areaHa * M2_PER_HA;
  }
  restM2 = Math.max(0, restM2);
  return { id, name: id, areaHa: restM2 / M2_PER_HA, perClass: classAreas(rest, restM2) };
}

/** Union of the zones with these dataset indexes under a cache key; the handle stays owned. */
export type ZoneUnion = (key: string, indexes: readonly number[]) => ClipPaths;

function unionOf(shapes: readonly PolygonalRd[]): ClipPaths {
  const raw = toClipPaths(shapes);
  const out = clipUnion(raw);
  freeClipPaths(raw);
  return out;
}

/**
 * Statistics of the three classes.
 * @param input the data (zones and buurten of the dataset are read)
 * @param strips the classes per strip (partitioning the study area)
 * @param options `withSplits: false` skips the per-zone-type and per-buurt rows; `zoneUnion`
 *   gives the union of some zones (by dataset index) and keeps it (the engine's cache), so the
 *   unions the classes already built are not built again; `zoneRings` likewise gives the zones'
 *   rings side by side (no union)
 * @returns the statistics
 * @example computeSurfaceStats(input, strips, { withSplits: true }).perClass.toegestaan.areaHa
 */
export function computeSurfaceStats(
  input: SurfaceInput,
  strips: readonly StripClasses[],
  options: { withSplits: boolean; zoneUnion?: ZoneUnion; zoneRings?: ZoneUnion },
): SurfaceStats {
  let studyM2 = 0;
  const areas: Record<SurfaceClass, number> = {
    toegestaan: 0,
    voorwaardelijk: 0,
    'niet-toegestaan': 0,
  };
  for (const strip of strips) {
    studyM2 += clipAreaM2(strip.study);
    for (const cls of SURFACE_CLASSES) areas[cls] += clipAreaM2(strip.byClass[cls]);
  }
  const stats: SurfaceStats = {
    studyAreaHa: studyM2 / M2_PER_HA,
    perClass: classAreas(areas, studyM2),
    perZoneType: [],
    perBuurt: [],
  };
  if (!options.withSplits) return stats;

  const { zones, neighbourhoods } = input.ds;
  // Zone unions: from the caller's cache when given (kept), else built here (freed).
  const built: ClipPaths[] = [];
  const zoneUnion: ZoneUnion =
    options.zoneUnion ??
    ((_key, indexes) => {
      const h = unionOf(indexes.map((i) => zones[i]!.geometryRd));
      built.push(h);
      return h;
    });
  const zoneRings: ZoneUnion =
    options.zoneRings ??
    ((_key, indexes) => {
      const h = toClipPaths(indexes.map((i) => zones[i]!.geometryRd));
      built.push(h);
      return h;
    });
  let typesM2 = 0;
  for (const zoneType of ZONE_TYPES) {
    const indexes = zones.flatMap((z, i) => (z.zoneType === zoneType ? [i] : []));
    const bbox = bboxOf(indexes.map((i) => zones[i]!.geometryRd));
    if (!bbox) continue;
    const region = zoneUnion(zoneType, indexes);
    typesM2 += clipAreaM2(region);
    const parts = indexes.map((i) => zones[i]!.bboxRd as BboxRd);
    stats.perZoneType.push(regionRow(zoneType, zoneType, region, parts, strips));
  }
  const allIndexes = zones.map((_, i) => i);
  // Zone types that do not overlap (their areas add up to the union's): "outside all zones"
  // is the rest of each class, without another pass over the classes. When the zones' own
  // areas add up to the types' (no zone overlaps another), no union of all zones is needed.
  const zoneSumM2 = clipAreaM2(zoneRings('all', allIndexes));
  const allZones = Math.abs(zoneSumM2 - typesM2) < 0.01 ? null : zoneUnion('all', allIndexes);
  const isPartition = !allZones || Math.abs(clipAreaM2(allZones) - typesM2) < 0.01;
  stats.perZoneType.push(
    isPartition || !allZones
      ? restRow(OUTSIDE_ZONES_ID, studyM2, areas, stats.perZoneType)
      : regionRow(OUTSIDE_ZONES_ID, OUTSIDE_ZONES_ID, allZones, [], strips, true),
  );
  freeClipPaths(...built);

  for (const buurt of neighbourhoods) {
    const bbox = bboxOf([buurt.geometryRd]);
    if (!bbox) continue;
    const region = unionOf([buurt.geometryRd]);
    stats.perBuurt.push(regionRow(buurt.id, buurt.name, region, [bbox], strips));
    freeClipPaths(region);
  }
  return stats;
}
