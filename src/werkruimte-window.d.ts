// What the app exposes on window for tests and for debugging in the console.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Feature } from 'geojson';

declare global {
  interface Window {
    __werkruimte?: {
      map: MapLibreMap;
      state: unknown;
      featuresOf: (layerId: string) => readonly Feature[];
    };
  }
}

export {};
