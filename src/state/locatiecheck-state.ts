/**
 * The shareable part of the Locatiecheck (program and place) as plain data,
 * and the checks a value from outside (a link, a file) must pass before the
 * app uses it. Pure: the rune state in `locatiecheck.svelte.ts` calls it.
 */
import type { Point, Polygon, Position } from 'geojson';
import { isInNetherlands } from '../geo/crs.ts';
import { isMilieucategorie, type Milieucategorie } from '../domain/domain.ts';
import { findActivity } from '../rules/activities.ts';

/** What the check evaluates (same shape as `Program` in src/share/state.ts). */
export type CheckProgram =
  | { kind: 'housing' }
  | { kind: 'category'; milieucategorie: Milieucategorie }
  | { kind: 'activity'; activityId: string };

/** Where: a WGS84 point or polygon (no holes are drawn, but a given polygon may have them). */
export type CheckPlace = Point | Polygon;

/** The Locatiecheck as it goes into a link. */
export interface LocatiecheckShared {
  program: CheckProgram;
  place: CheckPlace;
}

/** Polygons larger than this are refused from outside (a hand-drawn check needs far fewer). */
export const MAX_PLACE_VERTICES = 10_000;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function isPosition(p: unknown): p is Position {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    typeof p[0] === 'number' &&
    typeof p[1] === 'number' &&
    Number.isFinite(p[0]) &&
    Number.isFinite(p[1]) &&
    isInNetherlands(p as Position)
  );
}

/**
 * Reads a program from untrusted input.
 * @param x any value
 * @returns the program, or undefined when it is not a known program
 * @example readProgram({ kind: 'category', milieucategorie: '3.1' })
 */
export function readProgram(x: unknown): CheckProgram | undefined {
  if (!isRecord(x)) return undefined;
  if (x.kind === 'housing') return { kind: 'housing' };
  if (x.kind === 'category') {
    const c = x.milieucategorie;
    return isMilieucategorie(c) ? { kind: 'category', milieucategorie: c } : undefined;
  }
  if (x.kind === 'activity') {
    const id = x.activityId;
    return typeof id === 'string' && findActivity(id)
      ? { kind: 'activity', activityId: id }
      : undefined;
  }
  return undefined;
}

/**
 * Reads a place from untrusted input: a Point, or a Polygon whose rings are closed
 * and have at least 4 positions, all inside the Netherlands.
 * @param x any value
 * @returns a fresh copy of the place, or undefined
 */
export function readPlace(x: unknown): CheckPlace | undefined {
  if (!isRecord(x)) return undefined;
  if (x.type === 'Point') {
    return isPosition(x.coordinates)
      ? { type: 'Point', coordinates: [x.coordinates[0]!, x.coordinates[1]!] }
      : undefined;
  }
  if (x.type !== 'Polygon' || !Array.isArray(x.coordinates) || x.coordinates.length === 0) {
    return undefined;
  }
  let vertices = 0;
  const rings: Position[][] = [];
  for (const ring of x.coordinates as unknown[]) {
    if (!Array.isArray(ring) || ring.length < 4 || !ring.every(isPosition)) return undefined;
    vertices += ring.length;
    if (vertices > MAX_PLACE_VERTICES) return undefined;
    const first = ring[0]!;
    const last = ring[ring.length - 1]!;
    if (first[0] !== last[0] || first[1] !== last[1]) return undefined;
    rings.push(ring.map((p) => [p[0]!, p[1]!]));
  }
  return { type: 'Polygon', coordinates: rings };
}

/**
 * Reads the shareable Locatiecheck state from untrusted input.
 * @param x any value (e.g. from a decoded link)
 * @returns program and place, or undefined when either is invalid
 * @example readLocatiecheckState({ program: { kind: 'housing' }, place: { type: 'Point', coordinates: [5.6, 52.4] } })
 */
export function readLocatiecheckState(x: unknown): LocatiecheckShared | undefined {
  if (!isRecord(x)) return undefined;
  const program = readProgram(x.program);
  const place = readPlace(x.place);
  return program && place ? { program, place } : undefined;
}

/**
 * Closes drawn vertices into a polygon.
 * @param vertices the clicked positions, [lng, lat], without the closing one
 * @returns the polygon, or undefined with fewer than 3 distinct vertices
 * @example closePolygon([[5, 52], [5.1, 52], [5.1, 52.1]])?.coordinates[0].length // 4
 */
export function closePolygon(vertices: readonly Position[]): Polygon | undefined {
  const distinct: Position[] = [];
  for (const v of vertices) {
    const prev = distinct[distinct.length - 1];
    if (!prev || prev[0] !== v[0] || prev[1] !== v[1]) distinct.push([v[0]!, v[1]!]);
  }
  const first = distinct[0];
  const last = distinct[distinct.length - 1];
  if (first && last && distinct.length > 1 && first[0] === last[0] && first[1] === last[1]) {
    distinct.pop();
  }
  if (distinct.length < 3) return undefined;
  return { type: 'Polygon', coordinates: [[...distinct, distinct[0]!]] };
}
