/**
 * Issue 17: gebiedsprofiel targets travel in the link (section 13) and in the state file.
 * Links without targets stay byte for byte what they were; old links open without targets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ByteWriter, decodeBase64Url, encodeBase64Url } from '../../../src/share/bytes.ts';
import { V2_TAGS, writeV2 } from '../../../src/share/codec-v2.ts';
import { createDefaultState, decodeState, encodeState } from '../../../src/share/index.ts';
import { PART_INVALID } from '../../../src/share/problems.ts';
import { readSharedState, type SharedState } from '../../../src/share/state.ts';
import { makeFullState } from './sample.ts';

const DIR = join(import.meta.dirname, '../../fixtures/share');

const TARGETS: NonNullable<SharedState['targets']> = [
  { kind: 'buurt', id: 'B03', minBvoM2: 12_500 },
  { kind: 'zone', id: 'BT01', minBvoM2: 40_000, category: '4.2' },
];

describe('gebiedsprofiel targets in the link', () => {
  it('round-trips targets with and without a category', () => {
    const state = { ...makeFullState(), targets: TARGETS };
    const { state: back, problems } = decodeState(encodeState(state));
    expect(problems).toEqual([]);
    expect(back.targets).toEqual(TARGETS);
    // The rest of the state is untouched by the new section.
    expect({ ...back, targets: undefined }).toEqual(
      decodeState(encodeState({ ...state, targets: undefined })).state,
    );
  });

  it('writes no section without targets: every v2 fixture re-encodes byte for byte', () => {
    const base = createDefaultState();
    expect(encodeState({ ...base, targets: [] })).toBe(encodeState(base));
    const v2 = readdirSync(DIR).filter((f) => /^v2-.*\.txt$/.test(f) && f !== 'v2-targets.txt');
    expect(v2.length).toBeGreaterThanOrEqual(4);
    for (const f of v2) {
      const text = readFileSync(join(DIR, f), 'utf8').trim();
      const { state } = decodeState(text);
      expect(state.targets, f).toBeUndefined();
      expect(encodeState(state), f).toBe(text);
    }
  });

  it('section 13 is 1 + 8 + 10 bytes for the two targets (hand count)', () => {
    const state = { ...createDefaultState(), targets: TARGETS };
    const body = writeV2(state);
    const plain = writeV2(createDefaultState());
    // tag 13, length 19, then: count 2 | kind 1, "B03" (1 + 3), 12,500 (2 varint bytes), cat 0
    // | kind 0, "BT01" (1 + 4), 40,000 (3 varint bytes), cat 4.2 = index 5 + 1.
    expect(body.length - plain.length).toBe(2 + 19);
    expect([...body.subarray(plain.length, plain.length + 2)]).toEqual([V2_TAGS.targets, 19]);
    expect(body[plain.length + 2]).toBe(2);
    expect(body[body.length - 1]).toBe(6);
  });

  it('a damaged targets section is reported; the rest of the link opens', () => {
    const state = { ...createDefaultState(), title: 'Raad 3 december' };
    const w = new ByteWriter();
    w.bytes(writeV2(state));
    w.uint(V2_TAGS.targets);
    w.uint(3);
    w.bytes(new Uint8Array([5, 0, 9])); // five targets announced, the bytes stop in the first
    const text = `2.${encodeBase64Url(deflateSync(w.toBytes(), { level: 9 }))}`;
    const { state: back, problems } = decodeState(text);
    expect(problems).toEqual([{ code: PART_INVALID, part: 'targets' }]);
    expect(back.title).toBe('Raad 3 december');
    expect(back.targets).toBeUndefined();
    // And the body really did carry the section (the test could fail if it were dropped).
    const inflated = inflateSync(decodeBase64Url(text.slice(2))!);
    expect(inflated.length).toBe(writeV2(state).length + 5);
  });

  it('the state file keeps valid targets and names the bad ones', () => {
    const { state, problems } = readSharedState({
      ...createDefaultState(),
      targets: [
        TARGETS[0],
        { kind: 'wijk', id: 'W1', minBvoM2: 10 },
        { kind: 'zone', id: 'BT02', minBvoM2: -5 },
        { kind: 'zone', id: 'BT03', minBvoM2: 100, category: '7' },
        TARGETS[1],
      ],
    });
    expect(state.targets).toEqual(TARGETS);
    expect(problems).toEqual([{ code: PART_INVALID, part: 'targets', detail: '#2, #3, #4' }]);
  });
});
