import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../../layers/index.ts';
import {
  buildLegend,
  chooseScaleBar,
  composeSheet,
  computePageLayout,
  makeQrModules,
  metresPerPixel,
  pagePixelSize,
  parseColor,
  toWinAnsi,
  wrapWords,
  writePdf,
  type SheetInput,
} from '../../../src/print/index.ts';
import { readPdf, type PdfContents } from '../../support/pdf.ts';

/** A 2 × 2 PNG (red, green / blue, white), as a data URL. */
const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGP4z8DAAMIM/4EAAB/uBfsL2WiLAAAAAElFTkSuQmCC';

function sheet(overrides: Partial<SheetInput> = {}): SheetInput {
  const visible = new Set(['bedrijventerreinen', 'woonwerkzones', 'bedrijven']);
  return {
    paper: 'A4',
    title: 'Raadsvergadering 3 december – Havenkwartier',
    mapImage: TINY_PNG,
    legend: buildLegend(LAYERS, (id) => visible.has(id), 'nl'),
    texts: {
      legendTitle: 'Legenda',
      date: 'Afgedrukt op 27 november 2026',
      source: 'Bron: Voorbeeldstad (fictieve demodata); VNG Bedrijven en milieuzonering 2009',
      linkLabel: 'Link:',
      linkShortened: '(ingekort)',
      qrCaption: 'Scan voor deze kaart',
      qrTooLong: 'Link te lang voor een QR-code',
      north: 'N',
    },
    link: 'https://werkruimte.example/#s=1.abcdefghijklmnopqrstuvwxyz0123456789',
    metresPerMm: 12.5,
    bearingDeg: 30,
    ...overrides,
  };
}

/** The sheet as jsPDF writes it, read back with pdf.js. */
function readSheet(input: SheetInput): Promise<PdfContents> {
  const { layout, ops } = composeSheet(input);
  return readPdf(writePdf(layout, ops, { title: input.title }).output('arraybuffer'));
}

/** The PDF's text in content-stream order, so each drawn string stays on one line. */
async function pdfText(input: SheetInput): Promise<string> {
  return (await readSheet(input)).text;
}

async function pdfPageSizePt(input: SheetInput): Promise<[number, number]> {
  const { pageSizesPt } = await readSheet(input);
  expect(pageSizesPt).toHaveLength(1);
  return pageSizesPt[0]!;
}

describe('PDF sheet', () => {
  it('has the title, the legend entries of the visible layers and the date as searchable text', async () => {
    const input = sheet();
    const text = await pdfText(input);
    expect(text).toContain('Raadsvergadering 3 december – Havenkwartier');
    expect(text).toContain('Legenda');
    expect(text).toContain('Afgedrukt op 27 november 2026');
    expect(text).toContain('Bron: Voorbeeldstad');
    for (const block of input.legend) {
      expect(text).toContain(block.title);
      for (const entry of block.entries) expect(text).toContain(entry.label);
    }
    expect(input.legend.map((b) => b.layerId)).toEqual([
      'bedrijven',
      'woonwerkzones',
      'bedrijventerreinen',
    ]);
  });

  it('leaves hidden layers out of the legend', async () => {
    const text = await pdfText(sheet());
    expect(text).not.toContain('Productieve wijken');
    expect(text).not.toContain('Woningen');
  });

  it('prints the link as text (wrapped, so joined without line breaks)', async () => {
    const link = `https://werkruimte.example/#s=1.${'Ab9_-'.repeat(60)}`;
    const text = await pdfText(sheet({ link }));
    expect(text.replace(/\s+/g, '')).toContain(link);
  });

  it('is A4 or A3 landscape', async () => {
    // 297 × 210 mm = 841.89 × 595.28 pt; 420 × 297 mm = 1190.55 × 841.89 pt.
    const a4 = await pdfPageSizePt(sheet({ paper: 'A4' }));
    const a3 = await pdfPageSizePt(sheet({ paper: 'A3' }));
    expect(a4[0]).toBeCloseTo(841.89, 0);
    expect(a4[1]).toBeCloseTo(595.28, 0);
    expect(a3[0]).toBeCloseTo(1190.55, 0);
    expect(a3[1]).toBeCloseTo(841.89, 0);
  });

  it('says so instead of a QR code when the link is too long for one', async () => {
    const text = await pdfText(sheet({ link: `https://x.nl/#s=1.${'a'.repeat(3000)}` }));
    expect(text).toContain('Link te lang voor een QR-code');
    expect(text).toContain('(ingekort)');
  });
});

describe('wijkprofiel sheet (issue 16)', () => {
  const figures = {
    title: 'Kerncijfers (hier / stad)',
    columns: ['Hier', 'Stad'] as [string, string],
    rows: [
      { label: 'Woningen', value: '1.509', compare: '10.052' },
      { label: 'Banen', value: '≈ 24', compare: '7.310' },
      { label: 'FMI', value: '1,6', compare: '42,1' },
      { label: 'MXI', value: 'geen gegevens', compare: 'geen gegevens' },
    ],
    note: '≈ bevat geschatte banen',
  };
  const input = sheet({
    title: 'Wijkprofiel Binnenstad-Zuidwest',
    figures,
    legend: [
      {
        layerId: 'wijkprofiel',
        title: 'Functiemengingsindex (index 0–100)',
        entries: [
          { label: '0,0 – 0,9', swatch: { kind: 'fill', color: '#ffffcc' } },
          { label: 'geen gegevens', swatch: { kind: 'fill', color: '#d9d9d9' } },
        ],
      },
    ],
  });

  it('prints title, key figures against the city, the choropleth legend, date and source on one A4 page', async () => {
    const { text, pageSizesPt } = await readSheet(input);
    expect(pageSizesPt).toHaveLength(1);
    expect(pageSizesPt[0]![0]).toBeCloseTo(841.89, 0);
    expect(pageSizesPt[0]![1]).toBeCloseTo(595.28, 0);
    for (const s of [
      'Wijkprofiel Binnenstad-Zuidwest',
      'Kerncijfers (hier / stad)',
      'Woningen',
      '1.509',
      '10.052',
      '1,6',
      '42,1',
      'Functiemengingsindex (index 0–100)',
      '0,0 – 0,9',
      'geen gegevens',
      'Afgedrukt op 27 november 2026',
      'Bron: Voorbeeldstad',
    ])
      expect(text).toContain(s);
  });

  it('puts the figures above the legend, both inside the side column above the QR code', () => {
    const { layout, ops } = composeSheet(input);
    const texts = ops.filter((o) => o.kind === 'text');
    const yOf = (t: string) => texts.find((o) => o.text === t)!.y;
    expect(yOf('Kerncijfers (hier / stad)')).toBeLessThan(yOf('Legenda'));
    expect(yOf('Functiemengingsindex (index 0–100)')).toBeGreaterThan(
      yOf('≈ bevat geschatte banen'),
    );
    // The legend's last entry (after the figures' "geen gegevens") ends above the QR code.
    const last = texts.filter((o) => o.text === 'geen gegevens').at(-1)!;
    expect(last.y).toBeGreaterThan(yOf('Functiemengingsindex (index 0–100)'));
    expect(last.y).toBeLessThan(layout.qr.y);
    for (const o of texts)
      if (o.x >= layout.legend.x - 0.01 && o.y < layout.qr.y && o.style.align !== 'right')
        expect(o.x).toBeLessThanOrEqual(layout.legend.x + layout.legend.w + 0.01);
    // A plain sheet has no figures.
    expect(
      composeSheet(sheet()).ops.some((o) => o.kind === 'text' && o.text.startsWith('Kerncijfers')),
    ).toBe(false);
  });
  it('prints the area targets under the figures, wrapped inside the side column', () => {
    const target =
      'Gebiedsprofiel Havenkwartier ≥ 20.000 m² bvo: Gemist met 3.200 m² bvo (16.800 m² na de voorstellen). Compensatie door: Bedrijfshal Noord (+1.500 m²).';
    const { layout, ops } = composeSheet(
      sheet({ ...input, figures: { ...figures, lines: [target] } }),
    );
    const texts = ops.filter((o) => o.kind === 'text');
    // Between the last row (MXI) and the note.
    const yOf = (t: string) => texts.find((o) => o.text === t)!.y;
    const lines = texts.filter(
      (o) => o.y > yOf('MXI') && o.y < yOf('≈ bevat geschatte banen') && o.x === layout.legend.x,
    );
    // Every word is there, in order, over more than one line, each line inside the column.
    expect(lines.map((o) => o.text).join(' ')).toBe(target);
    expect(lines.length).toBeGreaterThan(1);
    const maxChars = Math.floor(layout.legend.w / (7.5 * layout.scale * (25.4 / 72) * 0.55));
    for (const o of lines) expect(o.text.length).toBeLessThanOrEqual(maxChars);
    expect(wrapWords('Gemist met 800 m² bvo', 20, 10)).toEqual(['Gemist met', '800 m² bvo']);
  });
});

describe('sheet layout', () => {
  it.each(['A4', 'A3'] as const)('keeps every part of %s on the page without overlap', (paper) => {
    const l = computePageLayout(paper);
    for (const r of [l.title, l.map, l.legend, l.qr, l.footer]) {
      expect(r.x).toBeGreaterThanOrEqual(0);
      expect(r.y).toBeGreaterThanOrEqual(0);
      expect(r.x + r.w).toBeLessThanOrEqual(l.widthMm + 1e-9);
      expect(r.y + r.h).toBeLessThanOrEqual(l.heightMm + 1e-9);
      expect(r.w).toBeGreaterThan(0);
      expect(r.h).toBeGreaterThan(0);
    }
    expect(l.map.x + l.map.w).toBeLessThan(l.legend.x);
    expect(l.legend.y + l.legend.h).toBeLessThan(l.qr.y);
    expect(l.map.y + l.map.h).toBeLessThan(l.footer.y);
    expect(l.title.y + l.title.h).toBeLessThanOrEqual(l.map.y);
  });

  it('scales A3 by √2 against A4', () => {
    const a4 = computePageLayout('A4');
    const a3 = computePageLayout('A3');
    expect(a3.map.w / a4.map.w).toBeCloseTo(420 / 297, 6);
    expect(a3.map.h / a4.map.h).toBeCloseTo(297 / 210, 2);
  });

  it('gives page pixel sizes at a resolution', () => {
    expect(pagePixelSize('A4', 150)).toEqual({ widthPx: 1754, heightPx: 1240 });
    expect(pagePixelSize('A3', 150)).toEqual({ widthPx: 2480, heightPx: 1754 });
  });

  it('draws every text of the sheet inside the page', () => {
    const { layout, ops } = composeSheet(sheet({ paper: 'A3' }));
    for (const op of ops) {
      if (op.kind !== 'text') continue;
      expect(op.x).toBeGreaterThanOrEqual(0);
      expect(op.x).toBeLessThanOrEqual(layout.widthMm);
      expect(op.y).toBeLessThanOrEqual(layout.heightMm);
    }
  });

  it('shrinks legend rows when all layers are visible so the legend stays above the QR code', () => {
    const input = sheet({ legend: buildLegend(LAYERS, () => true, 'en') });
    const { layout, ops } = composeSheet(input);
    const legendTexts = ops.filter(
      (o) => o.kind === 'text' && o.x >= layout.legend.x && o.y < layout.qr.y - 2,
    );
    const rows = input.legend.reduce((n, b) => n + 1 + b.entries.length, 0);
    expect(legendTexts.length).toBe(rows + 1);
  });
});

describe('scale bar', () => {
  it('uses 1, 2 or 5 × 10ⁿ metres and fits the width', () => {
    expect(chooseScaleBar(10, 40)).toEqual({ lengthM: 200, width: 20 });
    expect(chooseScaleBar(1, 40)).toEqual({ lengthM: 20, width: 20 });
    expect(chooseScaleBar(3, 40)).toEqual({ lengthM: 100, width: 100 / 3 });
    const { width } = chooseScaleBar(7.3, 40);
    expect(width).toBeLessThanOrEqual(40);
    expect(width).toBeGreaterThan(8);
  });

  it('knows Web Mercator metres per pixel', () => {
    // Zoom 0 at the equator: the 40,075 km world on 512 pixels.
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.5, 0);
    expect(metresPerPixel(60, 1)).toBeCloseTo(78271.5 / 4, 0);
  });
});

describe('helpers', () => {
  it('makes a QR code for a link, and none for a text too long to scan', () => {
    const modules = makeQrModules('https://werkruimte.example/#s=1.abc');
    expect(modules?.length).toBeGreaterThanOrEqual(21);
    expect(modules?.every((r) => r.length === modules.length)).toBe(true);
    expect(makeQrModules('x'.repeat(5000))).toBeUndefined();
  });

  it('parses colours and blends transparency onto white', () => {
    expect(parseColor('#fc0')).toEqual([255, 204, 0]);
    expect(parseColor('#1d3a5c')).toEqual([29, 58, 92]);
    expect(parseColor('rgba(0, 0, 0, 0.5)')).toEqual([128, 128, 128]);
  });

  it('keeps WinAnsi text and replaces what the standard fonts cannot show', () => {
    expect(toWinAnsi('Café – “Zuid” €')).toBe('Café – “Zuid” €');
    expect(toWinAnsi('A → B')).toBe('A ? B');
    // Estimated jobs (≈) and targets (≥, ≤) stay readable on paper.
    expect(toWinAnsi('≈ 24; ≥ 5.000 m² (≤ 3.1); −2')).toBe('~ 24; >= 5.000 m² (<= 3.1); -2');
  });
});
