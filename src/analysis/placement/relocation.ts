/**
 * Options for the businesses a proposal displaces (issue 17): for each, the zoekprofiel with its
 * own category and functiemenging class, its land (its plot, or its floor area over the data's
 * floor-to-land ratio) and its current place; candidates may not lie on land a proposal takes
 * from this category. And whether the proposals' own new business space can take the displaced
 * firms, category by category.
 */
import type { Dataset } from '../../domain/dataset.ts';
import type { Milieucategorie } from '../../domain/domain.ts';
import { MILIEUCATEGORIEEN } from '../../domain/domain.ts';
import { multiPolygonAreaM2 } from '../../geo/planar.ts';
import type { MultiPolygonRd } from '../../geo/types.ts';
import { categoryRank } from '../../rules/index.ts';
import type { DisplacedBusiness, ProposalImpact } from '../proposals/impact.ts';
import { proposalPolygonRd } from '../proposals/impact.ts';
import type { ProposalFeature } from '../proposals/types.ts';
import { businessAnchor } from './mismatch.ts';
import {
  countRejections,
  searchPlaces,
  type Candidate,
  type RejectionReason,
  type SearchProfile,
  type SearchResult,
} from './zoekprofiel.ts';

/** Options for one displaced business. */
export interface RelocationOptions {
  businessId: string;
  /** The profile that was searched (its own category, land and place). */
  profile: SearchProfile | undefined;
  /** Best candidates first (at most `top`). */
  candidates: Candidate[];
  /** Number of candidates in all (before the cut to `top`). */
  total: number;
  /** When there is none: how many zones dropped out for each reason. */
  whyNone: Partial<Record<RejectionReason | 'no-category' | 'not-in-data', number>>;
  /** The full answer (for the map and the CSV). */
  search: SearchResult | undefined;
}

/**
 * Whether a proposal takes its land from a business of this category: housing always,
 * business and mixed uses when their max category is below it (the ledger's displacement rule).
 * @param proposal the proposal
 * @param category the firm's category
 * @returns true when a firm of this category may not stay on the proposal's land
 * @example takesLandFrom(woningbouw, '2') // true
 */
export function takesLandFrom(proposal: ProposalFeature, category: Milieucategorie): boolean {
  const { use, maxMilieucategorie } = proposal.properties;
  if (use === 'woningbouw') return true;
  if (!maxMilieucategorie) return false;
  return categoryRank(category) > categoryRank(maxMilieucategorie);
}

/**
 * Relocation options for displaced businesses.
 * @param ds the dataset
 * @param displaced the displaced businesses (from `computeImpacts`)
 * @param proposals all proposals (their land is excluded where it takes the firm's category)
 * @param top how many candidates to keep per business (default 3)
 * @returns options per business id
 * @example relocationOptions(ds, impact.proposals.flatMap((p) => p.displaced), proposals)
 */
export function relocationOptions(
  ds: Dataset,
  displaced: readonly DisplacedBusiness[],
  proposals: readonly ProposalFeature[],
  top = 3,
): Map<string, RelocationOptions> {
  const byId = new Map(ds.businesses.map((b) => [b.id, b]));
  const rdOf = new Map<ProposalFeature, MultiPolygonRd>();
  const out = new Map<string, RelocationOptions>();
  for (const d of displaced) {
    const b = byId.get(d.id);
    const none = (why: RelocationOptions['whyNone']): void => {
      out.set(d.id, {
        businessId: d.id,
        profile: undefined,
        candidates: [],
        total: 0,
        whyNone: why,
        search: undefined,
      });
    };
    if (!b) {
      none({ 'not-in-data': 1 });
      continue;
    }
    const category = b.milieucategorie;
    if (!category || categoryRank(category) < 0) {
      none({ 'no-category': 1 });
      continue;
    }
    const excludeRd: MultiPolygonRd[] = [];
    for (const p of proposals) {
      if (!takesLandFrom(p, category)) continue;
      let rd = rdOf.get(p);
      if (!rd) {
        rd = [proposalPolygonRd(p)];
        rdOf.set(p, rd);
      }
      excludeRd.push(rd);
    }
    const plotM2 = b.plotRd ? multiPolygonAreaM2(b.plotRd) : 0;
    const profile: SearchProfile = {
      program: {
        kind: 'category',
        milieucategorie: category,
        ...(b.functiemenging ? { functiemenging: b.functiemenging } : {}),
      },
      areaM2: plotM2 > 0 ? plotM2 : d.bvoM2,
      areaKind: plotM2 > 0 ? 'land' : 'floor',
      fromRd: businessAnchor(b),
      requireBusinessPark: false,
      excludeRd,
    };
    const search = searchPlaces(ds, profile);
    const whyNone: RelocationOptions['whyNone'] =
      search.candidates.length === 0 ? countRejections(search.rejected) : {};
    out.set(d.id, {
      businessId: d.id,
      profile,
      candidates: search.candidates.slice(0, top),
      total: search.candidates.length,
      whyNone,
      search,
    });
  }
  return out;
}

/** One row of the category-by-category capacity check. */
export interface CapacityRow {
  milieucategorie: Milieucategorie;
  /** Floor area of displaced firms of this category, m² bvo. */
  displacedBvoM2: number;
  /** Of that, what the proposals' own new space permitting the category can take, m² bvo. */
  placedBvoM2: number;
  /** displaced − placed, m² bvo. */
  shortBvoM2: number;
}

/** The capacity check of {@link relocationCapacity}. */
export interface CapacityCheck {
  rows: CapacityRow[];
  /** New floor area left after placing the displaced firms, per proposal id, m² bvo. */
  leftBvoM2: Map<string, number>;
  /** New floor area without a max category (e.g. housing plinths): not counted for any firm. */
  uncategorisedBvoM2: number;
}

/**
 * Whether the proposals' own new business space (each proposal's `bvoM2` with its max
 * milieucategorie) can take the displaced firms, category by category. Heaviest first: each
 * category takes room from the proposals with the lowest max category that still permits it,
 * so heavy room stays for heavy firms. A displaced firm's own proposal can host it only when
 * the proposal's category permits it (otherwise it would not have been displaced).
 * @param impacts per-proposal impacts
 * @param proposals the proposals (same order or not; matched by id)
 * @returns per category displaced / placed / short, and the new space left per proposal
 * @example relocationCapacity(impact.proposals, proposals).rows[0].shortBvoM2
 */
export function relocationCapacity(
  impacts: readonly ProposalImpact[],
  proposals: readonly ProposalFeature[],
): CapacityCheck {
  const byId = new Map(proposals.map((p) => [p.properties.id, p]));
  const perCat = new Map<Milieucategorie, number>();
  for (const i of impacts)
    for (const d of i.displaced)
      if (d.milieucategorie)
        perCat.set(d.milieucategorie, (perCat.get(d.milieucategorie) ?? 0) + d.bvoM2);
  const room: { id: string; rank: number; left: number }[] = [];
  let uncategorisedBvoM2 = 0;
  for (const i of impacts) {
    if (i.addedBvoM2 <= 0) continue;
    const cat = byId.get(i.id)?.properties.maxMilieucategorie;
    if (!cat) {
      uncategorisedBvoM2 += i.addedBvoM2;
      continue;
    }
    room.push({ id: i.id, rank: categoryRank(cat), left: i.addedBvoM2 });
  }
  room.sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id));
  const rows: CapacityRow[] = [];
  for (const cat of [...MILIEUCATEGORIEEN].reverse()) {
    const need = perCat.get(cat);
    if (need === undefined) continue;
    const r = categoryRank(cat);
    let rest = need;
    for (const slot of room) {
      if (rest <= 0) break;
      if (slot.rank < r || slot.left <= 0) continue;
      const take = Math.min(rest, slot.left);
      slot.left -= take;
      rest -= take;
    }
    rows.push({
      milieucategorie: cat,
      displacedBvoM2: need,
      placedBvoM2: need - rest,
      shortBvoM2: rest,
    });
  }
  rows.sort((a, b) => categoryRank(a.milieucategorie) - categoryRank(b.milieucategorie));
  return { rows, leftBvoM2: new Map(room.map((s) => [s.id, s.left])), uncategorisedBvoM2 };
}
