/**
 * Links made with each format version must open forever. Every
 * `tests/fixtures/share/v<N>-<case>.txt` holds a link as the app wrote it with
 * version N; the `.json` next to it is the state it must decode to. Never
 * regenerate an old version's fixtures: add new ones for a new version.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECODERS, decodeState } from '../../../src/share/codec.ts';
import { isValidSharedState } from '../../../src/share/state.ts';

const DIR = join(import.meta.dirname, '../../fixtures/share');
const cases = readdirSync(DIR)
  .filter((f) => /^v\d+-.*\.txt$/.test(f))
  .map((f) => f.replace(/\.txt$/, ''));

/** Rounds numbers to 7 decimals (1 cm), so a proj4 update in the last digits does not break old links. */
const round = (u: unknown): unknown =>
  JSON.parse(JSON.stringify(u), (_k, v) => (typeof v === 'number' ? Math.round(v * 1e7) / 1e7 : v));

describe('fixture links of every format version', () => {
  it('has fixtures for every registered version', () => {
    const versions = new Set(cases.map((c) => Number(/^v(\d+)-/.exec(c)![1])));
    expect([...versions].sort()).toEqual(Object.keys(DECODERS).map(Number).sort());
  });

  it.each(cases)('%s decodes to its expected state', (name) => {
    const text = readFileSync(join(DIR, `${name}.txt`), 'utf8');
    const expected = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8'));
    const { state, problems } = decodeState(text);
    expect(problems).toEqual([]);
    expect(isValidSharedState(state)).toBe(true);
    expect(round(state)).toEqual(round(expected));
  });
});
