import { describe, expect, it } from 'vitest';
import {
  HOUSING_ON_BUSINESS_PARK,
  ACTIVITIES,
  canZonePermitBusiness,
  classifyDistance,
  decideVerdict,
  findActivity,
  HOUSING_IN_PRODUCTIEVE_WIJK,
  isCategoryAtMost,
  maxRequiredDistanceM,
  NO_CONFLICTS,
  omgevingstypeOfZone,
  REASON_CODES,
  REASON_EFFECT,
  requiredDistance,
  searchActivities,
  TOO_CLOSE_TO_BUSINESS,
  zonePermissionCodes,
} from '../../../src/rules/index.ts';
import { MILIEUCATEGORIEEN } from '../../../src/domain/domain.ts';
import vng from '../../../src/rules/data/vng-2009.json';

describe('VNG table', () => {
  it('has exactly the milieucategorieën of the domain, in order', () => {
    expect(vng.categories.map((c) => c.category)).toEqual([...MILIEUCATEGORIEEN]);
  });

  it('reads the distances of DOMAIN.md', () => {
    expect(requiredDistance('3.1', 'rustige-woonwijk')).toBe(50);
    expect(requiredDistance('3.1', 'gemengd-gebied')).toBe(30);
    expect(requiredDistance('6', 'rustige-woonwijk')).toBe(1500);
    expect(maxRequiredDistanceM()).toBe(1500);
    expect(isCategoryAtMost('3.1', '3.2')).toBe(true);
    expect(isCategoryAtMost('4.1', '3.2')).toBe(false);
    expect(() => requiredDistance('7', 'gemengd-gebied')).toThrow(/Onbekende/);
  });
});

describe('classifyDistance (per business–dwelling pair)', () => {
  it('at least the distance is fine; the gemengd step gives an exception in a rustige woonwijk', () => {
    expect(classifyDistance(50, '3.1', 'rustige-woonwijk')).toBe('ok');
    expect(classifyDistance(49.999, '3.1', 'rustige-woonwijk')).toBe('exception-possible');
    expect(classifyDistance(30, '3.1', 'rustige-woonwijk')).toBe('exception-possible');
    expect(classifyDistance(29.999, '3.1', 'rustige-woonwijk')).toBe('too-close');
    expect(classifyDistance(30, '3.1', 'gemengd-gebied')).toBe('ok');
    expect(classifyDistance(29.999, '3.1', 'gemengd-gebied')).toBe('too-close');
    expect(classifyDistance(0, '1', 'gemengd-gebied')).toBe('ok');
  });
});

describe('decideVerdict', () => {
  it('the most severe effect wins, and every code has an effect', () => {
    expect(decideVerdict([NO_CONFLICTS])).toEqual({ verdict: 'toegestaan', decidedBy: null });
    // A distance below the gemengd step asks for onderzoek: conditional, and it decides over
    // the productieve wijk's condition (it asks more); a plan ban wins over both.
    expect(decideVerdict([HOUSING_IN_PRODUCTIEVE_WIJK, TOO_CLOSE_TO_BUSINESS])).toEqual({
      verdict: 'voorwaardelijk',
      decidedBy: TOO_CLOSE_TO_BUSINESS,
    });
    expect(
      decideVerdict([TOO_CLOSE_TO_BUSINESS, HOUSING_ON_BUSINESS_PARK, HOUSING_IN_PRODUCTIEVE_WIJK]),
    ).toEqual({ verdict: 'niet-toegestaan', decidedBy: HOUSING_ON_BUSINESS_PARK });
    for (const code of REASON_CODES) expect(REASON_EFFECT[code]).toBeDefined();
  });
});

describe('zone permission', () => {
  it('category limit and functiemenging class', () => {
    const wwz = {
      zoneType: 'woonwerkzone',
      maxMilieucategorie: '3.1',
      functiemenging: 'B',
    } as const;
    expect(omgevingstypeOfZone(wwz)).toBe('gemengd-gebied');
    expect(omgevingstypeOfZone({ zoneType: 'bedrijventerrein' })).toBeUndefined();
    expect(
      omgevingstypeOfZone({ zoneType: 'woonwerkzone', omgevingstype: 'rustige-woonwijk' }),
    ).toBe('rustige-woonwijk');
    expect(canZonePermitBusiness(wwz, '3.1', 'B')).toBe(true);
    expect(zonePermissionCodes(wwz, '3.1', 'C')).toEqual(['FUNCTIEMENGING_CLASS_NOT_PERMITTED']);
    expect(zonePermissionCodes(wwz, '3.2', 'A')).toEqual(['CATEGORY_ABOVE_ZONE_LIMIT']);
    expect(zonePermissionCodes(wwz, '2')).toEqual(['FUNCTIEMENGING_CLASS_UNKNOWN']);
    expect(zonePermissionCodes({ zoneType: 'productieve-wijk' }, '1')).toEqual([
      'NO_ZONE_PERMITS_BUSINESS',
    ]);
  });
});

describe('activity list', () => {
  it('has at least 40 entries, each with a source, a known category and a unique id', () => {
    expect(ACTIVITIES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ACTIVITIES.map((a) => a.id)).size).toBe(ACTIVITIES.length);
    for (const a of ACTIVITIES) {
      expect(a.source.length, a.id).toBeGreaterThan(10);
      expect(MILIEUCATEGORIEEN, a.id).toContain(a.milieucategorie);
      expect(a.sbi, a.id).toMatch(/^\d{2,5}$/);
    }
  });
  it('searches by word (case- and diacritics-insensitive, nl and en) and by SBI prefix', () => {
    expect(searchActivities('BAKKERIJ').map((a) => a.id)).toContain('1071-a');
    expect(searchActivities('bákery', 'en').map((a) => a.id)).toContain('1071-a');
    expect(searchActivities('smederij lasinrichting').map((a) => a.sbi)).toEqual(['2550', '2550']);
    expect(searchActivities('1071').map((a) => a.id)).toEqual(['1071-a', '1071-b']);
    expect(searchActivities('10').every((a) => a.sbi.startsWith('10'))).toBe(true);
    expect(searchActivities('zzzz')).toEqual([]);
    expect(findActivity('6201')?.milieucategorie).toBe('1');
  });
});
