/**
 * Issue 16: what the Wijkprofielen tab shows, as pure data: the profiles after the proposals
 * (wijken and city summed again), the classed choropleth with its legend and "geen gegevens",
 * and the table's sort (geen gegevens last).
 */
import { describe, expect, it } from 'vitest';
import {
  afterProfiles,
  choroplethOf,
  emptyCounts,
  indicatorById,
  NO_DATA_COLOR,
  SEQUENTIAL_COLORS,
  sortRegions,
  type Profiel,
  type ProfielDelta,
  type Wijkprofielen,
} from '../../../../src/analysis/wijkprofiel/index.ts';

function buurt(id: string, wijk: string, homes: number, jobs: number, hasData = true): Profiel {
  return { ...emptyCounts(10_000), id, name: id, wijk, homes, jobs, hasData };
}

const homes = indicatorById('homes')!;
const fmi = indicatorById('fmi')!;

describe('choropleth of one indicator', () => {
  const rows = [
    buurt('A', 'W1', 100, 0),
    buurt('B', 'W1', 200, 0),
    buurt('C', 'W2', 300, 0),
    buurt('D', 'W2', 400, 0),
    buurt('E', 'W2', 0, 0, false),
  ];

  it('gives each region its class and colour, and geen gegevens its own', () => {
    const c = choroplethOf(homes, rows, rows, 'today', 'quantiles', NO_DATA_COLOR, 4);
    // simple-statistics interpolates quantiles: 175, 250, 325 between the four values.
    expect(c.legend.map((l) => [l.from, l.to, l.count])).toEqual([
      [100, 175, 1],
      [175, 250, 1],
      [250, 325, 1],
      [325, 400, 1],
    ]);
    expect([...c.classes.values()]).toEqual([0, 1, 2, 3, -1]);
    expect(c.colors.get('E')).toBe(NO_DATA_COLOR);
    expect(c.values.get('E')).toBeUndefined();
    expect(c.noData).toBe(1);
    expect(new Set([...c.colors.values()]).size).toBe(5);
  });

  it('classes the change with diverging colours only when it has both signs', () => {
    const after = [buurt('A', 'W1', 50, 0), buurt('B', 'W1', 250, 0), ...rows.slice(2)];
    const c = choroplethOf(homes, rows, after, 'change', 'natural', NO_DATA_COLOR, 3);
    expect(c.diverging).toBe(true);
    expect(c.values.get('A')).toBe(-50);
    expect(c.values.get('C')).toBe(0);
    const up = choroplethOf(
      homes,
      rows,
      rows.map((r) => ({ ...r, homes: r.homes + 1 })),
      'change',
      'natural',
      NO_DATA_COLOR,
    );
    expect(up.diverging).toBe(false);
    expect(up.legend[0]!.color).toBe(SEQUENTIAL_COLORS[2]);
  });

  it('has no classes when no region has data', () => {
    const none = [buurt('X', 'W', 0, 0, false)];
    const c = choroplethOf(fmi, none, none, 'today', 'quantiles', NO_DATA_COLOR);
    expect(c.breaks).toBeNull();
    expect(c.legend).toEqual([]);
    expect(c.colors.get('X')).toBe(NO_DATA_COLOR);
  });
});

describe('profiles after the proposals', () => {
  it('applies each buurt change and sums the wijken and the city again', () => {
    const buurten = [
      buurt('A', 'W1', 100, 10),
      buurt('B', 'W1', 0, 0, false),
      buurt('C', 'W2', 50, 50),
    ];
    const today: Wijkprofielen = {
      buurten,
      wijken: [buurt('W1', 'W1', 100, 10), buurt('W2', 'W2', 50, 50)],
      city: buurt('stad', '', 150, 60),
      outside: { dwellings: 0, homes: 0, establishments: 0, jobs: 0 },
    };
    const delta: ProfielDelta = {
      homes: 80,
      jobs: 4,
      bvoM2: 0,
      establishments: 0,
      bySection: {},
      byCategory: {},
      bvoByWorkType: {},
      jobsEstimated: 4,
    };
    const after = afterProfiles(today, new Map([[1, delta]]));
    expect(after.buurten[1]).toMatchObject({ homes: 80, jobs: 4, hasData: true, jobsEstimated: 4 });
    expect(after.buurten[0]).toBe(buurten[0]);
    expect(after.wijken[0]).toMatchObject({ id: 'W1', homes: 180, jobs: 14 });
    expect(after.wijken[1]).toMatchObject({ id: 'W2', homes: 50, jobs: 50 });
    expect(after.city).toMatchObject({ homes: 230, jobs: 64 });
    expect(afterProfiles(today, new Map())).toBe(today);
  });
});

describe('table sort', () => {
  it('sorts by value either way with geen gegevens last, ties by name', () => {
    const rows = [
      { name: 'b', v: 2 },
      { name: 'x', v: undefined },
      { name: 'a', v: 2 },
      { name: 'c', v: 1 },
    ];
    expect(sortRegions(rows, (r) => r.v, -1).map((r) => r.name)).toEqual(['a', 'b', 'c', 'x']);
    expect(sortRegions(rows, (r) => r.v, 1).map((r) => r.name)).toEqual(['c', 'a', 'b', 'x']);
    expect(sortRegions(rows, (r) => r.name, -1).map((r) => r.name)).toEqual(['x', 'c', 'b', 'a']);
  });
});
