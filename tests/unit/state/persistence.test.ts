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
