/** Ids of the invisible anchor layers of the base style. No MapLibre import, so node tests can use them. */
/** Bottom of the data band: the online basemap goes below it. */
export const ANCHOR_DATA_BOTTOM = 'anchor-data-bottom';
/**
 * Data layers' fills, lines and circles go below this; analysis layers (the surface map) above
 * it, so they cover the data whichever is added first (a link can start the surface before
 * the data has loaded).
 */
export const ANCHOR_ANALYSIS = 'anchor-analysis';
/** Analysis layers go below this; labels above, so no plot hides a name. */
export const ANCHOR_LABELS = 'anchor-labels';
export const ANCHOR_DATA_TOP = 'anchor-data-top';
export const ANCHOR_OVERLAY_TOP = 'anchor-overlay-top';
