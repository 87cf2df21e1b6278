/**
 * Rule answers on the real Durperveld plan (issue 11): its Bedrijventerrein vlakken get the
 * category of their functieaanduiding "bedrijf tot en met categorie …"; each Wonen vlak,
 * checked for housing in the bestemmingsplan view, gets the verdict those categories imply,
 * with distances that agree with shapely (tests/fixtures/realdata/durperveld-rules-reference.json,
 * made by make-durperveld-rules.py; command in make-reference.sh).
 *
 * The mapping from IMRO features to zones is a minimal one for this test only (the full IMRO
 * importer lives elsewhere).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { EPSG_RD } from '../../../src/geo/crs.ts';
import { buildDataset } from '../../../src/domain/dataset.ts';
import { centroidOfMultiPolygon, isPointInMultiPolygon } from '../../../src/geo/planar.ts';
import { checkLocation, classifyDistance, requiredDistancesM } from '../../../src/rules/index.ts';

const ROOT = join(import.meta.dirname, '../../..');
const REALDATA = [join(ROOT, '../shared/realdata'), join(ROOT, '../../shared/realdata')].find((d) =>
  existsSync(d),
);
if (!REALDATA) throw new Error('../shared/realdata not found: the Durperveld plan is needed');

interface RulesReference {
  tool: string;
  zones: { id: string; maxMilieucategorie: string | null; aanduiding: string | null }[];
  homes: {
    id: string;
    distances: { zone: string; distanceM: number }[];
    nearest: { zone: string; distanceM: number };
  }[];
}

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const enkel = read<FeatureCollection>(
  join(REALDATA, 'imro-2012-durperveld-enkelbestemming-rd.geojson'),
);
const aanduiding = read<FeatureCollection>(
  join(REALDATA, 'imro-2012-durperveld-functieaanduiding-rd.geojson'),
);
const REF = read<RulesReference>(
  join(ROOT, 'tests/fixtures/realdata/durperveld-rules-reference.json'),
);

/** Category of an aanduiding "bedrijf tot en met categorie X", or undefined. */
function categoryOf(f: Feature): string | undefined {
  return /^bedrijf tot en met categorie (\S+)$/.exec(String(f.properties?.naam ?? ''))?.[1];
}

/** Bedrijventerrein vlakken as zones, each with the category of the aanduiding inside it. */
function planZones(): FeatureCollection {
  const cats = aanduiding.features.flatMap((a) => {
    const c = categoryOf(a);
    if (!c) return [];
    const g = a.geometry as Polygon | MultiPolygon;
    const multi = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    return [{ category: c, centroid: centroidOfMultiPolygon(multi) }];
  });
  const features = enkel.features
    .filter((f) => f.properties?.bestemmingshoofdgroep === 'bedrijventerrein')
    .map((f): Feature => {
      const g = f.geometry as Polygon | MultiPolygon;
      const multi = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      const inside = cats.find((c) => isPointInMultiPolygon(c.centroid, multi));
      return {
        ...f,
        properties: {
          id: f.properties!.gml_id,
          name: f.properties!.naam,
          zoneType: 'bedrijventerrein',
          status: 'bestaand',
          ...(inside ? { maxMilieucategorie: inside.category } : {}),
        },
      };
    });
  return { type: 'FeatureCollection', features };
}

const ds = buildDataset([{ layerId: 'plan', role: 'zone', crs: EPSG_RD, features: planZones() }]);
const homes = enkel.features.filter((f) => f.properties?.bestemmingshoofdgroep === 'wonen');

describe('Durperveld: rule answers from the plan’s own categories (issue 11)', () => {
  it('reads the category of each Bedrijventerrein vlak from its functieaanduiding, as shapely does', () => {
    for (const z of REF.zones) {
      const ours = ds.zones.find((d) => d.id === z.id);
      if (!ours) {
        expect(z.maxMilieucategorie, z.id).toBeNull(); // the nutsvoorzieningen (bedrijf) are no terrain
        continue;
      }
      expect(ours.maxMilieucategorie ?? null, z.id).toBe(z.maxMilieucategorie);
    }
    expect(ds.zones.filter((z) => z.maxMilieucategorie === '3.1').map((z) => z.id)).toEqual([
      'NL.IMRO.114',
      'NL.IMRO.116',
    ]);
  });

  it('the Wonen vlak 11.7 m from Bedrijventerrein 116 (t/m 3.1) needs onderzoek: voorwaardelijk', () => {
    const home = homes.find((f) => f.properties?.gml_id === 'NL.IMRO.103')!;
    const v = checkLocation(ds, home.geometry as Polygon, { kind: 'housing' }, { crs: EPSG_RD });
    expect(v.verdict).toBe('voorwaardelijk');
    expect(v.decidedBy).toBe('TOO_CLOSE_TO_BUSINESS');
    const c = v.conflicts[0]!;
    expect(c).toMatchObject({ kind: 'zone', objectId: 'NL.IMRO.116', milieucategorie: '3.1' });
    const ref = REF.homes.find((h) => h.id === 'NL.IMRO.103')!.nearest;
    expect(ref.zone).toBe('NL.IMRO.116');
    expect(Math.abs(c.distanceM - ref.distanceM)).toBeLessThan(0.001);
    // Nobody runs a business there today in these data: the feitelijk view has nothing to measure.
    const now = checkLocation(
      ds,
      home.geometry as Polygon,
      { kind: 'housing' },
      {
        crs: EPSG_RD,
        view: 'feitelijk',
      },
    );
    expect(now.verdict).toBe('toegestaan');
  });

  it('every Wonen vlak gets the verdict its distances to the categorised vlakken imply', () => {
    let conditional = 0;
    for (const home of homes) {
      const id = String(home.properties!.gml_id);
      const ref = REF.homes.find((h) => h.id === id)!;
      const expected = ref.distances
        .map((d) => {
          const cat = ds.zones.find((z) => z.id === d.zone)!.maxMilieucategorie!;
          return { ...d, cls: classifyDistance(d.distanceM, cat, 'rustige-woonwijk') };
        })
        .filter((d) => d.cls !== 'ok');
      const v = checkLocation(ds, home.geometry as Polygon, { kind: 'housing' }, { crs: EPSG_RD });
      expect(v.conflicts.map((c) => c.objectId).sort(), id).toEqual(
        expected.map((d) => d.zone).sort(),
      );
      for (const c of v.conflicts) {
        const d = expected.find((e) => e.zone === c.objectId)!;
        expect(Math.abs(c.distanceM - d.distanceM), `${id} → ${c.objectId}`).toBeLessThan(0.001);
        expect(c.distanceClass).toBe(d.cls);
        expect(c.requiredM).toEqual(requiredDistancesM(c.milieucategorie));
      }
      expect(v.verdict, id).toBe(expected.length > 0 ? 'voorwaardelijk' : 'toegestaan');
      if (expected.length > 0) conditional++;
    }
    // 103, 093, 094 (3.1 within 30 m), 071 (cat 2 within 30 m) at least.
    expect(conditional).toBeGreaterThanOrEqual(4);
  });
});
