/**
 * The strips of the surface computation cut class polygons at their seams; the result must
 * join those parts again, so that each class is a valid MultiPolygon (OGC: no two parts share
 * an edge). The fixture city is computed in 200 m strips to get many seams.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { initClipper } from '../../../src/core/clip.ts';
import { computeSurface, type SurfaceProgram } from '../../../src/core/surface/index.ts';
import { readFixtureInput } from './fixture.ts';

beforeAll(async () => {
  await initClipper();
});

/** Vertical edges of every polygon, as [x, yMin, yMax, polygon index]. */
function verticalEdges(coordinates: number[][][][]): number[][] {
  const out: number[][] = [];
  coordinates.forEach((polygon, pi) => {
    for (const ring of polygon) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i]!;
        const b = ring[i + 1]!;
        if (a[0] === b[0] && a[1] !== b[1]) {
          out.push([a[0]!, Math.min(a[1]!, b[1]!), Math.max(a[1]!, b[1]!), pi]);
        }
      }
    }
  });
  return out;
}

/** Pairs of different parts that share a stretch (> 1 mm) of a vertical edge. */
function countSharedEdges(coordinates: number[][][][]): number {
  const byX = new Map<number, number[][]>();
  for (const e of verticalEdges(coordinates)) {
    const list = byX.get(e[0]!) ?? [];
    list.push(e);
    byX.set(e[0]!, list);
  }
  let shared = 0;
  for (const list of byX.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a[3] === b[3]) continue;
        if (Math.min(a[2]!, b[2]!) - Math.max(a[1]!, b[1]!) > 0.001) shared++;
      }
    }
  }
  return shared;
}

function totalArea(coordinates: number[][][][]): number {
  let sum = 0;
  for (const polygon of coordinates) {
    polygon.forEach((ring, i) => {
      let a = 0;
      for (let k = 0; k + 1 < ring.length; k++) {
        a += ring[k]![0]! * ring[k + 1]![1]! - ring[k + 1]![0]! * ring[k]![1]!;
      }
      sum += (i === 0 ? 1 : -1) * Math.abs(a / 2);
    });
  }
  return sum;
}

const PROGRAMS: [string, SurfaceProgram][] = [
  ['wonen', { kind: 'housing' }],
  ['categorie 3.1', { kind: 'category', milieucategorie: '3.1' }],
];

describe('surface classes are joined across strip seams', () => {
  const input = readFixtureInput();

  it.each(PROGRAMS)('%s: no two parts of a class share an edge', (_, program) => {
    const cut = computeSurface(input, program, { stripWidthM: 200, mergeSeams: false });
    const joined = computeSurface(input, program, { stripWidthM: 200 });
    // The unjoined output does have parts that touch along seams (the check can fail).
    const cutShared = cut.classes.features.reduce(
      (n, f) => n + countSharedEdges(f.geometry.coordinates),
      0,
    );
    expect(cutShared).toBeGreaterThan(0);
    joined.classes.features.forEach((f, i) => {
      expect(countSharedEdges(f.geometry.coordinates), f.properties.class).toBe(0);
      const before = totalArea(cut.classes.features[i]!.geometry.coordinates);
      expect(totalArea(f.geometry.coordinates)).toBeCloseTo(before, 0);
    });
  });
});
