import { SENSITIVE_FUNCTIONS } from '../src/domain/domain.ts';
import type { LayerDefinition } from './types.ts';

export const WONINGEN = {
  id: 'woningen',
  title: { nl: 'Woningen en gevoelige functies', en: 'Homes and sensitive uses' },
  role: 'sensitive',
  group: 'context',
  source: { file: 'voorbeeldstad/woningen.geojson' },
  // Points are addresses; polygons (a BAG pand, a plan's Wonen bestemming) are sensitive areas,
  // measured to their boundary (src/domain/dataset.ts sensitiveAreas).
  geometry: ['Point', 'Polygon', 'MultiPolygon'],
  labelProperty: 'address',
  properties: {
    id: { type: 'string', required: true, label: { nl: 'Code', en: 'Code' } },
    functie: {
      type: 'string',
      enum: SENSITIVE_FUNCTIONS,
      label: { nl: 'Functie', en: 'Use' },
      enumLabels: {
        wonen: { nl: 'Wonen', en: 'Housing' },
        onderwijs: { nl: 'Onderwijs', en: 'Education' },
        zorg: { nl: 'Zorg', en: 'Care' },
      },
    },
    homes: { type: 'integer', min: 0, unit: 'homes', label: { nl: 'Woningen', en: 'Homes' } },
    address: { type: 'string', label: { nl: 'Adres', en: 'Address' } },
  },
  style: [
    {
      id: 'woningen-area',
      type: 'fill',
      filter: ['!=', ['geometry-type'], 'Point'],
      paint: { 'fill-color': '#4a4a4a', 'fill-opacity': 0.25, 'fill-outline-color': '#4a4a4a' },
    },
    {
      id: 'woningen-circle',
      type: 'circle',
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-color': [
          'match',
          ['get', 'functie'],
          'onderwijs',
          '#1f78b4',
          'zorg',
          '#33a02c',
          '#4a4a4a',
        ],
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 12, 1.2, 15, 3, 17, 5],
        'circle-opacity': 0.85,
      },
    },
  ],
  legend: [
    { label: { nl: 'Woning', en: 'Home' }, swatch: { kind: 'circle', color: '#4a4a4a' } },
    { label: { nl: 'School', en: 'School' }, swatch: { kind: 'circle', color: '#1f78b4' } },
    { label: { nl: 'Zorg', en: 'Care' }, swatch: { kind: 'circle', color: '#33a02c' } },
  ],
} as const satisfies LayerDefinition;
