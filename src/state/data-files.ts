/**
 * Where the layer files come from in the built app: every file under geodata/
 * is bundled by Vite as an asset; a layer with `{ url }` is fetched from there.
 */
import type { DataSource } from '../domain/load.ts';

const BUNDLED = import.meta.glob('/geodata/**/*.geojson', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/**
 * The URL of a layer source in the built app.
 * @param source the layer's source
 * @returns its URL, or `undefined` when the file is not bundled
 */
export function urlOf(source: DataSource): string | undefined {
  return 'url' in source ? source.url : BUNDLED[`/geodata/${source.file}`];
}

/**
 * Reads a source's text with fetch; rejects with a short reason.
 * @param source the layer's source
 * @returns the file's text
 */
export async function fetchLayerText(source: DataSource): Promise<string> {
  const url = urlOf(source);
  if (!url) throw new Error('not found in geodata/');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}
