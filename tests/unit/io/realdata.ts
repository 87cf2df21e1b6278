/** Where the real data lives: ../shared/realdata from the project root, walking up (worktrees sit deeper). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Geometry } from 'geojson';
import { multiPolygonAreaM2 } from '../../../src/geo/planar.ts';
import type { InputFile } from '../../../src/io/types.ts';

export const ROOT = join(import.meta.dirname, '../../..');

function findRealdata(): string {
  for (let dir = ROOT; ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared/realdata');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error('shared/realdata not found above the project root');
  }
}

/** The real-data folder. */
export const REALDATA = findRealdata();

/** A real file as reader input. */
export function realFile(name: string): InputFile {
  return { name, bytes: new Uint8Array(readFileSync(join(REALDATA, name))) };
}

/** A fixture file of tests/fixtures/readers as reader input. */
export function fixtureFile(name: string): InputFile {
  return { name, bytes: new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/readers', name))) };
}

/** GDAL's figures (tests/fixtures/readers/reference.json, made by make-reference.sh there). */
export const REFERENCE = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/readers/reference.json'), 'utf8'),
) as Record<string, { count: number; areaM2: number }>;

/** Planar area of RD (multi)polygons, m². */
export function areaOf(features: readonly { geometry: Geometry | null }[]): number {
  let a = 0;
  for (const f of features) {
    const g = f.geometry;
    if (g?.type === 'Polygon') a += multiPolygonAreaM2([g.coordinates]);
    if (g?.type === 'MultiPolygon') a += multiPolygonAreaM2(g.coordinates);
  }
  return a;
}
