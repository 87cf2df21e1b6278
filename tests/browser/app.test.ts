import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  artifact,
  nextFrames,
  openApp,
  renderedCount,
  startHarness,
  waitForIdle,
  type Harness,
} from './harness.ts';

const XSS = '<img src=x onerror=alert(1)>';
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('Werkruimte in Chromium', () => {
  it('loads the map with the demo city and no load problems, console errors or failed requests', async () => {
    const { page, context, errors } = await harness.newPage();
    const consoleErrors: string[] = [];
    const failedRequests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('requestfailed', (r) => failedRequests.push(`${r.url()}: ${r.failure()?.errorText}`));
    page.on('response', (r) => {
      if (r.status() >= 400) failedRequests.push(`${r.url()}: HTTP ${r.status()}`);
    });
    await openApp(page, harness.baseUrl);
    // The page names its icon, so no browser asks for a missing /favicon.ico; the icon is served.
    const icon = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href;
      if (!href) return undefined;
      const r = await fetch(href);
      return {
        path: new URL(href).pathname,
        status: r.status,
        type: r.headers.get('content-type'),
      };
    });
    expect(icon).toEqual({ path: '/favicon.svg', status: 200, type: 'image/svg+xml' });
    await page.screenshot({ path: artifact('first-view.png') });
    expect(await page.locator('h1').textContent()).toBe('Werkruimte');
    expect(await page.getByRole('alert').locator('li').count()).toBe(0);
    expect(await page.locator('canvas').getAttribute('aria-label')).toBe('Kaart van Voorbeeldstad');
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
    await context.close();
  });

  it('renders each zoning layer in the first view', async () => {
    const { page, context } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    for (const id of ['bedrijventerreinen', 'woonwerkzones', 'productieve-wijken']) {
      expect(await renderedCount(page, id), id).toBeGreaterThan(0);
    }
    await context.close();
  });

  it('hides a layer when its checkbox is switched off', async () => {
    const { page, context } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    expect(await renderedCount(page, 'bedrijventerreinen')).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: 'Bedrijventerreinen tonen' }).uncheck();
    await waitForIdle(page);
    expect(await renderedCount(page, 'bedrijventerreinen')).toBe(0);
    expect(
      await page.evaluate(() =>
        window.__werkruimte!.map.getLayoutProperty('bedrijventerreinen-fill', 'visibility'),
      ),
    ).toBe('none');
    await context.close();
  });

  it('shows the hindrance contours from the layer panel, without the surface areas', async () => {
    const { page, context } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    await page.locator('[data-analysis-toggle="surface-contours"]').check();
    await page.waitForFunction(
      () => {
        const map = window.__werkruimte!.map;
        return (
          map.getLayer('surface-contours-line') !== undefined &&
          map.getLayoutProperty('surface-contours-line', 'visibility') === 'visible'
        );
      },
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForFunction(
      () => {
        const map = window.__werkruimte!.map;
        return map.queryRenderedFeatures({ layers: ['surface-contours-line'] }).length > 0;
      },
      undefined,
      { timeout: 30_000 },
    );
    expect(await renderedCount(page, 'surface-contours')).toBeGreaterThan(0);
    // Asked for contours only: the areas stay hidden, and their toggle now sits in the panel.
    const classes = page.locator('[data-analysis-toggle="surface-classes"]');
    expect(await classes.isChecked()).toBe(false);
    await page.locator('[data-analysis-toggle="surface-contours"]').uncheck();
    await waitForIdle(page);
    expect(await renderedCount(page, 'surface-contours')).toBe(0);
    await context.close();
  });

  it('shows the milieucategorie of a clicked business in the info panel', async () => {
    const { page, context } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    const { x, y, category } = await clickTargetOfBusiness(page);
    await page.mouse.click(x, y);
    const panel = page.getByTestId('info-panel');
    await panel.waitFor();
    const row = panel.locator('[data-property="milieucategorie"]');
    expect(await row.locator('dt').textContent()).toBe('Milieucategorie');
    expect(await row.locator('dd').textContent()).toBe(category);
    await page.screenshot({ path: artifact('info-panel.png') });
    await page.keyboard.press('Escape');
    expect(await panel.count()).toBe(0);
    await context.close();
  });

  it('shows a property holding HTML as text, never as markup', async () => {
    const { page, context } = await harness.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.route('**/bedrijven-*.geojson', async (route) => {
      const response = await route.fetch();
      const data = (await response.json()) as { features: { properties: { name: string } }[] };
      for (const f of data.features) f.properties.name = XSS;
      await route.fulfill({ response, json: data });
    });
    await openApp(page, harness.baseUrl);
    const { x, y } = await clickTargetOfBusiness(page);
    await page.mouse.click(x, y);
    const title = page.getByTestId('info-panel').locator('h2');
    await title.waitFor();
    expect(await title.textContent()).toBe(XSS);
    expect(await page.locator('[data-testid="info-panel"] img').count()).toBe(0);
    // An injected onerror handler would run as soon as the panel is painted: two frames on.
    await nextFrames(page);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('names a broken file in a notice and still loads the other layers', async () => {
    const { page, context } = await harness.newPage();
    await page.route('**/woonwerkzones-*.geojson', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: 'geen JSON' }),
    );
    await openApp(page, harness.baseUrl);
    const notice = page.getByRole('alert').locator('li');
    expect(await notice.count()).toBe(1);
    expect(await notice.textContent()).toContain(
      'voorbeeldstad/woonwerkzones.geojson: het bestand is geen geldige JSON',
    );
    expect(await renderedCount(page, 'bedrijventerreinen')).toBeGreaterThan(0);
    expect(await renderedCount(page, 'woonwerkzones')).toBe(0);
    await page.getByRole('button', { name: 'Melding sluiten' }).click();
    expect(await notice.count()).toBe(0);
    await context.close();
  });

  it('switches the labels to English and back', async () => {
    const { page, context } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    expect(await page.getByRole('heading', { name: 'Kaartlagen' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    // English loads on first use (a chunk of its own), so the switch is waited for.
    await page.getByRole('heading', { name: 'Map layers' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Show Business parks' }).count()).toBe(1);
    expect(await page.locator('canvas').getAttribute('aria-label')).toBe('Map of Voorbeeldstad');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.screenshot({ path: artifact('english.png') });
    // A remembered English is there before the first frame: never a Dutch heading first.
    await page.reload();
    await page.locator('h1').waitFor();
    expect(await page.getByRole('heading', { name: 'Kaartlagen' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Map layers' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    await page.getByRole('heading', { name: 'Kaartlagen' }).waitFor();
    await context.close();
  });
});

/** A screen point inside a rendered business (its first vertex nudged inwards) and its category. */
async function clickTargetOfBusiness(page: Page) {
  return page.evaluate(() => {
    const w = window.__werkruimte!;
    const map = w.map;
    const rendered = map.queryRenderedFeatures({ layers: ['bedrijven-fill', 'bedrijven-circle'] });
    const canvas = map.getCanvas().getBoundingClientRect();
    for (const f of rendered) {
      const feature = w.featuresOf('bedrijven')[f.id as number];
      if (!feature) continue;
      const g = feature.geometry;
      const ring =
        g.type === 'Point'
          ? [g.coordinates]
          : g.type === 'Polygon'
            ? g.coordinates[0]!
            : g.type === 'MultiPolygon'
              ? g.coordinates[0]![0]!
              : [];
      // Centroid of the ring's vertices: inside for the convex plots of the demo city.
      const n = g.type === 'Point' ? 1 : ring.length - 1;
      let lng = 0;
      let lat = 0;
      for (let i = 0; i < n; i++) {
        lng += ring[i]![0]!;
        lat += ring[i]![1]!;
      }
      const p = map.project([lng / n, lat / n]);
      const hits = map.queryRenderedFeatures(p, { layers: ['bedrijven-fill', 'bedrijven-circle'] });
      if (hits.some((h) => h.id === f.id)) {
        return {
          x: canvas.left + p.x,
          y: canvas.top + p.y,
          category: String(feature.properties!['milieucategorie']),
        };
      }
    }
    throw new Error('no clickable business in view');
  });
}
