/**
 * Presentation style for the council room (issue 6): larger labels with a
 * stronger halo and thicker outlines. Changes only the keys it needs and puts
 * them back in `restore()`.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** How much larger labels and outlines are in the council room (readable from ~5 m on a big screen). */
export const PRESENTATION_LABEL_SCALE = 1.5;
export const PRESENTATION_LINE_SCALE = 1.6;

type Value = unknown;

/**
 * Scales a numeric style value: a number, or the outputs of a zoom
 * `interpolate`/`step` expression. Other expressions are left alone.
 * @param value the style value
 * @param factor the factor
 * @returns the scaled value, or `undefined` when it cannot be scaled safely
 */
export function scaleStyleValue(value: Value, factor: number): Value {
  if (typeof value === 'number') return value * factor;
  if (!Array.isArray(value)) return undefined;
  const [op] = value as unknown[];
  if (op === 'interpolate') {
    // ['interpolate', interp, input, stop1, out1, stop2, out2, …]
    return value.map((v, i) => (i >= 4 && i % 2 === 0 && typeof v === 'number' ? v * factor : v));
  }
  if (op === 'step') {
    // ['step', input, out0, stop1, out1, …]
    return value.map((v, i) => (i >= 2 && i % 2 === 0 && typeof v === 'number' ? v * factor : v));
  }
  return undefined;
}

/**
 * Applies the presentation style.
 * @param map the map
 * @returns restore(): puts every changed key back
 */
export function applyPresentationStyle(map: MapLibreMap): () => void {
  const undo: (() => void)[] = [];
  for (const layer of map.getStyle().layers) {
    if (layer.type === 'symbol') {
      const size = map.getLayoutProperty(layer.id, 'text-size') ?? 16;
      const scaled = scaleStyleValue(size, PRESENTATION_LABEL_SCALE);
      if (scaled !== undefined) {
        map.setLayoutProperty(layer.id, 'text-size', scaled as never);
        undo.push(() => map.setLayoutProperty(layer.id, 'text-size', size as never));
      }
      const halo = map.getPaintProperty(layer.id, 'text-halo-width');
      map.setPaintProperty(layer.id, 'text-halo-width', 2.5);
      undo.push(() => map.setPaintProperty(layer.id, 'text-halo-width', halo as never));
    } else if (layer.type === 'line') {
      const width = map.getPaintProperty(layer.id, 'line-width') ?? 1;
      const scaled = scaleStyleValue(width, PRESENTATION_LINE_SCALE);
      if (scaled !== undefined) {
        map.setPaintProperty(layer.id, 'line-width', scaled as never);
        undo.push(() => map.setPaintProperty(layer.id, 'line-width', width as never));
      }
    }
  }
  return () => {
    for (const f of undo.reverse()) {
      try {
        f();
      } catch {
        // The layer went away meanwhile (e.g. the basemap was switched off): nothing to restore.
      }
    }
  };
}
