/**
 * Label style layers. Map text needs glyphs; the app renders them offline
 * (src/map/glyphs.ts), so any font stack name works. Use these helpers so every
 * label in the app looks the same.
 */
import type { StyleLayer } from './types.ts';

/** Font stack of all map labels (rendered locally; falls back to the browser's sans-serif). */
export const LABEL_FONT = ['Noto Sans Regular'];
/** Bold variant, for zone names. */
export const LABEL_FONT_BOLD = ['Noto Sans Bold'];

/**
 * A symbol layer that writes a property at each polygon's inner point.
 * @param id style layer id (`<layer>-label`)
 * @param property property holding the text
 * @param color text colour
 * @param minzoom zoom from which labels show
 * @returns the style layer
 * @example areaLabel('bedrijventerreinen-label', 'name', '#4a1d5e')
 */
export function areaLabel(id: string, property: string, color: string, minzoom = 10): StyleLayer {
  return {
    id,
    type: 'symbol',
    minzoom,
    layout: {
      'text-field': ['to-string', ['get', property]],
      'text-font': LABEL_FONT_BOLD,
      'text-size': ['interpolate', ['linear'], ['zoom'], 12, 11, 16, 15],
      'text-max-width': 8,
      'text-padding': 4,
    },
    paint: { 'text-color': color, 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
  };
}
