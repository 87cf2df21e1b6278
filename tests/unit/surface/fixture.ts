/** Loads the surface fixture city (one collection, `layer` property per feature) as layers. */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import {
  buildSurfaceInput,
  type SurfaceInput,
  type SurfaceLayersRd,
} from '../../../src/core/surface/index.ts';

export const FIXTURE_DIR = new URL('../../fixtures/surface/', import.meta.url);

/** Reads a fixture city and splits it into the layers the surface reads. */
export function readFixtureLayers(
  name = 'kleine-stad',
): SurfaceLayersRd & { all: FeatureCollection } {
  const all = JSON.parse(
    readFileSync(new URL(`in/${name}.geojson`, FIXTURE_DIR), 'utf8'),
  ) as FeatureCollection;
  const pick = (layer: string): FeatureCollection => ({
    type: 'FeatureCollection',
    features: all.features.filter((f: Feature) => f.properties?.['layer'] === layer),
  });
  return {
    all,
    zones: [pick('zone')],
    businesses: pick('bedrijf'),
    dwellings: pick('woning'),
    buurten: pick('buurt'),
  };
}

/** The fixture city as surface input (study area: the data extent). */
export function readFixtureInput(name = 'kleine-stad'): SurfaceInput {
  return buildSurfaceInput(readFixtureLayers(name));
}
