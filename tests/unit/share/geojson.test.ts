import { describe, expect, it } from 'vitest';
import { toRd } from '../../../src/geo/crs.ts';
import {
  MAX_LINK_CHARS,
  isShareableAsLink,
  stateFromGeoJSON,
  stateToGeoJSON,
} from '../../../src/share/geojson.ts';
import {
  GEOJSON_INVALID,
  LINK_UNSUPPORTED_VERSION,
  PROPERTIES_DEFAULTED,
  PROPOSAL_DROPPED,
} from '../../../src/share/problems.ts';
import { createDefaultState, isValidSharedState } from '../../../src/share/state.ts';
import { makeFullState, makeProposals } from './sample.ts';

const square = (lng: number, lat: number, d = 0.001): number[][][] => [
  [
    [lng, lat],
    [lng + d, lat],
    [lng + d, lat + d],
    [lng, lat + d],
    [lng, lat],
  ],
];

describe('stateToGeoJSON / stateFromGeoJSON', () => {
  it('round-trips a full state exactly through a file', () => {
    const state = makeFullState();
    const file = JSON.parse(JSON.stringify(stateToGeoJSON(state)));
    expect(file.type).toBe('FeatureCollection');
    expect(file.werkruimte.version).toBe(1);
    expect(file.features).toHaveLength(50);
    expect(stateFromGeoJSON(file)).toEqual({ state, problems: [] });
  });

  it('reads the file from its text, too', () => {
    const state = makeFullState(makeProposals(2, 5));
    expect(stateFromGeoJSON(JSON.stringify(stateToGeoJSON(state))).state).toEqual(state);
  });

  it('imports plain proposals from any GIS file, filling in missing attributes', () => {
    const { state, problems } = stateFromGeoJSON({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Polygon', coordinates: square(5.1, 52.1) },
          properties: { name: 'Kade' },
        },
      ],
    });
    expect(state.proposals[0]!.properties).toEqual({
      id: 'import-1',
      name: 'Kade',
      use: 'woningbouw',
      homes: 0,
      bvoM2: 0,
      status: 'concept',
      note: '',
    });
    expect(problems).toEqual([
      {
        code: PROPERTIES_DEFAULTED,
        part: 'proposals',
        detail: '#1: id, use, homes, bvoM2, status, note',
      },
    ]);
    expect(state.camera).toEqual(createDefaultState().camera);
  });

  it('converts RD New coordinates (recognised by their range) to WGS84', () => {
    const rd = [
      [
        [136000, 456000],
        [136100, 456000],
        [136100, 456100],
        [136000, 456000],
      ],
    ];
    const { state } = stateFromGeoJSON({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: rd },
      properties: {
        id: 'a',
        name: 'x',
        use: 'woningbouw',
        homes: 1,
        bvoM2: 0,
        status: 'concept',
        note: '',
      },
    });
    const g = state.proposals[0]!.geometry;
    expect(g.type).toBe('Polygon');
    const [x, y] = toRd((g.coordinates as number[][][])[0]![1]!);
    expect(x).toBeCloseTo(136100, 3);
    expect(y).toBeCloseTo(456000, 3);
  });

  it('drops bad features by index and keeps the good ones', () => {
    const good = makeProposals(1, 5)[0]!;
    const { state, problems } = stateFromGeoJSON({
      type: 'FeatureCollection',
      features: [
        good,
        { ...good, properties: { ...good.properties, id: 'b', use: 'kantoor' } },
        {
          ...good,
          properties: { ...good.properties, id: 'c' },
          geometry: { type: 'Point', coordinates: [5, 52] },
        },
        {
          ...good,
          properties: { ...good.properties, id: 'd' },
          geometry: { type: 'Polygon', coordinates: square(-74, 40.7) },
        },
        'not a feature',
      ],
    });
    expect(state.proposals).toEqual([good]);
    expect(problems.filter((p) => p.code === PROPOSAL_DROPPED).map((p) => p.detail)).toEqual([
      `#2 “${good.properties.name}”: use`,
      `#3 “${good.properties.name}”: geometry`,
      `#4 “${good.properties.name}”: geometry`,
      '#5: feature',
    ]);
    expect(isValidSharedState(state)).toBe(true);
  });

  it('refuses what is not GeoJSON, and a werkruimte member of an unknown version', () => {
    expect(stateFromGeoJSON('{not json').problems[0]?.code).toBe(GEOJSON_INVALID);
    expect(stateFromGeoJSON({ type: 'Topology' }).problems[0]?.code).toBe(GEOJSON_INVALID);
    const file = {
      ...stateToGeoJSON(makeFullState(makeProposals(1, 5))),
      werkruimte: { version: 9 },
    };
    const { state, problems } = stateFromGeoJSON(file);
    expect(problems).toEqual([{ code: LINK_UNSUPPORTED_VERSION, part: 'link', detail: '9' }]);
    expect(state.proposals).toHaveLength(1);
  });

  it('says when a link is too long to share (geojson.io limit)', () => {
    expect(MAX_LINK_CHARS).toBe(8000);
    expect(isShareableAsLink('x'.repeat(8000))).toBe(true);
    expect(isShareableAsLink('x'.repeat(8001))).toBe(false);
  });
});
