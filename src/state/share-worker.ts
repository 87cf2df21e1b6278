/**
 * The app's side of the share worker (issue 13): decoding a link, writing the link text and
 * reading proposal files run off the main thread. Where no worker can start (node tests, a
 * policy that forbids it) the same functions run here, with the same answers. That in-thread
 * path is loaded only when it is needed, so the link codecs stay out of the first view's
 * JavaScript (issue 14).
 */
import type { OpenedFile, OpenedLink, ReadProposals } from '../share/link-tasks.ts';
import type { Problem } from '../share/problems.ts';
import type { Proposal } from '../share/state.ts';
import type { ShareRequest, ShareResponse } from '../share/worker-protocol.ts';

/** The worker's tasks, for running them here. */
const tasks = () => import('../share/link-tasks.ts');

type Pending = { resolve: (r: ShareResponse) => void; reject: (e: Error) => void };

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

/** The worker, started on first use; null where none can run. */
function shareWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = null;
  if (typeof Worker === 'undefined') return worker;
  try {
    const w = new Worker(new URL('../share/share.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<ShareResponse>) => {
      if (event.data.type === 'progress') return;
      const p = pending.get(event.data.id);
      pending.delete(event.data.id);
      p?.resolve(event.data);
    };
    w.onerror = () => {
      // The worker failed to start or crashed: answer what waits here, from now on in-thread.
      worker = null;
      for (const p of pending.values()) p.reject(new Error('share worker failed'));
      pending.clear();
    };
    worker = w;
  } catch {
    worker = null;
  }
  return worker;
}

type RequestBody = ShareRequest extends infer R
  ? R extends ShareRequest
    ? Omit<R, 'id'>
    : never
  : never;

/** Sends a request to the worker; runs `here` when there is none (or it failed). */
async function ask<T>(request: RequestBody, here: () => T | Promise<T>): Promise<T> {
  const w = shareWorker();
  if (!w) return here();
  const id = nextId++;
  try {
    const response = await new Promise<ShareResponse>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      w.postMessage({ ...request, id } as ShareRequest);
    });
    if (response.type === 'error') return here();
    return (response as unknown as { result: T }).result;
  } catch {
    return here();
  }
}

const textOf = (file: Blob | string): Promise<string> =>
  typeof file === 'string' ? Promise.resolve(file) : file.text();

/**
 * Decodes a link off the main thread.
 * @param text the value after `#s=`
 * @param own the own proposals now (plain data)
 * @returns the opened link
 */
export function openLinkOffThread(text: string, own: Proposal[]): Promise<OpenedLink> {
  return ask({ type: 'open-link', text, own }, async () => (await tasks()).openLink(text, own));
}

/**
 * Checks a gathered state and writes its link text off the main thread.
 * @param raw the gathered state (plain data)
 * @returns the link text and what could not go into it
 */
export function writeLinkOffThread(raw: unknown): Promise<{ text: string; problems: Problem[] }> {
  return ask({ type: 'write-link', raw }, async () => (await tasks()).writeLink(raw));
}

/** Thrown by `readProposalsOffThread` when its signal aborts. */
export class ReadCancelled extends Error {
  constructor() {
    super('read cancelled');
    this.name = 'ReadCancelled';
  }
}

/** Options of a file read: progress (0–1 of the bytes) and cancelling. */
export interface ReadOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * Reads a file picked with Importeren off the main thread, in a worker of its own so that
 * cancelling (terminating it) stops the work at once and leaves links and saving alone.
 * @param file the file (or its text)
 * @param existingIds ids in the list now
 * @param room how many proposals the list can still take
 * @param options progress and cancelling
 * @returns the proposals to add and the problems; rejects with ReadCancelled when aborted
 */
export function readProposalsOffThread(
  file: Blob | string,
  existingIds: string[],
  room: number,
  options: ReadOptions = {},
): Promise<ReadProposals> {
  const { onProgress, signal } = options;
  const here = async () => {
    const text = await textOf(file);
    if (signal?.aborted) throw new ReadCancelled();
    return (await tasks()).readProposalsFile(text, existingIds, room);
  };
  let w: Worker | null = null;
  if (typeof Worker !== 'undefined' && worker !== null) {
    try {
      w = new Worker(new URL('../share/share.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      w = null;
    }
  }
  return new Promise<ReadProposals>((resolve, reject) => {
    const stop = () => {
      w?.terminate();
      reject(new ReadCancelled());
    };
    if (signal?.aborted) return stop();
    signal?.addEventListener('abort', stop, { once: true });
    const finish = (result: Promise<ReadProposals>) => {
      result.then(resolve, reject).finally(() => {
        signal?.removeEventListener('abort', stop);
        w?.terminate();
      });
    };
    if (!w) return finish(here());
    w.onmessage = (event: MessageEvent<ShareResponse>) => {
      const data = event.data;
      if (data.type === 'progress') onProgress?.(data.fraction);
      else if (data.type === 'read-proposals') finish(Promise.resolve(data.result));
      else finish(here());
    };
    w.onerror = () => finish(here());
    const request: ShareRequest = { id: 1, type: 'read-proposals', file, existingIds, room };
    w.postMessage(request);
  });
}

/**
 * Opens a dropped file (or one opened in the share panel) off the main thread.
 * @param file the file (or its text)
 * @param existingIds ids in the list now
 * @returns what the file is, with its state or proposals
 */
export function openFileOffThread(file: Blob | string, existingIds: string[]): Promise<OpenedFile> {
  return ask({ type: 'open-file', file, existingIds }, async () =>
    (await tasks()).openFile(await textOf(file), existingIds),
  );
}
