/**
 * Writes a composed sheet as a PDF with jsPDF: title, legend, date, source
 * line and link are real (searchable) text in the standard Helvetica font;
 * legend swatches, scale bar, north arrow and QR code are vector shapes; only
 * the map itself is an image.
 */
import { jsPDF } from 'jspdf';
import type { DrawOp } from './compose.ts';
import type { PageLayout } from './page.ts';

/** The characters of Windows-1252 above U+00FF, which the standard PDF fonts can show. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Plain stand-ins for signs the app's figures use (≈ marks estimated jobs, ≥/≤ targets). */
const WIN_ANSI_FALLBACK: Record<string, string> = { '≈': '~', '≥': '>=', '≤': '<=', '−': '-' };

/**
 * Replaces characters the standard PDF fonts cannot show (they use WinAnsi
 * encoding) by a plain stand-in (≈ → ~, ≥ → >=, ≤ → <=, − → -) or else `?`,
 * so jsPDF never writes garbage for them.
 * @param text any text
 * @returns text in WinAnsi's repertoire
 * @example toWinAnsi('Zone → wonen') // 'Zone ? wonen'
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out +=
      (code >= 0x20 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch)
        ? ch
        : (WIN_ANSI_FALLBACK[ch] ?? '?');
  }
  return out;
}

/**
 * Parses a CSS colour (hex or rgb/rgba) and blends any transparency onto white.
 * @param css the colour
 * @returns red, green, blue 0…255
 * @example parseColor('#fc0') // [255, 204, 0]
 */
export function parseColor(css: string): [number, number, number] {
  const hex = /^#([0-9a-f]{3,8})$/i.exec(css.trim());
  let rgba: [number, number, number, number] = [0, 0, 0, 1];
  if (hex) {
    let h = hex[1]!;
    if (h.length <= 4) h = [...h].map((c) => c + c).join('');
    const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
    rgba = [n(0), n(2), n(4), h.length >= 8 ? n(6) / 255 : 1];
  } else {
    const m = /^rgba?\(([^)]+)\)$/i.exec(css.trim());
    if (m) {
      const [r = 0, g = 0, b = 0, a = 1] = m[1]!.split(/[\s,/]+/).map(Number);
      rgba = [r, g, b, a];
    }
  }
  const [r, g, b, a] = rgba;
  const blend = (c: number) => Math.round(c * a + 255 * (1 - a));
  return [blend(r), blend(g), blend(b)];
}

/** What `writePdf` needs to know besides the drawing. */
export interface PdfMeta {
  title: string;
  /** Shown as the PDF's subject (the link). */
  subject?: string;
}

/**
 * Draws a composed sheet into a new landscape PDF.
 * @param layout the page layout (paper size)
 * @param ops the drawing operations of `composeSheet`
 * @param meta document properties
 * @returns the jsPDF document; call `.output('arraybuffer')` or `.save()`
 * @example writePdf(layout, ops, { title }).output('arraybuffer')
 */
export function writePdf(layout: PageLayout, ops: readonly DrawOp[], meta: PdfMeta): jsPDF {
  const doc = new jsPDF({
    orientation: 'landscape',
    unit: 'mm',
    format: layout.paper.toLowerCase(),
    compress: true,
  });
  doc.setProperties({
    title: toWinAnsi(meta.title),
    subject: meta.subject ?? '',
    creator: 'Werkruimte',
  });
  const fill = (c: string) => doc.setFillColor(...parseColor(c));
  const stroke = (c: string) => doc.setDrawColor(...parseColor(c));
  for (const op of ops) {
    switch (op.kind) {
      case 'image': {
        const format = op.dataUrl.startsWith('data:image/jpeg') ? 'JPEG' : 'PNG';
        doc.addImage(op.dataUrl, format, op.rect.x, op.rect.y, op.rect.w, op.rect.h, 'map', 'FAST');
        break;
      }
      case 'rect': {
        if (op.fill) fill(op.fill);
        if (op.stroke) stroke(op.stroke);
        doc.setLineWidth(op.lineWidthMm ?? 0.2);
        doc.setLineDashPattern(op.dashMm ?? [], 0);
        const style = op.fill && op.stroke ? 'FD' : op.fill ? 'F' : 'S';
        doc.rect(op.rect.x, op.rect.y, op.rect.w, op.rect.h, style);
        doc.setLineDashPattern([], 0);
        break;
      }
      case 'line':
        stroke(op.stroke);
        doc.setLineWidth(op.lineWidthMm);
        doc.setLineDashPattern(op.dashMm ?? [], 0);
        doc.line(op.from[0], op.from[1], op.to[0], op.to[1], 'S');
        doc.setLineDashPattern([], 0);
        break;
      case 'circle': {
        if (op.fill) fill(op.fill);
        if (op.stroke) stroke(op.stroke);
        doc.setLineWidth(0.2);
        const style = op.fill && op.stroke ? 'FD' : op.fill ? 'F' : 'S';
        doc.circle(op.center[0], op.center[1], op.r, style);
        break;
      }
      case 'polygon': {
        fill(op.fill);
        const [first, ...rest] = op.points;
        if (!first) break;
        let prev = first;
        const deltas = rest.map((p) => {
          const d = [p[0] - prev[0], p[1] - prev[1]];
          prev = p;
          return d;
        });
        doc.lines(deltas, first[0], first[1], [1, 1], 'F', true);
        break;
      }
      case 'text': {
        const { style } = op;
        doc.setFont('helvetica', style.bold ? 'bold' : 'normal');
        doc.setFontSize(style.sizePt);
        doc.setTextColor(...parseColor(style.color ?? '#000000'));
        doc.text(toWinAnsi(op.text), op.x, op.y, {
          align: style.align ?? 'left',
          baseline: 'alphabetic',
        });
        break;
      }
    }
  }
  return doc;
}
