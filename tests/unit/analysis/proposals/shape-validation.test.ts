import { describe, expect, it } from 'vitest';
import {
  findSelfIntersection,
  findSelfIntersectionPairwise,
  MIN_AREA_M2,
  SHAPE_OUTSIDE_EXTENT,
  SHAPE_SELF_INTERSECTION,
  SHAPE_SLIVER_AREA,
  SHAPE_SLIVER_WIDTH,
  SHAPE_TOO_FEW_VERTICES,
  validateProposalShape,
} from '../../../../src/analysis/proposals/shape-validation.ts';
import type { BboxRd } from '../../../../src/geo/types.ts';

const X = 150000;
const Y = 480000;
const at = (pts: number[][]): number[][] => {
  const ring = pts.map(([x, y]) => [X + x!, Y + y!]);
  return [...ring, ring[0]!];
};
const EXTENT: BboxRd = [X - 1000, Y - 1000, X + 1000, Y + 1000];

describe('validateProposalShape', () => {
  it('accepts a plain rectangle', () => {
    expect(
      validateProposalShape(
        at([
          [0, 0],
          [100, 0],
          [100, 50],
          [0, 50],
        ]),
        EXTENT,
      ),
    ).toEqual([]);
  });

  it('refuses a bow tie and says where the edges cross', () => {
    const problems = validateProposalShape(
      at([
        [0, 0],
        [100, 100],
        [100, 0],
        [0, 100],
      ]),
      EXTENT,
    );
    expect(problems.map((p) => p.code)).toEqual([SHAPE_SELF_INTERSECTION]);
    expect(problems[0]!.atRd[0]).toBeCloseTo(X + 50, 6);
    expect(problems[0]!.atRd[1]).toBeCloseTo(Y + 50, 6);
  });

  it('refuses an outline that touches itself at a corner', () => {
    // A figure eight through (50, 50): the corner is visited twice.
    const ring = [
      [0, 0],
      [50, 50],
      [100, 0],
      [100, 100],
      [50, 50],
      [0, 100],
    ];
    expect(findSelfIntersection(ring)).toEqual([50, 50]);
  });

  it('refuses a sliver below 10 m²', () => {
    const problems = validateProposalShape(
      at([
        [0, 0],
        [3, 0],
        [3, 3],
        [0, 3],
      ]),
      EXTENT,
    );
    expect(problems.map((p) => p.code)).toEqual([SHAPE_SLIVER_AREA]);
    expect(problems[0]!.value).toBeCloseTo(9, 9);
    expect(MIN_AREA_M2).toBe(10);
  });

  it('refuses a long shape of near-zero width even when its area is large enough', () => {
    // 200 m long, 0.2 m wide: 40 m², mean width ≈ 0.2 m.
    const problems = validateProposalShape(
      at([
        [0, 0],
        [200, 0],
        [200, 0.2],
        [0, 0.2],
      ]),
      EXTENT,
    );
    expect(problems.map((p) => p.code)).toEqual([SHAPE_SLIVER_WIDTH]);
    expect(problems[0]!.value).toBeCloseTo(0.2, 2);
  });

  it('accepts a narrow but real strip (5 m wide)', () => {
    expect(
      validateProposalShape(
        at([
          [0, 0],
          [200, 0],
          [200, 5],
          [0, 5],
        ]),
        EXTENT,
      ),
    ).toEqual([]);
  });

  it('refuses a shape with a corner outside the data extent', () => {
    const problems = validateProposalShape(
      at([
        [900, 0],
        [1100, 0],
        [1100, 50],
        [900, 50],
      ]),
      EXTENT,
    );
    expect(problems.map((p) => p.code)).toEqual([SHAPE_OUTSIDE_EXTENT]);
    expect(problems[0]!.value).toBe(2);
  });

  it('refuses two corners as too few', () => {
    const problems = validateProposalShape(
      at([
        [0, 0],
        [10, 0],
        [10, 0],
      ]),
      EXTENT,
    );
    expect(problems.map((p) => p.code)).toEqual([SHAPE_TOO_FEW_VERTICES]);
  });

  it('ignores repeated corners (a double click) when looking for crossings', () => {
    const ring = at([
      [0, 0],
      [100, 0],
      [100, 0],
      [100, 50],
      [0, 50],
    ]);
    expect(validateProposalShape(ring, EXTENT)).toEqual([]);
  });
});

describe('self-intersection by a segment index (issue 13: no O(n²) scan)', () => {
  /** A star-ish ring of n corners around the origin; `wild` makes radii jump so edges cross. */
  const ring = (n: number, seed: number, wild: boolean): [number, number][] => {
    let s = seed;
    const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    return Array.from({ length: n }, (_, i) => {
      const t = (2 * Math.PI * (wild ? next() * n : i)) / n;
      const r = 100 + (wild ? 50 : 5) * next();
      return [r * Math.cos(t), r * Math.sin(t)];
    });
  };

  it('finds the same first crossing as the pairwise scan, on simple and crossing rings', () => {
    let crossing = 0;
    for (let seed = 1; seed <= 60; seed++) {
      for (const n of [33, 80, 250]) {
        const r = ring(n, seed, seed % 2 === 0);
        const expected = findSelfIntersectionPairwise(r);
        if (expected) crossing++;
        expect(findSelfIntersection(r)).toEqual(expected);
      }
    }
    expect(crossing).toBeGreaterThan(50);
  });

  it('checks a 20,000-corner simple outline (the issue’s hostile study area) and a bow tie in it', () => {
    const big = ring(20_000, 7, false);
    expect(findSelfIntersection(big)).toBeUndefined();
    // Swap two far-apart corners: the outline now crosses itself.
    const bent = big.slice();
    [bent[100], bent[10_100]] = [bent[10_100]!, bent[100]!];
    expect(findSelfIntersection(bent)).toBeDefined();
  });
});
