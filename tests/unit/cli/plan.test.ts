/** The CLI on files through the readers: `--plan` (IMRO GML) and `--data` with a field mapping. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/locatiecheck.ts';
import { REALDATA, ROOT } from '../io/realdata.ts';

const DURPERVELD = join(REALDATA, 'imro-2012-durperveld.gml');
type Result = {
  verdict: string;
  decidedBy: string | null;
  reasons: { code: string; zone?: { id: string } }[];
};

async function json(args: string[]): Promise<Result[]> {
  const { code, out } = await runCli([...args, '--json'], ROOT);
  expect(code, out).toBe(0);
  return JSON.parse(out) as Result[];
}

/** shapely's figures for a point beside a Wonen bestemming (see tests/fixtures/realdata/README.md). */
const AREAS_REFERENCE = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/realdata/durperveld-areas-reference.json'), 'utf8'),
) as {
  point: [number, number];
  nearestWonen: { id: string; naam: string; distanceM: number; centroidDistanceM: number };
  wonenWithin100m: { id: string; distanceM: number }[];
};

describe('locatiecheck --plan', () => {
  it('measures a business beside a Wonen bestemming to its boundary, as shapely does (Durperveld)', async () => {
    // 5 m inside Bedrijventerrein NL.IMRO.114 (t/m 3.1): 21.6 m from the boundary of Wonen
    // NL.IMRO.093, 95 m from its centroid. Category 3.1 needs 50 m (30 m in gemengd gebied):
    // too close, where a centroid would have answered toegestaan.
    const ref = AREAS_REFERENCE;
    const { code, out } = await runCli(
      [
        '--program',
        'category:3.1',
        '--at',
        ref.point.join(','),
        '--crs',
        'EPSG:28992',
        '--plan',
        DURPERVELD,
        '--json',
      ],
      ROOT,
    );
    expect(code, out).toBe(0);
    const [r] = JSON.parse(out) as {
      verdict: string;
      decidedBy: string;
      conflicts: { kind: string; objectId: string; distanceM: number; distanceClass: string }[];
      nearestDwelling: { id: string; kind: string; distanceM: number };
    }[];
    expect(ref.nearestWonen.centroidDistanceM).toBeGreaterThan(50);
    expect(r!.verdict).toBe('voorwaardelijk');
    expect(r!.decidedBy).toBe('TOO_CLOSE_TO_DWELLING');
    // Every Wonen vlak within 50 m, at shapely's distance (tolerance of issue 3: max(0.1 %, 0.5 m)).
    const within = ref.wonenWithin100m.filter((w) => w.distanceM < 50);
    expect(r!.conflicts.map((c) => [c.kind, c.objectId])).toEqual(
      within.map((w) => ['area', w.id]),
    );
    for (const w of within) {
      const c = r!.conflicts.find((x) => x.objectId === w.id)!;
      expect(Math.abs(c.distanceM - w.distanceM)).toBeLessThanOrEqual(
        Math.max(0.5, w.distanceM * 0.001),
      );
    }
    expect(r!.conflicts[0]!.distanceClass).toBe('too-close');
    expect(r!.nearestDwelling).toMatchObject({ id: ref.nearestWonen.id, kind: 'area' });
    expect(r!.nearestDwelling.distanceM).toBeCloseTo(ref.nearestWonen.distanceM, 3);
    const text = await runCli(
      [
        '--program',
        'category:3.1',
        '--at',
        ref.point.join(','),
        '--crs',
        'EPSG:28992',
        '--plan',
        DURPERVELD,
      ],
      ROOT,
    );
    expect(text.out).toContain('Woongebied ‘Wonen’ (rustige woonwijk) ligt op 21,6 m');
  });

  it('answers that homes are not permitted inside the plan’s Bedrijf bestemming (Durperveld)', async () => {
    // Centroid of NL.IMRO.058 "Bedrijf - Nutsvoorziening" (bestemmingshoofdgroep bedrijf).
    const [r] = await json([
      '--program',
      'housing',
      '--at',
      '222714.214,433608.018',
      '--crs',
      'EPSG:28992',
      '--plan',
      DURPERVELD,
    ]);
    expect(r!.verdict).toBe('niet-toegestaan');
    expect(r!.decidedBy).toBe('HOUSING_ON_BUSINESS_PARK');
    expect(r!.reasons.find((x) => x.code === 'HOUSING_ON_BUSINESS_PARK')!.zone!.id).toBe(
      'NL.IMRO.058',
    );
  });

  it('does so inside the Bedrijventerrein of category 3.1, and lists the zones without a category', async () => {
    const [r] = await json([
      '--program',
      'housing',
      '--at',
      '222592.73,433716.95',
      '--crs',
      'EPSG:28992',
      '--plan',
      DURPERVELD,
    ]);
    expect(r!.decidedBy).toBe('HOUSING_ON_BUSINESS_PARK');
    const text = await runCli(
      [
        '--program',
        'housing',
        '--at',
        '222592.73,433716.95',
        '--crs',
        'EPSG:28992',
        '--plan',
        DURPERVELD,
      ],
      ROOT,
    );
    expect(text.out).toMatch(/Zonder milieucategorie.*NL\.IMRO\.058 \(Bedrijf - Nutsvoorziening\)/);
  });

  it('reads the IMRO2008 plan too (Bedrijfsdoeleinden) and names its businesses for confirmation', async () => {
    const plan = join(REALDATA, 'imro-2008-bestemmingsplan.gml');
    const { code, out } = await runCli(
      ['--program', 'housing', '--at', '252405,561425', '--crs', 'EPSG:28992', '--plan', plan],
      ROOT,
    );
    expect(code).toBe(0);
    expect(out).toContain('Oordeel: NIET TOEGESTAAN');
    expect(out).toMatch(/Bedrijf volgens het plan: "garagebedrijf"/);
  });

  it('a plan category that is not a milieucategorie exits 2', async () => {
    const { code, out } = await runCli(
      [
        '--program',
        'housing',
        '--at',
        '222714,433608',
        '--crs',
        'EPSG:28992',
        '--plan',
        DURPERVELD,
        '--plan-category',
        'NL.IMRO.058=7',
      ],
      ROOT,
    );
    expect(code).toBe(2);
    expect(out).toMatch(/--plan-category "NL.IMRO.058=7"/);
  });

  it('a .gml that is not a plan, or missing, exits 2 with one line each', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    writeFileSync(join(dir, 'x.gml'), '<a><b></a>');
    const { code, out } = await runCli(
      [
        '--program',
        'housing',
        '--at',
        '5.1,52.1',
        '--plan',
        join(dir, 'x.gml'),
        '--plan',
        join(dir, 'weg.gml'),
      ],
      ROOT,
    );
    expect(code).toBe(2);
    expect(out.split('\n')).toHaveLength(1);
    expect(out).toMatch(/weg\.gml/);
    const bad = await runCli(
      ['--program', 'housing', '--at', '5.1,52.1', '--plan', join(dir, 'x.gml')],
      ROOT,
    );
    expect(bad.code).toBe(2);
    expect(bad.out).toMatch(/not well-formed/);
  });
});

describe('locatiecheck --data through the readers', () => {
  it('unknown roles, keys and files exit 2 and list every problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-'));
    const config = join(dir, 'data.json');
    writeFileSync(
      config,
      JSON.stringify([
        { layerId: 'z', role: 'zones', file: 'zones.geojson' },
        { layerId: 'b', role: 'bedrijf', file: 'b.geojson', kleur: 'rood' },
      ]),
    );
    const { code, out } = await runCli(
      ['--program', 'housing', '--at', '5.1,52.1', '--data', config],
      ROOT,
    );
    expect(code).toBe(2);
    expect(out.split('\n')).toEqual([
      'Fout: --data item 1: onbekende rol "zones" (kies uit zone, business, sensitive, neighbourhood, base)',
      'Fout: --data item 1: bestand niet gevonden: zones.geojson',
      'Fout: --data item 2: onbekend veld "kleur" (bekend: layerId, role, file, crs, fields, defaults)',
      'Fout: --data item 2: onbekende rol "bedrijf" (kies uit zone, business, sensitive, neighbourhood, base)',
      'Fout: --data item 2: bestand niet gevonden: b.geojson',
    ]);
  });

  it('a Shapefile zip with a field mapping, next to an IMRO plan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-'));
    const config = join(dir, 'data.json');
    writeFileSync(
      config,
      JSON.stringify([
        {
          layerId: 'panden',
          role: 'sensitive',
          file: join(REALDATA, 'bag-doesburg-panden-shp.zip'),
          fields: { id: 'identifica' },
        },
      ]),
    );
    const { code, out } = await runCli(
      [
        '--program',
        'housing',
        '--at',
        '205600,446000',
        '--crs',
        'EPSG:28992',
        '--data',
        config,
        '--json',
      ],
      ROOT,
    );
    expect(code, out).toBe(0);
    const [r] = JSON.parse(out) as { nearestSensitive?: { id: string } }[];
    expect(JSON.stringify(r)).toMatch(/NL\.IMBAG\.Pand\./);
  });

  it('a mapped field the file does not have exits 2 naming the fields it has', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-'));
    const config = join(dir, 'data.json');
    writeFileSync(
      config,
      JSON.stringify([
        {
          layerId: 'panden',
          role: 'sensitive',
          file: join(REALDATA, 'bag-doesburg-panden.gpkg'),
          fields: { id: 'pand_id' },
        },
      ]),
    );
    const { code, out } = await runCli(
      ['--program', 'housing', '--at', '205600,446000', '--crs', 'EPSG:28992', '--data', config],
      ROOT,
    );
    expect(code).toBe(2);
    expect(out).toMatch(
      /veld "pand_id" \(voor id\) bestaat niet; velden: fid, identificatie, status, bouwjaar/,
    );
  });
});

describe('locatiecheck --data with a workspace exported by the app', () => {
  /** The Durperveld plan mapped as the dialog maps it, written as the app exports it. */
  async function exportedDurperveld(): Promise<string> {
    const { readFiles } = await import('../../../src/io/read.ts');
    const { ImportSession } = await import('../../../src/state/import-session.ts');
    const { workspaceFileText } = await import('../../../src/state/workspace-file.ts');
    const { layers, problems } = await readFiles([
      { name: 'imro-2012-durperveld.gml', bytes: new Uint8Array(readFileSync(DURPERVELD)) },
    ]);
    const session = new ImportSession(layers, problems);
    session.map({ choices: session.summary().choices, planCategories: { '*': '2' } });
    const meta = {
      id: 'durperveld-abc123',
      name: 'Durperveld',
      createdAt: '2026-12-02T09:00:00.000Z',
      updatedAt: '2026-12-02T09:00:00.000Z',
      files: ['imro-2012-durperveld.gml'],
      counts: {},
    };
    const file = join(mkdtempSync(join(tmpdir(), 'ws-')), 'Durperveld.werkruimte.json');
    writeFileSync(file, workspaceFileText(meta, { id: meta.id, layers: session.slots() }));
    return file;
  }

  it('answers from the exported workspace as from the plan: no homes in the Bedrijf bestemming', async () => {
    const file = await exportedDurperveld();
    const [r] = await json([
      '--program',
      'housing',
      '--at',
      '222714.214,433608.018',
      '--crs',
      'EPSG:28992',
      '--data',
      file,
    ]);
    expect(r!.verdict).toBe('niet-toegestaan');
    expect(r!.reasons.find((x) => x.code === 'HOUSING_ON_BUSINESS_PARK')!.zone!.id).toBe(
      'NL.IMRO.058',
    );
  });

  it('unknown layers, members and bad features exit 2 and list every problem at once', async () => {
    const good = JSON.parse(readFileSync(await exportedDurperveld(), 'utf8')) as {
      layers: Record<string, { features: { properties: Record<string, unknown> }[] }>;
    };
    const zones = good.layers.bedrijventerreinen!;
    delete zones.features[0]!.properties.id;
    delete zones.features[1]!.properties.id;
    const file = join(mkdtempSync(join(tmpdir(), 'ws-')), 'kapot.werkruimte.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...good,
        version: 2,
        kleur: 'rood',
        layers: { ...good.layers, zones: { type: 'FeatureCollection', features: [] } },
      }),
    );
    const { code, out } = await runCli(
      [
        '--program',
        'housing',
        '--at',
        '222714.214,433608.018',
        '--crs',
        'EPSG:28992',
        '--data',
        file,
      ],
      ROOT,
    );
    expect(code).toBe(2);
    const lines = out.split('\n');
    expect(lines).toContain(`Fout: --data ${file}: onbekende versie 2 (bekend: 1)`);
    expect(lines).toContain(
      `Fout: --data ${file}: onbekend veld "kleur" (bekend: type, version, meta, layers, proposals, ruleView)`,
    );
    expect(lines.some((l) => l.includes('onbekende laag "zones" (kies uit'))).toBe(true);
    // The two features without an id: one line, with the count and the features.
    const missing = lines.filter((l) => l.includes('bedrijventerreinen') && /\bid\b/.test(l));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(/×2; features 0, 1/);
  });
});
