/**
 * The one sketch of the app: a point or a polygon placed with clicks and keys,
 * shared by the Locatiecheck (its place) and the surface (its drawn study
 * area). A click checks a point; in polygon mode clicks add vertices, a
 * double-click or Enter closes the polygon, Backspace removes the last vertex,
 * Escape cancels. Keyboard users focus the map, pan with the arrow keys and
 * press Enter (check the centre) or Space (vertex at the centre). Small on
 * purpose: no drawing library (terra-draw belongs to the proposals feature).
 * The sketch's data (outline and vertices) comes from `sketchFeatures` in
 * src/analysis/sketch.ts; its style from `sketchStyle` below.
 */
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { StyleLayer } from '../../layers/types.ts';
import { addOverlay, type OverlayHandle, type OverlayMap } from './overlay.ts';

/** What the sketch asks of the state. */
export interface SketchHandlers {
  /** Whether clicks and keys go to this sketch now. */
  isActive: () => boolean;
  /** A point (one click checks it) or a polygon (clicks add vertices). */
  mode: () => 'point' | 'polygon';
  /** Number of vertices drawn so far. */
  vertexCount: () => number;
  /** A point was placed (point mode). */
  checkPoint: (lngLat: [number, number]) => void;
  addVertex: (lngLat: [number, number]) => void;
  removeLastVertex: () => void;
  finish: () => void;
  cancel: () => void;
  /** The pointer moved over the map (for the drawing's rubber band), or left it (null). */
  pointer?: (lngLat: [number, number] | null) => void;
  /** The map canvas got or lost keyboard focus (to show a centre crosshair). */
  focus?: (focused: boolean) => void;
}

/** The map calls of the sketch's clicks and keys. */
export type SketchInteractionMap = Pick<MapLibreMap, 'on' | 'off' | 'getCanvas' | 'getCenter'>;

/**
 * Adds a sketch's clicks and keys to the map.
 * @param map the map
 * @param h the handlers
 * @returns destroy()
 * @example const stop = addSketchInteraction(map, { isActive: () => true, mode: () => 'polygon', … });
 */
export function addSketchInteraction(map: SketchInteractionMap, h: SketchHandlers): () => void {
  const click = (e: MapMouseEvent) => {
    if (!h.isActive()) return;
    const p: [number, number] = [e.lngLat.lng, e.lngLat.lat];
    if (h.mode() === 'point') h.checkPoint(p);
    else h.addVertex(p);
  };
  const dblclick = (e: MapMouseEvent) => {
    if (!h.isActive() || h.mode() !== 'polygon') return;
    // Stops MapLibre's double-click zoom: the double-click closes the polygon instead.
    e.preventDefault();
    h.finish();
  };
  const move = (e: MapMouseEvent) => {
    if (!h.isActive()) return;
    map.getCanvas().style.cursor = 'crosshair';
    if (h.mode() === 'polygon' && h.vertexCount() > 0) h.pointer?.([e.lngLat.lng, e.lngLat.lat]);
  };
  const out = () => h.pointer?.(null);
  // Only keyboard focus shows the crosshair; a mouse click also focuses the canvas.
  const focusIn = () => h.focus?.(map.getCanvas().matches(':focus-visible'));
  const focusOut = () => h.focus?.(false);
  const center = (): [number, number] => {
    const c = map.getCenter();
    return [c.lng, c.lat];
  };
  const keydown = (e: KeyboardEvent) => {
    if (!h.isActive() || e.altKey || e.ctrlKey || e.metaKey) return;
    h.focus?.(true);
    const polygon = h.mode() === 'polygon';
    if (e.key === 'Enter') {
      e.preventDefault();
      if (polygon) h.finish();
      else h.checkPoint(center());
    } else if (polygon && e.key === ' ') {
      e.preventDefault();
      h.addVertex(center());
    } else if (polygon && e.key === 'Backspace' && h.vertexCount() > 0) {
      e.preventDefault();
      h.removeLastVertex();
    } else if (polygon && e.key === 'Escape' && h.vertexCount() > 0) {
      h.cancel();
    }
  };
  const canvas = map.getCanvas();
  map.on('click', click);
  map.on('dblclick', dblclick);
  map.on('mousemove', move);
  map.on('mouseout', out);
  canvas.addEventListener('keydown', keydown);
  canvas.addEventListener('focus', focusIn);
  canvas.addEventListener('blur', focusOut);
  return () => {
    map.off('click', click);
    map.off('dblclick', dblclick);
    map.off('mousemove', move);
    map.off('mouseout', out);
    canvas.removeEventListener('keydown', keydown);
    canvas.removeEventListener('focus', focusIn);
    canvas.removeEventListener('blur', focusOut);
    canvas.style.cursor = '';
  };
}

/** Colour of a polygon being drawn (line and vertices). */
export const SKETCH_COLOR = '#0b57d0';

const isKind = (kind: string) => ['==', ['get', 'kind'], kind] as never;

/**
 * Style layers of a polygon being drawn (features of kind `outline` and `vertex`, the first
 * vertex with `first: true`, as `sketchFeatures` makes them).
 * @param idPrefix prefix of the layer ids
 * @param color line and vertex colour
 * @returns the outline and vertex layers
 * @example sketchStyle('locatiecheck-sketch', SKETCH_COLOR)
 */
export function sketchStyle(idPrefix: string, color: string = SKETCH_COLOR): StyleLayer[] {
  return [
    {
      id: `${idPrefix}-outline`,
      type: 'line',
      filter: isKind('outline'),
      paint: { 'line-color': color, 'line-width': 2, 'line-dasharray': [2, 1] },
    },
    {
      id: `${idPrefix}-vertex`,
      type: 'circle',
      filter: isKind('vertex'),
      paint: {
        'circle-radius': ['case', ['get', 'first'], 6, 4.5] as never,
        'circle-color': '#ffffff',
        'circle-stroke-color': color,
        'circle-stroke-width': 2.5,
      },
    },
  ];
}

/** A sketch on the map: its overlay (data, visibility) and its clicks and keys. */
export type SketchHandle = OverlayHandle;

/**
 * Adds a sketch: the overlay that shows it (and whatever else that overlay's style draws,
 * e.g. the finished study area) and the clicks and keys that make it.
 * @param map the map
 * @param id overlay (source) id
 * @param style the overlay's style layers (include `sketchStyle(...)`)
 * @param h the handlers
 * @returns the overlay's handle; its `destroy()` also removes the interaction
 * @example const sketch = addSketch(map, 'locatiecheck-sketch', sketchStyle('locatiecheck-sketch'), handlers);
 */
export function addSketch(
  map: OverlayMap & SketchInteractionMap,
  id: string,
  style: readonly StyleLayer[],
  h: SketchHandlers,
): SketchHandle {
  const overlay = addOverlay(map, id, style);
  const stop = addSketchInteraction(map, h);
  return {
    setData: overlay.setData,
    setVisible: overlay.setVisible,
    destroy() {
      stop();
      overlay.destroy();
    },
  };
}
