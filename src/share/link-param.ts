/**
 * Where a link keeps its state: the `s` parameter (issue 6). Kept apart from the codecs, which
 * the first view does not load (issue 14).
 */

/**
 * Finds the share parameter `s` in a URL's fragment or query.
 * @param href a full URL or just its hash/search part
 * @returns the raw parameter text, or `undefined`
 * @example readShareParam('https://x.nl/#s=1.abc') // '1.abc'
 */
export function readShareParam(href: string): string | undefined {
  const m = /[#?&]s=([^&#]*)/.exec(href);
  return m ? m[1] : undefined;
}
