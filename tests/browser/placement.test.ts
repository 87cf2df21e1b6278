import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HARBOUR_PART, drawPolygon, showHarbourForDrawing } from './drawing.ts';
import { decodeState, readShareParam } from '../../src/share/index.ts';
import { artifact, openApp, startHarness, waitForIdle, type Harness } from './harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

interface CandidateOnMap {
  /** Ranks of the candidate zones in the overlay's source data. */
  sourceRanks: number[];
  /** Label texts rendered on screen. */
  labels: string[];
  /** Ranks of the highlighted zones rendered on screen. */
  zoneRanks: number[];
}

/** A Dutch whole number ("28.140") as a number. */
const dutchNumber = (s: string): number => Number(s.replace(/\./g, '').replace(',', '.'));

/** The URL once it holds the current state (see tests/browser/share.test.ts). */
async function waitForUrl(page: Page): Promise<string> {
  await page.waitForFunction(() => document.documentElement.dataset.shareUrl === 'written', null, {
    timeout: 10_000,
  });
  return page.evaluate(() => location.href);
}

/** Adds a gebiedsprofiel target in the Juiste plek tab (the tab must be open). */
async function addTarget(page: Page, area: string, minBvoM2: number): Promise<void> {
  await page.getByTestId('target-area').selectOption(area);
  await page.getByTestId('target-min').fill(String(minBvoM2));
  await page.getByTestId('target-add').click();
}

/** What the placement overlay holds and what of it the map renders in the current view. */
const candidatesOnMap = (page: Page) =>
  page.evaluate(async (): Promise<CandidateOnMap> => {
    const map = window.__werkruimte!.map;
    const source = map.getSource('placement') as unknown as {
      getData: () => Promise<GeoJSON.FeatureCollection>;
    };
    const data = await source.getData();
    const ranks = (fs: { properties: GeoJSON.GeoJsonProperties }[]) =>
      [...new Set(fs.map((f) => Number(f.properties!.rank)))].sort((a, b) => a - b);
    return {
      sourceRanks: ranks(data.features.filter((f) => f.properties!.kind === 'candidate-zone')),
      labels: map
        .queryRenderedFeatures(undefined, { layers: ['placement-candidate-label'] })
        .map((f) => String(f.properties.text))
        .sort(),
      zoneRanks: ranks(
        map.queryRenderedFeatures(undefined, { layers: ['placement-candidate-zone-fill'] }),
      ),
    };
  });

/**
 * What of the Juiste plek panel sticks out of the panel's box sideways (it would be cut off or
 * make the side panel scroll sideways): one line per element, with how far.
 */
const outsidePanel = (page: Page) =>
  page.evaluate(() => {
    const panel = document.querySelector('[data-testid="placement-panel"]')!;
    const box = panel.getBoundingClientRect();
    const out: string[] = [];
    for (const el of panel.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const by = Math.max(box.left - r.left, r.right - box.right);
      if (by > 0.5) {
        const id = el.getAttribute('data-testid') ?? el.textContent?.trim().slice(0, 30);
        out.push(`${el.tagName.toLowerCase()} "${id}" ${Math.round(by)} px`);
      }
    }
    const side = panel.closest('aside')!;
    if (side.scrollWidth > side.clientWidth + 0.5)
      out.push(`side panel scrolls sideways by ${side.scrollWidth - side.clientWidth} px`);
    return out;
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
    const items = box.locator('[data-testid="relocation-candidate"]');
    await items.first().waitFor();
    const texts = await items.allTextContents();
    // The harbour firms are heavy and small: three places take them on the demo city.
    expect(texts).toHaveLength(3);
    for (const t of texts) expect(t).toMatch(/Toegestaan|Voorwaardelijk/);
    const names = await items.locator('strong').allTextContents();

    // Opening the options moves the map to them (the test does not move it): every candidate
    // is in the source, its zone highlighted and its numbered label on screen.
    await waitForIdle(page);
    await expect
      .poll(() => candidatesOnMap(page))
      .toEqual({
        sourceRanks: [1, 2, 3],
        labels: names.map((n, i) => `${i + 1}. ${n}`).sort(),
        zoneRanks: [1, 2, 3],
      });
    await page.screenshot({ path: artifact('placement-relocation.png') });

    // Closing them takes them off the map.
    await first.click();
    await expect.poll(async () => (await candidatesOnMap(page)).sourceRanks).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('ranks candidates for a zoekprofiel, shows them on the map and says why zones drop out', async () => {
    const { page, errors } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    await page.getByRole('tab', { name: 'Juiste plek' }).click();
    await page.getByTestId('mismatch-totals').waitFor();
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

    // 5,000 m² is no multiple of the field's old step: the form must still submit.
    await page.getByTestId('search-category').selectOption('3.2');
    await page.getByTestId('search-area').fill('5000');
    await page.getByTestId('search-run').click();
    const rows = page.getByTestId('candidates').locator('tbody tr');
    await rows.first().waitFor();
    // Demo city, 3.2 on 5,000 m² land: five parks permit it with room, three productive
    // districts conditionally (what the pure search answers on the demo data).
    expect(await rows.count()).toBe(8);
    await expect
      .poll(() => page.getByTestId('candidates-rejected').textContent())
      .toMatch(/te weinig vrije ruimte/);

    await page.getByTestId('candidates-show').click();
    await waitForIdle(page);
    await expect
      .poll(async () => {
        const on = await candidatesOnMap(page);
        return [on.sourceRanks.length, on.labels.length, on.zoneRanks.length];
      })
      .toEqual([8, 8, 8]);
    await page.screenshot({ path: artifact('placement-tab.png') });

    // A firm that fits nowhere: the tab says so and why, per group of zones.
    await page.getByTestId('search-category').selectOption('6');
    await page.getByTestId('search-area').fill('500000');
    await page.getByTestId('search-run').click();
    await expect
      .poll(() => page.getByTestId('candidates-none').textContent())
      .toMatch(/Past nergens: .*categorie te hoog voor de zone.*te weinig vrije ruimte/);
    expect(await page.getByTestId('candidates').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('keeps a gebiedsprofiel target, says by how much a proposal misses it, and carries it in the link', async () => {
    const { page, context, errors } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    await page.getByRole('tab', { name: 'Juiste plek' }).click();
    // A target of 0 m² says what the park holds today; then the target is exactly that.
    await addTarget(page, 'zone:BT01', 0);
    const first = page.getByTestId('targets').locator('li');
    await expect.poll(() => first.textContent()).toMatch(/Gehaald: [\d.]+ m² bvo/);
    const today = dutchNumber(/Gehaald: ([\d.]+) m²/.exec((await first.textContent())!)![1]!);
    expect(today).toBeGreaterThan(0);
    await first.getByRole('button').click();
    await addTarget(page, 'zone:BT01', today);
    await expect.poll(() => first.getAttribute('data-kept')).toBe('true');

    // Housing on the harbour displaces firms: the ledger says the target is missed by their m².
    await showHarbourForDrawing(page);
    await drawPolygon(page, HARBOUR_PART);
    await page.getByTestId('proposal-use').selectOption('woningbouw');
    const ledger = page.getByTestId('ledger-targets').locator('li');
    await expect.poll(() => ledger.getAttribute('data-kept')).toBe('false');
    const bvo = await page
      .getByTestId('displaced')
      .locator('tbody tr:not(.relocate-row) td:nth-child(3)')
      .allTextContents();
    const displacedM2 = bvo.map(dutchNumber).reduce((a, b) => a + b, 0);
    expect(displacedM2).toBeGreaterThan(0);
    const text = (await ledger.textContent())!;
    expect(dutchNumber(/Gemist met ([\d.]+) m²/.exec(text)![1]!)).toBe(displacedM2);
    expect(text).toMatch(/Geen voorstel compenseert hier/);

    // The link carries the target; a colleague opening it (fresh storage) sees it missed too.
    const href = await waitForUrl(page);
    expect(decodeState(readShareParam(href)).state.targets).toEqual([
      { kind: 'zone', id: 'BT01', minBvoM2: today },
    ]);
    const colleague = await harness.newPage();
    await openApp(colleague.page, href);
    await colleague.page.getByRole('tab', { name: 'Juiste plek' }).click();
    await expect
      .poll(() => colleague.page.getByTestId('targets').locator('li').getAttribute('data-kept'))
      .toBe('false');
    expect(colleague.errors).toEqual([]);
    await colleague.context.close();

    // Kept in the workspace: the app opened again without a link still has it.
    await openApp(page, harness.baseUrl);
    await page.getByRole('tab', { name: 'Juiste plek' }).click();
    await expect
      .poll(() => page.getByTestId('targets').locator('li strong').allTextContents())
      .toEqual(['Havenkwartier-West']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['laptop', 1366, 768],
    ['phone', 390, 844],
  ])(
    'keeps the form, the tables and the candidates inside the panel on a %s',
    async (_, width, height) => {
      const { page, context, errors } = await harness.newPage();
      await page.setViewportSize({ width, height });
      await openApp(page, harness.baseUrl);
      await page.getByRole('tab', { name: 'Juiste plek' }).click();
      await page.getByTestId('mismatch-table').waitFor();
      await page.getByTestId('search-category').selectOption('3.2');
      await page.getByTestId('search-area').fill('5000');
      await page.getByTestId('search-run').click();
      await page.getByTestId('candidates').locator('tbody tr').first().waitFor();
      await page.getByTestId('target-area').selectOption('zone:BT01');
      await page.getByTestId('target-add').click();
      await page.getByTestId('targets').waitFor();
      expect(await outsidePanel(page)).toEqual([]);
      // The search button and the checkbox's label in full, not cut at the panel's edge.
      for (const el of [page.getByTestId('search-run'), page.getByTestId('require-park')]) {
        const fits = await el.evaluate((e) => {
          const b = e.closest('[data-testid="placement-panel"]')!.getBoundingClientRect();
          const r = (e.closest('label') ?? e).getBoundingClientRect();
          return (
            r.left >= b.left - 0.5 && r.right <= b.right + 0.5 && e.scrollWidth <= e.clientWidth + 1
          );
        });
        expect(fits).toBe(true);
      }
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
