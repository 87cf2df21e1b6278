/**
 * Batch verdicts (issue 14): one implementation for the command line's `--format csv` and the
 * app's CSV for Dutch Excel.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAppLayers } from '../../../../src/cli/load-layers.ts';
import { buildDataset } from '../../../../src/domain/dataset.ts';
import { readSitesCsv } from '../../../../src/analysis/batch/sites.ts';
import {
  batchCsvHeader,
  batchCsvLine,
  batchToCsv,
  businessSites,
  checkSite,
  CLI_CSV,
  datasetExtent,
  EXCEL_NL_CSV,
  type BatchCsvLabels,
} from '../../../../src/analysis/batch/verdicts.ts';
import { checkLocation } from '../../../../src/rules/index.ts';
import { nl } from '../../../../src/i18n/nl.ts';

const ds = buildDataset(loadAppLayers(join(import.meta.dirname, '../../../..')));
const extent = datasetExtent(ds, 1500);
const LABELS: BatchCsvLabels = {
  header: nl.locatiecheck.batch.header,
  verdict: (l) => nl.locatiecheck.verdict[l],
  rule: (c) => nl.locatiecheck.rule[c],
  error: nl.locatiecheck.batch.error,
};

describe('the command line dialect', () => {
  it('writes what --stream --format csv always wrote: id,oordeel,besloten_door,fout', () => {
    const site = {
      id: 'A;1',
      place: { type: 'Point' as const, coordinates: [167243, 492840] },
      crs: 'EPSG:28992' as const,
    };
    const row = checkSite(ds, site, { kind: 'housing' }, { view: 'plan', extent });
    expect(batchCsvHeader(CLI_CSV)).toBe('id,oordeel,besloten_door,fout\n');
    expect(batchCsvLine(row, CLI_CSV)).toBe(
      `"A;1",${row.verdict!.verdict},${row.verdict!.decidedBy ?? ''},\n`,
    );
    expect(batchCsvLine({ id: 'B', problem: 'regel 3: leeg, "x"' }, CLI_CSV)).toBe(
      'B,fout,,"regel 3: leeg, ""x"""\n',
    );
  });
});

describe('the Dutch Excel dialect', () => {
  it('checks every business of the demo city and writes ; with decimal commas, a BOM and CRLF', () => {
    const sites = businessSites(ds);
    expect(sites.length).toBe(ds.businesses.length);
    const rows = sites.map((s) => ({
      ...checkSite(ds, s, { kind: 'housing' }, { view: 'plan', extent }),
      name: s.name,
    }));
    // The same verdicts as the Locatiecheck gives one by one.
    for (const [i, s] of sites.slice(0, 10).entries()) {
      const v = checkLocation(ds, s.place, { kind: 'housing' }, { crs: s.crs });
      expect(rows[i]!.verdict!.verdict).toBe(v.verdict);
      expect(rows[i]!.verdict!.decidedBy).toBe(v.decidedBy);
    }
    const csv = batchToCsv(rows, EXCEL_NL_CSV, LABELS);
    expect(csv.startsWith('\uFEFFid;naam;x (RD);y (RD);oordeel;doorslaggevende regel;code;')).toBe(
      true,
    );
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.length - 2).toBe(sites.length);
    const first = lines[1]!.split(';');
    expect(first[0]).toBe(sites[0]!.id);
    expect(first[2]).toMatch(/^\d+,\d{2}$/);
    expect(['Toegestaan', 'Voorwaardelijk', 'Niet toegestaan']).toContain(first[4]);
    // A business park refuses homes: the rule is named in words and as its code.
    const onPark = lines.find((l) => l.includes(';HOUSING_ON_BUSINESS_PARK;'));
    expect(onPark).toContain(';Niet toegestaan;geen wonen op een bedrijventerrein;');
  });

  it('a CSV of places: good rows get a verdict, bad ones a problem and no verdict', () => {
    const read = readSitesCsv(
      'id;x;y\nA;167243;492840\nB;abc;493000\nC;5000;310000\n',
      undefined,
      'nl',
    );
    expect(read.sites.map((s) => s.id)).toEqual(['A', 'C']);
    expect(read.problems).toHaveLength(1);
    const rows = read.sites.map((s) =>
      checkSite(ds, s, { kind: 'activity', activityId: '1071-a' }, { view: 'plan', extent }),
    );
    expect(rows[0]!.verdict?.decidedBy).toBe('FUNCTIEMENGING_CONDITION');
    expect(rows[1]!.verdict).toBeUndefined();
    expect(rows[1]!.problem).toMatch(/buiten de geladen data/);
    const csv = batchToCsv(rows, EXCEL_NL_CSV, LABELS);
    expect(csv).toContain('\r\nA;;167243,00;492840,00;Voorwaardelijk;');
    expect(csv).toMatch(/\r\nC;;;;geen oordeel;;;;;"ligt buiten de geladen data/);
  });
});
