import type { LayerDefinition } from './types.ts';

export const BUURTEN = {
  id: 'buurten',
  title: { nl: 'Buurten', en: 'Neighbourhoods' },
  role: 'neighbourhood',
  group: 'context',
  source: { file: 'voorbeeldstad/buurten.geojson' },
  geometry: ['Polygon', 'MultiPolygon'],
  labelProperty: 'name',
  properties: {
    id: { type: 'string', required: true, label: { nl: 'Code', en: 'Code' } },
    name: { type: 'string', required: true, label: { nl: 'Naam', en: 'Name' } },
    code: { type: 'string', label: { nl: 'CBS-buurtcode', en: 'CBS code' } },
  },
  style: [
    {
      id: 'buurten-fill',
      type: 'fill',
      // Transparent fill: the whole buurt is clickable, not only its outline.
      paint: { 'fill-color': '#000000', 'fill-opacity': 0 },
    },
    {
      id: 'buurten-line',
      type: 'line',
      paint: {
        'line-color': '#555555',
        'line-width': 1.2,
        'line-dasharray': [4, 2],
        'line-opacity': 0.8,
      },
    },
  ],
  legend: [
    {
      label: { nl: 'Buurtgrens', en: 'Neighbourhood boundary' },
      swatch: { kind: 'line', color: '#555555', dashed: true },
    },
  ],
  visible: false,
} as const satisfies LayerDefinition;
