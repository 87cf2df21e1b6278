import type { ExpressionSpecification } from 'maplibre-gl';
import { FUNCTIEMENGING_CLASSES, MILIEUCATEGORIEEN } from '../src/domain/domain.ts';
import type { LayerDefinition } from './types.ts';

/** Sequential yellow→brown ramp (ColorBrewer YlOrBr, extended): heavier category, darker. */
export const CATEGORY_COLORS: readonly string[] = [
  '#fff3b0',
  '#fed976',
  '#feb24c',
  '#fd8d3c',
  '#f03b20',
  '#d7301f',
  '#b30000',
  '#800026',
  '#5c0019',
  '#3a0010',
];

const categoryColor = [
  'match',
  ['get', 'milieucategorie'],
  ...MILIEUCATEGORIEEN.flatMap((c, i) => [c, CATEGORY_COLORS[i] ?? '#000']),
  '#888888',
] as unknown as ExpressionSpecification;

export const BEDRIJVEN = {
  id: 'bedrijven',
  title: { nl: 'Bedrijven', en: 'Businesses' },
  role: 'business',
  group: 'context',
  source: { file: 'voorbeeldstad/bedrijven.geojson' },
  geometry: ['Polygon', 'MultiPolygon', 'Point'],
  labelProperty: 'name',
  properties: {
    id: { type: 'string', required: true, label: { nl: 'Code', en: 'Code' } },
    name: { type: 'string', required: true, label: { nl: 'Naam', en: 'Name' } },
    sbi: { type: 'string', required: true, label: { nl: 'SBI-code', en: 'SBI code' } },
    activity: { type: 'string', required: true, label: { nl: 'Activiteit', en: 'Activity' } },
    milieucategorie: {
      type: 'string',
      required: true,
      enum: MILIEUCATEGORIEEN,
      label: { nl: 'Milieucategorie', en: 'Environmental category' },
    },
    functiemenging: {
      type: 'string',
      enum: FUNCTIEMENGING_CLASSES,
      label: { nl: 'Functiemenging', en: 'Function-mixing class' },
    },
    bvoM2: {
      type: 'number',
      required: true,
      min: 0,
      unit: 'm2',
      label: { nl: 'Bedrijfsvloeroppervlak (bvo)', en: 'Floor area (gross)' },
    },
    jobs: {
      type: 'integer',
      required: true,
      min: 0,
      unit: 'jobs',
      label: { nl: 'Werkzame personen', en: 'Jobs' },
    },
  },
  style: [
    {
      id: 'bedrijven-fill',
      type: 'fill',
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': categoryColor, 'fill-opacity': 0.9 },
    },
    {
      id: 'bedrijven-line',
      type: 'line',
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'line-color': '#3b2a20', 'line-width': 0.8 },
    },
    {
      id: 'bedrijven-circle',
      type: 'circle',
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-color': categoryColor,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 12, 3, 16, 7],
        'circle-stroke-color': '#3b2a20',
        'circle-stroke-width': 1,
      },
    },
  ],
  legend: MILIEUCATEGORIEEN.map((c, i) => ({
    label: { nl: `Categorie ${c}`, en: `Category ${c}` },
    swatch: { kind: 'fill' as const, color: CATEGORY_COLORS[i] ?? '#000', outline: '#3b2a20' },
  })),
} as const satisfies LayerDefinition;
