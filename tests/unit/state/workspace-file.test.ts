/** A workspace as one file (issue 12): written, read back, validated; damaged files refused. */
import { describe, expect, it } from 'vitest';
import { readFiles } from '../../../src/io/read.ts';
import { ImportSession } from '../../../src/state/import-session.ts';
import {
  isWorkspaceFile,
  parseWorkspaceFile,
  workspaceFileText,
} from '../../../src/state/workspace-file.ts';
import {
  isQuotaError,
  newWorkspaceId,
  putWorkspace,
  type WorkspaceMeta,
} from '../../../src/state/workspace-store.ts';
import { realFile } from '../io/realdata.ts';
import { proposalFromRd } from '../analysis/proposals/helpers.ts';

const meta = (id: string): WorkspaceMeta => ({
  id,
  name: 'Doesburg',
  createdAt: '2026-12-02T09:00:00.000Z',
  updatedAt: '2026-12-02T09:00:00.000Z',
  files: ['bag-doesburg-panden-shp.zip', 'imro-2012-durperveld.gml'],
  counts: {},
});

describe('workspace file', () => {
  it('round-trips the real Doesburg panden and the Durperveld plan', async () => {
    const { layers, problems } = await readFiles([
      realFile('bag-doesburg-panden-shp.zip'),
      realFile('imro-2012-durperveld.gml'),
    ]);
    const session = new ImportSession(layers, problems);
    const { choices } = session.summary();
    const mapped = session.map({ choices, planCategories: { '*': '2' } });
    const slots = session.slots();
    const text = workspaceFileText(meta('doesburg-abc123'), {
      id: 'doesburg-abc123',
      layers: slots,
    });
    expect(isWorkspaceFile('x.json', text.slice(0, 200))).toBe(true);
    const back = parseWorkspaceFile('doesburg.werkruimte.json', text);
    expect(back.problems).toEqual([]);
    expect(back.name).toBe('Doesburg');
    expect(back.files).toEqual(meta('x').files);
    for (const [slot, n] of Object.entries(mapped.slotCounts))
      expect(back.layers[slot as keyof typeof back.layers]).toHaveLength(n);
    expect(back.layers.woningen[0]).toEqual(slots.woningen[0]);
  });

  it('refuses what is not a workspace file, and lists bad features without losing the good ones', () => {
    expect(parseWorkspaceFile('a.json', '{"type":"FeatureCollection"').problems[0]!.params).toEqual(
      {
        detail: 'not JSON',
      },
    );
    expect(
      parseWorkspaceFile('a.json', '{"type":"FeatureCollection","features":[]}').problems,
    ).toHaveLength(1);
    expect(
      parseWorkspaceFile('a.json', '{"type":"werkruimte-workspace","version":9,"layers":{}}')
        .problems[0]!.params.detail,
    ).toBe('version 9');
    const good = {
      type: 'Feature',
      properties: { id: 'w1', functie: 'wonen', homes: 1 },
      geometry: { type: 'Point', coordinates: [6.13, 52.01] },
    };
    const bad = { type: 'Feature', properties: { id: 'w2' }, geometry: null };
    const text = JSON.stringify({
      type: 'werkruimte-workspace',
      version: 1,
      meta: { name: 'x' },
      layers: {
        woningen: { type: 'FeatureCollection', features: [good, bad] },
        onzin: { type: 'FeatureCollection', features: [] },
      },
    });
    const r = parseWorkspaceFile('x.werkruimte.json', text);
    expect(r.layers.woningen).toHaveLength(1);
    expect(r.problems.length).toBe(2);
    expect(r.problems.map((p) => p.message).join('\n')).toContain('onzin');
  });
});

describe('workspace file: proposals and rule view', () => {
  const ring = [
    [198000, 443000],
    [198100, 443000],
    [198100, 443100],
    [198000, 443100],
    [198000, 443000],
  ];
  const home = {
    type: 'Feature' as const,
    properties: { id: 'w1', functie: 'wonen', homes: 1 },
    geometry: { type: 'Point' as const, coordinates: [6.13, 52.01] },
  };

  it('carries the workspace’s own proposals and its rule view, and reads them back', () => {
    const proposals = [
      proposalFromRd(ring, { id: 'p1', name: 'Havenkwartier', homes: 40 }),
      proposalFromRd(ring, { id: 'p2', name: 'Kop van de haven', use: 'woonwerkzone' }),
    ];
    const text = workspaceFileText(
      meta('doesburg-abc123'),
      { id: 'doesburg-abc123', layers: { woningen: [home] } },
      { proposals, ruleView: 'feitelijk' },
    );
    const back = parseWorkspaceFile('d.werkruimte.json', text);
    expect(back.problems).toEqual([]);
    expect(back.ruleView).toBe('feitelijk');
    expect(back.proposals).toEqual(proposals);
  });

  it('reads a file written before proposals were kept per workspace, and lists damaged ones', () => {
    const layers = { woningen: { type: 'FeatureCollection', features: [home] } };
    const old = parseWorkspaceFile(
      'o.werkruimte.json',
      JSON.stringify({ type: 'werkruimte-workspace', version: 1, meta: { name: 'o' }, layers }),
    );
    expect(old.problems).toEqual([]);
    expect(old.proposals).toEqual([]);
    expect(old.ruleView).toBeUndefined();
    const good = proposalFromRd(ring, { id: 'p1' });
    const damaged = parseWorkspaceFile(
      'x.werkruimte.json',
      JSON.stringify({
        type: 'werkruimte-workspace',
        version: 1,
        layers,
        ruleView: 'misschien',
        proposals: {
          type: 'FeatureCollection',
          features: [good, { type: 'Feature', properties: {}, geometry: null }],
        },
      }),
    );
    expect(damaged.proposals).toEqual([good]);
    expect(damaged.layers.woningen).toHaveLength(1);
    expect(damaged.problems.map((p) => p.params.detail)).toEqual([
      '1 proposal(s) without an id or a polygon',
      'unknown rule view "misschien"',
    ]);
  });
});

describe('workspace store', () => {
  it('recognises storage-full errors and never stores over the demo', async () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'Error', code: 22 })).toBe(true);
    expect(isQuotaError(new Error('x'))).toBe(false);
    await expect(putWorkspace(meta('demo'), { id: 'demo', layers: {} })).rejects.toThrow(/refused/);
    expect(newWorkspaceId('Demo')).toMatch(/^demo-eigen-[a-z0-9]{6}$/);
    expect(newWorkspaceId('Gemeente Doesburg (BAG)')).toMatch(
      /^gemeente-doesburg-bag-[a-z0-9]{6}$/,
    );
  });
});
