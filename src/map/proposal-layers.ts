/**
 * Proposals on the map beyond the shapes terra-draw draws: a label with the
 * name and new use at each proposal, and the message of a bad shape at the
 * place where it is wrong (the crossing of a bow tie, a sliver's centre, the
 * corner outside the data). Uses the app's overlay band (src/map/overlay.ts).
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LABEL_FONT, LABEL_FONT_BOLD } from '../../layers/labels.ts';
import type { StyleLayer } from '../../layers/types.ts';
import type { ProposalUse } from '../domain/domain.ts';
import { addOverlay, type OverlayHandle } from './overlay.ts';

/** Source id of the overlay; style layer ids start with it. */
export const PROPOSALS_OVERLAY = 'proposals';
export const PROPOSALS_LABEL_LAYER = 'proposals-label';
export const PROPOSALS_PROBLEM_LAYER = 'proposals-problem-label';
export const PROPOSALS_PROBLEM_MARKER = 'proposals-problem-circle';

/**
 * Colours per new use: fill and outline. The IMRO colours belong to the zones
 * in force; proposals get their own set (with a white label), so a proposal
 * never reads as an existing zone.
 */
export const PROPOSAL_COLORS: Readonly<
  Record<ProposalUse, { fill: `#${string}`; outline: `#${string}` }>
> = {
  woningbouw: { fill: '#f4a261', outline: '#b5541b' },
  woonwerkzone: { fill: '#2a9d8f', outline: '#1b6b61' },
  'productieve-wijk': { fill: '#e9c46a', outline: '#8a6d12' },
  bedrijventerrein: { fill: '#8e44ad', outline: '#5b2370' },
};

/** Outline of a shape the app refuses. */
export const PROBLEM_COLOR = '#d00000' as const;

/** Point features of the overlay. */
export type ProposalOverlayPoint =
  { kind: 'label'; text: string } | { kind: 'problem'; text: string };

/** The style of the overlay. */
export const PROPOSAL_OVERLAY_STYLE: readonly StyleLayer[] = [
  {
    id: PROPOSALS_LABEL_LAYER,
    type: 'symbol',
    filter: ['==', ['get', 'kind'], 'label'],
    layout: {
      'text-field': ['get', 'text'],
      'text-font': LABEL_FONT_BOLD,
      'text-size': 13,
      'text-max-width': 10,
      'text-allow-overlap': false,
    },
    paint: { 'text-color': '#1d3a5c', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  },
  {
    id: PROPOSALS_PROBLEM_MARKER,
    type: 'circle',
    filter: ['==', ['get', 'kind'], 'problem'],
    paint: {
      'circle-radius': 7,
      'circle-color': '#ffffff',
      'circle-stroke-color': PROBLEM_COLOR,
      'circle-stroke-width': 3,
    },
  },
  {
    id: PROPOSALS_PROBLEM_LAYER,
    type: 'symbol',
    filter: ['==', ['get', 'kind'], 'problem'],
    layout: {
      'text-field': ['get', 'text'],
      'text-font': LABEL_FONT,
      'text-size': 13,
      'text-max-width': 16,
      'text-anchor': 'top',
      'text-offset': [0, 0.9],
      // A refusal must always be seen.
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': PROBLEM_COLOR, 'text-halo-color': '#ffffff', 'text-halo-width': 2.2 },
  },
];

/**
 * Adds the proposal overlay.
 * @param map the map (loaded)
 * @returns the overlay handle (setData with points from {@link ProposalOverlayPoint}; destroy())
 */
export function addProposalLayers(map: MapLibreMap): OverlayHandle {
  return addOverlay(map, PROPOSALS_OVERLAY, PROPOSAL_OVERLAY_STYLE);
}

/** The overlay data type. */
export type ProposalOverlayData = FeatureCollection<Point, ProposalOverlayPoint>;
