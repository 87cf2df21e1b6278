import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HARBOUR_PART, drawPolygon, showHarbourForDrawing, toPixels } from './drawing.ts';
import { artifact, openApp, startHarness, waitForIdle, type Harness } from './harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Opens the app on the Voorstellen tab with the harbour in view. */
async function openProposals(page: Page): Promise<void> {
  await openApp(page, harness.baseUrl);
  await showHarbourForDrawing(page);
}

const proposalNames = (page: Page) =>
  page.getByTestId('proposal-list').locator('.name').allTextContents();

describe('drawing proposals in Chromium', () => {
  it('draws over the harbour park as housing: ledger loss and conflicts; survives a reload; undo removes it', async () => {
    const { page, context, errors } = await harness.newPage();
    await openProposals(page);
    await drawPolygon(page, HARBOUR_PART);
    expect(await proposalNames(page)).toEqual(['Voorstel 1']);

    // As a business park it takes no business land …
    await page.getByTestId('proposal-use').selectOption('bedrijventerrein');
    await expect
      .poll(() => page.getByTestId('ledger-total').textContent())
      .toContain('Bedrijventerrein eraf0,00 ha');
    // … as housing it does, and displaced businesses and conflicts appear.
    await page.getByTestId('proposal-use').selectOption('woningbouw');
    const total = page.getByTestId('ledger-total');
    await expect.poll(() => total.textContent()).not.toContain('Bedrijventerrein eraf0,00 ha');
    const taken = Number(
      /Bedrijventerrein eraf([\d,]+) ha/
        .exec((await total.textContent()) ?? '')![1]!
        .replace(',', '.'),
    );
    // The drawn rectangle is about 306 m × 500 m, all inside the park.
    expect(taken).toBeGreaterThan(14);
    expect(taken).toBeLessThan(16.5);
    expect(await page.getByTestId('ledger-total-compensation').textContent()).toMatch(
      /Compensatie nodig: [\d,]+ ha \/ [\d.]+ m² bvo/,
    );
    expect(await page.getByTestId('displaced').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(
      await page.getByTestId('conflicts').locator('[data-kind="business-reaches-homes"]').count(),
    ).toBeGreaterThan(0);
    await waitForIdle(page);
    await page.screenshot({ path: artifact('proposal-harbour.png') });

    // Reload: the proposal is back, on the map and in the panel.
    await openProposals(page);
    expect(await proposalNames(page)).toEqual(['Voorstel 1']);
    expect(await page.getByTestId('proposal-list').textContent()).toContain('Woningbouw');
    await expect.poll(() => page.getByTestId('ledger-total').textContent()).toContain('ha');
    const onMap = await page.evaluate(
      () => window.__werkruimte!.map.querySourceFeatures('proposals').length,
    );
    expect(onMap).toBeGreaterThan(0);

    // Undo walks back the session's steps: woningbouw → bedrijventerrein → drawn → nothing.
    await page.getByTestId('undo').click();
    await page.getByTestId('proposal-list').locator('button').first().click();
    expect(await page.getByTestId('proposal-use').inputValue()).toBe('bedrijventerrein');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('proposal-list').count()).toBe(0);
    expect(await page.getByTestId('proposal-impact').textContent()).toContain('Teken een voorstel');
    // Redo brings it back.
    await page.keyboard.press('Control+Shift+z');
    expect(await proposalNames(page)).toEqual(['Voorstel 1']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a self-intersecting drawing with a message at the shape, and accepts it once fixed', async () => {
    const { page, context, errors } = await harness.newPage();
    await openProposals(page);
    // A bow tie: the edges B→C and D→A cross.
    const A: [number, number] = [5.603, 52.4115];
    const B: [number, number] = [5.606, 52.4115];
    const C: [number, number] = [5.603, 52.4145];
    const D: [number, number] = [5.606, 52.4145];
    await drawPolygon(page, [A, B, C, D]);
    const problems = page.getByTestId('shape-problems');
    await problems.waitFor();
    expect(await problems.locator('[data-code]').getAttribute('data-code')).toBe(
      'shape-self-intersection',
    );
    expect(await problems.textContent()).toContain('De rand kruist zichzelf');
    // The message stands on the map at the crossing.
    await waitForIdle(page);
    const labels = await page.evaluate(
      () =>
        window.__werkruimte!.map.queryRenderedFeatures({ layers: ['proposals-problem-label'] })
          .length,
    );
    expect(labels).toBeGreaterThan(0);
    await page.screenshot({ path: artifact('proposal-self-intersection.png') });
    // A refused shape takes no land.
    expect(await page.getByTestId('ledger-total').textContent()).toContain(
      'Bedrijventerrein eraf0,00 ha',
    );

    // Fix: drag corner C east, past B, so the outline no longer crosses.
    const [from, to] = await toPixels(page, [C, [5.609, 52.4145]]);
    await page.mouse.move(from![0], from![1]);
    await page.mouse.down();
    await page.mouse.move((from![0] + to![0]) / 2, from![1], { steps: 5 });
    await page.mouse.move(to![0], to![1], { steps: 5 });
    // Live: the refusal goes while the corner is still held.
    await expect.poll(() => problems.count()).toBe(0);
    await page.mouse.up();
    await expect
      .poll(() => page.getByTestId('ledger-total').textContent())
      .not.toContain('Bedrijventerrein eraf0,00 ha');
    expect(errors).toEqual([]);
    await context.close();
  });
});
