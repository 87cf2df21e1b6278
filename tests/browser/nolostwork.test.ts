/**
 * Issue 13: links, files, tabs, reloads, crashes and damaged storage never
 * lose the planner's own proposals.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProposalFeature } from '../../src/analysis/proposals/types.ts';
import { createDefaultState, encodeState } from '../../src/share/index.ts';
import { toSavedRecord } from '../../src/share/saved-state.ts';
import { HARBOUR_PART, drawPolygon, showHarbourForDrawing } from './drawing.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium.ts';
import { openApp, startHarness, type Harness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const KEY = 'werkruimte.proposals.v1';

/** A proposal on the harbour, shifted east by `k` × 0.005°. */
function proposal(id: string, k: number, name = id): ProposalFeature {
  const ring = HARBOUR_PART.map(([x, y]) => [x + k * 0.005, y]);
  return {
    type: 'Feature',
    properties: { id, name, use: 'woningbouw', homes: 0, bvoM2: 0, status: 'concept', note: '' },
    geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]!]] },
  };
}

/** Puts proposals in the page's storage (as a saved list of revision 1) and opens the app. */
async function seed(page: Page, raw: string): Promise<void> {
  await page.goto(harness.baseUrl);
  await page.evaluate(
    ({ key, raw }) => {
      localStorage.setItem(key, raw);
      sessionStorage.clear();
    },
    { key: KEY, raw },
  );
  await openApp(page, harness.baseUrl);
}
const seedList = (page: Page, list: ProposalFeature[]) =>
  seed(page, JSON.stringify(toSavedRecord(list, 1, 0)));

const names = async (page: Page): Promise<string[]> => {
  await page.getByRole('tab', { name: 'Voorstellen' }).click();
  const list = page.getByTestId('proposal-list');
  if ((await list.count()) === 0) return [];
  return list.locator('.name').allTextContents();
};
const storedNames = (page: Page) =>
  page.evaluate((key) => {
    const fc = JSON.parse(localStorage.getItem(key) ?? '{"features":[]}') as {
      features: { properties: { name: string } }[];
    };
    return fc.features.map((f) => f.properties.name);
  }, KEY);

describe('nothing lost (issue 13)', () => {
  it('a broken link and a foreign link never overwrite the own proposals', async () => {
    const { page, context, errors } = await harness.newPage();
    await seedList(page, [proposal('a', 0), proposal('b', 1), proposal('c', 2)]);
    expect(await names(page)).toEqual(['a', 'b', 'c']);

    // The reproduction: open a broken link in a new tab, close it, open the app.
    const broken = await context.newPage();
    await openApp(broken, `${harness.baseUrl}#s=2.AAAA`);
    await broken.close();
    const again = await context.newPage();
    await openApp(again, harness.baseUrl);
    expect(await names(again)).toEqual(['a', 'b', 'c']);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('a colleague’s link is shown as a map from a link; keep, add or go back', async () => {
    const { page, context, errors } = await harness.newPage();
    await seedList(page, [proposal('a', 0), proposal('b', 1), proposal('c', 2)]);

    // A colleague's link with one other proposal: shown as a map from a link, own work kept.
    const link = encodeState({
      ...createDefaultState(),
      proposals: [proposal('x', 3, 'Van Anna')],
    });
    const other = page;
    // A query makes it a real page load (a changed #fragment alone is not a navigation).
    await openApp(other, `${harness.baseUrl}?from=mail#s=${link}`);
    await expect
      .poll(() => other.getByTestId('link-view').textContent())
      .toContain('Kaart uit een link');
    expect(await names(other)).toEqual(['Van Anna']);
    expect(await storedNames(other)).toEqual(['a', 'b', 'c']);
    await other.getByRole('button', { name: 'Terug naar mijn voorstellen' }).click();
    expect(await names(other)).toEqual(['a', 'b', 'c']);

    // A cut-off link: what decodes is opened, the notice names the proposals it left out.
    const long = encodeState({
      ...createDefaultState(),
      title: 'Raad 12 mei',
      proposals: Array.from({ length: 30 }, (_, i) => proposal(`y${i}`, i % 6, `Knip ${i}`)),
    });
    await openApp(
      other,
      `${harness.baseUrl}?cut=1#s=${long.slice(0, Math.floor(long.length * 0.8))}`,
    );
    await expect
      .poll(() => other.locator('body').textContent())
      .toContain('voorstellen kon niet worden gelezen');
    expect(await storedNames(other)).toEqual(['a', 'b', 'c']);

    await openApp(other, `${harness.baseUrl}?x=1#s=${link}`);
    await other.getByRole('button', { name: 'Voeg toe aan mijn voorstellen' }).click();
    expect(await names(other)).toEqual(['a', 'b', 'c', 'Van Anna']);
    await expect.poll(() => storedNames(other)).toEqual(['a', 'b', 'c', 'Van Anna']);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('an edit followed by a reload within 100 ms is kept (revision stamp beats the older URL)', async () => {
    const { page, context } = await harness.newPage();
    await seedList(page, [proposal('a', 0)]);
    // Wait until the URL carries the proposal (the app wrote its own link).
    await page.waitForFunction(() => sessionStorage.getItem('werkruimte.ownLink.v1') !== null);
    await page.getByRole('tab', { name: 'Voorstellen' }).click();
    await page.getByTestId('proposal-list').locator('button').first().click();
    await page.getByTestId('proposal-use').selectOption('bedrijventerrein');
    await page.reload();
    await openApp(page, page.url());
    await page.getByRole('tab', { name: 'Voorstellen' }).click();
    await expect
      .poll(() => page.getByTestId('proposal-list').textContent())
      .toContain('Bedrijventerrein');
    expect(await page.getByTestId('link-view').count()).toBe(0);
    await context.close();
  });

  it('two tabs see each other’s changes and never overwrite newer work', async () => {
    const { page: one, context } = await harness.newPage();
    await seedList(one, [proposal('a', 0), proposal('b', 1)]);
    const two = await context.newPage();
    await openApp(two, harness.baseUrl);
    expect(await names(two)).toEqual(['a', 'b']);

    // Tab 1 changes a; tab 2 sees it.
    await one.getByRole('tab', { name: 'Voorstellen' }).click();
    await one.getByTestId('proposal-list').locator('button').first().click();
    await one.getByTestId('proposal-use').selectOption('bedrijventerrein');
    await expect
      .poll(() => two.getByTestId('proposal-list').textContent())
      .toContain('Bedrijventerrein');
    // Tab 2 deletes b; tab 1 sees it, and a keeps tab 1's change.
    await two.getByTestId('proposal-list').locator('button').nth(1).click();
    await two.getByRole('button', { name: /verwijder/i }).click();
    await expect.poll(() => names(one)).toEqual(['a']);
    expect(await one.getByTestId('proposal-list').textContent()).toContain('Bedrijventerrein');
    const stored = await one.evaluate((key) => localStorage.getItem(key) ?? '', KEY);
    expect(stored).toContain('bedrijventerrein');
    expect(stored).not.toContain('"b"');
    await context.close();
  });

  it('damaged storage is kept aside and offered for download; importing is refused for data files and works twice', async () => {
    const { page, context, errors } = await harness.newPage();
    const garbage = '{"type":"FeatureCollection","features":[{"type":"Feat';
    await seed(page, garbage);
    const banner = page.getByTestId('storage-damaged');
    await expect.poll(() => banner.textContent()).toContain('beschadigd');
    const download = page.waitForEvent('download');
    await banner.getByRole('button', { name: 'Download het beschadigde origineel' }).click();
    const file = await (await download).path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(file, 'utf8')).toBe(garbage);

    // The Importeren button (the first edit): the same file twice gives two proposals.
    await page.getByRole('tab', { name: 'Voorstellen' }).click();
    const input = page.getByTestId('proposal-import');
    const fc = JSON.stringify({
      type: 'FeatureCollection',
      features: [proposal('p', 0, 'Uit bestand')],
    });
    const upload = {
      name: 'voorstel.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(fc),
    };
    await input.setInputFiles(upload);
    await expect.poll(() => names(page)).toEqual(['Uit bestand']);
    await input.setInputFiles(upload);
    await expect.poll(() => names(page)).toEqual(['Uit bestand', 'Uit bestand']);
    expect(
      await page.getByRole('status').filter({ hasText: 'geïmporteerd' }).textContent(),
    ).toContain('1 voorstel');

    // A bestemmingsplan is data, not proposals: one message, nothing added.
    const plan = JSON.stringify({
      type: 'FeatureCollection',
      features: [1, 2, 3].map(() => ({
        ...proposal('q', 1),
        properties: { bestemmingshoofdgroep: 'wonen', werkruimte: 'x' },
      })),
    });
    await input.setInputFiles({
      name: 'plan.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(plan),
    });
    await expect
      .poll(() => page.getByTestId('proposal-panel').textContent())
      .toContain('geen voorstellen');
    expect(await names(page)).toEqual(['Uit bestand', 'Uit bestand']);

    // The damaged original is still kept aside after the edits.
    const aside = await page.evaluate(() =>
      localStorage.getItem('werkruimte.proposals.damaged.v1'),
    );
    expect(JSON.parse(aside!).raw).toBe(garbage);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a file of 100,000 bad features gives one grouped line and a download, not 100,000 rows', async () => {
    const { page, context, errors } = await harness.newPage();
    await seedList(page, [proposal('a', 0)]);
    await page.getByRole('tab', { name: 'Voorstellen' }).click();

    // A big file shows its progress and can be cancelled: nothing is added.
    const dir = mkdtempSync(join(tmpdir(), 'werkruimte-import-'));
    const big = join(dir, 'groot.geojson');
    const bad = `{"type":"Feature","properties":{"name":"f"},"geometry":{"type":"Polygon","coordinates":[[[5.1,52.1],[5.1,"x"]]]}}`;
    writeFileSync(
      big,
      `{"type":"FeatureCollection","features":[${Array(400_000).fill(bad).join(',')}]}`,
    );
    await page.getByTestId('proposal-import').setInputFiles(big);
    const reading = page.getByTestId('import-reading');
    await reading.locator('progress').waitFor();
    expect(await reading.textContent()).toContain('groot.geojson');
    await reading.getByRole('button', { name: 'Annuleren' }).click();
    await expect
      .poll(() => page.getByTestId('import-cancelled').textContent())
      .toContain('geannuleerd');
    expect(await names(page)).toEqual(['a']);
    rmSync(dir, { recursive: true, force: true });
    const features = Array.from(
      { length: 100_000 },
      (_, i) =>
        `{"type":"Feature","properties":{"name":"f${i}"},"geometry":{"type":"Polygon","coordinates":[[[5.1,52.1],[5.1,"x"]]]}}`,
    );
    await page.getByTestId('proposal-import').setInputFiles({
      name: 'slecht.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(`{"type":"FeatureCollection","features":[${features.join(',')}]}`),
    });
    const list = page.getByTestId('import-problems');
    await expect.poll(() => list.textContent(), { timeout: 60_000 }).toContain('100.000 ×');
    expect(await list.locator('li').count()).toBeLessThan(10);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Download de volledige lijst/ }).click();
    const { readFileSync } = await import('node:fs');
    const lines = readFileSync(await (await download).path(), 'utf8')
      .trim()
      .split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(100_000);
    expect(await names(page)).toEqual(['a']);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('a crash 100 ms after an edit keeps the edit', async () => {
    const exe = await chromiumExecutable();
    const profile = mkdtempSync(join(tmpdir(), 'werkruimte-crash-'));
    const launch = async (): Promise<{ proc: ChildProcess; page: Page }> => {
      const proc = spawn(
        exe,
        [
          ...CHROMIUM_ARGS,
          '--headless',
          `--user-data-dir=${profile}`,
          '--remote-debugging-port=0',
          'about:blank',
        ],
        // Its own process group, so the kill below takes its helper processes with it.
        { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
      );
      const ws = await new Promise<string>((resolve, reject) => {
        let err = '';
        proc.stderr!.on('data', (d: Buffer) => {
          err += d.toString();
          const m = /DevTools listening on (ws:\S+)/.exec(err);
          if (m) resolve(m[1]!);
        });
        proc.on('exit', () => reject(new Error(`chromium exited: ${err.slice(-500)}`)));
      });
      const browser = await chromium.connectOverCDP(ws);
      const context = browser.contexts()[0]!;
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        return url.hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      return { proc, page };
    };
    /** Kills the whole browser (its process group) at once, as a crash would. */
    const kill = async (proc: ChildProcess): Promise<void> => {
      const exited = new Promise((r) => proc.once('exit', r));
      process.kill(-proc.pid!, 'SIGKILL');
      await exited;
    };
    try {
      const first = await launch();
      await openApp(first.page, harness.baseUrl);
      await showHarbourForDrawing(first.page);
      await drawPolygon(first.page, HARBOUR_PART);
      expect(await names(first.page)).toEqual(['Voorstel 1']);
      // The crash: the whole browser is killed 100 ms after the edit, no chance to flush.
      await new Promise((r) => setTimeout(r, 100));
      await kill(first.proc);

      const second = await launch();
      await openApp(second.page, harness.baseUrl);
      await expect.poll(() => names(second.page)).toEqual(['Voorstel 1']);
      await kill(second.proc);
    } finally {
      // A helper process can still be closing its files in the profile: retry the removal.
      rmSync(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
    }
  });
});
