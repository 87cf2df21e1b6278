/**
 * Field mapping: which role a file plays (zones, businesses, dwellings and other sensitive
 * objects, buurten) and which source attribute means what, suggested from the names Dutch
 * sources use (IBIS, BAG, CBS, IMRO), then applied: values converted (a BAG gebruiksdoel to a
 * functie, 3.1 to '3.1'), missing ids generated, defaults filled in, and every feature checked
 * against the layer's schema at once. Good features load; bad ones are returned for download.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { DatasetRole } from '../domain/dataset.ts';
import { isMilieucategorie } from '../domain/domain.ts';
import type { GeometryKind, PropertySchema } from '../domain/schema.ts';
import { validateLayerData, type LoadProblem } from '../domain/validate.ts';
import type { ReadLayer } from './types.ts';

/** The roles a user can give a file. */
export type MappableRole = Exclude<DatasetRole, 'base'>;

/** The app properties each role can take, in the order the dialog shows them. */
export const ROLE_TARGETS: Readonly<Record<MappableRole, readonly string[]>> = {
  zone: ['id', 'name', 'zoneType', 'maxMilieucategorie', 'functiemenging', 'uitgeefbaarHa'],
  business: ['id', 'name', 'sbi', 'activity', 'milieucategorie', 'functiemenging', 'bvoM2', 'jobs'],
  sensitive: ['id', 'functie', 'homes', 'address'],
  neighbourhood: ['id', 'name', 'code'],
};

/**
 * Source attribute names per app property, lower case, most specific first: IBIS (`Plannaam`,
 * `Werklocatietype`, `Max_milieucategorie`, `Uitgeefbaar`), BAG (`identificatie`, `gebruiksdoel`,
 * `oppervlakte`), CBS (`buurtcode`/`BU_CODE`, `buurtnaam`/`BU_NAAM`), IMRO
 * (`bestemmingshoofdgroep`, `naam`), and the 10-character cuts a Shapefile's .dbf makes of them.
 */
export const SOURCE_NAMES: Readonly<Record<string, readonly string[]>> = {
  id: [
    'id',
    'identificatie',
    'identifica',
    'gml_id',
    'bu_code',
    'buurtcode',
    'code',
    'kode',
    'fid',
  ],
  name: ['name', 'naam', 'plannaam', 'buurtnaam', 'bu_naam', 'bedrijfsnaam', 'handelsnaam'],
  zoneType: ['zonetype', 'werklocatietype', 'werklocatie', 'bestemmingshoofdgroep', 'bestemmings'],
  maxMilieucategorie: [
    'maxmilieucategorie',
    'max_milieucategorie',
    'max_milieu',
    'max_cat',
    'milieucategorie',
  ],
  functiemenging: ['functiemenging', 'functiemen'],
  // IBIS `uitgeefbaar` ha only: its `netto` ha is the park's net area, not the free part of it.
  uitgeefbaarHa: ['uitgeefbaarha', 'uitgeefbaar', 'uitgeefbaar_ha', 'uitgeefbaa'],
  sbi: ['sbi', 'sbi_code', 'sbicode', 'sbi2008'],
  activity: ['activity', 'activiteit', 'omschrijving', 'sbi_omschrijving'],
  milieucategorie: ['milieucategorie', 'milieucat', 'categorie'],
  bvoM2: ['bvom2', 'bvo', 'oppervlakte', 'opp_m2', 'vloeropp'],
  jobs: ['jobs', 'werkzame_personen', 'banen', 'wp', 'werkzame_p'],
  functie: ['functie', 'gebruiksdoel', 'gebruiksdo'],
  homes: ['homes', 'woningen', 'aantal_woningen'],
  address: ['address', 'adres', 'straatnaam'],
  code: ['code', 'buurtcode', 'bu_code', 'kode'],
};

/**
 * Suggests the role of a file from its attribute names.
 * @param fields the source attributes
 * @returns the most likely role, or undefined when nothing tells
 * @example suggestRole(['BU_CODE', 'BU_NAAM']) // 'neighbourhood'
 */
export function suggestRole(fields: readonly string[]): MappableRole | undefined {
  const f = new Set(fields.map((x) => x.toLowerCase()));
  const any = (...names: string[]) => names.some((n) => f.has(n));
  if (any('buurtcode', 'bu_code', 'buurtnaam', 'bu_naam', 'wijkkode', 'wk_code'))
    return 'neighbourhood';
  if (
    any(
      'werklocatietype',
      'max_milieucategorie',
      'maxmilieucategorie',
      'plannaam',
      'bestemmingshoofdgroep',
      'netto_ha',
      'zonetype',
    )
  )
    return 'zone';
  if (any('sbi', 'sbi_code', 'sbicode', 'milieucategorie', 'bvo', 'bvom2')) return 'business';
  if (any('gebruiksdoel', 'identificatie', 'identifica', 'huisnummer', 'postcode'))
    return 'sensitive';
  return undefined;
}

/**
 * Suggests which source attribute holds each app property of a role.
 * @param role the role
 * @param fields the source attributes
 * @returns app property → source attribute (only those found)
 * @example suggestMapping('zone', ['Plannaam', 'Max_milieucategorie']) // { name: 'Plannaam', maxMilieucategorie: 'Max_milieucategorie' }
 */
export function suggestMapping(
  role: MappableRole,
  fields: readonly string[],
): Record<string, string> {
  const byLower = new Map(fields.map((f) => [f.toLowerCase(), f]));
  const used = new Set<string>();
  const out: Record<string, string> = {};
  for (const target of ROLE_TARGETS[role]) {
    const names =
      target === 'id' && role === 'neighbourhood'
        ? ['bu_code', 'buurtcode', ...SOURCE_NAMES.id!]
        : (SOURCE_NAMES[target] ?? []);
    for (const n of names) {
      const source = byLower.get(n);
      if (source && !used.has(source)) {
        out[target] = source;
        used.add(source);
        break;
      }
    }
  }
  return out;
}

/** Zone types from IBIS `Werklocatietype` and IMRO `bestemmingshoofdgroep` values. */
const ZONE_TYPE_VALUES: Readonly<Record<string, string>> = {
  bedrijventerrein: 'bedrijventerrein',
  bedrijf: 'bedrijventerrein',
  zeehaventerrein: 'bedrijventerrein',
  gemengd: 'woonwerkzone',
  centrum: 'woonwerkzone',
  'woon-werkzone': 'woonwerkzone',
  woonwerkzone: 'woonwerkzone',
  'productieve wijk': 'productieve-wijk',
  'productieve-wijk': 'productieve-wijk',
};

/** BAG gebruiksdoelen (verblijfsobject) that are sensitive, and the app's functie. */
const GEBRUIKSDOEL_FUNCTIE: Readonly<Record<string, string>> = {
  woonfunctie: 'wonen',
  onderwijsfunctie: 'onderwijs',
  gezondheidszorgfunctie: 'zorg',
};

/** Converts a source value to what the app property expects; unconvertible values stay as they are (and fail validation). */
function convert(target: string, v: unknown): unknown {
  if (v === null || v === undefined || v === '') return undefined;
  if (target === 'maxMilieucategorie' || target === 'milieucategorie') {
    const s = String(v).trim().replace(',', '.');
    return isMilieucategorie(s) ? s : v;
  }
  if (target === 'zoneType') return ZONE_TYPE_VALUES[String(v).trim().toLowerCase()] ?? v;
  if (target === 'functie') {
    const s = String(v).trim().toLowerCase();
    // A BAG verblijfsobject can have several gebruiksdoelen ("woonfunctie,winkelfunctie").
    for (const part of s.split(/[,;]\s*/))
      if (GEBRUIKSDOEL_FUNCTIE[part]) return GEBRUIKSDOEL_FUNCTIE[part];
    return s;
  }
  if (['id', 'name', 'sbi', 'activity', 'code', 'address'].includes(target)) return String(v);
  if (['bvoM2', 'jobs', 'homes', 'uitgeefbaarHa'].includes(target)) {
    const n = typeof v === 'number' ? v : Number(String(v).replace(',', '.'));
    return Number.isFinite(n) ? n : v;
  }
  return v;
}

/** What the user chose for one file. */
export interface FieldMapping {
  role: MappableRole;
  /** App property → source attribute. */
  fields: Readonly<Record<string, string>>;
  /** Values for properties the source lacks or leaves empty. */
  defaults?: Readonly<Record<string, string | number>>;
}

/** The result of applying a mapping: what loads, what does not, and why (all at once). */
export interface MappedLayer {
  /** Valid features in WGS84 with the app's properties. */
  features: Feature[];
  /** Features that failed, with their original attributes (to download and fix). */
  rejected: Feature[];
  problems: LoadProblem[];
}

/**
 * Applies a mapping to a read layer and validates every feature against the role's schema.
 * @param layer the read layer (its WGS84 features are used)
 * @param mapping role, fields, defaults
 * @param schema the property schema of the role (layers/*.layer.ts)
 * @param geometry the geometry kinds the role takes
 * @returns the good features, the rejected ones and every problem
 * @example applyMapping(layer, { role: 'sensitive', fields: { id: 'identificatie' } }, WONINGEN.properties, WONINGEN.geometry)
 */
export function applyMapping(
  layer: ReadLayer,
  mapping: FieldMapping,
  schema: PropertySchema,
  geometry: readonly GeometryKind[],
): MappedLayer {
  const mapped: Feature[] = layer.wgs84.map((f, i) => {
    const src = (f.properties ?? {}) as Record<string, unknown>;
    const props: Record<string, unknown> = {};
    for (const target of ROLE_TARGETS[mapping.role]) {
      const source = mapping.fields[target];
      const v = source !== undefined ? convert(target, src[source]) : undefined;
      const d = mapping.defaults?.[target];
      if (v !== undefined) props[target] = v;
      else if (d !== undefined) props[target] = d;
    }
    props.id ??= `${layer.name.replace(/\W+/g, '-')}-${layer.sourceIndex[i]! + 1}`;
    if (mapping.role === 'zone') props.status ??= 'bestaand';
    // Keep the source attributes too (shown in the info panel), without overwriting the mapped ones.
    return { type: 'Feature', geometry: f.geometry, properties: { ...src, ...props } };
  });
  const fc: FeatureCollection = { type: 'FeatureCollection', features: mapped };
  const result = validateLayerData(layer.name, fc, {
    id: layer.name,
    geometry,
    properties: schema,
  });
  const bad = new Set(result.problems.map((p) => p.featureIndex).filter((i) => i !== undefined));
  const problems = result.problems.map((p) =>
    p.featureIndex === undefined
      ? p
      : { ...p, featureIndex: layer.sourceIndex[p.featureIndex] ?? p.featureIndex },
  );
  return {
    features: result.features,
    rejected: layer.wgs84.filter((_, i) => bad.has(i)),
    problems,
  };
}

/** Problems of one kind shared by many features: the code, the property, how many and which. */
export interface MappingProblemGroup {
  code: LoadProblem['code'];
  property: string | undefined;
  count: number;
  /** The first value that failed, when the problem is about a value. */
  value: string | undefined;
  featureIndexes: number[];
  message: string;
}

/**
 * Groups mapping problems by code and property ("maxMilieucategorie ontbreekt ×12").
 * @param problems the problems of {@link applyMapping}
 * @returns the groups in first-seen order
 * @example groupMappingProblems(result.problems)[0].count // 12
 */
export function groupMappingProblems(problems: readonly LoadProblem[]): MappingProblemGroup[] {
  const groups = new Map<string, MappingProblemGroup>();
  for (const p of problems) {
    const property = p.params.property !== undefined ? String(p.params.property) : undefined;
    const key = `${p.code}\u0000${property ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        code: p.code,
        property,
        count: 0,
        value: p.params.value !== undefined ? String(p.params.value) : undefined,
        featureIndexes: [],
        message: p.message,
      };
      groups.set(key, g);
    }
    g.count++;
    if (p.featureIndex !== undefined) g.featureIndexes.push(p.featureIndex);
  }
  return [...groups.values()];
}
