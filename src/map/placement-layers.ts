/**
 * Map overlay of "Juiste plek" (issue 17): businesses coloured by how they fit their zone
 * (Okabe–Ito colours; "above" also drawn larger with a dark ring, so colour is not the only
 * cue), and the ranked candidates of a zoekprofiel: the zone outlined, the checked placement
 * filled, and the rank as a label. Uses the app's overlay band (src/map/overlay.ts).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LABEL_FONT_BOLD } from '../../layers/labels.ts';
import type { StyleLayer } from '../../layers/types.ts';
import { addOverlay, type OverlayHandle } from './overlay.ts';

/** Source id of the overlay; style layer ids start with it. */
export const PLACEMENT_OVERLAY = 'placement';
export const PLACEMENT_BUSINESS_LAYER = 'placement-business';
export const PLACEMENT_CANDIDATE_ZONE_LAYER = 'placement-candidate-zone';
export const PLACEMENT_CANDIDATE_ZONE_FILL_LAYER = 'placement-candidate-zone-fill';
export const PLACEMENT_CANDIDATE_LABEL_LAYER = 'placement-candidate-label';

/** Class colours (Okabe–Ito, distinguishable with the common colour-vision deficiencies). */
export const MISMATCH_COLORS: Readonly<Record<string, string>> = {
  above: '#D55E00',
  'far-below': '#0072B2',
  fits: '#009E73',
  outside: '#999999',
  unknown: '#CC79A7',
};
const CANDIDATE_COLOR = '#6a1b9a';

const kind = (k: string) => ['==', ['get', 'kind'], k] as never;

/** The style of the overlay, bottom to top. */
export const PLACEMENT_STYLE: readonly StyleLayer[] = [
  {
    // The whole candidate zone tinted, so a candidate is visible at any zoom, even where its
    // label or its small placement square would not be.
    id: PLACEMENT_CANDIDATE_ZONE_FILL_LAYER,
    type: 'fill',
    filter: kind('candidate-zone'),
    paint: { 'fill-color': CANDIDATE_COLOR, 'fill-opacity': 0.18 },
  },
  {
    id: PLACEMENT_CANDIDATE_ZONE_LAYER,
    type: 'line',
    filter: kind('candidate-zone'),
    paint: { 'line-color': CANDIDATE_COLOR, 'line-width': 3, 'line-dasharray': [2, 1] },
  },
  {
    id: 'placement-candidate-fill',
    type: 'fill',
    filter: ['all', kind('candidate'), ['==', ['geometry-type'], 'Polygon']] as never,
    paint: { 'fill-color': CANDIDATE_COLOR, 'fill-opacity': 0.45 },
  },
  {
    id: 'placement-candidate-point',
    type: 'circle',
    filter: ['all', kind('candidate'), ['==', ['geometry-type'], 'Point']] as never,
    paint: { 'circle-radius': 7, 'circle-color': CANDIDATE_COLOR },
  },
  {
    id: PLACEMENT_BUSINESS_LAYER,
    type: 'circle',
    filter: kind('business'),
    paint: {
      'circle-radius': ['match', ['get', 'class'], 'above', 7, 'far-below', 6, 4.5] as never,
      'circle-color': [
        'match',
        ['get', 'class'],
        ...Object.entries(MISMATCH_COLORS).flat(),
        '#999999',
      ] as never,
      'circle-stroke-color': ['match', ['get', 'class'], 'above', '#000000', '#ffffff'] as never,
      'circle-stroke-width': ['match', ['get', 'class'], 'above', 2, 1] as never,
    },
  },
  {
    id: PLACEMENT_CANDIDATE_LABEL_LAYER,
    type: 'symbol',
    filter: kind('candidate-label'),
    layout: {
      'text-field': ['get', 'text'],
      'text-font': LABEL_FONT_BOLD,
      'text-size': 13,
      // Every candidate's rank stays visible: labels neither hide each other nor give way to
      // the base map's labels; where they collide, the better rank is drawn on top.
      'text-allow-overlap': true,
      'text-ignore-placement': true,
      'symbol-sort-key': ['-', 0, ['get', 'rank']] as never,
    },
    paint: { 'text-color': CANDIDATE_COLOR, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  },
];

/**
 * Adds the placement overlay.
 * @param map the map (loaded)
 * @returns the overlay handle
 */
export function addPlacementLayers(map: MapLibreMap): OverlayHandle {
  return addOverlay(map, PLACEMENT_OVERLAY, PLACEMENT_STYLE);
}
