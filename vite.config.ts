import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { clipperWithoutEval } from './build/clipper-without-eval.ts';

export default defineConfig({
  // No svelte.config.js: the plugin's defaults are all this app needs (and it need not say so).
  // clipperWithoutEval: Clipper's glue without `new Function`, so the app runs under the CSP of
  // index.html (no 'unsafe-eval'; README § Content-Security-Policy). Workers bundle it too.
  plugins: [svelte({ configFile: false }), clipperWithoutEval()],
  // The dev server must not pre-bundle the glue past the plugin.
  optimizeDeps: { exclude: ['clipper2-wasm'] },
  // Relative base: the built app works from any folder or static host.
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // MapLibre in a chunk of its own: it changes less often than the app (cached across
      // releases), and the start-up benchmark's CPU profile can tell its time from ours
      // (tests/bench/startup-browser.ts). It is loaded at start either way.
      output: {
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] },
      },
      // Plugin-timing warnings only say the shared two-core machine was busy during the build.
      checks: { bundlerTimings: false },
      onwarn(warning, warn) {
        // clipper2-wasm's Emscripten glue imports node's `module` only on its node branch
        // (`if (ENVIRONMENT_IS_NODE) await import('module')`); in the browser that import never runs.
        if (warning.message.includes('Module "module" has been externalized')) return;
        warn(warning);
      },
    },
  },
  // `npm start` serves the build: print the URL, open no browser (a bare machine has no xdg-open).
  preview: { open: false },
  worker: { format: 'es', plugins: () => [clipperWithoutEval()] },
  test: {
    expect: { requireAssertions: true },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // Deliberately above vitest's 5 s: the machine has two cores shared with a busy build,
          // and the heaviest unit tests (the generator city, 1,000-point surface consistency)
          // take 2–4 s idle and ran past 5 s under such load (issue 10).
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          // One Chromium at a time: the machine has two cores and WebGL runs in software.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
