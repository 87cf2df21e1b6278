/**
 * Map interaction of the Locatiecheck: a click checks a point; in polygon mode
 * clicks add vertices, a double-click or Enter closes the polygon, Backspace
 * removes the last vertex, Escape cancels. Keyboard users focus the map, pan
 * with the arrow keys and press Enter (check the centre) or Space (vertex at
 * the centre). Small on purpose: no drawing library (terra-draw belongs to the
 * proposals feature).
 */
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';

/** What the interaction asks of the state. */
export interface LocatiecheckInteractionHandlers {
  /** Whether clicks and keys go to the Locatiecheck now. */
  isActive: () => boolean;
  mode: () => 'point' | 'polygon';
  /** Number of vertices drawn so far. */
  vertexCount: () => number;
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

/**
 * Adds the Locatiecheck's clicks and keys to the map.
 * @param map the map
 * @param h the handlers
 * @returns destroy()
 */
export function addLocatiecheckInteraction(
  map: Pick<MapLibreMap, 'on' | 'off' | 'getCanvas' | 'getCenter'>,
  h: LocatiecheckInteractionHandlers,
): () => void {
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
