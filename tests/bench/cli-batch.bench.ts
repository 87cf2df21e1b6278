/**
 * The location-check CLI on a batch of 1,000,000 rows (issue 13: it used to run 6 minutes,
 * use 4 GB and end in "Invalid string length"). Rows come from a deterministic generator
 * (points over the demo city, 1 % with an empty cell), stream through `streamBatch` as CSV
 * and out as JSON Lines into a counting sink. Reported: the time of the whole batch (one run)
 * and the growth of the resident memory, which must stay bounded (target: 300 MB).
 */
import { Readable, Writable } from 'node:stream';
import { join } from 'node:path';
import { buildDataset } from '../../src/domain/dataset.ts';
import { loadAppLayers } from '../../src/cli/load-layers.ts';
import { dataExtent } from '../../src/analysis/batch/sites.ts';
import { streamBatch } from '../../src/cli/stream.ts';
import { toWgs84 } from '../../src/geo/crs.ts';
import { createRandom } from '../../src/generator/random.ts';
import type { BenchSuite } from './harness.ts';

const ROWS = 1_000_000;
/** Resident memory the batch may add (MB): bounded, far from the 4 GB of the unstreamed run. */
const MEMORY_TARGET_MB = 300;

/** CSV text of `rows` sites over the extent, in chunks of 10,000 lines. */
function* csvChunks(
  rows: number,
  extent: { minX: number; minY: number; maxX: number; maxY: number },
): Generator<string> {
  const random = createRandom(13);
  yield 'id,lon,lat\n';
  let lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const x = extent.minX + random.next() * (extent.maxX - extent.minX);
    const y = extent.minY + random.next() * (extent.maxY - extent.minY);
    const [lon, lat] = toWgs84([x, y]);
    lines.push(
      i % 100 === 99 ? `r${i},,${lat.toFixed(6)}` : `r${i},${lon.toFixed(6)},${lat.toFixed(6)}`,
    );
    if (lines.length === 10_000) {
      yield lines.join('\n') + '\n';
      lines = [];
    }
  }
  if (lines.length) yield lines.join('\n') + '\n';
}

export const cliBatchSuite: BenchSuite = {
  name: 'cli',
  async setup() {
    const inputs = loadAppLayers(join(import.meta.dirname, '../..'));
    const dataset = buildDataset(inputs);
    const extent = dataExtent(inputs)!;
    let bytes = 0;
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        done();
      },
    });
    const progress = new Writable({ write: (_c, _e, done) => done() });
    globalThis.gc?.();
    const rss0 = process.memoryUsage().rss;
    let peak = rss0;
    const watch = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
    const t0 = performance.now();
    const { rows, refused } = await streamBatch({
      input: Readable.from(csvChunks(ROWS, extent)),
      inputFormat: 'csv',
      outputFormat: 'jsonl',
      crs: undefined,
      lang: 'nl',
      program: { kind: 'housing' },
      view: 'plan',
      dataset,
      extent,
      out: sink,
      progress,
    });
    const ms = performance.now() - t0;
    clearInterval(watch);
    peak = Math.max(peak, process.memoryUsage().rss);
    const grownMb = Math.round((peak - rss0) / 1e6);
    // 1 % have an empty cell; a few more fall outside the data (the extent's corners hold none).
    if (rows !== ROWS || refused < ROWS / 100 || refused > ROWS / 50)
      throw new Error(`rows ${rows}, refused ${refused}`);
    const memoryOk = grownMb <= MEMORY_TARGET_MB;
    if (!memoryOk) process.exitCode = 1;
    return [
      {
        name: `batch of 1,000,000 CSV rows → JSON Lines (${refused} refused, ${Math.round(bytes / 1e6)} MB out; resident memory +${grownMb} MB, target ≤ ${MEMORY_TARGET_MB}: ${memoryOk ? 'met' : 'MISSED'})`,
        iterations: 1,
        run: () => undefined,
        samplesMs: [ms],
      },
    ];
  },
};
