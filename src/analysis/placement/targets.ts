/**
 * Gebiedsprofiel (issue 17): "geen m² minder" per area. A zone or buurt carries a minimum of
 * business floor area, optionally for room that permits a given category ("keep room up to
 * category X"). The check says per area whether the proposals keep the target, by how much
 * they miss it, and which proposals compensate.
 *
 * Counting (README § Juiste plek):
 * - Today: the floor area of the businesses that count in the area (address or plot centroid
 *   inside it); with a category, only those standing in a zone that permits that category.
 * - Removed: the floor area of those businesses that a proposal displaces.
 * - Added: each proposal's floor-area programme times the share of its area inside the area
 *   (buurten: the ledger's effective shares; zones: the drawn polygon's share); with a category,
 *   only proposals whose max milieucategorie permits it.
 */
import { zonesAtPoint } from '../../domain/dataset.ts';
import type { Milieucategorie } from '../../domain/domain.ts';
import { clipAreaM2, clipIntersection, freeClipPaths, toClipPaths } from '../../geo/clip/index.ts';
import { isPointInMultiPolygon } from '../../geo/planar.ts';
import type { MultiPolygonRd } from '../../geo/types.ts';
import { isCategoryAtMost } from '../../rules/index.ts';
import type { ProposalContext } from '../proposals/context.ts';
import type { ProposalImpact } from '../proposals/impact.ts';
import { proposalPolygonRd } from '../proposals/impact.ts';
import type { ProposalFeature } from '../proposals/types.ts';

/** A target of one area. */
export interface AreaTarget {
  kind: 'zone' | 'buurt';
  /** The zone's or buurt's id. */
  id: string;
  /** Business floor area to keep at least, m² bvo. */
  minBvoM2: number;
  /** Keep this floor area for firms up to this category (optional). */
  category?: Milieucategorie;
}

/** The check of one target. */
export interface TargetCheck {
  target: AreaTarget;
  /** The area's name; undefined when the data has no such area. */
  name: string | undefined;
  beforeBvoM2: number;
  removedBvoM2: number;
  addedBvoM2: number;
  afterBvoM2: number;
  kept: boolean;
  /** How much the proposals leave it short, m² bvo (0 when kept). */
  missBvoM2: number;
  /** Proposals that add counted floor area to the area, with how much. */
  compensatedBy: { proposalId: string; bvoM2: number }[];
}

function areaOf(
  ctx: ProposalContext,
  t: AreaTarget,
): { name: string; geom: MultiPolygonRd; buurt: number } | undefined {
  if (t.kind === 'buurt') {
    const i = ctx.buurten.findIndex((b) => b.id === t.id);
    const b = ctx.buurten[i];
    return b ? { name: b.name, geom: b.geometryRd, buurt: i } : undefined;
  }
  const z = ctx.dataset.zones.find((zone) => zone.id === t.id);
  return z ? { name: z.name, geom: z.geometryRd, buurt: -1 } : undefined;
}

/**
 * Checks area targets against the proposals. Needs Clipper2 loaded for zone targets.
 * @param ctx the proposal context
 * @param impacts per-proposal impacts (`computeImpacts(...).proposals`)
 * @param proposals the proposals, matched to impacts by id
 * @param targets the targets
 * @returns one check per target, in the targets' order
 * @example checkTargets(ctx, impact.proposals, proposals, [{ kind: 'buurt', id: 'N', minBvoM2: 5000 }])
 */
export function checkTargets(
  ctx: ProposalContext,
  impacts: readonly ProposalImpact[],
  proposals: readonly ProposalFeature[],
  targets: readonly AreaTarget[],
): TargetCheck[] {
  const byId = new Map(proposals.map((p) => [p.properties.id, p]));
  const gone = new Set(impacts.flatMap((i) => i.displaced.map((d) => d.id)));
  return targets.map((target): TargetCheck => {
    const area = areaOf(ctx, target);
    const empty: TargetCheck = {
      target,
      name: area?.name,
      beforeBvoM2: 0,
      removedBvoM2: 0,
      addedBvoM2: 0,
      afterBvoM2: 0,
      kept: false,
      missBvoM2: Math.max(0, target.minBvoM2),
      compensatedBy: [],
    };
    if (!area) return empty;
    const cat = target.category;
    const counts = (xy: [number, number]): boolean =>
      !cat ||
      zonesAtPoint(ctx.dataset, xy).some((zi) => {
        const max = ctx.dataset.zones[zi]!.maxMilieucategorie;
        return max !== undefined && isCategoryAtMost(cat, max);
      });
    let before = 0;
    let removed = 0;
    for (const b of ctx.businesses) {
      if (!isPointInMultiPolygon(b.xy, area.geom) || !counts(b.xy)) continue;
      before += b.bvoM2;
      if (gone.has(b.id)) removed += b.bvoM2;
    }
    let added = 0;
    const compensatedBy: TargetCheck['compensatedBy'] = [];
    let areaPaths: ReturnType<typeof toClipPaths> | undefined;
    try {
      for (const i of impacts) {
        if (i.addedBvoM2 <= 0 || i.effectiveAreaM2 <= 0) continue;
        const p = byId.get(i.id);
        if (!p) continue;
        const max = p.properties.maxMilieucategorie;
        if (cat && !(max && isCategoryAtMost(cat, max))) continue;
        let share: number;
        if (area.buurt >= 0) {
          share = (i.buurtAreasM2.get(area.buurt) ?? 0) / i.effectiveAreaM2;
        } else {
          areaPaths ??= toClipPaths([area.geom]);
          const own = toClipPaths([[proposalPolygonRd(p)]]);
          const hit = clipIntersection(own, areaPaths);
          share = i.areaM2 > 0 ? clipAreaM2(hit) / i.areaM2 : 0;
          freeClipPaths(own, hit);
        }
        const bvo = i.addedBvoM2 * Math.min(1, share);
        if (bvo <= 0) continue;
        added += bvo;
        compensatedBy.push({ proposalId: i.id, bvoM2: bvo });
      }
    } finally {
      if (areaPaths) freeClipPaths(areaPaths);
    }
    const after = before - removed + added;
    const miss = Math.max(0, target.minBvoM2 - after);
    return {
      ...empty,
      beforeBvoM2: before,
      removedBvoM2: removed,
      addedBvoM2: added,
      afterBvoM2: after,
      kept: miss <= 0,
      missBvoM2: miss,
      compensatedBy,
    };
  });
}

/**
 * The key of an area: `zone:<id>` or `buurt:<id>`.
 * @param kind zone or buurt
 * @param id the area's id
 * @returns the key
 * @example areaKey('buurt', 'B03') // 'buurt:B03'
 */
export function areaKey(kind: AreaTarget['kind'], id: string): string {
  return `${kind}:${id}`;
}

/**
 * The checks grouped per area, for views that show one area at a time (the wijkprofielen).
 * @param checks the checks of {@link checkTargets}
 * @returns per {@link areaKey} the checks of that area's targets, in the targets' order
 * @example targetStatusByArea(checks).get('buurt:B03')?.every((c) => c.kept)
 */
export function targetStatusByArea(checks: readonly TargetCheck[]): Map<string, TargetCheck[]> {
  const out = new Map<string, TargetCheck[]>();
  for (const c of checks) {
    const k = areaKey(c.target.kind, c.target.id);
    const list = out.get(k);
    if (list) list.push(c);
    else out.set(k, [c]);
  }
  return out;
}

/**
 * Own targets with those of a colleague's link added: a link never removes or changes an own
 * target; a target already there (same area, floor area and category) is not added twice.
 * @param own the own targets
 * @param incoming the link's targets
 * @returns a new list: own first, then the new ones in the link's order
 * @example mergeTargets([a], [a, b]) // [a, b]
 */
export function mergeTargets(
  own: readonly AreaTarget[],
  incoming: readonly AreaTarget[],
): AreaTarget[] {
  const key = (t: AreaTarget) => `${areaKey(t.kind, t.id)}|${t.minBvoM2}|${t.category ?? ''}`;
  const seen = new Set(own.map(key));
  const out = own.map((t) => ({ ...t }));
  for (const t of incoming) {
    if (seen.has(key(t))) continue;
    seen.add(key(t));
    out.push({ ...t });
  }
  return out;
}

/** What the checks of one area (or of the buurten of a wijk) come to, for a table cell. */
export interface TargetSummary {
  /** Number of targets. */
  count: number;
  /** Number of targets the proposals miss (an area not in the data counts as missed). */
  missed: number;
  /** The largest shortfall of those, m² bvo (0 when all are kept). */
  missBvoM2: number;
}

/**
 * Sums up the checks of one area: how many targets, how many missed and by how much at most.
 * @param checks the checks of the area's targets (e.g. one entry of {@link targetStatusByArea})
 * @returns the summary, or undefined when there are no targets
 * @example summarizeTargets(byArea.get('buurt:N') ?? []) // { count: 2, missed: 1, missBvoM2: 100 }
 */
export function summarizeTargets(checks: readonly TargetCheck[]): TargetSummary | undefined {
  if (checks.length === 0) return undefined;
  let missed = 0;
  let missBvoM2 = 0;
  for (const c of checks) {
    if (c.kept) continue;
    missed++;
    missBvoM2 = Math.max(missBvoM2, c.missBvoM2);
  }
  return { count: checks.length, missed, missBvoM2 };
}
