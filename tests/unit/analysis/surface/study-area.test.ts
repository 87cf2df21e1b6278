import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { Polygon } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { toRd, toWgs84 } from '../../../../src/geo/crs.ts';
import type { BboxRd } from '../../../../src/geo/types.ts';
import {
  SHAPE_OUTSIDE_EXTENT,
  SHAPE_SELF_INTERSECTION,
  SHAPE_SLIVER_AREA,
  SHAPE_SLIVER_WIDTH,
} from '../../../../src/analysis/proposals/shape-validation.ts';
import { LAYERS } from '../../../../layers/index.ts';
import { STUDY_AREA_OVERLAY, STUDY_AREA_STYLE } from '../../../../src/map/study-area-layers.ts';
import { buildStyle, toStyleLayers } from '../../../../src/map/style.ts';
import {
  extentRdOfBounds,
  overlapsExtent,
  studyAreaOverlay,
  validateStudyArea,
} from '../../../../src/analysis/surface/study-area.ts';

/** A polygon from RD corners (open ring), in WGS84 as drawn on the map. */
function fromRd(corners: [number, number][]): Polygon {
  const ring = [...corners, corners[0]!].map((p) => toWgs84(p));
  return { type: 'Polygon', coordinates: [ring] };
}

const X0 = 170_000;
const Y0 = 480_000;
const EXTENT: BboxRd = [X0, Y0, X0 + 2000, Y0 + 2000];
const square = (x: number, y: number, d: number): [number, number][] => [
  [x, y],
  [x + d, y],
  [x + d, y + d],
  [x, y + d],
];

describe('validateStudyArea', () => {
  it('accepts a plain area inside the data, and one reaching past the data', () => {
    expect(validateStudyArea(fromRd(square(X0 + 100, Y0 + 100, 500)), EXTENT)).toEqual([]);
    expect(validateStudyArea(fromRd(square(X0 - 300, Y0 - 300, 1000)), EXTENT)).toEqual([]);
  });

  it('accepts an area that surrounds the whole data extent', () => {
    expect(validateStudyArea(fromRd(square(X0 - 500, Y0 - 500, 3000)), EXTENT)).toEqual([]);
  });

  it('refuses a bow tie, a sliver and a needle', () => {
    const bowTie: [number, number][] = [
      [X0 + 100, Y0 + 100],
      [X0 + 300, Y0 + 300],
      [X0 + 300, Y0 + 100],
      [X0 + 100, Y0 + 300],
    ];
    expect(validateStudyArea(fromRd(bowTie), EXTENT).map((p) => p.code)).toEqual([
      SHAPE_SELF_INTERSECTION,
    ]);
    expect(validateStudyArea(fromRd(square(X0 + 100, Y0 + 100, 2)), EXTENT)[0]?.code).toBe(
      SHAPE_SLIVER_AREA,
    );
    const needle: [number, number][] = [
      [X0 + 100, Y0 + 100],
      [X0 + 600, Y0 + 100],
      [X0 + 600, Y0 + 100.2],
      [X0 + 100, Y0 + 100.2],
    ];
    expect(validateStudyArea(fromRd(needle), EXTENT)[0]?.code).toBe(SHAPE_SLIVER_WIDTH);
  });

  it('refuses an area wholly outside the data, and checks no extent when none is given', () => {
    const away = fromRd(square(X0 + 5000, Y0 + 5000, 500));
    const problems = validateStudyArea(away, EXTENT);
    expect(problems.map((p) => p.code)).toEqual([SHAPE_OUTSIDE_EXTENT]);
    expect(validateStudyArea(away)).toEqual([]);
  });
});

describe('overlapsExtent', () => {
  const box: BboxRd = [0, 0, 10, 10];
  it('sees a corner inside, the box inside the ring, and crossing edges', () => {
    expect(overlapsExtent(square(5, 5, 20), box)).toBe(true);
    expect(overlapsExtent(square(-5, -5, 30), box)).toBe(true);
    // A thin cross bar through the box: no corner of either lies inside the other.
    expect(
      overlapsExtent(
        [
          [-5, 4],
          [15, 4],
          [15, 6],
          [-5, 6],
        ],
        box,
      ),
    ).toBe(true);
  });
  it('is false for a ring beside the box, and for a triangle whose bounding box covers it', () => {
    expect(overlapsExtent(square(20, 0, 5), box)).toBe(false);
    // The box lies beside the triangle's long edge, within its bounding box.
    expect(
      overlapsExtent(
        [
          [-10, 30],
          [30, -10],
          [30, 30],
        ],
        [0, 0, 5, 5],
      ),
    ).toBe(false);
  });
});

describe('extentRdOfBounds', () => {
  it('contains the projected corners of the bounds', () => {
    const bounds: [number, number, number, number] = [5.59, 52.4, 5.63, 52.43];
    const e = extentRdOfBounds(bounds);
    for (const p of [
      [5.59, 52.4],
      [5.63, 52.4],
      [5.63, 52.43],
      [5.59, 52.43],
    ]) {
      const [x, y] = toRd(p);
      expect(x).toBeGreaterThanOrEqual(e[0]);
      expect(x).toBeLessThanOrEqual(e[2]);
      expect(y).toBeGreaterThanOrEqual(e[1]);
      expect(y).toBeLessThanOrEqual(e[3]);
    }
    expect(e[2] - e[0]).toBeGreaterThan(2000);
  });
});

describe('studyAreaOverlay', () => {
  const area = fromRd(square(X0, Y0, 100));
  it('holds the area alone when not drawing', () => {
    const fc = studyAreaOverlay(area, [], null);
    expect(fc.features.map((f) => f.properties?.kind)).toEqual(['area']);
    expect(fc.features[0]!.geometry).toEqual(area);
  });
  it('draws the outline to the pointer and back, and marks the first vertex', () => {
    const fc = studyAreaOverlay(
      null,
      [
        [5.6, 52.4],
        [5.61, 52.4],
      ],
      [5.61, 52.41],
    );
    expect(fc.features.map((f) => f.properties?.kind)).toEqual(['outline', 'vertex', 'vertex']);
    expect(fc.features[0]!.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [5.6, 52.4],
        [5.61, 52.4],
        [5.61, 52.41],
        [5.6, 52.4],
      ],
    });
    expect(fc.features.map((f) => f.properties?.first)).toEqual([undefined, true, false]);
  });
  it('shows a single vertex without an outline', () => {
    expect(studyAreaOverlay(null, [[5.6, 52.4]], null).features).toHaveLength(1);
  });
});

describe('study area map layers', () => {
  it('form a valid style with the app layers, with unique ids, one filter per overlay kind', () => {
    const base = buildStyle(LAYERS);
    const style: StyleSpecification = {
      ...base,
      sources: {
        ...base.sources,
        [STUDY_AREA_OVERLAY]: {
          type: 'geojson',
          data: { type: 'FeatureCollection', features: [] },
        },
      },
      layers: [
        ...base.layers,
        ...toStyleLayers({ id: STUDY_AREA_OVERLAY, style: STUDY_AREA_STYLE }),
      ],
    };
    expect(validateStyleMin(style)).toEqual([]);
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const kinds = STUDY_AREA_STYLE.map((l) => JSON.stringify('filter' in l ? l.filter : null));
    for (const kind of ['area', 'outline', 'vertex']) {
      expect(kinds.some((k) => k.includes(`"${kind}"`))).toBe(true);
    }
  });
});
