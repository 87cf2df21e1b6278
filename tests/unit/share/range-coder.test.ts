/**
 * The range coder of link format 2: every model round-trips whatever it is
 * given, the cost meter agrees with the bytes written, and hostile input ends
 * in a ReadError or garbage values, never a hang or another exception.
 */
import { describe, expect, it } from 'vitest';
import { ReadError } from '../../../src/share/bytes.ts';
import {
  CostMeter,
  createProbs,
  RangeDecoder,
  RangeEncoder,
  SintModel,
  SymbolModel,
  UintModel,
} from '../../../src/share/range-coder.ts';
import { createRandom } from './sample.ts';

type Op =
  | { kind: 'bit'; slot: number; value: number }
  | { kind: 'direct'; value: number; count: number }
  | { kind: 'uint'; value: number }
  | { kind: 'sint'; value: number }
  | { kind: 'symbol'; value: number };

/** A seeded mix of every kind of decision, with skewed and even bits and huge and tiny numbers. */
function makeOps(seed: number, count: number): Op[] {
  const random = createRandom(seed);
  const ops: Op[] = [];
  for (let k = 0; k < count; k++) {
    const r = random();
    if (r < 0.3) ops.push({ kind: 'bit', slot: k % 3, value: random() < 0.9 ? 0 : 1 });
    else if (r < 0.4) {
      const n = Math.floor(random() * 31);
      ops.push({ kind: 'direct', value: Math.floor(random() * 2 ** n), count: n });
    } else if (r < 0.6) {
      const bits = Math.floor(random() * 48);
      ops.push({ kind: 'uint', value: Math.floor(random() * 2 ** bits) });
    } else if (r < 0.8) {
      const bits = Math.floor(random() * 40);
      // + 0 turns -0 into 0 (the coder writes numbers, not signed zeros).
      ops.push({ kind: 'sint', value: Math.round((random() - 0.5) * 2 ** bits) + 0 });
    } else ops.push({ kind: 'symbol', value: Math.floor(random() * 7) });
  }
  return ops;
}

function models() {
  return {
    probs: createProbs(3),
    uint: new UintModel(),
    sint: new SintModel(),
    symbol: new SymbolModel(7),
  };
}

function encode(ops: readonly Op[]): Uint8Array {
  const enc = new RangeEncoder();
  const m = models();
  for (const op of ops) {
    if (op.kind === 'bit') enc.bit(m.probs, op.slot, op.value);
    else if (op.kind === 'direct') enc.direct(op.value, op.count);
    else if (op.kind === 'uint') m.uint.write(enc, op.value);
    else if (op.kind === 'sint') m.sint.write(enc, op.value);
    else m.symbol.write(enc, op.value);
  }
  return enc.finish();
}

function decode(bytes: Uint8Array, ops: readonly Op[]): number[] {
  const dec = new RangeDecoder(bytes);
  const m = models();
  return ops.map((op) => {
    if (op.kind === 'bit') return dec.bit(m.probs, op.slot);
    if (op.kind === 'direct') return dec.direct(op.count);
    if (op.kind === 'uint') return m.uint.read(dec);
    if (op.kind === 'sint') return m.sint.read(dec);
    return m.symbol.read(dec);
  });
}

describe('range coder', () => {
  it.each([1, 2, 3, 4, 5])('round-trips 5,000 mixed decisions (seed %i)', (seed) => {
    const ops = makeOps(seed, 5000);
    expect(decode(encode(ops), ops)).toEqual(ops.map((op) => op.value));
  });

  it('round-trips the extremes of every model', () => {
    const ops: Op[] = [
      { kind: 'uint', value: 0 },
      { kind: 'uint', value: 2 ** 48 - 1 },
      { kind: 'sint', value: -(2 ** 46) },
      { kind: 'sint', value: 2 ** 46 },
      { kind: 'symbol', value: 6 },
      { kind: 'direct', value: 2 ** 30 - 1, count: 30 },
      { kind: 'direct', value: 0, count: 0 },
    ];
    expect(decode(encode(ops), ops)).toEqual(ops.map((op) => op.value));
  });

  it('codes nothing in no bytes and a run of certain decisions in almost none', () => {
    expect(encode([]).length).toBe(0);
    const zeros: Op[] = Array.from({ length: 10_000 }, () => ({ kind: 'bit', slot: 0, value: 0 }));
    const bytes = encode(zeros);
    expect(bytes.length).toBeLessThan(40);
    expect(decode(bytes, zeros).every((b) => b === 0)).toBe(true);
  });

  it('writes what the cost meter predicts, within a few bytes', () => {
    const ops = makeOps(7, 5000);
    const meter = new CostMeter();
    const m = models();
    for (const op of ops) {
      if (op.kind === 'bit') meter.bit(m.probs, op.slot, op.value);
      else if (op.kind === 'direct') meter.direct(op.value, op.count);
      else if (op.kind === 'uint') m.uint.write(meter, op.value);
      else if (op.kind === 'sint') m.sint.write(meter, op.value);
      else m.symbol.write(meter, op.value);
    }
    expect(Math.abs(encode(ops).length - meter.bits / 8)).toBeLessThan(8);
  });

  it('learns: a skewed column of small numbers costs far less than its bytes', () => {
    const random = createRandom(3);
    const ops: Op[] = Array.from({ length: 2000 }, () => ({
      kind: 'uint',
      value: random() < 0.8 ? 1 : Math.floor(random() * 8),
    }));
    // A varint would take 2,000 bytes; the entropy is about 1.1 bits a value.
    expect(encode(ops).length).toBeLessThan(400);
  });

  it('refuses to write what it cannot read back', () => {
    const enc = new RangeEncoder();
    expect(() => new UintModel().write(enc, -1)).toThrow(RangeError);
    expect(() => new UintModel().write(enc, 0.5)).toThrow(RangeError);
    expect(() => new UintModel().write(enc, 2 ** 48)).toThrow(RangeError);
    expect(() => new SymbolModel(3).write(enc, 3)).toThrow(RangeError);
  });

  it('reads random bytes without hanging; the only error is ReadError', () => {
    const random = createRandom(11);
    let readErrors = 0;
    for (let k = 0; k < 300; k++) {
      const bytes = Uint8Array.from({ length: Math.floor(random() * 64) }, () =>
        Math.floor(random() * 256),
      );
      const dec = new RangeDecoder(bytes);
      const m = models();
      const symbol = new SymbolModel(5); // 5 of 8 leaves: garbage may point past the end
      try {
        for (let i = 0; i < 200; i++) {
          m.uint.readMax(dec, 1000);
          m.sint.read(dec);
          symbol.read(dec);
        }
      } catch (e) {
        expect(e).toBeInstanceOf(ReadError);
        readErrors++;
      }
    }
    expect(readErrors).toBeGreaterThan(0);
  });
});
