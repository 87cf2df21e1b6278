import { describe, expect, it } from 'vitest';
import { BEDRIJVENTERREINEN } from '../../../layers/bedrijventerreinen.layer.ts';
import { BUURTEN } from '../../../layers/buurten.layer.ts';
import { WOONWERKZONES } from '../../../layers/woonwerkzones.layer.ts';
import { ANCHOR_ANALYSIS, ANCHOR_DATA_TOP } from '../../../src/map/anchors.ts';
import { addDataLayer } from '../../../src/map/data-layers.ts';

/** A fake map that records calls and keeps a layer list. */
function fakeMap() {
  const layers: string[] = [];
  const calls: unknown[][] = [];
  const sources = new Set<string>();
  return {
    layers,
    calls,
    addSource: (id: string) => void sources.add(id),
    getSource: (id: string) => (sources.has(id) ? { setData: () => {} } : undefined),
    removeSource: (id: string) => void sources.delete(id),
    addLayer: (l: { id: string }, before?: string) => {
      calls.push(['addLayer', l.id, before]);
      layers.push(l.id);
    },
    getLayer: (id: string) => (layers.includes(id) ? { id } : undefined),
    removeLayer: (id: string) => void layers.splice(layers.indexOf(id), 1),
    setLayoutProperty: (...args: unknown[]) => void calls.push(['layout', ...args]),
    setPaintProperty: (...args: unknown[]) => void calls.push(['paint', ...args]),
  };
}

describe('addDataLayer', () => {
  const ORDER = [BEDRIJVENTERREINEN, WOONWERKZONES, BUURTEN];

  it('keeps the draw order of LAYERS when files arrive out of order, labels above fills', () => {
    const map = fakeMap();
    addDataLayer(map as never, WOONWERKZONES, [], ORDER);
    addDataLayer(map as never, BEDRIJVENTERREINEN, [], ORDER);
    const before = Object.fromEntries(map.calls.map((c) => [c[1], c[2]]));
    expect(before['woonwerkzones-fill']).toBe(ANCHOR_ANALYSIS);
    expect(before['woonwerkzones-label']).toBe(ANCHOR_DATA_TOP);
    expect(before['bedrijventerreinen-fill']).toBe('woonwerkzones-fill');
    expect(before['bedrijventerreinen-label']).toBe('woonwerkzones-label');
  });

  it('sends only the display keys that changed', () => {
    const map = fakeMap();
    const handle = addDataLayer(map as never, BEDRIJVENTERREINEN, [], ORDER);
    handle.setDisplay({ visible: true, opacity: 1 });
    const first = map.calls.length;
    handle.setDisplay({ visible: true, opacity: 1 });
    expect(map.calls.length).toBe(first);
    handle.setDisplay({ visible: false, opacity: 1 });
    const changed = map.calls.slice(first);
    expect(changed.every((c) => c[0] === 'layout' && c[3] === 'none')).toBe(true);
    expect(changed).toHaveLength(BEDRIJVENTERREINEN.style.length);
    handle.setDisplay({ visible: false, opacity: 0.5 });
    expect(map.calls.slice(first + changed.length)).toContainEqual([
      'paint',
      'bedrijventerreinen-fill',
      'fill-opacity',
      0.225,
    ]);
  });

  it('removes what it added on destroy', () => {
    const map = fakeMap();
    addDataLayer(map as never, BEDRIJVENTERREINEN, [], ORDER).destroy();
    expect(map.layers).toEqual([]);
    expect(map.getSource('bedrijventerreinen')).toBeUndefined();
  });
});
