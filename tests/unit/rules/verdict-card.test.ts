/**
 * Issue 14 (A4): every sentence of the verdict card is true of the case and names the rule that
 * decided it. Reproduced on the demo city (Voorbeeldstad), through the same texts the card and the
 * memo show (`describeVerdict`).
 */
import { join } from 'node:path';
import type { Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadAppLayers } from '../../../src/cli/load-layers.ts';
import { buildDataset } from '../../../src/domain/dataset.ts';
import type { Program } from '../../../src/domain/domain.ts';
import { en } from '../../../src/i18n/en.ts';
import { nl } from '../../../src/i18n/nl.ts';
import { checkLocation, type Verdict } from '../../../src/rules/index.ts';
import { describeVerdict, type VerdictText } from '../../../src/rules/reason-text.ts';

const ds = buildDataset(loadAppLayers(join(import.meta.dirname, '../../..')));
const BAKERY: Program = { kind: 'activity', activityId: '1071-a' };

function rect(x0: number, y0: number, x1: number, y1: number): Polygon {
  const ring = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
  return { type: 'Polygon', coordinates: [ring] };
}

function check(
  place: Point | Polygon,
  program: Program,
): { v: Verdict; nl: VerdictText; en: VerdictText } {
  const v = checkLocation(ds, place, program, { crs: 'EPSG:28992' });
  const zoneName = (id: string) => ds.zones.find((z) => z.id === id)?.name;
  return {
    v,
    nl: describeVerdict(v, place, 0, { lang: 'nl', m: nl, zoneName }),
    en: describeVerdict(v, place, 0, { lang: 'en', m: en, zoneName }),
  };
}

function allText(t: VerdictText): string {
  return [
    t.decidedBy ?? '',
    t.omgevingstype,
    ...t.reasons.map((r) => r.text),
    t.nearestDwelling,
  ].join('\n');
}

// Zuidkade-West (WWZ02, t/m 2, B) meets Ambachtsbuurt (WWZ10, t/m 3.1, B) at y ≈ 492798 here.
const ACROSS_WWZ02_WWZ10 = rect(167300, 492740, 167440, 492860);
const INSIDE_WWZ02 = rect(167300, 492900, 167440, 493000);

describe('a bakery across two functiemenging-B zones (issue 14, A4)', () => {
  it('gets the verdict it gets inside one of them: both zones admit class B', () => {
    const across = check(ACROSS_WWZ02_WWZ10, BAKERY);
    const inside = check(INSIDE_WWZ02, BAKERY);
    expect(across.v.zones.map((z) => z.id).sort()).toEqual(['WWZ02', 'WWZ10']);
    expect(inside.v.zones.map((z) => z.id)).toEqual(['WWZ02']);
    expect(inside.v.verdict).toBe('voorwaardelijk');
    expect(inside.v.decidedBy).toBe('FUNCTIEMENGING_CONDITION');
    expect(across.v.verdict).toBe(inside.v.verdict);
    expect(across.v.decidedBy).toBe(inside.v.decidedBy);
    // The homes in the two zones give way to the function-mixing list: no "woningen op 0,0 m".
    expect(across.v.conflicts).toEqual([]);
    expect(allText(across.nl)).not.toMatch(/op 0,0 m;/);
  });

  it('names both zones in the functiemenging sentence', () => {
    const { nl: t, en: e } = check(ACROSS_WWZ02_WWZ10, BAKERY);
    const fm = t.reasons.find((r) =>
      r.text.includes('Staat van bedrijfsactiviteiten functiemenging'),
    );
    expect(fm?.text).toContain('‘Zuidkade-West’');
    expect(fm?.text).toContain('‘Ambachtsbuurt’');
    expect(allText(e)).toContain('‘Ambachtsbuurt’');
  });

  it('across the street between two B zones: the card says part lies outside every zone and that the border decides for the homes', () => {
    // Marktkwartier (WWZ07) and Lijnbaan (WWZ08), both B, with a street between them at x 168870.
    const { v, nl: t } = check(rect(168840, 492700, 168900, 492880), BAKERY);
    expect(v.verdict).toBe('niet-toegestaan');
    expect(v.decidedBy).toBe('NO_ZONE_PERMITS_BUSINESS');
    const border = v.reasons.find((r) => r.code === 'FUNCTIEMENGING_ZONE_BORDER');
    expect(border).toBeDefined();
    const text = allText(t);
    expect(text).toContain('buiten elke zone');
    expect(text).toMatch(/zonegrens/);
  });
});

describe('no card says "no home within the guide distance" next to a home closer than it', () => {
  for (const [name, place] of [
    [
      'a point 6 m from a home in Zuidkade-West',
      { type: 'Point', coordinates: [167243, 492840] } as Point,
    ],
    ['a polygon in Zuidkade-West', INSIDE_WWZ02],
    ['a polygon across Zuidkade-West and Ambachtsbuurt', ACROSS_WWZ02_WWZ10],
  ] as const) {
    it(name, () => {
      const { v, nl: t, en: e } = check(place, BAKERY);
      const nd = v.nearestDwelling!;
      // Within even the gemengd-gebied distance (10 m) of category 2.
      expect(nd.distanceM).toBeLessThan(10);
      // Homes within 30 m (the rustig distance) are not "none": the card says why they do not count.
      expect(allText(t)).not.toContain('Geen woning binnen de richtafstand');
      expect(t.nearestDwelling).toMatch(/functiemenging/);
      expect(e.nearestDwelling).toMatch(/function-mixing list/);
      const none = t.reasons.find((r) => r.text.startsWith('Geen woning'));
      expect(none?.text).toMatch(/buiten ‘Zuidkade-West’/);
    });
  }
});

describe('the omgevingstype sentence is true of the place', () => {
  // De Vaart (BT04) is a bedrijventerrein up to 3.2.
  const DE_VAART: Point = { type: 'Point', coordinates: [165410, 494460] };

  it('housing on a bedrijventerrein: not called a rustige woonwijk without a mixed zone', () => {
    const { v, nl: t, en: e } = check(DE_VAART, { kind: 'housing' });
    expect(v.decidedBy).toBe('HOUSING_ON_BUSINESS_PARK');
    expect(t.omgevingstype).not.toContain('er ligt geen gemengde zone');
    expect(t.omgevingstype).toContain('bedrijventerrein ‘De Vaart’');
    expect(t.omgevingstype).toContain('rustige woonwijk');
    expect(e.omgevingstype).toContain('business park ‘De Vaart’');
    // The park itself refuses homes and is not measured: "no zone within its distance" is not said of it.
    const none = t.reasons.find((r) => r.text.includes('binnen de richtafstand van haar hoogste'));
    expect(none?.text).toMatch(/^Buiten ‘De Vaart’ zelf/);
  });

  it('a business on a bedrijventerrein: the omgevingstype is that of each home, not of the place', () => {
    const { nl: t, en: e } = check(DE_VAART, { kind: 'category', milieucategorie: '3.1' });
    expect(t.omgevingstype).not.toMatch(/De plek geldt als rustige woonwijk/);
    expect(t.omgevingstype).toMatch(/van elke woning/);
    expect(e.omgevingstype).toMatch(/of each home/);
  });

  it('housing outside every zone says it lies in no mixed zone, without calling the spot a woonwijk', () => {
    const { nl: t } = check({ type: 'Point', coordinates: [163000, 490600] }, { kind: 'housing' });
    expect(t.omgevingstype).not.toContain('De plek geldt als rustige woonwijk');
    expect(t.omgevingstype).toMatch(/niet in een woon-werkzone of productieve wijk/);
  });
});
