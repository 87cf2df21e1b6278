/**
 * Property schemas: what a layer's features must carry. A layer file in
 * `layers/` declares one; `validateLayerData` (validate.ts) checks every
 * feature against it at load.
 */

/** Units a property can carry; the UI prints them after the value. */
export type PropertyUnit = 'm2' | 'ha' | 'm' | 'jobs' | 'homes';

/** A text in both UI languages. */
export interface LocalText {
  nl: string;
  en: string;
}

/** One property of a layer's features. */
export interface PropertySpec {
  type: 'string' | 'number' | 'integer' | 'boolean';
  label: LocalText;
  required?: boolean;
  /** Closed list of allowed values. */
  enum?: readonly (string | number)[];
  /** Labels for enum values, when the raw value is not fit to show. */
  enumLabels?: Readonly<Record<string, LocalText>>;
  unit?: PropertyUnit;
  min?: number;
  max?: number;
}

/** The property schema of a layer: property name → spec. Unknown properties are allowed and shown as-is. */
export type PropertySchema = Readonly<Record<string, PropertySpec>>;

/** The GeoJSON geometry types a layer may hold. */
export type GeometryKind =
  'Point' | 'MultiPoint' | 'LineString' | 'MultiLineString' | 'Polygon' | 'MultiPolygon';

/** One row of the legend. */
export interface LegendEntry {
  label: LocalText;
  swatch: {
    kind: 'fill' | 'line' | 'circle';
    color: string;
    outline?: string;
    dashed?: boolean;
    hatched?: boolean;
  };
}
