/**
 * Locatiecheck in Chromium: pick a program, click the map, read the verdict
 * card, see the conflict lines; the activity search; drawing a polygon.
 * The target place is found in node with the same rules on the same demo
 * files, so the test follows the demo city if the generator changes.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAppLayers } from '../../src/cli/load-layers.ts';
import { toWgs84 } from '../../src/geo/crs.ts';
import { buildDataset, dwellingZoneIndex } from '../../src/domain/dataset.ts';
import { checkLocation, type Conflict } from '../../src/rules/location-check.ts';
import { categoryRank } from '../../src/rules/vng.ts';
import { artifact, openApp, startHarness, waitForIdle, type Harness } from './harness.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
let harness: Harness;

/** A dwelling outside every zone whose nearest conflict is a business of category ≥ 4.1. */
let cachedTarget: { lngLat: [number, number]; conflict: Conflict; verdict: string } | undefined;
function findTarget(): { lngLat: [number, number]; conflict: Conflict; verdict: string } {
  cachedTarget ??= searchTarget();
  return cachedTarget;
}

function searchTarget(): { lngLat: [number, number]; conflict: Conflict; verdict: string } {
  const ds = buildDataset(loadAppLayers(ROOT));
  let best: { lngLat: [number, number]; conflict: Conflict; verdict: string } | undefined;
  for (let k = 0; k < ds.dwellings.count; k++) {
    if (dwellingZoneIndex(ds, k) >= 0) continue;
    const lngLat = toWgs84([ds.dwellings.xs[k]!, ds.dwellings.ys[k]!]);
    const v = checkLocation(ds, { type: 'Point', coordinates: lngLat }, { kind: 'housing' });
    const first = v.conflicts[0];
    if (!first || categoryRank(first.milieucategorie) < categoryRank('4.1')) continue;
    if (!best || first.distanceM < best.conflict.distanceM) {
      best = { lngLat, conflict: first, verdict: v.verdict };
    }
  }
  if (!best) throw new Error('the demo city has no home near a heavy business');
  return best;
}

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function openLocatiecheck(page: Page) {
  await openApp(page, harness.baseUrl);
  await page.getByRole('tab', { name: 'Locatiecheck' }).click();
  await page.getByTestId('locatiecheck-panel').waitFor();
}

/** Centres the map on a place and returns its screen position. */
async function screenPointOf(page: Page, lngLat: [number, number], zoom = 15.5) {
  await page.evaluate(
    ([c, z]) =>
      window.__werkruimte!.map.jumpTo({ center: c as [number, number], zoom: z as number }),
    [lngLat, zoom] as const,
  );
  await waitForIdle(page);
  return page.evaluate((c) => {
    const map = window.__werkruimte!.map;
    const p = map.project(c as [number, number]);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, lngLat);
}

describe('Locatiecheck', () => {
  it('checks housing next to a heavy business: verdict, reason with metres, conflict line', async () => {
    const target = findTarget();
    const { page, context, errors } = await harness.newPage();
    await openLocatiecheck(page);
    await page.getByRole('radio', { name: 'Wonen' }).check();
    const { x, y } = await screenPointOf(page, target.lngLat);
    await page.mouse.click(x, y);

    const card = page.getByTestId('verdict-card');
    await card.waitFor();
    const verdict = await card.getAttribute('data-verdict');
    expect(['niet-toegestaan', 'voorwaardelijk']).toContain(verdict);
    expect(verdict).toBe(target.verdict);
    const heading = await card.locator('h3').textContent();
    expect(heading).toMatch(/Niet toegestaan|Voorwaardelijk/);

    const metres = new Intl.NumberFormat('nl-NL', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(target.conflict.distanceM);
    const reasons = await card.locator('.reasons li').allTextContents();
    const named = reasons.find((r) => r.includes(`‘${target.conflict.name}’`));
    expect(named, reasons.join('\n')).toBeDefined();
    expect(named).toContain(`categorie ${target.conflict.milieucategorie}`);
    expect(named).toContain(`ligt op ${metres} m`);

    await waitForIdle(page);
    const lines = await page.evaluate(() => {
      const map = window.__werkruimte!.map;
      return map
        .queryRenderedFeatures({
          layers: ['locatiecheck-conflict-line', 'locatiecheck-conflict-line-dashed'],
        })
        .map((f) => String(f.properties['label']));
    });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.some((l) => l.startsWith(`${metres} m / `))).toBe(true);
    // The click picked a place; it did not open the info panel.
    expect(await page.getByTestId('info-panel').count()).toBe(0);
    await page.screenshot({ path: artifact('locatiecheck-housing.png') });
    await card.screenshot({ path: artifact('locatiecheck-card.png') });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone, a tap shows the verdict in the panel and the page does not scroll', async () => {
    const target = findTarget();
    const { page, context, errors } = await harness.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await openLocatiecheck(page);
    await page.getByRole('radio', { name: 'Wonen' }).check();
    const { x, y } = await screenPointOf(page, target.lngLat);
    await page.mouse.click(x, y);
    const card = page.getByTestId('verdict-card');
    await card.waitFor();
    // Wait until the panel has brought the card into view, then look at the whole page.
    await page.waitForFunction(() => {
      const box = document.querySelector('[data-testid="verdict-card"]')!.getBoundingClientRect();
      return box.top >= 0 && box.top < innerHeight;
    });
    const layout = await page.evaluate(() => {
      const zoomIn = document.querySelector('.maplibregl-ctrl-zoom-in')!.getBoundingClientRect();
      const side = document.querySelector('.side')!.getBoundingClientRect();
      const card = document.querySelector('[data-testid="verdict-card"]')!.getBoundingClientRect();
      return {
        scrollY: window.scrollY,
        pageHeight: document.scrollingElement!.scrollHeight,
        mapTop: document.querySelector('.map-area')!.getBoundingClientRect().top,
        zoomInTop: zoomIn.top,
        cardTop: card.top - side.top,
      };
    });
    expect(layout.scrollY).toBe(0);
    expect(layout.pageHeight).toBe(844);
    expect(layout.mapTop).toBe(0);
    expect(layout.zoomInTop).toBeGreaterThanOrEqual(0);
    // The card's heading is at the top of the panel, not cut off above it (sub-pixel rounding aside).
    expect(layout.cardTop).toBeGreaterThanOrEqual(-1);
    await page.screenshot({ path: artifact('locatiecheck-phone.png') });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds activities by word and by SBI code and checks the chosen one', async () => {
    const target = findTarget();
    const { page, context } = await harness.newPage();
    await openLocatiecheck(page);
    await page.getByRole('radio', { name: 'Bedrijfsactiviteit' }).check();
    const combo = page.getByRole('combobox', { name: 'Activiteit (woord of SBI-code)' });
    await combo.fill('bakkerij');
    const options = page.getByRole('listbox').getByRole('option');
    expect(await options.count()).toBeGreaterThan(0);
    expect(await options.first().textContent()).toMatch(/1071.*akkerij.*categorie 2/);
    await page.screenshot({ path: artifact('locatiecheck-activity-search.png') });

    await combo.fill('1071');
    expect(await options.count()).toBeGreaterThan(0);
    for (const text of await options.allTextContents()) expect(text).toContain('1071');
    await combo.press('ArrowDown');
    await combo.press('Enter');
    expect(await page.getByTestId('lc-chosen-activity').textContent()).toContain('SBI 1071');

    const { x, y } = await screenPointOf(page, target.lngLat);
    await page.mouse.click(x, y);
    const card = page.getByTestId('verdict-card');
    await card.waitFor();
    expect(await card.locator('.meta').textContent()).toContain('SBI 1071');
    await context.close();
  });

  it('checks a drawn polygon and copies the memo', async () => {
    const target = findTarget();
    const { page, context } = await harness.newPage();
    await openLocatiecheck(page);
    await page.getByRole('button', { name: 'Teken een vlak' }).click();
    const { x, y } = await screenPointOf(page, target.lngLat);
    const d = 25;
    for (const [dx, dy] of [
      [-d, -d],
      [d, -d],
      [d, d],
    ]) {
      await page.mouse.click(x + dx!, y + dy!);
    }
    expect(await page.locator('.drawing').textContent()).toContain('3 punten gezet');
    await page.mouse.move(x - d, y + d);
    await waitForIdle(page);
    await page.screenshot({ path: artifact('locatiecheck-drawing.png') });
    await page.mouse.dblclick(x - d, y + d);
    const card = page.getByTestId('verdict-card');
    await card.waitFor();
    expect(await card.locator('.meta').textContent()).toMatch(/vlak van [\d.]+ m²/);
    expect(['niet-toegestaan', 'voorwaardelijk']).toContain(
      await card.getAttribute('data-verdict'),
    );
    await waitForIdle(page);
    await page.screenshot({ path: artifact('locatiecheck-polygon.png') });

    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await card.getByRole('button', { name: 'Kopieer tekst' }).click();
    await card.getByText('Tekst gekopieerd.').waitFor();
    const memo = await page.evaluate(() => navigator.clipboard.readText());
    expect(memo).toContain('Locatiecheck Werkruimte');
    expect(memo).toContain(`‘${target.conflict.name}’`);
    await context.close();
  });

  it('checks the map centre with Enter on the focused map', async () => {
    const target = findTarget();
    const { page, context } = await harness.newPage();
    await openLocatiecheck(page);
    await screenPointOf(page, target.lngLat);
    await page.locator('canvas').focus();
    await page.keyboard.press('Enter');
    // Keyboard use shows where Enter acts: the centre of the map.
    expect(await page.locator('.lc-crosshair').count()).toBe(1);
    const card = page.getByTestId('verdict-card');
    await card.waitFor();
    expect(await card.getAttribute('data-verdict')).toBe(target.verdict);
    await context.close();
  });

  it('downloads batch verdicts as CSV for Dutch Excel: every business, and a CSV of places (issue 14)', async () => {
    const ds = buildDataset(loadAppLayers(ROOT));
    const { page, context, errors } = await harness.newPage();
    await openLocatiecheck(page);
    const [all] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('batch-businesses').click(),
    ]);
    expect(all.suggestedFilename()).toBe('oordelen-bedrijven.csv');
    const csv = readFileSync(await all.path(), 'utf8');
    expect(csv.startsWith('\uFEFFid;naam;x (RD);y (RD);oordeel;doorslaggevende regel;')).toBe(true);
    const lines = csv
      .slice(1)
      .split('\r\n')
      .filter((l) => l !== '');
    expect(lines.length - 1).toBe(ds.businesses.length);
    // Homes where a business on a park stands: refused by the plan, named in words and code.
    expect(csv).toContain(
      ';Niet toegestaan;geen wonen op een bedrijventerrein;HOUSING_ON_BUSINESS_PARK;',
    );
    expect(await page.getByTestId('batch-summary').textContent()).toContain(
      `${ds.businesses.length} plekken getoetst`,
    );

    const [one] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('batch-file').setInputFiles({
        name: 'plekken.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('id;x;y\nA;167243;492840\nB;abc;493000\n'),
      }),
    ]);
    const rows = readFileSync(await one.path(), 'utf8').split('\r\n');
    expect(rows[1]).toMatch(/^A;;167243,00;492840,00;/);
    expect(rows.filter((l) => l !== '')).toHaveLength(2);
    expect(await page.getByTestId('batch-problems').textContent()).toMatch(/regel 3/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
