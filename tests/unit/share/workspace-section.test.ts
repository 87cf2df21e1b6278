/** Link section 16 (issue 12): the workspace a link needs, round trip and hostile values. */
import { describe, expect, it } from 'vitest';
import { createDefaultState, decodeState, encodeState } from '../../../src/share/index.ts';
import { readSharedState } from '../../../src/share/state.ts';

const WS = {
  id: 'doesburg-k3f9q2',
  name: 'Doesburg en Durperveld',
  files: ['bag-doesburg-panden-shp.zip', 'imro-2012-durperveld.gml'],
  counts: { woningen: 7822, bedrijventerreinen: 7 },
};

describe('link section 16: workspace', () => {
  it('carries the workspace id, name, files and counts; the demo writes no section', () => {
    const state = { ...createDefaultState(), workspace: WS };
    const back = decodeState(encodeState(state));
    expect(back.problems).toEqual([]);
    expect(back.state.workspace).toEqual(WS);
    const demo = encodeState(createDefaultState());
    expect(decodeState(demo).state.workspace).toBeUndefined();
    expect(encodeState(state).length).toBeGreaterThan(demo.length);
  });

  it('refuses a bad workspace part and keeps the rest', () => {
    for (const bad of [
      { ...WS, id: '' },
      { ...WS, files: 'x' },
      { ...WS, counts: { woningen: -1 } },
      { ...WS, counts: { woningen: 1.5 } },
      { ...WS, files: Array.from({ length: 21 }, () => 'f') },
    ]) {
      const r = readSharedState({ ...createDefaultState(), workspace: bad });
      expect(r.state.workspace).toBeUndefined();
      expect(r.problems.map((p) => p.part)).toEqual(['workspace']);
    }
  });
});
