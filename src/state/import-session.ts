/**
 * One import, held where the data is (issue 12): the read layers stay here (in the import worker,
 * src/state/import.worker.ts) until the user confirms, and the dialog gets only what it shows —
 * per layer its fields with a few statistics and example rows, per mapping the grouped problems
 * and counts, and a thinned preview for the map. A 100 MB file is thus never cloned to the main
 * thread to be looked at; only the features that load travel there, once, in chunks.
 *
 * Mappings are cached per layer (by choice) and for the plan (by categories), so changing one
 * file's field does not map the other files again.
 *
 * Pure (no runes, no DOM): node tests run it on the real files.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { boundsOf } from '../domain/load.ts';
import type { Milieucategorie } from '../domain/domain.ts';
import type { MissingCategory } from '../io/imro-zones.ts';
import type { FormatId, IoProblem, ReadLayer } from '../io/types.ts';
import {
  joinSlots,
  mapEntry,
  mapPlan,
  rejectedGeoJson,
  SLOT_IDS,
  suggestChoice,
  type EntryChoice,
  type EntryResult,
  type PlanResult,
  type ProblemGroupView,
  type SlotId,
} from './import-mapping.ts';

/** How many example rows the dialog gets per layer and per mapping. */
export const SAMPLE_ROWS = 5;
/** At most this many features are drawn in the preview (every n-th, so it covers the extent). */
export const PREVIEW_MAX_FEATURES = 4000;
/** Feature numbers kept per problem group (the dialog shows the first few; the count is exact). */
const GROUP_INDEXES = 20;
/** Distinct values counted per field before it says "more". */
const DISTINCT_CAP = 1000;

/** A few facts about one attribute, for choosing what it means. */
export interface FieldStat {
  field: string;
  /** Features with a non-empty value. */
  filled: number;
  /** Distinct non-empty values (capped at {@link DISTINCT_CAP}; `distinctCapped` then). */
  distinct: number;
  distinctCapped: boolean;
  /** Up to three distinct example values, as text. */
  examples: string[];
  /** True when every non-empty value is a number. */
  numeric: boolean;
}

/** A read layer as the dialog sees it. */
export interface LayerSummary {
  name: string;
  file: string;
  format: FormatId;
  featureCount: number;
  fields: string[];
  stats: FieldStat[];
  /** The first rows' source attributes. */
  sample: Record<string, unknown>[];
}

/** A mapping's result as the dialog sees it. */
export interface EntrySummary {
  total: number;
  rejected: number;
  groups: ProblemGroupView[];
  bySlot: Partial<Record<SlotId, number>>;
  /** The first features' properties as they would load. */
  sample: Record<string, unknown>[];
}

/** The plan's result as the dialog sees it. */
export interface PlanSummary extends EntrySummary {
  file: string;
  bestemmingCount: number;
  zoneCount: number;
  homeCount: number;
  noWorkZones: boolean;
  askCategory: MissingCategory[];
  missingCategory: MissingCategory[];
  businesses: { id: string; activityName: string; suggestions: string[] }[];
}

/** What reading gives the dialog. */
export interface ReadSummary {
  layers: LayerSummary[];
  /** Whether an IMRO plan was read (its layers are one entry). */
  hasPlan: boolean;
  planFile: string;
  problems: IoProblem[];
  /** Suggested choice per layer (same order). */
  choices: EntryChoice[];
  /** WGS84 bounds of everything read. */
  bounds: [number, number, number, number] | undefined;
}

/** What a mapping gives the dialog. */
export interface MapSummary {
  entries: EntrySummary[];
  plan: PlanSummary | null;
  slotCounts: Record<SlotId, number>;
  rejected: number;
  /** The features that would load, thinned to at most {@link PREVIEW_MAX_FEATURES}. */
  preview: FeatureCollection;
  previewTotal: number;
}

/** The user's answers: a choice per layer and the plan's categories. */
export interface MapRequest {
  choices: EntryChoice[];
  planCategories: Record<string, string>;
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '';

/**
 * Statistics of a layer's attributes.
 * @param features the features
 * @param fields the attribute names
 * @returns one stat per field
 * @example fieldStats(panden.wgs84, ['identificatie'])[0].distinct // 7797
 */
export function fieldStats(features: readonly Feature[], fields: readonly string[]): FieldStat[] {
  return fields.map((field) => {
    const seen = new Set<string>();
    let filled = 0;
    let numeric = true;
    let capped = false;
    for (const f of features) {
      const v = f.properties?.[field];
      if (isEmpty(v)) continue;
      filled++;
      if (typeof v !== 'number') numeric = false;
      if (seen.size < DISTINCT_CAP) seen.add(String(v));
      else if (!seen.has(String(v))) capped = true;
    }
    return {
      field,
      filled,
      distinct: seen.size,
      distinctCapped: capped,
      examples: [...seen].slice(0, 3),
      numeric: filled > 0 && numeric,
    };
  });
}

const roundPosition = (p: Position): Position => [
  Math.round(p[0]! * 1e6) / 1e6,
  Math.round(p[1]! * 1e6) / 1e6,
];

function roundGeometry(g: Geometry): Geometry {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPosition(g.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: g.type, coordinates: g.coordinates.map(roundPosition) } as Geometry;
    case 'MultiLineString':
    case 'Polygon':
      return {
        type: g.type,
        coordinates: g.coordinates.map((r) => r.map(roundPosition)),
      } as Geometry;
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: g.coordinates.map((p) => p.map((r) => r.map(roundPosition))),
      };
    default:
      return g;
  }
}

/**
 * Every n-th feature, geometry only (rounded to about 0.1 m), for the map's preview.
 * @param features the features that would load
 * @param max the most to keep
 * @returns the thinned collection
 */
export function thinPreview(features: readonly Feature[], max = PREVIEW_MAX_FEATURES): Feature[] {
  const step = Math.max(1, Math.ceil(features.length / max));
  const out: Feature[] = [];
  for (let i = 0; i < features.length; i += step) {
    const g = features[i]!.geometry;
    if (g) out.push({ type: 'Feature', properties: {}, geometry: roundGeometry(g) });
  }
  return out;
}

const countSlots = (bySlot: EntryResult['bySlot']): Partial<Record<SlotId, number>> =>
  Object.fromEntries(Object.entries(bySlot).map(([k, v]) => [k, v?.length ?? 0]));

function summariseEntry(r: EntryResult): EntrySummary {
  const first = Object.values(r.bySlot)
    .flat()
    .slice(0, SAMPLE_ROWS)
    .map((f) => ({ ...(f?.properties ?? {}) }));
  return {
    total: r.total,
    rejected: r.rejected.length,
    groups: r.groups.map((g) => ({
      ...g,
      featureIndexes: g.featureIndexes.slice(0, GROUP_INDEXES),
    })),
    bySlot: countSlots(r.bySlot),
    sample: first,
  };
}

/** An import in progress: the read layers, and the last mapping of each. */
export class ImportSession {
  private readonly plain: ReadLayer[];
  private readonly plan: ReadLayer[];
  private readonly cache: { key: string; result: EntryResult }[] = [];
  private planCache: { key: string; result: PlanResult } | undefined;
  private last: { entries: EntryResult[]; plan: PlanResult | null } | undefined;

  /**
   * @param layers the layers read
   * @param problems the readers' problems
   * @param suggestActivities activity ids for a name (the plan's named businesses)
   */
  constructor(
    layers: readonly ReadLayer[],
    private readonly problems: readonly IoProblem[],
    private readonly suggestActivities?: (name: string) => string[],
  ) {
    this.plain = layers.filter((l) => l.format !== 'imro-gml');
    this.plan = layers.filter((l) => l.format === 'imro-gml');
  }

  /**
   * What the dialog needs to open: the layers' fields and stats, suggestions, bounds.
   * @returns the summary
   */
  summary(): ReadSummary {
    const all = [...this.plain, ...this.plan];
    return {
      layers: this.plain.map((l) => ({
        name: l.name,
        file: l.file,
        format: l.format,
        featureCount: l.wgs84.length,
        fields: l.fields,
        stats: fieldStats(l.wgs84, l.fields),
        sample: l.wgs84.slice(0, SAMPLE_ROWS).map((f) => ({ ...(f.properties ?? {}) })),
      })),
      hasPlan: this.plan.length > 0,
      planFile: this.plan[0]?.file ?? '',
      problems: [...this.problems],
      choices: this.plain.map(suggestChoice),
      bounds: boundsOf(all.flatMap((l) => l.wgs84)),
    };
  }

  private entry(i: number, choice: EntryChoice): EntryResult {
    const key = JSON.stringify(choice);
    const hit = this.cache[i];
    if (hit && hit.key === key) return hit.result;
    const result = mapEntry(this.plain[i]!, choice);
    this.cache[i] = { key, result };
    return result;
  }

  private planResult(categories: Record<string, string>): PlanResult | null {
    if (this.plan.length === 0) return null;
    const given: Record<string, Milieucategorie> = {};
    for (const [k, v] of Object.entries(categories)) if (v) given[k] = v as Milieucategorie;
    const key = JSON.stringify(given);
    if (this.planCache?.key === key) return this.planCache.result;
    const result = mapPlan(this.plan, given, this.suggestActivities);
    this.planCache = { key, result };
    return result;
  }

  /**
   * Maps every layer with the user's answers.
   * @param request a choice per layer and the plan's categories
   * @returns counts, grouped problems, samples and the preview
   */
  map(request: MapRequest): MapSummary {
    const entries = this.plain.map((_, i) =>
      this.entry(i, request.choices[i] ?? { role: 'skip', fields: {}, defaults: {} }),
    );
    const plan = this.planResult(request.planCategories);
    this.last = { entries, plan };
    const joined = joinSlots(plan ? [...entries, plan] : entries);
    const all = SLOT_IDS.flatMap((s) => joined[s]);
    const slotCounts = Object.fromEntries(SLOT_IDS.map((s) => [s, joined[s].length])) as Record<
      SlotId,
      number
    >;
    return {
      entries: entries.map(summariseEntry),
      plan: plan
        ? {
            ...summariseEntry(plan),
            file: this.plan[0]!.file,
            bestemmingCount: plan.plan.bestemmingCount,
            zoneCount: plan.plan.zones.length,
            homeCount: plan.plan.homes.length,
            noWorkZones: plan.plan.noWorkZones,
            askCategory: plan.plan.askCategory,
            missingCategory: plan.plan.missingCategory,
            businesses: plan.plan.businesses.map((b) => ({
              id: b.id,
              activityName: b.activityName,
              suggestions: b.suggestions,
            })),
          }
        : null,
      slotCounts,
      rejected: entries.reduce((s, e) => s + e.rejected.length, 0) + (plan?.rejected.length ?? 0),
      preview: { type: 'FeatureCollection', features: thinPreview(all) },
      previewTotal: all.length,
    };
  }

  /**
   * The good features per slot of the last mapping: what loads.
   * @returns features per slot id (every slot present)
   */
  slots(): Record<SlotId, Feature[]> {
    const last = this.last;
    if (!last) return joinSlots([]);
    return joinSlots(last.plan ? [...last.entries, last.plan] : last.entries);
  }

  /**
   * The rejected features of the last mapping as one GeoJSON file's text.
   * @returns the text
   */
  rejectedText(): string {
    const last = this.last;
    const rejected = last
      ? [...last.entries.flatMap((e) => e.rejected), ...(last.plan?.rejected ?? [])]
      : [];
    return rejectedGeoJson(rejected);
  }
}
