import { describe, expect, it } from 'vitest';
import {
  classifyCategory,
  classifyMismatches,
  classifyMismatchesNaive,
} from '../../../../src/analysis/placement/mismatch.ts';
import { town } from './fixture.ts';

describe('mismatch classification', () => {
  const ds = town();
  const r = classifyMismatches(ds);
  const cls = (id: string) => r.businesses.find((b) => b.id === id)?.class;

  it('flags a firm above its zone category (4.1 on a 3.2 park)', () => {
    expect(cls('B1')).toBe('above');
    expect(r.businesses.find((b) => b.id === 'B1')?.stepsBelow).toBe(-1);
  });

  it('flags a light firm on a heavy park (cat 2 on 4.2: 4 steps below)', () => {
    const b2 = r.businesses.find((b) => b.id === 'B2')!;
    expect(b2.class).toBe('far-below');
    expect(b2.stepsBelow).toBe(4);
    expect(b2.zoneId).toBe('ZP');
  });

  it('lets one step pass, and names firms in no zone', () => {
    expect(cls('B3')).toBe('fits');
    expect(cls('B5')).toBe('fits');
    expect(cls('B6')).toBe('fits');
    expect(cls('B4')).toBe('outside');
  });

  it('sums per zone the heavy room light firms hold', () => {
    const zp = r.zones.find((z) => z.id === 'ZP')!;
    expect(zp.farBelowBvoM2).toBe(1000);
    expect(zp.counts).toMatchObject({ 'far-below': 1, fits: 2 });
    expect(r.zones.find((z) => z.id === 'MP')!.aboveBvoM2).toBe(2000);
    expect(r.totals.above).toEqual({ count: 1, bvoM2: 2000, jobs: 20 });
  });

  it('has one threshold setting', () => {
    // With 5 steps, cat 2 on 4.2 (4 steps) fits.
    expect(classifyMismatches(ds, { farBelowSteps: 5 }).businesses[1]!.class).toBe('fits');
    expect(classifyCategory('3.2', '4.2', true, 2).class).toBe('far-below');
    expect(classifyCategory('4.1', '4.2', true, 2).class).toBe('fits');
    expect(classifyCategory(undefined, '4.2', true).class).toBe('unknown');
  });

  it('agrees with the naive baseline', () => {
    expect(classifyMismatchesNaive(ds)).toEqual(r);
  });
});
