/**
 * Node-side loading of the layers the rules need: the app's layer list
 * (layers/index.ts, files under geodata/) or a `--data` config file listing
 * `{ layerId, role, file, crs? }`. Reads GeoJSON, recognises RD input by its
 * `crs` member or its coordinate range, and hands everything to buildDataset.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import { LAYERS } from '../../layers/index.ts';
import { declaredCrs, EPSG_RD, EPSG_WGS84, guessCrs, type CrsCode } from '../geo/crs.ts';
import type { DatasetLayerInput, DatasetRole } from '../domain/dataset.ts';
import { checkDataConfig } from './load-files.ts';

/** One entry of a `--data` config file. */
export interface DataConfigEntry {
  layerId: string;
  role: DatasetRole;
  /** Path of the GeoJSON file, relative to the config file. */
  file: string;
  crs?: CrsCode;
}

const ROLES_FOR_RULES: readonly DatasetRole[] = ['zone', 'business', 'sensitive', 'neighbourhood'];

function firstPosition(g: Geometry | null): number[] | undefined {
  if (!g || g.type === 'GeometryCollection') return undefined;
  let c: unknown = g.coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return Array.isArray(c) ? (c as number[]) : undefined;
}

/**
 * Detects the CRS of a parsed GeoJSON: its `crs` member, else the range of its first coordinate.
 * @param fc parsed GeoJSON
 * @param fallback used when nothing tells
 * @returns the CRS code
 * @example detectCrs(JSON.parse(text)) // 'EPSG:28992'
 */
export function detectCrs(fc: FeatureCollection, fallback: CrsCode = EPSG_WGS84): CrsCode {
  const declared = declaredCrs(fc);
  if (declared === EPSG_RD || declared === EPSG_WGS84) return declared;
  if (declared) throw new Error(`Niet-ondersteund CRS: ${declared.unsupported}`);
  const p = fc.features.map((f) => firstPosition(f.geometry)).find((x) => x !== undefined);
  return (p && guessCrs(p)) ?? fallback;
}

/**
 * Reads a GeoJSON file as a FeatureCollection (a single Feature is wrapped).
 * @param path file path
 * @returns the collection
 * @example readGeoJson('geodata/voorbeeldstad/woningen.geojson')
 */
export function readGeoJson(path: string): FeatureCollection {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as
    FeatureCollection | FeatureCollection['features'][number];
  if (parsed.type === 'Feature') return { type: 'FeatureCollection', features: [parsed] };
  return parsed;
}

function toInput(
  layerId: string,
  role: DatasetRole,
  path: string,
  crs?: CrsCode,
): DatasetLayerInput {
  const features = readGeoJson(path);
  return { layerId, role, features, crs: crs ?? detectCrs(features) };
}

/**
 * Loads the app's layers (layers/index.ts) from `geodata/` under the project root.
 * @param root project root
 * @returns the dataset inputs of the layers the rules use
 * @throws when a layer file is missing
 * @example loadAppLayers(process.cwd())
 */
export function loadAppLayers(root: string): DatasetLayerInput[] {
  const inputs: DatasetLayerInput[] = [];
  for (const layer of LAYERS) {
    if (!ROLES_FOR_RULES.includes(layer.role) || !('file' in layer.source)) continue;
    const path = resolve(root, 'geodata', layer.source.file);
    if (!existsSync(path)) {
      throw new Error(
        `Laagbestand ontbreekt: ${path} (laag ${layer.id}). Gebruik --data <config.json> voor andere data.`,
      );
    }
    inputs.push(toInput(layer.id, layer.role, path));
  }
  return inputs;
}

/**
 * Loads the layers listed in a `--data` config: a JSON array of `{ layerId, role, file, crs? }`
 * (or `{ layers: [...] }`), file paths relative to the config.
 * @param configPath path of the config file
 * @returns the dataset inputs
 * @example loadConfigLayers('tests/fixtures/rules/cli/data.json')
 */
export function loadConfigLayers(configPath: string): DatasetLayerInput[] {
  const raw = JSON.parse(readFileSync(configPath, 'utf8')) as unknown;
  const base = dirname(resolve(configPath));
  // Every unknown role, key or missing file at once (a typo such as "zones" used to pass silently).
  const entries = checkDataConfig(raw, base) as DataConfigEntry[];
  return entries
    .filter((e) => e.role !== 'base')
    .map((e) =>
      toInput(e.layerId, e.role, resolve(base, e.file), e.crs === EPSG_RD ? EPSG_RD : e.crs),
    );
}
