/**
 * Issue 4 in the browser: choose housing → the surface renders and the legend shows
 * hectares; the contours toggle works; switching program recomputes in the worker while the
 * main thread stays free (long tasks are measured with a PerformanceObserver and reported,
 * not judged: timings under a shared CI machine are not a pass/fail criterion).
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  artifact,
  openApp,
  renderedCount,
  startHarness,
  waitForIdle,
  type Harness,
} from './harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Records long tasks (> 50 ms on the main thread) from the first script on. */
function observeLongTasks(): void {
  const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      w.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function surfaceStatus(page: Page): Promise<string | null> {
  return page.locator('[data-surface-status]').getAttribute('data-surface-status');
}

async function waitForSurface(page: Page): Promise<void> {
  await page.waitForSelector('[data-surface-status="ready"]', { timeout: 30_000 });
  await waitForIdle(page);
}

describe('Waar wel, waar niet (surface) in Chromium', () => {
  it('housing: the surface renders, the legend shows hectares, contours toggle', async () => {
    const { page, context, errors } = await harness.newPage();
    await page.addInitScript(observeLongTasks);
    await openApp(page, harness.baseUrl);
    await page.getByRole('tab', { name: 'Waar wel, waar niet' }).click();
    expect(await page.locator('[data-surface-program="housing"]').isChecked()).toBe(true);
    await waitForSurface(page);
    expect(await surfaceStatus(page)).toBe('ready');

    expect(await renderedCount(page, 'surface-classes')).toBeGreaterThan(0);
    for (const cls of ['toegestaan', 'voorwaardelijk', 'niet-toegestaan']) {
      expect(await page.locator(`[data-surface-ha="${cls}"]`).textContent()).toMatch(
        /^\s*\d[\d.,]* ha \(\d[\d.,]*% van het studiegebied\)\s*$/,
      );
    }
    await page.screenshot({ path: artifact('surface-housing.png') });

    const contourVisibility = () =>
      page.evaluate(() =>
        window.__werkruimte!.map.getLayoutProperty('surface-contours-line', 'visibility'),
      );
    expect(await contourVisibility()).toBe('none');
    await page.locator('[data-surface-contours-toggle]').check();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-surface-contours-toggle]') !== null &&
        !document.body.textContent!.includes('Contouren berekenen'),
      undefined,
      { timeout: 30_000 },
    );
    await waitForIdle(page);
    expect(await contourVisibility()).toBe('visible');
    expect(await renderedCount(page, 'surface-contours')).toBeGreaterThan(0);
    await page.screenshot({ path: artifact('surface-housing-contours.png') });
    await page.locator('[data-surface-contours-toggle]').uncheck();
    await waitForIdle(page);
    expect(await contourVisibility()).toBe('none');
    expect(await renderedCount(page, 'surface-contours')).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  // Long tasks are measured and written to .artifacts/surface-longtasks.json, not asserted: under
  // software WebGL on a shared two-core machine a plain redraw can exceed 50 ms, so their count
  // says nothing reliable about the worker. The title claims only what is asserted.
  it('switching to a business category recomputes the surface (main-thread long tasks reported, not judged)', async () => {
    const { page, context, errors } = await harness.newPage();
    await page.addInitScript(observeLongTasks);
    await openApp(page, harness.baseUrl);
    await page.getByRole('tab', { name: 'Waar wel, waar niet' }).click();
    await waitForSurface(page);
    const before = await page.locator('[data-surface-ha="niet-toegestaan"]').textContent();

    const t0 = await page.evaluate(() => performance.now());
    await page.locator('[data-surface-program="category"]').check();
    await page.locator('[data-surface-category]').selectOption('4.2');
    await waitForSurface(page);
    const t1 = await page.evaluate(() => performance.now());
    const after = await page.locator('[data-surface-ha="niet-toegestaan"]').textContent();
    expect(after).not.toBe(before);
    expect(await renderedCount(page, 'surface-classes')).toBeGreaterThan(0);
    await page.screenshot({ path: artifact('surface-category-4.2.png') });

    const longTasks = await page.evaluate(
      ([a, b]) =>
        (
          window as unknown as { __longTasks: { start: number; duration: number }[] }
        ).__longTasks.filter((t) => t.start >= a! && t.start <= b!),
      [t0, t1],
    );
    // Reference: the same map redrawn without any computation (classes off and on again).
    // WebGL runs in software (SwiftShader) here, so drawing alone can exceed 50 ms.
    const r0 = await page.evaluate(() => performance.now());
    await page.locator('[data-surface-classes-toggle]').uncheck();
    await waitForIdle(page);
    await page.locator('[data-surface-classes-toggle]').check();
    await waitForIdle(page);
    const r1 = await page.evaluate(() => performance.now());
    const redrawTasks = await page.evaluate(
      ([a, b]) =>
        (
          window as unknown as { __longTasks: { start: number; duration: number }[] }
        ).__longTasks.filter((t) => t.start >= a! && t.start <= b!),
      [r0, r1],
    );
    const report = {
      windowMs: t1 - t0,
      longTasks: longTasks.length,
      longestMs: Math.max(0, ...longTasks.map((t) => t.duration)),
      tasks: longTasks,
      redrawOnly: {
        windowMs: r1 - r0,
        longTasks: redrawTasks.length,
        longestMs: Math.max(0, ...redrawTasks.map((t) => t.duration)),
      },
    };
    writeFileSync(artifact('surface-longtasks.json'), JSON.stringify(report, null, 2));
    console.info(
      `[surface long tasks] recompute window ${report.windowMs.toFixed(0)} ms: ${report.longTasks} long task(s), longest ${report.longestMs.toFixed(0)} ms; redraw only (no computation): ${report.redrawOnly.longTasks} long task(s), longest ${report.redrawOnly.longestMs.toFixed(0)} ms`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('study area: choosing "geselecteerd voorstel" without a selection says so and keeps the whole map', async () => {
    const { page, context, errors } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    await page.getByRole('tab', { name: 'Waar wel, waar niet' }).click();
    await waitForSurface(page);
    expect(await page.locator('[data-surface-study-area="extent"]').isChecked()).toBe(true);
    expect(await page.locator('[data-surface-study-area-missing]').count()).toBe(0);
    await page.locator('[data-surface-study-area="proposal"]').check();
    await expect.poll(() => page.locator('[data-surface-study-area-missing]').count()).toBe(1);
    await waitForSurface(page);
    expect(await renderedCount(page, 'surface-classes')).toBeGreaterThan(0);
    await page.locator('[data-surface-study-area="extent"]').check();
    await expect.poll(() => page.locator('[data-surface-study-area-missing]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
