import { initClipper, clipBufferPoints, clipAreaM2, clipUnionMany, clipUnion, freeClipPaths, type ClipPaths } from './src/core/clip.ts';
import { makeSyntheticCity } from './tests/bench/synthetic-city.ts';
await initClipper();
const input = makeSyntheticCity();
function chunked(xy: Float64Array, r: number, chunk: number) {
  const n = xy.length/2;
  const cell = 200;
  const idx = Array.from({length:n}, (_,i)=>i);
  const key = (i:number)=> { const cx = Math.floor(xy[2*i]!/cell), cy = Math.floor(xy[2*i+1]!/cell); return (cx%2? -cy: cy) + cx*100000; };
  const keys = idx.map(key);
  idx.sort((a,b)=>keys[a]!-keys[b]!);
  const parts: ClipPaths[] = [];
  for (let s=0;s<n;s+=chunk){ const sub = new Float64Array(Math.min(chunk, n-s)*2); for(let k=0;k<sub.length/2;k++){ sub[2*k]=xy[2*idx[s+k]!]!; sub[2*k+1]=xy[2*idx[s+k]!+1]!;} parts.push(clipBufferPoints(sub, r)); }
  // pairwise tree union
  let level = parts;
  while (level.length>1){ const next: ClipPaths[]=[]; for(let i=0;i<level.length;i+=2){ if(i+1<level.length){ next.push(clipUnion(level[i]!, level[i+1]!)); freeClipPaths(level[i]!, level[i+1]!);} else next.push(level[i]!);} level=next; }
  return level[0]!;
}
for (const n of [5000, 20000, 75000]) for (const chunk of [250, 1000]) {
  const xy = input.dwellingsXy.subarray(0, 2*n);
  const t = performance.now();
  const h = chunked(xy, 50, chunk);
  console.log('chunked', n, chunk, (performance.now()-t).toFixed(0), h.paths.size(), clipAreaM2(h).toFixed(0));
  freeClipPaths(h);
}
