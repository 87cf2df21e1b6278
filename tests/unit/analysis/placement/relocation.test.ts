import { beforeAll, describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { initClipper } from '../../../../src/geo/clip/index.ts';
import { mapGeometry, toWgs84 } from '../../../../src/geo/crs.ts';
import type { ProposalProperties } from '../../../../src/domain/domain.ts';
import { buildProposalContext } from '../../../../src/analysis/proposals/context.ts';
import { computeImpacts } from '../../../../src/analysis/proposals/impact.ts';
import type { ProposalFeature } from '../../../../src/analysis/proposals/types.ts';
import {
  relocationCapacity,
  relocationOptions,
} from '../../../../src/analysis/placement/relocation.ts';
import {
  checkTargets,
  mergeTargets,
  summarizeTargets,
  targetStatusByArea,
} from '../../../../src/analysis/placement/targets.ts';
import { rect, town } from './fixture.ts';

function proposal(
  id: string,
  r: [number, number, number, number],
  props: Partial<ProposalProperties>,
): ProposalFeature {
  return {
    type: 'Feature',
    properties: {
      id,
      name: id,
      use: 'woningbouw',
      homes: 0,
      bvoM2: 0,
      status: 'concept',
      note: '',
      ...props,
    },
    geometry: mapGeometry(rect(...r) as Polygon, toWgs84),
  };
}

beforeAll(async () => {
  await initClipper();
});

describe('displaced businesses get options', () => {
  it('a heavy firm pushed off the only 4.2 park fits nowhere, and says why', () => {
    const ds = town();
    const ctx = buildProposalContext(ds);
    // Housing over the north-west of Zwaar park: B6 (cat 4.2, plot 4,000 m²) must go.
    const p = [proposal('H1', [0, 600, 1000, 1000], { homes: 100 })];
    const impact = computeImpacts(ctx, p, { conflicts: false });
    const displaced = impact.proposals[0]!.displaced;
    expect(displaced.map((d) => d.id)).toEqual(['B6']);
    const o = relocationOptions(ds, displaced, p).get('B6')!;
    expect(o.candidates).toEqual([]);
    expect(o.profile?.areaM2).toBeCloseTo(4000, 6);
    // Only Zwaar park permits 4.2, and it has 3,000 m² free of the 4,000 needed.
    expect(o.whyNone).toEqual({ category: 2, 'free-area': 1 });
  });

  it('a light firm gets the parks, nearest first among equals, not its own taken zone', () => {
    const ds = town();
    const ctx = buildProposalContext(ds);
    // Housing over all of Gemengd: B5 (cat 2, 500 m² bvo, address point) must go.
    const p = [proposal('H2', [1490, 1990, 2010, 2510], { homes: 50 })];
    const impact = computeImpacts(ctx, p, { conflicts: false });
    const o = relocationOptions(ds, impact.proposals[0]!.displaced, p).get('B5')!;
    // 500 m² bvo / 1.5 (the data's floor per plot) = 333 m² land.
    expect(o.profile?.areaM2).toBe(500);
    expect(o.search?.needM2).toBeCloseTo(333.33, 1);
    // Both parks: far below (4 and 2 steps), no homes near; Zwaar park is nearer (1,458 m vs 2,150 m).
    expect(o.candidates.map((c) => c.zoneId)).toEqual(['ZP', 'MP']);
    expect(o.candidates[0]!.distanceM).toBeCloseTo(Math.hypot(750, 1250), 6);
    expect(o.search?.rejected.find((r) => r.zoneId === 'GM')?.reason).toBe('excluded');
  });

  it('checks the proposals own new space category by category', () => {
    const impacts = [
      {
        id: 'A',
        addedBvoM2: 0,
        displaced: [
          { milieucategorie: '4.2', bvoM2: 6000 },
          { milieucategorie: '2', bvoM2: 500 },
        ],
      },
      { id: 'B', addedBvoM2: 4000, displaced: [] },
      { id: 'C', addedBvoM2: 3000, displaced: [] },
    ] as never;
    const props = [
      proposal('A', [0, 0, 10, 10], {}),
      proposal('B', [0, 0, 10, 10], { use: 'bedrijventerrein', maxMilieucategorie: '4.2' }),
      proposal('C', [0, 0, 10, 10], { use: 'productieve-wijk', maxMilieucategorie: '3.1' }),
    ];
    const cap = relocationCapacity(impacts, props);
    // 4.2 takes all of B (4,000) and is 2,000 short; 2 goes into C (lowest fitting category).
    expect(cap.rows).toEqual([
      { milieucategorie: '2', displacedBvoM2: 500, placedBvoM2: 500, shortBvoM2: 0 },
      { milieucategorie: '4.2', displacedBvoM2: 6000, placedBvoM2: 4000, shortBvoM2: 2000 },
    ]);
    expect(cap.leftBvoM2.get('C')).toBe(2500);
  });
});

describe('gebiedsprofiel', () => {
  it('a target missed by one proposal and restored by a second', () => {
    const ds = town();
    const ctx = buildProposalContext(ds);
    const target = { kind: 'buurt' as const, id: 'N', minBvoM2: 500 };
    // Buurt N holds B5 (500 m² bvo): today exactly the target.
    const one = [proposal('H2', [1700, 2200, 1800, 2300], { homes: 10 })];
    const i1 = computeImpacts(ctx, one, { conflicts: false });
    const [c1] = checkTargets(ctx, i1.proposals, one, [target]);
    expect(c1).toMatchObject({ beforeBvoM2: 500, removedBvoM2: 500, afterBvoM2: 0 });
    expect(c1!.kept).toBe(false);
    expect(c1!.missBvoM2).toBe(500);
    // A productive district of 800 m² bvo inside the buurt restores it.
    const two = [
      ...one,
      proposal('PW', [1100, 1600, 1300, 1800], {
        use: 'productieve-wijk',
        bvoM2: 800,
        maxMilieucategorie: '3.1',
      }),
    ];
    const i2 = computeImpacts(ctx, two, { conflicts: false });
    const [c2] = checkTargets(ctx, i2.proposals, two, [target]);
    expect(c2!.kept).toBe(true);
    expect(c2!.afterBvoM2).toBeCloseTo(800, 6);
    expect(c2!.compensatedBy.map((c) => c.proposalId)).toEqual(['PW']);
  });

  it('counts only room that permits the kept category, and zones by area share', () => {
    const ds = town();
    const ctx = buildProposalContext(ds);
    // Zwaar park today: B2 1,000 + B3 3,000 + B6 6,000 = 10,000 m² bvo in a 4.2 zone.
    const half = [
      proposal('BT', [0, 0, 500, 1000], {
        use: 'bedrijventerrein',
        bvoM2: 2000,
        maxMilieucategorie: '3.1',
      }),
    ];
    const i = computeImpacts(ctx, half, { conflicts: false });
    const [heavy, any] = checkTargets(ctx, i.proposals, half, [
      { kind: 'zone', id: 'ZP', minBvoM2: 10_000, category: '4.2' },
      { kind: 'zone', id: 'ZP', minBvoM2: 10_000 },
    ]);
    // The 3.1 proposal displaces B3 (4.1) and B6 (4.2): 9,000 m² gone; its 2,000 m² new
    // space counts only when no category is kept.
    expect(heavy).toMatchObject({ beforeBvoM2: 10_000, removedBvoM2: 9000, addedBvoM2: 0 });
    expect(heavy!.missBvoM2).toBe(9000);
    expect(any!.addedBvoM2).toBeCloseTo(2000, 3);
    expect(any!.missBvoM2).toBeCloseTo(7000, 3);
  });

  it('groups the checks per area for the wijkprofielen', () => {
    const ds = town();
    const ctx = buildProposalContext(ds);
    const none: ProposalFeature[] = [];
    const i = computeImpacts(ctx, none, { conflicts: false });
    const checks = checkTargets(ctx, i.proposals, none, [
      { kind: 'buurt', id: 'N', minBvoM2: 400 },
      { kind: 'zone', id: 'ZP', minBvoM2: 12_000 },
      { kind: 'buurt', id: 'N', minBvoM2: 600 },
    ]);
    const byArea = targetStatusByArea(checks);
    expect([...byArea.keys()]).toEqual(['buurt:N', 'zone:ZP']);
    // Buurt N holds 500 m² (B5): 400 kept, 600 missed by 100; park ZP 10,000: missed by 2,000.
    expect(byArea.get('buurt:N')!.map((c) => [c.kept, c.missBvoM2])).toEqual([
      [true, 0],
      [false, 100],
    ]);
    expect(byArea.get('zone:ZP')!.map((c) => c.missBvoM2)).toEqual([2000]);
    expect(byArea.get('buurt:S')).toBeUndefined();
    // The wijkprofielen table's cell: two targets, one missed, by 100 m² at most.
    expect(summarizeTargets(byArea.get('buurt:N')!)).toEqual({
      count: 2,
      missed: 1,
      missBvoM2: 100,
    });
    expect(summarizeTargets([])).toBeUndefined();
  });

  it("adds a colleague's targets to the own ones, never removes or doubles one", () => {
    const a = { kind: 'buurt' as const, id: 'N', minBvoM2: 500 };
    const b = { kind: 'zone' as const, id: 'ZP', minBvoM2: 10_000, category: '4.2' as const };
    const b2 = { ...b, category: undefined };
    const merged = mergeTargets([a], [b, a, b2]);
    expect(merged).toEqual([a, b, b2]);
    expect(mergeTargets([a, b], [])).toEqual([a, b]);
  });
});
