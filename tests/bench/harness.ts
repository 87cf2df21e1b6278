/**
 * A tiny benchmark harness: a suite prepares its data once and lists cases;
 * each case is timed per call (median and p95 in ms), optionally next to a
 * naive baseline measured in the same run, and checked against a p95 target.
 */

/** One timed case. */
export interface BenchCase {
  name: string;
  /** Calls to time (after `warmup` untimed calls). */
  iterations: number;
  warmup?: number;
  /** The code under test; `i` is the iteration number (pick inputs with it). */
  run: (i: number) => unknown;
  /** The naive baseline, timed in the same run. */
  naive?: { iterations: number; run: (i: number) => unknown };
  /** Target, ms (issue 3); checked against the p95 unless `targetOn` says median. */
  targetMs?: number;
  /** Which figure the target applies to (default p95; a one-time step is judged by its median). */
  targetOn?: 'median' | 'p95';
  /** Samples measured during setup (e.g. a cold first run); `run` is then not called. */
  samplesMs?: number[];
}

/**
 * A case of figures measured elsewhere (a run of the built app in Chromium), judged by its median.
 * @param name the case's name
 * @param samplesMs the measured figures
 * @param targetMs the target, if there is one
 * @returns the case
 */
export function measuredCase(name: string, samplesMs: number[], targetMs?: number): BenchCase {
  return {
    name,
    iterations: samplesMs.length,
    run: () => 0,
    samplesMs,
    ...(targetMs === undefined ? {} : { targetMs, targetOn: 'median' as const }),
  };
}

/** A group of cases sharing one setup. */
export interface BenchSuite {
  name: string;
  /** Builds the data once; returns the cases. */
  setup: () => BenchCase[] | Promise<BenchCase[]>;
}

/** Timings of one case. */
export interface BenchResult {
  suite: string;
  name: string;
  medianMs: number;
  p95Ms: number;
  naiveMedianMs?: number;
  naiveP95Ms?: number;
  targetMs?: number;
  targetOn?: 'median' | 'p95';
}

/**
 * Quantile of sorted values (nearest rank).
 * @param sorted ascending values
 * @param q 0–1
 * @returns the value
 * @example quantile([1, 2, 3, 4], 0.5) // 2
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1]!;
}

function summarise(samples: number[]): { medianMs: number; p95Ms: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMs: quantile(sorted, 0.5), p95Ms: quantile(sorted, 0.95) };
}

// Results are kept so the optimiser cannot drop the timed calls.
let sink: unknown;

/**
 * Collects garbage now, when node runs with `--expose-gc` (`npm run bench` does), so a
 * case does not pay for the garbage of the cases and suites before it.
 */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Times `fn` per call.
 * @param fn the function
 * @param iterations timed calls
 * @param warmup untimed calls first
 * @returns median and p95 in ms
 * @example time((i) => f(i), 200)
 */
export function time(
  fn: (i: number) => unknown,
  iterations: number,
  warmup = 0,
): { medianMs: number; p95Ms: number } {
  collectGarbage();
  for (let i = 0; i < warmup; i++) sink = fn(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    sink = fn(i);
    samples.push(performance.now() - t0);
  }
  return summarise(samples);
}

/**
 * Runs the suites in order.
 * @param suites the suites
 * @returns the results
 * @example await runSuites([locationCheckSuite])
 */
export async function runSuites(suites: readonly BenchSuite[]): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const suite of suites) {
    const cases = await suite.setup();
    for (const c of cases) {
      const ours = c.samplesMs ? summarise(c.samplesMs) : time(c.run, c.iterations, c.warmup ?? 0);
      const naive = c.naive ? time(c.naive.run, c.naive.iterations, 1) : undefined;
      results.push({
        suite: suite.name,
        name: c.name,
        ...ours,
        ...(naive ? { naiveMedianMs: naive.medianMs, naiveP95Ms: naive.p95Ms } : {}),
        ...(c.targetMs !== undefined
          ? { targetMs: c.targetMs, targetOn: c.targetOn ?? 'p95' }
          : {}),
      });
    }
  }
  void sink;
  return results;
}

/**
 * Whether a result meets its target.
 * @param r a result
 * @returns true when there is no target or the judged figure is within it
 * @example isWithinTarget({ ..., p95Ms: 0.4, targetMs: 1, targetOn: 'p95' }) // true
 */
export function isWithinTarget(r: BenchResult): boolean {
  if (r.targetMs === undefined) return true;
  return (r.targetOn === 'median' ? r.medianMs : r.p95Ms) <= r.targetMs;
}

function fmt(ms: number | undefined): string {
  if (ms === undefined) return '—';
  return ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0);
}

/**
 * Renders the results as a Markdown table.
 * @param results the results
 * @returns the table
 * @example console.log(formatResults(results))
 */
export function formatResults(results: readonly BenchResult[]): string {
  const rows = [
    '| suite | case | median ms | p95 ms | naive median ms | naive p95 ms | ratio (naive/ours, median) | target ms | ok |',
    '|---|---|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of results) {
    const ratio =
      r.naiveMedianMs !== undefined ? `${(r.naiveMedianMs / r.medianMs).toFixed(0)}×` : '—';
    const ok = r.targetMs === undefined ? '' : isWithinTarget(r) ? 'yes' : 'NO';
    const target = r.targetMs === undefined ? '—' : `${fmt(r.targetMs)} (${r.targetOn})`;
    rows.push(
      `| ${r.suite} | ${r.name} | ${fmt(r.medianMs)} | ${fmt(r.p95Ms)} | ${fmt(r.naiveMedianMs)} | ${fmt(r.naiveP95Ms)} | ${ratio} | ${target} | ${ok} |`,
    );
  }
  return rows.join('\n');
}
