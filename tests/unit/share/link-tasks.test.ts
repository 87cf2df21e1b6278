/**
 * The share worker's tasks (issue 13), run in this thread: the same answers the worker gives.
 */
import { describe, expect, it } from 'vitest';
import { encodeState } from '../../../src/share/codec.ts';
import { openFile, openLink, readProposalsFile, writeLink } from '../../../src/share/link-tasks.ts';
import { groupProblems, PROPOSAL_DROPPED } from '../../../src/share/problems.ts';
import { stateToGeoJSON } from '../../../src/share/geojson.ts';
import { createDefaultState } from '../../../src/share/state.ts';
import { makeProposals } from './sample.ts';

describe('share worker tasks', () => {
  it('opens a link with drawable proposals and tells the own proposals from someone else’s', () => {
    const proposals = makeProposals(3, 8, 1);
    const text = encodeState({ ...createDefaultState(), proposals });
    const other = openLink(text, []);
    expect(other.proposals.map((p) => p.geometry.type)).toEqual(['Polygon', 'Polygon', 'Polygon']);
    expect(other.sameAsOwn).toBe(false);
    expect(openLink(text, proposals).sameAsOwn).toBe(true);
    expect(openLink('2.AAAA', proposals).proposals).toEqual([]);
  });

  it('writes the same link text as encodeState, naming what it left out', () => {
    const state = { ...createDefaultState(), proposals: makeProposals(2, 6, 2) };
    expect(writeLink(JSON.parse(JSON.stringify(state))).text).toBe(encodeState(state));
    expect(writeLink({ ...state, title: 3 }).problems.map((p) => p.part)).toContain('title');
  });

  it('reads a proposals file up to the room left and names the rest; refuses a data file', () => {
    const file = JSON.stringify(
      stateToGeoJSON({ ...createDefaultState(), proposals: makeProposals(5, 6, 3) }),
    );
    const read = readProposalsFile(file, [], 2);
    expect(read.proposals).toHaveLength(2);
    expect(read.problems).toContainEqual({ code: 'import-cap-reached', detail: '3' });
    const data = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { bestemming: 'wonen' }, geometry: null }],
    });
    expect(readProposalsFile(data, []).problems).toEqual([
      { code: 'import-not-proposals', detail: '1' },
    ]);
    expect(openFile(data, []).kind).toBe('data');
    expect(openFile(file, []).kind).toBe('state');
  });
});

describe('groupProblems', () => {
  it('gives one group per code and part with the count and the first examples', () => {
    const problems = Array.from({ length: 100_000 }, (_, i) => ({
      code: PROPOSAL_DROPPED,
      part: 'proposals' as const,
      detail: `#${i + 1}`,
    }));
    problems.splice(5, 0, { code: PROPOSAL_DROPPED, part: 'link' as never, detail: 'x' });
    const groups = groupProblems(problems);
    expect(groups).toEqual([
      { code: PROPOSAL_DROPPED, part: 'proposals', count: 100_000, examples: ['#1', '#2', '#3'] },
      { code: PROPOSAL_DROPPED, part: 'link', count: 1, examples: ['x'] },
    ]);
    expect(groupProblems([{ code: 'a' }, { code: 'a' }], 1)).toEqual([
      { code: 'a', count: 2, examples: [] },
    ]);
  });
});
