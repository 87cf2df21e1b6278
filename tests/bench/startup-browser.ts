/**
 * Start-up of the built app in Chromium (issue 14): how long until the demo's data is ready, the
 * longest main-thread tasks and how much of them is our code, the CPU-profile split of the main
 * thread (our scripts, MapLibre, the browser's own work, GC) and the start-up JavaScript.
 *
 * - **data ready**: from navigation start until every layer has loaded, every data layer is on
 *   the map and the map has gone idle (rendered) afterwards; `dataset` is the one-off projection
 *   and indexing of the rule layers (performance measure `werkruimte:dataset`), when it ran.
 * - **tasks**: `RunTask` events of the renderer's main thread in a Chrome trace; for each, the
 *   CPU-profile samples inside it say which part was our code (the app's own chunks: our modules,
 *   Svelte and the small libraries bundled with them), MapLibre's chunk, or native browser work
 *   (`(program)`: parsing, style, layout, paint, WebGL submission) and garbage collection.
 * - **initial JS**: gzip size of the entry script and every chunk it imports statically (what
 *   must load before the app starts), from `dist/`; and the scripts actually fetched until data
 *   ready (lazy chunks that started early, e.g. Clipper's glue once the map has loaded).
 *
 * Targets (issue 14, this 2-core machine idle): data ready ≤ 3 s, no main-thread task over 500 ms
 * from our code, initial JavaScript ≤ 430 kB gzip.
 *
 * Run after `npx vite build`, under the shared lock:
 *   flock /work/.testlock npm run bench -- startup        (also as a table with the other suites)
 *   flock /work/.testlock npx tsx tests/bench/startup-browser.ts [runs]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { startHarness } from '../browser/harness.ts';
import { measuredCase, type BenchCase, type BenchSuite } from './harness.ts';

const DIST = new URL('../../dist/', import.meta.url).pathname;

/** Targets of issue 14. */
export const STARTUP_TARGETS = { dataReadyMs: 3000, ourTaskMs: 500, initialJsKb: 430 } as const;

/** The entry script and every chunk it imports statically, with their gzip sizes (kB = 1000 B). */
export function initialJavaScript(dist = DIST): { files: { name: string; gzipKb: number }[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => join(dist, m[1]!));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`); `import("./x.js")` is lazy.
    for (const m of code.matchAll(
      /(?:^|[;}\n])\s*import\s*(?:[\w{}\s,*$]+from\s*)?["'](\.\/[^"']+\.js)["']/g,
    )) {
      queue.push(join(dirname(file), m[1]!));
    }
  }
  return {
    files: [...seen].map((f) => ({
      name: f.slice(dist.length),
      gzipKb: gzipSync(readFileSync(f)).length / 1000,
    })),
  };
}

interface RunResult {
  mapLoadMs: number;
  dataReadyMs: number;
  datasetMs: number | null;
  longTasksMs: number[];
  scripts: string[];
  /** JS heap used once the data is ready, after a full GC (MB = 1e6 B). */
  heapMb: number;
}

/** Installed before the page's scripts: records long tasks, map load and data ready. */
function installProbes(): void {
  const w = window as unknown as {
    __startup: { longTasks: number[]; mapLoad?: number; dataReady?: number };
  };
  w.__startup = { longTasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__startup.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  const timer = setInterval(() => {
    const app = window.__werkruimte;
    if (!app) return;
    const map = app.map;
    if (w.__startup.mapLoad === undefined) {
      if (map.loaded()) w.__startup.mapLoad = performance.now();
      else map.once('load', () => (w.__startup.mapLoad ??= performance.now()));
    }
    const layers = (app.state as { layers: Record<string, { status: string }> }).layers;
    const ids = Object.keys(layers);
    const done =
      map.loaded() &&
      ids.every((id) => layers[id]!.status !== 'loading') &&
      ids.every((id) => layers[id]!.status === 'failed' || map.getSource(id) !== undefined);
    if (!done) return;
    clearInterval(timer);
    map.once('idle', () => (w.__startup.dataReady = performance.now()));
    map.triggerRepaint();
  }, 20);
}

async function readProbes(page: Page): Promise<Omit<RunResult, 'scripts' | 'heapMb'>> {
  await page.waitForFunction(
    () => (window as unknown as { __startup: { dataReady?: number } }).__startup?.dataReady,
    undefined,
    { timeout: 600_000, polling: 100 },
  );
  return page.evaluate(() => {
    const s = (
      window as unknown as {
        __startup: { longTasks: number[]; mapLoad: number; dataReady: number };
      }
    ).__startup;
    const ds = performance.getEntriesByName('werkruimte:dataset')[0];
    return {
      mapLoadMs: s.mapLoad,
      dataReadyMs: s.dataReady,
      datasetMs: ds ? ds.duration : null,
      longTasksMs: [...s.longTasks].sort((a, b) => b - a),
    };
  });
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      startTime?: number;
      cpuProfile?: {
        nodes?: { id: number; callFrame: { functionName: string; url?: string } }[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}

/** What a sample's innermost frame belongs to. */
export type SampleKind = 'ours' | 'maplibre' | 'browser' | 'gc' | 'idle' | 'other';

function kindOf(frame: { functionName: string; url?: string }): SampleKind {
  const url = frame.url ?? '';
  if (frame.functionName === '(idle)') return 'idle';
  if (frame.functionName === '(garbage collector)') return 'gc';
  if (frame.functionName === '(program)' || frame.functionName === '(root)') return 'browser';
  if (/\/assets\/maplibre-[^/]*\.js/.test(url)) return 'maplibre';
  if (/\/assets\/[^/]+\.js/.test(url) || /\/src\//.test(url)) return 'ours';
  if (url === '') return 'browser';
  return 'other';
}

/** One main-thread task with the time per kind inside it. */
export interface TaskSplit {
  durMs: number;
  ms: Record<SampleKind, number>;
  /** The trace events inside the task, ms per name (the three longest): what the browser did. */
  inside: [string, number][];
  /** Our functions with the most samples inside the task (innermost frame, ms; the five longest). */
  ourFunctions: [string, number][];
}

/** The main thread's tasks and its whole-profile split, from a Chrome trace. */
export function analyseTrace(events: TraceEvent[]): {
  tasks: TaskSplit[];
  totalMs: Record<SampleKind, number>;
} {
  const zero = (): Record<SampleKind, number> => ({
    ours: 0,
    maplibre: 0,
    browser: 0,
    gc: 0,
    idle: 0,
    other: 0,
  });
  // Samples per profile (one profile per thread), with absolute timestamps (µs).
  const profiles = new Map<
    string,
    {
      pid: number;
      tid: number;
      t: number;
      nodes: Map<number, SampleKind>;
      names: Map<number, string>;
      samples: [number, SampleKind, number][];
    }
  >();
  for (const e of events) {
    if (e.name === 'Profile' && e.id) {
      profiles.set(`${e.pid}:${e.id}`, {
        pid: e.pid,
        tid: e.tid,
        t: e.args?.data?.startTime ?? e.ts,
        nodes: new Map(),
        names: new Map(),
        samples: [],
      });
    }
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || !e.id) continue;
    const p = profiles.get(`${e.pid}:${e.id}`);
    if (!p) continue;
    const cpu = e.args?.data?.cpuProfile;
    for (const n of cpu?.nodes ?? []) {
      p.nodes.set(n.id, kindOf(n.callFrame));
      const file = (n.callFrame.url ?? '').split('/').pop() ?? '';
      p.names.set(n.id, `${n.callFrame.functionName || '(anonymous)'} ${file}`);
    }
    const deltas = e.args?.data?.timeDeltas ?? [];
    (cpu?.samples ?? []).forEach((node, i) => {
      p.t += deltas[i] ?? 0;
      p.samples.push([p.t, p.nodes.get(node) ?? 'other', node]);
    });
  }
  // The renderer main thread: the CrRendererMain thread whose profile has the most samples.
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const main = [...profiles.values()]
    .filter((p) => mains.has(`${p.pid}:${p.tid}`))
    .sort((a, b) => b.samples.length - a.samples.length)[0];
  if (!main) return { tasks: [], totalMs: zero() };
  const samples = main.samples.sort((a, b) => a[0] - b[0]);
  const totalMs = zero();
  for (let i = 1; i < samples.length; i++) {
    totalMs[samples[i]![1]] += (samples[i]![0] - samples[i - 1]![0]) / 1000;
  }
  // Complete events on the main thread (for what happened inside a task).
  const slices = events.filter(
    (e) =>
      e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && e.name !== 'RunTask' && e.dur,
  );
  const tasks: TaskSplit[] = events
    .filter(
      (e) =>
        e.name === 'RunTask' &&
        e.ph === 'X' &&
        e.pid === main.pid &&
        e.tid === main.tid &&
        (e.dur ?? 0) > 50_000,
    )
    .map((e) => {
      const ms = zero();
      const functions = new Map<string, number>();
      let lo = 0;
      let hi = samples.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (samples[mid]![0] < e.ts) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < samples.length && samples[i]![0] <= e.ts + e.dur!; i++) {
        const prev = i > 0 ? samples[i - 1]![0] : samples[i]![0];
        const d = (samples[i]![0] - Math.max(prev, e.ts)) / 1000;
        ms[samples[i]![1]] += d;
        if (samples[i]![1] === 'ours') {
          const name = main.names.get(samples[i]![2]) ?? '?';
          functions.set(name, (functions.get(name) ?? 0) + d);
        }
      }
      const inside = new Map<string, number>();
      for (const c of slices) {
        if (c.ts <= e.ts || c.ts >= e.ts + e.dur! || c === e) continue;
        if (c.ts + c.dur! > e.ts + e.dur!) continue;
        inside.set(c.name, (inside.get(c.name) ?? 0) + c.dur! / 1000);
      }
      const top = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 3);
      const ourFunctions = [...functions].sort((a, b) => b[1] - a[1]).slice(0, 5);
      return { durMs: e.dur! / 1000, ms, inside: top, ourFunctions };
    })
    .sort((a, b) => b.durMs - a.durMs);
  return { tasks, totalMs };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.floor((s.length - 1) / 2)]!;
};

/** The JS heap in use after a full garbage collection, MB. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1e6;
}

/**
 * Opens the demo `runs` times untraced (timings) and `traced` times with a trace (the split).
 * @param prepare runs on each page before it opens (the city-scale bench swaps the data files)
 */
export async function measureStartup(
  runs = 5,
  traced = 2,
  prepare: (page: Page) => Promise<void> = async () => {},
) {
  const harness = await startHarness();
  const plain: RunResult[] = [];
  const traces: ReturnType<typeof analyseTrace>[] = [];
  try {
    for (let i = 0; i < runs + traced; i++) {
      const { page, context } = await harness.newPage();
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      await page.addInitScript(installProbes);
      await prepare(page);
      const tracing = i >= runs;
      const browser = context.browser()!;
      if (tracing) {
        await browser.startTracing(page, {
          categories: [
            'toplevel',
            'devtools.timeline',
            'disabled-by-default-devtools.timeline',
            'disabled-by-default-v8.cpu_profiler',
            'v8.execute',
          ],
        });
      }
      await page.goto(harness.baseUrl);
      const probes = await readProbes(page);
      if (tracing) {
        const buffer = await browser.stopTracing();
        const json = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
        traces.push(analyseTrace(json.traceEvents));
      } else {
        plain.push({ ...probes, scripts: [...scripts], heapMb: await heapAfterGc(page) });
      }
      await context.close();
    }
  } finally {
    await harness.close();
  }
  return { plain, traces };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en');

/** Prints the measurements and returns them as bench cases (for `npm run bench -- startup`). */
export async function runStartupBench(runs = 5, traced = 2): Promise<BenchCase[]> {
  const initial = initialJavaScript();
  const initialKb = initial.files.reduce((s, f) => s + f.gzipKb, 0);
  const { plain, traces } = await measureStartup(runs, traced);
  const fetched = new Set(plain.flatMap((r) => r.scripts.map((s) => s.replace(/^\//, ''))));
  const fetchedKb = [...fetched]
    .filter((s) => s.startsWith('assets/') && s.endsWith('.js'))
    .reduce((sum, s) => sum + gzipSync(readFileSync(join(DIST, s))).length / 1000, 0);
  console.log(
    `\nStart-up (demo, ${runs} runs untraced, ${traced} traced): map load median ${fmt(median(plain.map((r) => r.mapLoadMs)))} ms; ` +
      `data ready median ${fmt(median(plain.map((r) => r.dataReadyMs)))} ms ` +
      `(runs: ${plain.map((r) => fmt(r.dataReadyMs)).join(', ')}); ` +
      `dataset build ${plain.map((r) => (r.datasetMs === null ? 'not run' : `${fmt(r.datasetMs)} ms`)).join(', ')}`,
  );
  console.log(
    `Long tasks (PerformanceObserver, ms, per run): ${plain.map((r) => `[${r.longTasksMs.map(fmt).join(', ')}]`).join(' ')}`,
  );
  console.log(
    `Initial JS (entry + static imports): ${initialKb.toFixed(1)} kB gzip in ${initial.files.length} files ` +
      `(target ${STARTUP_TARGETS.initialJsKb}); all scripts fetched until data ready: ${fetchedKb.toFixed(1)} kB gzip`,
  );
  const ourTask: number[] = [];
  traces.forEach((t, i) => {
    const tot = t.totalMs;
    const busy = tot.ours + tot.maplibre + tot.browser + tot.gc + tot.other;
    console.log(
      `Trace ${i + 1}: main thread busy ${fmt(busy)} ms until data ready — ours ${fmt(tot.ours)}, MapLibre ${fmt(tot.maplibre)}, ` +
        `browser (parse/style/layout/paint/GL) ${fmt(tot.browser)}, GC ${fmt(tot.gc)}, other ${fmt(tot.other)}`,
    );
    for (const task of t.tasks.slice(0, 5)) {
      console.log(
        `  task ${fmt(task.durMs)} ms: ours ${fmt(task.ms.ours)}, MapLibre ${fmt(task.ms.maplibre)}, browser ${fmt(task.ms.browser)}, GC ${fmt(task.ms.gc)}; ` +
          `inside: ${task.inside.map(([n, ms]) => `${n} ${fmt(ms)}`).join(', ')}`,
      );
    }
    ourTask.push(Math.max(0, ...t.tasks.map((x) => x.ms.ours)));
  });
  return [
    measuredCase(
      'start-up: demo data ready (navigation → layers on the map, idle)',
      plain.map((r) => r.dataReadyMs),
      STARTUP_TARGETS.dataReadyMs,
    ),
    measuredCase(
      'start-up: our code in the longest-running task (CPU profile)',
      ourTask,
      STARTUP_TARGETS.ourTaskMs,
    ),
    measuredCase(
      'start-up: longest main-thread task, any code (PerformanceObserver)',
      plain.map((r) => r.longTasksMs[0] ?? 0),
    ),
  ];
}

/** The start-up suite (needs `dist/`: run `npx vite build` first). */
export const startupSuite: BenchSuite = {
  name: 'startup',
  setup: () => runStartupBench(),
};

// Runnable alone: `npx tsx tests/bench/startup-browser.ts [runs]`.
if (process.argv[1]?.endsWith('startup-browser.ts')) {
  const runs = Number(process.argv[2] ?? 5);
  await runStartupBench(runs, 2);
}
