/**
 * Style layers of the drawn study area of the surface "waar wel, waar niet" (data from
 * `studyAreaOverlay` in src/analysis/surface/study-area.ts): the drawn area as a dark outline on
 * a white halo (readable over all three class colours and the hatch), and while drawing the
 * outline so far (dashed) with its vertices.
 */
import type { StyleLayer } from '../../layers/types.ts';
import { sketchStyle, SKETCH_COLOR } from './sketch.ts';

/** Overlay (source) id of the study area. */
export const STUDY_AREA_OVERLAY = 'surface-study-area';

/** Colours: near-black outline (not one of the class or contour colours), blue sketch. */
export const STUDY_AREA_COLORS = {
  outline: '#1f2933',
  halo: '#ffffff',
  sketch: SKETCH_COLOR,
} as const;

const isKind = (kind: string) => ['==', ['get', 'kind'], kind] as never;

/** Style layers of the study area overlay, bottom to top. */
export const STUDY_AREA_STYLE: readonly StyleLayer[] = [
  {
    id: 'surface-study-area-halo',
    type: 'line',
    filter: isKind('area'),
    layout: { 'line-join': 'round' },
    paint: { 'line-color': STUDY_AREA_COLORS.halo, 'line-width': 6, 'line-opacity': 0.9 },
  },
  {
    id: 'surface-study-area-outline',
    type: 'line',
    filter: isKind('area'),
    layout: { 'line-join': 'round' },
    paint: { 'line-color': STUDY_AREA_COLORS.outline, 'line-width': 2.5 },
  },
  // Ids: surface-study-area-sketch-outline, surface-study-area-sketch-vertex.
  ...sketchStyle('surface-study-area-sketch', STUDY_AREA_COLORS.sketch),
];
