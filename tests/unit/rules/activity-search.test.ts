/** The activity picker finds every size class of an activity (issue 14). */
import { describe, expect, it } from 'vitest';
import { ACTIVITIES, searchActivities, type Activity } from '../../../src/rules/activities.ts';

describe('activity search', () => {
  it('finds the bread factory (≥ 7,500 kg flour a week, cat. 3.2) when searching "bakkerij"', () => {
    const found = searchActivities('bakkerij', 'nl');
    const ids = found.map((a) => a.id);
    expect(ids).toContain('1071-a');
    expect(ids).toContain('1071-b');
    expect(found.find((a) => a.id === '1071-b')?.milieucategorie).toBe('3.2');
    // The size classes stand together, lightest first.
    expect(ids.indexOf('1071-b')).toBe(ids.indexOf('1071-a') + 1);
  });

  it('finds the smaller class when the word matches only the larger one', () => {
    expect(searchActivities('broodfabriek', 'nl').map((a) => a.id)).toEqual(['1071-a', '1071-b']);
  });

  it('lists each activity once', () => {
    const ids = searchActivities('smederij', 'nl').map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 2)).toEqual(['2550-a', '2550-b']);
  });

  it('groups only entries of one SBI code', () => {
    const groups = new Map<string, Activity[]>();
    for (const a of ACTIVITIES) {
      if (a.sizeGroup) groups.set(a.sizeGroup, [...(groups.get(a.sizeGroup) ?? []), a]);
    }
    expect(groups.size).toBeGreaterThan(0);
    for (const members of groups.values()) {
      expect(members.length).toBeGreaterThan(1);
      expect(new Set(members.map((a) => a.sbi)).size).toBe(1);
    }
  });

  it('works on a list without size groups', () => {
    const list = ACTIVITIES.map(({ sizeGroup: _g, ...a }) => a);
    expect(searchActivities('bakkerij', 'nl', list).map((a) => a.id)).toEqual(['1071-a']);
  });
});
