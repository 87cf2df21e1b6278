/**
 * An IMRO plan becomes the layers the rules read (issue 12):
 * - Enkelbestemming with bestemmingshoofdgroep `bedrijventerrein` or `bedrijf` → a
 *   bedrijventerrein zone; `gemengd` or `centrum` → a woon-werkzone (gemengd gebied);
 * - `wonen` / `woongebied` → a place where the plan permits homes (a sensitive object);
 * - a Functieaanduiding `bedrijf tot en met categorie X` sets `maxMilieucategorie` of the
 *   bestemming it belongs to (its `bestemmingsvlak` link, else the bestemming it lies in);
 * - `specifieke vorm van bedrijf - <naam>` → a business whose activity the user confirms
 *   (suggestions come from an injected search, so this tier needs no rules import);
 * - `horeca tot en met categorie N` is a horeca class, kept as `horecacategorie`, never a
 *   milieucategorie.
 * Work zones without a category are listed so the user (or `--plan-category`) can give one.
 * Pure: takes reader layers (GML, or the GeoJSON of its layers) in RD.
 */
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import {
  isMilieucategorie,
  MILIEUCATEGORIEEN,
  type Milieucategorie,
  type ZoneType,
} from '../domain/domain.ts';
import { centroidOfMultiPolygon, isPointInMultiPolygon } from '../geo/planar.ts';
import type { MultiPolygonRd } from '../geo/types.ts';
import type { ReadLayer } from './types.ts';

/** Hoofdgroepen that make a work zone, and their zone type. */
export const HOOFDGROEP_ZONE_TYPES: Readonly<Record<string, ZoneType>> = {
  bedrijventerrein: 'bedrijventerrein',
  bedrijf: 'bedrijventerrein',
  gemengd: 'woonwerkzone',
  centrum: 'woonwerkzone',
};

/** Hoofdgroepen where the plan permits homes. */
export const HOOFDGROEPEN_HOMES: readonly string[] = ['wonen', 'woongebied'];

/** A business the plan names ("specifieke vorm van bedrijf - garagebedrijf"), to be confirmed. */
export interface PlanBusiness {
  /** gml_id of the aanduiding. */
  id: string;
  /** The name after the dash, e.g. "garagebedrijf". */
  activityName: string;
  /** The bestemming it belongs to, when known. */
  bestemmingId: string | undefined;
  /** Activity ids suggested by name (most likely first); the user confirms one. */
  suggestions: string[];
  /** The aanduiding's area in RD (the business's plot as the plan draws it). */
  geometryRd: Geometry;
}

/** A work zone of the plan that has no milieucategorie, so the user must give one. */
export interface MissingCategory {
  id: string;
  name: string;
  hoofdgroep: string;
  zoneType: ZoneType;
}

/** What a plan gives the rules. */
export interface PlanImport {
  /** Zone features in RD with ZoneProperties (maxMilieucategorie absent where the plan has none). */
  zones: Feature[];
  /** Places where the plan permits homes, in RD (bestemmingen wonen/woongebied). */
  homes: Feature[];
  businesses: PlanBusiness[];
  /** Work zones still without a category after the categories given (ask the user). */
  missingCategory: MissingCategory[];
  /**
   * Work zones whose category the plan itself does not give (only its regels do): the ones to
   * ask about, whether or not the user has answered yet, so an answer does not hide its question.
   */
  askCategory: MissingCategory[];
  /** Horeca classes by bestemming id ("horeca tot en met categorie 2" → '2'). */
  horeca: { bestemmingId: string; horecacategorie: string }[];
  /** True when the plan has no bedrijf/bedrijventerrein/gemengd/centrum bestemming. */
  noWorkZones: boolean;
  /** Number of Enkelbestemmingen read. */
  bestemmingCount: number;
}

/** Options of {@link planToLayers}. */
export interface PlanOptions {
  /** Activity suggestions for a name (e.g. src/rules searchActivities → ids). */
  suggestActivities?: (name: string) => string[];
  /** Categories the user gave, by bestemming id; `*` applies to every zone still without one. */
  categories?: Readonly<Record<string, Milieucategorie>>;
}

const CATEGORY =
  /bedrijf(?:sactiviteiten)?\s+(?:tot en met|t\/m)\s+(?:milieu)?categorie\s+([0-9.]+)/i;
const HORECA = /horeca\s+(?:tot en met|t\/m)\s+(?:horeca)?categorie\s+([0-9a-z.]+)/i;
const SPECIFIC_BUSINESS = /^specifieke vorm van bedrijf\s*-\s*(.+)$/i;

/**
 * Reads "bedrijf tot en met categorie 3.1" (or t/m) as a milieucategorie; not horeca classes.
 * @param naam an aanduiding's or bestemming's name
 * @returns the category, or undefined
 * @example categoryOfName('bedrijf tot en met categorie 3.1') // '3.1'; categoryOfName('horeca tot en met categorie 2') // undefined
 */
export function categoryOfName(naam: string): Milieucategorie | undefined {
  if (HORECA.test(naam)) return undefined;
  const c = CATEGORY.exec(naam)?.[1]?.replace(/\.$/, '');
  return isMilieucategorie(c) ? c : undefined;
}

const rank = (c: Milieucategorie): number => MILIEUCATEGORIEEN.indexOf(c);

function multiOf(g: Geometry | null): MultiPolygonRd | undefined {
  if (g?.type === 'Polygon') return [(g as Polygon).coordinates];
  if (g?.type === 'MultiPolygon') return (g as MultiPolygon).coordinates;
  return undefined;
}

/** Which plan layer a reader layer is: its IMRO type, or the `typePlanobject` of its features. */
function planTypeOf(layer: ReadLayer): string | undefined {
  if (layer.imroType) return layer.imroType;
  const t = layer.rd[0]?.properties?.typePlanobject;
  if (typeof t !== 'string') return undefined;
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * Derives zones, home areas and named businesses from a plan's layers.
 * @param layers reader layers of one plan (an IMRO GML, or the GeoJSON of its layers)
 * @param options activity suggestions, categories the user gave
 * @returns the plan's zones, homes, businesses and what is missing
 * @example const plan = planToLayers((await readFiles([gml])).layers, { suggestActivities });
 */
export function planToLayers(layers: readonly ReadLayer[], options: PlanOptions = {}): PlanImport {
  const enkel = layers.filter((l) => planTypeOf(l) === 'Enkelbestemming').flatMap((l) => l.rd);
  const aanduidingen = layers
    .filter((l) => planTypeOf(l) === 'Functieaanduiding')
    .flatMap((l) => l.rd);
  const idOf = (f: Feature, i: number): string =>
    String(f.properties?.gml_id ?? f.properties?.identificatie ?? f.id ?? `bestemming-${i + 1}`);
  const bestemmingen = enkel.map((f, i) => ({ f, id: idOf(f, i), geom: multiOf(f.geometry) }));
  const byId = new Map(bestemmingen.map((b) => [b.id, b]));

  /** The bestemmingen an aanduiding belongs to: its links, else those containing its centroid. */
  const ownersOf = (a: Feature): string[] => {
    const links = String(a.properties?.bestemmingsvlak ?? '')
      .split(/;\s*/)
      .map((s) => s.replace(/^#/, ''))
      .filter((s) => byId.has(s));
    if (links.length > 0) return links;
    const g = multiOf(a.geometry);
    if (!g) return [];
    const c = centroidOfMultiPolygon(g);
    return bestemmingen.filter((b) => b.geom && isPointInMultiPolygon(c, b.geom)).map((b) => b.id);
  };

  const categoryOf = new Map<string, Milieucategorie>();
  const horeca: PlanImport['horeca'] = [];
  const businesses: PlanBusiness[] = [];
  aanduidingen.forEach((a, i) => {
    const naam = String(a.properties?.naam ?? '');
    const owners = ownersOf(a);
    const horecaClass = HORECA.exec(naam)?.[1];
    if (horecaClass) {
      for (const id of owners) horeca.push({ bestemmingId: id, horecacategorie: horecaClass });
      return;
    }
    const cat = categoryOfName(naam);
    if (cat) {
      // Several aanduidingen in one bestemming: the heaviest is what the plan permits there.
      for (const id of owners) {
        const prev = categoryOf.get(id);
        if (!prev || rank(cat) > rank(prev)) categoryOf.set(id, cat);
      }
      return;
    }
    const specific = SPECIFIC_BUSINESS.exec(naam)?.[1]?.trim();
    if (specific && a.geometry) {
      businesses.push({
        id: String(a.properties?.gml_id ?? `aanduiding-${i + 1}`),
        activityName: specific,
        bestemmingId: owners[0],
        suggestions: options.suggestActivities?.(specific) ?? [],
        geometryRd: a.geometry,
      });
    }
  });

  const zones: Feature[] = [];
  const homes: Feature[] = [];
  const missingCategory: MissingCategory[] = [];
  const askCategory: MissingCategory[] = [];
  for (const b of bestemmingen) {
    const p = b.f.properties ?? {};
    const hoofdgroep = String(p.bestemmingshoofdgroep ?? '')
      .toLowerCase()
      .trim();
    const name = String(p.naam ?? b.id);
    const zoneType = HOOFDGROEP_ZONE_TYPES[hoofdgroep];
    const horecaHere = horeca.find((h) => h.bestemmingId === b.id)?.horecacategorie;
    if (zoneType) {
      const given = options.categories?.[b.id] ?? options.categories?.['*'];
      const own = categoryOf.get(b.id) ?? categoryOfName(name);
      const cat = own ?? given;
      if (!own) askCategory.push({ id: b.id, name, hoofdgroep, zoneType });
      if (!cat) missingCategory.push({ id: b.id, name, hoofdgroep, zoneType });
      zones.push({
        type: 'Feature',
        geometry: b.f.geometry,
        properties: {
          id: b.id,
          name,
          zoneType,
          status: 'bestaand',
          ...(cat ? { maxMilieucategorie: cat } : {}),
          ...(zoneType === 'woonwerkzone' ? { omgevingstype: 'gemengd-gebied' } : {}),
          ...(horecaHere ? { horecacategorie: horecaHere } : {}),
          bestemmingshoofdgroep: hoofdgroep,
          bron: 'IMRO',
        },
      });
    } else if (HOOFDGROEPEN_HOMES.includes(hoofdgroep)) {
      homes.push({
        type: 'Feature',
        geometry: b.f.geometry,
        properties: {
          id: b.id,
          functie: 'wonen',
          address: name,
          bestemmingshoofdgroep: hoofdgroep,
          bron: 'IMRO',
        },
      });
    }
  }
  return {
    zones,
    homes,
    businesses,
    missingCategory,
    askCategory,
    horeca,
    noWorkZones: zones.length === 0,
    bestemmingCount: bestemmingen.length,
  };
}
