/**
 * Issue 12, sensitive areas: a polygon of a sensitive layer (a plan's Wonen bestemming: where the
 * plan permits homes) is measured to its boundary, never to its centroid. Distances below are
 * checked by hand on axis-parallel squares.
 */
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildDataset, type Dataset } from '../../../src/domain/dataset.ts';
import { EPSG_RD } from '../../../src/geo/crs.ts';
import { en } from '../../../src/i18n/en.ts';
import { nl } from '../../../src/i18n/nl.ts';
import { checkLocation, type Place } from '../../../src/rules/location-check.ts';
import { describeVerdict } from '../../../src/rules/reason-text.ts';
import { conflictSegments } from '../../../src/state/conflict-lines.ts';

const X = 150000;
const Y = 450000;

function square(x0: number, y0: number, x1: number, y1: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
  };
}

function feature(geometry: Polygon, properties: Record<string, unknown>): Feature {
  return { type: 'Feature', geometry, properties };
}

/**
 * A 100 m × 100 m Wonen area (x 0–100, y 0–100 from X, Y; centroid at 50, 50) and, east of
 * it, a bedrijventerrein up to category 4.2 from x = 120 to 400.
 */
function dataset(extraZones: Feature[] = [], areaProps: Record<string, unknown> = {}): Dataset {
  return buildDataset([
    {
      layerId: 'zones',
      role: 'zone',
      crs: EPSG_RD,
      features: {
        type: 'FeatureCollection',
        features: [
          feature(square(X + 120, Y - 100, X + 400, Y + 200), {
            id: 'BT',
            name: 'Bedrijventerrein Oost',
            zoneType: 'bedrijventerrein',
            maxMilieucategorie: '4.2',
          }),
          ...extraZones,
        ],
      },
    },
    {
      layerId: 'plan-wonen',
      role: 'sensitive',
      crs: EPSG_RD,
      features: {
        type: 'FeatureCollection',
        features: [
          feature(square(X, Y, X + 100, Y + 100), {
            id: 'W1',
            address: 'Wonen',
            functie: 'wonen',
            ...areaProps,
          }),
        ],
      },
    },
  ]);
}

const point = (dx: number, dy: number): Place => ({ type: 'Point', coordinates: [X + dx, Y + dy] });
const cat31 = { kind: 'category', milieucategorie: '3.1' } as const;

describe('sensitive areas in the dataset', () => {
  it('keeps a polygon of a sensitive layer as an area, not as a dwelling at its centroid', () => {
    const ds = dataset();
    expect(ds.dwellings.count).toBe(0);
    expect(ds.sensitiveAreas).toHaveLength(1);
    const a = ds.sensitiveAreas[0]!;
    expect(a).toMatchObject({ id: 'W1', name: 'Wonen', functie: 'wonen', layerId: 'plan-wonen' });
    expect(a.bboxRd).toEqual([X, Y, X + 100, Y + 100]);
    expect(a.anchorRd).toEqual([X + 50, Y + 50]);
    expect(ds.sensitiveAreaIndex).not.toBeNull();
  });
});

describe('a business beside a Wonen area is measured to the area’s boundary', () => {
  it('30 m from its edge (80 m from its centroid), category 3.1: voorwaardelijk, not toegestaan', () => {
    // Point (130, 50): 30 m from the east edge x = 100; the centroid (50, 50) is 80 m away,
    // beyond the 50 m of category 3.1 in a rustige woonwijk, so a centroid would say toegestaan.
    const v = checkLocation(dataset(), point(130, 50), cat31, { crs: EPSG_RD });
    expect(v.verdict).toBe('voorwaardelijk');
    expect(v.decidedBy).toBe('DWELLING_WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE');
    expect(v.conflicts).toHaveLength(1);
    const c = v.conflicts[0]!;
    expect(c).toMatchObject({
      kind: 'area',
      objectId: 'W1',
      name: 'Wonen',
      omgevingstype: 'rustige-woonwijk',
      distanceClass: 'exception-possible',
      measuredFrom: 'place',
    });
    expect(c.distanceM).toBeCloseTo(30, 9);
    const r = v.reasons.find(
      (x) => x.code === 'DWELLING_WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE',
    )!;
    expect(r).toMatchObject({ count: 1, homes: 0, areas: 1 });
    expect(v.nearestDwelling).toMatchObject({ id: 'W1', kind: 'area', name: 'Wonen' });
    expect(v.nearestDwelling!.distanceM).toBeCloseTo(30, 9);
  });

  it('29 m from the edge is too close; 50 m and beyond is toegestaan', () => {
    // Diagonal from the corner (100, 100): (120, 121) is √(20² + 21²) = 29 m away.
    const close = checkLocation(dataset(), point(120, 121), cat31, { crs: EPSG_RD });
    expect(close.conflicts[0]!.distanceM).toBeCloseTo(29, 9);
    expect(close.decidedBy).toBe('TOO_CLOSE_TO_DWELLING');
    // (130, 140): √(30² + 40²) = 50 m from the corner: exactly the guide distance, no conflict.
    const at = checkLocation(dataset(), point(130, 140), cat31, { crs: EPSG_RD });
    expect(at.conflicts).toEqual([]);
    expect(at.verdict).toBe('toegestaan');
    expect(at.nearestDwelling!.distanceM).toBeCloseTo(50, 9);
  });

  it('a plot (polygon place) overlapping the area is at 0 m', () => {
    const plot = square(X + 90, Y + 40, X + 140, Y + 60);
    const v = checkLocation(dataset(), plot, cat31, { crs: EPSG_RD });
    expect(v.conflicts[0]).toMatchObject({
      kind: 'area',
      distanceM: 0,
      distanceClass: 'too-close',
    });
  });

  it('a polygon place 30 m away measures edge to edge', () => {
    const plot = square(X + 130, Y + 10, X + 180, Y + 60);
    const v = checkLocation(dataset(), plot, cat31, { crs: EPSG_RD });
    expect(v.conflicts[0]!.distanceM).toBeCloseTo(30, 9);
  });

  it('an area in a gemengd gebied (its anchor in a woon-werkzone) takes the gemengd distance', () => {
    // A woon-werkzone over the Wonen area (not over the business): the area is gemengd gebied,
    // category 3.1 needs 30 m there, so 30 m is enough and 29 m is too close.
    const wwz = feature(square(X - 10, Y - 10, X + 110, Y + 110), {
      id: 'WWZ',
      name: 'Woon-werkzone',
      zoneType: 'woonwerkzone',
      maxMilieucategorie: '2',
    });
    const at30 = checkLocation(dataset([wwz]), point(130, 50), cat31, { crs: EPSG_RD });
    expect(at30.conflicts).toEqual([]);
    const at29 = checkLocation(dataset([wwz]), point(129, 50), cat31, { crs: EPSG_RD });
    expect(at29.conflicts[0]).toMatchObject({
      omgevingstype: 'gemengd-gebied',
      distanceClass: 'too-close',
    });
    expect(at29.conflicts[0]!.distanceM).toBeCloseTo(29, 9);
  });

  it('names the area in the verdict card, in Dutch and English', () => {
    const v = checkLocation(dataset(), point(130, 50), cat31, { crs: EPSG_RD });
    const place = point(130, 50) as Parameters<typeof describeVerdict>[1];
    const textNl = describeVerdict(v, place, 0, { lang: 'nl', m: nl });
    const reasonNl = textNl.reasons.map((r) => r.text).join(' ');
    expect(reasonNl).toContain(
      'Woongebied ‘Wonen’ (rustige woonwijk) ligt op 30,0 m, gemeten tot de grens van het gebied',
    );
    expect(reasonNl).not.toContain('Woning ‘W1’');
    expect(textNl.nearestDwelling).toBe(
      'Dichtstbijzijnde woning of gevoelige functie: woongebied ‘Wonen’ op 30,0 m (gemeten tot de grens van het gebied).',
    );
    const textEn = describeVerdict(v, place, 0, { lang: 'en', m: en });
    expect(textEn.reasons.map((r) => r.text).join(' ')).toContain(
      "Residential area ‘Wonen’ (quiet residential area) lies at 30.0 m, measured to the area's boundary",
    );
    expect(textEn.nearestDwelling).toContain('residential area ‘Wonen’ at 30.0 m');
  });

  it('counts areas apart from addresses when a class holds both', () => {
    const ds = buildDataset([
      {
        layerId: 'zones',
        role: 'zone',
        crs: EPSG_RD,
        features: {
          type: 'FeatureCollection',
          features: [
            feature(square(X + 120, Y - 100, X + 400, Y + 200), {
              id: 'BT',
              zoneType: 'bedrijventerrein',
              maxMilieucategorie: '4.2',
            }),
          ],
        },
      },
      {
        layerId: 'wonen',
        role: 'sensitive',
        crs: EPSG_RD,
        features: {
          type: 'FeatureCollection',
          features: [
            feature(square(X, Y, X + 100, Y + 100), { id: 'W1', name: 'Wonen' }),
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: [X + 100, Y + 90] },
              properties: { id: 'd1', homes: 3 },
            },
          ],
        },
      },
    ]);
    // (130, 50): area at 30 m; dwelling (100, 90) at √(30² + 40²) = 50 m: category 4.1
    // (200 m rustig, 100 m gemengd) puts both in the too-close class.
    const v = checkLocation(
      ds,
      point(130, 50),
      { kind: 'category', milieucategorie: '4.1' },
      { crs: EPSG_RD },
    );
    const r = v.reasons.find((x) => x.code === 'TOO_CLOSE_TO_DWELLING')!;
    expect(r).toMatchObject({ count: 2, homes: 3, areas: 1 });
    expect(v.conflicts.map((c) => [c.kind, Math.round(c.distanceM * 1e6) / 1e6])).toEqual([
      ['area', 30],
      ['dwelling', 50],
    ]);
    const text = describeVerdict(v, point(130, 50) as never, 0, { lang: 'nl', m: nl });
    expect(text.reasons.map((x) => x.text).join(' ')).toContain(
      'In totaal 2 in deze klasse: 1 adres (3 woningen) en 1 gevoelig gebied.',
    );
  });

  it('draws the conflict line to the nearest point of the area’s boundary', () => {
    const ds = dataset();
    const v = checkLocation(ds, point(130, 50), cat31, { crs: EPSG_RD });
    const [s] = conflictSegments(ds, { point: [X + 130, Y + 50] }, v.conflicts);
    expect(s!.fromRd).toEqual([X + 130, Y + 50]);
    expect(s!.toRd[0]).toBeCloseTo(X + 100, 9);
    expect(s!.toRd[1]).toBeCloseTo(Y + 50, 9);
  });
});
