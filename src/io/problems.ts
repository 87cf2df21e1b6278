/**
 * Problems of the readers: construction with an English message, grouping (one line per kind
 * of problem and field, with the count and the first example), and a thrown form
 * ({@link IoError}) that a reader uses to stop on a file-level problem. The dispatcher
 * (read.ts) turns every error into a problem, so no input can crash the caller.
 */
import type { IoProblem, IoProblemCode, ProblemGroup } from './types.ts';

type Params = Record<string, string | number>;

/**
 * Builds a problem with its English message.
 * @param file file name
 * @param code problem code
 * @param params message values
 * @param featureIndex feature (row) index, for a problem in one feature
 * @returns the problem
 * @example ioProblem('a.csv', 'csv-bad-coordinate', { field: 'x', value: 'abc' }, 3)
 */
export function ioProblem(
  file: string,
  code: IoProblemCode,
  params: Params = {},
  featureIndex?: number,
): IoProblem {
  const message = describeIoProblem(code, params);
  return featureIndex === undefined
    ? { file, code, params, message }
    : { file, code, params, featureIndex, message };
}

/** A file-level problem thrown by a reader; read.ts reports it as one problem. */
export class IoError extends Error {
  readonly code: IoProblemCode;
  readonly params: Params;
  /**
   * @param code problem code
   * @param params message values
   */
  constructor(code: IoProblemCode, params: Params = {}) {
    super(describeIoProblem(code, params));
    this.code = code;
    this.params = params;
  }
}

/**
 * Describes a problem in English (the UI uses i18n `io.problem` instead).
 * @param code problem code
 * @param params message values
 * @returns one sentence
 * @example describeIoProblem('empty-file', {}) // 'the file is empty (0 bytes)'
 */
export function describeIoProblem(code: IoProblemCode, params: Readonly<Params>): string {
  const p = (k: string): string => String(params[k] ?? '');
  switch (code) {
    case 'empty-file':
      return 'the file is empty (0 bytes)';
    case 'unknown-format':
      return `unknown file format (${p('detail')}); supported: GeoJSON, Shapefile (.zip or .shp+.dbf+.prj), GeoPackage, CSV, FlatGeobuf, IMRO GML`;
    case 'corrupt-zip':
      return `the zip file is damaged or cut off (${p('detail')})`;
    case 'zip-without-data':
      return 'the zip file holds no Shapefile, GeoJSON, GeoPackage, CSV, FlatGeobuf or GML';
    case 'shp-without-dbf':
      return `the Shapefile ${p('name')}.shp has no ${p('name')}.dbf beside it (its attributes); add the .dbf (and the .prj)`;
    case 'dbf-without-shp':
      return `${p('name')}.dbf has no ${p('name')}.shp beside it (the geometry); add the .shp`;
    case 'no-prj':
      return 'no .prj file: the coordinate system was recognised from the coordinates';
    case 'unsupported-crs':
      return `coordinate system ${p('crs')} is not supported: supply the data in RD New (EPSG:28992) or WGS84 (EPSG:4326)`;
    case 'corrupt-file':
      return `the file is damaged or cut off (${p('detail')})`;
    case 'not-json':
      return `the file is not valid JSON (${p('detail')})`;
    case 'not-geojson':
      return `the file is not GeoJSON (${p('detail')})`;
    case 'no-geometry':
      return 'the feature has no geometry';
    case 'unsupported-geometry':
      return `geometry type ${p('type')} is not supported`;
    case 'invalid-geometry':
      return `invalid geometry (${p('detail')})`;
    case 'outside-netherlands':
      return `coordinates ${p('position')} lie outside the Netherlands`;
    case 'csv-no-coordinate-columns':
      return `no coordinate columns: expected lon/lat (or lng, longitude/latitude) or x/y (RD); columns found: ${p('columns')}`;
    case 'csv-bad-coordinate':
      return `column "${p('field')}" holds "${p('value')}", not a number`;
    case 'csv-row':
      return `row cannot be read (${p('detail')})`;
    case 'xml-malformed':
      return `the XML is not well-formed (${p('detail')})`;
    case 'gml-not-imro':
      return `the GML is not an IMRO plan (root element ${p('element')})`;
    case 'gml-unknown-element':
      return `unknown element ${p('element')} skipped (not an IMRO plan object this app reads)`;
    case 'gml-unknown-version':
      return `unknown IMRO version (namespace ${p('namespace')}); read as IMRO2012`;
    case 'read-failed':
      return `the file could not be read (${p('detail')})`;
    case 'cancelled':
      return 'reading was cancelled';
  }
}

/**
 * Groups problems by file, code and field, with counts, in first-seen order.
 * @param problems the problems
 * @returns one group per file × code × field
 * @example groupProblems(result.problems)[0] // { code: 'csv-bad-coordinate', field: 'x', count: 12, … }
 */
export function groupProblems(problems: readonly IoProblem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const problem of problems) {
    const field = typeof problem.params.field === 'string' ? problem.params.field : undefined;
    const key = `${problem.file}\u0000${problem.code}\u0000${field ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        file: problem.file,
        code: problem.code,
        ...(field !== undefined ? { field } : {}),
        count: 0,
        example: problem,
        featureIndexes: [],
      };
      groups.set(key, group);
    }
    group.count++;
    if (problem.featureIndex !== undefined) group.featureIndexes.push(problem.featureIndex);
  }
  for (const g of groups.values()) g.featureIndexes.sort((a, b) => a - b);
  return [...groups.values()];
}

/**
 * The groups as English text lines, e.g. for the CLI: `file: message (×count; features 3, 8, …)`.
 * @param problems the problems
 * @returns one line per group
 * @example formatProblemGroups(problems).join('\n')
 */
export function formatProblemGroups(problems: readonly IoProblem[]): string[] {
  return groupProblems(problems).map((g) => {
    const where =
      g.featureIndexes.length > 0
        ? `; feature${g.featureIndexes.length > 1 ? 's' : ''} ${g.featureIndexes.slice(0, 5).join(', ')}${g.featureIndexes.length > 5 ? ', …' : ''}`
        : '';
    return `${g.file}: ${g.example.message}${g.count > 1 ? ` (×${g.count}${where})` : where ? ` (${where.slice(2)})` : ''}`;
  });
}
