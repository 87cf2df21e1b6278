/**
 * The tier rule of eslint.config.js, run on probe files: from every folder, an import that runs
 * up a tier is an error, and an import that points down is not.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
const eslint = new ESLint({ cwd: ROOT });

/** Tier rule messages for a probe file with one import. */
async function tierErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${source}';\nexport const y = x;\n`, {
    filePath: `${ROOT}${file}`,
  });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'werkruimte/tiers')
    .map((m) => m.message);
}

// [probe file, an import one tier up (refused), an import down (allowed)]
const PROBES: [string, string, string | undefined][] = [
  ['src/geo/probe.ts', '../domain/domain.ts', undefined],
  ['src/i18n/probe.ts', '../geo/crs.ts', undefined],
  ['src/domain/probe.ts', '../rules/vng.ts', '../geo/crs.ts'],
  ['src/io/probe.ts', '../rules/vng.ts', '../domain/validate.ts'],
  ['src/io/probe.ts', '../../layers/index.ts', '../geo/crs.ts'],
  ['src/cli/probe.ts', '../state/app.svelte.ts', '../io/read.ts'],
  ['layers/probe.ts', '../src/map/style.ts', '../src/domain/domain.ts'],
  ['src/rules/probe.ts', '../analysis/surface/engine.ts', '../domain/dataset.ts'],
  ['src/rules/probe.ts', '../../layers/index.ts', '../i18n/nl.ts'],
  ['src/analysis/surface/probe.ts', '../../share/codec.ts', '../../rules/vng.ts'],
  ['src/share/probe.ts', '../map/style.ts', '../analysis/surface/study-area.ts'],
  ['src/print/probe.ts', '../../layers/index.ts', '../domain/schema.ts'],
  ['src/print/probe.ts', '../share/codec.ts', '../geo/crs.ts'],
  ['src/map/probe.ts', '../state/app.svelte.ts', '../print/legend.ts'],
  ['src/state/probe.ts', '../ui/tools.ts', '../map/style.ts'],
  ['src/cli/probe.ts', '../state/app.svelte.ts', '../rules/index.ts'],
  ['src/generator/probe.ts', '../analysis/surface/engine.ts', '../domain/domain.ts'],
  ['src/ui/probe.ts', '../main.ts', '../state/app.svelte.ts'],
];

describe('ESLint tier rule', () => {
  // The first lint loads typescript-eslint's parser (seconds on a loaded machine): not a probe's time.
  beforeAll(
    () => eslint.lintText('export {};\n', { filePath: `${ROOT}src/geo/warmup.ts` }),
    60_000,
  );

  it.each(PROBES)('%s may not import %s', async (file, up) => {
    const errors = await tierErrors(file, up);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Imports point down/);
  });

  it.each(PROBES.filter((p) => p[2]))('%s may import %s', async (file, _up, down) => {
    expect(await tierErrors(file, down!)).toEqual([]);
  });

  it('refuses a folder that has no tier', async () => {
    const errors = await tierErrors('src/newfolder/probe.ts', '../geo/crs.ts');
    expect(errors[0]).toMatch(/has no tier/);
  });

  it('checks dynamic imports and worker URLs too', async () => {
    const [result] = await eslint.lintText(
      "export const a = import('../state/app.svelte.ts');\n" +
        "export const b = new URL('../ui/tools.ts', import.meta.url);\n",
      { filePath: `${ROOT}src/analysis/probe.ts` },
    );
    const tiers = result!.messages.filter((m) => m.ruleId === 'werkruimte/tiers');
    expect(tiers).toHaveLength(2);
  });
});
