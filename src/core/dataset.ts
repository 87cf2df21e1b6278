/**
 * The projected, indexed dataset the rules run on. Layers come in as GeoJSON
 * (WGS84, or RD New when `crs: 'EPSG:28992'` is given), are projected once to
 * RD metres, and get flatbush indexes: zones and businesses by the bounding box
 * of their geometry, dwellings (sensitive objects) as points in flat typed
 * arrays. Pure TypeScript: runs in node, in the browser and in a Web Worker.
 */
import Flatbush from 'flatbush';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { EPSG_RD, toRd, type CrsCode } from './crs.ts';
import type {
  FunctiemengingClass,
  Milieucategorie,
  Omgevingstype,
  SensitiveFunction,
  ZoneType,
} from './domain.ts';
import {
  bboxOfMultiPolygon,
  centroidOfMultiPolygon,
  isPointInMultiPolygon,
  type BboxRd,
  type MultiPolygonRd,
} from './planar.ts';

/** What a layer means to the rules (same values as `LayerDefinition.role` in layers/types.ts). */
export type DatasetRole = 'zone' | 'sensitive' | 'business' | 'neighbourhood' | 'base';

/** One layer handed to {@link buildDataset}. */
export interface DatasetLayerInput {
  layerId: string;
  role: DatasetRole;
  features: FeatureCollection;
  /** CRS of the coordinates; default WGS84 (`EPSG:4326`). RD input is kept as is. */
  crs?: CrsCode;
}

/** A zone (bedrijventerrein, woon-werkzone, productieve wijk) in RD. */
export interface ZoneRecord {
  layerId: string;
  id: string;
  name: string;
  zoneType: ZoneType | undefined;
  maxMilieucategorie: Milieucategorie | undefined;
  functiemenging: FunctiemengingClass | undefined;
  /** The omgevingstype the zone sets for sensitive functions inside it, if any. */
  omgevingstype: Omgevingstype | undefined;
  geometryRd: MultiPolygonRd;
  bboxRd: BboxRd;
  properties: Record<string, unknown>;
}

/** A business in RD; its geometry is its plot (polygon) or an address point. */
export interface BusinessRecord {
  layerId: string;
  id: string;
  name: string;
  sbi: string | undefined;
  activity: string | undefined;
  milieucategorie: Milieucategorie | undefined;
  functiemenging: FunctiemengingClass | undefined;
  /** The plot polygon, when the business has one. */
  plotRd: MultiPolygonRd | undefined;
  /** The address point, when the business is a point. */
  pointRd: [number, number] | undefined;
  properties: Record<string, unknown>;
}

/** Sensitive objects (dwellings, schools, care) as flat arrays; index i is one object. */
export interface DwellingTable {
  count: number;
  xs: Float64Array;
  ys: Float64Array;
  ids: string[];
  functies: SensitiveFunction[];
  homes: Uint32Array;
  layerIds: string[];
  /** Index into `ds.zones` of the first zone containing the dwelling, or -1. */
  zoneIndex: Int32Array;
}

/** The projected, indexed dataset. Treat it as read-only. */
export interface Dataset {
  zones: ZoneRecord[];
  /** Flatbush over zone bboxes (item i = zones[i]); null when there are no zones. */
  zoneIndex: Flatbush | null;
  businesses: BusinessRecord[];
  /** Flatbush over business bboxes (plot or point); null when there are none. */
  businessIndex: Flatbush | null;
  dwellings: DwellingTable;
  /** Flatbush over dwelling points; null when there are none. */
  dwellingIndex: Flatbush | null;
  neighbourhoods: { layerId: string; id: string; name: string; geometryRd: MultiPolygonRd }[];
  /** Time spent building, ms (for the benchmark and the UI's status line). */
  buildMs: number;
}

const identity = (p: Position): Position => p;

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** Converts a Polygon or MultiPolygon to a projected MultiPolygon; other kinds give undefined. */
function toMultiPolygonRd(
  g: Geometry | null,
  project: (p: Position) => Position,
): MultiPolygonRd | undefined {
  if (!g) return undefined;
  const ring = (r: Position[]) => r.map(project);
  if (g.type === 'Polygon') return [g.coordinates.map(ring)];
  if (g.type === 'MultiPolygon') return g.coordinates.map((p) => p.map(ring));
  return undefined;
}

function pointOf(g: Geometry | null, project: (p: Position) => Position): Position | undefined {
  if (!g) return undefined;
  if (g.type === 'Point') return project(g.coordinates);
  if (g.type === 'MultiPoint' && g.coordinates[0]) return project(g.coordinates[0]);
  const multi = toMultiPolygonRd(g, project);
  return multi ? centroidOfMultiPolygon(multi) : undefined;
}

/**
 * Projects the layers once to RD New and builds the spatial indexes.
 * @param layers the layers with their role (zone, sensitive, business, neighbourhood, base)
 * @returns the dataset the rules and queries run on
 * @example
 * const ds = buildDataset([{ layerId: 'woningen', role: 'sensitive', features: fc }]);
 */
export function buildDataset(layers: readonly DatasetLayerInput[]): Dataset {
  const t0 = performance.now();
  const zones: ZoneRecord[] = [];
  const businesses: BusinessRecord[] = [];
  const neighbourhoods: Dataset['neighbourhoods'] = [];
  const dwellingFeatures: { layerId: string; f: Feature; project: (p: Position) => Position }[] =
    [];

  for (const layer of layers) {
    const project = layer.crs === EPSG_RD ? identity : toRd;
    if (layer.role === 'base') continue;
    layer.features.features.forEach((f, i) => {
      const props = (f.properties ?? {}) as Record<string, unknown>;
      const id = str(props.id) ?? str(f.id) ?? `${layer.layerId}-${i}`;
      const name = str(props.name) ?? id;
      if (layer.role === 'zone') {
        const geometryRd = toMultiPolygonRd(f.geometry, project);
        if (!geometryRd) return;
        zones.push({
          layerId: layer.layerId,
          id,
          name,
          zoneType: str(props.zoneType) as ZoneType | undefined,
          maxMilieucategorie: str(props.maxMilieucategorie) as Milieucategorie | undefined,
          functiemenging: str(props.functiemenging) as FunctiemengingClass | undefined,
          omgevingstype: str(props.omgevingstype) as Omgevingstype | undefined,
          geometryRd,
          bboxRd: bboxOfMultiPolygon(geometryRd),
          properties: props,
        });
      } else if (layer.role === 'business') {
        const plotRd = toMultiPolygonRd(f.geometry, project);
        const p = plotRd ? undefined : pointOf(f.geometry, project);
        if (!plotRd && !p) return;
        businesses.push({
          layerId: layer.layerId,
          id,
          name,
          sbi: str(props.sbi),
          activity: str(props.activity),
          milieucategorie: str(props.milieucategorie) as Milieucategorie | undefined,
          functiemenging: str(props.functiemenging) as FunctiemengingClass | undefined,
          plotRd,
          pointRd: p ? [p[0]!, p[1]!] : undefined,
          properties: props,
        });
      } else if (layer.role === 'neighbourhood') {
        const geometryRd = toMultiPolygonRd(f.geometry, project);
        if (geometryRd) neighbourhoods.push({ layerId: layer.layerId, id, name, geometryRd });
      } else {
        dwellingFeatures.push({ layerId: layer.layerId, f, project });
      }
    });
  }

  const zoneIndex = indexBoxes(zones.map((z) => z.bboxRd));

  const n = dwellingFeatures.length;
  const dwellings: DwellingTable = {
    count: 0,
    xs: new Float64Array(n),
    ys: new Float64Array(n),
    ids: [],
    functies: [],
    homes: new Uint32Array(n),
    layerIds: [],
    zoneIndex: new Int32Array(n).fill(-1),
  };
  for (const { layerId, f, project } of dwellingFeatures) {
    const p = pointOf(f.geometry, project);
    if (!p) continue;
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const k = dwellings.count++;
    dwellings.xs[k] = p[0]!;
    dwellings.ys[k] = p[1]!;
    dwellings.ids.push(str(props.id) ?? str(f.id) ?? `${layerId}-${k}`);
    dwellings.functies.push((str(props.functie) as SensitiveFunction | undefined) ?? 'wonen');
    dwellings.homes[k] = typeof props.homes === 'number' ? props.homes : 1;
    dwellings.layerIds.push(layerId);
  }
  let dwellingIndex: Flatbush | null = null;
  if (dwellings.count > 0) {
    dwellingIndex = new Flatbush(dwellings.count);
    for (let k = 0; k < dwellings.count; k++) {
      dwellingIndex.add(dwellings.xs[k]!, dwellings.ys[k]!, dwellings.xs[k]!, dwellings.ys[k]!);
    }
    dwellingIndex.finish();
    // The zone of every dwelling, once: per zone, test only the dwellings in its bbox.
    // Zones are visited in order, so a dwelling gets the first zone that contains it.
    zones.forEach((z, zi) => {
      for (const k of dwellingIndex!.search(...z.bboxRd)) {
        if (dwellings.zoneIndex[k] !== -1) continue;
        if (isPointInMultiPolygon([dwellings.xs[k]!, dwellings.ys[k]!], z.geometryRd)) {
          dwellings.zoneIndex[k] = zi;
        }
      }
    });
  }

  const businessIndex = indexBoxes(
    businesses.map((b) =>
      b.plotRd
        ? bboxOfMultiPolygon(b.plotRd)
        : [b.pointRd![0], b.pointRd![1], b.pointRd![0], b.pointRd![1]],
    ),
  );

  return {
    zones,
    zoneIndex,
    businesses,
    businessIndex,
    dwellings,
    dwellingIndex,
    neighbourhoods,
    buildMs: performance.now() - t0,
  };
}

function indexBoxes(boxes: BboxRd[]): Flatbush | null {
  if (boxes.length === 0) return null;
  const index = new Flatbush(boxes.length);
  for (const b of boxes) index.add(b[0], b[1], b[2], b[3]);
  index.finish();
  return index;
}

/**
 * The zones that contain a point (boundary counts as inside), in dataset order.
 * @param ds the dataset
 * @param xy point in RD metres
 * @returns indexes into `ds.zones`
 * @example zonesAtPoint(ds, [155000, 463000]) // [3]
 */
export function zonesAtPoint(ds: Dataset, xy: Position): number[] {
  if (!ds.zoneIndex) return [];
  const x = xy[0]!;
  const y = xy[1]!;
  return ds.zoneIndex
    .search(x, y, x, y)
    .sort((a, b) => a - b)
    .filter((i) => isPointInMultiPolygon(xy, ds.zones[i]!.geometryRd));
}
