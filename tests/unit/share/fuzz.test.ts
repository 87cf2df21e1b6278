/**
 * A link comes from anyone. Throws > 10,000 random and mutated links (and
 * mutated files) at the readers: they never throw and always give a valid state.
 * Deterministic: a seeded PRNG drives every case. How fast the slowest of these links
 * (the decompression bombs) are refused is timed in `npm run bench` (tests/bench/share.bench.ts).
 */
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ByteWriter, encodeBase64Url } from '../../../src/share/bytes.ts';
import { writeV1 } from '../../../src/share/codec-v1.ts';
import { encodeProposals, writeProposalsSection } from '../../../src/share/codec-v2.ts';
import { decodeState, encodeState } from '../../../src/share/codec.ts';
import { INTERNAL_ERROR_DETAIL } from '../../../src/share/problems.ts';
import { stateFromGeoJSON, stateToGeoJSON } from '../../../src/share/geojson.ts';
import {
  createDefaultState,
  isValidSharedState,
  type SharedState,
} from '../../../src/share/state.ts';
import { createRandom, makeFullState, makeProposals } from './sample.ts';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const random = createRandom(20261127);
const int = (n: number): number => Math.floor(random() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
const b64 = (n: number): string => Array.from({ length: n }, () => pick([...B64])).join('');

const linkOf = (body: Uint8Array, version = 1): string =>
  `${version}.${encodeBase64Url(deflateSync(body, { level: 6 }))}`;

const bases = [
  createDefaultState(),
  makeFullState(makeProposals(6, 8, 5)),
  { ...createDefaultState(), proposals: makeProposals(50, 20, 9) },
];
const baseBodies = bases.map(writeV1);
const baseLinks = [...bases.map(encodeState), ...baseBodies.map((b) => linkOf(b))];

/** One mutated copy of link text. */
function mutateText(text: string): string {
  const i = int(text.length);
  switch (int(6)) {
    case 0: // replace a character
      return text.slice(0, i) + pick([...B64]) + text.slice(i + 1);
    case 1: // truncate
      return text.slice(0, i);
    case 2: // insert
      return text.slice(0, i) + b64(1 + int(8)) + text.slice(i);
    case 3: // delete a run
      return text.slice(0, i) + text.slice(i + 1 + int(10));
    case 4: // another version
      return `${pick([0, 1, 2, 3, 99, 123456])}${text.slice(1)}`;
    default: // garbage that is not base64url
      return (
        text.slice(0, i) + pick(['=', '+', '/', ' ', '%', 'é', '\u0000', '.', '💥']) + text.slice(i)
      );
  }
}

/**
 * A format-2 link whose range-coded proposals were damaged and then given a
 * matching checksum, so the damage reaches the range decoder.
 */
function mutateCodedProposals(state: SharedState): string {
  const w = new ByteWriter();
  w.bytes(writeV1({ ...state, proposals: [] }));
  writeProposalsSection(w, mutateBody(encodeProposals(state.proposals)));
  return linkOf(w.toBytes(), 2);
}

/** One mutated copy of a v1 body (bit flips, cuts, insertions before compression: reaches the parser). */
function mutateBody(body: Uint8Array): Uint8Array {
  const out = Array.from(body);
  const n = 1 + int(4);
  for (let k = 0; k < n; k++) {
    const i = int(out.length);
    switch (int(4)) {
      case 0:
        out[i] = out[i]! ^ (1 << int(8));
        break;
      case 1:
        out.length = i;
        break;
      case 2:
        out.splice(i, 0, int(256), int(256));
        break;
      default:
        out[i] = pick([0, 0x7f, 0x80, 0xff]);
    }
  }
  return new Uint8Array(out);
}

function makeCases(): string[] {
  const cases: string[] = [];
  for (let k = 0; k < 1500; k++)
    cases.push(Array.from({ length: int(200) }, () => String.fromCharCode(int(0x3000))).join(''));
  for (let k = 0; k < 1500; k++) cases.push(`1.${b64(int(400))}`);
  for (let k = 0; k < 3500; k++) cases.push(mutateText(pick(baseLinks)));
  for (let k = 0; k < 2000; k++) cases.push(linkOf(mutateBody(pick(baseBodies))));
  for (let k = 0; k < 2000; k++) cases.push(mutateCodedProposals(pick(bases.slice(1))));
  // Decompression bombs of several sizes, and a bomb behind a valid prefix.
  for (const mb of [2, 10, 50]) cases.push(linkOf(new Uint8Array(mb * 1_000_000)));
  const prefixed = new Uint8Array(5_000_000);
  prefixed.set(baseBodies[1]!);
  cases.push(linkOf(prefixed));
  return cases;
}

describe('fuzz: decodeState', () => {
  it('never throws and always returns a valid state for 10,000+ hostile links', () => {
    const cases = makeCases();
    expect(cases.length).toBeGreaterThanOrEqual(10_000);
    let withProblems = 0;
    let keptProposals = 0;
    for (const text of cases) {
      const { state, problems } = decodeState(text);
      if (!isValidSharedState(state)) throw new Error(`invalid state from ${text.slice(0, 80)}`);
      if (problems.some((p) => p.detail === INTERNAL_ERROR_DETAIL))
        throw new Error(`decoder threw on ${text.slice(0, 80)}`);
      if (problems.length > 0) withProblems++;
      keptProposals += state.proposals.length;
    }
    console.info(
      `fuzz: ${cases.length} links, ${withProblems} with problems, ${keptProposals} proposals kept`,
    );
    expect(withProblems).toBeGreaterThan(cases.length / 2);
  }, 120_000);
});

describe('fuzz: stateFromGeoJSON', () => {
  it('never throws and always returns a valid state for 1,000 mutated files', () => {
    const file = JSON.stringify(stateToGeoJSON(makeFullState(makeProposals(4, 6, 11))));
    const junk = [null, 0, -1, 1e308, 'x', [], {}, true, [[1]], { type: 'Polygon' }, NaN];
    let n = 0;
    for (let k = 0; k < 1000; k++) {
      const json = JSON.parse(file);
      // Replace a random node somewhere in the tree with junk.
      let node = json;
      for (let depth = 0; depth < 1 + int(8); depth++) {
        const keys = node && typeof node === 'object' ? Object.keys(node) : [];
        if (keys.length === 0) break;
        const key = pick(keys);
        if (random() < 0.3 || typeof node[key] !== 'object' || node[key] === null) {
          node[key] = pick(junk);
          break;
        }
        node = node[key];
      }
      const input = random() < 0.2 ? JSON.stringify(json).slice(0, int(file.length)) : json;
      const { state, problems } = stateFromGeoJSON(input);
      expect(isValidSharedState(state)).toBe(true);
      expect(problems.some((p) => p.detail === INTERNAL_ERROR_DETAIL)).toBe(false);
      n++;
    }
    expect(n).toBe(1000);
  });
});
