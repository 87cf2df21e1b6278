/**
 * The domain vocabulary shared by data, rules and UI: the values a zone, a
 * business or a dwelling can have. The VNG numbers themselves live in
 * `src/rules/data/vng-2009.json`; this module only names the closed lists.
 */
/**
 * The VNG milieucategorieën in ascending order, as written in plans ("tot en met categorie 3.1").
 * Kept as text: 3.1 ≠ 3.10. `tests/unit/rules/decision-table.test.ts` checks that the distance
 * table (`src/rules/data/vng-2009.json`) has exactly these steps, in this order.
 */
export const MILIEUCATEGORIEEN = [
  '1',
  '2',
  '3.1',
  '3.2',
  '4.1',
  '4.2',
  '5.1',
  '5.2',
  '5.3',
  '6',
] as const;
export type Milieucategorie = (typeof MILIEUCATEGORIEEN)[number];

/**
 * Whether a value is one of the VNG milieucategorieën.
 * @param x any value
 * @returns true for '1' … '6' as written in {@link MILIEUCATEGORIEEN}
 * @example isMilieucategorie('3.1') // true; isMilieucategorie('3.10') // false
 */
export function isMilieucategorie(x: unknown): x is Milieucategorie {
  return typeof x === 'string' && (MILIEUCATEGORIEEN as readonly string[]).includes(x);
}

/** Functiemenging classes of the VNG "Staat van bedrijfsactiviteiten functiemenging". */
export const FUNCTIEMENGING_CLASSES = ['A', 'B', 'C'] as const;
export type FunctiemengingClass = (typeof FUNCTIEMENGING_CLASSES)[number];

/**
 * What would go at a place: the question the location check, the surface map and a shared
 * link ask. Housing; a bare milieucategorie (optionally with the functiemenging class it
 * would get); or an activity of the VNG list by its id (`src/rules/data/activities.json`).
 * @example const p: Program = { kind: 'category', milieucategorie: '3.1' };
 */
export type Program =
  | { kind: 'housing' }
  | { kind: 'category'; milieucategorie: Milieucategorie; functiemenging?: FunctiemengingClass }
  | {
      kind: 'activity';
      activityId: string;
      /** Productie-/bedrijfsoppervlak in m², for activities with a size threshold. */
      areaM2?: number;
    };

/** Omgevingstypes of the VNG guide (where the sensitive function stands). */
export const OMGEVINGSTYPES = ['rustige-woonwijk', 'gemengd-gebied'] as const;
export type Omgevingstype = (typeof OMGEVINGSTYPES)[number];

/** The three zoning layers of the app. */
export const ZONE_TYPES = ['bedrijventerrein', 'woonwerkzone', 'productieve-wijk'] as const;
export type ZoneType = (typeof ZONE_TYPES)[number];

export const ZONE_STATUSES = ['bestaand', 'gepland'] as const;
export type ZoneStatus = (typeof ZONE_STATUSES)[number];

/** IBIS type of a business park (../shared/DOMAIN.md § Policy words). */
export const IBIS_TYPES = ['zeehaventerrein', 'bedrijventerrein', 'economische zone'] as const;
export type IbisType = (typeof IBIS_TYPES)[number];

/** Sensitive (milieugevoelige) functions: homes first, also schools and care. */
export const SENSITIVE_FUNCTIONS = ['wonen', 'onderwijs', 'zorg'] as const;
export type SensitiveFunction = (typeof SENSITIVE_FUNCTIONS)[number];

/** Properties of a zone feature (bedrijventerrein, woon-werkzone, productieve wijk). */
export interface ZoneProperties {
  id: string;
  name: string;
  zoneType: ZoneType;
  status: ZoneStatus;
  /** Highest milieucategorie the zone permits ("tot en met categorie …"). */
  maxMilieucategorie: Milieucategorie;
  /** For mixed zones: the highest functiemenging class permitted. */
  functiemenging?: FunctiemengingClass;
  /** Override of the omgevingstype inside the zone; default: gemengd-gebied for mixed zones. */
  omgevingstype?: Omgevingstype;
  ibisType?: IbisType;
  /** Issuable land still available, hectares (IBIS `uitgeefbaar`). */
  uitgeefbaarHa?: number;
}

/** Properties of a business (bedrijf); the geometry is its plot (Polygon) or its address (Point). */
export interface BusinessProperties {
  id: string;
  name: string;
  /** SBI 2008 activity code, e.g. "1071". */
  sbi: string;
  /** Description of the activity, Dutch. */
  activity: string;
  milieucategorie: Milieucategorie;
  functiemenging?: FunctiemengingClass;
  /** Business floor area, m² bruto vloeroppervlak. */
  bvoM2: number;
  jobs: number;
}

/** Properties of a sensitive object (a dwelling, school or care home); the geometry is a Point. */
export interface SensitiveProperties {
  id: string;
  /** Default `wonen`. */
  functie?: SensitiveFunction;
  /** Number of homes at this address (default 1). */
  homes?: number;
  address?: string;
}

/** Properties of a neighbourhood (buurt). */
export interface NeighbourhoodProperties {
  id: string;
  name: string;
  code?: string;
}

/** The new use a proposal gives its land (issue 5). */
export const PROPOSAL_USES = [
  'woningbouw',
  'woonwerkzone',
  'productieve-wijk',
  'bedrijventerrein',
] as const;
export type ProposalUse = (typeof PROPOSAL_USES)[number];

export const PROPOSAL_STATUSES = ['concept', 'voorstel', 'vastgesteld'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** Attributes of a proposed zone drawn by a planner. */
export interface ProposalProperties {
  id: string;
  name: string;
  use: ProposalUse;
  /** Number of homes planned. */
  homes: number;
  /** Business floor area planned, m² bvo. */
  bvoM2: number;
  /** For business uses: highest milieucategorie permitted. */
  maxMilieucategorie?: Milieucategorie;
  status: ProposalStatus;
  note: string;
}
