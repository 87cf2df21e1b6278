import Clipper2Z from 'clipper2-wasm/dist/es/clipper2z.js';
import { makeSyntheticCity } from './tests/bench/synthetic-city.ts';
const c = await Clipper2Z();
const input = makeSyntheticCity();
function morton(x: number, y: number) { let z = 0; for (let b = 0; b < 16; b++) { z += ((x >> b) & 1) * 2 ** (2 * b) + ((y >> b) & 1) * 2 ** (2 * b + 1); } return z; }
function run(n: number, rM: number, chunk: number) {
  const r = rM*100, tol = 10;
  const steps = Math.max(8, Math.ceil(Math.PI / Math.acos(1 - tol / r)));
  const xy = input.dwellingsXy;
  const t0 = performance.now();
  const cell = rM * 2;
  const keys = new Float64Array(n); const order = Array.from({length:n},(_,i)=>i);
  for (let k=0;k<n;k++) keys[k] = morton(Math.floor((xy[2*k]!-140000)/cell), Math.floor((xy[2*k+1]!-470000)/cell));
  order.sort((a,b)=>keys[a]!-keys[b]!);
  const ux = Array.from({length:steps},(_,i)=>Math.round(Math.cos(2*Math.PI*i/steps)*r)), uy = Array.from({length:steps},(_,i)=>Math.round(Math.sin(2*Math.PI*i/steps)*r));
  const flat = new BigInt64Array(steps*3); const path = new c.Path64();
  let level: any[] = [];
  for (let s=0;s<n;s+=chunk){ const circ = new c.Paths64(); for (let q=s;q<Math.min(n,s+chunk);q++){ const k=order[q]!; const cx = Math.round(xy[2*k]!*100), cy=Math.round(xy[2*k+1]!*100); for(let i=0;i<steps;i++){ flat[3*i]=BigInt(cx+ux[i]!); flat[3*i+1]=BigInt(cy+uy[i]!);} path.assign(flat); circ.push_back(path);} level.push(c.UnionSelf64(circ, c.FillRule.NonZero)); circ.delete(); }
  const t1 = performance.now();
  while (level.length>1){ const next=[]; for(let i=0;i<level.length;i+=2){ if(i+1<level.length){ next.push(c.Union64(level[i], level[i+1], c.FillRule.NonZero)); level[i].delete(); level[i+1].delete(); } else next.push(level[i]); } level=next; }
  const t2 = performance.now();
  console.log(n, rM, chunk, 'chunks', (t1-t0).toFixed(0), 'merge', (t2-t1).toFixed(0), level[0].size(), (c.AreaPaths64(level[0])/1e4).toFixed(0));
  level[0].delete();
}
for (const n of [5000, 20000, 75000]) for (const chunk of [64, 256]) run(n, 50, chunk);
run(75000, 30, 256); run(20000, 100, 256);
