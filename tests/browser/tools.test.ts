/**
 * The tools of issue 14 in Chromium, on the demo city: the first-run guide, the activity
 * picker and the memo, search for a place (offline; PDOK only mocked), the measure tool with
 * snapping, the attribute table with its export, and the surface export.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAppLayers } from '../../src/cli/load-layers.ts';
import { toRd } from '../../src/geo/crs.ts';
import { artifact, openApp, startHarness, waitForIdle, type Harness } from './harness.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const DEMO = loadAppLayers(ROOT);
const features = (id: string) => DEMO.find((l) => l.layerId === id)!.features.features;
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function screenPointOf(page: Page, lngLat: readonly number[]) {
  return page.evaluate((c) => {
    const map = window.__werkruimte!.map;
    const p = map.project(c as [number, number]);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, lngLat);
}

async function jumpTo(page: Page, center: readonly number[], zoom: number) {
  await page.evaluate(
    ([c, z]) =>
      window.__werkruimte!.map.jumpTo({ center: c as [number, number], zoom: z as number }),
    [center, zoom] as const,
  );
  await waitForIdle(page);
}

async function downloaded(download: Download): Promise<string> {
  return readFileSync((await download.path())!, 'utf8');
}

/** Two business points 120–250 m apart with no other point within 15 m of either. */
function measurePair(): [number[], number[]] {
  const pts = [...features('bedrijven'), ...features('woningen')]
    .filter((f) => f.geometry.type === 'Point')
    .map((f) => ({
      business: f.properties?.milieucategorie !== undefined,
      rd: toRd((f.geometry as { coordinates: number[] }).coordinates),
      ll: (f.geometry as { coordinates: number[] }).coordinates,
    }));
  const lonely = pts.filter(
    (p) =>
      p.business &&
      pts.every((q) => q === p || Math.hypot(q.rd[0] - p.rd[0], q.rd[1] - p.rd[1]) > 15),
  );
  for (const a of lonely) {
    for (const b of lonely) {
      const d = Math.hypot(a.rd[0] - b.rd[0], a.rd[1] - b.rd[1]);
      if (d > 120 && d < 250) return [a.ll, b.ll];
    }
  }
  throw new Error('the demo city has no two lonely business points 120–250 m apart');
}

describe('tools (issue 14)', () => {
  it('shows the first-run guide once, and again from the help button', async () => {
    const { page, context, errors } = await harness.newPage();
    await page.goto(harness.baseUrl);
    const guide = page.getByTestId('first-run-guide');
    await guide.waitFor();
    expect(await guide.locator('li').count()).toBe(3);
    await page.screenshot({ path: artifact('tools-guide.png') });
    await guide.getByRole('button', { name: 'Aan de slag' }).click();
    await guide.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('button', { name: 'Uitleg over Werkruimte openen' }).waitFor();
    expect(await page.getByTestId('first-run-guide').count()).toBe(0);
    await page.getByRole('button', { name: 'Uitleg over Werkruimte openen' }).click();
    await guide.waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('picks no activity by itself, finds every size class, and copies a memo with date, RD and link', async () => {
    const { page, context } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    await page.getByRole('tab', { name: 'Locatiecheck' }).click();
    await page.getByRole('radio', { name: 'Bedrijfsactiviteit' }).check();
    await page.getByTestId('lc-no-activity').waitFor();
    expect(await page.getByTestId('lc-chosen-activity').count()).toBe(0);
    await page.getByRole('combobox', { name: 'Activiteit (woord of SBI-code)' }).fill('bakkerij');
    const options = await page.getByRole('listbox').getByRole('option').allTextContents();
    expect(options.some((o) => /Broodfabriek.*categorie 3\.2/.test(o))).toBe(true);

    await page.getByRole('radio', { name: 'Wonen' }).check();
    const zone = features('bedrijventerreinen')[0]!;
    const ring = (zone.geometry as { coordinates: number[][][] }).coordinates[0]!;
    const at = ring[0]!;
    await jumpTo(page, at, 15);
    const { x, y } = await screenPointOf(page, at);
    await page.mouse.click(x + 40, y + 40);
    const card = page.getByTestId('verdict-card');
    await card.waitFor();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await card.getByRole('button', { name: 'Kopieer tekst' }).click();
    await card.getByText('Tekst gekopieerd.').waitFor();
    const memo = await page.evaluate(() => navigator.clipboard.readText());
    expect(memo).toMatch(/^Datum: \d{1,2} \w+ \d{4} om \d{2}:\d{2}$/m);
    const rd = /^RD-coördinaten \(EPSG:28992, meter\): x (\d+,\d\d), y (\d+,\d\d)$/m.exec(memo);
    expect(rd, memo).not.toBeNull();
    const [rx, ry] = [Number(rd![1]!.replace(',', '.')), Number(rd![2]!.replace(',', '.'))];
    expect(rx).toBeGreaterThan(150_000);
    expect(ry).toBeGreaterThan(480_000);
    expect(memo).toContain(`Link naar deze kaart: ${harness.baseUrl}#s=`);
    expect(memo).toContain('Oordeel:');
    await context.close();
  });

  it('finds a zone offline and zooms there; PDOK only when asked (mocked here)', async () => {
    const { page, context, errors } = await harness.newPage();
    const pdokRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('pdok.nl')) pdokRequests.push(r.url());
    });
    await openApp(page, harness.baseUrl);
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    const box = page.getByRole('combobox', { name: /Zoek een plek/ });
    const zone = features('woonwerkzones')[0]!;
    const name = String(zone.properties!.name);
    await box.fill(name.slice(0, -2));
    await page
      .getByRole('option', { name: new RegExp(name) })
      .first()
      .waitFor();
    await box.press('Enter');
    await page.waitForFunction(
      (ring) => {
        const map = window.__werkruimte!.map;
        if (map.isMoving()) return false;
        const c = map.getCenter();
        const xs = ring.map((p) => p[0]!);
        const ys = ring.map((p) => p[1]!);
        return (
          c.lng > Math.min(...xs) &&
          c.lng < Math.max(...xs) &&
          c.lat > Math.min(...ys) &&
          c.lat < Math.max(...ys)
        );
      },
      (zone.geometry as { coordinates: number[][][] }).coordinates[0]!,
      { timeout: 10_000 },
    );
    await page.getByTestId('info-panel').getByText(name).first().waitFor();
    expect(pdokRequests).toEqual([]);

    await page.route('https://api.pdok.nl/**', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          response: {
            docs: [
              {
                weergavenaam: 'Stationsplein 1, Lelystad',
                type: 'adres',
                centroide_ll: 'POINT(5.4731 52.5083)',
              },
            ],
          },
        }),
      }),
    );
    await page.getByRole('checkbox', { name: /PDOK Locatieserver/ }).check();
    await box.fill('Stationsplein 1');
    await page.getByRole('button', { name: 'Stationsplein 1, Lelystad' }).click();
    await page.waitForFunction(
      () => {
        const map = window.__werkruimte!.map;
        const c = map.getCenter();
        return (
          !map.isMoving() && Math.abs(c.lng - 5.4731) < 1e-4 && Math.abs(c.lat - 52.5083) < 1e-4
        );
      },
      undefined,
      { timeout: 10_000 },
    );
    expect(pdokRequests.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('measures a distance in RD metres, snapping to the businesses', async () => {
    const [a, b] = measurePair();
    const { page, context } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    await jumpTo(page, [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2], 17);
    await page.getByRole('button', { name: 'Meten', exact: true }).click();
    await page.getByTestId('measure-panel').waitFor();
    const pa = await screenPointOf(page, a);
    const pb = await screenPointOf(page, b);
    await page.mouse.click(pa.x + 3, pa.y - 2);
    await page.mouse.click(pb.x - 2, pb.y + 3);
    const value = page.getByTestId('measure-result').locator('[data-length-m]');
    const [ax, ay] = toRd(a);
    const [bx, by] = toRd(b);
    const expected = Math.hypot(bx - ax, by - ay);
    await page.waitForFunction(
      () => document.querySelector('[data-length-m]')?.getAttribute('data-length-m') !== '0.00',
    );
    expect(Number(await value.getAttribute('data-length-m'))).toBeCloseTo(expected, 1);
    expect(await page.getByTestId('measure-result').textContent()).toContain('vastgeklikt');
    // The clicks measured: no info panel opened.
    expect(await page.getByTestId('info-panel').count()).toBe(0);
    await waitForIdle(page);
    await page.screenshot({ path: artifact('tools-measure.png') });
    await context.close();
  });

  it('sorts, filters, selects and exports the attribute table; the info panel shows bare counts', async () => {
    const { page, context } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    await page.getByRole('button', { name: 'Tabel', exact: true }).click();
    const table = page.getByTestId('attribute-table');
    await table.waitFor();
    await table.getByRole('button', { name: 'Sorteer op Bedrijfsvloeroppervlak (bvo)' }).click();
    await table.getByRole('button', { name: 'Sorteer op Bedrijfsvloeroppervlak (bvo)' }).click();
    const biggest = [...features('bedrijven')].sort(
      (p, q) => Number(q.properties!.bvoM2) - Number(p.properties!.bvoM2),
    )[0]!;
    expect(await table.locator('tbody tr').first().getAttribute('data-index')).toBe(
      String(features('bedrijven').indexOf(biggest)),
    );
    const activity = String(biggest.properties!.activity);
    await table.getByRole('searchbox').fill(activity);
    const n = features('bedrijven').filter((f) =>
      Object.values(f.properties!).some((v) =>
        String(v).toLowerCase().includes(activity.toLowerCase()),
      ),
    ).length;
    expect(await table.locator('tbody tr').count()).toBe(n);
    await table.locator('tbody tr').first().getByRole('checkbox').check();
    expect(await page.getByTestId('table-count').textContent()).toContain('1 geselecteerd');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      table.getByRole('button', { name: 'Exporteer CSV' }).click(),
    ]);
    const text = await downloaded(csv);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^Code;Naam;/);
    expect(lines).toHaveLength(3);
    expect(lines[1]!.split(';')[0]).toBe(biggest.properties!.id);
    const [gj] = await Promise.all([
      page.waitForEvent('download'),
      table.getByRole('button', { name: 'Exporteer GeoJSON' }).click(),
    ]);
    const fc = JSON.parse(await downloaded(gj)) as { features: { properties: { id: string } }[] };
    expect(fc.features.map((f) => f.properties.id)).toEqual([biggest.properties!.id]);

    await table.locator('tbody tr').first().getByRole('button', { name: 'Toon op kaart' }).click();
    const info = page.getByTestId('info-panel');
    await info.waitFor();
    expect(await info.locator('[data-property="jobs"] dd').textContent()).toMatch(/^[\d.]+$/);
    await waitForIdle(page);
    await page.screenshot({ path: artifact('tools-table.png') });
    await context.close();
  });

  it('exports the surface as RD GeoJSON with its class per feature, and its statistics as CSV', async () => {
    const { page, context } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    await page.getByRole('tab', { name: 'Waar wel, waar niet' }).click();
    await page.waitForSelector('[data-surface-status="ready"]', { timeout: 30_000 });
    const exportBox = page.getByTestId('surface-export');
    const [rd] = await Promise.all([
      page.waitForEvent('download'),
      exportBox.getByRole('button', { name: 'Vlakken GeoJSON (RD)' }).click(),
    ]);
    const fc = JSON.parse(await downloaded(rd)) as {
      crs: { properties: { name: string } };
      features: { properties: { class: string }; geometry: { coordinates: number[][][][] } }[];
    };
    expect(fc.crs.properties.name).toBe('urn:ogc:def:crs:EPSG::28992');
    expect(fc.features.length).toBeGreaterThan(0);
    for (const f of fc.features) {
      expect(['toegestaan', 'voorwaardelijk', 'niet-toegestaan']).toContain(f.properties.class);
    }
    const [x, y] = fc.features[0]!.geometry.coordinates[0]![0]![0]!;
    expect(x).toBeGreaterThan(150_000);
    expect(y).toBeGreaterThan(480_000);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      exportBox.getByRole('button', { name: 'Statistiek CSV' }).click(),
    ]);
    const text = await downloaded(csv);
    expect(text.startsWith('\uFEFFNiveau;Code;Naam;Oppervlakte (ha);Toegestaan (ha)')).toBe(true);
    expect(text).toMatch(/\r\nStudiegebied;;Studiegebied;\d+,\d\d;/);
    await context.close();
  });
});
