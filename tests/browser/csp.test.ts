/**
 * Issue 13, deployment: the app ships a Content-Security-Policy without 'unsafe-eval' or inline
 * script (index.html) and works under it. Clipper's glue compiled code with `new Function`,
 * so under this policy the surface never finished; the build now patches that glue
 * (build/clipper-without-eval.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startHarness, waitForIdle, type Harness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Collects every CSP violation of the page, from the first script on. */
function recordViolations(): void {
  const w = window as unknown as { __csp: string[] };
  w.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
  });
}

describe('Content-Security-Policy', () => {
  it('the surface computes under the shipped CSP with no violation; inline script is refused', async () => {
    const { page, errors } = await harness.newPage();
    await page.addInitScript(recordViolations);
    await openApp(page, harness.baseUrl);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(policy ?? '')?.[1]?.split(/\s+/);
    expect(scriptSrc).toEqual(["'self'", "'wasm-unsafe-eval'"]);

    await page.getByRole('tab', { name: 'Waar wel, waar niet' }).click();
    await page.waitForSelector('[data-surface-status="ready"]', { timeout: 45_000 });
    await waitForIdle(page);
    expect(await page.locator('[data-surface-ha="toegestaan"]').textContent()).toMatch(/\d ha/);
    const violations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(await violations()).toEqual([]);

    // The policy is enforced (the listener hears it): an inline script is blocked.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.append(s);
    });
    await page.waitForFunction(
      () => (window as unknown as { __csp: string[] }).__csp.length > 0,
      undefined,
      { timeout: 10_000 },
    );
    expect((await violations())[0]).toMatch(/^script-src/);
    expect(await page.evaluate(() => (window as { __inlineRan?: boolean }).__inlineRan)).toBe(
      undefined,
    );
    expect(errors).toEqual([]);
  });
});
