/**
 * Language slips of issue 14: counts take the singular for one ("1 woning", never "1 woningen"),
 * a count's label is not repeated as its unit, the English tab names what the map shows, and
 * businesses that share a name show their code.
 */
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../../layers/index.ts';
import { buildDataset } from '../../../src/domain/dataset.ts';
import { en } from '../../../src/i18n/en.ts';
import { formatCount } from '../../../src/i18n/format.ts';
import { nl } from '../../../src/i18n/nl.ts';
import { formatValue } from '../../../src/state/format.ts';

describe('counts', () => {
  it('uses the singular for exactly one, the plural otherwise', () => {
    expect(formatCount(1, 'nl', 'woning', 'woningen')).toBe('1 woning');
    expect(formatCount(0, 'nl', 'woning', 'woningen')).toBe('0 woningen');
    expect(formatCount(1200, 'nl', 'woning', 'woningen')).toBe('1.200 woningen');
    expect(formatCount(1200, 'en', 'home', 'homes')).toBe('1,200 homes');
  });

  it('says "1 woning" and "1 adres" in the verdict sentences, in both languages', () => {
    const r = nl.locatiecheck.reason;
    expect(r.dwellingCount(3, 1)).toBe('In totaal 3 adressen (1 woning) in deze klasse.');
    expect(r.areaCount(2, 1, 1, 1)).toBe(
      'In totaal 2 in deze klasse: 1 adres (1 woning) en 1 gevoelig gebied.',
    );
    expect(en.locatiecheck.reason.dwellingCount(3, 1)).toBe(
      'In all 3 addresses (1 home) in this class.',
    );
    expect(r.functiemengingDwellings('‘Havenkwartier’', 'B', 1)).toContain(
      '1 woningadres daar telt daarom niet',
    );
    expect(r.functiemengingDwellings('‘Havenkwartier’', 'B', 2)).toContain(
      '2 woningadressen daar tellen daarom niet',
    );
    expect(en.locatiecheck.reason.functiemengingDwellings('x', 'B', 1)).toContain(
      '1 home address there therefore is no',
    );
    expect(r.borderCount(1)).toBe('1 woningadres of gevoelig gebied');
    expect(en.locatiecheck.reason.borderCount(2)).toBe('2 home addresses or sensitive areas');
  });

  it('never writes "(len)" or "(s)" for a count', () => {
    expect(nl.proposals.imported(1)).toBe('1 voorstel geïmporteerd.');
    expect(nl.proposals.imported(3)).toBe('3 voorstellen geïmporteerd.');
    expect(en.proposals.imported(1)).toBe('1 proposal imported.');
    expect(nl.layers.featureCount(1)).toBe('1 object');
  });
});

describe('info panel values', () => {
  const bedrijven = LAYERS.find((l) => l.id === 'bedrijven')!;
  const woningen = LAYERS.find((l) => l.id === 'woningen')!;

  it('shows a count without repeating its label as a unit', () => {
    const jobs = bedrijven.properties['jobs'];
    expect(formatValue(20, jobs, 'nl', nl)).toBe('20');
    expect(formatValue(1, woningen.properties['homes'], 'nl', nl)).toBe('1');
  });

  it('keeps the unit of a measure', () => {
    expect(formatValue(4860, bedrijven.properties['bvoM2'], 'nl', nl)).toBe('4.860 m²');
  });
});

describe('English names', () => {
  it('names the surface tab after what it shows', () => {
    expect(en.surface.tab).not.toMatch(/where yes/i);
    expect(en.surface.tab).toBe('Where homes and work may mix');
    expect(en.layers.surfaceClasses).not.toMatch(/where yes/i);
  });
});

describe('businesses with the same name', () => {
  const point = (x: number, y: number) => ({ type: 'Point' as const, coordinates: [x, y] });
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      { id: 'B1', name: 'Vos Werken', at: [155000, 463000] },
      { id: 'B2', name: 'Vos Werken', at: [155100, 463000] },
      { id: 'B3', name: 'Smit Vakwerk', at: [155200, 463000] },
    ].map((b) => ({
      type: 'Feature',
      properties: { id: b.id, name: b.name, milieucategorie: '2' },
      geometry: point(b.at[0]!, b.at[1]!),
    })),
  };

  it('show their code; a unique name stays as it is', () => {
    const ds = buildDataset([
      { layerId: 'bedrijven', role: 'business', features: fc, crs: 'EPSG:28992' },
    ]);
    expect(ds.businesses.map((b) => b.name)).toEqual([
      'Vos Werken (B1)',
      'Vos Werken (B2)',
      'Smit Vakwerk',
    ]);
  });
});
