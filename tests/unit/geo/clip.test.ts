import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../share/sample.ts';
import {
  areaM2,
  buffer,
  bufferPoints,
  clipAreaM2,
  clipBuffer,
  clipBufferPoints,
  clipDifference,
  clipUnion,
  difference,
  freeClipPaths,
  fromClipPaths,
  initClipper,
  intersection,
  isClipperReady,
  toClipPaths,
  unionAll,
} from '../../../src/geo/clip/index.ts';
import type { MultiPolygonRd, PolygonRd } from '../../../src/geo/types.ts';

/** An axis-aligned square in RD, counter-clockwise and closed. */
function square(x: number, y: number, size: number): PolygonRd {
  return [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ];
}

/** Twice the signed area of a ring: > 0 counter-clockwise. */
function signedArea2(ring: number[][]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    s += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  }
  return s;
}

const X0 = 150_000;
const Y0 = 460_000;

beforeAll(async () => {
  await initClipper();
});

describe('initClipper', () => {
  it('loads the module once and reports readiness', async () => {
    await initClipper();
    expect(isClipperReady()).toBe(true);
  });
});

describe('areaM2', () => {
  it('computes a square, subtracts holes and sums parts', () => {
    expect(areaM2(square(X0, Y0, 10))).toBeCloseTo(100, 9);
    const withHole: PolygonRd = [square(X0, Y0, 10)[0]!, square(X0 + 2, Y0 + 2, 4)[0]!];
    expect(areaM2(withHole)).toBeCloseTo(84, 9);
    expect(areaM2([square(X0, Y0, 10), square(X0 + 20, Y0, 5)])).toBeCloseTo(125, 9);
    expect(areaM2([])).toBe(0);
  });
});

describe('unionAll', () => {
  it('merges two squares sharing an edge into one polygon', () => {
    const out = unionAll([square(X0, Y0, 10), square(X0 + 10, Y0, 10)]);
    expect(out).toHaveLength(1);
    expect(areaM2(out)).toBeCloseTo(200, 6);
  });

  it('merges coincident squares without double counting', () => {
    const out = unionAll([square(X0, Y0, 10), square(X0, Y0, 10), square(X0 + 5, Y0 + 5, 10)]);
    expect(out).toHaveLength(1);
    expect(areaM2(out)).toBeCloseTo(175, 6);
  });

  it('keeps disjoint squares apart and handles clockwise input', () => {
    const cw = square(X0 + 100, Y0, 10).map((r) => [...r].reverse());
    const out = unionAll([square(X0, Y0, 10), cw]);
    expect(out).toHaveLength(2);
    expect(areaM2(out)).toBeCloseTo(200, 6);
  });

  it('keeps holes of input polygons regardless of their orientation', () => {
    const outer = square(X0, Y0, 10)[0]!;
    const holeCcw = square(X0 + 2, Y0 + 2, 4)[0]!;
    const out = unionAll([[outer, holeCcw]]);
    expect(out).toHaveLength(1);
    expect(out[0]).toHaveLength(2);
    expect(areaM2(out)).toBeCloseTo(84, 6);
  });

  it('forms a hole when a ring of squares encloses an empty cell', () => {
    const ring: PolygonRd[] = [];
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++)
        if (i !== 1 || j !== 1) ring.push(square(X0 + i * 10, Y0 + j * 10, 10));
    }
    const out = unionAll(ring);
    expect(out).toHaveLength(1);
    expect(out[0]).toHaveLength(2);
    // RFC 7946: outer counter-clockwise, hole clockwise, rings closed.
    expect(signedArea2(out[0]![0]!)).toBeGreaterThan(0);
    expect(signedArea2(out[0]![1]!)).toBeLessThan(0);
    expect(out[0]![0]![0]).toEqual(out[0]![0]!.at(-1));
    expect(areaM2(out)).toBeCloseTo(800, 6);
  });

  it('returns an island inside a hole as a separate polygon', () => {
    const donut: PolygonRd = [square(X0, Y0, 30)[0]!, square(X0 + 5, Y0 + 5, 20)[0]!];
    const out = unionAll([donut, square(X0 + 10, Y0 + 10, 10)]);
    expect(out).toHaveLength(2);
    expect(areaM2(out)).toBeCloseTo(900 - 400 + 100, 6);
  });

  it('returns an empty MultiPolygon for empty input and degenerate rings', () => {
    expect(unionAll([])).toEqual([]);
    expect(
      unionAll([
        [],
        [
          [
            [X0, Y0],
            [X0 + 1, Y0],
            [X0, Y0],
          ],
        ],
      ]),
    ).toEqual([]);
  });
});

describe('intersection and difference', () => {
  it('intersects overlapping squares', () => {
    const out = intersection(square(X0, Y0, 10), square(X0 + 5, Y0 + 5, 10));
    expect(areaM2(out)).toBeCloseTo(25, 6);
  });

  it('intersection of squares touching only along an edge is empty', () => {
    expect(intersection(square(X0, Y0, 10), square(X0 + 10, Y0, 10))).toEqual([]);
  });

  it('cuts a hole with a difference', () => {
    const out = difference(square(X0, Y0, 10), square(X0 + 2, Y0 + 2, 4));
    expect(out).toHaveLength(1);
    expect(out[0]).toHaveLength(2);
    expect(areaM2(out)).toBeCloseTo(84, 6);
  });

  it('difference with a coincident shape is empty, with an empty shape is the input', () => {
    expect(difference(square(X0, Y0, 10), square(X0, Y0, 10))).toEqual([]);
    expect(areaM2(difference(square(X0, Y0, 10), []))).toBeCloseTo(100, 6);
    expect(difference([], square(X0, Y0, 10))).toEqual([]);
  });
});

describe('buffer', () => {
  it('buffers a square: area = a² + 4ad + πd², within the arc tolerance', () => {
    const a = 10;
    const d = 50;
    const exact = a * a + 4 * a * d + Math.PI * d * d;
    const out = buffer([square(X0, Y0, a)], d);
    // Arcs lie inside the exact circle by ≤ 0.1 m; area loss ≤ perimeter × 0.1 m.
    expect(areaM2(out)).toBeLessThanOrEqual(exact + 1);
    expect(areaM2(out)).toBeGreaterThan(exact - (4 * a + 2 * Math.PI * d) * 0.1);
  });

  it('merges the buffers of nearby plots, and zero distance gives the union', () => {
    const merged = buffer([square(X0, Y0, 10), square(X0 + 30, Y0, 10)], 20);
    expect(merged).toHaveLength(1);
    const zero = buffer([square(X0, Y0, 10), square(X0 + 10, Y0, 10)], 0);
    expect(areaM2(zero)).toBeCloseTo(200, 6);
  });
});

describe('bufferPoints', () => {
  it('draws discs with area close to πr²', () => {
    const out = bufferPoints(new Float64Array([X0, Y0, X0 + 1000, Y0]), 100);
    expect(out).toHaveLength(2);
    const exact = 2 * Math.PI * 100 * 100;
    expect(areaM2(out)).toBeLessThanOrEqual(exact);
    expect(areaM2(out)).toBeGreaterThan(exact - 2 * 2 * Math.PI * 100 * 0.1);
  });

  it('merges overlapping discs and returns nothing for zero radius or no points', () => {
    expect(bufferPoints(new Float64Array([X0, Y0, X0 + 10, Y0]), 10)).toHaveLength(1);
    expect(bufferPoints(new Float64Array([X0, Y0]), 0)).toEqual([]);
    expect(bufferPoints(new Float64Array([]), 10)).toEqual([]);
  });
});

describe('ClipPaths handles', () => {
  it('chains buffer, union and difference inside WebAssembly memory', () => {
    const plots = toClipPaths([square(X0, Y0, 10)]);
    const study = toClipPaths([square(X0 - 100, Y0 - 100, 210)]);
    const near = clipBuffer(plots, 10);
    const merged = clipUnion(near, plots);
    const rest = clipDifference(study, merged);
    const mp: MultiPolygonRd = fromClipPaths(rest);
    expect(clipAreaM2(rest)).toBeCloseTo(areaM2(mp), 3);
    expect(areaM2(mp)).toBeCloseTo(210 * 210 - areaM2(fromClipPaths(near)), 3);
    freeClipPaths(plots, study, near, merged, rest);
  });
});

describe('bufferPoints on dense points (coverage grid, chunks)', () => {
  it('equals the plain union of the discs, merged or in chunks', () => {
    // 1,200 points in a 250 × 250 m square: discs of 30 m overlap heavily.
    let seed = 7;
    const rnd = (): number => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const xy = new Float64Array(2400);
    for (let i = 0; i < 1200; i++) {
      xy[2 * i] = X0 + rnd() * 250;
      xy[2 * i + 1] = Y0 + rnd() * 250;
    }
    // Reference: one disc per call, merged by unionAll (no grid, no chunks).
    const discs: MultiPolygonRd[] = [];
    for (let i = 0; i < 1200; i += 1) discs.push(bufferPoints(xy.subarray(2 * i, 2 * i + 2), 30));
    const reference = areaM2(unionAll(discs));
    expect(areaM2(bufferPoints(xy, 30))).toBeCloseTo(reference, 0);
    const chunks = clipBufferPoints(xy, 30, undefined, { merge: false });
    const merged = clipUnion(chunks);
    expect(clipAreaM2(merged)).toBeCloseTo(reference, 0);
    freeClipPaths(chunks, merged);
  }, 30_000);
});

/** Area of the union of polygons, straight from Clipper (no conversion back to rings). */
function unionAreaM2(polygons: PolygonRd[]): number {
  const paths = toClipPaths(polygons);
  const merged = clipUnion(paths);
  const area = clipAreaM2(merged);
  freeClipPaths(paths, merged);
  return area;
}

/** Where a ring touches itself: a repeated vertex, or a vertex inside one of its own edges. */
function selfTouches(ring: number[][]): string[] {
  const out: string[] = [];
  const n = ring.length - 1;
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const key = ring[i]!.join(',');
    if (seen.has(key)) out.push(`vertex ${key} twice`);
    seen.add(key);
  }
  for (let k = 0; k < n; k++) {
    const [x, y] = ring[k]!;
    for (let i = 0; i < n; i++) {
      const [ax, ay] = ring[i]!;
      const [bx, by] = ring[i + 1]!;
      const cross = (bx! - ax!) * (y! - ay!) - (by! - ay!) * (x! - ax!);
      const dot = (x! - ax!) * (bx! - ax!) + (y! - ay!) * (by! - ay!);
      const len2 = (bx! - ax!) ** 2 + (by! - ay!) ** 2;
      if (Math.abs(cross) < 1e-9 && dot > 1e-9 && dot < len2 - 1e-9)
        out.push(`vertex ${x},${y} inside edge ${i}`);
    }
  }
  return out;
}

describe('output rings never touch themselves (OGC)', () => {
  it('splits pinched rings of 300 random unions of grid rectangles, keeping the area', () => {
    const random = createRandom(42);
    let split = 0;
    for (let k = 0; k < 300; k++) {
      // Rectangles on a 1 m grid touch each other at corners and along edges all the time.
      const rects = Array.from({ length: 6 }, () => {
        const x = X0 + Math.floor(random() * 8);
        const y = Y0 + Math.floor(random() * 8);
        const w = 1 + Math.floor(random() * 4);
        const h = 1 + Math.floor(random() * 4);
        return [
          [
            [x, y],
            [x + w, y],
            [x + w, y + h],
            [x, y + h],
            [x, y],
          ],
        ];
      });
      const out = unionAll(rects);
      for (const polygon of out)
        for (const ring of polygon) expect(selfTouches(ring), JSON.stringify(ring)).toEqual([]);
      expect(areaM2(out)).toBeCloseTo(unionAreaM2(rects), 6);
      split += out.length;
    }
    expect(split).toBeGreaterThan(300);
  });

  it('turns a square pinched at one corner into two polygons touching at a point', () => {
    const out = unionAll([square(X0, Y0, 1), square(X0 + 1, Y0 + 1, 1)]);
    expect(out).toHaveLength(2);
    expect(areaM2(out)).toBeCloseTo(2, 9);
  });

  it('splits a ring whose vertex touches the inside of its own edge (as strip cuts leave them)', () => {
    // Two lobes meeting at (0, 2), which lies inside the closing edge (0, 4) → (0, 0).
    const ring = [
      [0, 0],
      [3, 0],
      [3, 1],
      [0, 2],
      [3, 3],
      [3, 4],
      [0, 4],
      [0, 0],
    ].map(([x, y]) => [X0 + x!, Y0 + y!]);
    const paths = toClipPaths([[ring]]);
    const out = fromClipPaths(paths);
    freeClipPaths(paths);
    expect(out).toHaveLength(2);
    for (const polygon of out) expect(selfTouches(polygon[0]!)).toEqual([]);
    expect(areaM2(out)).toBeCloseTo(9, 9);
  });
});
