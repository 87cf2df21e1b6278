/**
 * Types of the whole-city surface "waar wel, waar niet" (issue 4): what goes in (the rules'
 * dataset in RD metres, a study area), which program is asked about (the location check's
 * `Program`), and what comes out (three classes with areas).
 */
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import type { PolygonalRd } from '../../geo/types.ts';
import type { Dataset } from '../../domain/dataset.ts';
import type { Milieucategorie, Omgevingstype } from '../../domain/domain.ts';
import type { VerdictLevel } from '../../rules/decision-table.ts';
import type { Program } from '../../rules/location-check.ts';
import type { DistanceTable } from '../../rules/vng.ts';

/** The three verdicts of the location check, and so the three classes of the surface. */
export const SURFACE_CLASSES = ['toegestaan', 'voorwaardelijk', 'niet-toegestaan'] as const;
/** A class of the surface: exactly a verdict of the location check. */
export type SurfaceClass = VerdictLevel;

/** The program asked about: the location check's program (housing, category, activity). */
export type SurfaceProgram = Program;

/** Everything the surface needs. Build it with `buildSurfaceInput`. */
export interface SurfaceInput {
  /** The rules' projected, indexed dataset (see `buildDataset`). */
  ds: Dataset;
  /** The area to colour, RD: the data extent or a drawn area. */
  studyArea: PolygonalRd;
  /** Distance table (default VNG 2009), as in the location check. */
  table: DistanceTable;
}

/** Area of one class in one area. */
export interface ClassArea {
  areaHa: number;
  /** Share of the area it belongs to (study area, zone type or buurt), 0–100. */
  pct: number;
}

/** Areas of the three classes within one area. */
export type ClassAreas = Record<SurfaceClass, ClassArea>;

/** Row of the statistics split by zone type or buurt. */
export interface SurfaceStatsRow {
  id: string;
  name: string;
  /** Total area of the row inside the study area, hectares. */
  areaHa: number;
  perClass: ClassAreas;
}

/** Statistics of a surface: per class, per zone type (and outside zones) and per buurt. */
export interface SurfaceStats {
  studyAreaHa: number;
  perClass: ClassAreas;
  perZoneType: SurfaceStatsRow[];
  perBuurt: SurfaceStatsRow[];
}

/** Properties of one class feature. */
export interface SurfaceClassProperties {
  class: SurfaceClass;
  areaHa: number;
  pct: number;
}

/**
 * The class features (RD or WGS84): per class one feature per strip of the computation
 * (1 km wide, like tiles; a class may have none), or one per class when the strips were
 * joined (`mergeSeams`). `areaHa` and `pct` are the whole class's.
 */
export type SurfaceClassCollection = FeatureCollection<MultiPolygon, SurfaceClassProperties>;

/** The result of `computeSurface`. */
export interface SurfaceResult {
  program: SurfaceProgram;
  /** MultiPolygon features in RD metres, grouped by class in the order of `SURFACE_CLASSES`. */
  classes: SurfaceClassCollection;
  stats: SurfaceStats;
  /** Milliseconds spent per step, for the benchmark. */
  timingsMs: Record<string, number>;
}

/** Properties of a hindrance contour (milieucontour). */
export interface ContourProperties {
  /** Id of the business (or businesses, comma-separated, sharing one measuring zone). */
  businessId: string;
  milieucategorie: Milieucategorie;
  /** For which omgevingstype this guide distance holds. */
  kind: Omgevingstype;
  distanceM: number;
  /** What the distance is measured from: the plot, the permitting zone, or the point. */
  measuredFrom: 'plot' | 'zone' | 'point';
  /** Map label, e.g. "3.1 · 50 m". */
  label: string;
}

/** One hindrance contour feature. */
export type ContourFeature = Feature<MultiPolygon, ContourProperties>;
/** All contours. */
export type ContourCollection = FeatureCollection<MultiPolygon, ContourProperties>;
