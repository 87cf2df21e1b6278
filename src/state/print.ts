/**
 * Print and export of the current map (issue 6): gathers title, legend of the
 * visible layers, date, source line and link in the UI language, takes a
 * picture of the map and writes a PNG or a PDF.
 */
import { loadedMap } from './map-handle.ts';
import { LAYERS } from '../../layers/index.ts';
import { analysisLegend, buildLegend, type AnalysisOnMap } from '../print/legend.ts';
import { CONTOUR_COLORS, SURFACE_CLASS_COLORS } from '../analysis/surface/colors.ts';
import type { SurfaceProgram } from '../analysis/surface/types.ts';
import { findActivity } from '../rules/activities.ts';
import { LOCATIECHECK_COLORS } from '../map/locatiecheck-layers.ts';
import { isLocatiecheckActive, locatiecheckResult } from './locatiecheck.svelte.ts';
import { surface } from './surface.svelte.ts';
import { computePageLayout, type Paper } from '../print/page.ts';
import type { SheetFigures, SheetInput } from '../print/compose.ts';
import type { LegendBlock } from '../print/legend.ts';
import { PROPOSAL_USES } from '../domain/domain.ts';
import { captureMap, downloadFile, renderSheetCanvas } from '../map/export.ts';
import { PROPOSAL_COLORS } from '../map/proposal-layers.ts';
import { app, messages } from './app.svelte.ts';
import { proposals } from './proposals.svelte.ts';
import { LOCALES } from './format.ts';
import { currentLink, share, shareMap } from './share.svelte.ts';

/** Resolution of the map picture and of the PNG (dots per inch): sharp on paper, a few MB at most. */
export const PRINT_DPI = 150;

/** The title printed on the sheet: the user's, else the default of the UI language. */
export function printTitle(): string {
  return share.title.trim() || messages().sharing.print.defaultTitle;
}

/** A file name from the title: letters, digits and dashes. */
export function fileNameOf(title: string, paper: Paper, ext: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `${base || 'werkruimte'}-${paper.toLowerCase()}.${ext}`;
}

/** The program of the surface in words, for its legend title. */
function programLabel(program: SurfaceProgram): string {
  const t = messages().sharing.print.analysis;
  if (program.kind === 'housing') return t.housing;
  if (program.kind === 'category') return t.category(program.milieucategorie);
  const a = findActivity(program.activityId);
  return a ? `${a[app.lang]} (${t.category(a.milieucategorie)})` : program.activityId;
}

/**
 * What the analyses draw on the map now: the surface classes (computed and shown), the
 * contours (computed and shown), the Locatiecheck's place and lines (its tab is open).
 * @returns the analyses drawn
 */
export function analysesOnMap(): AnalysisOnMap {
  const shown: AnalysisOnMap = {
    contours: surface.showContours && surface.contoursStatus === 'ready',
  };
  if (surface.showClasses && surface.status === 'ready')
    shown.surface = { programLabel: programLabel(surface.program) };
  const result = locatiecheckResult();
  if (result && isLocatiecheckActive()) {
    const severities = new Set(result.segments.map((s) => s.conflict.distanceClass));
    shown.locatiecheck = {
      place: result.place.type === 'Point' ? 'point' : 'area',
      tooClose: severities.has('too-close'),
      exception: [...severities].some((s) => s !== 'too-close'),
    };
  }
  return shown;
}

/**
 * The legend of what the map shows now: the analyses (Locatiecheck, contours, surface) and
 * the proposals (their uses in this state) on top, then the visible, loaded layers, topmost
 * first. Whatever is drawn on the sheet is in its legend (issue 14).
 * @returns the legend blocks in the UI language
 */
export function currentLegend(): LegendBlock[] {
  const m = messages();
  const t = m.sharing.print.analysis;
  const analyses = analysisLegend(
    analysesOnMap(),
    {
      surfaceTitle: t.surfaceTitle,
      classes: m.surface.classes,
      contoursTitle: t.contoursTitle,
      contourKinds: t.contourKinds,
      locatiecheckTitle: t.locatiecheckTitle,
      place: t.place,
      tooClose: t.tooClose,
      exception: t.exception,
    },
    {
      classes: SURFACE_CLASS_COLORS,
      contours: CONTOUR_COLORS,
      place: LOCATIECHECK_COLORS.place,
      placeFill: LOCATIECHECK_COLORS.placeFill,
      tooClose: LOCATIECHECK_COLORS.tooClose,
      exception: LOCATIECHECK_COLORS.exception,
    },
  );
  const used = new Set(proposals().map((p) => p.properties.use));
  const layerBlocks = buildLegend(
    LAYERS,
    (id) => {
      const s = app.layers[id];
      return !!s && s.visible && s.opacity > 0 && s.status === 'ready';
    },
    app.lang,
  );
  const blocks = [...analyses, ...layerBlocks];
  if (used.size === 0) return blocks;
  const entries = PROPOSAL_USES.filter((u) => used.has(u)).map((u) => ({
    label: m.proposals.uses[u],
    swatch: {
      kind: 'fill' as const,
      color: PROPOSAL_COLORS[u].fill,
      outline: PROPOSAL_COLORS[u].outline,
    },
  }));
  return [...analyses, { layerId: 'proposals', title: m.proposals.tab, entries }, ...layerBlocks];
}

/**
 * What a tool puts on the sheet instead of the defaults (the Wijkprofielen tab: a buurt's
 * title, its choropleth legend and key figures). Same sheet, same path.
 */
export interface SheetExtras {
  title?: string;
  /** Legend blocks instead of the visible layers'. */
  legend?: LegendBlock[];
  figures?: SheetFigures;
}

/**
 * Builds the sheet of the current map.
 * @param paper A4 or A3
 * @param extras title, legend and figures of a tool (optional)
 * @returns the sheet input (with the map picture)
 */
export async function buildSheet(paper: Paper, extras: SheetExtras = {}): Promise<SheetInput> {
  const map = shareMap() ?? loadedMap();
  const m = messages().sharing.print;
  const layout = computePageLayout(paper);
  const picture = map ? await captureMap(map, layout.map, PRINT_DPI) : undefined;
  const date = new Intl.DateTimeFormat(LOCALES[app.lang], { dateStyle: 'long' }).format(new Date());
  return {
    paper,
    title: extras.title ?? printTitle(),
    mapImage: picture?.dataUrl,
    legend: extras.legend ?? currentLegend(),
    ...(extras.figures ? { figures: extras.figures } : {}),
    texts: {
      legendTitle: m.legendTitle,
      date: m.date(date),
      source: m.source,
      linkLabel: m.linkLabel,
      linkShortened: m.linkShortened,
      qrCaption: m.qrCaption,
      qrTooLong: m.qrTooLong,
      north: m.north,
    },
    link: currentLink(),
    metresPerMm: picture?.metresPerMm,
    bearingDeg: picture?.bearingDeg ?? 0,
  };
}

/**
 * Exports the current map as a PNG or PDF download.
 * @param format png or pdf
 * @param paper A4 or A3
 * @param extras title, legend and figures of a tool (optional)
 * @returns the file that was offered (for tests)
 */
export async function exportSheet(
  format: 'png' | 'pdf',
  paper: Paper,
  extras: SheetExtras = {},
): Promise<{ blob: Blob; fileName: string }> {
  const input = await buildSheet(paper, extras);
  // The sheet layout (with the QR encoder) loads with the first export, not at start (issue 14).
  const { composeSheet } = await import('../print/compose.ts');
  const { layout, ops } = composeSheet(input);
  let blob: Blob;
  if (format === 'pdf') {
    // jsPDF is loaded only when someone makes a PDF: it is large and most sessions never print.
    const { writePdf } = await import('../print/pdf.ts');
    blob = writePdf(layout, ops, { title: input.title, subject: input.link }).output('blob');
  } else {
    const canvas = await renderSheetCanvas(layout, ops, PRINT_DPI);
    blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG failed'))), 'image/png'),
    );
  }
  const fileName = fileNameOf(input.title, paper, format);
  downloadFile(blob, fileName);
  return { blob, fileName };
}
