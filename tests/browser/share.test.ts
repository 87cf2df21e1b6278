import { HARBOUR_PART, drawPolygon, showHarbourForDrawing, toPixels } from './drawing.ts';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYERS } from '../../layers/index.ts';
import {
  createDefaultState,
  decodeState,
  encodeState,
  readShareParam,
  stateFromGeoJSON,
} from '../../src/share/index.ts';
import { readPdf } from '../support/pdf.ts';
import { artifact, openApp, startHarness, waitForIdle, type Harness } from './harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/**
 * The URL follows the state after a debounce: wait until the app says the URL holds the current
 * state (`<html data-share-url="written">`, set by src/state/share.svelte.ts).
 */
async function waitForUrl(page: Page): Promise<string> {
  // Svelte runs the effect that schedules the write in a microtask after the change; by the time
  // this round trip reaches the page it has marked the URL 'pending'.
  await page.waitForFunction(() => document.documentElement.dataset.shareUrl === 'written', null, {
    timeout: 10_000,
  });
  return page.evaluate(() => location.href);
}

/** Waits until the map's centre is within about a metre of `center` (a flight has ended there). */
async function waitForCenter(page: Page, center: readonly [number, number]): Promise<void> {
  await page.waitForFunction(
    ([lng, lat]) => {
      const map = window.__werkruimte!.map;
      const c = map.getCenter();
      return !map.isMoving() && Math.abs(c.lng - lng) < 1e-5 && Math.abs(c.lat - lat) < 1e-5;
    },
    center,
    { timeout: 10_000 },
  );
}

async function drawProposal(page: Page): Promise<void> {
  await showHarbourForDrawing(page);
  await drawPolygon(page, HARBOUR_PART);
  await page.locator('[data-tool="pan"]').click();
}

/**
 * Share of pixels that differ by more than `tolerance` (0–255) in any channel.
 * Compared in the page: no PNG decoder needed in node.
 */
async function pixelDifference(page: Page, a: Buffer, b: Buffer, tolerance = 40): Promise<number> {
  return page.evaluate(
    async ({ a, b, tolerance }) => {
      const load = async (b64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, c.width, c.height);
      };
      const [x, y] = await Promise.all([load(a), load(b)]);
      if (x.width !== y.width || x.height !== y.height) return 1;
      let differing = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        for (let k = 0; k < 3; k++) {
          if (Math.abs(x.data[i + k]! - y.data[i + k]!) > tolerance) {
            differing++;
            break;
          }
        }
      }
      return differing / (x.width * x.height);
    },
    { a: a.toString('base64'), b: b.toString('base64'), tolerance },
  );
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('sharing in Chromium', () => {
  it('a link reproduces the map in a fresh browser: same decoded state, same picture', async () => {
    const { page, context, errors } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    await drawProposal(page);

    // A location check: housing at a point just west of the harbour park.
    await page.getByRole('tab', { name: 'Locatiecheck' }).click();
    await page.getByRole('radio', { name: 'Wonen' }).check();
    const [place] = await toPixels(page, [[5.6005, 52.4135]]);
    await page.mouse.click(place![0], place![1]);
    await page.getByTestId('verdict-card').waitFor();

    // Layers: one off, one half transparent; a selected business; English; a turned camera.
    await page.getByRole('tab', { name: 'Kaartlagen' }).click();
    await page.locator('[data-layer-toggle="woningen"]').uncheck();
    await page.evaluate(() => {
      const state = window.__werkruimte!.state as {
        layers: Record<string, { opacity: number }>;
        selected: unknown;
      };
      state.layers['bedrijventerreinen']!.opacity = 0.5;
      state.selected = { layerId: 'bedrijven', featureIndex: 0 };
      window.__werkruimte!.map.jumpTo({
        center: [5.6052, 52.4142],
        zoom: 14.6,
        bearing: 25,
        pitch: 20,
      });
    });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Share' }).click();
    await page.getByTestId('view-name').fill('Harbour');
    await page.getByTestId('save-view').click();
    await waitForIdle(page);
    const hrefA = await waitForUrl(page);
    expect(await page.getByTestId('share-link').inputValue()).toBe(hrefA);
    await page.getByTestId('share-panel').screenshot({ path: artifact('share-panel.png') });
    // Copy link and the QR code for the room screen.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: harness.baseUrl,
    });
    await page.getByTestId('copy-link').click();
    await page.getByText('Link copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(hrefA);
    await page.getByTestId('show-qr').click();
    await page.getByTestId('qr-code').waitFor();
    await page.screenshot({ path: artifact('share-qr.png') });
    await page.keyboard.press('Escape');
    await page.getByTestId('qr-code').waitFor({ state: 'hidden' });
    // The opened link shows the tool whose state it carries (the check); so does the builder.
    await page.getByRole('tab', { name: 'Location check' }).click();
    await waitForIdle(page);
    const shotA = await page.locator('main').screenshot({ path: artifact('share-a.png') });

    const a = decodeState(readShareParam(hrefA));
    expect(a.problems).toEqual([]);
    expect(a.state.language).toBe('en');
    expect(a.state.layers['woningen']).toEqual({ visible: false, opacity: 1 });
    expect(a.state.layers['bedrijventerreinen']).toEqual({ visible: true, opacity: 0.5 });
    expect(a.state.selected).toEqual({ layerId: 'bedrijven', featureId: 'B0001' });
    expect(a.state.camera.zoom).toBeCloseTo(14.6, 2);
    expect(a.state.camera.bearing).toBeCloseTo(25, 1);
    expect(a.state.proposals).toHaveLength(1);
    expect(a.state.savedViews.map((v) => v.name)).toEqual(['Harbour']);
    expect(a.state.check?.program).toEqual({ kind: 'housing' });
    expect(a.state.check?.place.type).toBe('Point');

    // A fresh context: no localStorage, nothing shared with the first.
    const fresh = await harness.newPage();
    await openApp(fresh.page, hrefA);
    await waitForIdle(fresh.page);
    const hrefB = await waitForUrl(fresh.page);
    const shotB = await fresh.page.locator('main').screenshot({ path: artifact('share-b.png') });
    const b = decodeState(readShareParam(hrefB));
    expect(b.problems).toEqual([]);
    expect(b.state).toEqual(a.state);
    expect(await fresh.page.locator('h1').first().textContent()).toBe('Werkruimte');
    expect(await fresh.page.getByTestId('info-panel').textContent()).toContain('B0001');
    // The location check is open again with its verdict.
    await fresh.page.getByTestId('verdict-card').waitFor();
    const diff = await pixelDifference(fresh.page, shotA, shotB);
    expect(diff).toBeLessThan(0.01);
    expect(errors).toEqual([]);
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
    await context.close();
  });

  it('carries the surface program, also in an agendapunt', async () => {
    const { page, context, errors } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    await page.getByRole('tab', { name: 'Waar wel, waar niet' }).click();
    await page.waitForSelector('[data-surface-status="ready"]', { timeout: 30_000 });
    await page.locator('[data-surface-program="category"]').check();
    await page.locator('[data-surface-category]').selectOption('4.2');
    await page.waitForSelector('[data-surface-status="ready"]', { timeout: 30_000 });
    await page.getByRole('tab', { name: 'Delen' }).click();
    await page.getByTestId('view-name').fill('Zware bedrijvigheid');
    await page.getByTestId('save-view').click();
    const href = await waitForUrl(page);
    const a = decodeState(readShareParam(href));
    expect(a.state.surface).toEqual({ program: { kind: 'category', milieucategorie: '4.2' } });
    expect(a.state.savedViews[0]?.program).toEqual({ kind: 'category', milieucategorie: '4.2' });

    const fresh = await harness.newPage();
    await openApp(fresh.page, href);
    await fresh.page.waitForSelector('[data-surface-status="ready"]', { timeout: 30_000 });
    // The surface tab is open with the program of the link. (Its category list keeps its own
    // default value, a SurfacePanel matter; the state and the map hold 4.2.)
    expect(
      await fresh.page
        .getByRole('tab', { name: 'Waar wel, waar niet' })
        .getAttribute('aria-selected'),
    ).toBe('true');
    expect(decodeState(readShareParam(await waitForUrl(fresh.page))).state).toEqual(a.state);
    // Another program, then the agendapunt brings 4.2 back.
    await fresh.page.locator('[data-surface-program="housing"]').check();
    await fresh.page.waitForSelector('[data-surface-status="ready"]', { timeout: 30_000 });
    const housing = decodeState(readShareParam(await waitForUrl(fresh.page))).state;
    expect(housing.surface).toEqual({ program: { kind: 'housing' } });
    await fresh.page.getByTestId('present-button').click();
    await fresh.page.keyboard.press('ArrowRight');
    await fresh.page.getByTestId('exit-presentation').click();
    await fresh.page.waitForSelector('[data-surface-status="ready"]', { timeout: 30_000 });
    const after = decodeState(readShareParam(await waitForUrl(fresh.page))).state;
    expect(after.surface).toEqual({ program: { kind: 'category', milieucategorie: '4.2' } });
    expect([...errors, ...fresh.errors]).toEqual([]);
    await fresh.context.close();
    await context.close();
  });

  it('opens a broken link with defaults and a message naming what could not be read', async () => {
    for (const [hash, words] of [
      ['#s=1.@@@not-base64', 'onvolledig of beschadigd'],
      ['#s=9.abc', 'nieuwere versie'],
      ['#s=1.q1YqSU0sSVWyUqoGAA', 'kon niet worden gelezen'],
    ] as const) {
      const { page, context, errors } = await harness.newPage();
      await openApp(page, harness.baseUrl + hash);
      const notice = page.getByRole('alert').locator('li', { hasText: 'Niet alles uit de link' });
      await notice.waitFor();
      expect(await notice.textContent()).toContain(words);
      // The app itself works: layers loaded, the map shows them.
      expect(await page.locator('[data-layer-toggle]').count()).toBe(LAYERS.length);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('shows link texts as text only', async () => {
    const { page, context, errors } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    await page.getByRole('tab', { name: 'Delen' }).click();
    await page.getByTestId('view-name').fill('<img src=x onerror=alert(1)>');
    await page.getByTestId('save-view').click();
    const href = await waitForUrl(page);
    const fresh = await harness.newPage();
    await openApp(fresh.page, href);
    await fresh.page.getByRole('tab', { name: 'Delen' }).click();
    const item = fresh.page.locator('.views .name');
    expect(await item.textContent()).toBe('<img src=x onerror=alert(1)>');
    expect(await fresh.page.locator('.views img').count()).toBe(0);
    expect([...errors, ...fresh.errors]).toEqual([]);
    await fresh.context.close();
    await context.close();
  });

  it('presents full screen with a large legend, steps through agendapunten with the arrow keys, and leaves with Escape', async () => {
    const { page, context, errors } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    await page.getByRole('tab', { name: 'Delen' }).click();
    const views = [
      { name: 'Havenkwartier', center: [5.6052, 52.4142], zoom: 14.5 },
      { name: 'Spoorzone', center: [5.5585, 52.44], zoom: 14 },
    ] as const;
    for (const v of views) {
      await page.evaluate(
        ({ center, zoom }) => window.__werkruimte!.map.jumpTo({ center: [...center], zoom }),
        v,
      );
      await waitForIdle(page);
      await page.getByTestId('view-name').fill(v.name);
      await page.getByTestId('save-view').click();
    }
    const sizeBefore = await page.evaluate(() =>
      window.__werkruimte!.map.getLayoutProperty('bedrijventerreinen-label', 'text-size'),
    );
    await page.getByTestId('present-button').click();
    await page.getByTestId('presentation').waitFor();
    expect(await page.locator('aside.side').isVisible()).toBe(false);
    expect(await page.locator('.presentation .legend').textContent()).toContain(
      'Bedrijventerreinen',
    );
    const mapWidth = await page.evaluate(() => window.__werkruimte!.map.getCanvas().clientWidth);
    expect(mapWidth).toBe(1280);

    const center = () =>
      page.evaluate(() => {
        const c = window.__werkruimte!.map.getCenter();
        return [c.lng, c.lat];
      });
    // The arrows step through the agenda also while the map has the keyboard focus.
    await page.locator('.maplibregl-canvas').focus();
    for (const [key, index] of [
      ['ArrowRight', 0],
      ['ArrowRight', 1],
      ['ArrowLeft', 0],
    ] as const) {
      await page.keyboard.press(key);
      await waitForCenter(page, views[index].center);
      await waitForIdle(page);
      expect(await page.getByTestId('current-view').textContent()).toContain(views[index].name);
      const [lng, lat] = await center();
      expect(lng).toBeCloseTo(views[index].center[0], 4);
      expect(lat).toBeCloseTo(views[index].center[1], 4);
    }
    const sizeDuring = await page.evaluate(() =>
      window.__werkruimte!.map.getLayoutProperty('bedrijventerreinen-label', 'text-size'),
    );
    expect(JSON.stringify(sizeDuring)).not.toBe(JSON.stringify(sizeBefore));
    await page.screenshot({ path: artifact('presentation.png') });
    // The on-screen buttons step too.
    await page.getByTestId('view-next').click();
    expect(await page.getByTestId('current-view').textContent()).toContain('Spoorzone');

    await page.keyboard.press('Escape');
    await page.getByTestId('presentation').waitFor({ state: 'detached' });
    expect(await page.locator('aside.side').isVisible()).toBe(true);
    const sizeAfter = await page.evaluate(() =>
      window.__werkruimte!.map.getLayoutProperty('bedrijventerreinen-label', 'text-size'),
    );
    expect(sizeAfter).toEqual(sizeBefore);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports a PNG of the requested size and a PDF whose text has the title and the legend', async () => {
    const { page, context, errors } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    await page.getByRole('tab', { name: 'Delen' }).click();
    await page.getByTestId('open-print').click();
    await page.getByTestId('print-title').fill('Raadsvergadering 3 december');
    await page.screenshot({ path: artifact('print-dialog.png') });

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-png').click(),
    ]);
    await png.saveAs(artifact('sheet-a4.png'));
    // A4 landscape at 150 dpi: 297 × 210 mm → 1754 × 1240 px.
    expect(pngSize(readFileSync(artifact('sheet-a4.png')))).toEqual({ width: 1754, height: 1240 });
    expect(png.suggestedFilename()).toBe('raadsvergadering-3-december-a4.png');

    await page.getByTestId('paper-a3').check();
    const linkBefore = await waitForUrl(page);
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-pdf').click(),
    ]);
    const pdfPath = artifact('sheet-a3.pdf');
    await pdf.saveAs(pdfPath);
    const { text, pageSizesPt } = await readPdf(readFileSync(pdfPath));
    expect(text).toContain('Raadsvergadering 3 december');
    expect(text).toContain('Legenda');
    for (const title of ['Bedrijventerreinen', 'Woon-werkzones', 'Productieve wijken', 'Bedrijven'])
      expect(text).toContain(title);
    expect(text.replace(/\s+/g, '')).toContain(linkBefore);
    // Taking the picture leaves the view (and so the link) as it was.
    expect(await waitForUrl(page)).toBe(linkBefore);
    // One A3 landscape page: 420 × 297 mm = 1190.55 × 841.89 pt.
    expect(pageSizesPt).toHaveLength(1);
    expect(pageSizesPt[0]![0]).toBeCloseTo(1190.55, 0);
    expect(pageSizesPt[0]![1]).toBeCloseTo(841.89, 0);
    // The map frame is not empty: the on-screen map is back to its size afterwards.
    const canvasWidth = await page.evaluate(() => window.__werkruimte!.map.getCanvas().clientWidth);
    expect(canvasWidth).toBeGreaterThan(800);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers a .geojson download when the state is too big for a link, and opens it again by drag-and-drop', async () => {
    const { page, context, errors } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    await page.getByRole('tab', { name: 'Delen' }).click();
    // Forty agendapunten with long, incompressible names: far over 8,000 characters.
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647);
    const name = () =>
      Array.from({ length: 250 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[random() % 36]).join(
        '',
      );
    const views = Array.from({ length: 40 }, () => ({
      name: name(),
      camera: { center: [5.58, 52.42], zoom: 13, bearing: 0, pitch: 0 },
      layers: {},
    }));
    const file = {
      type: 'FeatureCollection',
      features: [],
      werkruimte: {
        version: 1,
        camera: { center: [5.58, 52.42], zoom: 13, bearing: 0, pitch: 0 },
        layers: {},
        language: 'nl',
        savedViews: views,
      },
    };
    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles({
        name: 'groot.geojson',
        mimeType: 'application/geo+json',
        buffer: Buffer.from(JSON.stringify(file)),
      });
    await page.getByTestId('too-big').waitFor();
    expect(await page.getByTestId('too-big').textContent()).toContain('te groot voor een link');
    expect(new URL(await waitForUrl(page)).hash).toBe('');
    await page.screenshot({ path: artifact('share-panel-too-big.png') });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-state').click(),
    ]);
    const downloaded = readFileSync(await download.path(), 'utf8');
    const read = stateFromGeoJSON(downloaded);
    expect(read.problems).toEqual([]);
    expect(read.state.savedViews.map((v) => v.name)).toEqual(views.map((v) => v.name));

    // Drop the downloaded file on a fresh app.
    const fresh = await harness.newPage();
    await openApp(fresh.page, harness.baseUrl);
    await fresh.page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'kaart.geojson', { type: 'application/geo+json' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    }, downloaded);
    await fresh.page.getByRole('alert').locator('li', { hasText: 'kaart.geojson' }).waitFor();
    await fresh.page.getByRole('tab', { name: 'Delen' }).click();
    expect(await fresh.page.locator('.views .name').count()).toBe(40);
    expect([...errors, ...fresh.errors]).toEqual([]);
    await fresh.context.close();
    await context.close();
  });

  it('adds the proposals of a plain GeoJSON file dropped on the map', async () => {
    const { page, context, errors } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    const plain = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'gis-1', name: 'Uit de GIS', use: 'woonwerkzone' },
          geometry: { type: 'Polygon', coordinates: [[...HARBOUR_PART, HARBOUR_PART[0]!]] },
        },
      ],
    });
    for (let i = 0; i < 2; i++) {
      await page.evaluate((text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'voorstel.geojson', { type: 'application/geo+json' }));
        window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, cancelable: true }));
        window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
      }, plain);
      // The file is read asynchronously: poll until the link carries this drop's proposal.
      await expect
        .poll(
          async () => decodeState(readShareParam(await waitForUrl(page))).state.proposals.length,
          { timeout: 10_000 },
        )
        .toBe(i + 1);
    }
    const href = await waitForUrl(page);
    const { state } = decodeState(readShareParam(href));
    expect(state.proposals.map((p) => p.properties.name)).toEqual(['Uit de GIS', 'Uit de GIS']);
    expect(state.proposals.map((p) => p.properties.id)).toEqual(['gis-1', 'gis-1-2']);
    expect(state.proposals[0]!.properties.use).toBe('woonwerkzone');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a link made in presentation mode straight into the presentation', async () => {
    const state = createDefaultState();
    state.presentation = true;
    state.title = 'Raadsvergadering';
    state.camera = { center: [5.6052, 52.4142], zoom: 14.5, bearing: 0, pitch: 0 };
    const { page, context, errors } = await harness.newPage();
    await openApp(page, `${harness.baseUrl}#s=${encodeState(state)}`);
    await page.getByTestId('presentation').waitFor();
    expect(await page.locator('.presentation .title').textContent()).toBe('Raadsvergadering');
    expect(await page.locator('aside.side').isVisible()).toBe(false);
    // Larger labels once the map is ready.
    await page.waitForFunction(() => {
      const size = window.__werkruimte!.map.getLayoutProperty(
        'bedrijventerreinen-label',
        'text-size',
      );
      return (
        JSON.stringify(size) ===
        JSON.stringify(['interpolate', ['linear'], ['zoom'], 12, 16.5, 16, 22.5])
      );
    });
    expect(errors).toEqual([]);
    await context.close();
  });
});
