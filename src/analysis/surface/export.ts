/**
 * Export of the surface's results (issue 14): the class features and the contours as GeoJSON in
 * RD New (with a `crs` member, as QGIS and ogr2ogr read it) or WGS84, each feature with its
 * class; the statistics as CSV for Dutch Excel (the writer of the wijkprofielen export).
 */
import type { FeatureCollection } from 'geojson';
import { BOM, csvField, dutchNumber } from '../wijkprofiel/export.ts';
import {
  SURFACE_CLASSES,
  type SurfaceClass,
  type SurfaceStats,
  type SurfaceStatsRow,
} from './types.ts';

/** The GeoJSON 2008 `crs` member of RD New, which GDAL and QGIS recognise. */
export const RD_CRS_MEMBER = {
  type: 'name',
  properties: { name: 'urn:ogc:def:crs:EPSG::28992' },
} as const;

/**
 * An RD collection with its `crs` member, so a GIS does not take the metres for degrees.
 * @param fc features in RD metres
 * @returns a new collection with `crs`
 * @example withRdCrs(result.classes).crs.properties.name // 'urn:ogc:def:crs:EPSG::28992'
 */
export function withRdCrs<T extends FeatureCollection>(fc: T): T & { crs: typeof RD_CRS_MEMBER } {
  return { ...fc, crs: RD_CRS_MEMBER };
}

/** Headings and words of the statistics CSV, in the UI language. */
export interface StatsCsvLabels {
  /** Column headings: scope, code, name, area ha, then per class "ha" and "%" (see below). */
  scope: string;
  code: string;
  name: string;
  areaHa: string;
  classHa: (c: SurfaceClass) => string;
  classPct: (c: SurfaceClass) => string;
  /** Scope words: the whole study area, a zone type row, a buurt row. */
  studyArea: string;
  zoneType: string;
  buurt: string;
}

/**
 * The statistics as CSV: one row for the study area, one per zone type (and outside zones),
 * one per buurt; per class the hectares (2 decimals) and the share of that row's area
 * (1 decimal).
 * @param stats the statistics of a surface
 * @param labels headings and scope words
 * @returns the CSV text, starting with a BOM
 * @example statsToCsv(surfaceStats()!, labelsNl)
 */
export function statsToCsv(stats: SurfaceStats, labels: StatsCsvLabels): string {
  const header = [
    labels.scope,
    labels.code,
    labels.name,
    labels.areaHa,
    ...SURFACE_CLASSES.flatMap((c) => [labels.classHa(c), labels.classPct(c)]),
  ];
  const row = (scope: string, r: Pick<SurfaceStatsRow, 'id' | 'name' | 'areaHa' | 'perClass'>) =>
    [
      csvField(scope),
      csvField(r.id),
      csvField(r.name),
      dutchNumber(r.areaHa, 2),
      ...SURFACE_CLASSES.flatMap((c) => [
        dutchNumber(r.perClass[c].areaHa, 2),
        dutchNumber(r.perClass[c].pct, 1),
      ]),
    ].join(';');
  const lines = [
    header.map(csvField).join(';'),
    row(labels.studyArea, {
      id: '',
      name: labels.studyArea,
      areaHa: stats.studyAreaHa,
      perClass: stats.perClass,
    }),
    ...stats.perZoneType.map((r) => row(labels.zoneType, r)),
    ...stats.perBuurt.map((r) => row(labels.buurt, r)),
  ];
  return BOM + lines.join('\r\n') + '\r\n';
}
