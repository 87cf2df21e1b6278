/**
 * A link's camera on a screen of another size (issue 14): the extent that was seen is shown
 * whole, not only its centre at the same zoom.
 */
import type { Camera } from './state.ts';

/**
 * The zoom that shows on this map the extent a camera saw on its own map (issue 14): a
 * smaller screen (an iPad, a phone) zooms out until the whole extent fits, a larger one in.
 * @param camera the camera (with the size of the map it was taken on, when known)
 * @param here width and height of this map, CSS pixels
 * @returns the zoom to use
 * @example fittedZoom({ ...camera, zoom: 14, viewportPx: [1280, 800] }, [640, 800]) // 13
 */
export function fittedZoom(camera: Camera, here: readonly [number, number]): number {
  const seen = camera.viewportPx;
  if (!seen || here[0] <= 0 || here[1] <= 0) return camera.zoom;
  const scale = Math.min(here[0] / seen[0], here[1] / seen[1]);
  return Math.max(0, camera.zoom + Math.log2(scale));
}
