import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { initClipper } from '../../../../src/geo/clip/index.ts';
import {
  computeImpacts,
  createImpactCache,
  warmImpactCache,
  type ImpactSummary,
} from '../../../../src/analysis/proposals/impact.ts';
import { FIXTURES, loadCase } from './helpers.ts';

beforeAll(async () => {
  await initClipper();
});

const r2 = (n: number | undefined): number | null =>
  n === undefined ? null : Math.round(n * 100) / 100;

/** The golden output: input features with simplestyle colours, each proposal with its impact. */
function toGolden(fc: FeatureCollection, summary: ImpactSummary): FeatureCollection {
  const byId = new Map(summary.proposals.map((p) => [p.id, p]));
  const colour: Record<string, string> = {
    bedrijventerreinen: '#b45fd2',
    bedrijven: '#d7301f',
    woningen: '#4a4a4a',
    buurten: '#999999',
    proposal: '#1f78b4',
  };
  const features = fc.features.map((f): Feature => {
    const layer = String(f.properties?.layer);
    const style = { stroke: colour[layer] ?? '#000', fill: colour[layer] ?? '#000' };
    const impact = layer === 'proposal' ? byId.get(String(f.properties?.id)) : undefined;
    return {
      ...f,
      properties: {
        ...f.properties,
        ...style,
        ...(impact
          ? {
              impact: {
                areaM2: r2(impact.areaM2),
                effectiveAreaM2: r2(impact.effectiveAreaM2),
                takenLandM2: r2(impact.takenLandM2),
                addedLandM2: r2(impact.addedLandM2),
                removedBvoM2: impact.removedBvoM2,
                addedBvoM2: impact.addedBvoM2,
                displaced: impact.displaced.map((d) => `${d.id} ${d.reason}`),
                conflicts: impact.conflicts.map(
                  (c) => `${c.kind} ${c.targetId} ${r2(c.measuredM)}/${c.requiredM} m`,
                ),
              },
            }
          : {}),
      },
    };
  });
  const totals = Object.fromEntries(Object.entries(summary.totals).map(([k, v]) => [k, r2(v)]));
  const buurten = summary.buurten.map((b) => ({
    id: b.id,
    before: { jobs: r2(b.before.jobs), homes: r2(b.before.homes), fmi: r2(b.before.fmi) },
    after: { jobs: r2(b.after.jobs), homes: r2(b.after.homes), fmi: r2(b.after.fmi) },
  }));
  return {
    type: 'FeatureCollection',
    properties: { totals, buurten },
    features,
  } as FeatureCollection;
}

describe('proposal impact golden fixtures', () => {
  for (const file of readdirSync(join(FIXTURES, 'in')).filter((f) => f.endsWith('.geojson'))) {
    const name = file.replace(/\.geojson$/, '');
    it(name, async () => {
      const { fc, ctx, proposals } = loadCase(name);
      const summary = computeImpacts(ctx, proposals);
      expect(summary.proposals.every((p) => p.problems.length === 0)).toBe(true);
      await expect(JSON.stringify(toGolden(fc, summary), null, 1) + '\n').toMatchFileSnapshot(
        join(FIXTURES, 'out', file),
      );
    });
  }
});

describe('ledger (hand-computed)', () => {
  it('a proposal over half a business park takes half its land and displaces the businesses there', () => {
    const { ctx, proposals } = loadCase('half-business-park');
    const { totals, proposals: impacts } = computeImpacts(ctx, proposals);
    expect(totals.takenLandM2).toBeCloseTo(40_000, 1);
    expect(totals.addedLandM2).toBe(0);
    expect(totals.compensationLandM2).toBeCloseTo(40_000, 1);
    expect(impacts[0]!.displaced.map((d) => d.id)).toEqual(['B1', 'B2']);
    expect(totals.removedBvoM2).toBe(3000);
    expect(totals.compensationBvoM2).toBe(3000);
    // B3 (4.1, a point in the park, no plot) is measured from its own point in the feitelijk
    // view, ~100 m from the proposal (issue 11: never from the whole park's boundary).
    const b3 = impacts[0]!.conflicts.find((c) => c.targetId === 'B3');
    expect(b3?.kind).toBe('business-reaches-homes');
    expect(b3?.measuredM).toBeCloseTo(100, 3);
    // Displaced businesses are gone, so they are no conflict.
    expect(impacts[0]!.conflicts.some((c) => c.targetId === 'B1' || c.targetId === 'B2')).toBe(
      false,
    );
  });

  it('two overlapping proposals count the overlap once (the later one wins it)', () => {
    const { ctx, proposals } = loadCase('two-overlapping');
    const { totals, proposals: impacts } = computeImpacts(ctx, proposals);
    expect(impacts[0]!.areaM2).toBeCloseTo(30_000, 1);
    expect(impacts[0]!.effectiveAreaM2).toBeCloseTo(20_000, 1);
    expect(impacts[1]!.effectiveAreaM2).toBeCloseTo(30_000, 1);
    expect(totals.takenLandM2).toBeCloseTo(50_000, 1);
    expect(impacts.flatMap((i) => i.displaced.map((d) => d.id)).sort()).toEqual(['B1', 'B2']);
    expect(totals.removedBvoM2).toBe(3000);
  });

  it('a ring drawn as two shapes sharing edges counts the ring and keeps the business in the hole', () => {
    const { ctx, proposals } = loadCase('hole-via-two-shapes');
    const { totals, proposals: impacts } = computeImpacts(ctx, proposals);
    expect(impacts[0]!.effectiveAreaM2).toBeCloseTo(4200, 1);
    expect(impacts[1]!.effectiveAreaM2).toBeCloseTo(4200, 1);
    expect(totals.takenLandM2).toBeCloseTo(100 * 100 - 40 * 40, 1);
    expect(impacts.flatMap((i) => i.displaced)).toEqual([]);
    // B3 stays and now neighbours new homes.
    expect(impacts[0]!.conflicts.some((c) => c.targetId === 'B3')).toBe(true);
  });

  it('a new business park adds land and finds the dwellings within its category distance', () => {
    const { ctx, proposals } = loadCase('new-business-park');
    const { totals, proposals: impacts } = computeImpacts(ctx, proposals);
    expect(totals.addedLandM2).toBeCloseTo(70 * 200, 1);
    expect(totals.takenLandM2).toBe(0);
    expect(totals.netLandM2).toBeCloseTo(14_000, 1);
    expect(totals.compensationLandM2).toBe(0);
    expect(totals.addedBvoM2).toBe(5000);
    const w3 = impacts[0]!.conflicts.find((c) => c.targetId === 'W3');
    expect(w3?.kind).toBe('dwelling-within-distance');
    expect(w3?.measuredM).toBeCloseTo(60, 3);
    expect(w3?.requiredM).toBe(200);
    // W2 at (300, 300): 120 m east, 100 m north of the corner (420, 200) → 156.2 m < 200 m.
    const w2 = impacts[0]!.conflicts.find((c) => c.targetId === 'W2');
    expect(w2?.measuredM).toBeCloseTo(Math.hypot(120, 100), 3);
  });

  it('a productieve wijk displaces businesses above its category and compensates in floor area', () => {
    const { ctx, proposals } = loadCase('productive-district');
    const { totals, proposals: impacts } = computeImpacts(ctx, proposals);
    expect(impacts[0]!.displaced.map((d) => [d.id, d.reason])).toEqual([
      ['B3', 'category-too-high'],
    ]);
    expect(totals.takenLandM2).toBeCloseTo(40_000, 1);
    expect(totals.removedBvoM2).toBe(3000);
    expect(totals.addedBvoM2).toBe(4000);
    expect(totals.netBvoM2).toBe(1000);
    expect(totals.compensationBvoM2).toBe(0);
  });

  it('moves jobs and homes between buurten before and after', () => {
    const { ctx, proposals } = loadCase('half-business-park');
    const { buurten } = computeImpacts(ctx, proposals);
    const haven = buurten.find((b) => b.id === 'BU1')!;
    expect(haven.before).toMatchObject({ jobs: 65, homes: 0, fmi: 100 });
    expect(haven.after.jobs).toBe(35);
    expect(haven.after.homes).toBe(200);
    expect(haven.after.fmi).toBeCloseTo((35 / 235) * 100, 9);
    expect(haven.after.jobsPerHome).toBeCloseTo(35 / 200, 9);
  });

  it('marks jobs estimated from floor area, in the displaced list and the buurt rows', () => {
    // B1 (SBI 25, production) without a job count: 2,000 m² bvo / 250 m² per job = 8 estimated.
    const { ctx, proposals } = loadCase('half-business-park', (features) =>
      features.map((f) => {
        if (f.properties?.id !== 'B1') return f;
        const { jobs: _jobs, ...rest } = f.properties;
        return { ...f, properties: rest };
      }),
    );
    const summary = computeImpacts(ctx, proposals);
    const displaced = summary.proposals.flatMap((p) => p.displaced);
    expect(displaced.find((d) => d.id === 'B1')).toMatchObject({ jobs: 8, jobsEstimated: true });
    expect(displaced.find((d) => d.id === 'B2')?.jobsEstimated).toBeUndefined();
    const haven = summary.buurten.find((b) => b.id === 'BU1')!;
    expect(haven.before.jobs).toBe(53);
    expect(haven.jobsEstimatedBefore).toBe(8);
    // B1 leaves with its estimated jobs; the housing proposal adds no jobs.
    expect(haven.jobsEstimatedAfter).toBe(0);
    // With the fixture's counts nothing is estimated.
    const plain = computeImpacts(loadCase('half-business-park').ctx, proposals);
    expect(plain.buurten.find((b) => b.id === 'BU1')!.jobsEstimatedBefore).toBe(0);
  });

  it('fills the cache over several calls (one task each) with what computeImpacts would compute', () => {
    const { ctx, proposals } = loadCase('hole-via-two-shapes');
    const cache = createImpactCache();
    // A deadline in the past: one proposal per call, so 2,000 never take one long task.
    expect(warmImpactCache(ctx, proposals, cache, -Infinity)).toBe(false);
    expect(cache.entries.size).toBe(1);
    let calls = 1;
    while (!warmImpactCache(ctx, proposals, cache, -Infinity)) calls++;
    expect(calls).toBe(proposals.length - 1);
    const warmed = computeImpacts(ctx, proposals, { cache });
    expect(warmed.proposals[0]).toBe(cache.entries.get(proposals[0]!.properties.id)!.impact);
    expect(warmed).toEqual(computeImpacts(ctx, proposals));
  });

  it('recomputes only what changed when a cache is given', () => {
    const { ctx, proposals } = loadCase('hole-via-two-shapes');
    const cache = createImpactCache();
    const first = computeImpacts(ctx, proposals, { cache });
    const again = computeImpacts(ctx, proposals, { cache });
    expect(again.proposals[0]).toBe(first.proposals[0]);
    const moved = { ...proposals[1]!, properties: { ...proposals[1]!.properties, homes: 1 } };
    const third = computeImpacts(ctx, [proposals[0]!, moved], { cache });
    // P1 depends on P2 (their boxes touch), so it is recomputed; its result stays equal.
    expect(third.proposals[0]).not.toBe(first.proposals[0]);
    expect(third.proposals[0]!.effectiveAreaM2).toBeCloseTo(first.proposals[0]!.effectiveAreaM2, 6);
    // Other data (a new context) invalidates everything.
    const other = loadCase('hole-via-two-shapes').ctx;
    expect(computeImpacts(other, [proposals[0]!, moved], { cache }).proposals[0]).not.toBe(
      third.proposals[0],
    );
  });
});
