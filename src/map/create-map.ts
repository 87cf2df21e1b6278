/**
 * Creates the one MapLibre map of the app: worker URL, offline glyphs, an empty
 * style with anchors that keep draw order (online basemap < data layers <
 * overlays), navigation and scale controls.
 */
import {
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import {
  ANCHOR_ANALYSIS,
  ANCHOR_DATA_BOTTOM,
  ANCHOR_DATA_TOP,
  ANCHOR_LABELS,
  ANCHOR_OVERLAY_TOP,
} from './anchors.ts';
import { GLYPHS_URL, registerGlyphProtocol } from './glyphs.ts';

export { ANCHOR_ANALYSIS, ANCHOR_DATA_BOTTOM, ANCHOR_DATA_TOP, ANCHOR_LABELS, ANCHOR_OVERLAY_TOP };

/** Start view before the data is loaded: the Netherlands. */
const START_CENTER: [number, number] = [5.3, 52.15];
const START_ZOOM = 7;

let workerSet = false;

export interface CreatedMap {
  map: MapLibreMap;
  destroy: () => void;
}

/** The empty base style: a background and the anchors. */
export function baseStyle(): StyleSpecification {
  const anchor = (id: string) =>
    ({ id, type: 'background', layout: { visibility: 'none' } }) as const;
  return {
    version: 8,
    glyphs: GLYPHS_URL,
    sources: {},
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } },
      anchor(ANCHOR_DATA_BOTTOM),
      anchor(ANCHOR_ANALYSIS),
      anchor(ANCHOR_LABELS),
      anchor(ANCHOR_DATA_TOP),
      anchor(ANCHOR_OVERLAY_TOP),
    ],
  };
}

/**
 * Creates the map in a container.
 * @param container the element the map fills
 * @param ariaLabel accessible name of the map canvas
 * @returns the map and destroy()
 */
export function createMap(container: HTMLElement, strings: ControlStrings): CreatedMap {
  if (!workerSet) {
    // MapLibre 6 needs its worker URL before the first map, or `load` never fires.
    setWorkerUrl(workerUrl);
    workerSet = true;
  }
  const unregisterGlyphs = registerGlyphProtocol();
  const map = new MapLibreMap({
    container,
    style: baseStyle(),
    center: START_CENTER,
    zoom: START_ZOOM,
    attributionControl: { compact: true },
    locale: {
      'Map.Title': strings.map,
      'NavigationControl.ZoomIn': strings.zoomIn,
      'NavigationControl.ZoomOut': strings.zoomOut,
      'NavigationControl.ResetBearing': strings.resetBearing,
    },
    // Tests read pixels back from the canvas.
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  map.addControl(new NavigationControl({ showCompass: true, showZoom: true }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 140 }), 'bottom-left');
  localizeControls(map, strings);
  return {
    map,
    destroy: () => {
      map.remove();
      unregisterGlyphs();
    },
  };
}

/** Accessible names of the map and its controls, in the current language. */
export interface ControlStrings {
  map: string;
  zoomIn: string;
  zoomOut: string;
  resetBearing: string;
}

/**
 * Renames the map canvas and the navigation buttons after a language switch
 * (MapLibre reads its locale only when a control is added).
 * @param map the map
 * @param strings the names in the new language
 */
export function localizeControls(
  map: Pick<MapLibreMap, 'getContainer'>,
  strings: ControlStrings,
): void {
  const root = map.getContainer();
  const name = (selector: string, label: string) => {
    root.querySelectorAll(selector).forEach((el) => {
      el.setAttribute('aria-label', label);
      el.setAttribute('title', label);
    });
  };
  root.querySelector('canvas')?.setAttribute('aria-label', strings.map);
  name('.maplibregl-ctrl-zoom-in', strings.zoomIn);
  name('.maplibregl-ctrl-zoom-out', strings.zoomOut);
  name('.maplibregl-ctrl-compass', strings.resetBearing);
}
