/**
 * Print and export of the map sheet (issue 6): layout, legend, scale bar, QR
 * code, the sheet as drawing operations, and the PDF writer.
 */
export * from './compose.ts';
export * from './legend.ts';
export * from './page.ts';
export * from './pdf.ts';
export * from './qr.ts';
export * from './scale-bar.ts';
