/** Ids of the invisible anchor layers of the base style. No MapLibre import, so node tests can use them. */
/** Bottom of the data band: the online basemap goes below it. */
export const ANCHOR_DATA_BOTTOM = 'anchor-data-bottom';
/** Data layers' fills, lines and circles go below this; their labels above, so no plot hides a name. */
export const ANCHOR_LABELS = 'anchor-labels';
export const ANCHOR_DATA_TOP = 'anchor-data-top';
export const ANCHOR_OVERLAY_TOP = 'anchor-overlay-top';
