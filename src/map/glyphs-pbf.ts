/** Encoder of the glyph PBF format MapLibre reads (no DOM, no map). */
import { PbfWriter } from 'pbf';

/** One SDF glyph as the PBF stores it. */
export interface SdfGlyph {
  id: number;
  bitmap: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

/**
 * Encodes glyphs as a glyph PBF (glyphs{ stacks(1): fontstack{ name(1), range(2), glyphs(3) } }).
 * @param fontstack the font stack name
 * @param range the range string, e.g. "0-255"
 * @param glyphs the glyphs of the range
 * @returns the PBF bytes
 */
export function encodeGlyphPbf(
  fontstack: string,
  range: string,
  glyphs: readonly SdfGlyph[],
): Uint8Array {
  const pbf = new PbfWriter();
  pbf.writeMessage(
    1,
    (_: null, stack: PbfWriter) => {
      stack.writeStringField(1, fontstack);
      stack.writeStringField(2, range);
      for (const glyph of glyphs) {
        stack.writeMessage(
          3,
          (g: SdfGlyph, w: PbfWriter) => {
            w.writeVarintField(1, g.id);
            w.writeBytesField(2, g.bitmap);
            w.writeVarintField(3, g.width);
            w.writeVarintField(4, g.height);
            w.writeSVarintField(5, g.left);
            w.writeSVarintField(6, g.top);
            w.writeVarintField(7, g.advance);
          },
          glyph,
        );
      }
    },
    null,
  );
  return pbf.finish();
}
