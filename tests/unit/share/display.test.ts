/**
 * Issue 14: the link's display section (15) carries the size of the map a camera was taken on
 * (so another screen sees the same extent) and which analyses each agendapunt showed. Links
 * without it open as before; links with it open in older decoders (the section is skipped).
 */
import { describe, expect, it } from 'vitest';
import {
  createDefaultState,
  decodeState,
  encodeState,
  type SavedView,
  type SharedState,
} from '../../../src/share/index.ts';
import { PART_INVALID } from '../../../src/share/problems.ts';
import { readSharedState } from '../../../src/share/state.ts';
import { fittedZoom } from '../../../src/share/fit.ts';

const view = (name: string, extra: Partial<SavedView> = {}): SavedView => ({
  name,
  camera: { center: [5.6, 52.41], zoom: 14, bearing: 0, pitch: 0 },
  layers: {},
  ...extra,
});

describe('the display section', () => {
  it('round-trips the map size and the agendapunten analyses', () => {
    const state: SharedState = {
      ...createDefaultState(),
      camera: { center: [5.6, 52.41], zoom: 13.5, bearing: 10, pitch: 0, viewportPx: [1280, 800] },
      savedViews: [
        view('Voor de surface', { analysis: { surface: false, contours: false } }),
        view('Wonen', {
          program: { kind: 'housing' },
          analysis: { surface: true, contours: true },
          camera: { center: [5.6, 52.41], zoom: 15, bearing: 0, pitch: 0, viewportPx: [1366, 768] },
        }),
        view('Oud'),
      ],
    };
    const { state: back, problems } = decodeState(encodeState(state));
    expect(problems).toEqual([]);
    expect(back.camera.viewportPx).toEqual([1280, 800]);
    expect(back.savedViews.map((v) => v.analysis)).toEqual([
      { surface: false, contours: false },
      { surface: true, contours: true },
      undefined,
    ]);
    expect(back.savedViews[1]?.camera.viewportPx).toEqual([1366, 768]);
    expect(back.savedViews[0]?.camera.viewportPx).toBeUndefined();
  });

  it('is left out when there is nothing to say, so such links stay byte for byte as before', () => {
    const base = createDefaultState();
    const plain = encodeState(base);
    expect(encodeState({ ...base, savedViews: [view('a')] })).not.toContain('undefined');
    expect(decodeState(plain).state.camera.viewportPx).toBeUndefined();
    // The same state with a map size is a longer link, and the size is all that differs.
    const sized = encodeState({ ...base, camera: { ...base.camera, viewportPx: [800, 600] } });
    expect(sized).not.toBe(plain);
    const { viewportPx, ...rest } = decodeState(sized).state.camera;
    expect(viewportPx).toEqual([800, 600]);
    expect(rest).toEqual(decodeState(plain).state.camera);
  });

  it('the state file checks them: a bad size or analysis is reported', () => {
    const bad = readSharedState({
      ...createDefaultState(),
      savedViews: [view('x', { analysis: { surface: 'ja' } as never })],
    });
    expect(bad.state.savedViews).toEqual([]);
    expect(bad.problems).toEqual([{ code: PART_INVALID, part: 'savedViews', detail: '#1' }]);
    const badSize = readSharedState({
      ...createDefaultState(),
      camera: { center: [5.6, 52.4], zoom: 12, bearing: 0, pitch: 0, viewportPx: [0, -3] },
    });
    expect(badSize.problems).toEqual([{ code: PART_INVALID, part: 'camera' }]);
  });
});

describe('fittedZoom: the extent seen, on a screen of another size', () => {
  const camera = { center: [5.6, 52.41] as [number, number], zoom: 14, bearing: 0, pitch: 0 };
  it('zooms out on a smaller map until the whole extent fits, and in on a larger one', () => {
    const seen = { ...camera, viewportPx: [1280, 800] as [number, number] };
    expect(fittedZoom(seen, [640, 800])).toBeCloseTo(13, 9);
    expect(fittedZoom(seen, [1280, 400])).toBeCloseTo(13, 9);
    expect(fittedZoom(seen, [2560, 1600])).toBeCloseTo(15, 9);
    // An iPad in portrait beside no side panel: 768 × 1024 shows all of the 1280 × 800 extent.
    const z = fittedZoom(seen, [768, 1024]);
    expect(1280 / 2 ** (14 - z)).toBeLessThanOrEqual(768 + 1e-9);
  });
  it('keeps the zoom of a camera without a map size (older links)', () => {
    expect(fittedZoom(camera, [400, 300])).toBe(14);
  });
});
