import { areaLabel } from './labels.ts';
import type { LayerDefinition } from './types.ts';
import { ZONE_SCHEMA } from './zone-schema.ts';

/** IMRO standard colour of the Enkelbestemming "Gemengd" (#FFBE87). */
const COLOR = '#ffbe87';

export const WOONWERKZONES = {
  id: 'woonwerkzones',
  title: { nl: 'Woon-werkzones', en: 'Mixed live/work zones' },
  role: 'zone',
  group: 'zoning',
  source: { file: 'voorbeeldstad/woonwerkzones.geojson' },
  geometry: ['Polygon', 'MultiPolygon'],
  properties: ZONE_SCHEMA,
  labelProperty: 'name',
  style: [
    {
      id: 'woonwerkzones-fill',
      type: 'fill',
      paint: { 'fill-color': COLOR, 'fill-opacity': 0.55 },
    },
    {
      id: 'woonwerkzones-line',
      type: 'line',
      paint: { 'line-color': '#c8702a', 'line-width': 1.5 },
    },
    areaLabel('woonwerkzones-label', 'name', '#8a4510'),
  ],
  legend: [
    {
      label: { nl: 'Woon-werkzone', en: 'Mixed live/work zone' },
      swatch: { kind: 'fill', color: COLOR, outline: '#c8702a' },
    },
  ],
} as const satisfies LayerDefinition;
