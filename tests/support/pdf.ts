/**
 * Reads a PDF in node with pdf.js (`pdfjs-dist`, legacy build), so tests need no system tool
 * such as poppler's pdftotext/pdfinfo: `npm ci` brings everything they use.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** pdf.js's copies of the 14 standard fonts (jsPDF's Helvetica), read from node_modules. */
const STANDARD_FONTS = new URL('../../node_modules/pdfjs-dist/standard_fonts/', import.meta.url)
  .pathname;

/** What the tests check in a PDF: its text and the size of each page. */
export interface PdfContents {
  /**
   * The text of every page in content-stream order (what `pdftotext -raw` gives): one line per
   * drawn line of text, so a wrapped text is found after removing whitespace.
   */
  text: string;
  /** Width and height of each page in points (1/72 inch). */
  pageSizesPt: [number, number][];
}

/**
 * Extracts text and page sizes.
 * @param bytes the PDF file
 * @returns its text and page sizes
 */
export async function readPdf(bytes: Uint8Array | ArrayBuffer): Promise<PdfContents> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const data = new Uint8Array(bytes).slice();
  const doc = await getDocument({
    data,
    isEvalSupported: false,
    useSystemFonts: false,
    standardFontDataUrl: STANDARD_FONTS,
  }).promise;
  try {
    const lines: string[] = [];
    const pageSizesPt: [number, number][] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const { width, height } = page.getViewport({ scale: 1 });
      pageSizesPt.push([width, height]);
      const content = await page.getTextContent();
      let line = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        line += item.str;
        if (item.hasEOL) {
          lines.push(line);
          line = '';
        }
      }
      if (line) lines.push(line);
    }
    return { text: lines.join('\n'), pageSizesPt };
  } finally {
    await doc.destroy();
  }
}
