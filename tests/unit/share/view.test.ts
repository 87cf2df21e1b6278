/** Issue 11: the rules' view travels in the link (section 12) and in the state file; old links open in `plan`. */
import { describe, expect, it } from 'vitest';
import { createDefaultState, decodeState, encodeState } from '../../../src/share/index.ts';
import { PART_INVALID } from '../../../src/share/problems.ts';
import { readSharedState } from '../../../src/share/state.ts';

describe('the view in the link', () => {
  it('round-trips feitelijk and leaves the default out of the link', () => {
    const base = createDefaultState();
    const plain = encodeState(base);
    const feitelijk = encodeState({ ...base, view: 'feitelijk' });
    expect(feitelijk).not.toBe(plain);
    expect(decodeState(feitelijk).state.view).toBe('feitelijk');
    expect(decodeState(feitelijk).problems).toEqual([]);
    // A link without the section (every link made before issue 11) opens in the plan view.
    expect(decodeState(plain).state.view).toBeUndefined();
    expect(encodeState({ ...base, view: 'plan' })).toBe(plain);
  });

  it('the state file keeps it, and a bad value is reported and left out', () => {
    const ok = readSharedState({ ...createDefaultState(), view: 'feitelijk' });
    expect(ok.state.view).toBe('feitelijk');
    const bad = readSharedState({ ...createDefaultState(), view: 'kaart' });
    expect(bad.state.view).toBeUndefined();
    expect(bad.problems).toEqual([{ code: PART_INVALID, part: 'view' }]);
  });
});
