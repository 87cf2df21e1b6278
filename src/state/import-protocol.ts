/**
 * Messages between the app and the import worker (`import.worker.ts`). The worker reads the
 * files (bytes transferred, not copied), keeps the read layers, maps them on each change of the
 * dialog and answers with summaries only; the features that load travel to the app once, in
 * chunks (each one short to receive), when the user confirms or a stored workspace is opened.
 * Cancelling a read is terminating the worker: a parse in progress cannot look at a message.
 */
import type { Feature } from 'geojson';
import type { InputFile } from '../io/types.ts';
import type { SlotId } from './import-mapping.ts';
import type { MapRequest, MapSummary, ReadSummary } from './import-session.ts';
import type { StoreFailure, WorkspaceMeta } from './workspace-store.ts';
import type { WorkspaceExtras } from './workspace-file.ts';
import type { ProposalFeature } from '../analysis/proposals/types.ts';
import type { RuleView } from '../rules/location-check.ts';

/** App → worker. */
export type ImportRequest =
  | { type: 'read'; id: number; files: InputFile[]; sqlWasmUrl?: string }
  | { type: 'map'; id: number; request: MapRequest }
  /** Send the features of the last mapping, then store them as this workspace. */
  | { type: 'commit'; id: number; meta: WorkspaceMeta }
  | { type: 'rejected'; id: number }
  /** Send a stored workspace's features. */
  | { type: 'open'; id: number; workspaceId: string }
  /** Write a stored workspace as one file, with its proposals and rule view (kept by the app). */
  | { type: 'export'; id: number; workspaceId: string; extras: WorkspaceExtras }
  /** Read a workspace file and store it under `meta` (its name and files are filled in). */
  | { type: 'import-file'; id: number; name: string; bytes: Uint8Array; meta: WorkspaceMeta }
  | { type: 'close' };

/** Worker → app. */
export type ImportResponse =
  | { type: 'progress'; id: number; fraction: number; file: string }
  | { type: 'read-done'; id: number; summary: ReadSummary; ms: number }
  | { type: 'mapped'; id: number; summary: MapSummary; ms: number }
  | { type: 'chunk'; id: number; slot: SlotId; features: Feature[] }
  /** All chunks sent; `stored` says whether the workspace is kept (or why not). */
  | { type: 'features-done'; id: number; meta: WorkspaceMeta }
  | { type: 'stored'; id: number; meta: WorkspaceMeta; failure?: StoreFailure; detail?: string }
  | { type: 'file'; id: number; bytes: Uint8Array }
  | {
      type: 'imported';
      id: number;
      meta: WorkspaceMeta;
      problems: string[];
      /** The file's proposals and rule view: the app keeps them for the new workspace. */
      proposals: ProposalFeature[];
      ruleView?: RuleView;
    }
  | { type: 'error'; id: number; message: string; failure?: StoreFailure | 'missing' };
