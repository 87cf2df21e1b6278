/**
 * Issues 16 and 17 on imported data, in Chromium: Utrecht's 111 real buurten
 * (../shared/realdata/utrecht-buurten.geojson, WGS84) and the demo's businesses, dwellings and
 * work zones moved into Utrecht's extent (RD files with a GeoJSON-2008 `crs` member, written by
 * this test) are opened in the Gegevens tab and loaded as an own workspace, as a user would.
 *
 * - Wijkprofielen: the exported per-buurt homes, jobs, establishments and business land equal the
 *   stored shapely figures of tests/fixtures/wijkprofiel/reference.json (the command that made
 *   them is in that file and in make-reference.py beside it; the move is the same affine map), and
 *   the one buurt without data is "geen gegevens", not 0.
 * - Juiste plek: the mismatch totals and the zoekprofiel's candidates on the imported workspace
 *   are those the pure code gives on the same layers built directly (so nothing is lost or moved
 *   on the way through the import), and the candidates are on the map.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyMismatches, MISMATCH_CLASSES } from '../../src/analysis/placement/mismatch.ts';
import { searchPlaces } from '../../src/analysis/placement/zoekprofiel.ts';
import { buildDataset } from '../../src/domain/dataset.ts';
import { toRd } from '../../src/geo/crs.ts';
import { DEMO_SEED, generateCityRd } from '../../src/generator/city.ts';
import { REALDATA, ROOT } from '../unit/io/realdata.ts';
import { openApp, startHarness, waitForIdle, type Harness } from './harness.ts';

interface ReferenceRow {
  id: number;
  homes: number;
  dwellings: number;
  establishments: number;
  jobs: number;
  landM2: number;
}
const reference = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/wijkprofiel/reference.json'), 'utf8'),
) as { utrecht: { buurten: ReferenceRow[]; map: { demoBox: number[]; utrechtBox: number[] } } };

const UTRECHT = 'utrecht-buurten.geojson';
const utrecht = JSON.parse(readFileSync(join(REALDATA, UTRECHT), 'utf8')) as FeatureCollection;
const demo = generateCityRd({ seed: DEMO_SEED, scale: 'demo' });

function mapCoords(g: Geometry, f: (p: number[]) => number[]): Geometry {
  const walk = (c: unknown): unknown =>
    typeof (c as number[])[0] === 'number' ? f(c as number[]) : (c as unknown[]).map(walk);
  return { ...g, coordinates: walk((g as { coordinates: unknown }).coordinates) } as Geometry;
}

function box(ps: number[][]): number[] {
  return [
    Math.min(...ps.map((p) => p[0]!)),
    Math.min(...ps.map((p) => p[1]!)),
    Math.max(...ps.map((p) => p[0]!)),
    Math.max(...ps.map((p) => p[1]!)),
  ];
}
const coordsOf = (c: FeatureCollection, project: (p: number[]) => number[]) =>
  c.features.flatMap((f) =>
    (f.geometry as { coordinates: number[][][] }).coordinates.flat().map(project),
  );

/** The affine map of make-reference.py: the box of the demo buurten onto Utrecht's, RD. */
const d0 = box(coordsOf(demo.buurten, (p) => p));
const u0 = box(coordsOf(utrecht, (p) => toRd(p)));
const sx = (u0[2]! - u0[0]!) / (d0[2]! - d0[0]!);
const sy = (u0[3]! - u0[1]!) / (d0[3]! - d0[1]!);
const move = (p: number[]) => [u0[0]! + (p[0]! - d0[0]!) * sx, u0[1]! + (p[1]! - d0[1]!) * sy];

/** A layer moved into Utrecht, as an RD GeoJSON file with a GeoJSON-2008 `crs` member. */
function movedCollection(...parts: FeatureCollection[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } },
    features: parts.flatMap((c) =>
      c.features.map((f): Feature => ({ ...f, geometry: mapCoords(f.geometry, move) })),
    ),
  } as FeatureCollection;
}

const FILES = {
  business: ['utrecht-demo-bedrijven.geojson', movedCollection(demo.bedrijven)],
  sensitive: ['utrecht-demo-woningen.geojson', movedCollection(demo.woningen)],
  zone: [
    'utrecht-demo-werklocaties.geojson',
    movedCollection(demo.bedrijventerreinen, demo.woonwerkzones, demo['productieve-wijken']),
  ],
} as const;

/** The same layers built directly (no import): what the pure code answers on them. */
const direct = buildDataset([
  { layerId: 'buurten', role: 'neighbourhood', features: utrecht },
  ...(['business', 'sensitive', 'zone'] as const).map((role) => ({
    layerId: role,
    role,
    features: FILES[role][1],
    crs: 'EPSG:28992' as const,
  })),
]);

let harness: Harness;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'werkruimte-utrecht-'));
  for (const [name, fc] of Object.values(FILES)) writeFileSync(join(dir, name), JSON.stringify(fc));
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens the files in the Gegevens tab, gives each its role, names and loads the workspace. */
async function importUtrecht(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Gegevens' }).click();
  await page
    .getByTestId('owndata-input')
    .setInputFiles([join(REALDATA, UTRECHT), ...Object.values(FILES).map(([n]) => join(dir, n))]);
  const dialog = page.getByTestId('owndata-dialog');
  await dialog.waitFor({ timeout: 60_000 });
  const roles: [string, string][] = [
    ['utrecht-buurten', 'neighbourhood'],
    ...Object.entries(FILES).map(([role, [name]]) => [name.replace('.geojson', ''), role]),
  ] as [string, string][];
  for (const [name, role] of roles) {
    const entry = dialog.getByTestId('owndata-entry').filter({
      has: page.locator('legend', { hasText: name }),
    });
    const select = entry.getByRole('combobox', { name: 'Wat is dit bestand?' });
    if ((await select.inputValue()) !== role) await select.selectOption(role);
    await expect.poll(() => select.inputValue()).toBe(role);
  }
  await dialog.getByTestId('owndata-name').fill('Utrecht met demobedrijven');
  await dialog.getByRole('button', { name: 'Laden in de werkruimte' }).click();
  await dialog.waitFor({ state: 'detached', timeout: 60_000 });
  await expect
    .poll(() => page.getByTestId('workspace-notice').textContent())
    .toContain('Utrecht met demobedrijven');
}

describe('Utrecht buurten imported in the Gegevens tab', () => {
  it('gives the wijkprofielen of the 111 real buurten as shapely counts them, and Juiste plek on the same workspace', async () => {
    const { page, context, errors } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    await importUtrecht(page);
    expect(await page.evaluate(() => window.__werkruimte!.featuresOf('buurten').length)).toBe(111);

    // Wijkprofielen: every buurt in the table, and the export's counts as shapely's.
    await page.getByRole('tab', { name: 'Wijkprofielen' }).click();
    await page.getByTestId('wijk-legend').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('wijk-row').count()).toBe(111);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteer GeoJSON' }).click(),
    ]);
    const exported = JSON.parse(
      readFileSync((await download.path())!, 'utf8'),
    ) as FeatureCollection;
    const byId = new Map(exported.features.map((f) => [String(f.properties!.id), f.properties!]));
    expect(byId.size).toBe(111);
    let noData = 0;
    utrecht.features.forEach((f, i) => {
      const r = reference.utrecht.buurten[i]!;
      const p = byId.get(String(f.properties!.ID));
      expect(p, `buurt ${String(f.properties!.NAAM)}`).toBeDefined();
      const name = String(f.properties!.NAAM);
      if (r.dwellings + r.establishments === 0) {
        noData++;
        // Geen gegevens: empty, never 0.
        expect([p!.homes, p!.jobs, p!.establishments], name).toEqual([null, null, null]);
      } else {
        expect([p!.homes, p!.jobs, p!.establishments], name).toEqual([
          r.homes,
          r.jobs,
          r.establishments,
        ]);
      }
      // Business land in ha: within 0.1 % or 0.5 m² of shapely's.
      const landM2 = Number(p!.businessLand) * 10_000;
      expect(Math.abs(landM2 - r.landM2), name).toBeLessThanOrEqual(
        Math.max(0.5, 0.001 * r.landM2),
      );
    });
    expect(noData).toBe(1);
    // In the table too: one buurt's homes (column 1) read "geen gegevens".
    const homesCells = await page
      .getByTestId('wijk-row')
      .evaluateAll((trs) => trs.map((tr) => tr.children[1]?.textContent?.trim() ?? ''));
    expect(homesCells.filter((t) => t === 'geen gegevens')).toHaveLength(1);

    // Wijken, one switch: Utrecht's 10 wijken (from WIJKKODE), each the sum of its buurten.
    await page.locator('[data-wijk-level="wijk"]').check();
    await expect.poll(() => page.getByTestId('wijk-row').count()).toBe(10);
    const wijkHomes = await page
      .getByTestId('wijk-row')
      .evaluateAll((trs) =>
        trs.map((tr) => Number(tr.children[1]!.textContent!.trim().replace(/\./g, '')) || 0),
      );
    expect(wijkHomes.reduce((a, b) => a + b, 0)).toBe(
      reference.utrecht.buurten.reduce((a, r) => a + r.homes, 0),
    );
    await page.locator('[data-wijk-level="buurt"]').check();

    // Juiste plek on the same workspace: the totals of the pure classification.
    await page.getByRole('tab', { name: 'Juiste plek' }).click();
    const totals = page.getByTestId('mismatch-totals');
    await totals.waitFor({ timeout: 30_000 });
    const expected = classifyMismatches(direct).totals;
    expect(expected.above.count + expected['far-below'].count).toBeGreaterThan(0);
    const shown = await totals
      .locator('li strong')
      .evaluateAll((els) => els.map((e) => Number(e.textContent!.replace(/\./g, ''))));
    expect(shown).toEqual(MISMATCH_CLASSES.map((c) => expected[c].count));
    expect(await page.getByTestId('mismatch-table').locator('tbody tr').count()).toBe(
      Math.min(expected.above.count + expected['far-below'].count, 40),
    );

    // A zoekprofiel: the same candidates, on the map.
    await page.getByTestId('search-category').selectOption('3.2');
    await page.getByTestId('search-area').fill('5000');
    await page.getByTestId('search-run').click();
    const want = searchPlaces(direct, {
      program: { kind: 'category', milieucategorie: '3.2' },
      areaM2: 5000,
      areaKind: 'land',
      requireBusinessPark: false,
    });
    expect(want.candidates.length).toBeGreaterThan(0);
    const rows = page.getByTestId('candidates').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(want.candidates.length);
    const names = await rows.evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''));
    for (const c of want.candidates) expect(names.join('\n')).toContain(c.zoneName);
    await page.getByTestId('candidates-show').click();
    await waitForIdle(page);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Set(
              window
                .__werkruimte!.map.queryRenderedFeatures(undefined, {
                  layers: ['placement-candidate-zone-fill'],
                })
                .map((f) => f.properties.rank),
            ).size,
        ),
      )
      .toBe(Math.min(want.candidates.length, 10));
    expect(errors).toEqual([]);
    await context.close();
  });
});
