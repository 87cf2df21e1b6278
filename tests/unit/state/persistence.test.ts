import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProposalFeature } from '../../../src/analysis/proposals/types.ts';
import { readSavedRecord, toSavedRecord } from '../../../src/share/saved-state.ts';
import { proposalFromRd } from '../analysis/proposals/helpers.ts';

/** A Map-backed Storage: node has no localStorage. */
class MemoryStorage {
  map = new Map<string, string>();
  getItem(k: string) {
    return this.map.has(k) ? this.map.get(k)! : null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, String(v));
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

const square = (x: number): number[][] => [
  [150000 + x, 480000],
  [150100 + x, 480000],
  [150100 + x, 480100],
  [150000 + x, 480100],
  [150000 + x, 480000],
];
const p = (id: string, x: number, name = id): ProposalFeature =>
  proposalFromRd(square(x), { id, name });

let local: MemoryStorage;
beforeEach(() => {
  local = new MemoryStorage();
  vi.stubGlobal('localStorage', local);
  vi.stubGlobal('sessionStorage', new MemoryStorage());
  vi.resetModules();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const load = () => import('../../../src/state/persistence.ts');
const hooks = () => ({ onExternal: vi.fn(), onStatus: vi.fn() });

describe('persistence (issue 13)', () => {
  it.each([
    ['garbage', '%%% not json'],
    ['truncated JSON', '{"type":"FeatureCollection","features":[{"type":"Fea'],
    ['null', 'null'],
  ])('keeps %s aside, says so, and the first edit does not destroy it', async (_l, raw) => {
    local.setItem('werkruimte.proposals.v1', raw);
    const m = await load();
    const start = m.startPersistence(hooks());
    expect(start.damaged).toMatchObject({ raw, keptAside: true });
    expect(m.damagedValue()?.raw).toBe(raw);
    m.saveProposals([p('a', 0)], { past: [], present: [p('a', 0)], future: [] });
    const aside = JSON.parse(local.getItem(m.DAMAGED_KEY)!) as { raw: string };
    expect(aside.raw).toBe(raw);
  });

  it('stamps each save with a higher revision', async () => {
    const m = await load();
    m.startPersistence(hooks());
    m.saveProposals([p('a', 0)], { past: [], present: [], future: [] });
    m.saveProposals([p('a', 0), p('b', 200)], { past: [], present: [], future: [] });
    const read = readSavedRecord(local.getItem(m.STORAGE_KEY));
    expect(read).toMatchObject({ ok: true, revision: 2 });
  });

  it('replays a stale tab’s edit on top of a newer save instead of overwriting it', async () => {
    const base = [p('a', 0), p('b', 200)];
    local.setItem('werkruimte.proposals.v1', JSON.stringify(toSavedRecord(base, 3, 0)));
    const m = await load();
    m.startPersistence(hooks());
    // Another tab renames a (revision 4) before this tab's storage event arrived.
    local.setItem(
      'werkruimte.proposals.v1',
      JSON.stringify(toSavedRecord([p('a', 0, 'Renamed'), base[1]!], 4, 0)),
    );
    // This tab deletes b from its older copy.
    const saved = m.saveProposals([base[0]!], { past: [], present: [], future: [] });
    expect(saved.map((q) => [q.properties.id, q.properties.name])).toEqual([['a', 'Renamed']]);
    expect(readSavedRecord(local.getItem(m.STORAGE_KEY))).toMatchObject({ ok: true, revision: 5 });
  });

  it('hands a newer save of another tab to the app (storage event)', async () => {
    const m = await load();
    const h = hooks();
    const listeners: ((e: unknown) => void)[] = [];
    vi.stubGlobal('window', {
      addEventListener: (_t: string, f: (e: unknown) => void) => listeners.push(f),
    });
    m.startPersistence(h);
    const newer = JSON.stringify(toSavedRecord([p('x', 0)], 9, 0));
    for (const f of listeners) f({ key: m.STORAGE_KEY, newValue: newer });
    expect(h.onExternal).toHaveBeenCalledWith([p('x', 0)], 9);
    const older = JSON.stringify(toSavedRecord([], 2, 0));
    for (const f of listeners) f({ key: m.STORAGE_KEY, newValue: older });
    expect(h.onExternal).toHaveBeenCalledTimes(1);
  });
});

describe('persistence per workspace (issue 12)', () => {
  const h0 = { past: [], present: [], future: [] };
  const ids = (list: readonly ProposalFeature[]) => list.map((q) => q.properties.id);

  it('keeps the proposals saved before workspaces as the demo’s, and each workspace its own', async () => {
    // Saved by a version without workspaces: the same key the demo city keeps.
    local.setItem('werkruimte.proposals.v1', JSON.stringify(toSavedRecord([p('old', 0)], 4, 0)));
    const m = await load();
    expect(ids(m.startPersistence(hooks()).proposals)).toEqual(['old']);
    expect(m.persistenceWorkspace()).toBe('demo');

    const own = m.switchPersistence('doesburg-abc123');
    expect(own.proposals).toEqual([]);
    m.saveProposals([p('d1', 0)], h0);
    expect(local.getItem('werkruimte.proposals.v1@doesburg-abc123')).toContain('"d1"');
    // The demo's list is untouched by the own workspace's save.
    expect(ids(readSavedList(local.getItem(m.STORAGE_KEY)))).toEqual(['old']);

    expect(ids(m.switchPersistence('demo').proposals)).toEqual(['old']);
    m.saveProposals([p('old', 0), p('new', 200)], h0);
    expect(ids(m.switchPersistence('doesburg-abc123').proposals)).toEqual(['d1']);
    expect(ids(m.readWorkspaceProposals('demo'))).toEqual(['old', 'new']);
  });

  it('starts in the workspace that was on the map, with its own revision', async () => {
    local.setItem('werkruimte.proposals.v1', JSON.stringify(toSavedRecord([p('a', 0)], 7, 0)));
    local.setItem(
      'werkruimte.proposals.v1@w-1',
      JSON.stringify(toSavedRecord([p('b', 0), p('c', 200)], 2, 0)),
    );
    const m = await load();
    const start = m.startPersistence(hooks(), 'w-1');
    expect(ids(start.proposals)).toEqual(['b', 'c']);
    expect(m.currentRevision()).toBe(2);
    m.saveProposals([p('b', 0)], h0);
    expect(readSavedRecord(local.getItem('werkruimte.proposals.v1@w-1'))).toMatchObject({
      ok: true,
      revision: 3,
    });
    expect(readSavedRecord(local.getItem(m.STORAGE_KEY))).toMatchObject({ ok: true, revision: 7 });
  });

  it('hands on another tab’s save only for the workspace on the map', async () => {
    const m = await load();
    const h = hooks();
    const listeners: ((e: unknown) => void)[] = [];
    vi.stubGlobal('window', {
      addEventListener: (_t: string, f: (e: unknown) => void) => listeners.push(f),
    });
    m.startPersistence(h, 'w-1');
    const newer = JSON.stringify(toSavedRecord([p('x', 0)], 9, 0));
    for (const f of listeners) f({ key: m.STORAGE_KEY, newValue: newer });
    expect(h.onExternal).not.toHaveBeenCalled();
    for (const f of listeners) f({ key: 'werkruimte.proposals.v1@w-1', newValue: newer });
    expect(h.onExternal).toHaveBeenCalledWith([p('x', 0)], 9);
  });

  it('stores a re-imported workspace’s proposals for later, and forgets a removed one’s', async () => {
    const m = await load();
    m.startPersistence(hooks());
    expect(await m.writeWorkspaceProposals('w-2', [p('q', 0)])).toBe(true);
    expect(ids(m.readWorkspaceProposals('w-2'))).toEqual(['q']);
    expect(m.persistenceWorkspace()).toBe('demo');
    expect(ids(m.switchPersistence('w-2').proposals)).toEqual(['q']);
    m.switchPersistence('demo');
    m.forgetWorkspaceProposals('w-2');
    expect(local.getItem('werkruimte.proposals.v1@w-2')).toBeNull();
    expect(m.readWorkspaceProposals('w-2')).toEqual([]);
  });
});

function readSavedList(raw: string | null): ProposalFeature[] {
  const r = readSavedRecord(raw);
  return r.ok ? r.proposals : [];
}
