/**
 * Offline glyphs for map labels. The app has no glyph server (it must work
 * without internet), so a custom protocol renders the SDF glyphs MapLibre asks
 * for in the browser with TinySDF and encodes them as the glyph PBF MapLibre
 * parses (the format of mapbox/glyph-pbf-composite and node-fontnik).
 *
 * Use: call `registerGlyphProtocol()` once before creating a map, set the style's
 * `glyphs` to `GLYPHS_URL`, and give symbol layers `'text-font': LABEL_FONT`
 * (layers/labels.ts). Any font stack name works: the first name is used as the
 * CSS font family, falling back to sans-serif; "Bold" in it selects bold.
 */
import { addProtocol, removeProtocol } from 'maplibre-gl';
import TinySDF from '@mapbox/tiny-sdf';
import { encodeGlyphPbf, type SdfGlyph } from './glyphs-pbf.ts';

/** Custom URL scheme of the glyph protocol. */
export const GLYPH_PROTOCOL = 'werkruimte';
export { GLYPHS_URL_TEMPLATE as GLYPHS_URL } from './glyphs-url.ts';
export { encodeGlyphPbf, type SdfGlyph };

/**
 * Glyph metrics of server PBFs: 24 px font size, a 3 px border around the bitmap
 * (MapLibre reads bitmaps as (width + 6) × (height + 6)), SDF radius 8, cutoff
 * 0.25 — the values MapLibre's GlyphManager used for its local TinySDF glyphs
 * before it switched to double resolution.
 */
const FONT_SIZE_PX = 24;
const BORDER_PX = 3;
const SDF_RADIUS_PX = 8;
const SDF_CUTOFF = 0.25;
/**
 * Baseline offset: TinySDF's `glyphTop` is measured from the baseline, server
 * glyphs from an origin above the em box. MapLibre's GlyphManager uses 27.5
 * (`topAdjustment`) for the same conversion; PBF `top` is an integer.
 */
const TOP_ADJUSTMENT_PX = 27.5;

const rasterizers = new Map<string, TinySDF>();

function rasterizerFor(fontstack: string): TinySDF {
  let sdf = rasterizers.get(fontstack);
  if (!sdf) {
    const first = fontstack.split(',')[0]?.trim() ?? '';
    const family = first.replace(/\s+(Regular|Bold|Italic|Medium|Semibold)$/i, '');
    sdf = new TinySDF({
      fontSize: FONT_SIZE_PX,
      buffer: BORDER_PX,
      radius: SDF_RADIUS_PX,
      cutoff: SDF_CUTOFF,
      fontFamily: `'${family.replace(/'/g, '')}', sans-serif`,
      fontWeight: /bold/i.test(fontstack) ? 'bold' : 'normal',
    });
    rasterizers.set(fontstack, sdf);
  }
  return sdf;
}

/**
 * Renders the glyphs of one 256-code-point range with TinySDF (needs a DOM canvas).
 * @param fontstack the font stack name from the style
 * @param start first code point of the range (a multiple of 256)
 * @returns the glyph PBF bytes
 */
export function renderGlyphRange(fontstack: string, start: number): Uint8Array {
  const sdf = rasterizerFor(fontstack);
  const glyphs: SdfGlyph[] = [];
  for (let id = start; id < start + 256; id++) {
    // Skip controls and surrogate halves; they have no glyph.
    if (id < 32 || (id >= 0x7f && id < 0xa0) || (id >= 0xd800 && id < 0xe000)) continue;
    const c = sdf.draw(String.fromCodePoint(id));
    glyphs.push({
      id,
      bitmap: new Uint8Array(c.data.buffer, c.data.byteOffset, c.data.byteLength),
      width: c.glyphWidth,
      height: c.glyphHeight,
      left: Math.round(c.glyphLeft),
      top: Math.round(c.glyphTop - TOP_ADJUSTMENT_PX),
      advance: Math.round(c.glyphAdvance),
    });
  }
  return encodeGlyphPbf(fontstack, `${start}-${start + 255}`, glyphs);
}

let registered = 0;

/**
 * Registers the glyph protocol with MapLibre (idempotent per call count).
 * @returns destroy(): unregisters it when the last user is gone
 */
export function registerGlyphProtocol(): () => void {
  if (registered++ === 0) {
    addProtocol(GLYPH_PROTOCOL, async (params) => {
      const match = /glyphs\/([^/]+)\/(\d+)-\d+\.pbf$/.exec(params.url);
      if (!match) throw new Error(`Unknown glyph URL ${params.url}`);
      const fontstack = decodeURIComponent(match[1] ?? '');
      const bytes = renderGlyphRange(fontstack, Number(match[2]));
      return { data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) };
    });
  }
  let destroyed = false;
  return () => {
    if (destroyed) return;
    destroyed = true;
    if (--registered === 0) removeProtocol(GLYPH_PROTOCOL);
  };
}
