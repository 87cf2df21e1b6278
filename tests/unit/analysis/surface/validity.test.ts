/**
 * Issue 14: the surface the app draws, exports and measures is valid OGC geometry, for every
 * program on the demo city, in RD and as the WGS84 the worker hands the map. The oracle is
 * JSTS's IsValidOp (JTS, of which GEOS and so shapely's `is_valid` are ports): ring
 * self-intersection, ring orientation and nesting of holes, overlapping polygons of one
 * MultiPolygon.
 */
import GeoJSONReader from 'jsts/org/locationtech/jts/io/GeoJSONReader.js';
import IsValidOp from 'jsts/org/locationtech/jts/operation/valid/IsValidOp.js';
import type { Geometry } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MILIEUCATEGORIEEN } from '../../../../src/domain/domain.ts';
import { initClipper } from '../../../../src/geo/clip/index.ts';
import { hasSegmentContact } from '../../../../src/geo/segment-contact.ts';
import { ACTIVITIES } from '../../../../src/rules/activities.ts';
import {
  buildSurfaceInput,
  programDemand,
  repairSurfaceCollection,
  SurfaceEngine,
  toWgs84Collection,
  type SurfaceInput,
  type SurfaceProgram,
} from '../../../../src/analysis/surface/index.ts';
import { readDemoDataset } from './demo-city.ts';

const reader = new GeoJSONReader();

/** The JTS validation error of a geometry, or null when it is valid. */
function validationError(geometry: Geometry): string | null {
  const op = new IsValidOp(reader.read(geometry));
  return op.isValid() ? null : (op.getValidationError()?.toString() ?? 'invalid');
}

/** Every program the surface tab offers, one per distinct demand (same demand, same surface). */
function allPrograms(): SurfaceProgram[] {
  const programs: SurfaceProgram[] = [
    { kind: 'housing' },
    ...MILIEUCATEGORIEEN.map((c): SurfaceProgram => ({ kind: 'category', milieucategorie: c })),
    ...ACTIVITIES.map((a): SurfaceProgram => ({ kind: 'activity', activityId: a.id })),
  ];
  const seen = new Set<string>();
  return programs.filter((p) => {
    const key = JSON.stringify(programDemand(p));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

describe('surface validity on the demo city (issue 14)', () => {
  let engine: SurfaceEngine;
  let input: SurfaceInput;
  beforeAll(async () => {
    await initClipper();
    engine = new SurfaceEngine();
    input = buildSurfaceInput(readDemoDataset());
  });
  afterAll(() => engine?.dispose());

  it.each(allPrograms().map((p) => [JSON.stringify(p), p] as const))(
    'every feature of %s is valid, in RD and in WGS84',
    (_, program) => {
      // What the worker hands the map: the engine's classes after the repair post-pass.
      const classes = repairSurfaceCollection(engine.computeSurface(input, program).classes);
      expect(classes.features.length).toBeGreaterThan(0);
      const wgs = toWgs84Collection(classes);
      const invalid = [
        ...classes.features.map((f, i) => ({ at: `RD #${i} ${f.properties.class}`, f })),
        ...wgs.features.map((f, i) => ({ at: `WGS84 #${i} ${f.properties.class}`, f })),
      ]
        .map(({ at, f }) => ({ at, error: validationError(f.geometry) }))
        .filter((x) => x.error !== null);
      expect(invalid).toEqual([]);
    },
  );
});

describe('hasSegmentContact', () => {
  it('finds crossings, touches and spikes, and passes simple rings', () => {
    const square = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    expect(hasSegmentContact([[square]])).toBe(false);
    // A bow tie crosses itself.
    expect(
      hasSegmentContact([
        [
          [
            [0, 0],
            [10, 10],
            [10, 0],
            [0, 10],
            [0, 0],
          ],
        ],
      ]),
    ).toBe(true);
    // A hole whose edge crosses the outer ring.
    const hole = [
      [5, 5],
      [15, 5],
      [15, 8],
      [5, 8],
      [5, 5],
    ];
    expect(hasSegmentContact([[square, hole]])).toBe(true);
    // A spike: an edge that goes back along the previous one.
    expect(
      hasSegmentContact([
        [
          [
            [0, 0],
            [10, 0],
            [5, 0],
            [5, 5],
            [0, 0],
          ],
        ],
      ]),
    ).toBe(true);
    // Two polygons apart, and a simple hole inside.
    const inner = [
      [2, 2],
      [2, 4],
      [4, 4],
      [4, 2],
      [2, 2],
    ];
    expect(hasSegmentContact([[square, inner], [square.map(([x, y]) => [x! + 20, y!])]])).toBe(
      false,
    );
  });
});
