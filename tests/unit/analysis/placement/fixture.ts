/**
 * A small hand-drawn town in RD metres (origin 150000, 450000) with hand-checked answers:
 * - Zwaar park (bedrijventerrein, max 4.2, 0–1000 × 0–1000, 0.3 ha uitgeefbaar = 3,000 m²);
 * - Middenpark (bedrijventerrein, max 3.2, 3000–3500 × 0–500, 2 ha uitgeefbaar = 20,000 m²);
 * - Gemengd (woonwerkzone, max 2, class B, 1500–2000 × 2000–2500, no uitgeefbaar:
 *   250,000 m² minus its plots).
 * Businesses: B1 cat 4.1 in Middenpark (above 3.2); B2 cat 2 in Zwaar park (4 steps below 4.2:
 * far below); B3 cat 4.1 in Zwaar park (1 step: fits); B4 cat 1 in no zone (outside); B5 cat 2
 * in Gemengd (fits), B6 cat 4.2 on a 4,000 m² plot in Zwaar park (fits).
 * Dwellings: one at (500, 1100), 100 m north of Zwaar park; one at (3250, 1500), 1,000 m north
 * of Middenpark; one at (1750, 2600) north of Gemengd. Buurt N covers 1000–2500 × 1500–3000.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { buildDataset, type Dataset } from '../../../../src/domain/dataset.ts';

export const X0 = 150000;
export const Y0 = 450000;

export function rect(x0: number, y0: number, x1: number, y1: number): Geometry {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [X0 + x0, Y0 + y0],
        [X0 + x1, Y0 + y0],
        [X0 + x1, Y0 + y1],
        [X0 + x0, Y0 + y1],
        [X0 + x0, Y0 + y0],
      ],
    ],
  };
}

function pt(x: number, y: number): Geometry {
  return { type: 'Point', coordinates: [X0 + x, Y0 + y] };
}

const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const f = (geometry: Geometry, properties: Record<string, unknown>): Feature => ({
  type: 'Feature',
  properties,
  geometry,
});

export const ZONES = fc([
  f(rect(0, 0, 1000, 1000), {
    id: 'ZP',
    name: 'Zwaar park',
    zoneType: 'bedrijventerrein',
    status: 'bestaand',
    maxMilieucategorie: '4.2',
    uitgeefbaarHa: 0.3,
  }),
  f(rect(3000, 0, 3500, 500), {
    id: 'MP',
    name: 'Middenpark',
    zoneType: 'bedrijventerrein',
    status: 'bestaand',
    maxMilieucategorie: '3.2',
    uitgeefbaarHa: 2,
  }),
  f(rect(1500, 2000, 2000, 2500), {
    id: 'GM',
    name: 'Gemengd',
    zoneType: 'woonwerkzone',
    status: 'bestaand',
    maxMilieucategorie: '2',
    functiemenging: 'B',
  }),
]);

const biz = (id: string, g: Geometry, cat: string, bvoM2: number, jobs: number, fm?: string) =>
  f(g, {
    id,
    name: `Bedrijf ${id}`,
    sbi: '0000',
    activity: `Activiteit ${id}`,
    milieucategorie: cat,
    ...(fm ? { functiemenging: fm } : {}),
    bvoM2,
    jobs,
  });

export const BUSINESSES = fc([
  biz('B1', pt(3100, 100), '4.1', 2000, 20),
  biz('B2', pt(900, 500), '2', 1000, 10, 'A'),
  biz('B3', pt(200, 200), '4.1', 3000, 30),
  biz('B4', pt(5000, 5000), '1', 100, 2, 'A'),
  biz('B5', pt(1750, 2250), '2', 500, 6, 'B'),
  // 4,000 m² plot (40 × 100 m) around (500, 700).
  biz('B6', rect(480, 650, 520, 750), '4.2', 6000, 40),
]);

export const DWELLINGS = fc([
  f(pt(500, 1100), { id: 'W1', homes: 1 }),
  f(pt(3250, 1500), { id: 'W2', homes: 1 }),
  f(pt(1750, 2600), { id: 'W3', homes: 1 }),
]);

export const BUURTEN = fc([f(rect(1000, 1500, 2500, 3000), { id: 'N', name: 'Noord' })]);

/** The town as a dataset (RD input). */
export function town(): Dataset {
  return buildDataset([
    { layerId: 'zones', role: 'zone', features: ZONES, crs: 'EPSG:28992' },
    { layerId: 'bedrijven', role: 'business', features: BUSINESSES, crs: 'EPSG:28992' },
    { layerId: 'woningen', role: 'sensitive', features: DWELLINGS, crs: 'EPSG:28992' },
    { layerId: 'buurten', role: 'neighbourhood', features: BUURTEN, crs: 'EPSG:28992' },
  ]);
}
