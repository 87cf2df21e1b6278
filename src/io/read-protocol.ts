/**
 * Messages between the app and the reading worker (`read.worker.ts`). The app sends one `read`
 * with the files' bytes (transferred, not copied); the worker answers with `progress` messages
 * and one `result` (or `error`) with the same id. Cancelling is terminating the worker: a reader
 * in the middle of a synchronous parse cannot look at a message, so the app ends it and starts a
 * fresh one for the next read.
 */
import type { InputFile, ReadResult } from './types.ts';

/** App → worker. */
export interface ReadRequest {
  type: 'read';
  id: number;
  files: InputFile[];
  /** URL of sql.js's wasm in the built app (GeoPackage). */
  sqlWasmUrl?: string;
}

/** Worker → app. */
export type ReadResponse =
  | { type: 'progress'; id: number; fraction: number; file: string }
  | { type: 'result'; id: number; result: ReadResult; ms: number }
  | { type: 'error'; id: number; message: string };
