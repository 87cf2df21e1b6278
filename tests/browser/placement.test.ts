import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HARBOUR_PART, drawPolygon, showHarbourForDrawing } from './drawing.ts';
import { artifact, openApp, startHarness, waitForIdle, type Harness } from './harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Zooms out to the whole demo city. */
const showCity = (page: Page) =>
  page.evaluate(() => {
    window.__werkruimte!.map.fitBounds(
      [
        [5.55, 52.385],
        [5.645, 52.43],
      ],
      { animate: false, padding: 10 },
    );
  });

describe('juiste plek in Chromium', () => {
  it('opens the relocation options of a displaced business and shows them on the map', async () => {
    const { page, errors } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    await showHarbourForDrawing(page);
    await drawPolygon(page, HARBOUR_PART);
    await page.getByTestId('proposal-use').selectOption('woningbouw');
    const first = page.locator('[data-testid^="relocate-"]').first();
    await first.waitFor();
    await first.click();
    const box = page.getByTestId('relocation');
    await box.waitFor();
    await expect
      .poll(
        async () =>
          (await box.locator('[data-testid="relocation-candidate"]').count()) +
          (await box.locator('[data-testid="relocation-none"]').count()),
      )
      .toBeGreaterThan(0);
    const candidates = await box.locator('[data-testid="relocation-candidate"]').allTextContents();
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates[0]).toMatch(/Toegestaan|Voorwaardelijk/);
    // On the map: a numbered label per candidate.
    await showCity(page);
    await waitForIdle(page);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            window.__werkruimte!.map.queryRenderedFeatures(undefined, {
              layers: ['placement-candidate-label'],
            }).length,
        ),
      )
      .toBe(candidates.length);
    await page.screenshot({ path: artifact('placement-relocation.png') });
    expect(errors).toEqual([]);
  });

  it('colours businesses by class and ranks candidates for a zoekprofiel', async () => {
    const { page, errors } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    await page.getByRole('tab', { name: 'Juiste plek' }).click();
    await page.getByTestId('mismatch-totals').waitFor();
    await showCity(page);
    await waitForIdle(page);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            window.__werkruimte!.map.queryRenderedFeatures(undefined, {
              layers: ['placement-business'],
            }).length,
        ),
      )
      .toBeGreaterThan(50);
    await page.getByTestId('search-category').selectOption('3.2');
    await page.getByTestId('search-area').fill('5000');
    await page.getByTestId('search-run').click();
    await page.getByTestId('candidates').waitFor();
    expect(await page.getByTestId('candidates').locator('tbody tr').count()).toBeGreaterThan(0);
    await waitForIdle(page);
    await page.screenshot({ path: artifact('placement-tab.png') });
    expect(errors).toEqual([]);
  });
});
