/**
 * Messages between the app and the share worker (`share.worker.ts`). Plain, structured-clone
 * safe data; files travel as Blobs (cheap to send) and are read in the worker.
 */
import type { OpenedFile, OpenedLink, ReadProposals } from './link-tasks.ts';
import type { Problem } from './problems.ts';
import type { Proposal } from './state.ts';

/** A request; `id` pairs it with its answer. */
export type ShareRequest =
  | { id: number; type: 'open-link'; text: string; own: Proposal[] }
  | { id: number; type: 'write-link'; raw: unknown }
  | {
      id: number;
      type: 'read-proposals';
      file: Blob | string;
      existingIds: string[];
      room: number;
    }
  | { id: number; type: 'open-file'; file: Blob | string; existingIds: string[] };

/** An answer, by the request's type. */
export type ShareResponse =
  | { id: number; type: 'open-link'; result: OpenedLink }
  | { id: number; type: 'write-link'; result: { text: string; problems: Problem[] } }
  | { id: number; type: 'read-proposals'; result: ReadProposals }
  | { id: number; type: 'open-file'; result: OpenedFile }
  /** While a file is read: how much of it (0–1); the answer follows. */
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'error'; message: string };
