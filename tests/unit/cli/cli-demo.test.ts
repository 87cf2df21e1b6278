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

  it('--view plan (default) measures from De Vaart, --view feitelijk from today’s businesses', () => {
    const at = ['--program', 'housing', '--at', '165837.0,494879.6', '--crs', 'EPSG:28992'];
    const plan = runLocatiecheck([...at, '--json'], ROOT);
    expect(plan.code).toBe(0);
    const [p] = JSON.parse(plan.out) as {
      view: string;
      verdict: string;
      conflicts: { objectId: string }[];
    }[];
    expect(p!.view).toBe('plan');
    expect(p!.verdict).toBe('voorwaardelijk');
    expect(p!.conflicts.map((c) => c.objectId)).toContain('BT04');
    const text = runLocatiecheck([...at, '--view', 'plan'], ROOT);
    expect(text.out).toContain('Gemeten volgens: Bestemmingsplan');
    const now = runLocatiecheck([...at, '--view', 'feitelijk', '--json'], ROOT);
    const [f] = JSON.parse(now.out) as { view: string; conflicts: { objectId: string }[] }[];
    expect(f!.view).toBe('feitelijk');
    expect(f!.conflicts.map((c) => c.objectId)).not.toContain('BT04');
  });

  it('an unknown --view exits 2 with a message', () => {
    const bad = runLocatiecheck(
      ['--program', 'housing', '--at', '5.6,52.4', '--view', 'kaart'],
      ROOT,
    );
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('Onbekende --view "kaart": kies plan of feitelijk.');
  });
});
