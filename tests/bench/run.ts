/**
 * `npm run bench`: runs every registered benchmark suite and prints one table
 * (median and p95 per case, the naive baseline of the same run, the ratio, the
 * target and whether it is met). To add a benchmark, write `<name>.bench.ts` exporting a BenchSuite and
 * list it in SUITES (or BROWSER_SUITES: `npm run bench -- startup`, `-- hostile`, `-- owndata` or `-- cityload`, after `vite build`). Exit code 1 when a case misses its target.
 * Timings depend on the machine's load: run it on an idle machine.
 */
import { cityLoadSuite } from './cityload-browser.ts';
import { cliBatchSuite } from './cli-batch.bench.ts';
import { hostileSuite } from './hostile-browser.ts';
import { formatResults, isWithinTarget, runSuites, type BenchSuite } from './harness.ts';
import { locationCheckSuite } from './location-check.bench.ts';
import { placementSuite } from './placement.bench.ts';
import { proposalsSuite } from './proposals.bench.ts';
import { readersSuite } from './readers.bench.ts';
import { COUNCIL_TARGET_CHARS, hostileLinkSuite, runShareBench } from './share.bench.ts';
import { owndataSuite } from './owndata-browser.ts';
import { startupSuite } from './startup-browser.ts';
import { reportGrowth, surfaceSuite } from './surface.bench.ts';
import { wijkprofielSuite } from './wijkprofiel.bench.ts';

const SUITES: readonly BenchSuite[] = [
  locationCheckSuite,
  proposalsSuite,
  surfaceSuite,
  hostileLinkSuite,
  readersSuite,
  wijkprofielSuite,
  placementSuite,
  cliBatchSuite,
];

/** Suites that drive the built app in Chromium: run only when named (they need `vite build`). */
const BROWSER_SUITES: readonly BenchSuite[] = [
  startupSuite,
  hostileSuite,
  owndataSuite,
  cityLoadSuite,
];

const only = process.argv[2];
const results = await runSuites(
  only ? [...SUITES, ...BROWSER_SUITES].filter((s) => s.name === only) : SUITES,
);
console.log(formatResults(results));

// Link lengths (issue 6): ours against geojson.io's gzip-of-GeoJSON for the same state.
const missed = results.filter((r) => !isWithinTarget(r)).map((r) => r.name);
missed.push(...reportGrowth());
if (!only || only === 'share') {
  console.log('\nShare links (characters; ratio = geojson.io gzip / ours)');
  const rows = runShareBench();
  console.table(Object.fromEntries(rows.map((r) => [r.name, r.values])));
  const council = rows[0]!.values.ourChars as number;
  console.log(
    `50 × 20 council set: ${council} characters (target ${COUNCIL_TARGET_CHARS}): ${council <= COUNCIL_TARGET_CHARS ? 'met' : 'MISSED'}`,
  );
  if (council > COUNCIL_TARGET_CHARS) missed.push('share 50×20 council link length');
}
if (missed.length) {
  console.log(`\nMissed targets: ${missed.join(', ')}`);
  process.exitCode = 1;
}
