import Clipper2Z from 'clipper2-wasm/dist/es/clipper2z.js';
import { makeSyntheticCity } from './tests/bench/synthetic-city.ts';
const c = await Clipper2Z();
const input = makeSyntheticCity();
const r = 5000; // cm
const tol = 10;
const steps = Math.ceil(Math.PI / Math.acos(1 - tol / r));
console.log('steps', steps);
for (const n of [5000, 20000]) {
  const xy = input.dwellingsXy;
  let t = performance.now();
  const pts = new c.Paths64(); const one = new BigInt64Array(3); const path = new c.Path64();
  for (let k=0;k<n;k++){ one[0]=BigInt(Math.round(xy[2*k]!*100)); one[1]=BigInt(Math.round(xy[2*k+1]!*100)); path.assign(one); pts.push_back(path);} 
  const t1 = performance.now();
  const out = c.InflatePaths64(pts, r, c.JoinType.Round, c.EndType.Round, 2, tol);
  const t2 = performance.now();
  console.log(n, 'build', (t1-t).toFixed(0), 'inflate', (t2-t1).toFixed(0), out.size());
  // JS circles
  t = performance.now();
  const circ = new c.Paths64(); const flat = new BigInt64Array(steps*3);
  const ux = Array.from({length:steps},(_,i)=>Math.cos(2*Math.PI*i/steps)*r), uy = Array.from({length:steps},(_,i)=>Math.sin(2*Math.PI*i/steps)*r);
  for (let k=0;k<n;k++){ const cx = Math.round(xy[2*k]!*100), cy=Math.round(xy[2*k+1]!*100); for(let i=0;i<steps;i++){ flat[3*i]=BigInt(cx+Math.round(ux[i]!)); flat[3*i+1]=BigInt(cy+Math.round(uy[i]!)); } path.assign(flat); circ.push_back(path);} 
  const t3 = performance.now();
  const u = c.UnionSelf64(circ, c.FillRule.NonZero);
  const t4 = performance.now();
  console.log(n, 'jsbuild', (t3-t).toFixed(0), 'union', (t4-t3).toFixed(0), u.size(), c.AreaPaths64(u), c.AreaPaths64(out));
}
