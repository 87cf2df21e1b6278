/**
 * Builds the surface input from the app's layers (GeoJSON FeatureCollections in RD metres).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { RdPolygonal } from '../clip.ts';
import type { BusinessProperties, NeighbourhoodProperties, ZoneProperties } from '../domain.ts';
import { bboxOf } from './geometry.ts';
import { zoneOmgevingstype } from './rules-bridge.ts';
import type { SurfaceBusiness, SurfaceBuurt, SurfaceInput, SurfaceZone } from './types.ts';

/** The layers the surface reads, each a FeatureCollection in RD metres. */
export interface SurfaceLayersRd {
  /** Bedrijventerreinen, woon-werkzones and productieve wijken (any number of collections). */
  zones: readonly FeatureCollection[];
  businesses: FeatureCollection;
  /** Sensitive objects (points): dwellings, schools, care. */
  dwellings: FeatureCollection;
  buurten?: FeatureCollection;
}

function polygonal(geometry: Geometry | null): RdPolygonal | null {
  if (!geometry) return null;
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') return geometry.coordinates;
  return null;
}

function pointXy(geometry: Geometry | null): [number, number] | null {
  if (geometry?.type !== 'Point') return null;
  const [x, y] = geometry.coordinates;
  return x === undefined || y === undefined ? null : [x, y];
}

/**
 * A rectangle polygon around all data, in RD.
 * @param shapes polygons
 * @param pointsXy interleaved points
 * @returns a rectangle, or an empty polygon when there is no data
 * @example dataExtent([zone.rd], new Float64Array())
 */
export function dataExtent(shapes: readonly RdPolygonal[], pointsXy: Float64Array): RdPolygonal {
  const box = bboxOf(shapes) ?? [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i + 1 < pointsXy.length; i += 2) {
    box[0] = Math.min(box[0], pointsXy[i]!);
    box[1] = Math.min(box[1], pointsXy[i + 1]!);
    box[2] = Math.max(box[2], pointsXy[i]!);
    box[3] = Math.max(box[3], pointsXy[i + 1]!);
  }
  if (!(box[0] <= box[2])) return [];
  const [x0, y0, x1, y1] = box;
  return [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ];
}

/**
 * Converts the app's RD layers into the surface input.
 * @param layers FeatureCollections in RD metres
 * @param options `studyArea`: a drawn area (RD); default the extent of all data
 * @returns the input of `computeSurface`
 * @example buildSurfaceInput({ zones: [bt, wwz, pw], businesses, dwellings, buurten })
 */
export function buildSurfaceInput(
  layers: SurfaceLayersRd,
  options: { studyArea?: RdPolygonal } = {},
): SurfaceInput {
  const zones: SurfaceZone[] = [];
  for (const fc of layers.zones) {
    for (const f of fc.features as Feature<Geometry, ZoneProperties>[]) {
      const rd = polygonal(f.geometry);
      if (!rd) continue;
      const p = f.properties;
      const zone: SurfaceZone = {
        id: String(p.id),
        name: String(p.name ?? p.id),
        zoneType: p.zoneType,
        maxMilieucategorie: p.maxMilieucategorie,
        omgevingstype: zoneOmgevingstype(p),
        rd,
      };
      if (p.functiemenging) zone.functiemenging = p.functiemenging;
      zones.push(zone);
    }
  }
  const businesses: SurfaceBusiness[] = [];
  for (const f of layers.businesses.features as Feature<Geometry, BusinessProperties>[]) {
    const rd = polygonal(f.geometry);
    const xy = rd ? null : pointXy(f.geometry);
    if (!rd && !xy) continue;
    businesses.push({
      id: String(f.properties.id),
      milieucategorie: f.properties.milieucategorie,
      rd,
      xy,
    });
  }
  const xy: number[] = [];
  for (const f of layers.dwellings.features) {
    const p = pointXy(f.geometry);
    if (p) xy.push(p[0], p[1]);
  }
  const dwellingsXy = Float64Array.from(xy);
  const buurten: SurfaceBuurt[] = [];
  for (const f of (layers.buurten?.features ?? []) as Feature<
    Geometry,
    NeighbourhoodProperties
  >[]) {
    const rd = polygonal(f.geometry);
    if (rd)
      buurten.push({
        id: String(f.properties.id),
        name: String(f.properties.name ?? f.properties.id),
        rd,
      });
  }
  const studyArea =
    options.studyArea ??
    dataExtent(
      [
        ...zones.map((z) => z.rd),
        ...businesses.flatMap((b) => (b.rd ? [b.rd] : [])),
        ...buurten.map((b) => b.rd),
      ],
      Float64Array.from([...xy, ...businesses.flatMap((b) => b.xy ?? [])]),
    );
  return { studyArea, zones, businesses, dwellingsXy, buurten };
}
