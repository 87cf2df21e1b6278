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
  toClipPaths,
  type ClipPaths,
} from '../clip.ts';
import { ZONE_TYPES } from '../domain.ts';
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

/**
 * Areas of the classes inside one region. The region is pre-cut from each class with its
 * bounding box (linear), then intersected exactly; toegestaan is the rest of the region, as
 * the three classes partition the study area.
 */
function regionRow(
  id: string,
  name: string,
  region: ClipPaths,
  bbox: [number, number, number, number] | null,
  byClass: Record<SurfaceClass, ClipPaths>,
): SurfaceStatsRow {
  const totalM2 = clipAreaM2(region);
  const areas: Record<SurfaceClass, number> = {
    toegestaan: 0,
    voorwaardelijk: 0,
    'niet-toegestaan': 0,
  };
  if (totalM2 > 0 && bbox) {
    for (const cls of ['niet-toegestaan', 'voorwaardelijk'] as const) {
      const local = clipRect(byClass[cls], bbox);
      const inside = clipIntersection(local, region);
      areas[cls] = clipAreaM2(inside);
      freeClipPaths(local, inside);
    }
    areas.toegestaan = totalM2 - areas['niet-toegestaan'] - areas.voorwaardelijk;
  }
  return { id, name, areaHa: totalM2 / M2_PER_HA, perClass: classAreas(areas, totalM2) };
}

/**
 * Statistics of the three classes.
 * @param input the data (zones and buurten are read)
 * @param study the study area (merged)
 * @param byClass the three class geometries, partitioning the study area
 * @param options `withSplits: false` skips the per-zone-type and per-buurt rows
 * @returns the statistics
 * @example computeSurfaceStats(input, study, byClass, { withSplits: true }).perClass.toegestaan.areaHa
 */
export function computeSurfaceStats(
  input: SurfaceInput,
  study: ClipPaths,
  byClass: Record<SurfaceClass, ClipPaths>,
  options: { withSplits: boolean },
): SurfaceStats {
  const studyM2 = clipAreaM2(study);
  const areas = {} as Record<SurfaceClass, number>;
  for (const cls of SURFACE_CLASSES) areas[cls] = clipAreaM2(byClass[cls]);
  const stats: SurfaceStats = {
    studyAreaHa: studyM2 / M2_PER_HA,
    perClass: classAreas(areas, studyM2),
    perZoneType: [],
    perBuurt: [],
  };
  if (!options.withSplits) return stats;

  const { zones, neighbourhoods } = input.ds;
  const allZonesRaw = toClipPaths(zones.map((z) => z.geometryRd));
  const allZones = clipUnion(allZonesRaw);
  freeClipPaths(allZonesRaw);
  for (const zoneType of ZONE_TYPES) {
    const shapes = zones.filter((z) => z.zoneType === zoneType).map((z) => z.geometryRd);
    if (shapes.length === 0) continue;
    const raw = toClipPaths(shapes);
    const region = clipIntersection(raw, study);
    stats.perZoneType.push(regionRow(zoneType, zoneType, region, bboxOf(shapes), byClass));
    freeClipPaths(raw, region);
  }
  const outside = clipDifference(study, allZones);
  stats.perZoneType.push(
    regionRow(OUTSIDE_ZONES_ID, OUTSIDE_ZONES_ID, outside, bboxOf([input.studyArea]), byClass),
  );
  freeClipPaths(outside, allZones);

  for (const buurt of neighbourhoods) {
    const raw = toClipPaths([buurt.geometryRd]);
    const region = clipIntersection(raw, study);
    stats.perBuurt.push(
      regionRow(buurt.id, buurt.name, region, bboxOf([buurt.geometryRd]), byClass),
    );
    freeClipPaths(raw, region);
  }
  return stats;
}
