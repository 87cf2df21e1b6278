/**
 * The app's own offline base map of the demo city: water, built-up blocks,
 * roads and rail. Drawn below everything, so the map reads without internet.
 */
import type { LayerDefinition } from './types.ts';

const NO_PROPS = {} as const;

export const BASE_WATER = {
  id: 'base-water',
  title: { nl: 'Water', en: 'Water' },
  role: 'base',
  group: 'base',
  source: { file: 'voorbeeldstad/water.geojson' },
  geometry: ['Polygon', 'MultiPolygon'],
  properties: { name: { type: 'string', label: { nl: 'Naam', en: 'Name' } } },
  labelProperty: 'name',
  style: [{ id: 'base-water-fill', type: 'fill', paint: { 'fill-color': '#a9d3ee' } }],
  legend: [{ label: { nl: 'Water', en: 'Water' }, swatch: { kind: 'fill', color: '#a9d3ee' } }],
} as const satisfies LayerDefinition;

export const BASE_BEBOUWING = {
  id: 'base-bebouwing',
  title: { nl: 'Bebouwing', en: 'Built-up blocks' },
  role: 'base',
  group: 'base',
  source: { file: 'voorbeeldstad/bebouwing.geojson' },
  geometry: ['Polygon', 'MultiPolygon'],
  properties: NO_PROPS,
  style: [
    {
      id: 'base-bebouwing-fill',
      type: 'fill',
      paint: { 'fill-color': '#e3ddd3', 'fill-outline-color': '#d2cabd' },
    },
  ],
  legend: [
    { label: { nl: 'Bebouwing', en: 'Built-up area' }, swatch: { kind: 'fill', color: '#e3ddd3' } },
  ],
} as const satisfies LayerDefinition;

export const BASE_WEGEN = {
  id: 'base-wegen',
  title: { nl: 'Wegen', en: 'Roads' },
  role: 'base',
  group: 'base',
  source: { file: 'voorbeeldstad/wegen.geojson' },
  geometry: ['LineString', 'MultiLineString'],
  properties: {
    name: { type: 'string', label: { nl: 'Naam', en: 'Name' } },
    class: {
      type: 'string',
      required: true,
      enum: ['ring', 'hoofdweg', 'straat'],
      label: { nl: 'Wegtype', en: 'Road class' },
      enumLabels: {
        ring: { nl: 'Ringweg', en: 'Ring road' },
        hoofdweg: { nl: 'Hoofdweg', en: 'Main road' },
        straat: { nl: 'Straat', en: 'Street' },
      },
    },
  },
  labelProperty: 'name',
  style: [
    {
      id: 'base-wegen-casing',
      type: 'line',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': '#b9b2a6',
        'line-width': ['match', ['get', 'class'], 'ring', 7, 'hoofdweg', 5, 2.5],
      },
    },
    {
      id: 'base-wegen-line',
      type: 'line',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': [
          'match',
          ['get', 'class'],
          'ring',
          '#f7d774',
          'hoofdweg',
          '#fbeaa9',
          '#ffffff',
        ],
        'line-width': ['match', ['get', 'class'], 'ring', 5, 'hoofdweg', 3.5, 1.5],
      },
    },
  ],
  legend: [
    {
      label: { nl: 'Ringweg', en: 'Ring road' },
      swatch: { kind: 'line', color: '#f7d774', outline: '#b9b2a6' },
    },
    {
      label: { nl: 'Hoofdweg', en: 'Main road' },
      swatch: { kind: 'line', color: '#fbeaa9', outline: '#b9b2a6' },
    },
  ],
} as const satisfies LayerDefinition;

export const BASE_SPOOR = {
  id: 'base-spoor',
  title: { nl: 'Spoor', en: 'Railway' },
  role: 'base',
  group: 'base',
  source: { file: 'voorbeeldstad/spoor.geojson' },
  geometry: ['LineString', 'MultiLineString'],
  properties: NO_PROPS,
  style: [
    { id: 'base-spoor-line', type: 'line', paint: { 'line-color': '#6b6b6b', 'line-width': 3 } },
    {
      id: 'base-spoor-dash',
      type: 'line',
      paint: { 'line-color': '#ffffff', 'line-width': 1.5, 'line-dasharray': [3, 3] },
    },
  ],
  legend: [
    {
      label: { nl: 'Spoorlijn', en: 'Railway' },
      swatch: { kind: 'line', color: '#6b6b6b', dashed: true },
    },
  ],
} as const satisfies LayerDefinition;
