/**
 * Drawing and editing proposals on the map with terra-draw and its MapLibre
 * adapter: polygon (clicks), rectangle (two clicks), select (move corners,
 * insert corners at midpoints, drag the whole shape, Delete), snapping to
 * zone corners and edges (and to other proposals) behind an on/off switch.
 *
 * terra-draw's store is the editor's working copy; the app state owns the
 * proposals. This module reports edits through callbacks and takes the
 * state's list back with `sync()` (after undo, redo, import, reload).
 * Programmatic changes are not reported back.
 */
import type { Feature, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  TerraDraw,
  TerraDrawPolygonMode,
  TerraDrawRectangleMode,
  TerraDrawRenderMode,
  TerraDrawSelectMode,
  type GeoJSONStoreFeatures,
  type HexColor,
  type TerraDrawMouseEvent,
  type SnappableContext,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { isEditableCornerByCorner } from '../analysis/proposals/shape-validation.ts';
import { buildSnapIndex, snapToZones, type SnapIndex } from '../analysis/proposals/snap.ts';

/** The drawing tools. `pan` leaves the map to panning and clicking features. */
export type DrawTool = 'pan' | 'polygon' | 'rectangle' | 'select';

/** terra-draw rounds to this many decimals (≈ 0.1 mm); added features must match. */
export const COORDINATE_PRECISION = 9;

/** Pointer reach of snapping and of picking corners, pixels. */
export const SNAP_TOLERANCE_PX = 12;

/**
 * Shapes handed to terra-draw per task: 2,000 at once (a link's proposals) took seconds of one
 * main-thread task (validation, styling and the adapter's render per call); the rest follow in
 * later tasks, so the page answers in between (issue 13: no task over 200 ms).
 */
export const ADD_BATCH = 200;

/**
 * The editor mode of a shape: `polygon` (a handle per corner) or `polygon-large` (selected and
 * shown, no corner handles) when it has more corners than can be edited one by one.
 * @param polygon the shape
 * @returns the terra-draw mode name
 * @example editModeOf(square) // 'polygon'
 */
export function editModeOf(polygon: Polygon): 'polygon' | 'polygon-large' {
  return isEditableCornerByCorner(polygon) ? 'polygon' : 'polygon-large';
}

/** A shape the editor shows. */
export interface DrawShape {
  id: string;
  polygon: Polygon;
}

/** Colours of one shape. */
export interface ShapeStyle {
  fill: HexColor;
  outline: HexColor;
}

/** What the editor reports. */
export interface DrawCallbacks {
  /** A shape was drawn (polygon closed or rectangle finished). */
  onCreate: (shape: DrawShape) => void;
  /** A shape's geometry changed; `final` when the drag or edit ended (one undo step). */
  onGeometry: (shape: DrawShape, final: boolean) => void;
  /** Shapes were deleted in the editor (Delete key). */
  onDelete: (ids: string[]) => void;
  /** The selection changed. */
  onSelect: (id: string | null) => void;
  /** The shape being drawn, for the live area; null when nothing is being drawn. */
  onDrawing: (polygon: Polygon | null) => void;
  /** The tool changed inside the editor (after a shape is drawn it switches to select). */
  onTool: (tool: DrawTool) => void;
}

/** The handle of the editor. */
export interface DrawHandle {
  setTool: (tool: DrawTool) => void;
  setSnapping: (on: boolean) => void;
  /** Features to snap to (zones), WGS84. */
  setSnapTargets: (features: readonly Feature[]) => void;
  /** Makes the editor show exactly these shapes (state → editor). */
  sync: (shapes: readonly DrawShape[], selectedId: string | null) => void;
  select: (id: string | null) => void;
  /** Deletes the selected shape (reported through `onDelete`). */
  deleteSelected: () => void;
  /** Hands a key (Enter, Escape, Delete) to terra-draw, which listens on the canvas only. */
  forwardKey: (key: string) => void;
  /** Re-reads colours (after attribute or validity changes). */
  /**
   * Re-reads the style of these shapes (all when omitted). Many at once are re-added in one
   * batch: terra-draw renders the whole store per updated feature, so one by one is quadratic
   * (2,000 proposals took 40 s; issue 13).
   */
  restyle: (ids?: readonly string[]) => void;
  destroy: () => void;
}

/** Up to this many shapes are restyled one by one; more are re-added in one batch. */
const RESTYLE_ONE_BY_ONE = 8;

/**
 * Rounds a polygon to terra-draw's precision (its validation refuses more decimals).
 * @param polygon a polygon (WGS84)
 * @returns a rounded copy
 */
export function roundPolygon(polygon: Polygon): Polygon {
  const f = 10 ** COORDINATE_PRECISION;
  return {
    type: 'Polygon',
    coordinates: polygon.coordinates.map((ring) =>
      ring.map((p) => [Math.round(p[0]! * f) / f, Math.round(p[1]! * f) / f]),
    ),
  };
}

function samePolygon(a: Polygon, b: Polygon): boolean {
  return JSON.stringify(a.coordinates) === JSON.stringify(b.coordinates);
}

/**
 * Starts the editor on a loaded map.
 * @param map the map (loaded)
 * @param callbacks what to call on edits
 * @param styleOf colours of a shape by id
 * @returns the handle; destroy() removes terra-draw and its layers
 */
export function createDrawing(
  map: MapLibreMap,
  callbacks: DrawCallbacks,
  styleOf: (id: string) => ShapeStyle,
): DrawHandle {
  let snappingOn = true;
  let zoneSnap: SnapIndex = buildSnapIndex([]);
  let proposalSnap: SnapIndex = buildSnapIndex([]);
  /** Ids of the proposals in the editor (guidance points are not proposals). */
  const known = new Set<string>();
  let syncing = false;
  let tool: DrawTool = 'pan';

  const toCustom = (event: TerraDrawMouseEvent, context: SnappableContext) => {
    if (!snappingOn) return undefined;
    const project = (lng: number, lat: number) => context.project(lng, lat);
    const unproject = (x: number, y: number) => context.unproject(x, y);
    const at = [event.lng, event.lat];
    return (
      snapToZones(proposalSnap, at, SNAP_TOLERANCE_PX, project, unproject) ??
      snapToZones(zoneSnap, at, SNAP_TOLERANCE_PX, project, unproject)
    );
  };

  const idOf = (f: GeoJSONStoreFeatures): string => String(f.id);
  const fill = (f: GeoJSONStoreFeatures): HexColor => styleOf(idOf(f)).fill;
  const outline = (f: GeoJSONStoreFeatures): HexColor => styleOf(idOf(f)).outline;
  const shapeStyles = {
    fillColor: fill,
    fillOpacity: 0.45,
    outlineColor: outline,
    outlineWidth: 3,
  };

  let counter = 0;
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: COORDINATE_PRECISION }),
    idStrategy: {
      isValidId: (id) => typeof id === 'string' && id.length > 0,
      getId: () => `v-${Date.now().toString(36)}-${(counter++).toString(36)}`,
    },
    modes: [
      new TerraDrawPolygonMode({
        snapping: { toCustom },
        keyEvents: { cancel: 'Escape', finish: 'Enter' },
        pointerDistance: SNAP_TOLERANCE_PX,
        styles: {
          ...shapeStyles,
          closingPointColor: '#ffffff',
          closingPointOutlineColor: '#0b57d0',
          closingPointWidth: 6,
          snappingPointColor: '#ffb000',
          snappingPointWidth: 6,
        },
      }),
      // Shapes with too many corners to edit one by one: shown and selectable, no handles.
      new TerraDrawPolygonMode({ modeName: 'polygon-large', styles: { ...shapeStyles } }),
      new TerraDrawRectangleMode({
        keyEvents: { cancel: 'Escape', finish: 'Enter' },
        styles: { ...shapeStyles },
      }),
      new TerraDrawSelectMode({
        pointerDistance: SNAP_TOLERANCE_PX,
        keyEvents: { deselect: 'Escape', delete: 'Delete', rotate: null, scale: null },
        flags: {
          polygon: {
            feature: {
              draggable: true,
              // Bad shapes are allowed on purpose: the app says what is wrong and the user fixes it.
              selfIntersectable: true,
              coordinates: {
                draggable: true,
                deletable: true,
                midpoints: true,
                snappable: { toCustom },
              },
            },
          },
          // No `coordinates`: terra-draw then draws no handle or midpoint per corner.
          'polygon-large': { feature: { draggable: false, selfIntersectable: true } },
        },
        styles: {
          selectedPolygonColor: '#0b57d0',
          selectedPolygonFillOpacity: 0.3,
          selectedPolygonOutlineColor: '#0b57d0',
          selectedPolygonOutlineWidth: 3,
          selectionPointColor: '#ffffff',
          selectionPointOutlineColor: '#0b57d0',
          selectionPointWidth: 5,
          selectionPointOutlineWidth: 2,
          midPointColor: '#0b57d0',
          midPointWidth: 3,
        },
      }),
      new TerraDrawRenderMode({ modeName: 'pan', styles: { polygonFillOpacity: 0 } }),
    ],
  });
  draw.start();
  draw.setMode('pan');

  const shapeOf = (id: string): DrawShape | undefined => {
    const f = draw.getSnapshotFeature(id);
    if (!f || f.geometry.type !== 'Polygon') return undefined;
    return { id, polygon: f.geometry };
  };

  const rebuildProposalSnap = (): void => {
    const features: Feature[] = [];
    for (const id of known) {
      const s = shapeOf(id);
      if (s) features.push({ type: 'Feature', properties: {}, geometry: s.polygon });
    }
    proposalSnap = buildSnapIndex(features);
  };

  const setTool = (next: DrawTool, report: boolean): void => {
    if (tool === next) return;
    tool = next;
    draw.setMode(next);
    if (next !== 'polygon' && next !== 'rectangle') callbacks.onDrawing(null);
    if (report) callbacks.onTool(next);
  };

  draw.on('change', (ids, type) => {
    if (syncing) return;
    if (type === 'delete') {
      const gone = ids.map(String).filter((id) => known.has(id));
      for (const id of gone) known.delete(id);
      if (gone.length > 0) {
        rebuildProposalSnap();
        callbacks.onDelete(gone);
      }
      return;
    }
    if (type !== 'create' && type !== 'update') return;
    for (const raw of ids) {
      const id = String(raw);
      const f = draw.getSnapshotFeature(raw);
      if (!f || f.geometry.type !== 'Polygon') continue;
      if (f.properties.currentlyDrawing) {
        callbacks.onDrawing(f.geometry);
      } else if (known.has(id) && tool === 'select') {
        callbacks.onGeometry({ id, polygon: f.geometry }, false);
      }
    }
  });

  draw.on('finish', (raw, context) => {
    if (syncing) return;
    const id = String(raw);
    if (context.action === 'draw') {
      const f = draw.getSnapshotFeature(raw);
      callbacks.onDrawing(null);
      if (!f || f.geometry.type !== 'Polygon') return;
      const polygon = f.geometry;
      if (f.properties.mode !== 'polygon') {
        // A rectangle becomes an ordinary polygon, so its corners can be edited one by one.
        syncing = true;
        try {
          draw.removeFeatures([raw]);
          draw.addFeatures([
            { id, type: 'Feature', geometry: polygon, properties: { mode: 'polygon' } },
          ]);
        } finally {
          syncing = false;
        }
      }
      known.add(id);
      rebuildProposalSnap();
      callbacks.onCreate({ id, polygon });
      setTool('select', true);
      draw.selectFeature(raw);
      return;
    }
    const shape = shapeOf(id);
    if (shape && known.has(id)) {
      rebuildProposalSnap();
      callbacks.onGeometry(shape, true);
    }
  });

  draw.on('select', (raw) => {
    if (!syncing && known.has(String(raw))) callbacks.onSelect(String(raw));
  });
  draw.on('deselect', () => {
    if (!syncing) callbacks.onSelect(null);
  });

  const selectedId = (): string | null => {
    const f = draw
      .getSnapshot()
      .find((x) => x.properties.selected === true && known.has(String(x.id)));
    return f ? String(f.id) : null;
  };

  /** The newest list asked for, until it is all in the editor. */
  let latest: { shapes: readonly DrawShape[]; wantSelected: string | null } | null = null;
  let batchTimer: ReturnType<typeof setTimeout> | null = null;
  /** Shapes terra-draw refused, by the polygon it refused (not offered again until it changes). */
  const refused = new Map<string, Polygon>();

  /** Brings the editor one batch closer to `latest`; schedules the next batch if needed. */
  const syncStep = (): void => {
    batchTimer = null;
    if (!latest) return;
    const { shapes, wantSelected } = latest;
    syncing = true;
    try {
      const current = selectedId();
      const wanted = new Map(shapes.map((s) => [s.id, s]));
      // A shape whose editing mode changes (it crossed the corner limit) is taken out and re-added.
      const stale = [...known].filter((id) => {
        const s = wanted.get(id);
        return !s || draw.getSnapshotFeature(id)?.properties.mode !== editModeOf(s.polygon);
      });
      const changed = shapes.filter((s) => {
        const have = known.has(s.id) && !stale.includes(s.id) ? shapeOf(s.id) : undefined;
        return have !== undefined && !samePolygon(have.polygon, roundPolygon(s.polygon));
      });
      if (current && (stale.includes(current) || changed.some((s) => s.id === current))) {
        draw.deselectFeature(current);
      }
      if (stale.length > 0) draw.removeFeatures(stale);
      for (const id of stale) known.delete(id);
      for (const s of changed) draw.updateFeatureGeometry(s.id, roundPolygon(s.polygon));
      const added = shapes.filter((s) => !known.has(s.id) && refused.get(s.id) !== s.polygon);
      const batch = added.slice(0, ADD_BATCH);
      if (batch.length > 0) {
        const results = draw.addFeatures(
          batch.map((s) => ({
            id: s.id,
            type: 'Feature' as const,
            geometry: roundPolygon(s.polygon),
            properties: { mode: editModeOf(s.polygon) },
          })),
        );
        results.forEach((r, i) => {
          if (r.valid) known.add(String(r.id));
          else refused.set(batch[i]!.id, batch[i]!.polygon);
        });
      }
      if (added.length > batch.length) {
        // The rest in the next task; selection and snapping once all shapes are in.
        batchTimer = setTimeout(syncStep, 0);
        return;
      }
      latest = null;
      rebuildProposalSnap();
      const now = selectedId();
      if (wantSelected !== now) {
        if (now) draw.deselectFeature(now);
        if (wantSelected && known.has(wantSelected)) {
          if (tool !== 'select') setTool('select', true);
          draw.selectFeature(wantSelected);
        }
      }
    } finally {
      syncing = false;
    }
  };

  return {
    setTool: (next) => setTool(next, false),
    setSnapping(on) {
      snappingOn = on;
    },
    setSnapTargets(features) {
      zoneSnap = buildSnapIndex(features);
    },
    sync(shapes, wantSelected) {
      latest = { shapes, wantSelected };
      if (!batchTimer) syncStep();
    },
    select(id) {
      if (latest) latest = { ...latest, wantSelected: id };
      const now = selectedId();
      if (now === id) return;
      syncing = true;
      try {
        if (now) draw.deselectFeature(now);
        if (id && known.has(id)) {
          if (tool !== 'select') setTool('select', true);
          draw.selectFeature(id);
        }
      } finally {
        syncing = false;
      }
    },
    deleteSelected() {
      const id = selectedId();
      if (!id) return;
      syncing = true;
      try {
        draw.deselectFeature(id);
        draw.removeFeatures([id]);
        known.delete(id);
      } finally {
        syncing = false;
      }
      rebuildProposalSnap();
      callbacks.onDelete([id]);
    },
    forwardKey(key) {
      // terra-draw listens for keys on the map canvas only; keys pressed elsewhere
      // (after clicking a panel button) are handed on, so Enter, Escape and Delete always work.
      const canvas = map.getCanvas();
      canvas.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      canvas.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true }));
    },
    restyle(ids) {
      // terra-draw re-reads style functions when features change; touching them does it.
      const list = (ids ?? [...known]).filter((id) => known.has(id));
      if (list.length === 0) return;
      syncing = true;
      try {
        const selected = selectedId();
        const few = list.length <= RESTYLE_ONE_BY_ONE;
        for (const id of list)
          if (few || id === selected) draw.updateFeatureProperties(id, { styleTick: counter++ });
        if (!few) {
          const batch = list
            .filter((id) => id !== selected)
            .map((id) => draw.getSnapshotFeature(id))
            .filter((f) => f !== undefined);
          draw.removeFeatures(batch.map((f) => f.id!));
          draw.addFeatures(
            batch.map((f) => ({ ...f, properties: { ...f.properties, styleTick: counter++ } })),
          );
        }
      } finally {
        syncing = false;
      }
    },
    destroy() {
      if (batchTimer) clearTimeout(batchTimer);
      draw.stop();
    },
  };
}
