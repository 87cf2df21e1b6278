/**
 * The app's WGS84 ↔ RD New projection, fast enough for bulk data (150,000 dwellings at load).
 * It does the same computation as proj4 with the definition in crs.ts (`RD_PROJ4`):
 * geodetic WGS84 → geocentric → inverse 7-parameter Helmert (`+towgs84`) → geodetic
 * Bessel 1841 → oblique stereographic (`+proj=sterea`, Gauss conformal sphere), but
 * without proj4's per-call overhead. tests/unit/rd-fast.test.ts checks it against
 * `toRd` to within a millimetre.
 * Source of the parameters: the EPSG:28992 definition in ../shared/DOMAIN.md § Coordinates.
 */

const DEG = Math.PI / 180;
const SEC = DEG / 3600;
const FORTPI = Math.PI / 4;

// WGS84 ellipsoid.
const A_WGS = 6378137;
const F_WGS = 1 / 298.257223563;
const ES_WGS = 2 * F_WGS - F_WGS * F_WGS;
const B_WGS = A_WGS * (1 - F_WGS);
const EP2_WGS = ES_WGS / (1 - ES_WGS);
// Bessel 1841 ellipsoid.
const A_BES = 6377397.155;
const F_BES = 1 / 299.1528128;
const ES_BES = 2 * F_BES - F_BES * F_BES;
const E_BES = Math.sqrt(ES_BES);
const B_BES = A_BES * (1 - F_BES);
const EP2_BES = ES_BES / (1 - ES_BES);
// +towgs84=565.4171,50.3319,465.5524,-0.398957,0.343988,-1.8774,4.0725 (Bessel → WGS84, position vector).
const DX = 565.4171;
const DY = 50.3319;
const DZ = 465.5524;
const RX = -0.398957 * SEC;
const RY = 0.343988 * SEC;
const RZ = -1.8774 * SEC;
const M = 1 + 4.0725e-6;
// +proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000.
const LAT0 = 52.15616055555555 * DEG;
const LON0 = 5.38763888888889 * DEG;
const K0 = 0.9999079;
const X0 = 155000;
const Y0 = 463000;

// Gauss conformal sphere constants (as proj4's gauss.js `gauss_ini`).
const srat = (esinp: number, exp: number) => Math.pow((1 - esinp) / (1 + esinp), exp);
const SPHI0 = Math.sin(LAT0);
const CPHI0_2 = Math.cos(LAT0) ** 2;
const RC = Math.sqrt(1 - ES_BES) / (1 - ES_BES * SPHI0 * SPHI0);
const C = Math.sqrt(1 + (ES_BES * CPHI0_2 * CPHI0_2) / (1 - ES_BES));
const PHIC0 = Math.asin(SPHI0 / C);
const RATEXP = 0.5 * C * E_BES;
const K =
  Math.tan(0.5 * PHIC0 + FORTPI) /
  (Math.pow(Math.tan(0.5 * LAT0 + FORTPI), C) * srat(E_BES * SPHI0, RATEXP));
const SINC0 = Math.sin(PHIC0);
const COSC0 = Math.cos(PHIC0);
const R2 = 2 * RC;

/**
 * Projects WGS84 lon/lat (degrees) to RD New, writing into `out` at `offset`.
 * @param lng longitude, degrees
 * @param lat latitude, degrees
 * @param out target array (`[x, y]` written at offset, offset + 1)
 * @param offset index in `out`
 * @example const xy = new Float64Array(2); projectToRdInto(5.38763888888889, 52.15616055555555, xy, 0) // ≈ [155000, 463000]
 */
export function projectToRdInto(
  lng: number,
  lat: number,
  out: { [i: number]: number },
  offset: number,
): void {
  // Geodetic WGS84 → geocentric.
  const lam = lng * DEG;
  const phi = lat * DEG;
  const sinPhi = Math.sin(phi);
  const cosPhi = Math.cos(phi);
  const rn = A_WGS / Math.sqrt(1 - ES_WGS * sinPhi * sinPhi);
  const gx = rn * cosPhi * Math.cos(lam);
  const gy = rn * cosPhi * Math.sin(lam);
  const gz = rn * (1 - ES_WGS) * sinPhi;
  // Inverse Helmert (WGS84 → Bessel), as proj4's geocentricFromWgs84.
  const xt = (gx - DX) / M;
  const yt = (gy - DY) / M;
  const zt = (gz - DZ) / M;
  const x = xt + RZ * yt - RY * zt;
  const y = -RZ * xt + yt + RX * zt;
  const z = RY * xt - RX * yt + zt;
  // Geocentric → geodetic Bessel: Bowring (1976) closed form, exact to < 1e-11 rad near the
  // surface; only sin(latitude) is needed below, so no atan.
  const p = Math.sqrt(x * x + y * y);
  const lonB = Math.atan2(y, x);
  const tz = z * A_BES;
  const tp = p * B_BES;
  const th = Math.sqrt(tz * tz + tp * tp);
  const st = tz / th;
  const ct = tp / th;
  const num = z + EP2_BES * B_BES * st * st * st;
  const den = p - ES_BES * A_BES * ct * ct * ct;
  const sinLat = num / Math.sqrt(num * num + den * den);
  // Oblique stereographic via the Gauss conformal sphere (proj4 gauss.js + sterea.js):
  // w = K · tan(π/4 + φ/2)^C · ((1 − e·sinφ)/(1 + e·sinφ))^(C·e/2), φc = 2·atan(w) − π/2,
  // with tan(π/4 + φ/2) = √((1 + sinφ)/(1 − sinφ)); sin φc = (w² − 1)/(w² + 1), cos φc = 2w/(w² + 1).
  let dlon = lonB - LON0;
  if (dlon > Math.PI) dlon -= 2 * Math.PI;
  else if (dlon < -Math.PI) dlon += 2 * Math.PI;
  const esin = E_BES * sinLat;
  const w =
    K *
    Math.exp(
      0.5 * C * Math.log((1 + sinLat) / (1 - sinLat)) + RATEXP * Math.log((1 - esin) / (1 + esin)),
    );
  const w2 = w * w;
  const sinc = (w2 - 1) / (w2 + 1);
  const cosc = (2 * w) / (w2 + 1);
  const gLon = C * dlon;
  const cosl = Math.cos(gLon);
  const k = (K0 * R2) / (1 + SINC0 * sinc + COSC0 * cosc * cosl);
  out[offset] = A_BES * k * cosc * Math.sin(gLon) + X0;
  out[offset + 1] = A_BES * k * (COSC0 * sinc - SINC0 * cosc * cosl) + Y0;
}

/**
 * Projects one WGS84 position to RD New (fast path of `toRd`).
 * @param lngLat `[lng, lat]`, degrees
 * @returns `[x, y]`, RD metres
 * @example toRdFast([5.38763888888889, 52.15616055555555]) // ≈ [155000, 463000]
 */
export function toRdFast(lngLat: readonly number[]): [number, number] {
  const out: [number, number] = [0, 0];
  projectToRdInto(lngLat[0]!, lngLat[1]!, out, 0);
  return out;
}

// Inverse of the Gauss sphere (proj4 gauss.js `inverse`): iteration tolerance and cap.
const GAUSS_DEL_TOL = 1e-14;
const GAUSS_MAX_ITER = 20;
const HALF_PI = Math.PI / 2;

/**
 * Projects RD New to WGS84 lon/lat (degrees), writing into `out` at `offset`: the inverse of
 * `projectToRdInto`, step by step as proj4 does it with `RD_PROJ4` (inverse oblique
 * stereographic, inverse Gauss sphere by iteration, geodetic Bessel → geocentric, forward
 * Helmert, geocentric → geodetic WGS84 by Bowring's closed form).
 * tests/unit/geo/rd-fast.test.ts checks it against proj4 to within a millimetre.
 * @param x RD x, metres
 * @param y RD y, metres
 * @param out target array (`[lng, lat]` written at offset, offset + 1)
 * @param offset index in `out`
 * @example const ll = new Float64Array(2); projectToWgs84Into(155000, 463000, ll, 0) // ≈ [5.3872, 52.1552]
 */
export function projectToWgs84Into(
  x: number,
  y: number,
  out: { [i: number]: number },
  offset: number,
): void {
  // Inverse oblique stereographic (proj4 sterea.js) onto the Gauss sphere.
  const u = (x - X0) / A_BES / K0;
  const v = (y - Y0) / A_BES / K0;
  const rho = Math.hypot(u, v);
  let phiC = PHIC0;
  let lamC = 0;
  if (rho !== 0) {
    const c = 2 * Math.atan2(rho, R2);
    const sinc = Math.sin(c);
    const cosc = Math.cos(c);
    phiC = Math.asin(cosc * SINC0 + (v * sinc * COSC0) / rho);
    lamC = Math.atan2(u * sinc, rho * COSC0 * cosc - v * SINC0 * sinc);
  }
  // Inverse Gauss sphere → geodetic Bessel (proj4 gauss.js).
  const lam = lamC / C + LON0;
  const num = Math.pow(Math.tan(0.5 * phiC + FORTPI) / K, 1 / C);
  let phi = phiC;
  for (let i = GAUSS_MAX_ITER; i > 0; --i) {
    const next = 2 * Math.atan(num * srat(E_BES * Math.sin(phi), -0.5 * E_BES)) - HALF_PI;
    const done = Math.abs(next - phi) < GAUSS_DEL_TOL;
    phi = next;
    if (done) break;
  }
  // Geodetic Bessel (height 0) → geocentric.
  const sinPhi = Math.sin(phi);
  const cosPhi = Math.cos(phi);
  const rn = A_BES / Math.sqrt(1 - ES_BES * sinPhi * sinPhi);
  const bx = rn * cosPhi * Math.cos(lam);
  const by = rn * cosPhi * Math.sin(lam);
  const bz = rn * (1 - ES_BES) * sinPhi;
  // Forward Helmert, Bessel → WGS84 (position vector, as proj4's geocentricToWgs84).
  const gx = DX + M * (bx - RZ * by + RY * bz);
  const gy = DY + M * (RZ * bx + by - RX * bz);
  const gz = DZ + M * (-RY * bx + RX * by + bz);
  // Geocentric → geodetic WGS84: Bowring (1976), exact to far below a millimetre near the surface.
  const p = Math.sqrt(gx * gx + gy * gy);
  const tz = gz * A_WGS;
  const tp = p * B_WGS;
  const th = Math.sqrt(tz * tz + tp * tp);
  const st = tz / th;
  const ct = tp / th;
  const lat = Math.atan2(gz + EP2_WGS * B_WGS * st * st * st, p - ES_WGS * A_WGS * ct * ct * ct);
  out[offset] = Math.atan2(gy, gx) / DEG;
  out[offset + 1] = lat / DEG;
}

/**
 * Projects one RD New position to WGS84 (the inverse of `toRdFast`).
 * @param xy `[x, y]`, RD metres
 * @returns `[lng, lat]`, degrees
 * @example toWgs84Fast([155000, 463000]) // ≈ [5.3872, 52.1552]
 */
export function toWgs84Fast(xy: readonly number[]): [number, number] {
  const out: [number, number] = [0, 0];
  projectToWgs84Into(xy[0]!, xy[1]!, out, 0);
  return out;
}
