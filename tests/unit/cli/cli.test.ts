import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProgram, parseSitesCsv, runLocatiecheck } from '../../../src/cli/locatiecheck.ts';

const ROOT = join(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'tests/fixtures/rules/cli');
const DATA = ['--data', join(CLI, 'data.json')];

function runJson(args: string[]): { id: string; verdict: string; decidedBy: string | null }[] {
  const { code, out } = runLocatiecheck([...args, ...DATA, '--json'], ROOT);
  expect(code).toBe(0);
  return JSON.parse(out) as { id: string; verdict: string; decidedBy: string | null }[];
}

describe('locatiecheck CLI', () => {
  it('checks RD sites from a CSV for housing', () => {
    const r = runJson([
      '--program',
      'housing',
      '--view',
      'feitelijk',
      '--sites',
      join(CLI, 'sites-rd.csv'),
    ]);
    expect(r.map((s) => [s.id, s.verdict, s.decidedBy])).toEqual([
      ['kade', 'toegestaan', null],
      ['buiten', 'toegestaan', null],
      ['haven', 'niet-toegestaan', 'HOUSING_ON_BUSINESS_PARK'],
    ]);
  });

  it('checks GeoJSON sites for an SBI code (heaviest size class) and explains the choice', () => {
    const r = runJson(['--program', 'sbi:2550', '--sites', join(CLI, 'sites.geojson')]);
    expect(r.map((s) => [s.id, s.decidedBy])).toEqual([
      ['vlak-grens', 'CATEGORY_ABOVE_ZONE_LIMIT'],
      ['punt-buiten', 'NO_ZONE_PERMITS_BUSINESS'],
    ]);
    const text = runLocatiecheck(
      ['--program', 'sbi:2550', '--sites', join(CLI, 'sites.geojson'), ...DATA],
      ROOT,
    ).out;
    expect(text).toContain('gekozen: 2550-b');
    expect(text).toContain('Oordeel: NIET TOEGESTAAN');
  });

  it('reads --at as WGS84 or RD (by range or --crs) and prints English with --lang en', () => {
    const { code, out } = runLocatiecheck(
      [
        '--program',
        'category:3.1',
        '--at',
        '150100,450100',
        '--crs',
        'EPSG:28992',
        '--lang',
        'en',
        ...DATA,
      ],
      ROOT,
    );
    expect(code).toBe(0);
    expect(out).toContain('Verdict: PERMITTED');
    expect(out).toContain('Havenkwartier');
  });

  it('rejects bad input with exit code 2', () => {
    expect(runLocatiecheck(['--program', 'category:9', '--at', '5,52', ...DATA], ROOT).code).toBe(
      2,
    );
    expect(runLocatiecheck(['--program', 'housing'], ROOT).code).toBe(2);
    const missing = runLocatiecheck(
      ['--program', 'housing', '--at', '5,52'],
      mkdtempSync(join(tmpdir(), 'lc-')),
    );
    expect(missing.code).toBe(2);
    expect(missing.out).toMatch(/Laagbestand ontbreekt/);
  });

  it('parses programs and CSV variants', () => {
    expect(parseProgram('category:3.1').program).toEqual({
      kind: 'category',
      milieucategorie: '3.1',
    });
    expect(parseProgram('sbi:6201').program).toEqual({ kind: 'activity', activityId: '6201' });
    expect(() => parseProgram('factory')).toThrow();
    const sites = parseSitesCsv('name,lat,lon\nA,52.1,5.1\n');
    expect(sites[0]).toEqual({
      id: 'A',
      place: { type: 'Point', coordinates: [5.1, 52.1] },
      crs: 'EPSG:4326',
    });
    expect(parseSitesCsv('x;y\n150000;450000')[0]!.crs).toBe('EPSG:28992');
  });
});
