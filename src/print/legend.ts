/**
 * Legend of a printed map: the legend entries of the visible layers only.
 */
import type { LegendEntry, LocalText } from '../domain/schema.ts';

/** What the legend needs of a layer definition. */
export interface LegendLayer {
  id: string;
  title: LocalText;
  legend: readonly LegendEntry[];
}

/** One block of the legend: a layer title and its entries, in the print language. */
export interface LegendBlock {
  layerId: string;
  title: string;
  entries: { label: string; swatch: LegendEntry['swatch'] }[];
}

/**
 * Legend blocks for the visible layers, top of the map first.
 * @param layers layer definitions in draw order (first = bottom)
 * @param isVisible whether a layer is shown (and not fully transparent)
 * @param lang print language
 * @returns one block per visible layer, topmost layer first
 * @example buildLegend(LAYERS, (id) => app.layers[id]?.visible ?? false, 'nl')
 */
export function buildLegend(
  layers: readonly LegendLayer[],
  isVisible: (layerId: string) => boolean,
  lang: 'nl' | 'en',
): LegendBlock[] {
  return layers
    .filter((l) => isVisible(l.id) && l.legend.length > 0)
    .reverse()
    .map((l) => ({
      layerId: l.id,
      title: l.title[lang],
      entries: l.legend.map((e) => ({ label: e.label[lang], swatch: e.swatch })),
    }));
}

/** What the analyses draw on the map now (issue 14: whatever is drawn is in the legend). */
export interface AnalysisOnMap {
  /** The surface's three classes, with the program they are for; absent when not drawn. */
  surface?: { programLabel: string };
  /** Whether the hindrance contours are drawn. */
  contours: boolean;
  /** The Locatiecheck's place and conflict lines; absent when not drawn. */
  locatiecheck?: { place: 'point' | 'area'; tooClose: boolean; exception: boolean };
}

/** Legend texts of the analyses, in the print language. */
export interface AnalysisLegendTexts {
  surfaceTitle: (program: string) => string;
  classes: Record<'toegestaan' | 'voorwaardelijk' | 'niet-toegestaan', string>;
  contoursTitle: string;
  contourKinds: Record<'rustige-woonwijk' | 'gemengd-gebied', string>;
  locatiecheckTitle: string;
  place: string;
  tooClose: string;
  exception: string;
}

/** Colours the analysis layers draw with (from their map-layer modules). */
export interface AnalysisColors {
  classes: Record<'toegestaan' | 'voorwaardelijk' | 'niet-toegestaan', string>;
  contours: Record<'rustige-woonwijk' | 'gemengd-gebied', string>;
  place: string;
  placeFill: string;
  tooClose: string;
  exception: string;
}

/**
 * Legend blocks of the analyses drawn on the map: the Locatiecheck (topmost), the contours,
 * the surface classes. Swatches copy the map's styling: the dashed line is the dashed one.
 * @param shown what is drawn
 * @param texts the labels
 * @param colors the map's colours
 * @returns the blocks, topmost first (empty when no analysis is drawn)
 * @example analysisLegend({ contours: true }, texts, colors)[0]?.layerId // 'surface-contours'
 */
export function analysisLegend(
  shown: AnalysisOnMap,
  texts: AnalysisLegendTexts,
  colors: AnalysisColors,
): LegendBlock[] {
  const blocks: LegendBlock[] = [];
  const lc = shown.locatiecheck;
  if (lc) {
    const entries: LegendBlock['entries'] = [
      {
        label: texts.place,
        swatch:
          lc.place === 'point'
            ? { kind: 'circle', color: '#ffffff', outline: colors.place }
            : { kind: 'fill', color: colors.placeFill, outline: colors.place },
      },
    ];
    if (lc.tooClose)
      entries.push({ label: texts.tooClose, swatch: { kind: 'line', color: colors.tooClose } });
    if (lc.exception)
      entries.push({
        label: texts.exception,
        swatch: { kind: 'line', color: colors.exception, dashed: true },
      });
    blocks.push({ layerId: 'locatiecheck', title: texts.locatiecheckTitle, entries });
  }
  if (shown.contours) {
    blocks.push({
      layerId: 'surface-contours',
      title: texts.contoursTitle,
      entries: (['rustige-woonwijk', 'gemengd-gebied'] as const).map((kind) => ({
        label: texts.contourKinds[kind],
        swatch: {
          kind: 'line',
          color: colors.contours[kind],
          ...(kind === 'gemengd-gebied' ? { dashed: true } : {}),
        },
      })),
    });
  }
  if (shown.surface) {
    blocks.push({
      layerId: 'surface-classes',
      title: texts.surfaceTitle(shown.surface.programLabel),
      entries: (['toegestaan', 'voorwaardelijk', 'niet-toegestaan'] as const).map((cls) => ({
        label: texts.classes[cls],
        swatch: {
          kind: 'fill',
          color: colors.classes[cls],
          ...(cls === 'niet-toegestaan' ? { hatched: true } : {}),
        },
      })),
    });
  }
  return blocks;
}
