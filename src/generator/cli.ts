/**
 * `npm run generate`: writes the Voorbeeldstad demo to geodata/voorbeeldstad/.
 *
 *   npm run generate                                   demo, WGS84, into geodata/
 *   npm run generate -- --scale city --out <dir>       city-scale set for benchmarks
 *   npm run generate -- --crs EPSG:28992 --out <dir>   RD coordinates (adds a `crs` member)
 *   npm run generate -- --seed 7 --out <dir>           another city
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { LAYERS } from '../../layers/index.ts';
import { EPSG_RD, EPSG_WGS84 } from '../geo/crs.ts';
import {
  DEMO_SEED,
  GENERATED_LAYER_IDS,
  generateCityRd,
  projectCity,
  serializeCollection,
  type CityOptions,
} from './city.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface CliArgs {
  scale: CityOptions['scale'];
  seed: number;
  crs: typeof EPSG_RD | typeof EPSG_WGS84;
  out: string;
}

function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    scale: 'demo',
    seed: DEMO_SEED,
    crs: EPSG_WGS84,
    out: join(REPO_ROOT, 'geodata'),
  };
  for (let k = 0; k < argv.length; k++) {
    const flag = argv[k];
    const value = argv[k + 1];
    if (value === undefined) throw new Error(`missing value after ${flag}`);
    if (flag === '--scale' && (value === 'demo' || value === 'city')) args.scale = value;
    else if (flag === '--seed' && /^\d+$/.test(value)) args.seed = Number(value);
    else if (flag === '--crs' && (value === EPSG_RD || value === EPSG_WGS84)) args.crs = value;
    else if (flag === '--out') args.out = resolve(value);
    else
      throw new Error(
        `unknown argument ${flag} ${value} (see the comment at the top of src/generator/cli.ts)`,
      );
    k++;
  }
  return args;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const rd = generateCityRd({ seed: args.seed, scale: args.scale });
  const city = args.crs === EPSG_RD ? rd : projectCity(rd);
  const ms = Math.round(performance.now() - started);
  console.log(
    `Voorbeeldstad (${args.scale}, seed ${args.seed}, ${args.crs}) generated in ${ms} ms`,
  );
  let totalBytes = 0;
  for (const id of GENERATED_LAYER_IDS) {
    const layer = LAYERS.find((l) => l.id === id);
    if (!layer || !('file' in layer.source))
      throw new Error(`no file for layer ${id} in layers/index.ts`);
    const path = join(args.out, layer.source.file);
    const fc: FeatureCollection & { crs?: unknown } =
      args.crs === EPSG_RD
        ? {
            type: 'FeatureCollection',
            crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } },
            features: city[id].features,
          }
        : city[id];
    const text = serializeCollection(fc);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    totalBytes += Buffer.byteLength(text);
    console.log(
      `  ${path}  ${String(fc.features.length).padStart(7)} features  ${(Buffer.byteLength(text) / 1024).toFixed(0).padStart(6)} kB`,
    );
  }
  console.log(`  total ${(totalBytes / 1024).toFixed(0)} kB`);
}

main();
