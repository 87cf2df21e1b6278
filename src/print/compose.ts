/**
 * The printed map sheet as a list of drawing operations in millimetres. Two
 * back ends draw the same list: `pdf.ts` (jsPDF, vector text and shapes) and
 * the canvas renderer of the PNG export (src/map/export.ts).
 */
import type { LegendBlock } from './legend.ts';
import { computePageLayout, MM_PER_PT, type PageLayout, type Paper, type RectMm } from './page.ts';
import { makeQrModules } from './qr.ts';
import { chooseScaleBar, formatScaleLength } from './scale-bar.ts';

/** Text style; sizes are points. */
export interface TextStyle {
  sizePt: number;
  bold?: boolean;
  color?: string;
  align?: 'left' | 'center' | 'right';
}

/** One drawing operation; coordinates in mm from the top-left corner, colours as CSS hex. */
export type DrawOp =
  | { kind: 'image'; rect: RectMm; dataUrl: string }
  | {
      kind: 'rect';
      rect: RectMm;
      fill?: string;
      stroke?: string;
      lineWidthMm?: number;
      dashMm?: number[];
    }
  | {
      kind: 'line';
      from: [number, number];
      to: [number, number];
      stroke: string;
      lineWidthMm: number;
      dashMm?: number[];
    }
  | { kind: 'circle'; center: [number, number]; r: number; fill?: string; stroke?: string }
  | { kind: 'polygon'; points: [number, number][]; fill: string }
  /** `y` is the text's baseline. */
  | { kind: 'text'; x: number; y: number; text: string; style: TextStyle };

/** Everything a sheet shows; all texts already in the print language. */
export interface SheetInput {
  paper: Paper;
  title: string;
  /** The map picture (PNG or JPEG data URL), drawn to fill the map frame. */
  mapImage?: string;
  legend: readonly LegendBlock[];
  texts: {
    legendTitle: string;
    /** e.g. "Afgedrukt op 27 november 2026". */
    date: string;
    /** e.g. "Bron: …". */
    source: string;
    /** e.g. "Link naar deze kaart:". */
    linkLabel: string;
    /** Added when the link text had to be shortened on paper. */
    linkShortened: string;
    qrCaption: string;
    /** Shown instead of the QR code when the link is too long for one. */
    qrTooLong: string;
    north: string;
  };
  link: string;
  /** Ground metres per mm of the map frame, for the scale bar; omitted = no scale bar. */
  metresPerMm?: number;
  /** Map bearing in degrees (the north arrow turns against it). */
  bearingDeg: number;
  /**
   * Key figures printed above the legend (a wijkprofiel: the buurt's figure and the city's);
   * omitted on a plain map sheet.
   */
  figures?: SheetFigures;
}

/** A small table of figures in the side column: label, value here, value for comparison. */
export interface SheetFigures {
  title: string;
  /** Column titles of the two value columns (e.g. "Hier", "Stad"). */
  columns: [string, string];
  rows: readonly { label: string; value: string; compare: string }[];
  /** A line under the table (e.g. what ≈ means). */
  note?: string;
  /** Sentences under the table, each wrapped to the column (a wijkprofiel: its area targets). */
  lines?: readonly string[];
}

const INK = '#1f2933';
const MUTED = '#5d574e';
/** Average Helvetica glyph width as a share of the font size; used to wrap and cut text. */
const AVG_GLYPH_EM = 0.55;

/**
 * Cuts a text to fit a width, adding an ellipsis when cut.
 * @param text the text
 * @param widthMm the room
 * @param sizePt the font size
 * @returns the text, shortened when needed
 * @example fitText('Bedrijventerreinen', 10, 10) // 'Bedrij…'
 */
export function fitText(text: string, widthMm: number, sizePt: number): string {
  const maxChars = Math.max(1, Math.floor(widthMm / (sizePt * MM_PER_PT * AVG_GLYPH_EM)));
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1)}…`;
}

/**
 * Splits a text without spaces (a link) into lines of a width.
 * @param text the text
 * @param widthMm line width
 * @param sizePt font size
 * @returns the lines
 */
export function wrapChars(text: string, widthMm: number, sizePt: number): string[] {
  // Link characters are mostly narrow-to-average; 0.6 em keeps lines inside the width.
  const perLine = Math.max(1, Math.floor(widthMm / (sizePt * MM_PER_PT * 0.6)));
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += perLine) lines.push(text.slice(i, i + perLine));
  return lines;
}

/**
 * Wraps a text at spaces into lines of a width (a word longer than the line is cut).
 * @param text the text
 * @param widthMm line width
 * @param sizePt font size
 * @returns the lines
 * @example wrapWords('Gemist met 800 m² bvo', 20, 10) // ['Gemist met', '800 m² bvo']
 */
export function wrapWords(text: string, widthMm: number, sizePt: number): string[] {
  const maxChars = Math.max(1, Math.floor(widthMm / (sizePt * MM_PER_PT * AVG_GLYPH_EM)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars) line = next;
    else {
      if (line) lines.push(line);
      line = fitText(word, widthMm, sizePt);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The figures table at the top of the side column.
 * @returns the operations and the height used (mm)
 */
function figuresOps(layout: PageLayout, f: SheetFigures): { ops: DrawOp[]; heightMm: number } {
  const s = layout.scale;
  const { x, y, w } = layout.legend;
  const headingPt = 11 * s;
  const rowPt = 7.5 * s;
  const rowMm = rowPt * MM_PER_PT * 1.45;
  const valueW = 17 * s;
  const ops: DrawOp[] = [
    {
      kind: 'text',
      x,
      y: y + headingPt * MM_PER_PT,
      text: fitText(f.title, w, headingPt),
      style: { sizePt: headingPt, bold: true, color: INK },
    },
  ];
  let cy = y + headingPt * MM_PER_PT + 2 * s;
  const row = (label: string, a: string, b: string, bold: boolean) => {
    cy += rowMm;
    ops.push(
      {
        kind: 'text',
        x,
        y: cy,
        text: fitText(label, w - 2 * valueW - 1 * s, rowPt),
        style: { sizePt: rowPt, bold, color: INK },
      },
      {
        kind: 'text',
        x: x + w - valueW,
        y: cy,
        text: fitText(a, valueW - 1 * s, rowPt),
        style: { sizePt: rowPt, bold, color: INK, align: 'right' },
      },
      {
        kind: 'text',
        x: x + w,
        y: cy,
        text: fitText(b, valueW - 1 * s, rowPt),
        style: { sizePt: rowPt, bold, color: MUTED, align: 'right' },
      },
    );
  };
  row('', f.columns[0], f.columns[1], true);
  for (const r of f.rows) row(r.label, r.value, r.compare, false);
  for (const text of f.lines ?? [])
    for (const [i, line] of wrapWords(text, w, rowPt).entries()) {
      cy += i === 0 ? rowMm : rowMm * 0.85;
      ops.push({ kind: 'text', x, y: cy, text: line, style: { sizePt: rowPt, color: INK } });
    }
  if (f.note) {
    cy += rowMm;
    ops.push({
      kind: 'text',
      x,
      y: cy,
      text: fitText(f.note, w, rowPt * 0.9),
      style: { sizePt: rowPt * 0.9, color: MUTED },
    });
  }
  return { ops, heightMm: cy - y + 4 * s };
}

/** Diagonal hatch lines inside a rectangle (the map's hatch of "niet toegestaan"). */
function hatchOps(rect: RectMm, s: number): DrawOp[] {
  const ops: DrawOp[] = [];
  const step = 1.2 * s;
  // Lines x + y = c (running up to the right), clipped to the rectangle.
  for (let c = step; c < rect.w + rect.h; c += step) {
    const x0 = Math.max(0, c - rect.h);
    const x1 = Math.min(rect.w, c);
    ops.push({
      kind: 'line',
      from: [rect.x + x0, rect.y + rect.h - (c - x0)],
      to: [rect.x + x1, rect.y + rect.h - (c - x1)],
      stroke: '#3c1400',
      lineWidthMm: 0.25 * s,
    });
  }
  return ops;
}

function legendOps(layout: PageLayout, input: SheetInput, rect: RectMm = layout.legend): DrawOp[] {
  const ops: DrawOp[] = [];
  const { x, y, w, h } = rect;
  const s = layout.scale;
  const headingPt = 12 * s;
  ops.push({
    kind: 'text',
    x,
    y: y + headingPt * MM_PER_PT,
    text: input.texts.legendTitle,
    style: { sizePt: headingPt, bold: true, color: INK },
  });
  const rows = input.legend.reduce((n, b) => n + 1 + b.entries.length, 0);
  const top = y + headingPt * MM_PER_PT + 3 * s;
  const wantedRowMm = 4.6 * s;
  const rowMm = rows === 0 ? wantedRowMm : Math.min(wantedRowMm, (y + h - top) / rows);
  const k = rowMm / wantedRowMm;
  const labelPt = 8.5 * s * k;
  const swatchW = 7 * s * k;
  const swatchH = 3.6 * s * k;
  let cy = top;
  for (const block of input.legend) {
    ops.push({
      kind: 'text',
      x,
      y: cy + rowMm * 0.75,
      text: fitText(block.title, w, labelPt),
      style: { sizePt: labelPt, bold: true, color: INK },
    });
    cy += rowMm;
    for (const entry of block.entries) {
      const sy = cy + (rowMm - swatchH) / 2;
      const sx = x + 1.5 * s;
      const { swatch } = entry;
      if (swatch.kind === 'fill') {
        ops.push({
          kind: 'rect',
          rect: { x: sx, y: sy, w: swatchW, h: swatchH },
          fill: swatch.color,
          stroke: swatch.outline ?? swatch.color,
          lineWidthMm: 0.3 * s,
          dashMm: swatch.dashed ? [0.8 * s, 0.5 * s] : undefined,
        });
        if (swatch.hatched) ops.push(...hatchOps({ x: sx, y: sy, w: swatchW, h: swatchH }, s));
      } else if (swatch.kind === 'line') {
        const ly = sy + swatchH / 2;
        if (swatch.outline)
          ops.push({
            kind: 'line',
            from: [sx, ly],
            to: [sx + swatchW, ly],
            stroke: swatch.outline,
            lineWidthMm: 1.6 * s * k,
          });
        ops.push({
          kind: 'line',
          from: [sx, ly],
          to: [sx + swatchW, ly],
          stroke: swatch.color,
          lineWidthMm: (swatch.outline ? 1 : 0.7) * s * k,
          dashMm: swatch.dashed ? [1.2 * s, 0.8 * s] : undefined,
        });
      } else {
        ops.push({
          kind: 'circle',
          center: [sx + swatchW / 2, sy + swatchH / 2],
          r: swatchH / 2.4,
          fill: swatch.color,
          stroke: swatch.outline,
        });
      }
      ops.push({
        kind: 'text',
        x: sx + swatchW + 2 * s,
        y: cy + rowMm * 0.75,
        text: fitText(entry.label, w - swatchW - 3.5 * s, labelPt),
        style: { sizePt: labelPt, color: INK },
      });
      cy += rowMm;
    }
  }
  return ops;
}

function scaleBarOps(layout: PageLayout, metresPerMm: number): DrawOp[] {
  const s = layout.scale;
  const { lengthM, width } = chooseScaleBar(metresPerMm, 40 * s);
  if (lengthM === 0) return [];
  const x = layout.map.x + 4 * s;
  const y = layout.map.y + layout.map.h - 4 * s;
  const barH = 1.6 * s;
  const labelPt = 8 * s;
  // A white box behind bar and label, then four alternating segments.
  const ops: DrawOp[] = [
    {
      kind: 'rect',
      rect: {
        x: x - 2 * s,
        y: y - barH - labelPt * MM_PER_PT - 3 * s,
        w: width + 10 * s,
        h: barH + labelPt * MM_PER_PT + 5 * s,
      },
      fill: '#ffffff',
      stroke: '#8a8378',
      lineWidthMm: 0.2 * s,
    },
  ];
  for (let i = 0; i < 4; i++) {
    ops.push({
      kind: 'rect',
      rect: { x: x + (i * width) / 4, y: y - barH, w: width / 4, h: barH },
      fill: i % 2 === 0 ? INK : '#ffffff',
      stroke: INK,
      lineWidthMm: 0.2 * s,
    });
  }
  ops.push(
    {
      kind: 'text',
      x,
      y: y - barH - 1.2 * s,
      text: '0',
      style: { sizePt: labelPt, color: INK },
    },
    {
      kind: 'text',
      x: x + width,
      y: y - barH - 1.2 * s,
      text: formatScaleLength(lengthM),
      style: { sizePt: labelPt, color: INK, align: 'center' },
    },
  );
  return ops;
}

function northArrowOps(layout: PageLayout, bearingDeg: number, north: string): DrawOp[] {
  const s = layout.scale;
  const r = 6 * s;
  const cx = layout.map.x + layout.map.w - r - 4 * s;
  const cy = layout.map.y + r + 4 * s;
  // The map is turned by `bearing` clockwise, so north points `bearing` degrees anticlockwise.
  const a = (-bearingDeg * Math.PI) / 180;
  const rot = (dx: number, dy: number): [number, number] => [
    cx + dx * Math.cos(a) - dy * Math.sin(a),
    cy + dx * Math.sin(a) + dy * Math.cos(a),
  ];
  const tip = rot(0, -r * 0.8);
  const labelPt = 8 * s;
  return [
    { kind: 'circle', center: [cx, cy], r, fill: '#ffffff', stroke: '#8a8378' },
    { kind: 'polygon', points: [tip, rot(r * 0.35, r * 0.45), rot(0, r * 0.2)], fill: INK },
    { kind: 'polygon', points: [tip, rot(0, r * 0.2), rot(-r * 0.35, r * 0.45)], fill: '#9aa5b1' },
    {
      kind: 'text',
      x: cx,
      y: cy + r + labelPt * MM_PER_PT + 0.5 * s,
      text: north,
      style: { sizePt: labelPt, bold: true, color: INK, align: 'center' },
    },
  ];
}

function qrOps(layout: PageLayout, input: SheetInput): DrawOp[] {
  const s = layout.scale;
  const { x, y, w } = layout.qr;
  const captionPt = 7.5 * s;
  const modules = makeQrModules(input.link);
  const ops: DrawOp[] = [];
  if (!modules) {
    ops.push({
      kind: 'text',
      x: layout.legend.x,
      y: y + w / 2,
      text: fitText(input.texts.qrTooLong, layout.legend.w, captionPt),
      style: { sizePt: captionPt, color: MUTED },
    });
    return ops;
  }
  const n = modules.length;
  // A quiet zone of 2 modules keeps the code readable next to the legend.
  const cell = w / (n + 4);
  ops.push({ kind: 'rect', rect: { x, y, w, h: w }, fill: '#ffffff' });
  modules.forEach((row, r) => {
    // Runs of dark modules become one rectangle: fewer operations, no hairline gaps.
    let start = -1;
    for (let c = 0; c <= n; c++) {
      const dark = c < n && row[c];
      if (dark && start < 0) start = c;
      if (!dark && start >= 0) {
        ops.push({
          kind: 'rect',
          rect: {
            x: x + (start + 2) * cell,
            y: y + (r + 2) * cell,
            w: (c - start) * cell,
            h: cell,
          },
          fill: '#000000',
        });
        start = -1;
      }
    }
  });
  ops.push({
    kind: 'text',
    x: x + w / 2,
    y: y - 1.2 * s,
    text: input.texts.qrCaption,
    style: { sizePt: captionPt, color: MUTED, align: 'center' },
  });
  return ops;
}

function footerOps(layout: PageLayout, input: SheetInput): DrawOp[] {
  const s = layout.scale;
  const { x, y, w, h } = layout.footer;
  const linePt = 8 * s;
  const ops: DrawOp[] = [
    {
      kind: 'text',
      x,
      y: y + linePt * MM_PER_PT,
      text: fitText(`${input.texts.date}   ·   ${input.texts.source}`, w, linePt),
      style: { sizePt: linePt, color: INK },
    },
  ];
  const linkPt = 5.5 * s;
  const lineMm = linkPt * MM_PER_PT * 1.25;
  const top = y + linePt * MM_PER_PT + 2.2 * s;
  const maxLines = Math.max(1, Math.floor((y + h - top) / lineMm));
  let lines = wrapChars(`${input.texts.linkLabel} ${input.link}`, w, linkPt);
  if (lines.length > maxLines) {
    lines = lines.slice(0, maxLines);
    const note = ` … ${input.texts.linkShortened}`;
    const last = lines[maxLines - 1]!;
    lines[maxLines - 1] = last.slice(0, Math.max(0, last.length - note.length)) + note;
  }
  lines.forEach((text, i) =>
    ops.push({
      kind: 'text',
      x,
      y: top + (i + 1) * lineMm,
      text,
      style: { sizePt: linkPt, color: MUTED },
    }),
  );
  return ops;
}

/**
 * Lays out a whole sheet: title, map picture with scale bar and north arrow,
 * legend of the visible layers, QR code of the link, date, source line and
 * the link as text.
 * @param input what the sheet shows
 * @returns the page layout and the drawing operations in paint order
 * @example const { layout, ops } = composeSheet(input); writePdf(layout, ops)
 */
export function composeSheet(input: SheetInput): { layout: PageLayout; ops: DrawOp[] } {
  const layout = computePageLayout(input.paper);
  const s = layout.scale;
  const titlePt = 20 * s;
  const ops: DrawOp[] = [
    { kind: 'rect', rect: { x: 0, y: 0, w: layout.widthMm, h: layout.heightMm }, fill: '#ffffff' },
    {
      kind: 'text',
      x: layout.title.x,
      y: layout.title.y + titlePt * MM_PER_PT,
      text: fitText(input.title, layout.title.w, titlePt),
      style: { sizePt: titlePt, bold: true, color: '#1d3a5c' },
    },
  ];
  if (input.mapImage) ops.push({ kind: 'image', rect: layout.map, dataUrl: input.mapImage });
  else ops.push({ kind: 'rect', rect: layout.map, fill: '#f4f1ea' });
  ops.push({ kind: 'rect', rect: layout.map, stroke: '#5d574e', lineWidthMm: 0.3 * s });
  if (input.metresPerMm !== undefined) ops.push(...scaleBarOps(layout, input.metresPerMm));
  ops.push(...northArrowOps(layout, input.bearingDeg, input.texts.north));
  let legendRect = layout.legend;
  if (input.figures) {
    const figures = figuresOps(layout, input.figures);
    ops.push(...figures.ops);
    legendRect = {
      ...layout.legend,
      y: layout.legend.y + figures.heightMm,
      h: Math.max(0, layout.legend.h - figures.heightMm),
    };
  }
  ops.push(
    ...legendOps(layout, input, legendRect),
    ...qrOps(layout, input),
    ...footerOps(layout, input),
  );
  return { layout, ops };
}
