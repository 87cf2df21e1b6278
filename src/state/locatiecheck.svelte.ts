/**
 * Rune state of the Locatiecheck (issue 3): the program (housing, an activity
 * or a bare milieucategorie), the place (a WGS84 point or polygon), how the
 * place is pointed at (click or draw), and everything derived from them: the
 * verdict of `checkLocation` on the shared dataset, the card's texts in the
 * current language, and the overlay data (place + conflict lines).
 *
 * For the link (issue 6): `getLocatiecheckState()` / `applyLocatiecheckState()`.
 */
import type { FeatureCollection, Position } from 'geojson';
import { multiPolygonAreaM2 } from '../geo/planar.ts';
import { checkLocation, type RuleView, type Verdict } from '../rules/location-check.ts';
import { sketchFeatures } from '../analysis/sketch.ts';
import { addOverlay } from '../map/overlay.ts';
import {
  LOCATIECHECK_OVERLAY,
  LOCATIECHECK_SKETCH,
  LOCATIECHECK_SKETCH_STYLE,
  LOCATIECHECK_STYLE,
} from '../map/locatiecheck-layers.ts';
import { addSketch } from '../map/sketch.ts';
import { registerMapFeature } from './map-handle.ts';
import { setSketchFocus } from './sketch.svelte.ts';
import { app, messages } from './app.svelte.ts';
import {
  conflictOverlay,
  conflictSegments,
  dwellingAddress,
  placeToRd,
  type ConflictSegment,
} from './conflict-lines.ts';
import { dataset } from './dataset.svelte.ts';
import { currentLink, isLinkShareable, share } from './share.svelte.ts';
import { ruleView } from './rule-view.svelte.ts';
import {
  closePolygon,
  readLocatiecheckState,
  type CheckPlace,
  type CheckProgram,
  type LocatiecheckShared,
} from './locatiecheck-state.ts';
import {
  conflictLabel,
  describeVerdict,
  formatMemo,
  type MemoAbout,
  type ReasonTextContext,
  type VerdictText,
} from '../rules/reason-text.ts';

export type { CheckPlace, CheckProgram, LocatiecheckShared } from './locatiecheck-state.ts';

/** Id of the side-panel tool (also `app.activeTool`). */
export const LOCATIECHECK_TOOL_ID = 'locatiecheck';

/** How the place is pointed at. */
export type PlaceMode = 'point' | 'polygon';

/** The Locatiecheck state. Mutate through the functions below; read freely. */
export const locatiecheck = $state({
  program: { kind: 'housing' } as CheckProgram,
  place: null as CheckPlace | null,
  mode: 'point' as PlaceMode,
  /** Vertices ([lng, lat]) of the polygon being drawn; empty when not drawing. */
  drawing: [] as Position[],
  /** Pointer position while drawing (rubber band to the next vertex), or null. */
  pointer: null as Position | null,
  /**
   * "Bedrijfsactiviteit" was chosen but no activity yet: there is no verdict until the user
   * picks one (choosing the kind never picks an activity by itself, issue 14).
   */
  awaitingActivity: false,
});

/** The check's result with what the card and the map need. */
export interface LocatiecheckResult {
  verdict: Verdict;
  place: CheckPlace;
  segments: ConflictSegment[];
  /** Planar area of a polygon place, m² (0 for a point). */
  areaM2: number;
  /** Address of the nearest dwelling, when the data has one. */
  nearestAddress: string | undefined;
  /** The verdict in the plan view and in the feitelijk view (one of them is `verdict`). */
  byView: Record<RuleView, Verdict>;
}

const result = $derived.by((): LocatiecheckResult | null => {
  const ds = dataset();
  const current = locatiecheck.place;
  if (!ds || !current || locatiecheck.awaitingActivity) return null;
  const place = $state.snapshot(current) as CheckPlace;
  const program = $state.snapshot(locatiecheck.program) as CheckProgram;
  const verdict = checkLocation(ds, place, program, { view: ruleView.view });
  // The other view, for the card's side-by-side line ("volgens het plan … / met de huidige bedrijven …").
  const other = checkLocation(ds, place, program, {
    view: ruleView.view === 'plan' ? 'feitelijk' : 'plan',
  });
  const placeRd = placeToRd(place);
  const nd = verdict.nearestDwelling;
  return {
    verdict,
    place,
    segments: conflictSegments(ds, placeRd, verdict.conflicts),
    areaM2: 'multi' in placeRd ? multiPolygonAreaM2(placeRd.multi) : 0,
    nearestAddress:
      nd && nd.kind !== 'area' ? dwellingAddress(ds, placeRd, nd.id, nd.distanceM) : undefined,
    byView:
      ruleView.view === 'plan'
        ? { plan: verdict, feitelijk: other }
        : { plan: other, feitelijk: verdict },
  };
});

const textContext = $derived.by((): ReasonTextContext => {
  const ds = dataset();
  const r = result;
  // A plain lookup built inside this derived: it needs no reactivity of its own.
  const addresses: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const s of r?.segments ?? []) if (s.address) addresses[s.conflict.objectId] = s.address;
  const nd = r?.verdict.nearestDwelling;
  if (nd && r?.nearestAddress) addresses[nd.id] = r.nearestAddress;
  return {
    lang: app.lang,
    m: messages(),
    zoneName: (id) => ds?.zones.find((z) => z.id === id)?.name,
    dwellingLabel: (id) => addresses[id],
  };
});

const text = $derived.by((): VerdictText | null =>
  result ? describeVerdict(result.verdict, result.place, result.areaM2, textContext) : null,
);

const overlay = $derived.by((): FeatureCollection =>
  conflictOverlay(result?.place ?? null, result?.segments ?? [], (c) => conflictLabel(c, app.lang)),
);

const sketch = $derived.by((): FeatureCollection => ({
  type: 'FeatureCollection',
  features: sketchFeatures(locatiecheck.drawing, locatiecheck.pointer),
}));

/** @returns the result of the check, or null (no place yet, or data still loading) */
export function locatiecheckResult(): LocatiecheckResult | null {
  return result;
}

/** @returns the verdict, or null */
export function locatiecheckVerdict(): Verdict | null {
  return result?.verdict ?? null;
}

/** @returns the verdict card's texts in the current language, or null */
export function verdictText(): VerdictText | null {
  return text;
}

/**
 * A click this close to an address point is taken as that address in the memo. A tolerance of
 * the pointer at street zoom (a few screen pixels), not a domain number.
 */
const ADDRESS_AT_PLACE_M = 5;

/**
 * What the memo records besides the verdict: the date, the place in RD, the address when the
 * place is a point on (within {@link ADDRESS_AT_PLACE_M} of) an address, and the link.
 */
function memoAbout(r: LocatiecheckResult, now: Date): MemoAbout {
  const placeRd = placeToRd(r.place);
  const nd = r.verdict.nearestDwelling;
  const address =
    'point' in placeRd && nd && nd.distanceM <= ADDRESS_AT_PLACE_M ? r.nearestAddress : undefined;
  return {
    date: now,
    placeRd:
      'point' in placeRd ? { point: placeRd.point } : { corners: placeRd.multi[0]?.[0] ?? [] },
    ...(address ? { address } : {}),
    ...(isLinkShareable() && share.linkText ? { link: currentLink() } : {}),
  };
}

/**
 * The plain-text memo of the verdict in the current language: the date, the place in RD
 * coordinates (and its address when known), the verdict and the link (issue 14).
 * @param now the moment of the memo (default: now)
 * @returns the memo, or null without a verdict
 */
export function verdictMemo(now?: Date): string | null {
  // A plain timestamp of the moment of copying, not reactive state.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const at = now ?? new Date();
  return text && result ? formatMemo(text, textContext, { about: memoAbout(result, at) }) : null;
}

/** @returns overlay data: the place, conflict lines (with labels) and their end points */
export function locatiecheckOverlay(): FeatureCollection {
  return overlay;
}

/** @returns overlay data of the polygon being drawn (vertices and outline) */
export function locatiecheckSketch(): FeatureCollection {
  return sketch;
}

/** @returns whether the Locatiecheck tool is open (then map clicks go to it) */
export function isLocatiecheckActive(): boolean {
  return app.activeTool === LOCATIECHECK_TOOL_ID;
}

/** Sets the program; the verdict follows. */
export function setProgram(program: CheckProgram): void {
  locatiecheck.awaitingActivity = false;
  locatiecheck.program = program;
}

/** "Bedrijfsactiviteit" without an activity yet: no verdict until one is chosen. */
export function awaitActivity(): void {
  locatiecheck.awaitingActivity = true;
}

/** Sets the place (WGS84); stops any drawing. */
export function setPlace(place: CheckPlace): void {
  locatiecheck.drawing = [];
  locatiecheck.pointer = null;
  locatiecheck.place = place;
}

/** Switches between clicking a point and drawing a polygon; drops an unfinished drawing. */
export function setMode(mode: PlaceMode): void {
  locatiecheck.mode = mode;
  locatiecheck.drawing = [];
  locatiecheck.pointer = null;
}

/** Removes the place (and the verdict, the lines, any drawing). */
export function clearPlace(): void {
  locatiecheck.place = null;
  locatiecheck.drawing = [];
  locatiecheck.pointer = null;
}

/** Adds a vertex to the polygon being drawn. */
export function addVertex(lngLat: Position): void {
  locatiecheck.drawing.push([lngLat[0]!, lngLat[1]!]);
}

/** Moves the drawing's rubber band to the pointer (null: pointer left the map). */
export function setPointer(lngLat: Position | null): void {
  locatiecheck.pointer = lngLat ? [lngLat[0]!, lngLat[1]!] : null;
}

/** Removes the last vertex of the polygon being drawn. */
export function removeLastVertex(): void {
  locatiecheck.drawing.pop();
}

/**
 * Closes the drawn polygon and checks it.
 * @returns true when it had enough vertices
 */
export function finishDrawing(): boolean {
  const polygon = closePolygon($state.snapshot(locatiecheck.drawing) as Position[]);
  if (!polygon) return false;
  setPlace(polygon);
  return true;
}

/** Drops the polygon being drawn. */
export function cancelDrawing(): void {
  locatiecheck.drawing = [];
  locatiecheck.pointer = null;
}

/**
 * The Locatiecheck for the link: program and place, as plain data.
 * @returns `{ program, place }`, or undefined when no place has been chosen
 */
export function getLocatiecheckState(): LocatiecheckShared | undefined {
  if (!locatiecheck.place) return undefined;
  return $state.snapshot({
    program: locatiecheck.program,
    place: locatiecheck.place,
  }) as LocatiecheckShared;
}

/**
 * Restores the Locatiecheck from a link: validates it (untrusted), sets program and
 * place, and opens the tool so the verdict shows. `undefined` clears the place.
 * @param s program and place (WGS84), or undefined
 * @returns true when applied; false when `s` was undefined or invalid (nothing changes then,
 *   except that undefined clears the place)
 */
export function applyLocatiecheckState(s: LocatiecheckShared | undefined): boolean {
  if (s === undefined) {
    clearPlace();
    return false;
  }
  const valid = readLocatiecheckState(s);
  if (!valid) return false;
  locatiecheck.awaitingActivity = false;
  locatiecheck.program = valid.program;
  locatiecheck.mode = valid.place.type === 'Point' ? 'point' : 'polygon';
  setPlace(valid.place);
  app.activeTool = LOCATIECHECK_TOOL_ID;
  return true;
}

// --- map: the place and conflict lines, the polygon being drawn, and the clicks and keys ---
registerMapFeature({
  id: 'locatiecheck',
  capturesClicks: isLocatiecheckActive,
  attach(map) {
    const overlay = addOverlay(map, LOCATIECHECK_OVERLAY, LOCATIECHECK_STYLE);
    const drawing = addSketch(map, LOCATIECHECK_SKETCH, LOCATIECHECK_SKETCH_STYLE, {
      isActive: isLocatiecheckActive,
      mode: () => locatiecheck.mode,
      vertexCount: () => locatiecheck.drawing.length,
      checkPoint: (p) => setPlace({ type: 'Point', coordinates: p }),
      addVertex,
      removeLastVertex,
      finish: finishDrawing,
      cancel: cancelDrawing,
      pointer: setPointer,
      focus: setSketchFocus,
    });
    // State → overlays; they show while the tool is open.
    const stop = $effect.root(() => {
      $effect(() => {
        const active = isLocatiecheckActive();
        overlay.setData(locatiecheckOverlay());
        drawing.setData(sketch);
        overlay.setVisible(active);
        drawing.setVisible(active);
      });
    });
    return {
      destroy() {
        stop();
        drawing.destroy();
        overlay.destroy();
      },
    };
  },
});
