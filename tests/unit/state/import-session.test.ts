/**
 * The import session (issue 12) on the real Doesburg panden and the Durperveld plan: the dialog
 * gets summaries only (fields with statistics, a few rows, counts, thinned preview), and what loads
 * comes from the same mapping.
 */
import { describe, expect, it } from 'vitest';
import { readFiles } from '../../../src/io/read.ts';
import {
  fieldStats,
  ImportSession,
  PREVIEW_MAX_FEATURES,
  SAMPLE_ROWS,
  thinPreview,
} from '../../../src/state/import-session.ts';
import { realFile } from '../io/realdata.ts';

async function doesburgAndPlan(): Promise<ImportSession> {
  const { layers, problems } = await readFiles([
    realFile('bag-doesburg-panden-shp.zip'),
    realFile('imro-2012-durperveld.gml'),
  ]);
  return new ImportSession(layers, problems);
}

describe('import session', () => {
  it('summarises what was read: fields with statistics, a few rows, suggestions, bounds', async () => {
    const session = await doesburgAndPlan();
    const s = session.summary();
    expect(s.layers).toHaveLength(1);
    expect(s.hasPlan).toBe(true);
    const panden = s.layers[0]!;
    expect(panden.featureCount).toBe(7797);
    expect(panden.sample).toHaveLength(SAMPLE_ROWS);
    const id = panden.stats.find((f) => /^identifica/.test(f.field))!;
    expect(id).toMatchObject({ filled: 7797, distinct: 1000, distinctCapped: true });
    const bouwjaar = panden.stats.find((f) => f.field === 'bouwjaar')!;
    expect(bouwjaar.numeric).toBe(true);
    expect(s.choices[0]!.role).toBe('sensitive');
    const [w, so, e, n] = s.bounds!;
    expect(w).toBeGreaterThan(3);
    expect(e).toBeLessThan(8);
    expect(so).toBeGreaterThan(50);
    expect(n).toBeLessThan(54);
    // Small enough to send: nothing of the 7,797 geometries is in it.
    expect(JSON.stringify(s).length).toBeLessThan(20_000);
  });

  it('maps with the answers, keeps the questions after an answer, and loads what it counted', async () => {
    const session = await doesburgAndPlan();
    const { choices } = session.summary();
    const first = session.map({ choices, planCategories: {} });
    expect(first.entries[0]!.bySlot.woningen).toBe(7797);
    expect(first.plan!.askCategory.length).toBeGreaterThan(0);
    expect(first.plan!.groups.some((g) => g.property === 'maxMilieucategorie')).toBe(true);
    const answered = session.map({ choices, planCategories: { '*': '2' } });
    expect(answered.plan!.groups).toEqual([]);
    expect(answered.plan!.askCategory).toEqual(first.plan!.askCategory);
    expect(answered.slotCounts.bedrijventerreinen).toBeGreaterThan(
      first.slotCounts.bedrijventerreinen,
    );
    expect(answered.preview.features.length).toBeLessThanOrEqual(PREVIEW_MAX_FEATURES);
    expect(answered.previewTotal).toBe(
      Object.values(answered.slotCounts).reduce((s, n) => s + n, 0),
    );
    const slots = session.slots();
    for (const [slot, n] of Object.entries(answered.slotCounts))
      expect(slots[slot as keyof typeof slots]).toHaveLength(n);
    // Problem groups carry exact counts but only the first feature numbers.
    const bad = session.map({
      choices: [{ role: 'zone', fields: {}, defaults: {} }],
      planCategories: { '*': '2' },
    });
    const g = bad.entries[0]!.groups[0]!;
    expect(g.count).toBe(7797);
    expect(g.featureIndexes.length).toBeLessThanOrEqual(20);
    expect(bad.rejected).toBe(7797);
    expect(JSON.parse(session.rejectedText()).features).toHaveLength(7797);
  });

  it('thins the preview evenly and counts field values', () => {
    const fs = Array.from({ length: 10 }, (_, i) => ({
      type: 'Feature' as const,
      properties: { a: i % 3, b: i < 5 ? 'x' : '' },
      geometry: { type: 'Point' as const, coordinates: [5.123456789, 52 + i / 100] },
    }));
    const thin = thinPreview(fs, 4);
    expect(thin).toHaveLength(4);
    expect(thin[0]!.geometry).toEqual({ type: 'Point', coordinates: [5.123457, 52] });
    expect(fieldStats(fs, ['a', 'b'])).toEqual([
      {
        field: 'a',
        filled: 10,
        distinct: 3,
        distinctCapped: false,
        examples: ['0', '1', '2'],
        numeric: true,
      },
      {
        field: 'b',
        filled: 5,
        distinct: 1,
        distinctCapped: false,
        examples: ['x'],
        numeric: false,
      },
    ]);
  });
});
