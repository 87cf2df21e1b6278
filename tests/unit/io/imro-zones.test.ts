/** The IMRO → zones mapping on both real plans (Durperveld IMRO2012, Aa en Hunze IMRO2008). */
import { describe, expect, it } from 'vitest';
import { readFiles } from '../../../src/io/read.ts';
import { categoryOfName, planToLayers } from '../../../src/io/imro-zones.ts';
import type { ReadLayer } from '../../../src/io/types.ts';
import { searchActivities } from '../../../src/rules/activities.ts';
import { realFile } from './realdata.ts';

const suggestActivities = (name: string) => searchActivities(name, 'nl').map((a) => a.id);
const layersOf = async (...files: string[]) => (await readFiles(files.map(realFile))).layers;
const byId = (features: { properties: unknown }[]) =>
  Object.fromEntries(features.map((f) => [(f.properties as { id: string }).id, f.properties]));

describe('categoryOfName', () => {
  it.each([
    ['bedrijf tot en met categorie 3.1', '3.1'],
    ['Bedrijf t/m categorie 2', '2'],
    ['bedrijf tot en met milieucategorie 4.2', '4.2'],
    ['horeca tot en met categorie 2', undefined],
    ['bedrijf tot en met categorie 7', undefined],
    ['bedrijfswoning', undefined],
  ])('%s → %s', (naam, cat) => {
    expect(categoryOfName(naam)).toBe(cat);
  });
});

describe('Durperveld (IMRO2012)', () => {
  it('gives bedrijventerrein zones with the categories of their Functieaanduidingen', async () => {
    const plan = planToLayers(await layersOf('imro-2012-durperveld.gml'), { suggestActivities });
    expect(plan.bestemmingCount).toBe(84);
    const zones = byId(plan.zones as never);
    expect(Object.keys(zones).sort()).toEqual(
      [
        'NL.IMRO.001',
        'NL.IMRO.057',
        'NL.IMRO.058',
        'NL.IMRO.088',
        'NL.IMRO.090',
        'NL.IMRO.105',
        'NL.IMRO.114',
        'NL.IMRO.116',
      ].sort(),
    );
    expect(zones['NL.IMRO.088']).toMatchObject({
      zoneType: 'bedrijventerrein',
      maxMilieucategorie: '2',
    });
    expect(zones['NL.IMRO.114']).toMatchObject({
      zoneType: 'bedrijventerrein',
      maxMilieucategorie: '3.1',
    });
    expect(zones['NL.IMRO.116']).toMatchObject({
      zoneType: 'bedrijventerrein',
      maxMilieucategorie: '3.1',
    });
    expect(zones['NL.IMRO.001']).toMatchObject({
      zoneType: 'woonwerkzone',
      omgevingstype: 'gemengd-gebied',
    });
    // The three "Bedrijf - Nutsvoorziening" and the two Gemengd bestemmingen keep their categories in the regels.
    expect(plan.missingCategory.map((m) => m.id).sort()).toEqual(
      ['NL.IMRO.001', 'NL.IMRO.057', 'NL.IMRO.058', 'NL.IMRO.090', 'NL.IMRO.105'].sort(),
    );
    expect(plan.homes).toHaveLength(25); // the Wonen bestemmingen
    expect(plan.noWorkZones).toBe(false);
  });

  it('reads the same zones from the GeoJSON of its layers (no bestemmingsvlak links: by location)', async () => {
    const plan = planToLayers(
      await layersOf(
        'imro-2012-durperveld-enkelbestemming-rd.geojson',
        'imro-2012-durperveld-functieaanduiding-rd.geojson',
      ),
    );
    const zones = byId(plan.zones as never);
    expect(zones['NL.IMRO.088']).toMatchObject({ maxMilieucategorie: '2' });
    expect(zones['NL.IMRO.114']).toMatchObject({ maxMilieucategorie: '3.1' });
    expect(plan.zones).toHaveLength(8);
  });

  it('a category the user gives fills the zones without one', async () => {
    const plan = planToLayers(await layersOf('imro-2012-durperveld.gml'), {
      categories: { 'NL.IMRO.057': '3.2', '*': '2' },
    });
    expect(plan.missingCategory).toEqual([]);
    // The questions stay: answering one (or all) must not hide the per-bestemming selects.
    expect(plan.askCategory.map((m) => m.id).sort()).toEqual(
      ['NL.IMRO.001', 'NL.IMRO.057', 'NL.IMRO.058', 'NL.IMRO.090', 'NL.IMRO.105'].sort(),
    );
    expect(byId(plan.zones as never)['NL.IMRO.057']).toMatchObject({ maxMilieucategorie: '3.2' });
    expect(byId(plan.zones as never)['NL.IMRO.001']).toMatchObject({ maxMilieucategorie: '2' });
  });
});

describe('Aa en Hunze (IMRO2008)', () => {
  it('gives bedrijf zones without categories (kept in the regels) and the named businesses', async () => {
    const plan = planToLayers(await layersOf('imro-2008-bestemmingsplan.gml'), {
      suggestActivities,
    });
    expect(plan.zones).toHaveLength(12);
    expect(plan.missingCategory).toHaveLength(12);
    expect(plan.homes).toHaveLength(37);
    expect(plan.businesses.map((b) => [b.activityName, b.bestemmingId])).toEqual([
      ['landbouwmechanisatiebedrijf', 'NL.IMRO.176'],
      ['landbouwmechanisatiebedrijf', 'NL.IMRO.134'],
      ['garagebedrijf', 'NL.IMRO.198'],
    ]);
    // "specifieke vorm van horeca - …" is no business and no milieucategorie.
    expect(plan.horeca).toEqual([]);
  });

  it('suggests activities by name for the user to confirm', async () => {
    const plan = planToLayers(await layersOf('imro-2008-bestemmingsplan.gml'), {
      suggestActivities: (name) => (name === 'garagebedrijf' ? ['4520-a'] : []),
    });
    expect(plan.businesses.find((b) => b.activityName === 'garagebedrijf')!.suggestions).toEqual([
      '4520-a',
    ]);
  });
});

describe('edge cases', () => {
  const square = (x: number) => ({
    type: 'Polygon' as const,
    coordinates: [
      [
        [x, 493000],
        [x + 100, 493000],
        [x + 100, 493100],
        [x, 493100],
        [x, 493000],
      ],
    ],
  });
  const layer = (
    imroType: string,
    features: { id: string; naam: string; hg?: string; x: number; link?: string }[],
  ): ReadLayer => ({
    name: imroType,
    file: 'plan.gml',
    format: 'imro-gml',
    imroType,
    sourceCrs: 'EPSG:28992',
    fields: [],
    sourceIndex: features.map((_, i) => i),
    wgs84: [],
    rd: features.map((f) => ({
      type: 'Feature',
      geometry: square(f.x),
      properties: {
        gml_id: f.id,
        naam: f.naam,
        ...(f.hg ? { bestemmingshoofdgroep: f.hg } : {}),
        ...(f.link ? { bestemmingsvlak: f.link } : {}),
      },
    })),
  });

  it('horeca tot en met categorie N is a horeca class, not a milieucategorie', () => {
    const plan = planToLayers([
      layer('Enkelbestemming', [{ id: 'C1', naam: 'Centrum', hg: 'centrum', x: 168000 }]),
      layer('Functieaanduiding', [
        { id: 'F1', naam: 'horeca tot en met categorie 2', x: 168000, link: 'C1' },
      ]),
    ]);
    expect(plan.zones[0]!.properties).toMatchObject({
      zoneType: 'woonwerkzone',
      horecacategorie: '2',
    });
    expect(plan.zones[0]!.properties!.maxMilieucategorie).toBeUndefined();
    expect(plan.missingCategory.map((m) => m.id)).toEqual(['C1']);
  });

  it('a plan with no work zones imports fine and says so', () => {
    const plan = planToLayers([
      layer('Enkelbestemming', [
        { id: 'W1', naam: 'Wonen', hg: 'wonen', x: 168000 },
        { id: 'G1', naam: 'Groen', hg: 'groen', x: 168200 },
      ]),
    ]);
    expect(plan.noWorkZones).toBe(true);
    expect(plan.zones).toEqual([]);
    expect(plan.homes).toHaveLength(1);
  });
});
