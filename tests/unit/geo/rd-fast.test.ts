import { describe, expect, it } from 'vitest';
import { toRd } from '../../../src/geo/crs.ts';
import { toRdFast } from '../../../src/geo/rd-fast.ts';

describe('toRdFast', () => {
  it('agrees with proj4 (toRd) within 1 mm over the whole Netherlands', () => {
    let worst = 0;
    for (let lng = 3.2; lng <= 7.3; lng += 0.137) {
      for (let lat = 50.7; lat <= 53.6; lat += 0.093) {
        const a = toRd([lng, lat]);
        const b = toRdFast([lng, lat]);
        worst = Math.max(worst, Math.hypot(a[0] - b[0], a[1] - b[1]));
      }
    }
    expect(worst).toBeLessThan(0.001);
  });
  it('maps the Amersfoort origin to (155000, 463000) within the datum shift', () => {
    const [x, y] = toRdFast([5.38763888888889, 52.15616055555555]);
    expect(Math.abs(x - 155000)).toBeLessThan(200);
    expect(Math.abs(y - 463000)).toBeLessThan(200);
  });
});
