/** The copied memo carries the date, the address, the RD coordinates and the link (issue 14). */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { formatCoordinate } from '../../../src/i18n/format.ts';
import { nl } from '../../../src/i18n/nl.ts';
import {
  formatMemo,
  memoAboutLines,
  type ReasonTextContext,
  type VerdictText,
} from '../../../src/rules/reason-text.ts';

const NL: ReasonTextContext = { lang: 'nl', m: nl };
const EN: ReasonTextContext = { lang: 'en', m: en };
const TEXT: VerdictText = {
  verdict: 'Toegestaan',
  explain: 'Het plan laat dit hier toe.',
  decidedBy: undefined,
  program: 'Programma: wonen',
  place: 'Plek: punt',
  view: 'Gemeten volgens: Feitelijk',
  omgevingstype: 'De plek geldt als rustige woonwijk.',
  reasons: [],
  zones: [],
  nearestDwelling: 'Geen woningen in de gegevens.',
};
// 2 December 2026, 09:20 local time
const DATE = new Date(2026, 11, 2, 9, 20);

describe('memo', () => {
  it('writes RD coordinates without thousands separators, in the decimal mark of the language', () => {
    expect(formatCoordinate(168012.345, 'nl')).toBe('168012,35');
    expect(formatCoordinate(168012.345, 'en')).toBe('168012.35');
  });

  it('carries date, address, RD point and link besides the verdict', () => {
    const memo = formatMemo(TEXT, NL, {
      about: {
        date: DATE,
        placeRd: { point: [168012.3, 493456.78] },
        address: 'Boterbloemhof 1',
        link: 'http://localhost/#s=1.abc',
      },
    });
    const lines = memo.split('\n');
    expect(lines[0]).toBe('Locatiecheck Werkruimte');
    expect(memo).toContain('Datum: 2 december 2026 om 09:20');
    expect(memo).toContain('Adres: Boterbloemhof 1');
    expect(memo).toContain('RD-coördinaten (EPSG:28992, meter): x 168012,30, y 493456,78');
    expect(memo).toContain('Link naar deze kaart: http://localhost/#s=1.abc');
    expect(memo).toContain('Oordeel: TOEGESTAAN');
    // Date and place come before the verdict; the link after the reasons.
    expect(memo.indexOf('Datum:')).toBeLessThan(memo.indexOf('Oordeel:'));
    expect(memo.indexOf('Link naar')).toBeGreaterThan(memo.indexOf('Geen woningen'));
  });

  it('lists each corner of a polygon once', () => {
    const { head } = memoAboutLines(
      {
        date: DATE,
        placeRd: {
          corners: [
            [1, 2],
            [3, 4],
            [5, 6],
            [1, 2],
          ],
        },
      },
      EN,
    );
    expect(head).toEqual([
      'Date: 2 December 2026 at 09:20',
      'Corners in RD (EPSG:28992, metres): x 1.00, y 2.00; x 3.00, y 4.00; x 5.00, y 6.00',
    ]);
  });

  it('leaves out what is not known', () => {
    const { head, link } = memoAboutLines({ date: DATE, placeRd: { point: [1, 2] } }, NL);
    expect(head.some((l) => l.startsWith('Adres'))).toBe(false);
    expect(link).toEqual([]);
    expect(formatMemo(TEXT, NL)).not.toContain('Datum');
  });
});
