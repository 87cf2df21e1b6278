import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mapGeometry, toWgs84 } from '../../../src/geo/crs.ts';
import { buildDataset, type DatasetRole } from '../../../src/domain/dataset.ts';
import { en } from '../../../src/i18n/en.ts';
import { nl } from '../../../src/i18n/nl.ts';
import { REASON_CODES, REASON_EFFECT } from '../../../src/rules/index.ts';
import type { Program } from '../../../src/domain/domain.ts';
import {
  checkLocation,
  type RuleView,
  type Conflict,
  type Reason,
} from '../../../src/rules/location-check.ts';
import {
  conflictLabel,
  describeReason,
  describeVerdict,
  formatMeasuredM,
  formatMemo,
  formatRequiredM,
  reasonsForDisplay,
  type ReasonTextContext,
} from '../../../src/rules/reason-text.ts';

const NL: ReasonTextContext = { lang: 'nl', m: nl };
const EN: ReasonTextContext = { lang: 'en', m: en };

const BETON: Conflict = {
  kind: 'business',
  objectId: 'B9',
  layerId: 'bedrijven',
  name: 'Betonmortelcentrale Haven',
  milieucategorie: '3.2',
  distanceM: 42.349,
  requiredM: { 'rustige-woonwijk': 100, 'gemengd-gebied': 50 },
  omgevingstype: 'rustige-woonwijk',
  distanceClass: 'too-close',
  measuredFrom: 'plot',
};
const ZONE = {
  id: 'BT04',
  name: 'De Vaart',
  layerId: 'bedrijventerreinen',
  zoneType: 'bedrijventerrein' as const,
  maxMilieucategorie: '3.2' as const,
  functiemenging: undefined,
  omgevingstype: undefined,
};
const reason = (code: Reason['code'], fields: Partial<Reason> = {}): Reason => ({
  code,
  effect: REASON_EFFECT[code],
  ...fields,
});

describe('numbers', () => {
  it('formats measured metres to 0.1 m and guide distances whole, per language', () => {
    expect(formatMeasuredM(42.349, 'nl')).toBe('42,3 m');
    expect(formatMeasuredM(42.349, 'en')).toBe('42.3 m');
    expect(formatMeasuredM(1042.36, 'nl')).toBe('1.042,4 m');
    expect(formatMeasuredM(49.96, 'nl')).toBe('50,0 m');
    expect(formatRequiredM(1000, 'nl')).toBe('1.000 m');
    expect(formatRequiredM(1000, 'en')).toBe('1,000 m');
  });

  it('labels a conflict line with measured / required for its omgevingstype', () => {
    expect(conflictLabel(BETON, 'nl')).toBe('42,3 m / 100 m');
    expect(conflictLabel({ ...BETON, omgevingstype: 'gemengd-gebied' }, 'en')).toBe(
      '42.3 m / 50 m',
    );
  });
});

describe('describeReason', () => {
  it('names the business, its category, the distance and both guide distances (nl)', () => {
    const text = describeReason(reason('TOO_CLOSE_TO_BUSINESS', { conflict: BETON }), NL);
    expect(text).toContain(
      'Bedrijf ‘Betonmortelcentrale Haven’ (categorie 3.2) ligt op 42,3 m; richtafstand 100 m in een rustige woonwijk, 50 m in gemengd gebied.',
    );
    // A shortfall below the gemengd step is no ban: the sentence says what is needed.
    expect(text).toContain('Dat is geen verbod');
    expect(text).toContain('nodig om door te gaan: onderzoek naar de werkelijke hinder');
  });

  it('says the same in English with English numbers', () => {
    const text = describeReason(
      reason('WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE', {
        conflict: { ...BETON, distanceM: 1234.56, distanceClass: 'exception-possible' },
      }),
      EN,
    );
    expect(text).toContain(
      'Business ‘Betonmortelcentrale Haven’ (category 3.2) lies at 1,234.6 m; guide distance 100 m in a quiet residential area, 50 m in a mixed area.',
    );
    expect(text).toContain('To go ahead: a motivation that the surroundings count as a mixed area');
  });

  it('names the zone a business without plot was measured from', () => {
    const text = describeReason(
      reason('TOO_CLOSE_TO_BUSINESS', {
        conflict: { ...BETON, measuredFrom: 'zone', zoneId: 'BT04' },
      }),
      { ...NL, zoneName: (id) => (id === 'BT04' ? 'De Vaart' : undefined) },
    );
    expect(text).toContain('Gemeten vanaf de grens van ‘De Vaart’');
  });

  it('counts dwellings and homes and uses the address when known', () => {
    const dwelling: Conflict = {
      ...BETON,
      kind: 'dwelling',
      objectId: 'W12',
      name: 'W12',
      milieucategorie: '3.1',
      distanceM: 12.04,
      requiredM: { 'rustige-woonwijk': 50, 'gemengd-gebied': 30 },
      measuredFrom: 'place',
    };
    const text = describeReason(
      reason('TOO_CLOSE_TO_DWELLING', { conflict: dwelling, count: 14, homes: 20 }),
      { ...NL, dwellingLabel: (id) => (id === 'W12' ? 'Havenstraat 3' : undefined) },
    );
    expect(text).toContain('Woning ‘Havenstraat 3’ (rustige woonwijk) ligt op 12,0 m');
    expect(text).toContain('richtafstand voor categorie 3.1: 50 m in een rustige woonwijk, 30 m');
    expect(text).toContain('In totaal 14 adressen (20 woningen)');
  });

  it('describes zones with their limits', () => {
    expect(describeReason(reason('HOUSING_ON_BUSINESS_PARK', { zone: ZONE }), NL)).toBe(
      'De plek ligt op bedrijventerrein ‘De Vaart’ (bedrijventerrein, t/m categorie 3.2): het plan laat daar geen wonen toe, het terrein blijft voor bedrijven. Nodig om door te gaan: een wijziging van het plan (transformatie van het terrein).',
    );
    expect(
      describeReason(
        reason('CATEGORY_ABOVE_ZONE_LIMIT', { zone: ZONE, milieucategorie: '4.1' }),
        EN,
      ),
    ).toBe(
      'Category 4.1 is above what ‘De Vaart’ (business park, up to category 3.2) permits. To go ahead: a lighter activity or a change of the plan.',
    );
  });

  it('gives every reason code a sentence without holes, in both languages', () => {
    for (const ctx of [NL, EN]) {
      for (const code of REASON_CODES) {
        const text = describeReason(
          reason(code, {
            zone: ZONE,
            conflict: BETON,
            milieucategorie: '3.2',
            functiemenging: 'B',
            omgevingstype: 'gemengd-gebied',
            setBy: 'default',
            count: 2,
            homes: 3,
          }),
          ctx,
        );
        expect(text.length, code).toBeGreaterThan(20);
        expect(text, code).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });
});

/** Builds the dataset of a rules fixture and checks its place, in WGS84 like the app. */
function checkFixture(name: string) {
  const fc = JSON.parse(
    readFileSync(
      join(import.meta.dirname, '../../fixtures/rules/location-check/in', `${name}.geojson`),
      'utf8',
    ),
  ) as FeatureCollection & { properties: { program: Program; view: RuleView } };
  const ds = buildDataset(
    (['zone', 'business', 'sensitive'] as DatasetRole[]).map((role) => ({
      layerId: role,
      role,
      crs: 'EPSG:28992',
      features: {
        type: 'FeatureCollection',
        features: fc.features.filter((f) => f.properties?.role === role),
      },
    })),
  );
  const placeRd = fc.features.find((f) => f.properties?.role === 'place')!.geometry as
    Point | Polygon;
  const place = mapGeometry(placeRd, (p) => toWgs84(p));
  return {
    ds,
    place,
    verdict: checkLocation(ds, place, fc.properties.program, { view: fc.properties.view }),
  };
}

describe('functiemenging and zone sentences (issue 11)', () => {
  it('a class-B condition names the source and the condition, and no distance', () => {
    const { verdict } = checkFixture('housing-functiemenging-b-2m-feitelijk');
    const r = verdict.reasons.find((x) => x.code === 'FUNCTIEMENGING_CONDITION')!;
    const text = describeReason(r, NL);
    expect(text).toContain('bedrijf ‘b-smid’ telt daarom niet als afstandsconflict');
    expect(text).toContain(
      'Voorwaarde om door te gaan: het bedrijf is bouwkundig afgescheiden van de woningen.',
    );
    expect(text).not.toMatch(/\d,\d m/);
  });

  it('class C adds the main road network', () => {
    const { verdict } = checkFixture('housing-functiemenging-c-feitelijk');
    const r = verdict.reasons.find((x) => x.code === 'FUNCTIEMENGING_CONDITION')!;
    expect(describeReason(r, EN)).toContain(
      'Condition to go ahead: the business is structurally separated from the homes and the business has access from the main road network.',
    );
  });

  it('the plan view names the zone and its category, measured from its boundary', () => {
    const { verdict } = checkFixture('housing-p0687-plan-from-zone');
    const r = verdict.reasons.find((x) => x.code === 'TOO_CLOSE_TO_BUSINESS')!;
    expect(describeReason(r, NL)).toContain(
      'Zone ‘wwz-amb’ laat bedrijven tot en met categorie 3.1 toe; haar grens ligt op 21,9 m',
    );
  });
});

describe('describeVerdict and the memo', () => {
  it('puts the verdict, the deciding rule, the reasons with numbers and the source in the memo', () => {
    const { verdict, place } = checkFixture('housing-too-close-rustig');
    expect(verdict.verdict).toBe('voorwaardelijk');
    const text = describeVerdict(verdict, place, 0, NL);
    expect(text.verdict).toBe('Voorwaardelijk');
    expect(text.decidedBy).toBe(
      'Doorslaggevende regel: dichter bij een bedrijf dan de richtafstand voor gemengd gebied (onderzoek en maatwerk nodig)',
    );
    expect(text.view).toBe('Gemeten volgens: Feitelijk');
    expect(text.reasons[0]!.effect).toBe('voorwaardelijk');
    expect(text.reasons[0]!.text).toContain('ligt op 29,9 m; richtafstand 50 m');
    const memo = formatMemo(text, NL);
    expect(memo.split('\n')[0]).toBe('Locatiecheck Werkruimte');
    expect(memo).toContain('Oordeel: VOORWAARDELIJK');
    expect(memo).toContain('Gemeten volgens: Feitelijk');
    expect(memo).toContain('- [voorwaarde] Bedrijf ‘b-31’ (categorie 3.1) ligt op 29,9 m');
    expect(memo).toContain('VNG, Bedrijven en milieuzonering (2009)');
  });

  it('orders reasons most severe first and names the category when nothing conflicts', () => {
    const { verdict } = checkFixture('business-category-equal-limit');
    const ordered = reasonsForDisplay(verdict);
    const ranks = ordered.map((r) =>
      ['toegestaan', 'voorwaardelijk', 'niet-toegestaan'].indexOf(r.effect),
    );
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    const none = ordered.find((r) => r.code === 'NO_CONFLICTS');
    if (none) {
      expect(describeReason(none, NL)).toMatch(
        /Geen woning ligt binnen de richtafstand van categorie 3\.1 die voor haar geldt/,
      );
    } else {
      expect(verdict.conflicts.length).toBeGreaterThan(0);
    }
  });
});
