/**
 * The surface's study area in the shared state (issue 4 × issue 6): read from untrusted
 * input (a bad study area falls back to the extent, the program stays), carried by the
 * GeoJSON state file and by links (format 2; format 1 had no place for it).
 */
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { deflateSync } from 'fflate';
import { toRd, toWgs84 } from '../../../src/geo/crs.ts';
import { encodeBase64Url } from '../../../src/share/bytes.ts';
import { writeV1 } from '../../../src/share/codec-v1.ts';
import { decodeState, encodeState } from '../../../src/share/codec.ts';
import { stateFromGeoJSON, stateToGeoJSON } from '../../../src/share/geojson.ts';
import { PART_INVALID } from '../../../src/share/problems.ts';
import {
  createDefaultState,
  LIMITS,
  readSharedState,
  readStudyArea,
  type SharedState,
} from '../../../src/share/state.ts';

/** An RD square as a WGS84 polygon (as drawn on the map). */
function squareWgs84(x: number, y: number, d: number): Polygon {
  const ring = [
    [x, y],
    [x + d, y],
    [x + d, y + d],
    [x, y + d],
    [x, y],
  ].map((p) => toWgs84(p));
  return { type: 'Polygon', coordinates: [ring] };
}

const AREA = squareWgs84(171_000, 491_000, 400);
const HOUSING = { kind: 'housing' } as const;

describe('readStudyArea', () => {
  it('reads the selected proposal and a drawn polygon (copied)', () => {
    expect(readStudyArea({ kind: 'proposal' })).toEqual({ kind: 'proposal' });
    const read = readStudyArea({ kind: 'drawn', polygon: AREA });
    expect(read).toEqual({ kind: 'drawn', polygon: AREA });
    expect(read?.kind === 'drawn' && read.polygon.coordinates[0]).not.toBe(AREA.coordinates[0]);
  });

  it('drops extra position members and keys', () => {
    const withZ = {
      type: 'Polygon',
      coordinates: [AREA.coordinates[0]!.map((p) => [p[0]!, p[1]!, 3])],
      bbox: [0, 0, 1, 1],
    };
    expect(readStudyArea({ kind: 'drawn', polygon: withZ, extra: 1 })).toEqual({
      kind: 'drawn',
      polygon: AREA,
    });
  });

  it.each([
    ['no object', 'drawn'],
    ['unknown kind', { kind: 'extent' }],
    ['drawn without polygon', { kind: 'drawn' }],
    ['a point', { kind: 'drawn', polygon: { type: 'Point', coordinates: [5.6, 52.4] } }],
    [
      'a multipolygon',
      { kind: 'drawn', polygon: { type: 'MultiPolygon', coordinates: [AREA.coordinates] } },
    ],
    [
      'an open ring',
      {
        kind: 'drawn',
        polygon: { type: 'Polygon', coordinates: [AREA.coordinates[0]!.slice(0, 4)] },
      },
    ],
    [
      'outside the Netherlands',
      {
        kind: 'drawn',
        polygon: {
          type: 'Polygon',
          coordinates: [
            [
              [13, 52],
              [13.1, 52],
              [13.1, 52.1],
              [13, 52],
            ],
          ],
        },
      },
    ],
    [
      'a bow tie',
      {
        kind: 'drawn',
        polygon: {
          type: 'Polygon',
          coordinates: [
            [
              [5.6, 52.4],
              [5.61, 52.41],
              [5.61, 52.4],
              [5.6, 52.41],
              [5.6, 52.4],
            ],
          ],
        },
      },
    ],
    ['a sliver', { kind: 'drawn', polygon: squareWgs84(171_000, 491_000, 2) }],
    [
      'a non-finite position',
      {
        kind: 'drawn',
        polygon: {
          type: 'Polygon',
          coordinates: [
            [...AREA.coordinates[0]!.slice(0, 2), [NaN, 52.4], AREA.coordinates[0]![0]],
          ],
        },
      },
    ],
  ])('refuses %s', (_, value) => {
    expect(readStudyArea(value)).toBeUndefined();
  });

  it('refuses more positions than a proposal may have', () => {
    const n = LIMITS.maxVerticesPerProposal + 1;
    const ring = Array.from({ length: n }, (_, i) => {
      const a = (2 * Math.PI * i) / (n - 1);
      return toWgs84([171_000 + 500 * Math.cos(a), 491_000 + 500 * Math.sin(a)]);
    });
    ring[n - 1] = ring[0]!;
    expect(
      readStudyArea({ kind: 'drawn', polygon: { type: 'Polygon', coordinates: [ring] } }),
    ).toBe(undefined);
  });
});

describe('readSharedState: surface.studyArea', () => {
  it('keeps a valid study area with the program, without problems', () => {
    for (const studyArea of [{ kind: 'proposal' }, { kind: 'drawn', polygon: AREA }] as const) {
      const { state, problems } = readSharedState({ surface: { program: HOUSING, studyArea } });
      expect(problems).toEqual([]);
      expect(state.surface).toEqual({ program: HOUSING, studyArea });
    }
  });

  it('leaves the study area out when absent (the data extent)', () => {
    const { state, problems } = readSharedState({ surface: { program: HOUSING } });
    expect(problems).toEqual([]);
    expect(state.surface).toEqual({ program: HOUSING });
    expect('studyArea' in state.surface!).toBe(false);
  });

  it('drops a bad study area with a problem for "surface" and keeps the program', () => {
    const category = { kind: 'category', milieucategorie: '4.2' } as const;
    for (const studyArea of [
      { kind: 'drawn', polygon: squareWgs84(171_000, 491_000, 2) },
      { kind: 'circle' },
      null,
    ]) {
      const { state, problems } = readSharedState({ surface: { program: category, studyArea } });
      expect(state.surface).toEqual({ program: category });
      expect(problems).toEqual([{ code: PART_INVALID, part: 'surface', detail: 'studyArea' }]);
    }
  });

  it('drops the whole surface when the program is bad, whatever the study area', () => {
    const { state, problems } = readSharedState({
      surface: { program: { kind: 'nope' }, studyArea: { kind: 'proposal' } },
    });
    expect(state.surface).toBeUndefined();
    expect(problems).toEqual([{ code: PART_INVALID, part: 'surface' }]);
  });
});

describe('study area through the GeoJSON state file and the link', () => {
  const state = (): SharedState => ({
    ...createDefaultState(),
    surface: { program: HOUSING, studyArea: { kind: 'drawn', polygon: AREA } },
  });

  it('the file carries the drawn area in its werkruimte member and reads it back', () => {
    const file = stateToGeoJSON(state());
    expect(file.werkruimte.surface?.studyArea).toEqual({ kind: 'drawn', polygon: AREA });
    const back = stateFromGeoJSON(JSON.stringify(file));
    expect(back.problems).toEqual([]);
    expect(back.state.surface).toEqual(state().surface);
  });

  it('the file reports a bad drawn area and keeps the program', () => {
    const file = stateToGeoJSON(state()) as unknown as {
      werkruimte: { surface: { studyArea: unknown } };
    };
    file.werkruimte.surface.studyArea = { kind: 'drawn', polygon: { type: 'Polygon' } };
    const back = stateFromGeoJSON(file);
    expect(back.state.surface).toEqual({ program: HOUSING });
    expect(back.problems).toEqual([{ code: PART_INVALID, part: 'surface', detail: 'studyArea' }]);
  });

  it('the link carries the drawn area (to the decimetre) and the proposal choice', () => {
    const back = decodeState(encodeState(state()));
    expect(back.problems).toEqual([]);
    const area = back.state.surface?.studyArea;
    expect(area?.kind).toBe('drawn');
    const ring = area?.kind === 'drawn' ? area.polygon.coordinates[0]! : [];
    expect(ring).toHaveLength(AREA.coordinates[0]!.length);
    ring.forEach((p, i) => {
      const [x1, y1] = toRd(p);
      const [x2, y2] = toRd(AREA.coordinates[0]![i]!);
      expect(Math.hypot(x1 - x2, y1 - y2)).toBeLessThan(0.071);
    });
    const proposalChoice: SharedState = {
      ...createDefaultState(),
      surface: { program: HOUSING, studyArea: { kind: 'proposal' } },
    };
    expect(decodeState(encodeState(proposalChoice)).state.surface).toEqual(proposalChoice.surface);
  });

  it('a format-1 link (no study area) keeps the program', () => {
    const link = `1.${encodeBase64Url(deflateSync(writeV1(state())))}`;
    const back = decodeState(link);
    expect(back.problems).toEqual([]);
    expect(back.state.surface).toEqual({ program: HOUSING });
  });
});
