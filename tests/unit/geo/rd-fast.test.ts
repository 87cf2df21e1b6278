import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { RD_PROJ4, toRd, toWgs84 } from '../../../src/geo/crs.ts';
import { toRdFast, toWgs84Fast } from '../../../src/geo/rd-fast.ts';

// proj4 is the oracle here only: the app projects with ./rd-fast.ts (issue 14: proj4 is not bundled).
const oracle = proj4('+proj=longlat +datum=WGS84 +no_defs', RD_PROJ4);

describe('toRdFast', () => {
  it('agrees with proj4 within 1 mm over the whole Netherlands', () => {
    let worst = 0;
    for (let lng = 3.2; lng <= 7.3; lng += 0.137) {
      for (let lat = 50.7; lat <= 53.6; lat += 0.093) {
        const a = oracle.forward([lng, lat]);
        const b = toRdFast([lng, lat]);
        worst = Math.max(worst, Math.hypot(a[0]! - b[0], a[1]! - b[1]));
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

describe('toWgs84Fast', () => {
  it('agrees with proj4 within 1e-9° (0.1 mm) over the whole RD extent', () => {
    let worst = 0;
    for (let x = -7000; x <= 300000; x += 3137) {
      for (let y = 289000; y <= 629000; y += 2931) {
        const a = oracle.inverse([x, y]);
        const b = toWgs84Fast([x, y]);
        worst = Math.max(worst, Math.abs(a[0]! - b[0]), Math.abs(a[1]! - b[1]));
      }
    }
    expect(worst).toBeLessThan(1e-9);
  });
  it('round-trips with toRdFast within 1 mm (as proj4 does)', () => {
    const ll = toWgs84Fast([121000, 487000]);
    const back = toRdFast(ll);
    expect(Math.hypot(back[0] - 121000, back[1] - 487000)).toBeLessThan(0.001);
  });
});

describe('crs.ts', () => {
  it('toRd and toWgs84 are the fast projection', () => {
    expect(toRd([5.1, 52.1])).toEqual(toRdFast([5.1, 52.1]));
    expect(toWgs84([121000, 487000])).toEqual(toWgs84Fast([121000, 487000]));
  });
});
