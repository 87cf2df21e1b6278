import { describe, expect, it } from 'vitest';
import { sketchFeatures } from '../../../src/analysis/sketch.ts';

describe('sketchFeatures', () => {
  it('draws the outline on to the pointer and back, then the vertices, the first marked', () => {
    const f = sketchFeatures(
      [
        [5.6, 52.4],
        [5.61, 52.4],
      ],
      [5.61, 52.41],
    );
    expect(f.map((x) => x.properties!['kind'])).toEqual(['outline', 'vertex', 'vertex']);
    expect(f[0]!.geometry.coordinates).toEqual([
      [5.6, 52.4],
      [5.61, 52.4],
      [5.61, 52.41],
      [5.6, 52.4],
    ]);
    expect(f.map((x) => x.properties!['first'])).toEqual([undefined, true, false]);
  });

  it('has no outline for one vertex without a pointer, and nothing for no vertices', () => {
    expect(sketchFeatures([[5.6, 52.4]], null).map((x) => x.properties!['kind'])).toEqual([
      'vertex',
    ]);
    expect(sketchFeatures([], [5.6, 52.4])).toEqual([]);
  });
});
