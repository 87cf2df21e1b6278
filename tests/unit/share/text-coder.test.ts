/**
 * Text columns of link format 2: any text round-trips, repeats and numbered
 * series cost a few bits, and a decoder stops at its limits.
 */
import { describe, expect, it } from 'vitest';
import { ReadError } from '../../../src/share/bytes.ts';
import { CostMeter, RangeDecoder, RangeEncoder } from '../../../src/share/range-coder.ts';
import { TextCoder, type TextLimits } from '../../../src/share/text-coder.ts';

const LIMITS: TextLimits = { maxChars: 5000, maxTotalChars: 100_000 };

/** Writes columns of texts with one coder and reads them back with another. */
function roundTrip(columns: string[][], limits = LIMITS): string[][] {
  const enc = new RangeEncoder();
  const writer = new TextCoder(limits);
  const wcols = columns.map(() => writer.column());
  columns.forEach((texts, c) => texts.forEach((t) => wcols[c]!.write(enc, t)));
  const dec = new RangeDecoder(enc.finish());
  const reader = new TextCoder(limits);
  const rcols = columns.map(() => reader.column());
  return columns.map((texts, c) => texts.map(() => rcols[c]!.read(dec)));
}

/** Bits the texts of one column cost. */
function costBits(texts: readonly string[]): number {
  const meter = new CostMeter();
  const column = new TextCoder(LIMITS).column();
  for (const t of texts) column.write(meter, t);
  return meter.bits;
}

describe('text columns', () => {
  it('round-trips awkward texts', () => {
    const texts = [
      '',
      ' ',
      '   leading and trailing   ',
      'a  b',
      '0',
      '007',
      '0000000000',
      '12345678901234567890',
      'deel 12b',
      'Één café, straße — 💥 ok?',
      'tab\there\nnew line',
      '',
      'Transformatie Havenkwartier deel 12',
      'Transformatie Havenkwartier deel 12',
      'x'.repeat(4000),
    ];
    const columns = [texts, [...texts].reverse(), texts.map((t) => t.toUpperCase())];
    expect(roundTrip(columns)).toEqual(columns);
  });

  it('codes a numbered series in about a bit per step', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `p-${String(i + 1).padStart(3, '0')}`);
    expect(roundTrip([ids])).toEqual([ids]);
    expect(costBits(ids) / ids.length).toBeLessThan(2);
  });

  it('codes a repeated note in a few bits', () => {
    const notes = ['Eerst akoestisch onderzoek.', 'Afstemmen met de provincie.'];
    const column = Array.from({ length: 100 }, (_, i) => notes[i % 2]!);
    const firstTwo = costBits(notes);
    expect((costBits(column) - firstTwo) / 98).toBeLessThan(3);
  });

  it('codes words it has seen far cheaper than new ones', () => {
    const words = ['Herontwikkeling', 'Transformatie', 'Verdichting'];
    const areas = ['Havenkwartier', 'Spoorzone', 'Kanaalzone'];
    const names = Array.from({ length: 60 }, (_, i) => `${words[i % 3]} ${areas[(i * 7) % 3]}`);
    // 60 names of ~25 characters: 12,000 bits as UTF-8.
    expect(costBits(names)).toBeLessThan(1200);
  });

  it('refuses a text longer than the limit', () => {
    expect(() => roundTrip([['x'.repeat(101)]], { maxChars: 100, maxTotalChars: 1000 })).toThrow(
      ReadError,
    );
    expect(() =>
      roundTrip([Array.from({ length: 20 }, (_, i) => `${i}`.padEnd(90, 'y'))], {
        maxChars: 100,
        maxTotalChars: 1000,
      }),
    ).toThrow(ReadError);
  });
});
