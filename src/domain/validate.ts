/**
 * Validation of a layer's GeoJSON at load: GeoJSON structure (geojson-validation),
 * the layer's geometry kinds, its property schema and the Netherlands extent.
 * RD New files (declared `crs` member, or coordinates in the RD range) are
 * converted to WGS84 for display. A bad feature is dropped with a problem; the
 * good ones stay. Pure: runs in node, in a worker and in the browser.
 */
import { valid } from 'geojson-validation';
import type { Feature, Geometry, Position } from 'geojson';
import {
  EPSG_RD,
  declaredCrs,
  eachPosition,
  guessCrs,
  isInNetherlands,
  mapGeometry,
  toWgs84,
  type CrsCode,
} from '../geo/crs.ts';
import type { GeometryKind, PropertySchema, PropertySpec } from './schema.ts';

/** What went wrong; the UI turns the code and its params into a sentence in the current language. */
export type ProblemCode =
  | 'load-failed'
  | 'not-json'
  | 'not-geojson'
  | 'unsupported-crs'
  | 'invalid-geometry'
  | 'no-geometry'
  | 'wrong-geometry'
  | 'missing-property'
  | 'wrong-type'
  | 'not-in-list'
  | 'below-min'
  | 'above-max'
  | 'outside-netherlands';

/** One problem found while loading a file. */
export interface LoadProblem {
  /** File name (or URL) as the layer definition names it. */
  file: string;
  /** Zero-based index of the feature in the file's `features`; absent for file-level problems. */
  featureIndex?: number;
  code: ProblemCode;
  /** Values for the message: property name, expected/actual value, detail text. */
  params: Readonly<Record<string, string | number>>;
  /** The problem in plain English (for logs and node tools). */
  message: string;
}

/** The part of a layer definition the validator needs. */
export interface ValidatableLayer {
  id: string;
  geometry: readonly GeometryKind[];
  properties: PropertySchema;
}

/** Result of validating one file: the valid features in WGS84, and every problem found. */
export interface ValidationResult {
  features: Feature[];
  problems: LoadProblem[];
  /** CRS the file was read in (`undefined` when the file could not be read). */
  crs?: CrsCode;
}

/**
 * Builds a problem with an English message.
 * @param file file name
 * @param code problem code
 * @param params message values
 * @param featureIndex feature index, when the problem is in one feature
 * @returns the problem
 * @example makeProblem('a.geojson', 'not-json', {}) // { file: 'a.geojson', code: 'not-json', … }
 */
export function makeProblem(
  file: string,
  code: ProblemCode,
  params: Record<string, string | number> = {},
  featureIndex?: number,
): LoadProblem {
  const message = describeProblem(code, params);
  return featureIndex === undefined
    ? { file, code, params, message }
    : { file, featureIndex, code, params, message };
}

/**
 * Describes a problem in English.
 * @param code problem code
 * @param params message values
 * @returns a short sentence
 * @example describeProblem('missing-property', { property: 'name' }) // 'required property "name" is missing'
 */
export function describeProblem(
  code: ProblemCode,
  params: Readonly<Record<string, string | number>>,
): string {
  const p = (k: string): string => String(params[k] ?? '');
  switch (code) {
    case 'load-failed':
      return `the file could not be loaded (${p('detail')})`;
    case 'not-json':
      return 'the file is not valid JSON';
    case 'not-geojson':
      return `the file is not a GeoJSON FeatureCollection (${p('detail')})`;
    case 'unsupported-crs':
      return `unsupported coordinate reference system ${p('crs')}`;
    case 'invalid-geometry':
      return `invalid GeoJSON: ${p('detail')}`;
    case 'no-geometry':
      return 'the feature has no geometry';
    case 'wrong-geometry':
      return `geometry type ${p('actual')} is not allowed here (expected ${p('expected')})`;
    case 'missing-property':
      return `required property "${p('property')}" is missing`;
    case 'wrong-type':
      return `property "${p('property')}" must be of type ${p('expected')}, got ${p('actual')}`;
    case 'not-in-list':
      return `property "${p('property')}" has unknown value "${p('value')}" (allowed: ${p('allowed')})`;
    case 'below-min':
      return `property "${p('property')}" is ${p('value')}, below the minimum ${p('limit')}`;
    case 'above-max':
      return `property "${p('property')}" is ${p('value')}, above the maximum ${p('limit')}`;
    case 'outside-netherlands':
      return `coordinates ${p('position')} lie outside the Netherlands`;
  }
}

/**
 * Validates a layer's file content and returns the valid features in WGS84.
 * @param fileName name of the file (used in problems)
 * @param json the parsed JSON, or the raw text (parsed here; a parse error is one problem)
 * @param layer the layer's geometry kinds and property schema
 * @returns the valid features (in WGS84) and the problems found
 * @example
 * const { features, problems } = validateLayerData('bedrijven.geojson', text, BEDRIJVEN);
 */
export function validateLayerData(
  fileName: string,
  json: unknown,
  layer: ValidatableLayer,
): ValidationResult {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json) as unknown;
    } catch {
      return { features: [], problems: [makeProblem(fileName, 'not-json')] };
    }
  }
  const fileLevel = (code: ProblemCode, params: Record<string, string | number> = {}) => ({
    features: [],
    problems: [makeProblem(fileName, code, params)],
  });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fileLevel('not-geojson', { detail: 'not an object' });
  }
  const collection = data as { type?: unknown; features?: unknown };
  if (collection.type !== 'FeatureCollection') {
    return fileLevel('not-geojson', {
      detail: `type is ${JSON.stringify(collection.type) ?? 'missing'}`,
    });
  }
  if (!Array.isArray(collection.features)) {
    return fileLevel('not-geojson', { detail: '"features" is not an array' });
  }
  const declared = declaredCrs(data);
  if (typeof declared === 'object')
    return fileLevel('unsupported-crs', { crs: declared.unsupported });
  const crs = declared ?? guessFileCrs(collection.features);

  const features: Feature[] = [];
  const problems: LoadProblem[] = [];
  collection.features.forEach((raw: unknown, index: number) => {
    const result = validateFeature(raw, layer, crs);
    if ('code' in result) {
      problems.push(makeProblem(fileName, result.code, result.params, index));
    } else {
      features.push(result);
    }
  });
  return { features, problems, crs };
}

type FeatureProblem = { code: ProblemCode; params: Record<string, string | number> };

/** Validates one feature; returns the feature in WGS84 or its first problem. */
function validateFeature(
  raw: unknown,
  layer: ValidatableLayer,
  crs: CrsCode,
): Feature | FeatureProblem {
  const structural = valid(raw, true);
  if (structural.length > 0) {
    return { code: 'invalid-geometry', params: { detail: structural.join('; ') } };
  }
  const feature = raw as Feature;
  if (feature.type !== 'Feature') {
    return { code: 'invalid-geometry', params: { detail: `type is ${String(feature.type)}` } };
  }
  const geometry = feature.geometry as Geometry | null;
  if (!geometry) return { code: 'no-geometry', params: {} };
  if (!(layer.geometry as readonly string[]).includes(geometry.type)) {
    return {
      code: 'wrong-geometry',
      params: { actual: geometry.type, expected: layer.geometry.join(', ') },
    };
  }
  const properties = (feature.properties ?? {}) as Record<string, unknown>;
  for (const [name, spec] of Object.entries(layer.properties)) {
    const problem = checkProperty(name, properties[name], spec);
    if (problem) return problem;
  }
  const wgs84 = crs === EPSG_RD ? mapGeometry(geometry, toWgs84) : geometry;
  let outside: Position | undefined;
  eachPosition(wgs84, (p) => {
    if (!outside && !isInNetherlands(p)) outside = p;
  });
  if (outside) {
    const original = crs === EPSG_RD ? firstOutside(geometry) : outside;
    return { code: 'outside-netherlands', params: { position: formatPosition(original) } };
  }
  return {
    type: 'Feature',
    ...(feature.id !== undefined ? { id: feature.id } : {}),
    geometry: wgs84,
    properties,
  };
}

/** Checks one property against its spec; returns the problem or `undefined`. */
function checkProperty(
  name: string,
  value: unknown,
  spec: PropertySpec,
): FeatureProblem | undefined {
  if (value === undefined || value === null) {
    return spec.required ? { code: 'missing-property', params: { property: name } } : undefined;
  }
  const actual = typeof value;
  const typeOk =
    spec.type === 'string'
      ? actual === 'string'
      : spec.type === 'boolean'
        ? actual === 'boolean'
        : actual === 'number' &&
          Number.isFinite(value) &&
          (spec.type === 'number' || Number.isInteger(value));
  if (!typeOk) {
    return {
      code: 'wrong-type',
      params: {
        property: name,
        expected: spec.type,
        actual: actual === 'object' ? 'object' : actual,
      },
    };
  }
  if (spec.enum && !spec.enum.includes(value as string | number)) {
    return {
      code: 'not-in-list',
      params: { property: name, value: String(value), allowed: spec.enum.join(', ') },
    };
  }
  if (typeof value === 'number') {
    if (spec.min !== undefined && value < spec.min) {
      return { code: 'below-min', params: { property: name, value, limit: spec.min } };
    }
    if (spec.max !== undefined && value > spec.max) {
      return { code: 'above-max', params: { property: name, value, limit: spec.max } };
    }
  }
  return undefined;
}

/** The CRS of a file without a `crs` member, guessed from its first position. */
function guessFileCrs(features: unknown[]): CrsCode {
  for (const f of features) {
    const geometry = (f as { geometry?: Geometry | null } | null)?.geometry;
    if (!geometry || valid(geometry, true).length > 0) continue;
    let first: Position | undefined;
    eachPosition(geometry, (p) => {
      first ??= p;
    });
    if (first) return guessCrs(first) ?? 'EPSG:4326';
  }
  return 'EPSG:4326';
}

function firstOutside(rdGeometry: Geometry): Position {
  let found: Position | undefined;
  eachPosition(rdGeometry, (p) => {
    if (!found && !isInNetherlands(toWgs84(p))) found = p;
  });
  return found ?? [];
}

function formatPosition(p: Position): string {
  return `[${p.map((v) => Math.round(v * 1e6) / 1e6).join(', ')}]`;
}
