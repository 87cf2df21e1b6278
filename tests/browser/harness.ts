/**
 * Browser test harness: serves the built app (dist/) with Vite's preview API on
 * a free port and drives Chromium (Debian's, or the one an npm package ships: ./chromium.ts) through playwright-core. No request
 * may leave 127.0.0.1. Build first: `npm run test:browser` does.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium.ts';

export const ARTIFACTS = new URL('./.artifacts/', import.meta.url).pathname;

export interface Harness {
  baseUrl: string;
  /** A fresh context and page, with every non-local request blocked. */
  newPage: () => Promise<{ page: Page; context: BrowserContext; errors: string[] }>;
  close: () => Promise<void>;
}

/**
 * Starts the preview server and Chromium.
 * @returns the harness; call close() in afterAll
 */
export async function startHarness(): Promise<Harness> {
  const executablePath = await chromiumExecutable();
  if (!existsSync(new URL('../../dist/index.html', import.meta.url))) {
    throw new Error('dist/ is missing: run `npm run test:browser` (it builds first).');
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const server: PreviewServer = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  // chromium.launch() gives Chromium a fresh temporary profile (user-data-dir) and deletes it on close.
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath,
      args: CHROMIUM_ARGS,
      headless: true,
    });
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    baseUrl,
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        const local = url.hostname === '127.0.0.1' || ['data:', 'blob:'].includes(url.protocol);
        return local ? route.continue() : route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      return { page, context, errors };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens the app and waits until the map is loaded, every layer has loaded and the map is idle.
 * @param page the page
 * @param baseUrl the app URL
 */
export async function openApp(page: Page, baseUrl: string): Promise<void> {
  // The first-run guide (issue 14) was seen: tests start from the app itself.
  await page.addInitScript(() => localStorage.setItem('werkruimte.guide.v1', 'seen'));
  await page.goto(baseUrl);
  await page.waitForFunction(
    () => {
      const w = window.__werkruimte;
      if (!w || !w.map.loaded()) return false;
      const layers = (w.state as { layers: Record<string, { status: string }> }).layers;
      // The side-panel tabs load their panels after the layers (src/ui/App.svelte).
      const panels = document.documentElement.dataset.panels === 'loaded';
      return panels && Object.values(layers).every((l) => l.status !== 'loading');
    },
    undefined,
    { timeout: 30_000 },
  );
  await waitForIdle(page);
}

/**
 * Waits until the map has rendered everything (after a fit, a toggle, …).
 * @param page the page
 */
export async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__werkruimte!.map;
        // Two frames let a pending setLayoutProperty/fitBounds start rendering first.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) {
              map.once('idle', () => resolve());
              map.triggerRepaint();
            } else {
              map.once('idle', () => resolve());
            }
          }),
        );
      }),
  );
}

/**
 * Waits until the page has painted two frames: input handled, the drawing on screen.
 * @param page the page
 */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}

/**
 * Counts the rendered features of a layer's style layers in the current view.
 * @param page the page
 * @param layerId the layer id
 * @returns the number of rendered features
 */
export async function renderedCount(page: Page, layerId: string): Promise<number> {
  return page.evaluate((id) => {
    const map = window.__werkruimte!.map;
    const styleIds = map
      .getStyle()
      .layers.filter((l) => 'source' in l && l.source === id)
      .map((l) => l.id);
    return map.queryRenderedFeatures({ layers: styleIds }).length;
  }, layerId);
}

/** Path of a screenshot in the artifacts folder. */
export const artifact = (name: string): string => join(ARTIFACTS, name);
