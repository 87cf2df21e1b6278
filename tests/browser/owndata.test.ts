/**
 * Own data in Chromium (issue 12): drop the real Shapefile zip of the Doesburg BAG panden and the
 * Durperveld IMRO plan on the map together, map the fields in the dialog, answer the categories
 * the plan lacks, load them as the workspace, and get a Locatiecheck verdict inside the plan's
 * Bedrijf bestemming: homes are not permitted there by the plan.
 * The files are read from ../shared/realdata (found walking up from the project root, as the unit
 * tests do, so a clone elsewhere under /work resolves it too).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toWgs84 } from '../../src/geo/crs.ts';
import { REALDATA } from '../unit/io/realdata.ts';
import {
  artifact,
  nextFrames,
  openApp,
  startHarness,
  waitForIdle,
  type Harness,
} from './harness.ts';

const PANDEN = 'bag-doesburg-panden-shp.zip';
const PLAN = 'imro-2012-durperveld.gml';
/** Centroid of NL.IMRO.058 "Bedrijf - Nutsvoorziening" (bestemmingshoofdgroep bedrijf), RD. */
const IN_BEDRIJF = toWgs84([222714.214, 433608.018]);

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Drops files on the map as a user would: one drop event with a DataTransfer holding them all. */
async function dropFiles(page: Page, names: readonly string[]): Promise<void> {
  const files = names.map((name) => ({
    name,
    base64: readFileSync(join(REALDATA, name)).toString('base64'),
  }));
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name));
    }
    const target = document.querySelector('.map') ?? document.body;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true }));
  }, files);
}

describe('Own data', () => {
  it('drops a Shapefile zip and an IMRO plan, maps them, loads them, and checks a place', async () => {
    const { page, context, errors } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    await expect
      .poll(() => page.getByTestId('workspace-notice').textContent())
      .toContain('Voorbeeldstad');

    await dropFiles(page, [PANDEN, PLAN]);
    const dialog = page.getByTestId('owndata-dialog');
    await dialog.waitFor({ timeout: 30_000 });

    // The panden: role and id suggested from the BAG names.
    const entry = dialog.getByTestId('owndata-entry');
    expect(await entry.count()).toBe(1);
    expect(await entry.locator('legend').textContent()).toContain('7.797 objecten');
    expect(await entry.getByRole('combobox', { name: 'Wat is dit bestand?' }).inputValue()).toBe(
      'sensitive',
    );
    expect(await entry.getByRole('combobox', { name: 'Code (id)' }).inputValue()).toMatch(
      /^identifica/,
    );

    // The plan: zones derived; the bestemmingen without a category are asked for, all at once.
    const plan = dialog.getByTestId('owndata-plan');
    expect(await plan.textContent()).toContain('Bedrijf - Nutsvoorziening');
    const problems = plan.getByTestId('owndata-problems');
    expect(await problems.textContent()).toContain('maxMilieucategorie');
    const preview = dialog.getByTestId('owndata-preview');
    const countOf = async (title: string) =>
      Number(
        (await preview.locator('tr', { hasText: title }).locator('td.num').textContent())!.replace(
          /\./g,
          '',
        ),
      );
    const parksBefore = await countOf('Bedrijventerreinen');
    const perBestemming = plan.getByRole('combobox', { name: 'Bedrijf - Nutsvoorziening' });
    expect(await perBestemming.count()).toBeGreaterThan(0);
    await plan.getByRole('combobox', { name: 'Alle zonder categorie' }).selectOption('2');
    await expect.poll(() => problems.count()).toBe(0);
    // The per-bestemming selects stay after "alle zonder categorie" (they vanished before).
    expect(await perBestemming.count()).toBeGreaterThan(0);
    await perBestemming.first().selectOption('3.1');
    expect(await perBestemming.first().inputValue()).toBe('3.1');
    expect(await countOf('Bedrijventerreinen')).toBeGreaterThan(parksBefore);
    expect(await countOf('Woningen en gevoelige functies')).toBeGreaterThan(7797);
    await waitForIdle(page);
    await page.screenshot({ path: artifact('owndata-dialog.png') });

    await dialog.getByTestId('owndata-name').fill('Doesburg en Durperveld');
    await dialog.getByRole('button', { name: 'Laden in de werkruimte' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByTestId('workspace-notice').textContent()).toContain(
      'Doesburg en Durperveld',
    );
    const counts = await page.evaluate(() => {
      const w = window.__werkruimte!;
      return {
        homes: w.featuresOf('woningen').length,
        parks: w.featuresOf('bedrijventerreinen').length,
        base: w.featuresOf('base-water').length,
      };
    });
    expect(counts.homes).toBeGreaterThan(7797);
    expect(counts.parks).toBe(await countOfLoaded(page, 'bedrijventerreinen'));
    expect(counts.base).toBe(0);

    // Locatiecheck on the own data: homes inside the plan's Bedrijf bestemming.
    await page.getByRole('tab', { name: 'Locatiecheck' }).click();
    await page.getByTestId('locatiecheck-panel').waitFor();
    await page.getByRole('radio', { name: 'Wonen' }).check();
    await page.evaluate(
      (c) => window.__werkruimte!.map.jumpTo({ center: c as [number, number], zoom: 16 }),
      IN_BEDRIJF,
    );
    await waitForIdle(page);
    const { x, y } = await page.evaluate((c) => {
      const map = window.__werkruimte!.map;
      const p = map.project(c as [number, number]);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, IN_BEDRIJF);
    await page.mouse.click(x, y);
    const card = page.getByTestId('verdict-card');
    await card.waitFor();
    expect(await card.getAttribute('data-verdict')).toBe('niet-toegestaan');
    expect(await card.textContent()).toContain('Bedrijf - Nutsvoorziening');
    await nextFrames(page);
    await page.screenshot({ path: artifact('owndata-verdict.png') });
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** The feature count the layer panel state reports for a layer. */
async function countOfLoaded(page: Page, layerId: string): Promise<number> {
  return page.evaluate(
    (id) =>
      (window.__werkruimte!.state as { layers: Record<string, { featureCount: number }> }).layers[
        id
      ]!.featureCount,
    layerId,
  );
}
