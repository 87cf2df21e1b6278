/**
 * One way to attach a feature to the map. A feature (the proposals editor, the
 * Locatiecheck's overlays and clicks, the surface layers, …) is an object with
 * `attach(map)` that adds what it needs and returns `destroy()` that removes it
 * again. Features register once with the app's registry (src/state/map-handle.ts);
 * the map component attaches them all when the map has loaded and destroys them
 * on teardown. A feature registered while a map is attached is attached at once.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** What a feature left on the map. */
export interface MapAttachment {
  /** Removes everything `attach` added (layers, sources, listeners, effects). */
  destroy: () => void;
}

/** A feature that draws on, or listens to, the map. */
export interface MapFeature {
  /** Unique id; registering the same id again replaces the feature. */
  id: string;
  /** Adds the feature to a loaded map. */
  attach: (map: MapLibreMap) => MapAttachment;
  /**
   * While this returns true, a click on the map belongs to the feature (placing a point,
   * drawing), so the map does not open the clicked object's info panel.
   */
  capturesClicks?: () => boolean;
}

/** The registered features and their attachments to the current map. */
export interface MapFeatureRegistry {
  /** Registers a feature (once); attaches it at once when a map is attached. */
  register: (feature: MapFeature) => void;
  /** Attaches every registered feature to the map, in draw order. */
  attachAll: (map: MapLibreMap) => void;
  /** Destroys every attachment (the map is going away). */
  destroyAll: () => void;
  /** Whether any feature now takes map clicks for itself. */
  capturesClicks: () => boolean;
}

/**
 * Creates a registry.
 * @param order feature ids in the order their layers stack, bottom first (each feature adds
 *   its layers beneath the same anchor, so the later one draws on top); features not named
 *   attach after these, in the order they registered
 * @returns the registry
 * @example
 * const features = createMapFeatureRegistry(['proposals', 'locatiecheck']);
 * features.register({ id: 'locatiecheck', attach: (map) => addLocatiecheck(map) });
 * map.once('load', () => features.attachAll(map));
 */
export function createMapFeatureRegistry(order: readonly string[] = []): MapFeatureRegistry {
  const features = new Map<string, MapFeature>();
  const attached = new Map<string, MapAttachment>();
  let map: MapLibreMap | null = null;
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  const detach = (id: string) => {
    attached.get(id)?.destroy();
    attached.delete(id);
  };
  return {
    register(feature) {
      detach(feature.id);
      features.set(feature.id, feature);
      if (map) attached.set(feature.id, feature.attach(map));
    },
    attachAll(next) {
      if (map) this.destroyAll();
      map = next;
      // Array.sort is stable: unnamed features keep their registration order.
      const sorted = [...features.values()].sort((a, b) => rank(a.id) - rank(b.id));
      for (const f of sorted) attached.set(f.id, f.attach(next));
    },
    destroyAll() {
      map = null;
      for (const id of [...attached.keys()].reverse()) detach(id);
    },
    capturesClicks() {
      for (const f of features.values()) if (f.capturesClicks?.()) return true;
      return false;
    },
  };
}
