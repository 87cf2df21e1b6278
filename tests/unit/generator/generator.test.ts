import { describe, expect, it } from 'vitest';
import { area, booleanPointInPolygon, centroid, union, featureCollection } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { LAYERS } from '../../../layers/index.ts';
import { MILIEUCATEGORIEEN, type Milieucategorie } from '../../../src/domain/domain.ts';
import { isInNetherlands } from '../../../src/geo/crs.ts';
import {
  DEMO_SEED,
  GENERATED_LAYER_IDS,
  generateCity,
  generateCityRd,
  serializeCollection,
} from '../../../src/generator/city.ts';

const demoRd = generateCityRd({ seed: DEMO_SEED, scale: 'demo' });
const demo = generateCity({ seed: DEMO_SEED, scale: 'demo' });

/** Planar area of an RD polygon, m² (shoelace; Turf's area is geodesic and RD is planar). */
function planarAreaM2(p: Polygon): number {
  let sum = 0;
  for (const [k, ring] of p.coordinates.entries()) {
    let a = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      a += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
    }
    sum += (k === 0 ? 1 : -1) * Math.abs(a / 2);
  }
  return sum;
}

/** Point in polygon on planar RD coordinates (Turf's test is coordinate-agnostic). */
const isInside = (xy: Position, f: Feature): boolean =>
  booleanPointInPolygon(xy, f as Feature<Polygon>);

const anchorOf = (f: Feature): Position =>
  f.geometry.type === 'Point'
    ? f.geometry.coordinates
    : centroid(f as Feature<Polygon>).geometry.coordinates;

describe('generator: determinism', () => {
  it('gives byte-identical files for the same seed', () => {
    const again = generateCity({ seed: DEMO_SEED, scale: 'demo' });
    for (const id of GENERATED_LAYER_IDS) {
      expect(serializeCollection(again[id])).toBe(serializeCollection(demo[id]));
    }
  });

  it('gives another city for another seed', () => {
    const other = generateCity({ seed: DEMO_SEED + 1, scale: 'demo' });
    expect(serializeCollection(other.woningen)).not.toBe(serializeCollection(demo.woningen));
    expect(serializeCollection(other.bedrijven)).not.toBe(serializeCollection(demo.bedrijven));
  });
});

describe('generator: demo content', () => {
  it('has the demo counts', () => {
    expect(demo.woningen.features.length).toBeGreaterThanOrEqual(3000);
    expect(demo.woningen.features.length).toBeLessThanOrEqual(6000);
    expect(demo.bedrijven.features.length).toBeGreaterThanOrEqual(120);
    expect(demo.bedrijven.features.length).toBeLessThanOrEqual(200);
    const zones =
      demo.bedrijventerreinen.features.length +
      demo.woonwerkzones.features.length +
      demo['productieve-wijken'].features.length;
    expect(zones).toBeGreaterThanOrEqual(20);
    expect(zones).toBeLessThanOrEqual(30);
    expect(demo.buurten.features.length).toBeGreaterThanOrEqual(12);
    expect(demo.buurten.features.length).toBeLessThanOrEqual(20);
    expect(demo.bedrijventerreinen.features.some((f) => f.properties?.status === 'gepland')).toBe(
      true,
    );
  });

  it('has businesses of all ten milieucategorieën, as polygons and as points', () => {
    const cats = new Set(demo.bedrijven.features.map((f) => f.properties?.milieucategorie));
    expect([...cats].sort()).toEqual([...MILIEUCATEGORIEEN].sort());
    const kinds = new Set(demo.bedrijven.features.map((f) => f.geometry.type));
    expect(kinds).toEqual(new Set(['Polygon', 'Point']));
  });

  it('lies in the Netherlands, with 7-decimal coordinates', () => {
    for (const id of GENERATED_LAYER_IDS) {
      for (const f of demo[id].features) {
        const p = anchorOf(f);
        expect(isInNetherlands(p)).toBe(true);
      }
    }
    const text = serializeCollection(demo.woningen);
    expect(text).not.toMatch(/\d\.\d{8,}/);
  });

  it('passes each layer schema: geometry kind, required properties, types, enums', () => {
    for (const id of GENERATED_LAYER_IDS) {
      const layer = LAYERS.find((l) => l.id === id);
      expect(layer, id).toBeDefined();
      const fc: FeatureCollection = demo[id];
      expect(fc.features.length, id).toBeGreaterThan(0);
      for (const f of fc.features) {
        expect(layer!.geometry, id).toContain(f.geometry.type);
        const props = f.properties ?? {};
        for (const [key, spec] of Object.entries(layer!.properties)) {
          const value = props[key];
          if (value === undefined) {
            expect(spec.required ?? false, `${id}.${key}`).toBe(false);
            continue;
          }
          if (spec.type === 'integer') expect(Number.isInteger(value), `${id}.${key}`).toBe(true);
          else expect(typeof value, `${id}.${key}`).toBe(spec.type);
          if (spec.enum) expect(spec.enum, `${id}.${key}`).toContain(value);
          if (spec.min !== undefined) expect(value as number).toBeGreaterThanOrEqual(spec.min);
        }
      }
    }
  });

  it('has unique ids and zone types that match their file', () => {
    const ids = GENERATED_LAYER_IDS.filter((id) => !id.startsWith('base-')).flatMap((id) =>
      demo[id].features.map((f) => f.properties?.id as string),
    );
    expect(new Set(ids).size).toBe(ids.length);
    const expected = {
      bedrijventerreinen: 'bedrijventerrein',
      woonwerkzones: 'woonwerkzone',
      'productieve-wijken': 'productieve-wijk',
    } as const;
    for (const [id, zoneType] of Object.entries(expected)) {
      for (const f of demo[id as keyof typeof expected].features) {
        expect(f.properties?.zoneType).toBe(zoneType);
        if (zoneType === 'bedrijventerrein') {
          expect(f.properties?.ibisType).toBeDefined();
          expect(f.properties?.uitgeefbaarHa).toBeGreaterThanOrEqual(0);
        } else {
          expect(f.properties?.functiemenging).toBeDefined();
        }
      }
    }
  });

  it('gives each business a category no heavier than its zone permits; heavy ones only in the harbour', () => {
    const zones = [
      ...demoRd.bedrijventerreinen.features,
      ...demoRd.woonwerkzones.features,
      ...demoRd['productieve-wijken'].features,
    ];
    const rank = (c: Milieucategorie): number => MILIEUCATEGORIEEN.indexOf(c);
    let inZone = 0;
    for (const b of demoRd.bedrijven.features) {
      const cat = b.properties?.milieucategorie as Milieucategorie;
      const zone = zones.find((z) => isInside(anchorOf(b), z));
      if (zone) {
        inZone++;
        expect(rank(cat)).toBeLessThanOrEqual(rank(zone.properties?.maxMilieucategorie));
      }
      if (rank(cat) >= rank('4.1')) {
        expect(zone?.properties?.ibisType, b.properties?.id).toBe('zeehaventerrein');
      }
    }
    expect(inZone).toBeGreaterThan(demoRd.bedrijven.features.length * 0.9);
  });

  it('tiles the city with buurten that do not overlap', () => {
    const polys = demoRd.buurten.features as Feature<Polygon>[];
    const sum = polys.reduce((s, f) => s + planarAreaM2(f.geometry), 0);
    // Union in RD as if planar: Turf's clipping works on raw coordinates.
    const merged = union(featureCollection(polys));
    expect(merged?.geometry.type).toBe('Polygon');
    const unionM2 = planarAreaM2(merged!.geometry as Polygon);
    expect(Math.abs(sum - unionM2) / unionM2).toBeLessThan(1e-6);
    // About 6 × 5 km.
    expect(unionM2 / 1e6).toBeGreaterThan(25);
    expect(unionM2 / 1e6).toBeLessThan(35);
    expect(area(demo.buurten.features[0]!)).toBeGreaterThan(0);
  });

  it('puts no dwelling on water or inside a business plot, and few on business parks', () => {
    const water = demoRd['base-water'].features;
    const plots = demoRd.bedrijven.features.filter((f) => f.geometry.type === 'Polygon');
    const parks = demoRd.bedrijventerreinen.features;
    let onParks = 0;
    for (const w of demoRd.woningen.features) {
      const xy = anchorOf(w);
      expect(water.some((f) => isInside(xy, f))).toBe(false);
      expect(
        plots.some((f) => isInside(xy, f)),
        w.properties?.id,
      ).toBe(false);
      if (parks.some((f) => isInside(xy, f))) onParks++;
    }
    expect(onParks).toBeGreaterThan(0);
    expect(onParks).toBeLessThanOrEqual(10);
  });

  it('has homes within 50–300 m of category 3.2–4.2 firms (conflicts to show)', () => {
    const medium = demoRd.bedrijven.features.filter((f) =>
      ['3.2', '4.1', '4.2'].includes(f.properties?.milieucategorie),
    );
    const homes = demoRd.woningen.features.map(anchorOf);
    const near = medium.filter((b) => {
      const c = anchorOf(b);
      return homes.some((h) => Math.hypot(h[0]! - c[0]!, h[1]! - c[1]!) < 300);
    });
    expect(near.length).toBeGreaterThanOrEqual(5);
  });
});

describe('generator: city scale', () => {
  it('generates the benchmark city with the requested counts', () => {
    const city = generateCityRd({ seed: DEMO_SEED, scale: 'city' });
    expect(city.woningen.features.length).toBe(150000);
    expect(city.bedrijven.features.length).toBe(2000);
    const zones =
      city.bedrijventerreinen.features.length +
      city.woonwerkzones.features.length +
      city['productieve-wijken'].features.length;
    expect(zones).toBe(300);
    expect(city.buurten.features.length).toBe(100);
    // The districts' warps vanish at their edges, so 100 buurten tile the 24 × 15 km extent exactly.
    const sumM2 = city.buurten.features.reduce(
      (s, f) => s + planarAreaM2(f.geometry as Polygon),
      0,
    );
    expect(Math.abs(sumM2 - 24000 * 15000)).toBeLessThan(1);
  });
});
