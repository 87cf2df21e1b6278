/**
 * From read files to the app's rule layers (issue 12). One's own data fills the same slots as the
 * demo city — the three zone layers by zone type, bedrijven, woningen, buurten — with validated
 * WGS84 features, so the Locatiecheck, the surface and the proposals run on it unchanged.
 *
 * - A read layer gets a role, a field mapping and defaults ({@link EntryChoice}); `applyMapping`
 *   (src/io/field-mapping.ts) checks every feature against the slot's schema at once.
 * - An IMRO plan (every layer of one GML) goes through `planToLayers` (src/io/imro-zones.ts):
 *   bedrijf/bedrijventerrein → bedrijventerrein zone, gemengd/centrum → woon-werkzone,
 *   wonen/woongebied → places where the plan permits homes; categories the user gave fill the
 *   zones the plan leaves without one.
 * - Sensitive objects keep their geometry: points are addresses, polygons (a BAG pand, a plan's
 *   Wonen bestemming) sensitive areas, which the rules measure to their boundary.
 *
 * Pure (no runes, no DOM): the rune module import.svelte.ts calls it; unit tests run it in node.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { BEDRIJVEN } from '../../layers/bedrijven.layer.ts';
import { BEDRIJVENTERREINEN } from '../../layers/bedrijventerreinen.layer.ts';
import { BUURTEN } from '../../layers/buurten.layer.ts';
import { WONINGEN } from '../../layers/woningen.layer.ts';
import type { Milieucategorie, ZoneType } from '../domain/domain.ts';
import type { GeometryKind, PropertySchema } from '../domain/schema.ts';
import { makeProblem, type LoadProblem } from '../domain/validate.ts';
import { mapGeometry, toWgs84 } from '../geo/crs.ts';
import {
  applyMapping,
  ROLE_TARGETS,
  suggestMapping,
  suggestRole,
  type MappableRole,
} from '../io/field-mapping.ts';
import { planToLayers, type PlanImport } from '../io/imro-zones.ts';
import type { ReadLayer } from '../io/types.ts';

/** The layer ids one's own data can fill (the demo's rule layers). */
export const SLOT_IDS = [
  'bedrijventerreinen',
  'woonwerkzones',
  'productieve-wijken',
  'bedrijven',
  'woningen',
  'buurten',
] as const;
export type SlotId = (typeof SLOT_IDS)[number];

/** The zone layer of each zone type. */
export const ZONE_SLOT: Readonly<Record<ZoneType, SlotId>> = {
  bedrijventerrein: 'bedrijventerreinen',
  woonwerkzone: 'woonwerkzones',
  'productieve-wijk': 'productieve-wijken',
};

const ROLE_LAYER: Readonly<
  Record<MappableRole, { properties: PropertySchema; geometry: readonly GeometryKind[] }>
> = {
  zone: BEDRIJVENTERREINEN,
  business: BEDRIJVEN,
  sensitive: WONINGEN,
  neighbourhood: BUURTEN,
};

/** Numeric app properties: a default typed in the dialog is a number for them. */
const NUMERIC = new Set(['bvoM2', 'jobs', 'homes', 'uitgeefbaarHa']);

/** What the user chose for one read layer. */
export interface EntryChoice {
  role: MappableRole | 'skip';
  /** App property → source attribute ('' or absent: not mapped). */
  fields: Record<string, string>;
  /** App property → default value as typed ('' or absent: none). */
  defaults: Record<string, string>;
}

/** Problems of one kind shared by features, with the first one as the example. */
export interface ProblemGroupView {
  code: LoadProblem['code'];
  property: string | undefined;
  value: string | undefined;
  count: number;
  /** Source feature indexes (zero-based), ascending. */
  featureIndexes: number[];
  example: LoadProblem;
}

/** What one entry (a read layer, or the plan) gives the workspace. */
export interface EntryResult {
  /** Good features per slot. */
  bySlot: Partial<Record<SlotId, Feature[]>>;
  /** Features that failed, with their source attributes (for the download). */
  rejected: Feature[];
  groups: ProblemGroupView[];
  /** Features considered. */
  total: number;
}

/**
 * The suggested choice for a read layer: its role from its attribute names, the fields from the
 * names Dutch sources use, and defaults that make the common cases load (homes are `wonen`, one
 * home each).
 * @param layer the read layer
 * @returns the choice to show first
 * @example suggestChoice(pandenLayer).fields.id // 'identifica'
 */
export function suggestChoice(layer: ReadLayer): EntryChoice {
  const role = suggestRole(layer.fields) ?? 'skip';
  return {
    role,
    fields: role === 'skip' ? {} : suggestMapping(role, layer.fields),
    defaults: defaultsFor(role),
  };
}

/**
 * The defaults a role starts with.
 * @param role the role
 * @returns app property → default text
 */
export function defaultsFor(role: MappableRole | 'skip'): Record<string, string> {
  if (role === 'sensitive') return { functie: 'wonen', homes: '1' };
  return {};
}

/**
 * Groups mapping problems by code and property, keeping the first as the example.
 * @param problems the problems
 * @returns one group per code × property, first seen first
 */
export function groupProblems(problems: readonly LoadProblem[]): ProblemGroupView[] {
  const groups = new Map<string, ProblemGroupView>();
  for (const p of problems) {
    const property = p.params.property !== undefined ? String(p.params.property) : undefined;
    const key = `${p.code}\u0000${property ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        code: p.code,
        property,
        value: p.params.value !== undefined ? String(p.params.value) : undefined,
        count: 0,
        featureIndexes: [],
        example: p,
      };
      groups.set(key, g);
    }
    g.count++;
    if (p.featureIndex !== undefined) g.featureIndexes.push(p.featureIndex);
  }
  for (const g of groups.values()) g.featureIndexes.sort((a, b) => a - b);
  return [...groups.values()];
}

function parseDefaults(
  defaults: Readonly<Record<string, string>>,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(defaults)) {
    const t = v.trim();
    if (t === '') continue;
    const n = Number(t.replace(',', '.'));
    out[k] = NUMERIC.has(k) && Number.isFinite(n) ? n : t;
  }
  return out;
}

/**
 * Maps one read layer to the slots: applies the choice, checks every feature, and sorts zones into
 * their zone layer by zone type.
 * @param layer the read layer
 * @param choice role, fields, defaults
 * @returns good features per slot, the rejected ones and the grouped problems
 * @example mapEntry(panden, { role: 'sensitive', fields: { id: 'identifica' }, defaults: { functie: 'wonen' } })
 */
export function mapEntry(layer: ReadLayer, choice: EntryChoice): EntryResult {
  const total = layer.wgs84.length;
  if (choice.role === 'skip') return { bySlot: {}, rejected: [], groups: [], total };
  const role = choice.role;
  const fields: Record<string, string> = {};
  for (const t of ROLE_TARGETS[role]) {
    const s = choice.fields[t];
    if (s) fields[t] = s;
  }
  const target = ROLE_LAYER[role];
  const mapped = applyMapping(
    layer,
    { role, fields, defaults: parseDefaults(choice.defaults) },
    target.properties,
    target.geometry,
  );
  // A required property that is neither mapped nor defaulted is missing in every feature. Say so for
  // each such property at once (the validator names only a feature's first problem, which made
  // users fix one property per round).
  const defaults = parseDefaults(choice.defaults);
  const unmapped = Object.entries(target.properties)
    .filter(([k, spec]) => spec.required && k !== 'id' && k !== 'status')
    .map(([k]) => k)
    .filter((k) => !fields[k] && defaults[k] === undefined);
  const allIndexes = layer.sourceIndex.slice().sort((a, b) => a - b);
  const missingGroups: ProblemGroupView[] = unmapped.map((property) => ({
    code: 'missing-property',
    property,
    value: undefined,
    count: total,
    featureIndexes: allIndexes,
    example: makeProblem(layer.name, 'missing-property', { property }, allIndexes[0]),
  }));
  const groups = [
    ...missingGroups,
    ...groupProblems(mapped.problems).filter(
      (g) => !(g.code === 'missing-property' && unmapped.includes(g.property ?? '')),
    ),
  ];
  const bySlot: Partial<Record<SlotId, Feature[]>> = {};
  const add = (slot: SlotId, f: Feature) => (bySlot[slot] ??= []).push(f);
  for (const f of mapped.features) {
    if (role === 'zone') add(ZONE_SLOT[f.properties!.zoneType as ZoneType], f);
    else add(role === 'business' ? 'bedrijven' : role === 'sensitive' ? 'woningen' : 'buurten', f);
  }
  return { bySlot, rejected: mapped.rejected, groups, total };
}

/** What the plan gives, with what the dialog must ask. */
export interface PlanResult extends EntryResult {
  plan: PlanImport;
}

/** A reader layer made of features the plan mapping derived (RD), with their WGS84 twins. */
function derivedLayer(name: string, file: string, rd: Feature[]): ReadLayer {
  const fields = [...new Set(rd.flatMap((f) => Object.keys(f.properties ?? {})))];
  return {
    name,
    file,
    format: 'imro-gml',
    sourceCrs: 'EPSG:28992',
    rd,
    wgs84: rd.map((f) => (f.geometry ? { ...f, geometry: mapGeometry(f.geometry, toWgs84) } : f)),
    sourceIndex: rd.map((_, i) => i),
    fields,
  };
}

/**
 * Maps an IMRO plan to the slots: zones by `planToLayers`, with the categories the user gave for
 * the bestemmingen that have none, and the places where the plan permits homes as sensitive areas.
 * @param layers every reader layer of the plan (one GML)
 * @param categories bestemming id → category (`*` for all still without one)
 * @param suggestActivities activity ids for a name (the plan's named businesses)
 * @returns good features per slot, rejected ones, problems and the plan's facts
 * @example mapPlan(layers, { 'NL.IMRO.058': '2' }).bySlot.bedrijventerreinen?.length
 */
export function mapPlan(
  layers: readonly ReadLayer[],
  categories: Readonly<Record<string, Milieucategorie>>,
  suggestActivities?: (name: string) => string[],
): PlanResult {
  const plan = planToLayers(layers, {
    categories,
    ...(suggestActivities ? { suggestActivities } : {}),
  });
  const file = layers[0]?.file ?? 'plan';
  const identity = (role: MappableRole, l: ReadLayer): Record<string, string> =>
    Object.fromEntries(ROLE_TARGETS[role].filter((t) => l.fields.includes(t)).map((t) => [t, t]));
  const zonesLayer = derivedLayer(`${file} · zones`, file, plan.zones);
  const zones = mapEntry(zonesLayer, {
    role: 'zone',
    fields: identity('zone', zonesLayer),
    defaults: {},
  });
  const homesLayer = derivedLayer(`${file} · wonen`, file, plan.homes);
  const homes = mapEntry(homesLayer, {
    role: 'sensitive',
    fields: identity('sensitive', homesLayer),
    defaults: { homes: '1' },
  });
  return {
    plan,
    bySlot: { ...zones.bySlot, ...homes.bySlot },
    rejected: [...zones.rejected, ...homes.rejected],
    groups: [...zones.groups, ...homes.groups],
    total: plan.zones.length + plan.homes.length,
  };
}

/**
 * Joins the results of all entries into one layer set; slots nobody fills are empty.
 * @param results the entries' results
 * @returns features per slot id
 */
export function joinSlots(results: readonly EntryResult[]): Record<SlotId, Feature[]> {
  const out = Object.fromEntries(SLOT_IDS.map((s) => [s, [] as Feature[]])) as Record<
    SlotId,
    Feature[]
  >;
  for (const r of results) {
    for (const s of SLOT_IDS) {
      const f = r.bySlot[s];
      if (f) out[s].push(...f);
    }
  }
  return out;
}

/**
 * The rejected features as one GeoJSON file to download and fix.
 * @param rejected the rejected features (source attributes, WGS84)
 * @returns the file's text
 */
export function rejectedGeoJson(rejected: readonly Feature[]): string {
  const fc: FeatureCollection = { type: 'FeatureCollection', features: [...rejected] };
  return JSON.stringify(fc);
}
