/**
 * City-scale start-up in the browser (issue 15): the built app opened on the generator's
 * city-scale Voorbeeldstad (150,000 dwellings, 2,000 businesses, 300 zones) instead of the demo.
 * The page asks for the demo's layer files; the bench answers those requests with the city's
 * (deterministic: the demo seed), so the app's own loading path runs unchanged. It reports what
 * the start-up bench reports (data ready, long tasks, our scripts inside them) plus the JS heap
 * once the data is there, against issue 15's targets: data ready ≤ 5 s, no main-thread task over
 * 200 ms from our code, JS heap ≤ 150 MB.
 *
 * `npm run bench -- cityload` (after `npx vite build`), or `npx tsx tests/bench/cityload-browser.ts [runs]`.
 */
import type { Page } from 'playwright-core';
import { LAYERS } from '../../layers/index.ts';
import {
  DEMO_SEED,
  GENERATED_LAYER_IDS,
  generateCityRd,
  projectCity,
  serializeCollection,
} from '../../src/generator/city.ts';
import { measuredCase, type BenchCase, type BenchSuite } from './harness.ts';
import { measureStartup } from './startup-browser.ts';

/** Issue 15's targets for a city-scale dataset in the browser. */
export const CITYLOAD_TARGETS = { dataReadyMs: 5000, ourTaskMs: 200, heapMb: 150 } as const;

/** The city's layer files by the demo's file name (e.g. `woningen`), as the app would fetch them. */
function cityFiles(): Map<string, string> {
  const city = projectCity(generateCityRd({ seed: DEMO_SEED, scale: 'city' }));
  const files = new Map<string, string>();
  for (const id of GENERATED_LAYER_IDS) {
    const layer = LAYERS.find((l) => l.id === id);
    if (!layer || !('file' in layer.source)) throw new Error(`no file for layer ${id}`);
    const base = layer.source.file
      .split('/')
      .pop()!
      .replace(/\.geojson$/, '');
    files.set(base, serializeCollection(city[id]));
  }
  return files;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.floor((s.length - 1) / 2)]!;
};
const fmt = (n: number) => Math.round(n).toLocaleString('en');

/** Prints the measurements and returns them as bench cases. */
export async function runCityLoadBench(runs = 3, traced = 1): Promise<BenchCase[]> {
  const files = cityFiles();
  const mb = [...files.values()].reduce((s, t) => s + t.length, 0) / 1e6;
  // Built assets are named `<file>-<hash>.geojson`; the base map's files stay the demo's.
  let served = 0;
  const swap = async (page: Page) => {
    await page.route(/\/assets\/[^/]+\.geojson$/, async (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop()!;
      // The hash may itself hold a '-': match on the known names (none is a prefix of another).
      const base = [...files.keys()].find((b) => name.startsWith(`${b}-`));
      const body = base === undefined ? undefined : files.get(base);
      if (body === undefined) return route.continue();
      served++;
      return route.fulfill({ status: 200, contentType: 'application/geo+json', body });
    });
  };
  const { plain, traces } = await measureStartup(runs, traced, swap);
  // Every run must have fetched the city's files, or the figures are the demo's.
  if (served < files.size * (runs + traced)) {
    throw new Error(
      `city-scale files served ${served} times, expected ${files.size * (runs + traced)}`,
    );
  }
  console.log(
    `\nCity-scale start-up (${mb.toFixed(1)} MB of layer files, ${runs} runs untraced, ${traced} traced): ` +
      `data ready median ${fmt(median(plain.map((r) => r.dataReadyMs)))} ms (runs: ${plain.map((r) => fmt(r.dataReadyMs)).join(', ')}); ` +
      `dataset build ${plain.map((r) => (r.datasetMs === null ? 'not run' : `${fmt(r.datasetMs)} ms`)).join(', ')}; ` +
      `JS heap after GC ${plain.map((r) => `${r.heapMb.toFixed(0)} MB`).join(', ')}`,
  );
  console.log(
    `Long tasks (ms, five longest per run): ${plain.map((r) => `[${r.longTasksMs.slice(0, 5).map(fmt).join(', ')}]`).join(' ')}`,
  );
  const ourTask: number[] = [];
  traces.forEach((t, i) => {
    console.log(`Trace ${i + 1}: the three longest tasks`);
    for (const task of t.tasks.slice(0, 3)) {
      console.log(
        `  task ${fmt(task.durMs)} ms: ours ${fmt(task.ms.ours)}, MapLibre ${fmt(task.ms.maplibre)}, browser ${fmt(task.ms.browser)}, GC ${fmt(task.ms.gc)}; ` +
          `inside: ${task.inside.map(([n, ms]) => `${n} ${fmt(ms)}`).join(', ')}`,
      );
    }
    console.log(`Trace ${i + 1}: the five tasks with most of our scripts`);
    const byOurs = [...t.tasks].sort((a, b) => b.ms.ours - a.ms.ours);
    for (const task of byOurs.slice(0, 5)) {
      console.log(
        `  task ${fmt(task.durMs)} ms: ours ${fmt(task.ms.ours)}, MapLibre ${fmt(task.ms.maplibre)}, browser ${fmt(task.ms.browser)}, GC ${fmt(task.ms.gc)}; ` +
          `our busiest: ${task.ourFunctions.map(([n, ms]) => `${n} ${fmt(ms)}`).join(', ')}`,
      );
    }
    ourTask.push(Math.max(0, ...t.tasks.map((x) => x.ms.ours)));
  });
  return [
    measuredCase(
      'city scale: data ready (navigation → layers on the map, idle)',
      plain.map((r) => r.dataReadyMs),
      CITYLOAD_TARGETS.dataReadyMs,
    ),
    measuredCase(
      'city scale: most of our code in one main-thread task (CPU profile)',
      ourTask,
      CITYLOAD_TARGETS.ourTaskMs,
    ),
    // Not a time: the JS heap in MB, in the table's "ms" columns with its target beside it.
    measuredCase(
      'city scale: JS heap after GC once data is ready (MB, not ms)',
      plain.map((r) => r.heapMb),
      CITYLOAD_TARGETS.heapMb,
    ),
  ];
}

/** The city-scale load suite (needs `dist/`: run `npx vite build` first). */
export const cityLoadSuite: BenchSuite = {
  name: 'cityload',
  setup: () => runCityLoadBench(),
};

// Runnable alone: `npx tsx tests/bench/cityload-browser.ts [runs]`.
if (process.argv[1]?.endsWith('cityload-browser.ts')) {
  await runCityLoadBench(Number(process.argv[2] ?? 3), 1);
}
