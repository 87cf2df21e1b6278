/**
 * Map layers of the surface "waar wel, waar niet" (issue 4): the three classes as fills
 * (Okabe–Ito colours, plus a hatch for "niet toegestaan" so colour is not the only cue) and
 * the hindrance contours as lines labelled with their category and distance. Data comes as
 * URLs (Blob URLs of the worker's bytes): MapLibre fetches and parses them in its own worker.
 */
import type { FeatureCollection } from 'geojson';
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSource,
  LayerSpecification,
  Map as MapLibreMap,
} from 'maplibre-gl';
import { LABEL_FONT } from '../../layers/labels.ts';
import { CONTOUR_COLORS, SURFACE_CLASS_COLORS } from '../analysis/surface/colors.ts';
import { ANCHOR_DATA_TOP, ANCHOR_LABELS } from './anchors.ts';

/** Source and style layer ids (exported for tests). */
export const SURFACE_SOURCE = 'surface-classes';
export const CONTOURS_SOURCE = 'surface-contours';
export const SURFACE_FILL = 'surface-classes-fill';
export const SURFACE_HATCH = 'surface-classes-hatch';
export const CONTOURS_LINE = 'surface-contours-line';
export const CONTOURS_LABEL = 'surface-contours-label';
/** Name of the hatch image. */
export const HATCH_IMAGE = 'surface-hatch';

const HATCH_SIZE_PX = 12;

/**
 * A diagonal hatch: dark lines on transparent, tiled by `fill-pattern`.
 * @returns RGBA pixels for `map.addImage`
 * @example map.addImage(HATCH_IMAGE, hatchImage())
 */
export function hatchImage(): { width: number; height: number; data: Uint8Array } {
  const n = HATCH_SIZE_PX;
  const data = new Uint8Array(n * n * 4);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      // Two-pixel-wide diagonal (x + y ≡ 0, 1 mod n): seamless when tiled.
      const on = (x + y) % n < 2;
      const i = (y * n + x) * 4;
      data.set(on ? [60, 20, 0, 200] : [0, 0, 0, 0], i);
    }
  }
  return { width: n, height: n, data };
}

const classColor = [
  'match',
  ['get', 'class'],
  'toegestaan',
  SURFACE_CLASS_COLORS.toegestaan,
  'voorwaardelijk',
  SURFACE_CLASS_COLORS.voorwaardelijk,
  SURFACE_CLASS_COLORS['niet-toegestaan'],
] as unknown as ExpressionSpecification;

const isNiet = ['==', ['get', 'class'], 'niet-toegestaan'] as unknown as FilterSpecification;

/**
 * The style layers of the surface and the contours (without data).
 * @returns the layers, classes first
 * @example surfaceStyleLayers().map((l) => l.id)
 */
export function surfaceStyleLayers(): LayerSpecification[] {
  return [
    {
      id: SURFACE_FILL,
      type: 'fill',
      source: SURFACE_SOURCE,
      // No antialiasing: adjacent class polygons then show no hairline between them.
      paint: { 'fill-color': classColor, 'fill-opacity': 0.55, 'fill-antialias': false },
    },
    {
      id: SURFACE_HATCH,
      type: 'fill',
      source: SURFACE_SOURCE,
      filter: isNiet,
      paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.7, 'fill-antialias': false },
    },
    {
      id: CONTOURS_LINE,
      type: 'line',
      source: CONTOURS_SOURCE,
      layout: { visibility: 'none' },
      paint: {
        'line-color': [
          'match',
          ['get', 'kind'],
          'gemengd-gebied',
          CONTOUR_COLORS['gemengd-gebied'],
          CONTOUR_COLORS['rustige-woonwijk'],
        ] as unknown as ExpressionSpecification,
        'line-width': 1.4,
        'line-dasharray': [
          'match',
          ['get', 'kind'],
          'gemengd-gebied',
          ['literal', [2, 2]],
          ['literal', [1, 0]],
        ] as unknown as ExpressionSpecification,
      },
    },
    {
      id: CONTOURS_LABEL,
      type: 'symbol',
      source: CONTOURS_SOURCE,
      minzoom: 13,
      layout: {
        visibility: 'none',
        'symbol-placement': 'line',
        'text-field': ['get', 'label'],
        'text-font': LABEL_FONT,
        'text-size': 11,
        'symbol-spacing': 300,
      },
      paint: {
        'text-color': '#1f2933',
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.5,
      },
    },
  ];
}

/** What the surface state needs from the map layers. */
export interface SurfaceLayersHandle {
  /** Shows the classes from a GeoJSON URL (null clears). */
  setClassesUrl: (url: string | null) => void;
  /** Shows the contours from a GeoJSON URL (null clears). */
  setContoursUrl: (url: string | null) => void;
  setClassesVisible: (visible: boolean) => void;
  setContoursVisible: (visible: boolean) => void;
  destroy: () => void;
}

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

/**
 * Adds the surface and contour layers (below the data labels) to a map.
 * @param map the map (after `load`)
 * @returns a handle to feed data and toggle visibility; `destroy()` removes everything
 * @example const layers = addSurfaceLayers(map); layers.setClassesUrl(blobUrl);
 */
export function addSurfaceLayers(
  map: Pick<
    MapLibreMap,
    | 'addSource'
    | 'addLayer'
    | 'addImage'
    | 'hasImage'
    | 'removeImage'
    | 'getLayer'
    | 'getSource'
    | 'removeLayer'
    | 'removeSource'
    | 'setLayoutProperty'
  >,
): SurfaceLayersHandle {
  if (!map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatchImage());
  map.addSource(SURFACE_SOURCE, { type: 'geojson', data: empty() });
  map.addSource(CONTOURS_SOURCE, { type: 'geojson', data: empty() });
  const layers = surfaceStyleLayers();
  for (const l of layers) {
    const before = l.id.startsWith('surface-contours') ? ANCHOR_DATA_TOP : ANCHOR_LABELS;
    map.addLayer(l, map.getLayer(before) ? before : undefined);
  }
  let classesUrl: string | null = null;
  let contoursUrl: string | null = null;
  const visibility = (ids: string[], visible: boolean): void => {
    for (const id of ids) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
  };
  const setSource = (id: string, url: string | null): void => {
    (map.getSource(id) as GeoJSONSource | undefined)?.setData(url ?? empty());
  };
  return {
    setClassesUrl(url) {
      if (url === classesUrl) return;
      classesUrl = url;
      setSource(SURFACE_SOURCE, url);
    },
    setContoursUrl(url) {
      if (url === contoursUrl) return;
      contoursUrl = url;
      setSource(CONTOURS_SOURCE, url);
    },
    setClassesVisible(visible) {
      visibility([SURFACE_FILL, SURFACE_HATCH], visible);
    },
    setContoursVisible(visible) {
      visibility([CONTOURS_LINE, CONTOURS_LABEL], visible);
    },
    destroy() {
      for (const l of layers) if (map.getLayer(l.id)) map.removeLayer(l.id);
      for (const s of [SURFACE_SOURCE, CONTOURS_SOURCE]) if (map.getSource(s)) map.removeSource(s);
      if (map.hasImage(HATCH_IMAGE)) map.removeImage(HATCH_IMAGE);
    },
  };
}
