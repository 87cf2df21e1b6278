/**
 * Types of the whole-city surface "waar wel, waar niet" (issue 4): what goes in (the data in
 * RD metres), which program is asked about, and what comes out (three classes with areas).
 */
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import type { FunctiemengingClass, Milieucategorie, Omgevingstype, ZoneType } from '../domain.ts';
import type { RdPolygonal } from '../clip.ts';

/** The three verdicts of the location check, and so the three classes of the surface. */
export const SURFACE_CLASSES = ['toegestaan', 'voorwaardelijk', 'niet-toegestaan'] as const;
export type SurfaceClass = (typeof SURFACE_CLASSES)[number];

/** A zone (bedrijventerrein, woon-werkzone, productieve wijk) in RD. */
export interface SurfaceZone {
  id: string;
  name: string;
  zoneType: ZoneType;
  maxMilieucategorie: Milieucategorie;
  functiemenging?: FunctiemengingClass;
  /** The omgevingstype inside the zone, as the rules read it. */
  omgevingstype: Omgevingstype;
  rd: RdPolygonal;
}

/** A business: its plot (polygon) or, without a plot, its address point, in RD. */
export interface SurfaceBusiness {
  id: string;
  milieucategorie: Milieucategorie;
  /** Plot polygon; `null` when only a point is known. */
  rd: RdPolygonal | null;
  /** Address point `[x, y]` when there is no plot. */
  xy: [number, number] | null;
}

/** A neighbourhood for the statistics. */
export interface SurfaceBuurt {
  id: string;
  name: string;
  rd: RdPolygonal;
}

/** Everything the surface needs, in RD metres. Build it with `buildSurfaceInput`. */
export interface SurfaceInput {
  /** The area to colour: the data extent or a drawn area. */
  studyArea: RdPolygonal;
  zones: readonly SurfaceZone[];
  businesses: readonly SurfaceBusiness[];
  /** Sensitive objects (dwellings, schools, care) as interleaved `[x0, y0, x1, y1, …]`. */
  dwellingsXy: Float64Array;
  buurten: readonly SurfaceBuurt[];
}

/** The program asked about: new homes, a milieucategorie, or an activity from the list. */
export type SurfaceProgram =
  | { kind: 'wonen' }
  | { kind: 'milieucategorie'; category: Milieucategorie }
  | { kind: 'activiteit'; activityId: string };

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

/** The result of `computeSurface`. */
export interface SurfaceResult {
  program: SurfaceProgram;
  /** Three MultiPolygon features in RD metres, in the order of `SURFACE_CLASSES`. */
  classes: FeatureCollection<MultiPolygon, SurfaceClassProperties>;
  stats: SurfaceStats;
  /** Milliseconds spent per step, for the benchmark and the progress display. */
  timingsMs: Record<string, number>;
}

/** Properties of a hindrance contour (milieucontour). */
export interface ContourProperties {
  businessId: string;
  milieucategorie: Milieucategorie;
  /** For which omgevingstype this guide distance holds. */
  kind: Omgevingstype;
  distanceM: number;
  /** Map label, e.g. "3.1 · 50 m". */
  label: string;
}

/** One hindrance contour feature in RD. */
export type ContourFeature = Feature<MultiPolygon, ContourProperties>;
