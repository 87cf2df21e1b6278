/**
 * Issue 11 on the demo city: the bestemmingsplan view measures from what the plan
 * permits, the feitelijk view from the businesses there today.
 */
import { describe, expect, it } from 'vitest';
import { EPSG_RD } from '../../../src/geo/crs.ts';
import {
  activityCategory,
  checkLocation,
  findActivity,
  prepareRules,
  VNG_2009,
} from '../../../src/rules/index.ts';
import { readDemoDataset } from '../analysis/surface/demo-city.ts';

const ds = readDemoDataset();
const HOUSING = { kind: 'housing' } as const;

describe('two views on the demo city (issue 11)', () => {
  it('27 m from De Vaart (bedrijventerrein up to 3.2) is not toegestaan in the plan view', () => {
    const place = { type: 'Point' as const, coordinates: [165837.0, 494879.6] };
    const plan = checkLocation(ds, place, HOUSING, { crs: EPSG_RD });
    expect(plan.view).toBe('plan');
    expect(plan.verdict).not.toBe('toegestaan');
    const vaart = plan.conflicts.find((c) => c.objectId === 'BT04')!;
    expect(vaart).toMatchObject({ kind: 'zone', milieucategorie: '3.2', measuredFrom: 'zone' });
    expect(vaart.distanceM).toBeGreaterThan(26.5);
    expect(vaart.distanceM).toBeLessThan(27.5);
    expect(vaart.distanceClass).toBe('too-close');
    // Below the gemengd step (50 m): conditional, onderzoek needed, not a ban.
    expect(plan.verdict).toBe('voorwaardelijk');
    expect(plan.decidedBy).toBe('TOO_CLOSE_TO_BUSINESS');
    const feitelijk = checkLocation(ds, place, HOUSING, { crs: EPSG_RD, view: 'feitelijk' });
    expect(feitelijk.view).toBe('feitelijk');
    expect(feitelijk.conflicts.some((c) => c.kind === 'zone')).toBe(false);
  });

  it('feitelijk measures a business without a plot from its own point, never from its zone', () => {
    const feitelijk = prepareRules(ds, VNG_2009, 'feitelijk');
    const b0140 = feitelijk.sources.find((s) => ds.businesses[s.bi]?.id === 'B0140')!;
    expect(b0140.measuredFrom).toBe('point');
    expect(b0140.shape.kind).toBe('point');
    expect(feitelijk.sources.every((s) => s.measuredFrom !== 'zone')).toBe(true);
    // The plan view measures from every zone with a maximum category, and from nothing else.
    const plan = prepareRules(ds, VNG_2009, 'plan');
    expect(plan.sources.length).toBe(ds.zones.filter((z) => z.maxMilieucategorie).length);
    expect(plan.sources.every((s) => s.measuredFrom === 'zone' && s.bi === -1)).toBe(true);
  });

  it('no conflict of the feitelijk view is closer than its source really is', () => {
    // The P0687 case: a point business reported at the distance of its zone's boundary.
    // In the feitelijk view every business conflict's distance is the one to its own geometry.
    let checked = 0;
    for (const b of ds.businesses.filter((bb) => bb.pointRd).slice(0, 20)) {
      const [x, y] = [b.pointRd![0] + 7, b.pointRd![1]];
      const v = checkLocation(ds, { type: 'Point', coordinates: [x, y] }, HOUSING, {
        crs: EPSG_RD,
        view: 'feitelijk',
      });
      for (const c of v.conflicts) {
        expect(c.measuredFrom).not.toBe('zone');
        const own = ds.businesses.find((bb) => bb.id === c.objectId)!;
        if (!own.pointRd) continue;
        expect(c.distanceM).toBeCloseTo(Math.hypot(x - own.pointRd[0], y - own.pointRd[1]), 6);
        checked++;
      }
      // Inside its own mixed zone a point business gives way to the functiemenging list:
      // then the reason names it and carries no distance at all.
      for (const r of v.reasons.filter((rr) => rr.source?.id === b.id)) {
        expect(r.conflict).toBeUndefined();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('size thresholds (issue 11)', () => {
  it('1013: 3.2 only above 1,000 m² productieoppervlak, 3.1 at or below', () => {
    const a = findActivity('1013')!;
    expect(a.verified).toBe(true);
    expect(activityCategory(a)).toBe('3.2');
    expect(activityCategory(a, 1000)).toBe('3.1');
    expect(activityCategory(a, 1000.5)).toBe('3.2');
  });

  it('4120, 4941 and 2511 are marked unverified, with what was searched', () => {
    for (const id of ['4120', '4941', '2511']) {
      const a = findActivity(id)!;
      expect(a.verified, id).toBe(false);
      expect(a.verification, id).toMatch(/Not verified/);
    }
  });
});
