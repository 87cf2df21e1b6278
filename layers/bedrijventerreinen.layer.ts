import { areaLabel } from './labels.ts';
import type { LayerDefinition } from './types.ts';
import { ZONE_SCHEMA } from './zone-schema.ts';

/** IMRO standard colour of the Enkelbestemming "Bedrijventerrein" (#B45FD2). */
const COLOR = '#b45fd2';

export const BEDRIJVENTERREINEN = {
  id: 'bedrijventerreinen',
  title: { nl: 'Bedrijventerreinen', en: 'Business parks' },
  role: 'zone',
  group: 'zoning',
  source: { file: 'voorbeeldstad/bedrijventerreinen.geojson' },
  geometry: ['Polygon', 'MultiPolygon'],
  properties: ZONE_SCHEMA,
  labelProperty: 'name',
  style: [
    {
      id: 'bedrijventerreinen-fill',
      type: 'fill',
      paint: { 'fill-color': COLOR, 'fill-opacity': 0.45 },
    },
    {
      id: 'bedrijventerreinen-line',
      type: 'line',
      paint: { 'line-color': '#6a2c84', 'line-width': 1.5 },
    },
    areaLabel('bedrijventerreinen-label', 'name', '#4a1d5e'),
  ],
  legend: [
    {
      label: { nl: 'Bedrijventerrein', en: 'Business park' },
      swatch: { kind: 'fill', color: COLOR, outline: '#6a2c84' },
    },
  ],
} as const satisfies LayerDefinition;
