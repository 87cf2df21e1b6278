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
