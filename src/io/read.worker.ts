/**
 * The reading worker: parses, projects and checks the files a user opened, off the main thread,
 * so a 100 MB file never freezes the page. The readers load lazily inside it (read.ts), so
 * neither the first view nor the main chunk pays for them.
 */
import { readFiles } from './read.ts';
import type { ReadRequest, ReadResponse } from './read-protocol.ts';

interface WorkerScope {
  postMessage(message: ReadResponse): void;
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, files, sqlWasmUrl } = event.data;
  const t0 = performance.now();
  let last = 0;
  readFiles(files, {
    ...(sqlWasmUrl ? { sqlWasmUrl } : {}),
    onProgress: (fraction, file) => {
      const now = performance.now();
      // At most ~20 messages a second: progress is for the eye, not a log.
      if (fraction < 1 && now - last < 50) return;
      last = now;
      scope.postMessage({ type: 'progress', id, fraction, file });
    },
  })
    .then((result) => scope.postMessage({ type: 'result', id, result, ms: performance.now() - t0 }))
    .catch((error: unknown) =>
      scope.postMessage({
        type: 'error',
        id,
        message: error instanceof Error ? error.message : String(error),
      }),
    );
};
