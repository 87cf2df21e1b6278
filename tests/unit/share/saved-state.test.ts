import { describe, expect, it } from 'vitest';
import {
  classifyStateFile,
  isOwnStaleLink,
  readSavedRecord,
  rebaseProposals,
  toSavedRecord,
} from '../../../src/share/saved-state.ts';
import { importProposals, IMPORT_ID_RENAMED } from '../../../src/share/exchange.ts';
import { stateFromGeoJSON } from '../../../src/share/geojson.ts';
import { PROPOSAL_ID_RENAMED } from '../../../src/share/problems.ts';
import { proposalFromRd } from '../analysis/proposals/helpers.ts';

const X = 150000;
const Y = 480000;
const square = (x: number, s = 100): number[][] => [
  [X + x, Y],
  [X + x + s, Y],
  [X + x + s, Y + s],
  [X + x, Y + s],
  [X + x, Y],
];
const p = (id: string, x: number, name = id) => proposalFromRd(square(x), { id, name });

describe('saved proposals with a revision stamp (issue 13)', () => {
  it('round-trips the list and its revision', () => {
    const list = [p('a', 0), p('b', 200)];
    const read = readSavedRecord(JSON.stringify(toSavedRecord(list, 7, 1)));
    expect(read).toEqual({ ok: true, proposals: list, revision: 7, empty: false });
  });

  it('reads a list saved before revisions as revision 0, and nothing as empty', () => {
    const old = JSON.stringify({ type: 'FeatureCollection', features: [] });
    expect(readSavedRecord(old)).toMatchObject({ ok: true, revision: 0 });
    expect(readSavedRecord(null)).toMatchObject({ ok: true, empty: true, proposals: [] });
  });

  it.each([
    ['garbage', 'ä#!x', 'not-json'],
    ['truncated JSON', JSON.stringify(toSavedRecord([p('a', 0)], 1, 1)).slice(0, 60), 'not-json'],
    ['null', 'null', 'not-a-list'],
    ['a number', '42', 'not-a-list'],
    [
      'an unreadable feature',
      JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature' }] }),
      'features-damaged',
    ],
  ])('reports %s as damaged, with the text kept', (_label, raw, reason) => {
    expect(readSavedRecord(raw)).toEqual({ ok: false, reason, raw });
  });
});

describe('rebaseProposals: a stale tab never overwrites newer work', () => {
  const base = [p('a', 0), p('b', 200), p('c', 400)];
  it('keeps a rename from the other tab and a delete from this one', () => {
    const theirs = [p('a', 0, 'Renamed'), base[1]!, base[2]!];
    const mine = [base[0]!, base[2]!]; // deleted b
    const merged = rebaseProposals(base, mine, theirs);
    expect(merged.map((q) => [q.properties.id, q.properties.name])).toEqual([
      ['a', 'Renamed'],
      ['c', 'c'],
    ]);
  });
  it('keeps both tabs additions, renaming a clashing id', () => {
    const theirs = [...base, p('d', 600, 'theirs')];
    const mine = [...base, p('d', 800, 'mine')];
    const merged = rebaseProposals(base, mine, theirs);
    expect(merged.map((q) => q.properties.id)).toEqual(['a', 'b', 'c', 'd', 'd-2']);
    expect(merged[4]!.properties.name).toBe('mine');
  });
  it('does not bring back what the other tab deleted', () => {
    const theirs = [base[0]!];
    const merged = rebaseProposals(base, base, theirs);
    expect(merged.map((q) => q.properties.id)).toEqual(['a']);
  });
  it('lets this tab change win for the proposal it changed', () => {
    const theirs = [p('a', 0, 'theirs'), base[1]!, base[2]!];
    const mine = [p('a', 0, 'mine'), base[1]!, base[2]!];
    expect(rebaseProposals(base, mine, theirs)[0]!.properties.name).toBe('mine');
  });
});

describe('isOwnStaleLink: the revision decides between URL and storage', () => {
  it('storage wins over the own link of an older or equal revision', () => {
    expect(isOwnStaleLink('2.abc', { linkText: '2.abc', revision: 4 }, 5)).toBe(true);
    expect(isOwnStaleLink('2.abc', { linkText: '2.abc', revision: 5 }, 5)).toBe(true);
  });
  it('a link this tab did not write is someone else’s', () => {
    expect(isOwnStaleLink('2.abc', { linkText: '2.xyz', revision: 4 }, 5)).toBe(false);
    expect(isOwnStaleLink('2.abc', undefined, 5)).toBe(false);
  });
});

describe('classifyStateFile: files are recognised by parsing', () => {
  const fc = (features: unknown[], extra: object = {}) =>
    JSON.stringify({ type: 'FeatureCollection', features, ...extra });
  const poly = { type: 'Polygon', coordinates: [square(0)] };
  it('a GIS file with a property named werkruimte is not a state file', () => {
    const text = fc([
      { type: 'Feature', properties: { werkruimte: 'ja', naam: 'x' }, geometry: poly },
    ]);
    expect(text).toMatch(/"werkruimte"\s*:/); // what the old regex matched
    expect(classifyStateFile(text).kind).toBe('data');
  });
  it('a state file of version 1 is one; version 99 is refused', () => {
    expect(classifyStateFile(fc([], { werkruimte: { version: 1 } }))).toEqual({ kind: 'state' });
    expect(classifyStateFile(fc([], { werkruimte: { version: 99 } }))).toEqual({
      kind: 'unsupported-version',
      version: '99',
    });
  });
  it('proposals from a GIS, bare polygons, data files and non-GeoJSON', () => {
    const proposal = { type: 'Feature', properties: { use: 'woningbouw' }, geometry: poly };
    expect(classifyStateFile(fc([proposal])).kind).toBe('proposals');
    expect(classifyStateFile(fc([{ type: 'Feature', properties: {}, geometry: poly }])).kind).toBe(
      'proposals',
    );
    const plan = {
      type: 'Feature',
      properties: { bestemmingshoofdgroep: 'wonen' },
      geometry: poly,
    };
    expect(classifyStateFile(fc([plan, plan]))).toEqual({ kind: 'data', featureCount: 2 });
    expect(classifyStateFile('{"type":"Feat')).toEqual({ kind: 'not-json' });
    expect(classifyStateFile('[1,2]')).toEqual({ kind: 'not-geojson' });
  });
});

describe('duplicate ids in a file are renamed, not dropped', () => {
  it('keeps both features of the same id', () => {
    const a = p('dup', 0);
    const b = p('dup', 200);
    const text = JSON.stringify({ type: 'FeatureCollection', features: [a, b] });
    const { state, problems } = stateFromGeoJSON(text);
    expect(state.proposals.map((q) => q.properties.id)).toEqual(['dup', 'dup-2']);
    expect(problems).toContainEqual(
      expect.objectContaining({ code: PROPOSAL_ID_RENAMED, detail: 'dup → dup-2' }),
    );
    const imported = importProposals(text, ['dup']);
    expect(imported.proposals.map((q) => q.properties.id)).toEqual(['dup-2', 'dup-2-2']);
    expect(imported.problems.some((q) => q.code === IMPORT_ID_RENAMED)).toBe(true);
  });
});
