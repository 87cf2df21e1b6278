/** The glyph URL template, apart from glyphs.ts so pure code can read it without loading TinySDF. */
export const GLYPHS_URL_TEMPLATE = 'werkruimte://glyphs/{fontstack}/{range}.pbf';
