/** Shared steps of the browser tests that draw a proposal on the demo harbour. */
import type { Page } from 'playwright-core';
import { nextFrames, waitForIdle } from './harness.ts';

/** The southern half of Havenkwartier-West (BT01, the harbour park, max category 4.2). */
export const HARBOUR_PART: [number, number][] = [
  [5.603, 52.4115],
  [5.6075, 52.4115],
  [5.6075, 52.416],
  [5.603, 52.416],
];

/** Opens the Voorstellen tab with the harbour in view and snapping off (clicks land where aimed). */
export async function showHarbourForDrawing(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Voorstellen' }).click();
  await page.evaluate(() => {
    window.__werkruimte!.map.fitBounds(
      [
        [5.601, 52.41],
        [5.61, 52.423],
      ],
      { animate: false, padding: 20 },
    );
  });
  await waitForIdle(page);
  const snapping = page.getByTestId('snapping');
  if (await snapping.isChecked()) await snapping.uncheck();
}

/** Screen positions of lng/lat points on the page. */
export async function toPixels(
  page: Page,
  lngLats: [number, number][],
): Promise<[number, number][]> {
  return page.evaluate((points) => {
    const map = window.__werkruimte!.map;
    const r = map.getCanvas().getBoundingClientRect();
    return points.map(([lng, lat]) => {
      const p = map.project([lng, lat]);
      return [p.x + r.left, p.y + r.top] as [number, number];
    });
  }, lngLats);
}

/** Draws a polygon by clicking its corners and then the first corner again; waits for the form. */
export async function drawPolygon(page: Page, corners: [number, number][]): Promise<void> {
  await page.locator('[data-tool="polygon"]').click();
  const px = await toPixels(page, corners);
  for (const [x, y] of px) {
    await page.mouse.click(x, y);
    await nextFrames(page);
  }
  await page.mouse.click(px[0]![0], px[0]![1]);
  await page.getByTestId('proposal-form').waitFor();
}
