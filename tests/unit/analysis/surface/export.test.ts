/** Export of the surface's statistics and its RD GeoJSON (issue 14). */
import { describe, expect, it } from 'vitest';
import { statsToCsv, withRdCrs } from '../../../../src/analysis/surface/export.ts';
import type { SurfaceStats } from '../../../../src/analysis/surface/types.ts';
import { nl } from '../../../../src/i18n/nl.ts';

const cls = (a: number, b: number, c: number, total: number) => ({
  toegestaan: { areaHa: a, pct: (a / total) * 100 },
  voorwaardelijk: { areaHa: b, pct: (b / total) * 100 },
  'niet-toegestaan': { areaHa: c, pct: (c / total) * 100 },
});
const STATS: SurfaceStats = {
  studyAreaHa: 100,
  perClass: cls(50, 30, 20, 100),
  perZoneType: [
    { id: 'bedrijventerrein', name: 'Bedrijventerrein', areaHa: 40, perClass: cls(0, 10, 30, 40) },
  ],
  perBuurt: [
    { id: 'BU1', name: 'Binnenstad; Oost', areaHa: 12.345, perClass: cls(12.345, 0, 0, 12.345) },
  ],
};

describe('surface export', () => {
  it('writes the statistics as CSV for Dutch Excel', () => {
    const c = nl.tools.statsCsv;
    const csv = statsToCsv(STATS, {
      ...c,
      classHa: (k) => c.classHa(nl.surface.classes[k]),
      classPct: (k) => c.classPct(nl.surface.classes[k]),
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Niveau;Code;Naam;Oppervlakte (ha);Toegestaan (ha);Toegestaan (%);Voorwaardelijk (ha);Voorwaardelijk (%);Niet toegestaan (ha);Niet toegestaan (%)',
    );
    expect(lines[1]).toBe('Studiegebied;;Studiegebied;100,00;50,00;50,0;30,00;30,0;20,00;20,0');
    expect(lines[2]).toBe(
      'Zonetype;bedrijventerrein;Bedrijventerrein;40,00;0,00;0,0;10,00;25,0;30,00;75,0',
    );
    expect(lines[3]).toBe('Buurt;BU1;"Binnenstad; Oost";12,35;12,35;100,0;0,00;0,0;0,00;0,0');
  });

  it('names RD New in the crs member of an RD collection', () => {
    const fc = withRdCrs({ type: 'FeatureCollection' as const, features: [] });
    expect(fc.crs.properties.name).toBe('urn:ogc:def:crs:EPSG::28992');
    expect(fc.type).toBe('FeatureCollection');
  });
});
