/**
 * Scale bar of a printed map: a round length that fits a maximum width.
 */

/** WGS84 equatorial circumference in metres (2π × 6,378,137 m), as Web Mercator uses it. */
export const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
/** MapLibre's tile size in CSS pixels: zoom z shows the world 512 × 2^z pixels wide. */
export const TILE_SIZE_PX = 512;

/**
 * Ground metres per CSS pixel of a Web Mercator map.
 * @param latitude degrees at the map centre
 * @param zoom MapLibre zoom
 * @returns metres per pixel (horizontal, at that latitude)
 * @example metresPerPixel(52, 14) // ≈ 1.47
 */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (
    (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (TILE_SIZE_PX * 2 ** zoom)
  );
}

/**
 * Chooses a round scale-bar length (1, 2 or 5 × 10ⁿ metres) no wider than `maxWidth`.
 * @param metresPerUnit ground metres per unit of width (mm on paper, or pixels)
 * @param maxWidth the widest the bar may be, in the same unit
 * @returns the length in metres and its width in that unit
 * @example chooseScaleBar(10, 40) // { lengthM: 200, width: 20 }
 */
export function chooseScaleBar(
  metresPerUnit: number,
  maxWidth: number,
): { lengthM: number; width: number } {
  const maxM = metresPerUnit * maxWidth;
  if (!(maxM > 0) || !Number.isFinite(maxM)) return { lengthM: 0, width: 0 };
  const pow = 10 ** Math.floor(Math.log10(maxM));
  const step = [5, 2, 1].find((f) => f * pow <= maxM) ?? 1;
  const lengthM = step * pow;
  return { lengthM, width: lengthM / metresPerUnit };
}

/**
 * Text of a scale-bar length.
 * @param lengthM metres
 * @returns `500 m` or `2 km`
 * @example formatScaleLength(2000) // '2 km'
 */
export function formatScaleLength(lengthM: number): string {
  return lengthM >= 1000 ? `${lengthM / 1000} km` : `${lengthM} m`;
}
