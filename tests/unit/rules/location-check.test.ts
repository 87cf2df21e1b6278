import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildDataset, type DatasetRole } from '../../../src/domain/dataset.ts';
import {
  checkLocation,
  type Place,
  type Program,
  type RuleView,
} from '../../../src/rules/index.ts';

const DIR = join(import.meta.dirname, '../../fixtures/rules/location-check');
const ROLE_COLOR: Record<string, string> = {
  zone: '#7b3294',
  business: '#d7301f',
  sensitive: '#4a4a4a',
  place: '#1f78b4',
};

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

describe('checkLocation golden fixtures', () => {
  for (const file of readdirSync(join(DIR, 'in')).filter((f) => f.endsWith('.geojson'))) {
    const name = file.replace(/\.geojson$/, '');
    it(name, async () => {
      const fc = deepFreeze(
        JSON.parse(readFileSync(join(DIR, 'in', file), 'utf8')) as FeatureCollection & {
          properties: {
            program: Program;
            view: RuleView;
            expected: string;
            decidedBy: string | null;
          };
        },
      );
      const byRole = (role: string) => ({
        type: 'FeatureCollection' as const,
        features: fc.features.filter((f) => f.properties?.role === role),
      });
      const ds = buildDataset(
        (['zone', 'business', 'sensitive'] as DatasetRole[]).map((role) => ({
          layerId: role,
          role,
          crs: 'EPSG:28992',
          features: byRole(role),
        })),
      );
      const place = fc.features.find((f) => f.properties?.role === 'place')!.geometry as Place;
      const v = checkLocation(ds, place, fc.properties.program, {
        crs: 'EPSG:28992',
        view: fc.properties.view,
      });
      expect(v.view).toBe(fc.properties.view);
      expect(v.verdict).toBe(fc.properties.expected);
      expect(v.decidedBy).toBe(fc.properties.decidedBy);
      // A rule that used no distance carries none: functiemenging reasons never hold a conflict.
      for (const r of v.reasons) {
        if (r.code.startsWith('FUNCTIEMENGING_')) expect(r.conflict).toBeUndefined();
      }
      const out: FeatureCollection = {
        type: 'FeatureCollection',
        features: fc.features.map((f): Feature => ({
          ...f,
          properties: {
            ...f.properties,
            stroke: ROLE_COLOR[String(f.properties?.role)] ?? '#000',
            fill: ROLE_COLOR[String(f.properties?.role)] ?? '#000',
            'fill-opacity': 0.2,
          },
        })),
      };
      (out as FeatureCollection & { properties: unknown }).properties = {
        view: v.view,
        verdict: v.verdict,
        decidedBy: v.decidedBy,
        omgevingstype: v.omgevingstype,
        zones: v.zones.map((z) => z.id),
        reasons: v.reasons.map((r) => r.code),
        conditions: v.reasons.flatMap((r) => r.conditions ?? []),
        functiemengingSources: v.reasons.flatMap((r) => (r.source ? [r.source.id] : [])),
        conflicts: v.conflicts.map((c) => ({
          kind: c.kind,
          objectId: c.objectId,
          distanceM: round(c.distanceM),
          requiredM: c.requiredM,
          distanceClass: c.distanceClass,
          measuredFrom: c.measuredFrom,
        })),
        nearestDwelling: v.nearestDwelling
          ? { ...v.nearestDwelling, distanceM: round(v.nearestDwelling.distanceM) }
          : null,
      };
      await expect(JSON.stringify(out, null, 1) + '\n').toMatchFileSnapshot(
        join(DIR, 'out', `${name}.geojson`),
      );
    });
  }
});
