/** The CLI on the app's own layer configuration (layers/index.ts → geodata/voorbeeldstad/). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { runLocatiecheck } from '../../../src/cli/locatiecheck.ts';
import { toRd, toWgs84 } from '../../../src/geo/crs.ts';
import { centroidOfMultiPolygon } from '../../../src/geo/planar.ts';

const ROOT = join(import.meta.dirname, '../../..');

/** Centroid (WGS84) of the first zone of a demo layer file. */
function firstZoneCentre(file: string): string {
  const fc = JSON.parse(
    readFileSync(join(ROOT, 'geodata/voorbeeldstad', file), 'utf8'),
  ) as FeatureCollection<Polygon>;
  const rd = fc.features[0]!.geometry.coordinates.map((ring) => ring.map((p) => toRd(p)));
  return toWgs84(centroidOfMultiPolygon([rd])).join(',');
}

describe('locatiecheck on the demo city', () => {
  it('refuses homes on a bedrijventerrein and reads a woon-werkzone as gemengd gebied', () => {
    const park = runLocatiecheck(
      ['--program', 'housing', '--at', firstZoneCentre('bedrijventerreinen.geojson'), '--json'],
      ROOT,
    );
    expect(park.code).toBe(0);
    const [v] = JSON.parse(park.out) as { verdict: string; reasons: { code: string }[] }[];
    expect(v!.verdict).toBe('niet-toegestaan');
    expect(v!.reasons.map((r) => r.code)).toContain('HOUSING_ON_BUSINESS_PARK');

    const mixed = runLocatiecheck(
      ['--program', 'housing', '--at', firstZoneCentre('woonwerkzones.geojson'), '--json'],
      ROOT,
    );
    const [w] = JSON.parse(mixed.out) as { omgevingstype: string; zones: { zoneType: string }[] }[];
    expect(w!.omgevingstype).toBe('gemengd-gebied');
    expect(w!.zones.map((z) => z.zoneType)).toContain('woonwerkzone');
  });
});
