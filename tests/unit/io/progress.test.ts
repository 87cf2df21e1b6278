/**
 * The progress a read reports (issue 12: big files never freeze the page, and the bar moves):
 * one big GeoJSON file reports fractions while its features are checked and projected, not only
 * 0 before and 1 after.
 */
import { describe, expect, it } from 'vitest';
import { readFiles } from '../../../src/io/read.ts';

/** A GeoJSON of `n` small squares near Doesburg (deterministic). */
function squares(n: number): Uint8Array {
  const features = Array.from({ length: n }, (_, i) => {
    const x = 6.1 + (i % 100) * 0.0002;
    const y = 52.0 + Math.floor(i / 100) * 0.0001;
    return {
      type: 'Feature',
      properties: { i },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x, y],
            [x + 0.0001, y],
            [x + 0.0001, y + 0.0001],
            [x, y + 0.0001],
            [x, y],
          ],
        ],
      },
    };
  });
  return new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
}

describe('read progress', () => {
  it('moves while one big GeoJSON file is read, rising, between 0 and 1', async () => {
    const seen: number[] = [];
    const { layers } = await readFiles([{ name: 'big.geojson', bytes: squares(20_000) }], {
      onProgress: (fraction) => seen.push(fraction),
    });
    expect(layers[0]!.wgs84).toHaveLength(20_000);
    const inside = seen.filter((f) => f > 0 && f < 1);
    expect(inside.length).toBeGreaterThanOrEqual(4);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
  });
});
