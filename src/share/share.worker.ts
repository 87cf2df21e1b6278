/**
 * The share worker (issue 13): decodes links, writes the link text and reads proposal files off
 * the main thread, so a hostile link or a big file never blocks the page. Each request carries
 * an id; the answer carries the same id.
 */
import { openFile, openLink, readProposalsFile, writeLink } from './link-tasks.ts';
import type { ShareRequest, ShareResponse } from './worker-protocol.ts';

interface WorkerScope {
  postMessage(message: ShareResponse): void;
  onmessage: ((event: MessageEvent<ShareRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

/** A file's text: read here, so a 50 MB file is never copied as a string between threads. */
const textOf = (input: Blob | string): Promise<string> =>
  typeof input === 'string' ? Promise.resolve(input) : input.text();

/** Reads a file in chunks, saying how far it is (for the Importeren progress bar). */
async function textWithProgress(input: Blob | string, id: number): Promise<string> {
  if (typeof input === 'string' || typeof input.stream !== 'function') return textOf(input);
  const decoder = new TextDecoder();
  const reader = input.stream().getReader();
  const parts: string[] = [];
  let read = 0;
  let said = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    read += value.byteLength;
    // At most about a hundred messages per file.
    if (read - said >= input.size / 100) {
      said = read;
      scope.postMessage({ id, type: 'progress', fraction: read / Math.max(1, input.size) });
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}

async function answer(request: ShareRequest): Promise<ShareResponse> {
  switch (request.type) {
    case 'open-link':
      return { id: request.id, type: 'open-link', result: openLink(request.text, request.own) };
    case 'write-link':
      return { id: request.id, type: 'write-link', result: writeLink(request.raw) };
    case 'read-proposals':
      return {
        id: request.id,
        type: 'read-proposals',
        result: readProposalsFile(
          await textWithProgress(request.file, request.id),
          request.existingIds,
          request.room,
        ),
      };
    case 'open-file':
      return {
        id: request.id,
        type: 'open-file',
        result: openFile(await textOf(request.file), request.existingIds),
      };
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  answer(request).then(
    (response) => scope.postMessage(response),
    (error: unknown) =>
      scope.postMessage({ id: request.id, type: 'error', message: String(error).slice(0, 300) }),
  );
};
