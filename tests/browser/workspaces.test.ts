/**
 * Workspaces in Chromium (issue 12): an own workspace is kept in IndexedDB and comes back after a
 * reload; the switcher goes to the demo city and back; a workspace is exported as one file and
 * imported again; and when storage is full the user is told and the workspace stored before is
 * still there. Real files from ../shared/realdata.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REALDATA } from '../unit/io/realdata.ts';
import { HARBOUR_PART, drawPolygon, showHarbourForDrawing } from './drawing.ts';
import { openApp, startHarness, waitForIdle, type Harness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const count = (page: Page, layerId: string) =>
  page.evaluate((id) => window.__werkruimte!.featuresOf(id).length, layerId);
const banner = (page: Page) => page.getByTestId('workspace-notice').textContent();
const optionTexts = (page: Page) =>
  page.getByTestId('workspace-switch').locator('option').allTextContents();

/** Opens files in the Gegevens tab, answers the plan's categories, names and loads them. */
async function loadFiles(page: Page, names: string[], workspaceName: string): Promise<void> {
  await page.getByRole('tab', { name: 'Gegevens' }).click();
  await page.getByTestId('owndata-input').setInputFiles(names.map((n) => join(REALDATA, n)));
  const dialog = page.getByTestId('owndata-dialog');
  await dialog.waitFor({ timeout: 60_000 });
  const all = dialog.getByRole('combobox', { name: 'Alle zonder categorie' });
  if (names.some((n) => n.endsWith('.gml'))) {
    await all.waitFor();
    await all.selectOption('2');
  }
  await dialog.getByTestId('owndata-name').fill(workspaceName);
  await dialog.getByRole('button', { name: 'Laden in de werkruimte' }).click();
  await dialog.waitFor({ state: 'detached', timeout: 60_000 });
}

const proposalNames = (page: Page) =>
  page.getByTestId('proposal-panel').locator('[data-testid=proposal-list] .name').allTextContents();

/** Draws a square of a tenth of the view around the map's centre (snapping off). */
async function drawAtCentre(page: Page, offset: number): Promise<void> {
  await page.getByRole('tab', { name: 'Voorstellen' }).click();
  await waitForIdle(page);
  const snapping = page.getByTestId('snapping');
  if (await snapping.isChecked()) await snapping.uncheck();
  const corners = await page.evaluate((k) => {
    const b = window.__werkruimte!.map.getBounds();
    const w = (b.getEast() - b.getWest()) / 10;
    const h = (b.getNorth() - b.getSouth()) / 10;
    const x = b.getWest() + w * (3 + 2 * k);
    const y = b.getSouth() + h * 4;
    return [
      [x, y],
      [x + w, y],
      [x + w, y + h],
      [x, y + h],
    ] as [number, number][];
  }, offset);
  await drawPolygon(page, corners);
}

describe('Workspaces', () => {
  it('keeps each workspace’s own proposals: switching swaps them, a reload keeps both, the file carries them', async () => {
    const { page, context, errors } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    // The demo city's proposal.
    await showHarbourForDrawing(page);
    await drawPolygon(page, HARBOUR_PART);
    await expect.poll(() => proposalNames(page)).toHaveLength(1);
    const demoNames = await proposalNames(page);

    // A new workspace starts with none of them; two are drawn in it.
    await loadFiles(page, ['imro-2012-durperveld.gml'], 'Durperveld');
    await expect
      .poll(() => optionTexts(page))
      .toContainEqual(expect.stringContaining('Durperveld'));
    const ownId = await page
      .getByTestId('workspace-switch')
      .locator('option', { hasText: 'Durperveld' })
      .getAttribute('value');
    await page.getByRole('tab', { name: 'Voorstellen' }).click();
    await expect.poll(() => proposalNames(page)).toEqual([]);
    await drawAtCentre(page, 0);
    await page.keyboard.press('Escape');
    await drawAtCentre(page, 1);
    await expect.poll(() => proposalNames(page)).toHaveLength(2);
    const ownNames = await proposalNames(page);

    // Switching swaps the lists.
    const switchTo = async (id: string) => {
      await page.getByRole('tab', { name: 'Gegevens' }).click();
      await page.getByTestId('workspace-switch').selectOption(id);
      await page.getByRole('tab', { name: 'Voorstellen' }).click();
    };
    await switchTo('demo');
    await expect.poll(() => proposalNames(page)).toEqual(demoNames);
    await switchTo(ownId!);
    await expect.poll(() => proposalNames(page)).toEqual(ownNames);

    // A reload keeps both.
    await page.reload();
    await expect.poll(() => banner(page), { timeout: 30_000 }).toContain('Durperveld');
    await page.getByRole('tab', { name: 'Voorstellen' }).click();
    await expect.poll(() => proposalNames(page), { timeout: 30_000 }).toEqual(ownNames);
    await switchTo('demo');
    await expect.poll(() => proposalNames(page)).toEqual(demoNames);
    await switchTo(ownId!);
    await expect.poll(() => proposalNames(page)).toEqual(ownNames);

    // The export file carries them; removed and imported again, the workspace has them back.
    await page.getByRole('tab', { name: 'Gegevens' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('workspace-export').click(),
    ]);
    const file = readFileSync((await download.path())!, 'utf8');
    const parsed = JSON.parse(file) as { proposals: { features: unknown[] }; ruleView?: string };
    expect(parsed.proposals.features).toHaveLength(2);
    expect(parsed.ruleView).toBe('plan');
    await page.getByRole('button', { name: 'Werkruimte verwijderen' }).click();
    await expect.poll(() => optionTexts(page)).toHaveLength(1);
    await page.getByRole('tab', { name: 'Voorstellen' }).click();
    await expect.poll(() => proposalNames(page)).toEqual(demoNames);
    await page.getByRole('tab', { name: 'Gegevens' }).click();
    await page.getByTestId('workspace-import').setInputFiles({
      name: 'Durperveld.werkruimte.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await expect.poll(() => banner(page), { timeout: 30_000 }).toContain('Durperveld');
    await page.getByRole('tab', { name: 'Voorstellen' }).click();
    await expect.poll(() => proposalNames(page)).toEqual(ownNames);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('keeps an own workspace over a reload, switches to the demo and back, exports and imports it', async () => {
    const { page, context, errors } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    await loadFiles(page, ['imro-2012-durperveld.gml'], 'Durperveld');
    expect(await banner(page)).toContain('Durperveld');
    const parks = await count(page, 'bedrijventerreinen');
    expect(parks).toBeGreaterThan(0);
    // Stored: the switcher lists it (after the durable write).
    await expect
      .poll(() => optionTexts(page))
      .toContainEqual(expect.stringContaining('Durperveld'));

    // The app's own link names the workspace; opened where it is missing, the link says so.
    await expect.poll(() => page.url()).toMatch(/#/);
    await expect
      .poll(async () => {
        const other = await harness.newPage();
        await other.page.goto(page.url());
        const text = await other.page
          .getByTestId('link-needs-workspace')
          .textContent({ timeout: 15_000 })
          .catch(() => '');
        await other.context.close();
        return text;
      })
      .toContain('Durperveld');

    // A reload opens it again, not the demo.
    await page.reload();
    await expect.poll(() => banner(page), { timeout: 30_000 }).toContain('Durperveld');
    await expect.poll(() => count(page, 'bedrijventerreinen'), { timeout: 30_000 }).toBe(parks);
    expect(await count(page, 'base-water')).toBe(0);

    // The demo is always there, and comes back unchanged.
    await page.getByRole('tab', { name: 'Gegevens' }).click();
    const demoOption = page.getByTestId('workspace-switch').locator('option').first();
    expect(await demoOption.textContent()).toContain('Voorbeeldstad');
    await page.getByTestId('workspace-switch').selectOption('demo');
    await expect.poll(() => banner(page)).not.toContain('Durperveld');
    await expect.poll(() => count(page, 'base-water')).toBeGreaterThan(0);
    const ownId = await page
      .getByTestId('workspace-switch')
      .locator('option', { hasText: 'Durperveld' })
      .getAttribute('value');
    await page.getByTestId('workspace-switch').selectOption(ownId!);
    await expect.poll(() => banner(page)).toContain('Durperveld');
    await expect.poll(() => count(page, 'bedrijventerreinen')).toBe(parks);

    // Export as one file; remove; import the file back.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('workspace-export').click(),
    ]);
    expect(download.suggestedFilename()).toBe('Durperveld.werkruimte.json');
    const file = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(file)).toMatchObject({ type: 'werkruimte-workspace', version: 1 });
    await page.getByRole('button', { name: 'Werkruimte verwijderen' }).click();
    await expect.poll(() => banner(page)).not.toContain('Durperveld');
    await expect.poll(() => optionTexts(page)).toHaveLength(1);
    await page.getByTestId('workspace-import').setInputFiles({
      name: 'Durperveld.werkruimte.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await expect.poll(() => banner(page), { timeout: 30_000 }).toContain('Durperveld');
    await expect.poll(() => count(page, 'bedrijventerreinen')).toBe(parks);
    expect(await optionTexts(page)).toHaveLength(2);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('says so when storage is full, and the workspace stored before is kept', async () => {
    const { page, context } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    // A small quota (set before any write: Chromium caches the quota it checks against): the plan
    // (about 25 kB stored) fits, the 7,797 panden (about 700 kB) do not.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: new URL(harness.baseUrl).origin,
      quotaSize: 400_000,
    });
    await loadFiles(page, ['imro-2012-durperveld.gml'], 'Durperveld');
    await expect.poll(() => optionTexts(page)).toHaveLength(2);
    await loadFiles(page, ['bag-doesburg-panden-shp.zip'], 'Doesburg');
    const notices = page.locator('.notices');
    await expect
      .poll(() => notices.textContent(), { timeout: 30_000 })
      .toContain('De opslag van de browser is vol');
    // The data is on the map for this visit …
    expect(await count(page, 'woningen')).toBe(7797);
    expect(await banner(page)).toContain('Doesburg');
    // … and the workspace stored before is untouched and opens.
    const options = await optionTexts(page);
    expect(options.some((o) => o.includes('Durperveld'))).toBe(true);
    // Doesburg is listed only as the unsaved workspace on the map.
    expect(options.filter((o) => o.includes('Doesburg'))).toEqual(['Doesburg (niet bewaard)']);
    const ownId = await page
      .getByTestId('workspace-switch')
      .locator('option', { hasText: 'Durperveld' })
      .getAttribute('value');
    await page.getByTestId('workspace-switch').selectOption(ownId!);
    await expect.poll(() => banner(page)).toContain('Durperveld');
    expect(await count(page, 'bedrijventerreinen')).toBeGreaterThan(0);
    await context.close();
  }, 120_000);
});
