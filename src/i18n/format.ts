/**
 * The one number formatter of the app: numbers in the locale of the UI language (nl-NL,
 * en-GB), for the rules' sentences, the panels, the info panel, the CLI and the messages.
 * The `Intl.NumberFormat` objects are cached: building one costs far more than using it, and
 * a panel formats hundreds of numbers per render.
 */
import { LOCALES } from './locales.ts';

/** A UI language. */
export type NumberLang = keyof typeof LOCALES;

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: NumberLang, minDigits: number, maxDigits: number): Intl.NumberFormat {
  const key = `${lang}:${minDigits}:${maxDigits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      minimumFractionDigits: minDigits,
      maximumFractionDigits: maxDigits,
    });
    formats.set(key, f);
  }
  return f;
}

/**
 * A number with a fixed number of fraction digits, in the UI language.
 * @param n the number
 * @param lang UI language
 * @param digits fraction digits (default 0)
 * @returns the formatted number
 * @example formatNumber(1042.34, 'nl', 1) // "1.042,3"
 */
export function formatNumber(n: number, lang: NumberLang, digits = 0): string {
  return numberFormat(lang, digits, digits).format(n);
}

/**
 * A number with at most `maxDigits` fraction digits (trailing zeros left out), in the UI
 * language: for values whose precision is not known, such as data attributes.
 * @param n the number
 * @param lang UI language
 * @param maxDigits largest number of fraction digits
 * @returns the formatted number
 * @example formatNumberUpTo(1.5, 'en', 2) // "1.5"
 */
export function formatNumberUpTo(n: number, lang: NumberLang, maxDigits: number): string {
  return numberFormat(lang, 0, maxDigits).format(n);
}

/**
 * A count with its noun in the right form: singular for exactly one, plural otherwise
 * (Dutch and English both use the singular only for 1: "1 woning", "0 woningen", "2 homes").
 * @param n the count
 * @param lang UI language
 * @param one the noun for one
 * @param other the noun for any other count
 * @returns the formatted count and noun
 * @example formatCount(1, 'nl', 'woning', 'woningen') // "1 woning"
 * @example formatCount(1200, 'nl', 'woning', 'woningen') // "1.200 woningen"
 */
export function formatCount(n: number, lang: NumberLang, one: string, other: string): string {
  return `${formatNumber(n, lang)} ${n === 1 ? one : other}`;
}

/**
 * A coordinate in metres without thousands separators (RD x and y are read and typed as plain
 * numbers: "168012,34"), in the UI language's decimal mark.
 * @param n the coordinate
 * @param lang UI language
 * @param digits fraction digits (default 2: centimetres)
 * @returns the formatted coordinate
 * @example formatCoordinate(168012.345, 'nl') // "168012,35"
 */
export function formatCoordinate(n: number, lang: NumberLang, digits = 2): string {
  const key = `coord:${lang}:${digits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    });
    formats.set(key, f);
  }
  return f.format(n);
}

/**
 * A date and time in the UI language, for memos and exports.
 * @param date the moment
 * @param lang UI language
 * @returns e.g. "2 december 2026 om 09:20" (nl), "2 December 2026 at 09:20" (en)
 */
export function formatDateTime(date: Date, lang: NumberLang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeStyle: 'short' }).format(
    date,
  );
}
