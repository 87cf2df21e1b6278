/**
 * QR code modules of a link, for the room screen and the printed sheet.
 */
import qrcode from 'qrcode-generator';

/**
 * Longest text put into a QR code. Version 40 at error correction level L
 * holds 2,953 bytes (ISO/IEC 18004 table 7); past ~1,500 characters the
 * modules get too small to scan from a printed A4 or across a room, so a
 * longer link gets no QR code and the app says so.
 */
export const MAX_QR_CHARS = 1500;

/**
 * The dark modules of a QR code (error correction M below 500 characters, else L).
 * @param text the text (a link)
 * @returns a square grid, `true` = dark; `undefined` when the text is too long
 * @example makeQrModules('https://example.nl/#s=1.abc')?.length // 29
 */
export function makeQrModules(text: string): boolean[][] | undefined {
  if (text.length > MAX_QR_CHARS) return undefined;
  try {
    const qr = qrcode(0, text.length < 500 ? 'M' : 'L');
    qr.addData(text, 'Byte');
    qr.make();
    const n = qr.getModuleCount();
    return Array.from({ length: n }, (_, r) =>
      Array.from({ length: n }, (_, c) => qr.isDark(r, c)),
    );
  } catch {
    return undefined;
  }
}
