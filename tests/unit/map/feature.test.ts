import { describe, expect, it } from 'vitest';
import { createMapFeatureRegistry, type MapFeature } from '../../../src/map/feature.ts';

/** A feature that logs its attach and destroy calls. */
function logging(id: string, log: string[], captures = () => false): MapFeature {
  return {
    id,
    capturesClicks: captures,
    attach: (map) => {
      log.push(`attach ${id} ${String(map)}`);
      return { destroy: () => log.push(`destroy ${id}`) };
    },
  };
}

describe('map features', () => {
  it('attaches in the given draw order, then the rest by registration, and destroys all', () => {
    const log: string[] = [];
    const reg = createMapFeatureRegistry(['a', 'b']);
    reg.register(logging('x', log));
    reg.register(logging('b', log));
    reg.register(logging('a', log));
    expect(log).toEqual([]);
    reg.attachAll('m1' as never);
    expect(log).toEqual(['attach a m1', 'attach b m1', 'attach x m1']);
    log.length = 0;
    reg.destroyAll();
    expect(log).toEqual(['destroy x', 'destroy b', 'destroy a']);
  });

  it('attaches a late feature at once, replaces a feature of the same id, and leaves after destroy', () => {
    const log: string[] = [];
    const reg = createMapFeatureRegistry();
    reg.attachAll('m1' as never);
    reg.register(logging('late', log));
    expect(log).toEqual(['attach late m1']);
    reg.register(logging('late', log));
    expect(log).toEqual(['attach late m1', 'destroy late', 'attach late m1']);
    reg.destroyAll();
    log.length = 0;
    reg.register(logging('after', log));
    expect(log).toEqual([]);
  });

  it('says whether any feature takes the map clicks', () => {
    let active = false;
    const reg = createMapFeatureRegistry();
    reg.register(logging('a', []));
    reg.register(logging('b', [], () => active));
    expect(reg.capturesClicks()).toBe(false);
    active = true;
    expect(reg.capturesClicks()).toBe(true);
  });
});
