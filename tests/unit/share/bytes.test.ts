import { describe, expect, it } from 'vitest';
import {
  ByteReader,
  ByteWriter,
  ReadError,
  decodeBase64Url,
  encodeBase64Url,
} from '../../../src/share/bytes.ts';
import { createRandom } from './sample.ts';

describe('varints', () => {
  it('round-trips unsigned and zigzag values up to 2^53', () => {
    const values = [0, 1, 127, 128, 16383, 16384, 2 ** 31, 2 ** 32 + 5, Number.MAX_SAFE_INTEGER];
    const w = new ByteWriter();
    values.forEach((v) => {
      w.uint(v);
      w.sint(0 - Math.floor(v / 2));
    });
    const r = new ByteReader(w.toBytes());
    values.forEach((v) => {
      expect(r.uint()).toBe(v);
      expect(r.sint()).toBe(0 - Math.floor(v / 2));
    });
    expect(r.done).toBe(true);
  });

  it('throws ReadError past the end and on overlong varints', () => {
    expect(() => new ByteReader(new Uint8Array([0x80])).uint()).toThrow(ReadError);
    expect(() => new ByteReader(new Uint8Array(9).fill(0xff)).uint()).toThrow(ReadError);
  });

  it('refuses to write non-integers (a caller bug)', () => {
    expect(() => new ByteWriter().uint(1.5)).toThrow(RangeError);
    expect(() => new ByteWriter().sint(NaN)).toThrow(RangeError);
  });
});

describe('bit-packed columns', () => {
  it('round-trips values at every width', () => {
    const random = createRandom(3);
    for (let width = 0; width <= 30; width++) {
      const values = Array.from({ length: 37 }, () => Math.floor(random() * 2 ** width));
      const w = new ByteWriter();
      w.packed(values, width);
      expect(w.toBytes().length).toBe(Math.ceil((37 * width) / 8));
      expect(new ByteReader(w.toBytes()).packed(37, width)).toEqual(values);
    }
  });
});

describe('base64url', () => {
  it('round-trips every length and refuses foreign characters', () => {
    for (let n = 0; n < 10; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 200) & 0xff);
      const text = encodeBase64Url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(decodeBase64Url(text)).toEqual(bytes);
    }
    expect(decodeBase64Url('ab+c')).toBeUndefined();
    expect(decodeBase64Url('abcde')).toBeUndefined();
  });
});
