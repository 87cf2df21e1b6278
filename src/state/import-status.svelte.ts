/**
 * The part of the import's state the first view needs (the Gegevens tab's progress bar, whether
 * the dialog is open). The rest, with the mapping and the worker, is import.svelte.ts, loaded
 * when a data file is opened.
 */

/** Where the import is. */
export type ImportStatus = 'idle' | 'reading' | 'mapping' | 'loading';

/** The import's reactive state. Mutate its fields; never reassign the object. */
export const importer = $state({
  status: 'idle' as ImportStatus,
  /** Reading progress 0–1 and the file being read. */
  progress: 0,
  file: '',
  fileNames: [] as string[],
  /** Milliseconds the last read took in the worker (and until the result was on the main thread). */
  readMs: 0,
  workspaceName: '',
  /** Categories the user gave to plan bestemmingen without one (id → category; `*` for all). */
  planCategories: {} as Record<string, string>,
});
