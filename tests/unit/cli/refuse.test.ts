/**
 * Issue 13: the CLI refuses nonsense. Every input of the probe gives a per-row problem and
 * exit 2, never a verdict, and no raw JavaScript error (no stack, no ENOENT, no NaN).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/locatiecheck.ts';
import { readSitesCsv } from '../../../src/analysis/batch/sites.ts';

const ROOT = join(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'tests/fixtures/rules/cli');
const DATA = ['--data', join(CLI, 'data.json')];
const dir = mkdtempSync(join(tmpdir(), 'lc-refuse-'));
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

/** Runs the CLI in this process with the fixture data; streamed output is collected. */
async function run(args: string[]): Promise<{ code: number; out: string; streamed: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let streamed = '';
  out.on('data', (c: Buffer) => (streamed += c.toString()));
  err.on('data', (c: Buffer) => (streamed += c.toString()));
  const r = await runCli([...args, ...DATA], ROOT, { out, err });
  return { ...r, streamed };
}

/** What no message may contain: a verdict, NaN, a raw JavaScript error. */
function expectRefusal(r: { code: number; out: string }): void {
  expect(r.code).toBe(2);
  expect(r.out).toMatch(/^Fout: /);
  expect(r.out).not.toMatch(/TOEGESTAAN|PERMITTED|NaN|Cannot read|ENOENT|TypeError|\n\s+at /);
}

const HOSTILE: [string, string[]][] = [
  ['an RD point outside the Netherlands (500,900)', ['--at', '500,900']],
  ['1e308', ['--at', '1e308,52']],
  ['RD numbers as lon/lat', ['--at', '150000,450000', '--crs', 'EPSG:4326']],
  ['--at ,', ['--at', ',']],
  ['an empty --at', ['--at', '']],
  ['--at with text', ['--at', 'vijf,52']],
  ['--at with three numbers', ['--at', '5,52,1']],
  ['swapped lat/lon', ['--at', '52.155,5.387']],
  ['a place outside the loaded data', ['--at', '6.5,53.2']],
  ['no --program', ['--at', '5.387,52.155']],
  ['an unknown program', ['--program', 'fabriek', '--at', '5.387,52.155']],
  ['an unknown CRS', ['--crs', 'EPSG:3857', '--at', '5.387,52.155']],
  ['an unknown option', ['--bogus', '--at', '5.387,52.155']],
  ['a missing sites file', ['--sites', join(dir, 'nope.csv')]],
  ['a folder as sites file', ['--sites', dir]],
  ['a sites file of null', ['--sites', file('null.geojson', 'null')]],
  ['a sites file that is not JSON', ['--sites', file('bad.geojson', '{"type":')]],
  [
    'an empty polygon',
    [
      '--sites',
      file(
        'empty.geojson',
        '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[]}}]}',
      ),
    ],
  ],
  [
    'a polygon without area',
    [
      '--sites',
      file(
        'flat.geojson',
        '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[5.38,52.15],[5.39,52.15],[5.38,52.15],[5.38,52.15]]]}}]}',
      ),
    ],
  ],
  [
    'a null geometry',
    ['--sites', file('nullgeom.geojson', '{"type":"Feature","properties":{},"geometry":null}')],
  ],
  ['an empty cell in a CSV', ['--sites', file('empty-cell.csv', 'id,lon,lat\nA,,52.155\n')]],
  ['a CSV without coordinate columns', ['--sites', file('nocols.csv', 'naam,adres\nA,B\n')]],
  ['a missing --data file', ['--at', '5.387,52.155', '--data', join(dir, 'nope.json')]],
];

describe('the CLI refuses nonsense (issue 13)', () => {
  it.each(HOSTILE)('%s: exit 2 with a message, no verdict', async (_, args) => {
    const withProgram =
      args.includes('--program') || _ === 'no --program' ? args : ['--program', 'housing', ...args];
    expectRefusal(await run(withProgram));
  });

  it('names every problem of a run at once, and each bad row by its line', async () => {
    const csv = file(
      'rows.csv',
      'id,lon,lat\n"Smit, 5",5.387,52.155\nleeg,,52.155\nrd,150000,450000\nom,52.155,5.387\nver,1e308,52\n',
    );
    const r = await run(['--program', 'housing', '--sites', csv]);
    expectRefusal(r);
    const lines = r.out.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/regel 3 \(leeg\): lon is leeg/);
    expect(lines[1]).toMatch(/regel 4 \(rd\).*lijkt RD/);
    expect(lines[2]).toMatch(/regel 5 \(om\).*verwisseld/);
    expect(lines[3]).toMatch(/regel 6 \(ver\).*buiten Nederland/);
    const both = await run(['--program', 'fabriek', '--lang', 'xx', '--at', ',']);
    expectRefusal(both);
    expect(both.out).toMatch(/--lang/);
    expect(both.out).toMatch(/--program/);
    expect(both.out).toMatch(/x\/lon is leeg/);
  });

  it('reads quoted commas, a BOM, `;` and decimal commas with a real CSV parser', () => {
    const quoted = readSitesCsv('id,lon,lat\n"Smit, 5",5.6086,52.4070\n');
    expect(quoted.problems).toEqual([]);
    expect(quoted.sites[0]).toMatchObject({
      id: 'Smit, 5',
      place: { coordinates: [5.6086, 52.407] },
    });
    const semi = readSitesCsv('\uFEFFid;x;y\n"a;b";150000,5;450000\n');
    expect(semi.problems).toEqual([]);
    expect(semi.sites[0]).toMatchObject({
      id: 'a;b',
      crs: 'EPSG:28992',
      place: { coordinates: [150000.5, 450000] },
    });
  });

  it('a good site inside the data still gets its verdict (exit 0)', async () => {
    const r = await run(['--program', 'housing', '--at', '150100,450100', '--crs', 'EPSG:28992']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Oordeel: /);
  });

  it('streams JSON Lines in and out: a result per row, an error record per bad row, exit 2', async () => {
    const rows = [
      { id: 'haven', x: 150100, y: 450100 },
      { id: 'leeg', x: '', y: 450100 },
      { id: 'ver', x: 1e308, y: 450100 },
    ];
    const jsonl = file('rows.jsonl', rows.map((r) => JSON.stringify(r)).join('\n') + '\n{oops\n');
    const r = await run(['--program', 'housing', '--view', 'feitelijk', '--sites', jsonl]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^4 rijen in [\d.]+ s; 3 geweigerd/);
    const records = r.streamed
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id?: string; verdict?: string; error?: string });
    expect(records[0]).toMatchObject({ id: 'haven', verdict: 'niet-toegestaan' });
    expect(records.slice(1).map((x) => x.error)).toEqual([
      expect.stringMatching(/regel 2 \(leeg\): x is leeg/),
      expect.stringMatching(/regel 3 \(ver\).*buiten Nederland/),
      expect.stringMatching(/regel 4: geen geldige JSON/),
    ]);
  });

  it('streams a CSV out as CSV with --stream --format csv', async () => {
    const csv = file('stream.csv', 'id;x;y\nkade;150500;450150\nhaven;150100,0;450100\n');
    const r = await run([
      '--program',
      'housing',
      '--view',
      'feitelijk',
      '--stream',
      '--format',
      'csv',
      '--sites',
      csv,
    ]);
    expect(r.code).toBe(0);
    expect(r.streamed.split('\n').slice(0, 3)).toEqual([
      'id,oordeel,besloten_door,fout',
      'kade,toegestaan,,',
      'haven,niet-toegestaan,HOUSING_ON_BUSINESS_PARK,',
    ]);
  });

  it('as a process: progress on stderr, results on stdout, no stack trace for a missing file', () => {
    const lines = Array.from({ length: 2500 }, (_, i) => `r${i},${150100 + (i % 50)},450100`);
    const csv = file('many.csv', `id,x,y\n${lines.join('\n')}\n`);
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    const cli = join(ROOT, 'src/cli/locatiecheck.ts');
    const ok = spawnSync(tsx, [cli, '--program', 'housing', '--stream', '--sites', csv, ...DATA], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, LOCATIECHECK_PROGRESS_EVERY: '1000' },
    });
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim().split('\n')).toHaveLength(2500);
    expect(ok.stderr).toMatch(/… 1000 rijen\n… 2000 rijen\n2500 rijen in/);
    const missing = spawnSync(
      tsx,
      [cli, '--program', 'housing', '--sites', join(dir, 'nope.geojson')],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe(`Fout: --sites: ${join(dir, 'nope.geojson')} bestaat niet`);
  });
});
