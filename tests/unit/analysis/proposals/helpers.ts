import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { mapGeometry, toWgs84 } from '../../../../src/geo/crs.ts';
import { buildDataset, type DatasetRole } from '../../../../src/domain/dataset.ts';
import type { ProposalProperties } from '../../../../src/domain/domain.ts';
import {
  buildProposalContext,
  type ProposalContext,
} from '../../../../src/analysis/proposals/context.ts';
import type { ProposalFeature } from '../../../../src/analysis/proposals/types.ts';

export const FIXTURES = join(import.meta.dirname, '../../../fixtures/proposals');

const ROLES: Record<string, DatasetRole> = {
  bedrijventerreinen: 'zone',
  bedrijven: 'business',
  woningen: 'sensitive',
  buurten: 'neighbourhood',
};

/** Freezes a fixture so a function that mutates its input fails. */
export function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

/** Reads a fixture: the context from its data features, its proposals in WGS84. */
export function loadCase(
  name: string,
  /** Changes the fixture before use (a copy: the file's features stay frozen). */
  edit?: (features: Feature[]) => Feature[],
): {
  fc: FeatureCollection;
  ctx: ProposalContext;
  proposals: ProposalFeature[];
} {
  const read = JSON.parse(
    readFileSync(join(FIXTURES, 'in', `${name}.geojson`), 'utf8'),
  ) as FeatureCollection;
  const fc = deepFreeze(edit ? { ...read, features: edit(read.features) } : read);
  const ds = buildDataset(
    Object.entries(ROLES).map(([layerId, role]) => ({
      layerId,
      role,
      crs: 'EPSG:28992' as const,
      features: {
        type: 'FeatureCollection' as const,
        features: fc.features.filter((f) => f.properties?.layer === layerId),
      },
    })),
  );
  const proposals = fc.features
    .filter((f) => f.properties?.layer === 'proposal')
    .map((f): ProposalFeature => {
      const { layer: _layer, ...props } = f.properties as ProposalProperties & { layer: string };
      return deepFreeze({
        type: 'Feature',
        properties: props,
        geometry: mapGeometry(f.geometry as Polygon, toWgs84),
      });
    });
  // The hand-computed cases count today's businesses (feitelijk view, issue 11).
  return { fc, ctx: buildProposalContext(ds, 'feitelijk'), proposals };
}

/** A proposal from RD corners (tests of single shapes). */
export function proposalFromRd(
  ringRd: number[][],
  props: Partial<ProposalProperties> = {},
): ProposalFeature {
  return {
    type: 'Feature',
    properties: {
      id: 'T',
      name: 'Test',
      use: 'woningbouw',
      homes: 0,
      bvoM2: 0,
      status: 'concept',
      note: '',
      ...props,
    },
    geometry: { type: 'Polygon', coordinates: [ringRd.map((p) => toWgs84(p))] },
  };
}

export type { Feature };
