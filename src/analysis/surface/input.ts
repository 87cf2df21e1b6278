/**
 * Builds the surface input from the rules' dataset.
 */
import type { Dataset } from '../../domain/dataset.ts';
import type { PolygonalRd } from '../../geo/types.ts';
import { DEFAULT_RULE_VIEW, type RuleView } from '../../rules/location-check.ts';
import { VNG_2009, type DistanceTable } from '../../rules/vng.ts';
import type { SurfaceInput } from './types.ts';

/**
 * The bounding rectangle of all data of a dataset (zones, businesses, dwellings, sensitive
 * areas, buurten).
 * @param ds the dataset
 * @returns a rectangle Polygon in RD, or `[]` without data
 * @example datasetExtent(ds)
 */
export function datasetExtent(ds: Dataset): PolygonalRd {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const grow = (b: readonly number[]): void => {
    x0 = Math.min(x0, b[0]!);
    y0 = Math.min(y0, b[1]!);
    x1 = Math.max(x1, b[2]!);
    y1 = Math.max(y1, b[3]!);
  };
  for (const z of ds.zones) grow(z.bboxRd);
  for (const a of ds.sensitiveAreas) grow(a.bboxRd);
  for (const b of ds.businesses) {
    if (b.pointRd) grow([...b.pointRd, ...b.pointRd]);
    for (const poly of b.plotRd ?? []) for (const p of poly[0] ?? []) grow([...p, ...p]);
  }
  for (const n of ds.neighbourhoods) {
    for (const poly of n.geometryRd) for (const p of poly[0] ?? []) grow([...p, ...p]);
  }
  const d = ds.dwellings;
  for (let k = 0; k < d.count; k++) grow([d.xs[k]!, d.ys[k]!, d.xs[k]!, d.ys[k]!]);
  if (!(x0 <= x1 && y0 <= y1)) return [];
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
 * The surface input for a dataset.
 * @param ds the rules' dataset (see `buildDataset`)
 * @param options `studyArea` (RD; default the extent of all data), `table` (default VNG 2009),
 *   `view` (default `plan`)
 * @returns the input of `computeSurface`
 * @example buildSurfaceInput(buildDataset(layers))
 */
export function buildSurfaceInput(
  ds: Dataset,
  options: {
    studyArea?: PolygonalRd | undefined;
    table?: DistanceTable | undefined;
    view?: RuleView | undefined;
  } = {},
): SurfaceInput {
  return {
    ds,
    studyArea: options.studyArea ?? datasetExtent(ds),
    table: options.table ?? VNG_2009,
    view: options.view ?? DEFAULT_RULE_VIEW,
  };
}
