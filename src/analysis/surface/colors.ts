/**
 * Colours of the three classes: the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal
 * Design"), chosen to stay distinct under the common colour-vision deficiencies; the map adds
 * a hatch to "niet toegestaan" so it does not rely on colour alone.
 */
import type { SurfaceClass } from './types.ts';

/** Fill colour per class (Okabe–Ito bluish green, yellow, vermillion). */
export const SURFACE_CLASS_COLORS: Readonly<Record<SurfaceClass, string>> = {
  toegestaan: '#009E73',
  voorwaardelijk: '#F0E442',
  'niet-toegestaan': '#D55E00',
};

/** Line colour of the hindrance contours per omgevingstype (Okabe–Ito blue, reddish purple). */
export const CONTOUR_COLORS = {
  'rustige-woonwijk': '#0072B2',
  'gemengd-gebied': '#CC79A7',
} as const;
