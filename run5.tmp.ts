import { initClipper, clipBufferPoints } from './src/core/clip.ts';
import { SurfaceEngine } from './src/core/surface/index.ts';
import { makeSyntheticCity } from './tests/bench/synthetic-city.ts';
await initClipper();
const input = makeSyntheticCity();
const e = new SurfaceEngine();
let last = performance.now();
const r = e.computeSurface(input, {kind:'milieucategorie', category:'3.1'}, { onProgress: (f, s) => { const t = performance.now(); console.log(f.toFixed(2), s, (t-last).toFixed(0)); last = t; } });
console.log(r.timingsMs);
for (const n of [5000, 20000, 75000, 150000]) {
  const t = performance.now(); const h = clipBufferPoints(input.dwellingsXy.subarray(0, 2*n), 50); console.log('bp', n, (performance.now()-t).toFixed(0), h.paths.size());
}
