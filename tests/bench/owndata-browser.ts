/**
 * Loading one's own data in Chromium (issue 12): the time from picking the files to the mapping
 * dialog (read in the worker, then mapped and previewed on the main thread) and the longest main
 * thread task meanwhile (PerformanceObserver `longtask`), for the real Doesburg panden (Shapefile
 * zip) and for a generated GeoJSON of about 100 MB.
 * Run after `npx vite build`, under the shared lock:
 *   flock /work/.testlock npx tsx tests/bench/owndata-browser.ts [doesburg]
 */
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, startHarness } from '../browser/harness.ts';
import { REALDATA } from '../unit/io/realdata.ts';

const BIG = join(tmpdir(), 'werkruimte-100mb.geojson');

/** Writes a GeoJSON of building-sized squares near Doesburg, about 100 MB, deterministically. */
async function writeBigGeoJson(): Promise<void> {
  if (existsSync(BIG) && statSync(BIG).size > 95e6) return;
  const out = createWriteStream(BIG);
  const write = (s: string) =>
    new Promise<void>((resolve) => (out.write(s) ? resolve() : out.once('drain', resolve)));
  await write('{"type":"FeatureCollection","features":[\n');
  let bytes = 0;
  for (let i = 0; bytes < 100e6; i++) {
    const lng = 6.1 + (i % 1000) * 0.0002;
    const lat = 52.0 + Math.floor(i / 1000) * 0.0001;
    const d = 0.00008;
    const ring = [
      [lng, lat],
      [lng + d, lat],
      [lng + d, lat + d],
      [lng, lat + d],
      [lng, lat],
    ].map(([x, y]) => [Number(x!.toFixed(7)), Number(y!.toFixed(7))]);
    const f = JSON.stringify({
      type: 'Feature',
      properties: {
        identificatie: `0221100000${String(i).padStart(6, '0')}`,
        status: 'Pand in gebruik',
        bouwjaar: 1900 + (i % 120),
      },
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
    const s = (i === 0 ? '' : ',\n') + f;
    bytes += s.length;
    await write(s);
  }
  await write('\n]}\n');
  await new Promise<void>((resolve) => out.end(resolve));
}

// `-- doesburg` measures only the panden; the default measures both.
const onlyDoesburg = process.argv[2] === 'doesburg';
if (!onlyDoesburg) await writeBigGeoJson();
const files = [join(REALDATA, 'bag-doesburg-panden-shp.zip'), ...(onlyDoesburg ? [] : [BIG])];
const harness = await startHarness();
try {
  for (const file of files) {
    const { page, context } = await harness.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await openApp(page, harness.baseUrl);
    await page.getByRole('tab', { name: 'Gegevens' }).click();
    await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
    const t0 = Date.now();
    await page.getByTestId('owndata-input').setInputFiles(file);
    await page.getByTestId('owndata-dialog').waitFor({ timeout: 300_000 });
    const ms = Date.now() - t0;
    const { longest, readMs } = await page.evaluate(() => ({
      longest: (window as unknown as { __longest: number }).__longest,
      readMs: document.querySelector('[data-testid=owndata-dialog] .muted')?.textContent ?? '',
    }));
    console.log(
      `${file.split('/').pop()} (${(statSync(file).size / 1e6).toFixed(1)} MB): dialog after ${ms} ms; ${readMs} Longest main-thread task while loading: ${Math.round(longest)} ms`,
    );
    await context.close();
  }
} finally {
  await harness.close();
}
