/** One's own data into the app's layer slots (issue 12), on the real Doesburg panden and Durperveld plan. */
import { describe, expect, it } from 'vitest';
import { readFiles } from '../../../src/io/read.ts';
import { joinSlots, mapEntry, mapPlan, suggestChoice } from '../../../src/state/import-mapping.ts';
import { realFile } from '../io/realdata.ts';

describe('import mapping', () => {
  it('maps the Doesburg panden (Shapefile zip) to homes: id suggested, every pand kept as its outline (a sensitive area)', async () => {
    const { layers } = await readFiles([realFile('bag-doesburg-panden-shp.zip')]);
    expect(layers).toHaveLength(1);
    const choice = suggestChoice(layers[0]!);
    expect(choice.role).toBe('sensitive');
    expect(choice.fields.id).toMatch(/^identifica/);
    const r = mapEntry(layers[0]!, choice);
    expect(r.groups).toEqual([]);
    expect(r.bySlot.woningen).toHaveLength(7797);
    expect(r.bySlot.woningen!.every((f) => /Polygon$/.test(f.geometry?.type ?? ''))).toBe(true);
    expect(r.bySlot.woningen![0]!.geometry).toEqual(layers[0]!.wgs84[0]!.geometry);
    expect(r.bySlot.woningen![0]!.properties).toMatchObject({ functie: 'wonen', homes: 1 });
    expect(joinSlots([r]).bedrijventerreinen).toEqual([]);
  });

  it('lists every problem at once, grouped with counts, and rejects only the bad features', async () => {
    const { layers } = await readFiles([realFile('bag-doesburg-panden-shp.zip')]);
    // As zones without name, type or category: all three at once, each shared by all 7,797 panden.
    const r = mapEntry(layers[0]!, { role: 'zone', fields: { id: 'identifica' }, defaults: {} });
    const byProperty = Object.fromEntries(r.groups.map((g) => [g.property, g.count]));
    expect(r.bySlot).toEqual({});
    expect(r.rejected).toHaveLength(7797);
    expect(byProperty).toEqual({ name: 7797, zoneType: 7797, maxMilieucategorie: 7797 });
    expect(r.groups[0]!.featureIndexes).toHaveLength(7797);
    // A value the schema refuses is its own group, with the value.
    const bad = mapEntry(layers[0]!, {
      role: 'zone',
      fields: { id: 'identifica', name: 'status' },
      defaults: { zoneType: 'bedrijventerrein', maxMilieucategorie: '9' },
    });
    expect(bad.groups).toHaveLength(1);
    expect(bad.groups[0]).toMatchObject({
      property: 'maxMilieucategorie',
      value: '9',
      count: 7797,
    });
    // With a name, type and category as defaults, all load as bedrijventerrein.
    const ok = mapEntry(layers[0]!, {
      role: 'zone',
      fields: { id: 'identifica' },
      defaults: { name: 'pand', zoneType: 'bedrijventerrein', maxMilieucategorie: '3.1' },
    });
    expect(ok.bySlot.bedrijventerreinen).toHaveLength(7797);
    expect(ok.rejected).toEqual([]);
  });

  it('turns the Durperveld plan into zones; asks for the categories it lacks; homes where it permits them', async () => {
    const { layers } = await readFiles([realFile('imro-2012-durperveld.gml')]);
    const first = mapPlan(layers, {});
    expect(first.plan.noWorkZones).toBe(false);
    const missing = first.plan.missingCategory.map((m) => m.id);
    expect(missing).toContain('NL.IMRO.058');
    // Zones without a category fail the schema (maxMilieucategorie is required) until answered.
    expect(first.groups.find((g) => g.property === 'maxMilieucategorie')?.count).toBe(
      missing.length,
    );
    const answered = mapPlan(layers, { '*': '2' });
    expect(answered.groups).toEqual([]);
    const bt = answered.bySlot.bedrijventerreinen!;
    expect(bt.some((f) => f.properties!.id === 'NL.IMRO.058')).toBe(true);
    expect(bt.find((f) => f.properties!.id === 'NL.IMRO.058')!.properties!.maxMilieucategorie).toBe(
      '2',
    );
    expect(answered.bySlot.woningen!.length).toBe(answered.plan.homes.length);
    expect(answered.bySlot.woningen!.length).toBeGreaterThan(0);
  });
});
