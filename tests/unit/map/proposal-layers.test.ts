import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { PROPOSAL_USES } from '../../../src/domain/domain.ts';
import { GLYPHS_URL_TEMPLATE } from '../../../src/map/glyphs-url.ts';
import {
  PROPOSAL_COLORS,
  PROPOSAL_OVERLAY_STYLE,
  PROPOSALS_OVERLAY,
} from '../../../src/map/proposal-layers.ts';
import { toStyleLayers } from '../../../src/map/style.ts';

describe('proposal overlay style', () => {
  it('passes the MapLibre style-spec validator', () => {
    const style = {
      version: 8 as const,
      glyphs: GLYPHS_URL_TEMPLATE,
      sources: {
        [PROPOSALS_OVERLAY]: {
          type: 'geojson' as const,
          data: { type: 'FeatureCollection' as const, features: [] },
        },
      },
      layers: toStyleLayers({ id: PROPOSALS_OVERLAY, style: PROPOSAL_OVERLAY_STYLE }),
    };
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('has unique layer ids starting with the source id', () => {
    const ids = PROPOSAL_OVERLAY_STYLE.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith(`${PROPOSALS_OVERLAY}-`))).toBe(true);
  });

  it('gives every proposal use its own colours', () => {
    const fills = PROPOSAL_USES.map((u) => PROPOSAL_COLORS[u].fill);
    expect(new Set(fills).size).toBe(PROPOSAL_USES.length);
    expect(fills.every((c) => /^#[0-9a-f]{6}$/.test(c))).toBe(true);
  });
});
