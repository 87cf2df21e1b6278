/**
 * The shareable part of the Locatiecheck (program and place) as plain data,
 * and the checks a value from outside (a link, a file) must pass before the
 * app uses it. The link validator is `readCheck` in src/share/state.ts (the
 * same one `readSharedState` applies); on top of it the Locatiecheck refuses
 * an activity the rules' list does not know, so a link from another list
 * does not open a check of nothing. Pure: the rune state in
 * `locatiecheck.svelte.ts` calls it.
 */
import type { Point, Polygon } from 'geojson';
import type { Program } from '../domain/domain.ts';
import { findActivity } from '../rules/activities.ts';
import {
  LIMITS,
  readCheck,
  readPlace as readSharedPlace,
  readProgram as readSharedProgram,
} from '../share/state.ts';

/** What the check evaluates: the domain's one `Program`. */
export type CheckProgram = Program;

/** Where: a WGS84 point or polygon (no holes are drawn, but a given polygon may have them). */
export type CheckPlace = Point | Polygon;

/** The Locatiecheck as it goes into a link. */
export interface LocatiecheckShared {
  program: CheckProgram;
  place: CheckPlace;
}

/** Polygons larger than this are refused from outside (the link's limit). */
export const MAX_PLACE_VERTICES = LIMITS.maxPlaceVertices;

/** Whether the rules can check a program: an activity must be in their list. */
function isKnownProgram(p: CheckProgram): boolean {
  return p.kind !== 'activity' || findActivity(p.activityId) !== undefined;
}

/**
 * Reads a program from untrusted input: the link's check, and a known activity.
 * @param x any value
 * @returns the program, or undefined when it is not a known program
 * @example readProgram({ kind: 'category', milieucategorie: '3.1' })
 */
export function readProgram(x: unknown): CheckProgram | undefined {
  const p = readSharedProgram(x);
  return p && isKnownProgram(p) ? p : undefined;
}

/**
 * Reads a place from untrusted input (the link's check): a Point, or a Polygon whose rings
 * are closed and have at least 4 positions, all inside the Netherlands.
 * @param x any value
 * @returns a fresh copy of the place, or undefined
 */
export function readPlace(x: unknown): CheckPlace | undefined {
  return readSharedPlace(x);
}

/**
 * Reads the shareable Locatiecheck state from untrusted input.
 * @param x any value (e.g. from a decoded link)
 * @returns program and place, or undefined when either is invalid
 * @example readLocatiecheckState({ program: { kind: 'housing' }, place: { type: 'Point', coordinates: [5.6, 52.4] } })
 */
export function readLocatiecheckState(x: unknown): LocatiecheckShared | undefined {
  const check = readCheck(x);
  return check && isKnownProgram(check.program) ? check : undefined;
}

// The sketch's polygon closing, where the Locatiecheck has always offered it.
export { closePolygon } from '../analysis/sketch.ts';
