import { initClipper, clipBufferPoints, clipAreaM2, toClipPaths, clipUnion, clipBuffer, freeClipPaths } from './src/core/clip.ts';
import { makeSyntheticCity } from './tests/bench/synthetic-city.ts';
await initClipper();
const input = makeSyntheticCity();
for (const n of [1000, 5000, 20000]) {
  const xy = input.dwellingsXy.subarray(0, 2*n);
  let t = performance.now();
  const h = clipBufferPoints(xy, 50);
  console.log('points', n, (performance.now()-t).toFixed(0), h.paths.size());
  freeClipPaths(h);
  // squares instead
}
const cat = input.businesses.filter(b=>b.milieucategorie==='2');
let t = performance.now();
const raw = toClipPaths(cat.map(b=>b.rd!)); const b1 = clipBuffer(raw, 30); console.log('bus buffer direct', cat.length, (performance.now()-t).toFixed(0));
t = performance.now();
const u = clipUnion(raw); const b2 = clipBuffer(u, 30); console.log('bus union then buffer', (performance.now()-t).toFixed(0), u.paths.size(), clipAreaM2(b1), clipAreaM2(b2));
