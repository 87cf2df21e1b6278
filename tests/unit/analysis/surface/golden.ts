/** Builds golden output collections a reviewer can open in any GIS (RD, simplestyle colours). */
import type { Feature, FeatureCollection } from 'geojson';
import { CONTOUR_COLORS, SURFACE_CLASS_COLORS } from '../../../../src/analysis/surface/colors.ts';
import type { SurfaceProgram, SurfaceResult } from '../../../../src/analysis/surface/index.ts';

const RD_CRS = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } };

function round(v: unknown): unknown {
  if (typeof v === 'number') return Math.round(v * 1000) / 1000;
  if (Array.isArray(v)) return v.map(round);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round(x)]));
  }
  return v;
}

/** The classes with fill colours, followed by the input features as context. */
export function surfaceGolden(result: SurfaceResult, inputs: FeatureCollection): string {
  const classes: Feature[] = result.classes.features.map((f) => ({
    ...f,
    properties: {
      ...f.properties,
      fill: SURFACE_CLASS_COLORS[f.properties.class],
      'fill-opacity': 0.6,
      stroke: '#333333',
      'stroke-width': 1,
    },
  }));
  const context: Feature[] = inputs.features.map((f) => ({
    ...f,
    properties: { ...f.properties, 'fill-opacity': 0, stroke: '#000000', 'marker-size': 'small' },
  }));
  const fc = {
    type: 'FeatureCollection',
    name: `surface-${result.program.kind}`,
    crs: RD_CRS,
    properties: { program: result.program },
    features: [...classes, ...context],
  };
  return `${JSON.stringify(round(fc), null, 1)}\n`;
}

/** Contours with line colours per omgevingstype. */
export function contoursGolden(contours: FeatureCollection): string {
  const fc = {
    type: 'FeatureCollection',
    name: 'milieucontouren',
    crs: RD_CRS,
    features: contours.features.map((f) => ({
      ...f,
      properties: {
        ...f.properties,
        stroke: CONTOUR_COLORS[f.properties?.['kind'] as keyof typeof CONTOUR_COLORS],
        'fill-opacity': 0,
      },
    })),
  };
  return `${JSON.stringify(round(fc), null, 1)}\n`;
}

/** Golden cases: program → output file under tests/fixtures/surface/out/. */
export const GOLDEN_CASES: ReadonlyArray<[string, SurfaceProgram]> = [
  ['wonen', { kind: 'housing' }],
  ['categorie-3.1', { kind: 'category', milieucategorie: '3.1' }],
  ['activiteit-1071-a', { kind: 'activity', activityId: '1071-a' }],
];
