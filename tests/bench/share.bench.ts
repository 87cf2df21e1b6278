/**
 * Benchmark of shareable links (issue 6): our link length against what
 * geojson.io would put in its URL for the same proposals (gzip of the GeoJSON
 * text, base64), and encode/decode times.
 *
 * Also the time to refuse hostile links (decompression bombs): the unit tests only check that
 * they are refused; how fast is measured here, where timing belongs (issue 10).
 *
 * Run alone: `npx tsx tests/bench/share.bench.ts`; `tests/bench/run.ts` calls `runShareBench()`
 * and runs `hostileLinkSuite`.
 */
import { deflateSync, gzipSync, strToU8 } from 'fflate';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MultiPolygon } from 'geojson';
import { mapGeometry, toWgs84 } from '../../src/geo/crs.ts';
import { encodeBase64Url } from '../../src/share/bytes.ts';
import { writeV1 } from '../../src/share/codec-v1.ts';
import { decodeState, encodeState } from '../../src/share/codec.ts';
import { MAX_LINK_CHARS } from '../../src/share/geojson.ts';
import { createDefaultState, LIMITS, type SharedState } from '../../src/share/state.ts';
import { COUNCIL_SHAPE, LARGE_SHAPE, makeFullState, makeProposals } from '../unit/share/sample.ts';
import { formatResults, runSuites, type BenchSuite } from './harness.ts';

const RUNS = 40;

function timeMs(fn: () => void): { median: number; p95: number } {
  fn(); // warm up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(RUNS / 2)]!,
    p95: times[Math.min(RUNS - 1, Math.ceil(RUNS * 0.95) - 1)]!,
  };
}

/** geojson.io's `?data=gz:` payload: gzip of the FeatureCollection text, base64. */
function geojsonIoLength(state: SharedState): number {
  const fc = { type: 'FeatureCollection', features: state.proposals };
  return Buffer.from(gzipSync(strToU8(JSON.stringify(fc)), { level: 9 })).toString('base64').length;
}

/** The same state as a format-1 link (what the app wrote before format 2). */
function format1Length(state: SharedState): number {
  return `1.${encodeBase64Url(deflateSync(writeV1(state), { level: 9, mem: 9 }))}`.length;
}

const round = (v: number, digits = 2): number => Math.round(v * 10 ** digits) / 10 ** digits;

/** Issue 6's target for the 50 × 20 council set, characters. */
export const COUNCIL_TARGET_CHARS = 4000;

/** The Enkelbestemming outlines of IMRO plan Durperveld (../shared/realdata) as proposals, if present. */
function realPlanState(): SharedState | undefined {
  const file = join(
    import.meta.dirname,
    '../../../shared/realdata/imro-2012-durperveld-enkelbestemming-rd.geojson',
  );
  if (!existsSync(file)) return undefined;
  const fc = JSON.parse(readFileSync(file, 'utf8')) as {
    features: Array<{ geometry: MultiPolygon; properties: { naam: string } }>;
  };
  const proposals = fc.features.map((f, i) => ({
    type: 'Feature' as const,
    geometry: mapGeometry(f.geometry, toWgs84),
    properties: {
      id: `p-${i + 1}`,
      name: f.properties.naam,
      use: 'woningbouw' as const,
      homes: 0,
      bvoM2: 0,
      status: 'concept' as const,
      note: '',
    },
  }));
  return { ...createDefaultState(), proposals };
}

/**
 * Measures link length and speed for a few proposal sets.
 * @returns one row per set: lengths in characters, ratio, times in milliseconds
 */
export function runShareBench(): Array<{ name: string; values: Record<string, number | string> }> {
  const sets: Array<[string, SharedState]> = [
    ['share 50×20 council (0.5–3.8 ha)', { ...createDefaultState(), proposals: makeProposals() }],
    [
      'share 50×20 large (1–15 ha, spiky)',
      { ...createDefaultState(), proposals: makeProposals(50, 20, 1, LARGE_SHAPE) },
    ],
    ['share full state + 50×20 council', makeFullState(makeProposals(50, 20, 1, COUNCIL_SHAPE))],
    ['share 10×8 council', { ...createDefaultState(), proposals: makeProposals(10, 8, 2) }],
  ];
  const real = realPlanState();
  if (real) sets.push(['share IMRO Durperveld (84 real outlines)', real]);
  return sets.map(([name, state]) => {
    const text = encodeState(state);
    const gz = geojsonIoLength(state);
    const enc = timeMs(() => encodeState(state));
    const dec = timeMs(() => decodeState(text));
    return {
      name,
      values: {
        ourChars: text.length,
        format1Chars: format1Length(state),
        geojsonIoGzipChars: gz,
        ratio: round(gz / text.length),
        fitsLink: text.length <= MAX_LINK_CHARS ? 'yes' : 'no',
        encodeMedianMs: round(enc.median),
        encodeP95Ms: round(enc.p95),
        decodeMedianMs: round(dec.median),
        decodeP95Ms: round(dec.p95),
      },
    };
  });
}

/** A link whose body is `body`, deflated, as the fuzz test builds them. */
const linkOf = (body: Uint8Array, version = 1): string =>
  `${version}.${encodeBase64Url(deflateSync(body, { level: 6 }))}`;

/**
 * Refusing hostile links: the decoder caps what it inflates, so a bomb costs little. Targets are
 * the limits the unit tests used to time themselves (tests/unit/share/codec.test.ts, fuzz.test.ts).
 */
export const hostileLinkSuite: BenchSuite = {
  name: 'share',
  setup() {
    const bomb50 = linkOf(new Uint8Array(50_000_000));
    const prefixed = new Uint8Array(5_000_000);
    prefixed.set(writeV1(makeFullState(makeProposals(6, 8, 5))));
    // The slowest links of the fuzz corpus: bombs of 2, 10 and 50 MB, and one behind a valid body.
    const slowest = [
      ...[2, 10, 50].map((mb) => linkOf(new Uint8Array(mb * 1_000_000))),
      linkOf(prefixed),
    ];
    // The frozen links (26 s and 54–67 s before): a study area of (here, the cap)
    // 10,000 corners, and 2,000 proposals; shape-checked with the segment index, not O(n²).
    const corners = LIMITS.maxPlaceVertices - 1;
    const ring = Array.from({ length: corners }, (_, i) => {
      const t = (2 * Math.PI * i) / corners;
      return toWgs84([155000 + 2000 * Math.cos(t), 463000 + 2000 * Math.sin(t)]);
    });
    const bigStudyArea = encodeState({
      ...createDefaultState(),
      surface: {
        program: { kind: 'housing' },
        studyArea: {
          kind: 'drawn',
          polygon: { type: 'Polygon', coordinates: [[...ring, ring[0]!]] },
        },
      },
    });
    const manyProposals = encodeState(makeFullState(makeProposals(2000, 8, 5)));
    return [
      {
        name: `decode a link with a ${corners}-corner study area (${bigStudyArea.length} chars)`,
        iterations: 10,
        warmup: 1,
        run: () => decodeState(bigStudyArea),
        targetMs: 200,
      },
      {
        name: `decode a link with 2,000 proposals (${manyProposals.length} chars)`,
        iterations: 10,
        warmup: 1,
        // No target yet: 0.3–0.6 s on this machine, over the 200 ms for a main-thread
        // task; meeting it needs the decode in a worker (issue 13, not done).
        run: () => decodeState(manyProposals),
      },
      {
        name: 'refuse a 50 MB decompression bomb',
        iterations: 20,
        warmup: 2,
        run: () => decodeState(bomb50),
        targetMs: 500,
      },
      {
        name: 'slowest hostile links of the fuzz test (bombs 2–50 MB, bomb behind a valid body)',
        iterations: 40,
        warmup: 4,
        run: (i) => decodeState(slowest[i % slowest.length]!),
        targetMs: 1000,
      },
    ];
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatResults(await runSuites([hostileLinkSuite])));
  const rows = runShareBench();
  console.table(Object.fromEntries(rows.map((r) => [r.name, r.values])));
}
