import { initClipper } from './src/core/clip.ts';
import { computeSurface, computeContours, SurfaceEngine } from './src/core/surface/index.ts';
import { makeSyntheticCity } from './tests/bench/synthetic-city.ts';
await initClipper();
const input = makeSyntheticCity();
for (const p of [{kind:'wonen'}, {kind:'milieucategorie', category:'3.1'}] as const) {
  for (let k=0;k<3;k++){
  const t=performance.now();
  const r = computeSurface(input, p);
  console.log(p.kind, (performance.now()-t).toFixed(0), JSON.stringify(r.timingsMs), r.classes.features.map(f=>f.geometry.coordinates.reduce((s,pp)=>s+pp.reduce((a,rr)=>a+rr.length,0),0)));
  }
}
for (let k=0;k<3;k++){ const t=performance.now(); const c = computeContours(input); console.log('contours', (performance.now()-t).toFixed(0), c.features.length);}
