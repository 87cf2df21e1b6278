/**
 * Benchmark of the readers (issue 12) on the real 7,797 BAG panden of Doesburg
 * (../shared/realdata): read + check + project to RD and WGS84, per format, and then
 * `buildDataset` on them as sensitive objects (what the app does after the mapping dialog).
 * The readers are async, so each case is timed in setup (`samplesMs`). No target: the issue asks
 * for the figure. Skipped with a note when the real data is not there.
 *
 * Run alone: `npx tsx tests/bench/readers.bench.ts`; or registered in run.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDataset } from '../../src/domain/dataset.ts';
import { EPSG_RD } from '../../src/geo/crs.ts';
import { readFiles } from '../../src/io/read.ts';
import type { InputFile } from '../../src/io/types.ts';
import { formatResults, runSuites, type BenchCase, type BenchSuite } from './harness.ts';

const ROOT = join(import.meta.dirname, '../..');

function realdata(): string | undefined {
  for (let dir = ROOT; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'shared/realdata'))) return join(dir, 'shared/realdata');
  }
  return undefined;
}

async function timeMs(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  await fn(); // warm-up: lazy imports, sql.js wasm, JIT
  for (let i = 0; i < n; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export const readersSuite: BenchSuite = {
  name: 'readers',
  async setup(): Promise<BenchCase[]> {
    const dir = realdata();
    if (!dir) {
      console.log('readers: ../shared/realdata not found; suite skipped');
      return [];
    }
    const file = (name: string): InputFile => ({
      name,
      bytes: new Uint8Array(readFileSync(join(dir, name))),
    });
    const cases: BenchCase[] = [];
    const formats: [string, string][] = [
      ['Shapefile zip', 'bag-doesburg-panden-shp.zip'],
      ['GeoPackage', 'bag-doesburg-panden.gpkg'],
      ['CSV (points)', 'bag-doesburg-panden-xy.csv'],
    ];
    for (const [label, name] of formats) {
      const input = file(name);
      cases.push({
        name: `read Doesburg panden (7,797), ${label}: parse + check + RD/WGS84`,
        iterations: 5,
        run: () => undefined,
        samplesMs: await timeMs(5, () => readFiles([input])),
      });
    }
    const { layers } = await readFiles([file('bag-doesburg-panden.gpkg')]);
    const features = { type: 'FeatureCollection' as const, features: layers[0]!.rd };
    cases.push({
      name: 'buildDataset on the 7,797 panden (RD, as sensitive objects)',
      iterations: 10,
      run: () => buildDataset([{ layerId: 'panden', role: 'sensitive', crs: EPSG_RD, features }]),
    });
    return cases;
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatResults(await runSuites([readersSuite])));
}
