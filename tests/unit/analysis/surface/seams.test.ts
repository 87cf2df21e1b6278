/**
 * The strips of the surface computation cut class polygons at their seams. By default each
 * strip's part of a class is its own feature, and each feature must be a valid MultiPolygon
 * (OGC: no two parts share an edge); with `mergeSeams` the parts are joined into one feature
 * per class. Both cover the same area. The fixture city is computed in 200 m strips to get
 * many seams.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { initClipper } from '../../../../src/geo/clip/index.ts';
import {
  computeSurface,
  SURFACE_CLASSES,
  type SurfaceProgram,
} from '../../../../src/analysis/surface/index.ts';
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

describe('surface classes across strip seams', () => {
  const input = readFixtureInput();

  it.each(PROGRAMS)('%s: strip features and joined classes are valid and equal', (_, program) => {
    const pieces = computeSurface(input, program, { stripWidthM: 200 });
    const joined = computeSurface(input, program, { stripWidthM: 200, mergeSeams: true });
    expect(joined.classes.features.map((f) => f.properties.class)).toEqual([...SURFACE_CLASSES]);
    // Several strips, and within each feature no two parts share an edge.
    expect(pieces.classes.features.length).toBeGreaterThan(SURFACE_CLASSES.length);
    for (const f of [...pieces.classes.features, ...joined.classes.features])
      expect(countSharedEdges(f.geometry.coordinates), f.properties.class).toBe(0);
    // All pieces of a class in one MultiPolygon do touch along the seams (the check can fail).
    const merged = SURFACE_CLASSES.map((cls) =>
      pieces.classes.features
        .filter((f) => f.properties.class === cls)
        .flatMap((f) => f.geometry.coordinates),
    );
    expect(merged.reduce((n, mp) => n + countSharedEdges(mp), 0)).toBeGreaterThan(0);
    SURFACE_CLASSES.forEach((cls, i) => {
      expect(totalArea(joined.classes.features[i]!.geometry.coordinates), cls).toBeCloseTo(
        totalArea(merged[i]!),
        0,
      );
    });
  });
});
