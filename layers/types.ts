/**
 * The shape of a layer definition. A layer is data: one file per layer in
 * this folder, listed in draw order in `index.ts`. The map glue, the legend,
 * the info panel, the validator and the rules all read these objects; adding a
 * layer needs no component change.
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { GeometryKind, LegendEntry, LocalText, PropertySchema } from '../src/domain/schema.ts';

/** What a layer means to the rules engine. */
export type LayerRole = 'zone' | 'sensitive' | 'business' | 'neighbourhood' | 'base';

/** A MapLibre style layer of this layer; `source` is filled in by the map glue (= the layer id). */
export type StyleLayer = LayerSpecification extends infer L
  ? L extends { source: string }
    ? Omit<L, 'source'>
    : never
  : never;

/** Where a layer's GeoJSON comes from: a file under `geodata/`, or a URL. */
export type LayerSource = { file: string } | { url: string };

export interface LayerDefinition {
  /** Unique id, also the MapLibre source id and the prefix of its style layer ids. */
  id: string;
  title: LocalText;
  role: LayerRole;
  source: LayerSource;
  geometry: readonly GeometryKind[];
  properties: PropertySchema;
  /** Property whose value titles the info panel. */
  labelProperty?: string;
  style: readonly StyleLayer[];
  legend: readonly LegendEntry[];
  /** Visible at start (default true). */
  visible?: boolean;
  /** Opacity 0–1 at start (default 1); multiplies the style's own opacities. */
  opacity?: number;
  /** Group in the layer panel. */
  group: 'zoning' | 'context' | 'base';
}
