import { describe, expect, it } from 'vitest';
import {
  cancelImport,
  importFile,
  proposals,
  proposalState,
} from '../../../src/state/proposals.svelte.ts';

/** A file whose reading never ends (a 50 MB file on a slow disk, as far as the app can tell). */
const endless = { text: () => new Promise<string>(() => {}) } as unknown as Blob;

describe('Importeren: cancel', () => {
  it('stops a read that is still running: nothing is added and the panel says so', async () => {
    const before = proposals().length;
    const running = importFile(endless);
    expect(proposalState.importing).toBe(true);
    expect(proposalState.importProgress).toBe(0);
    cancelImport();
    await expect(running).resolves.toBe(0);
    expect(proposalState.importing).toBe(false);
    expect(proposalState.importCancelled).toBe(true);
    expect(proposals().length).toBe(before);
  });

  it('a finished import after a cancelled one adds its proposals and clears the notice', async () => {
    const cancelled = importFile(endless);
    cancelImport();
    await cancelled;
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'x', name: 'Uit bestand' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [5.1, 52.1],
                [5.101, 52.1],
                [5.101, 52.101],
                [5.1, 52.1],
              ],
            ],
          },
        },
      ],
    };
    const before = proposals().length;
    await expect(importFile(new Blob([JSON.stringify(fc)]))).resolves.toBe(1);
    expect(proposalState.importCancelled).toBe(false);
    expect(proposals().length).toBe(before + 1);
  });
});
