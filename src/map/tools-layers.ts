/**
 * Map glue of the toolbar's tools (issue 14): the measure overlay, the attribute table's
 * selection highlight, and zooming to a found place.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { StyleLayer } from '../../layers/types.ts';
import type { BboxLngLat } from '../analysis/tools/place-search.ts';

/** Overlay (source) id of the measure tool. */
export const MEASURE_OVERLAY = 'measure';
/** Overlay (source) id of the attribute table's selection. */
export const TABLE_SELECTION_OVERLAY = 'table-selection';

const MEASURE_COLOR = '#c2185b';
const isKind = (kind: string) => ['==', ['get', 'kind'], kind] as never;

/** Style of the measurement: a light fill for an area, a solid line, white vertices. */
export const MEASURE_STYLE: readonly StyleLayer[] = [
  {
    id: `${MEASURE_OVERLAY}-fill`,
    type: 'fill',
    filter: isKind('fill'),
    paint: { 'fill-color': MEASURE_COLOR, 'fill-opacity': 0.12 },
  },
  {
    id: `${MEASURE_OVERLAY}-line`,
    type: 'line',
    filter: isKind('line'),
    paint: { 'line-color': MEASURE_COLOR, 'line-width': 2.5 },
  },
  {
    id: `${MEASURE_OVERLAY}-vertex`,
    type: 'circle',
    filter: isKind('vertex'),
    paint: {
      'circle-radius': 4.5,
      'circle-color': '#ffffff',
      'circle-stroke-color': MEASURE_COLOR,
      'circle-stroke-width': 2.5,
    },
  },
];

/** Style of the rows selected in the attribute table: an outline, and a ring around points. */
export const TABLE_SELECTION_STYLE: readonly StyleLayer[] = [
  {
    id: `${TABLE_SELECTION_OVERLAY}-line`,
    type: 'line',
    filter: ['!=', ['geometry-type'], 'Point'] as never,
    paint: { 'line-color': '#00b3e6', 'line-width': 3 },
  },
  {
    id: `${TABLE_SELECTION_OVERLAY}-circle`,
    type: 'circle',
    filter: ['==', ['geometry-type'], 'Point'] as never,
    paint: {
      'circle-radius': 7,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': '#00b3e6',
      'circle-stroke-width': 3,
    },
  },
];

/** Zoom no closer than this to a found place (a single address would else fill the screen). */
const MAX_PLACE_ZOOM = 17;

/**
 * Zooms to a box (a found place, the selected rows).
 * @param map the map
 * @param bbox `[minLng, minLat, maxLng, maxLat]`; a point's box has no size
 * @example zoomToBox(map, entry.bbox)
 */
export function zoomToBox(map: Pick<MapLibreMap, 'fitBounds'>, bbox: BboxLngLat): void {
  map.fitBounds(
    [
      [bbox[0], bbox[1]],
      [bbox[2], bbox[3]],
    ],
    { padding: 60, maxZoom: MAX_PLACE_ZOOM, duration: 500 },
  );
}
