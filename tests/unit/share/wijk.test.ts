/**
 * Issue 16: the Wijkprofielen tab's state travels in the link (v2 section 14) and in the state
 * file; links without it (every link made before) decode exactly as before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDefaultState, decodeState, encodeState } from '../../../src/share/index.ts';
import { ByteWriter } from '../../../src/share/bytes.ts';
import { readV2, V2_TAGS, writeV2 } from '../../../src/share/codec-v2.ts';
import { PART_INVALID } from '../../../src/share/problems.ts';
import { readSharedState, type SharedWijk } from '../../../src/share/state.ts';

const WIJK: SharedWijk = {
  indicator: 'sbi:C',
  level: 'wijk',
  method: 'natural',
  mode: 'change',
  selected: 'WK099901',
};

describe('the Wijkprofielen state in the link', () => {
  it('round-trips every field, with and without a selection', () => {
    const base = createDefaultState();
    const full = decodeState(encodeState({ ...base, wijk: WIJK }));
    expect(full.problems).toEqual([]);
    expect(full.state.wijk).toEqual(WIJK);
    const { selected: _, ...plain } = WIJK;
    const bare = decodeState(encodeState({ ...base, wijk: plain }));
    expect(bare.state.wijk).toEqual(plain);
  });

  it('travels beside the gebiedsprofiel targets (section 13): both parts decode', () => {
    const targets = [
      { kind: 'zone' as const, id: 'BT-01', minBvoM2: 12000, category: '4.1' as const },
    ];
    const both = decodeState(encodeState({ ...createDefaultState(), wijk: WIJK, targets }));
    expect(both.problems).toEqual([]);
    expect(both.state.wijk).toEqual(WIJK);
    expect(both.state.targets).toEqual(targets);
  });

  it('leaves links without it unchanged: the same text, and no wijk part when decoded', () => {
    const base = createDefaultState();
    const before = encodeState(base);
    expect(encodeState({ ...base })).toBe(before);
    expect(encodeState({ ...base, wijk: WIJK })).not.toBe(before);
    expect(decodeState(before).state.wijk).toBeUndefined();
    // The links of every earlier fixture decode as they did (tests/unit/share/fixtures.test.ts);
    // here: the v2 full fixture has no wijk part.
    const text = readFileSync(
      join(import.meta.dirname, '../../fixtures/share/v2-full.txt'),
      'utf8',
    );
    expect(decodeState(text).state.wijk).toBeUndefined();
  });

  it('reports a damaged section and keeps the rest of the link', () => {
    const base = { ...createDefaultState(), language: 'en' as const };
    const w = new ByteWriter();
    w.bytes(writeV2(base));
    // Level 7 does not exist.
    const bad = new ByteWriter();
    bad.string('fmi');
    bad.uint(7);
    const bytes = bad.toBytes();
    w.uint(V2_TAGS.wijk);
    w.uint(bytes.length);
    w.bytes(bytes);
    const { raw, problems } = readV2(w.toBytes());
    expect(problems).toEqual([{ code: PART_INVALID, part: 'wijk' }]);
    expect(raw.wijk).toBeUndefined();
    expect(raw.language).toBe('en');
  });

  it('the state file keeps it; an unknown indicator or level is reported and left out', () => {
    expect(readSharedState({ ...createDefaultState(), wijk: WIJK }).state.wijk).toEqual(WIJK);
    for (const wijk of [
      { ...WIJK, indicator: 'nonsense' },
      { ...WIJK, level: 'stad' },
      { ...WIJK, mode: 'morgen' },
      { ...WIJK, selected: '' },
      'fmi',
    ]) {
      const read = readSharedState({ ...createDefaultState(), wijk });
      expect(read.state.wijk).toBeUndefined();
      expect(read.problems).toEqual([{ code: PART_INVALID, part: 'wijk' }]);
    }
  });
});
