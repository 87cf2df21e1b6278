/** Loads the surface fixture city (one collection, `layer` property per feature) as a dataset. */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import { EPSG_RD } from '../../../../src/geo/crs.ts';
import { buildDataset, type Dataset, type DatasetRole } from '../../../../src/domain/dataset.ts';
import { buildSurfaceInput, type SurfaceInput } from '../../../../src/analysis/surface/index.ts';

export const FIXTURE_DIR = new URL('../../../fixtures/surface/', import.meta.url);

const ROLES: Record<string, DatasetRole> = {
  zone: 'zone',
  bedrijf: 'business',
  woning: 'sensitive',
  buurt: 'neighbourhood',
};

/** Reads a fixture city (all layers in one RD collection). */
export function readFixtureCollection(name = 'kleine-stad'): FeatureCollection {
  return JSON.parse(
    readFileSync(new URL(`in/${name}.geojson`, FIXTURE_DIR), 'utf8'),
  ) as FeatureCollection;
}

/** The fixture city as the rules' dataset. */
export function readFixtureDataset(name = 'kleine-stad'): Dataset {
  const all = readFixtureCollection(name);
  return buildDataset(
    Object.entries(ROLES).map(([layer, role]) => ({
      layerId: layer,
      role,
      crs: EPSG_RD,
      features: {
        type: 'FeatureCollection',
        features: all.features.filter((f: Feature) => f.properties?.['layer'] === layer),
      },
    })),
  );
}

/** The fixture city as surface input (study area: the data extent). */
export function readFixtureInput(name = 'kleine-stad'): SurfaceInput {
  return buildSurfaceInput(readFixtureDataset(name));
}

const square = (x0: number, y0: number, x1: number, y1: number): number[][] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];

/**
 * Sensitive areas (places where a plan permits homes, e.g. Wonen bestemmingen) for the fixture
 * city, RD: beside the bedrijventerrein, inside and across the woon-werkzone (functiemenging
 * B), an L-shape, one with a hole beside the productieve wijk, a two-part one, one far away.
 */
export const FIXTURE_AREAS: Feature[] = [
  {
    type: 'Feature',
    properties: { layer: 'woning', id: 'A-oost', name: 'Wonen Oost', functie: 'wonen' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [150910, 460150],
          [150990, 460150],
          [150990, 460330],
          [150950, 460330],
          [150950, 460210],
          [150910, 460210],
          [150910, 460150],
        ],
      ],
    },
  },
  {
    type: 'Feature',
    properties: { layer: 'woning', id: 'A-wwz', name: 'Wonen in de zone' },
    geometry: { type: 'Polygon', coordinates: [square(150150, 460480, 150250, 460540)] },
  },
  {
    type: 'Feature',
    properties: { layer: 'woning', id: 'A-rand', name: 'Wonen aan de rand' },
    geometry: { type: 'Polygon', coordinates: [square(150330, 460600, 150420, 460660)] },
  },
  {
    type: 'Feature',
    properties: { layer: 'woning', id: 'A-hof', name: 'Hofje', functie: 'zorg' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        square(150420, 460320, 150540, 460400),
        square(150450, 460340, 150510, 460380).reverse(),
      ],
    },
  },
  {
    type: 'Feature',
    properties: { layer: 'woning', id: 'A-twee', name: 'Twee delen' },
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        [square(150560, 460060, 150590, 460090)],
        [square(150700, 460410, 150760, 460440)],
      ],
    },
  },
  {
    type: 'Feature',
    properties: { layer: 'woning', id: 'A-ver', name: 'Ver weg' },
    geometry: { type: 'Polygon', coordinates: [square(150000, 460000, 150030, 460030)] },
  },
];

/** The fixture city with {@link FIXTURE_AREAS} in its sensitive layer, as the rules' dataset. */
export function readFixtureDatasetWithAreas(name = 'kleine-stad'): Dataset {
  const all = readFixtureCollection(name);
  const features = [...all.features, ...FIXTURE_AREAS];
  return buildDataset(
    Object.entries(ROLES).map(([layer, role]) => ({
      layerId: layer,
      role,
      crs: EPSG_RD,
      features: {
        type: 'FeatureCollection',
        features: features.filter((f: Feature) => f.properties?.['layer'] === layer),
      },
    })),
  );
}
