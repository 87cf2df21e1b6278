/**
 * Style layers of the Locatiecheck overlays (data in
 * src/state/conflict-lines.ts): the checked place, a line from the place to
 * each conflicting object with its "measured / required" label, and the
 * polygon being drawn. Severity shows in colour AND line pattern (solid =
 * too close, dashed = exception possible), so it does not rest on colour alone.
 */
import { LABEL_FONT_BOLD } from '../../layers/labels.ts';
import type { StyleLayer } from '../../layers/types.ts';
import { sketchStyle, SKETCH_COLOR } from './sketch.ts';

/** Overlay (source) id of the place and the conflict lines. */
export const LOCATIECHECK_OVERLAY = 'locatiecheck';
/** Overlay (source) id of the polygon being drawn. */
export const LOCATIECHECK_SKETCH = 'locatiecheck-sketch';

/** Colours (ColorBrewer RdYlBu/PuOr ends: distinguishable with the common colour-vision deficiencies). */
export const LOCATIECHECK_COLORS = {
  tooClose: '#b2182b',
  exception: '#b35806',
  place: '#1d3a5c',
  placeFill: 'rgba(29, 58, 92, 0.18)',
  sketch: SKETCH_COLOR,
} as const;

const isKind = (kind: string) => ['==', ['get', 'kind'], kind] as never;
const severityColor = [
  'match',
  ['get', 'severity'],
  'too-close',
  LOCATIECHECK_COLORS.tooClose,
  LOCATIECHECK_COLORS.exception,
] as never;

/** Style layers of the place and conflict overlay, bottom to top. */
export const LOCATIECHECK_STYLE: readonly StyleLayer[] = [
  {
    id: 'locatiecheck-place-fill',
    type: 'fill',
    filter: ['all', isKind('place'), ['==', ['geometry-type'], 'Polygon']] as never,
    paint: { 'fill-color': LOCATIECHECK_COLORS.placeFill },
  },
  {
    id: 'locatiecheck-place-outline',
    type: 'line',
    filter: ['all', isKind('place'), ['==', ['geometry-type'], 'Polygon']] as never,
    paint: { 'line-color': LOCATIECHECK_COLORS.place, 'line-width': 2.5 },
  },
  {
    id: 'locatiecheck-conflict-halo',
    type: 'line',
    filter: isKind('conflict'),
    layout: { 'line-cap': 'round' },
    paint: { 'line-color': '#ffffff', 'line-width': 6, 'line-opacity': 0.85 },
  },
  {
    id: 'locatiecheck-conflict-line',
    type: 'line',
    filter: ['all', isKind('conflict'), ['==', ['get', 'severity'], 'too-close']] as never,
    layout: { 'line-cap': 'round' },
    paint: { 'line-color': severityColor, 'line-width': 3 },
  },
  {
    id: 'locatiecheck-conflict-line-dashed',
    type: 'line',
    filter: ['all', isKind('conflict'), ['!=', ['get', 'severity'], 'too-close']] as never,
    paint: { 'line-color': severityColor, 'line-width': 3, 'line-dasharray': [2, 1.5] },
  },
  {
    id: 'locatiecheck-conflict-end',
    type: 'circle',
    filter: isKind('conflict-end'),
    paint: {
      'circle-radius': 4.5,
      'circle-color': severityColor,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  },
  {
    id: 'locatiecheck-place-point',
    type: 'circle',
    filter: ['all', isKind('place'), ['==', ['geometry-type'], 'Point']] as never,
    paint: {
      'circle-radius': 7,
      'circle-color': '#ffffff',
      'circle-stroke-color': LOCATIECHECK_COLORS.place,
      'circle-stroke-width': 3.5,
    },
  },
  {
    id: 'locatiecheck-conflict-label',
    type: 'symbol',
    filter: isKind('conflict-label'),
    layout: {
      'text-field': ['get', 'label'] as never,
      'text-font': LABEL_FONT_BOLD,
      'text-size': 12.5,
      'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.6,
      'text-padding': 2,
    },
    paint: { 'text-color': severityColor, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  },
];

/** Style layers of the polygon being drawn. */
export const LOCATIECHECK_SKETCH_STYLE: readonly StyleLayer[] = sketchStyle(
  'locatiecheck-sketch',
  LOCATIECHECK_COLORS.sketch,
);
