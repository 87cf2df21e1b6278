/**
 * Page layout of a printed map sheet (issue 6): A4 or A3 landscape, in
 * millimetres from the top-left corner. Pure maths; the PDF writer and the
 * PNG renderer draw the same layout.
 */

/** Paper sizes the print dialog offers. */
export type Paper = 'A4' | 'A3';

/** Landscape page size in mm (ISO 216: A4 = 210 × 297 mm, A3 = 297 × 420 mm). */
export const PAPER_SIZES_MM: Readonly<Record<Paper, { widthMm: number; heightMm: number }>> = {
  A4: { widthMm: 297, heightMm: 210 },
  A3: { widthMm: 420, heightMm: 297 },
};

/** Millimetres per inch (exact, by definition of the inch). */
export const MM_PER_INCH = 25.4;
/** Millimetres per typographic point (1 pt = 1/72 inch). */
export const MM_PER_PT = MM_PER_INCH / 72;

/** A rectangle in mm. */
export interface RectMm {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where everything goes on the sheet. */
export interface PageLayout {
  paper: Paper;
  widthMm: number;
  heightMm: number;
  /** 1 for A4; larger papers scale margins and text with the page width. */
  scale: number;
  title: RectMm;
  map: RectMm;
  legend: RectMm;
  qr: RectMm;
  footer: RectMm;
}

/** Layout constants for A4, in mm; other papers scale them. */
const A4 = { marginMm: 10, titleMm: 13, columnMm: 68, gapMm: 5, footerMm: 20, qrMm: 38 };

/**
 * Computes the layout of a landscape sheet.
 * @param paper A4 or A3
 * @returns the rectangles of title, map, legend, QR code and footer (mm)
 * @example computePageLayout('A4').map // { x: 10, y: 23, w: 209, h: 152 }
 */
export function computePageLayout(paper: Paper): PageLayout {
  const { widthMm, heightMm } = PAPER_SIZES_MM[paper];
  const s = widthMm / PAPER_SIZES_MM.A4.widthMm;
  const margin = A4.marginMm * s;
  const titleH = A4.titleMm * s;
  const columnW = A4.columnMm * s;
  const gap = A4.gapMm * s;
  const footerH = A4.footerMm * s;
  const qrSize = A4.qrMm * s;
  const mapW = widthMm - 2 * margin - columnW - gap;
  const mapH = heightMm - 2 * margin - titleH - footerH;
  const top = margin + titleH;
  const columnX = margin + mapW + gap;
  return {
    paper,
    widthMm,
    heightMm,
    scale: s,
    title: { x: margin, y: margin, w: widthMm - 2 * margin, h: titleH },
    map: { x: margin, y: top, w: mapW, h: mapH },
    legend: { x: columnX, y: top, w: columnW, h: mapH - qrSize - gap },
    qr: { x: columnX + (columnW - qrSize) / 2, y: top + mapH - qrSize, w: qrSize, h: qrSize },
    footer: { x: margin, y: top + mapH + gap / 2, w: widthMm - 2 * margin, h: footerH - gap / 2 },
  };
}

/**
 * Size in pixels of a length in mm at a resolution.
 * @param mm length in millimetres
 * @param dpi dots per inch
 * @returns whole pixels
 * @example mmToPx(297, 150) // 1754
 */
export function mmToPx(mm: number, dpi: number): number {
  return Math.round((mm / MM_PER_INCH) * dpi);
}

/**
 * Pixel size of a whole page (the PNG export) at a resolution.
 * @param paper A4 or A3
 * @param dpi dots per inch
 * @returns width and height in pixels
 * @example pagePixelSize('A4', 150) // { widthPx: 1754, heightPx: 1240 }
 */
export function pagePixelSize(paper: Paper, dpi: number): { widthPx: number; heightPx: number } {
  const { widthMm, heightMm } = PAPER_SIZES_MM[paper];
  return { widthPx: mmToPx(widthMm, dpi), heightPx: mmToPx(heightMm, dpi) };
}
