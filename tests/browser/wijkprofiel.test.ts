/**
 * Issue 16 in the browser: the Wijkprofielen tab colours the buurten by an indicator (the
 * rendered choropleth has as many colours as the legend has classes), the table sorts, a row
 * click zooms to and selects its buurt, a map click selects the row, the CSV is for Dutch
 * Excel, and with a drawn proposal the map and table show the change.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HARBOUR_PART, drawPolygon, showHarbourForDrawing } from './drawing.ts';
import { readPdf } from '../support/pdf.ts';
import { artifact, openApp, startHarness, waitForIdle, type Harness } from './harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const FILL = 'wijkprofiel-fill';

/** Opens the tab with the whole city in view and waits for the legend. */
async function openTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Wijkprofielen' }).click();
  await page.getByTestId('wijk-legend').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Zoom naar alles' }).click();
  await waitForIdle(page);
}

/** The choropleth's rendered buurten: id, class and colour of each (once per id). */
async function rendered(page: Page): Promise<{ id: string; cls: number; color: string }[]> {
  return page.evaluate((layer) => {
    const seen = new Map<string, { id: string; cls: number; color: string }>();
    for (const f of window.__werkruimte!.map.queryRenderedFeatures({ layers: [layer] })) {
      const p = f.properties as { id: string; cls: number; color: string };
      seen.set(p.id, { id: p.id, cls: p.cls, color: p.color });
    }
    return [...seen.values()];
  }, FILL);
}

/** A Dutch number from a table cell ("1.509", "0,02", "≈ 24"); NaN for geen gegevens. */
const dutch = (text: string): number =>
  Number(text.replace('≈', '').trim().replace(/\./g, '').replace(',', '.'));

/** The ids and the texts of one column, in table order. */
async function column(page: Page, index: number): Promise<{ ids: string[]; texts: string[] }> {
  const rows = page.getByTestId('wijk-row');
  const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id') ?? ''));
  const texts = await rows.evaluateAll(
    (trs, i) => trs.map((tr) => tr.children[i]?.textContent?.trim() ?? ''),
    index,
  );
  return { ids, texts };
}

/** A screen point inside the rendered buurt `id`, found by sampling the canvas. */
async function pointInside(page: Page, id: string): Promise<[number, number] | null> {
  return page.evaluate(
    ([layer, target]) => {
      const map = window.__werkruimte!.map;
      const canvas = map.getCanvas();
      const r = canvas.getBoundingClientRect();
      for (let y = 20; y < r.height - 20; y += 12)
        for (let x = 20; x < r.width - 20; x += 12) {
          const hit = map.queryRenderedFeatures([x, y], { layers: [layer!] })[0];
          if (hit?.properties?.id === target) return [x + r.left, y + r.top] as [number, number];
        }
      return null;
    },
    [FILL, id],
  );
}

describe('Wijkprofielen in Chromium', () => {
  it('colours the buurten by an indicator, sorts the table, and links rows and map both ways', async () => {
    const { page, context, errors } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    await openTab(page);
    // The profiles were computed (one performance measure per computation, see
    // src/state/wijkprofiel.svelte.ts); switching indicator, classes or level below only re-classes.
    const computeRuns = () =>
      page.evaluate(
        (name) => performance.getEntriesByName(name, 'measure').length,
        'werkruimte:wijkprofiel-compute',
      );
    const runs = await computeRuns();
    expect(runs).toBeGreaterThan(0);

    // Pick an indicator: homes, then the functiemengingsindex.
    await page.getByTestId('wijk-indicator').selectOption('homes');
    await expect.poll(() => page.getByTestId('wijk-legend').textContent()).toContain('Woningen');
    await page.getByTestId('wijk-indicator').selectOption('fmi');
    const legend = page.getByTestId('wijk-legend');
    await expect.poll(() => legend.textContent()).toContain('Functiemengingsindex (index 0–100)');
    const classes = await legend
      .locator('li[data-wijk-class]:not([data-wijk-class="none"])')
      .count();
    expect(classes).toBe(5);
    // Class bounds in Dutch notation: "0,0 – 0,9".
    expect(await legend.locator('li[data-wijk-class="0"] .range').textContent()).toMatch(
      /^\d+,\d – \d+,\d$/,
    );
    await waitForIdle(page);
    const shown = await rendered(page);
    // All 16 demo buurten in view, each coloured by its class: as many colours as classes.
    expect(shown.length).toBe(16);
    expect(new Set(shown.filter((f) => f.cls >= 0).map((f) => f.cls)).size).toBe(classes);
    expect(new Set(shown.filter((f) => f.cls >= 0).map((f) => f.color)).size).toBe(classes);
    const swatches = await legend
      .locator('li[data-wijk-class] .swatch')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    expect(swatches.length).toBeGreaterThanOrEqual(classes);
    await page.screenshot({ path: artifact('wijkprofiel-fmi.png') });

    // Natural breaks: still classes from the same values, legend and map agree.
    await page.locator('[data-wijk-method="natural"]').check();
    await waitForIdle(page);
    const natural = await legend
      .locator('li[data-wijk-class]:not([data-wijk-class="none"])')
      .count();
    expect(new Set((await rendered(page)).filter((f) => f.cls >= 0).map((f) => f.cls)).size).toBe(
      natural,
    );
    // Another indicator recolours the map (the buurten change class), from the same profiles.
    const byFmi = new Map((await rendered(page)).map((f) => [f.id, f.color]));
    await page.getByTestId('wijk-indicator').selectOption('jobs');
    await expect.poll(() => legend.textContent()).toContain('Banen');
    await waitForIdle(page);
    const byJobs = await rendered(page);
    expect(byJobs.some((f) => byFmi.get(f.id) !== f.color)).toBe(true);
    await page.getByTestId('wijk-indicator').selectOption('fmi');
    await page.locator('[data-wijk-method="quantiles"]').check();
    await page.locator('[data-wijk-method="natural"]').check();
    await expect.poll(() => legend.textContent()).toContain('Functiemengingsindex');
    expect(await computeRuns()).toBe(runs);

    // Sort by homes: largest first, then smallest first. Column 1 is "Woningen".
    await page.locator('[data-wijk-sort="homes"]').click();
    const down = (await column(page, 1)).texts.map(dutch);
    expect(down.length).toBe(16);
    expect(down).toEqual([...down].sort((a, b) => b - a));
    await page.locator('[data-wijk-sort="homes"]').click();
    const up = await column(page, 1);
    const upValues = up.texts.map(dutch);
    expect(upValues).toEqual([...upValues].sort((a, b) => a - b));
    expect(await page.getByTestId('wijk-city-row').textContent()).toContain('Stad');

    // Click a row: the map zooms to that buurt and outlines it; the profile opens.
    const target = up.ids[up.ids.length - 1]!;
    const zoomBefore = await page.evaluate(() => window.__werkruimte!.map.getZoom());
    await page.locator(`[data-testid="wijk-row"][data-id="${target}"] .rowname`).click();
    await expect
      .poll(() => page.evaluate(() => window.__werkruimte!.map.getZoom()))
      .toBeGreaterThan(zoomBefore + 0.5);
    await waitForIdle(page);
    const centreHit = await page.evaluate((layer) => {
      const map = window.__werkruimte!.map;
      const c = map.project(map.getCenter());
      return map.queryRenderedFeatures(c, { layers: [layer] })[0]?.properties ?? null;
    }, FILL);
    expect(centreHit?.id).toBe(target);
    expect(centreHit?.selected).toBe(true);
    expect(await page.getByTestId('wijk-profile').textContent()).toContain('Profiel');
    expect(await page.getByTestId('wijk-chart-mix').locator('rect').count()).toBe(2);

    // Click another buurt on the map: its row is selected (and scrolled into view).
    await page.getByRole('button', { name: 'Zoom naar alles' }).click();
    await waitForIdle(page);
    const other = up.ids[0]!;
    const at = await pointInside(page, other);
    expect(at).not.toBeNull();
    await page.mouse.click(at![0], at![1]);
    const row = page.locator(`[data-testid="wijk-row"][data-id="${other}"]`);
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('[data-testid="wijk-row"][aria-selected="true"]').count()).toBe(1);
    const visible = await row.evaluate((tr) => {
      const box = tr.closest('.table-box')!.getBoundingClientRect();
      const r = tr.getBoundingClientRect();
      return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    });
    expect(visible).toBe(true);
    // The info panel stays shut: the click belonged to the choropleth.
    expect(await page.locator('[data-testid="info-panel"]').count()).toBe(0);

    // CSV for Dutch Excel: BOM, ";" and a decimal comma.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('wijk-csv').click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const header = csv.slice(1).split('\r\n')[0]!;
    expect(header.split(';').length).toBeGreaterThan(10);
    expect(csv).toMatch(/;\d+,\d/);

    // The profile of the selected buurt as a one-page A4 PDF through the print path.
    const name = (await row.locator('.rowname').textContent())!.trim();
    const [pdfFile] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('wijk-print').click(),
    ]);
    const pdf = await readPdf(readFileSync((await pdfFile.path())!));
    expect(pdf.pageSizesPt).toHaveLength(1);
    expect(pdf.pageSizesPt[0]![0]).toBeCloseTo(841.89, 0);
    expect(pdf.text).toContain(`Wijkprofiel ${name}`);
    expect(pdf.text).toContain('Kerncijfers (hier / stad)');
    expect(pdf.text).toContain('Functiemengingsindex');
    expect(pdf.text).toMatch(/Afgedrukt op \d+ \w+ \d{4}/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with a drawn proposal shows today, after and the change', async () => {
    const { page, context, errors } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    await showHarbourForDrawing(page);
    await drawPolygon(page, HARBOUR_PART);
    await page.getByTestId('proposal-use').selectOption('woningbouw');
    await page.getByTestId('proposal-homes').fill('800');
    await openTab(page);

    await page.getByTestId('wijk-indicator').selectOption('homes');
    await page.locator('[data-wijk-mode="change"]').check();
    const legend = page.getByTestId('wijk-legend');
    await expect.poll(() => legend.textContent()).toContain('verandering');
    // Column 1 (Woningen) holds the change now: the buurten the proposal covers gain homes,
    // together the 800 of the proposal.
    await page.locator('[data-wijk-sort="homes"]').click();
    const change = (await column(page, 1)).texts.map(dutch);
    expect(change[0]).toBeGreaterThan(0);
    const sum = change.filter((v) => Number.isFinite(v)).reduce((a, b) => a + b, 0);
    expect(Math.round(sum)).toBe(800);
    await waitForIdle(page);
    const shown = await rendered(page);
    expect(new Set(shown.map((f) => f.color)).size).toBeGreaterThan(1);

    // After: the city total of homes is today's plus 800.
    const cityText = async () =>
      dutch(
        (await page
          .getByTestId('wijk-city-row')
          .evaluate((tr) => tr.children[1]?.textContent ?? ''))!,
      );
    await page.locator('[data-wijk-mode="today"]').check();
    const cityToday = await cityText();
    await page.locator('[data-wijk-mode="after"]').check();
    await expect.poll(cityText).toBe(cityToday + 800);
    await page.screenshot({ path: artifact('wijkprofiel-after.png') });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says per buurt whether the proposals keep its gebiedsprofiel target, as the ledger does, also on paper', async () => {
    const { page, context, errors } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    await openTab(page);
    // The buurt under the harbour part the proposal will cover.
    const [lng, lat] = [
      (HARBOUR_PART[0]![0] + HARBOUR_PART[2]![0]) / 2,
      (HARBOUR_PART[0]![1] + HARBOUR_PART[2]![1]) / 2,
    ];
    const buurt = await page.evaluate(
      ([layer, at]) => {
        const map = window.__werkruimte!.map;
        const hit = map.queryRenderedFeatures(map.project(at as [number, number]), {
          layers: [layer as string],
        })[0];
        return String(hit?.properties?.id ?? '');
      },
      [FILL, [lng, lat]] as const,
    );
    expect(buurt).not.toBe('');
    // Without a target the table has no target column and the profile says where to set one.
    expect(await page.getByTestId('wijk-target-cell').count()).toBe(0);
    await page.locator(`[data-testid="wijk-row"][data-id="${buurt}"] .rowname`).click();
    await page.getByTestId('wijk-targets-none').waitFor();

    // A target of exactly what the buurt holds today (a 0 target says how much that is).
    await page.getByRole('tab', { name: 'Juiste plek' }).click();
    const setTarget = async (m2: number) => {
      await page.getByTestId('target-area').selectOption(`buurt:${buurt}`);
      await page.getByTestId('target-min').fill(String(m2));
      await page.getByTestId('target-add').click();
    };
    await setTarget(0);
    const item = page.getByTestId('targets').locator('li');
    await expect.poll(() => item.textContent()).toMatch(/Gehaald: [\d.]+ m² bvo/);
    const today = dutch(/Gehaald: ([\d.]+) m²/.exec((await item.textContent())!)![1]!);
    expect(today).toBeGreaterThan(0);
    await item.getByRole('button').click();
    await setTarget(today);

    // Kept today: the Wijkprofielen say so in the buurt's row and profile.
    await openTab(page);
    const cell = page.locator(
      `[data-testid="wijk-row"][data-id="${buurt}"] [data-testid="wijk-target-cell"]`,
    );
    await expect.poll(() => cell.getAttribute('data-kept')).toBe('true');
    expect((await cell.textContent())!.trim()).toBe('✓ gehaald');

    // Housing on the harbour displaces firms: missed, by as much as the ledger says.
    await showHarbourForDrawing(page);
    await drawPolygon(page, HARBOUR_PART);
    await page.getByTestId('proposal-use').selectOption('woningbouw');
    const ledger = page.getByTestId('ledger-targets').locator('li');
    await expect.poll(() => ledger.getAttribute('data-kept')).toBe('false');
    const ledgerText = (await ledger.textContent())!.replace(/\s+/g, ' ').trim();
    const miss = /Gemist met ([\d.]+) m²/.exec(ledgerText)![1]!;
    expect(dutch(miss)).toBeGreaterThan(0);

    await openTab(page);
    await expect.poll(() => cell.getAttribute('data-kept')).toBe('false');
    expect((await cell.textContent())!.trim()).toBe(`✗ mist ${miss} m²`);
    await page.locator(`[data-testid="wijk-row"][data-id="${buurt}"] .rowname`).click();
    const profile = page.getByTestId('wijk-targets').locator('li');
    await expect.poll(() => profile.getAttribute('data-kept')).toBe('false');
    // The same check in the same words: status, balance and what compensates.
    expect((await profile.textContent())!.replace(/\s+/g, ' ').trim()).toBe(ledgerText);
    expect(ledgerText).toMatch(/Geen voorstel compenseert hier/);

    // On paper too (the PDF's standard font writes ≥ as >=).
    const [pdfFile] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('wijk-print').click(),
    ]);
    const pdf = (await readPdf(readFileSync((await pdfFile.path())!))).text.replace(/\s+/g, '');
    expect(pdf).toContain(
      `>=${String(today).replace(/\B(?=(\d{3})+$)/g, '.')}m²:Gemistmet${miss}m²bvo`,
    );
    expect(pdf).toContain('Geenvoorstelcompenseerthier.');
    expect(pdf).not.toContain('?');
    await page.screenshot({ path: artifact('wijkprofiel-target.png') });
    expect(errors).toEqual([]);
    await context.close();
  });
});
