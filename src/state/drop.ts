/**
 * One drop dispatcher (issue 12): an exported workspace (`*.werkruimte.json`) becomes a stored
 * workspace; a Werkruimte state or proposals file goes the way it always went
 * (`openStateFile`: proposals replaced with undo, or added); every other file (a Shapefile's parts,
 * a plan, a GeoPackage, a data GeoJSON, …) goes to the import, which is loaded only then.
 */
import { openStateFile } from './share.svelte.ts';
import { isWorkspaceFile } from './workspace-file.ts';
import { importWorkspaceFile } from './workspaces.svelte.ts';

/** Larger `.geojson` files are never state files (those hold proposals only): straight to import. */
const STATE_FILE_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Opens files the user picked or dropped on the map.
 * @param files the files
 */
export async function openDroppedFiles(files: readonly File[]): Promise<void> {
  const only = files.length === 1 ? files[0]! : undefined;
  if (only && isWorkspaceFile(only.name, await only.slice(0, 200).text())) {
    await importWorkspaceFile(only);
    return;
  }
  if (only && /\.(geo)?json$/i.test(only.name) && only.size <= STATE_FILE_MAX_BYTES) {
    // Read and recognised in the share worker (issue 13: a big file must not block the page).
    // openStateFile says itself what it did (replaced with undo, added, or refused).
    if ((await openStateFile(only, only.name, { dataElsewhere: true })) !== 'data') return;
  }
  await openDataFiles(files);
}

/**
 * Reads data files into the import dialog (the import module loads on first use).
 * @param files the files
 */
export async function openDataFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  const { openDataFiles: open } = await import('./import.svelte.ts');
  await open(files);
}

/** Cancels a running read. */
export async function cancelReading(): Promise<void> {
  const { cancelReading: cancel } = await import('./import.svelte.ts');
  cancel();
}
