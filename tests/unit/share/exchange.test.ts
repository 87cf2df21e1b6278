import { describe, expect, it } from 'vitest';
import {
  IMPORT_HOLES_DROPPED,
  IMPORT_ID_RENAMED,
  IMPORT_SPLIT_MULTIPOLYGON,
  importProposals,
  proposalsToGeoJSON,
  readSavedProposals,
} from '../../../src/share/exchange.ts';
import { PROPOSAL_DROPPED } from '../../../src/share/problems.ts';
import { proposalFromRd } from '../analysis/proposals/helpers.ts';

const X = 150000;
const Y = 480000;
const square = (x: number, y: number, s: number): number[][] => [
  [X + x, Y + y],
  [X + x + s, Y + y],
  [X + x + s, Y + y + s],
  [X + x, Y + y + s],
  [X + x, Y + y],
];

describe('proposal export and import', () => {
  it('round-trips proposals with all attributes', () => {
    const p = proposalFromRd(square(0, 0, 100), {
      id: 'P1',
      name: 'Kade',
      use: 'productieve-wijk',
      homes: 12,
      bvoM2: 3400,
      maxMilieucategorie: '3.1',
      status: 'voorstel',
      note: 'met plint',
    });
    const text = JSON.stringify(proposalsToGeoJSON([p]));
    const { proposals, problems } = importProposals(text);
    expect(problems).toEqual([]);
    expect(proposals).toEqual([p]);
  });

  it('reports a bad feature by its index and keeps the good ones', () => {
    const good = proposalFromRd(square(0, 0, 100), { id: 'A' });
    const bad = { ...proposalFromRd(square(0, 0, 100), { id: 'B' }) } as Record<string, unknown>;
    bad.properties = { ...(bad.properties as object), use: 'kasteel', name: 'Fout' };
    const { proposals, problems } = importProposals({
      type: 'FeatureCollection',
      features: [good, bad],
    });
    expect(proposals.map((p) => p.properties.id)).toEqual(['A']);
    expect(problems).toContainEqual(
      expect.objectContaining({ code: PROPOSAL_DROPPED, detail: expect.stringContaining('#2') }),
    );
  });

  it('splits a MultiPolygon into parts, drops holes and renames clashing ids', () => {
    const a = proposalFromRd(square(0, 0, 100), { id: 'M' }).geometry.coordinates[0]!;
    const b = proposalFromRd(square(200, 0, 100), { id: 'M' }).geometry.coordinates[0]!;
    const hole = proposalFromRd(square(210, 10, 10)).geometry.coordinates[0]!;
    const { proposals, problems } = importProposals(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: {
              id: 'M',
              name: 'Twee delen',
              use: 'woningbouw',
              homes: 1,
              bvoM2: 0,
              status: 'concept',
              note: '',
            },
            geometry: { type: 'MultiPolygon', coordinates: [[a], [b, hole]] },
          },
        ],
      },
      ['M-1'],
    );
    expect(proposals.map((p) => p.properties.id)).toEqual(['M-1-2', 'M-2']);
    expect(proposals.every((p) => p.geometry.coordinates.length === 1)).toBe(true);
    expect(problems.map((p) => p.code)).toEqual([
      IMPORT_SPLIT_MULTIPOLYGON,
      IMPORT_HOLES_DROPPED,
      IMPORT_ID_RENAMED,
    ]);
  });

  it('reads RD coordinates and converts them', () => {
    const { proposals } = importProposals({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {
            id: 'R',
            name: 'RD',
            use: 'woningbouw',
            homes: 1,
            bvoM2: 0,
            status: 'concept',
            note: '',
          },
          geometry: { type: 'Polygon', coordinates: [square(0, 0, 100)] },
        },
      ],
    });
    const [lng, lat] = proposals[0]!.geometry.coordinates[0]![0]!;
    expect(lng).toBeGreaterThan(3);
    expect(lng).toBeLessThan(7.3);
    expect(lat).toBeGreaterThan(50.7);
  });

  it('refuses what is not GeoJSON', () => {
    const { proposals, problems } = importProposals('not json');
    expect(proposals).toEqual([]);
    expect(problems.length).toBeGreaterThan(0);
  });
});

describe('readSavedProposals (localStorage)', () => {
  it('keeps what the app saved, also shapes the import would refuse', () => {
    const inNl = proposalFromRd(square(0, 0, 100), { id: 'A', name: 'x'.repeat(400) });
    const abroad = {
      ...proposalFromRd(square(0, 0, 100), { id: 'B' }),
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [10, 50],
            [10.1, 50],
            [10.1, 50.1],
            [10, 50],
          ],
        ],
      },
    };
    const text = JSON.stringify(proposalsToGeoJSON([inNl, abroad]));
    expect(importProposals(text).proposals.map((p) => p.properties.id)).toEqual([]);
    const read = readSavedProposals(text);
    expect(read).toEqual([inNl, abroad]);
  });

  it('fills defaults for damaged attributes and skips features without id or polygon', () => {
    const read = readSavedProposals({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'A', use: 'kasteel', homes: -3 },
          geometry: proposalFromRd(square(0, 0, 10)).geometry,
        },
        { type: 'Feature', properties: {}, geometry: proposalFromRd(square(0, 0, 10)).geometry },
        {
          type: 'Feature',
          properties: { id: 'C' },
          geometry: { type: 'Point', coordinates: [5, 52] },
        },
      ],
    });
    expect(read.map((p) => [p.properties.id, p.properties.use, p.properties.homes])).toEqual([
      ['A', 'woningbouw', 0],
    ]);
    expect(readSavedProposals('{broken')).toEqual([]);
  });
});
