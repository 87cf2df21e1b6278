/**
 * The default study area of the surface statistics (issue 14): the built-up area, not the
 * rectangle around the data. Over the demo's 3,000 ha rectangle half the land lay outside any
 * werklocatie, mostly farmland, and counted as "toegestaan" for housing. The built-up area is
 * read from the data itself, so it works for a municipality's own data too: every 100 m cell
 * that holds a dwelling, another sensitive object or a business, with gaps of one cell (a
 * street, a park strip) closed, plus every zone (werklocaties reach into open land).
 */
import type { Dataset } from '../../domain/dataset.ts';
import { unionAll } from '../../geo/clip/index.ts';
import type { MultiPolygonRd, PolygonRd } from '../../geo/types.ts';

/** Cell size of the built-up grid, metres (a block with its street). */
export const BUILT_UP_CELL_M = 100;

/**
 * The built-up area of a dataset: closed grid cells of its dwellings, sensitive areas and
 * businesses, joined with its zones.
 * @param ds the rules' dataset
 * @param cellM cell size in metres
 * @returns MultiPolygon coordinates in RD (empty without data)
 * @example builtUpArea(ds) // the study area the statistics default to
 */
export function builtUpArea(ds: Dataset, cellM = BUILT_UP_CELL_M): MultiPolygonRd {
  const cells = new Set<string>();
  const key = (i: number, j: number): string => `${i},${j}`;
  const mark = (x: number, y: number): void => {
    cells.add(key(Math.floor(x / cellM), Math.floor(y / cellM)));
  };
  const d = ds.dwellings;
  for (let k = 0; k < d.count; k++) mark(d.xs[k]!, d.ys[k]!);
  for (const a of ds.sensitiveAreas) mark(a.anchorRd[0], a.anchorRd[1]);
  for (const b of ds.businesses) {
    if (b.pointRd) mark(b.pointRd[0], b.pointRd[1]);
    for (const poly of b.plotRd ?? []) for (const p of poly[0] ?? []) mark(p[0]!, p[1]!);
  }
  const parse = (k: string): [number, number] => k.split(',').map(Number) as [number, number];
  // Closing: grow by one cell, then keep the cells whose eight neighbours all grew (gaps of
  // one cell fill; the outer edge stays where the buildings are).
  const grown = new Set<string>();
  for (const k of cells) {
    const [i, j] = parse(k);
    for (let di = -1; di <= 1; di++)
      for (let dj = -1; dj <= 1; dj++) grown.add(key(i + di, j + dj));
  }
  const closed: PolygonRd[] = [];
  for (const k of grown) {
    const [i, j] = parse(k);
    let all = true;
    for (let di = -1; di <= 1 && all; di++)
      for (let dj = -1; dj <= 1 && all; dj++) all = grown.has(key(i + di, j + dj));
    if (!all && !cells.has(k)) continue;
    const [x0, y0, x1, y1] = [i * cellM, j * cellM, (i + 1) * cellM, (j + 1) * cellM];
    closed.push([
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ]);
  }
  const zones = ds.zones.map((z) => z.geometryRd);
  if (closed.length === 0 && zones.length === 0) return [];
  return unionAll([...closed, ...zones]);
}
