/**
 * The Clipper glue without `new Function` (issue 13, CSP): the patched glue compiles no code at
 * run time and gives the same results as the published one.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { MainModule } from 'clipper2-wasm/dist/clipper2z';
import { patchClipperGlue } from '../../../build/clipper-without-eval.ts';

const require = createRequire(import.meta.url);
const GLUE = require.resolve('clipper2-wasm/dist/es/clipper2z.js');
const original = readFileSync(GLUE, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'clipper-csp-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Factory = () => Promise<MainModule>;

/** Loads a glue text next to a copy of the wasm. */
async function load(name: string, code: string): Promise<MainModule> {
  writeFileSync(join(dir, name), code);
  copyFileSync(join(dirname(GLUE), 'clipper2z.wasm'), join(dir, 'clipper2z.wasm'));
  const mod = (await import(pathToFileURL(join(dir, name)).href)) as { default: Factory };
  return mod.default();
}

/** A union, an offset and an intersection, as plain numbers. */
function exercise(c: MainModule): number[][] {
  const square = (x: number, y: number, s: number) =>
    c.MakePath64([x, y, x + s, y, x + s, y + s, x, y + s]);
  const a = new c.Paths64();
  a.push_back(square(0, 0, 100));
  a.push_back(square(50, 50, 100));
  const b = new c.Paths64();
  b.push_back(square(25, 25, 50));
  const union = c.UnionSelf64(a, c.FillRule.NonZero);
  const inter = c.Intersect64(a, b, c.FillRule.NonZero);
  const grown = c.InflatePaths64(b, 10, c.JoinType.Round, c.EndType.Polygon, 2, 0.25);
  const out = [union, inter, grown].map((paths) => {
    const values: number[] = [];
    for (let i = 0; i < paths.size(); i++) {
      const path = paths.get(i)!;
      for (let j = 0; j < path.size(); j++) {
        const p = path.get(j)!;
        values.push(Number(p.x), Number(p.y));
      }
    }
    return values;
  });
  for (const p of [a, b, union, inter, grown]) p.delete();
  return out;
}

describe('Clipper glue without eval', () => {
  it('the published glue compiles code at run time; the patched one does not', () => {
    expect(original).toMatch(/new Function\(/);
    const patched = patchClipperGlue(original);
    expect(patched).not.toMatch(/\bFunction\s*\(/);
    expect(patched).not.toMatch(/\beval\s*\(/);
  });

  it('gives the same unions, intersections and offsets as the published glue', async () => {
    const before = exercise(await load('original.mjs', original));
    const after = exercise(await load('patched.mjs', patchClipperGlue(original)));
    expect(before[0]!.length).toBeGreaterThan(8);
    expect(after).toEqual(before);
  });

  it('refuses glue of another shape instead of shipping it unpatched', () => {
    expect(() => patchClipperGlue('export default function(){ return new Function("x") }')).toThrow(
      /changed shape/,
    );
  });
});
