import { areaLabel } from './labels.ts';
import type { LayerDefinition } from './types.ts';
import { ZONE_SCHEMA } from './zone-schema.ts';

/** Teal: no IMRO colour exists for a productive district; distinct from purple (business) and orange (mixed). */
const COLOR = '#2a9d8f';

export const PRODUCTIEVE_WIJKEN = {
  id: 'productieve-wijken',
  title: { nl: 'Productieve wijken', en: 'Productive districts' },
  role: 'zone',
  group: 'zoning',
  source: { file: 'voorbeeldstad/productieve-wijken.geojson' },
  geometry: ['Polygon', 'MultiPolygon'],
  properties: ZONE_SCHEMA,
  labelProperty: 'name',
  style: [
    {
      id: 'productieve-wijken-fill',
      type: 'fill',
      paint: { 'fill-color': COLOR, 'fill-opacity': 0.4 },
    },
    {
      id: 'productieve-wijken-line',
      type: 'line',
      paint: { 'line-color': '#1d6e64', 'line-width': 1.5, 'line-dasharray': [3, 1.5] },
    },
    areaLabel('productieve-wijken-label', 'name', '#145049'),
  ],
  legend: [
    {
      label: { nl: 'Productieve wijk', en: 'Productive district' },
      swatch: { kind: 'fill', color: COLOR, outline: '#1d6e64', dashed: true },
    },
  ],
} as const satisfies LayerDefinition;
