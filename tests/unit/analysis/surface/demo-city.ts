/** Loads the demo city (geodata/voorbeeldstad, WGS84) as the app does: layers by role. */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { LAYERS } from '../../../../layers/index.ts';
import { buildDataset, type Dataset } from '../../../../src/domain/dataset.ts';

const GEODATA = new URL('../../../../geodata/', import.meta.url);

/** The demo city's dataset, built from the same files and roles as the app. */
export function readDemoDataset(): Dataset {
  return buildDataset(
    LAYERS.filter((l) => l.role !== 'base' && 'file' in l.source).map((l) => ({
      layerId: l.id,
      role: l.role,
      features: JSON.parse(
        readFileSync(new URL((l.source as { file: string }).file, GEODATA), 'utf8'),
      ) as FeatureCollection,
    })),
  );
}
