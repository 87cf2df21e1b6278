/**
 * Types shared by the proposal modules.
 */
import type { Feature, Polygon } from 'geojson';
import type { Milieucategorie, Omgevingstype, ProposalProperties } from '../../domain/domain.ts';

/** A proposal as drawn: one Polygon in WGS84 with its attributes. */
export type ProposalFeature = Feature<Polygon, ProposalProperties>;

/** One conflict a proposal creates (from the rules engine's `checkLocation`). */
export interface ProposalConflict {
  /**
   * `business-reaches-homes`: the proposal's new homes lie within an existing
   * business's guide distance; `dwelling-within-distance`: an existing dwelling
   * lies within the guide distance of the proposal's allowed category.
   */
  kind: 'business-reaches-homes' | 'dwelling-within-distance';
  /** Id of the business or dwelling. */
  targetId: string;
  /** Business name, or the dwelling's id. */
  label: string;
  milieucategorie: string;
  /** Planar RD distance, metres. */
  measuredM: number;
  /** VNG guide distance for the omgevingstype of the sensitive side, metres. */
  requiredM: number;
  omgevingstype: Omgevingstype;
  /** `too-close`: within the gemengd-gebied distance too; `exception-possible`: only within the rustige-woonwijk distance. */
  distanceClass: 'too-close' | 'exception-possible';
  /** Homes at a conflicting dwelling address. */
  homes?: number;
}

/** A milieucategorie as the form holds it. */
export type { Milieucategorie };
