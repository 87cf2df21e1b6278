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
