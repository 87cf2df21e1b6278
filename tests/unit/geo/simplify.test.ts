import { describe, expect, it } from 'vitest';
import { pointSegmentDistanceSq, ringAreaM2 } from '../../../src/geo/planar.ts';
import { simplifyMultiPolygon, simplifyRing } from '../../../src/geo/simplify.ts';
import type { RingRd } from '../../../src/geo/types.ts';

/** Largest distance from a vertex of `ring` to the outline `simple`, metres. */
function worstDeviationM(ring: RingRd, simple: RingRd): number {
  let worst = 0;
  for (const p of ring) {
    let best = Infinity;
    for (let i = 1; i < simple.length; i++) {
      const a = simple[i - 1]!;
      const b = simple[i]!;
      best = Math.min(best, pointSegmentDistanceSq(p[0]!, p[1]!, a[0]!, a[1]!, b[0]!, b[1]!));
    }
    worst = Math.max(worst, Math.sqrt(best));
  }
  return worst;
}

/** A circle of radius r as a closed ring of n vertices, with a seeded wobble of ± w metres. */
function wobblyCircle(r: number, n: number, w: number): RingRd {
  const ring: RingRd = [];
  let seed = 3;
  for (let i = 0; i < n; i++) {
    seed = (seed * 48271) % 2147483647;
    const rr = r + w * (seed / 2147483647 - 0.5) * 2;
    const a = (2 * Math.PI * i) / n;
    ring.push([155000 + rr * Math.cos(a), 463000 + rr * Math.sin(a)]);
  }
  ring.push(ring[0]!);
  return ring;
}

describe('simplifyRing', () => {
  it('drops vertices within the tolerance and keeps the corners', () => {
    const ring = [
      [0, 0],
      [5, 0.1],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    expect(simplifyRing(ring, 0.25)).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ]);
    expect(simplifyRing(ring, 0.05)).toHaveLength(6);
  });

  it('keeps every left-out vertex within the tolerance of the result, on dense noisy rings', () => {
    const ring = wobblyCircle(30, 5000, 0.2);
    const simple = simplifyRing(ring, 0.25)!;
    expect(simple.length).toBeLessThan(ring.length / 5);
    expect(worstDeviationM(ring, simple)).toBeLessThanOrEqual(0.25 + 1e-9);
    expect(simple[0]).toEqual(simple[simple.length - 1]);
    // The area changes by at most the tolerance times the perimeter.
    expect(Math.abs(ringAreaM2(simple) - ringAreaM2(ring))).toBeLessThan(0.25 * 2 * Math.PI * 30);
  });

  it('returns null for a ring that collapses (thinner than the tolerance)', () => {
    const sliver = [
      [0, 0],
      [50, 0.1],
      [100, 0],
      [50, -0.1],
      [0, 0],
    ];
    expect(simplifyRing(sliver, 0.25)).toBeNull();
  });
});

describe('simplifyMultiPolygon', () => {
  it('drops collapsed holes and polygons, keeps the rest (input not mutated)', () => {
    const outer = wobblyCircle(50, 400, 0.1);
    const hole = [
      [155000, 463000],
      [155020, 463000.1],
      [155040, 463000],
      [155020, 462999.9],
      [155000, 463000],
    ];
    const input = [[outer, hole]];
    const copy = structuredClone(input);
    const out = simplifyMultiPolygon(input, 0.25);
    expect(input).toEqual(copy);
    expect(out).toHaveLength(1);
    expect(out[0]).toHaveLength(1);
    expect(out[0]![0]!.length).toBeLessThan(outer.length);
  });
});
