/**
 * State shared by the app's sketches (the Locatiecheck's place, the surface's study area):
 * whether the map has keyboard focus while one of them takes the map's clicks, so the map
 * component shows a crosshair where Enter and Space act (the centre).
 */
import { isMapClickCaptured } from './map-handle.ts';

const focus = $state({ keyboard: false });

/**
 * The map canvas got or lost keyboard focus (the sketch interaction reports it).
 * @param focused whether it has keyboard focus now
 */
export function setSketchFocus(focused: boolean): void {
  focus.keyboard = focused;
}

/** @returns whether to show the centre crosshair: keyboard focus on the map while sketching */
export function showSketchCrosshair(): boolean {
  return focus.keyboard && isMapClickCaptured();
}
