import { afterEach, describe, expect, it } from 'vitest';
import {
  LINK_CORRUPT,
  LINK_MALFORMED,
  LINK_TOO_LARGE,
  LINK_TOO_LONG,
  LINK_UNSUPPORTED_VERSION,
  GEOJSON_INVALID,
  PART_INVALID,
  PROPERTIES_DEFAULTED,
  PROPOSAL_DROPPED,
  type ProblemCode,
  type SavedView,
  type StatePart,
} from '../../../src/share/index.ts';
import { en } from '../../../src/i18n/en.ts';
import { nl } from '../../../src/i18n/nl.ts';
import { scaleStyleValue } from '../../../src/map/presentation.ts';
import {
  applyState,
  cleanText,
  deleteView,
  describeProblems,
  gatherState,
  goToView,
  moveView,
  registerSlice,
  saveView,
  share,
  stepView,
} from '../../../src/state/share.svelte.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanups.splice(0)) f();
  share.savedViews.splice(0);
  share.viewIndex = -1;
});

const view = (name: string, zoom: number): SavedView => ({
  name,
  camera: { center: [5.6, 52.42], zoom, bearing: 0, pitch: 0 },
  layers: {},
});

/** A link without proposals, as the share worker prepares it. */
const NOTHING_PREPARED = { proposals: [], sameAsOwn: true };

describe('state slices', () => {
  it('gathers each registered slice into one valid state', () => {
    cleanups.push(
      registerSlice({
        id: 'test-title',
        write: (s) => {
          s.title = 'Raad';
          s.camera = { center: [5.6, 52.42], zoom: 13, bearing: 10, pitch: 0 };
        },
        apply: () => {},
      }),
    );
    const { state, problems } = gatherState();
    expect(problems).toEqual([]);
    expect(state.title).toBe('Raad');
    expect(state.camera.zoom).toBe(13);
    // Parts no slice writes stay at their default.
    expect(state.proposals).toEqual([]);
    expect(state.check).toBeUndefined();
  });

  it('names a part a slice wrote wrongly instead of putting it in the link', () => {
    cleanups.push(
      registerSlice({
        id: 'bad',
        write: (s) => {
          s.title = 'a\u0000b';
        },
        apply: () => {},
      }),
    );
    const { state, problems } = gatherState();
    expect(state.title).toBeUndefined();
    expect(problems).toEqual([{ code: PART_INVALID, part: 'title' }]);
  });

  it('applies start slices at once with the opened state', () => {
    const seen: string[] = [];
    cleanups.push(
      registerSlice({
        id: 'start',
        write: () => {},
        apply: (s) => {
          seen.push(s.title ?? '');
        },
      }),
    );
    const { state } = gatherState();
    applyState({ ...state, title: 'Uit de link' }, 'link', NOTHING_PREPARED);
    expect(seen).toEqual(['Uit de link']);
  });

  it('holds back the start slices after one that returns a promise until it resolves', async () => {
    const seen: string[] = [];
    let open!: () => void;
    cleanups.push(
      registerSlice({
        id: 'opens-first',
        write: () => {},
        apply: () => {
          seen.push('workspace');
          return new Promise<void>((resolve) => (open = resolve));
        },
      }),
      registerSlice({
        id: 'after',
        write: () => {},
        apply: (s) => {
          seen.push(s.title ?? '');
        },
      }),
    );
    const { state } = gatherState();
    void applyState({ ...state, title: 'Uit de link' }, 'link', NOTHING_PREPARED);
    expect(seen).toEqual(['workspace']);
    open();
    await expect.poll(() => seen).toEqual(['workspace', 'Uit de link']);
  });
});

describe('saved views (agendapunten)', () => {
  it('saves the camera and layers the slices write, and steps through views wrapping around', () => {
    let zoom = 12;
    const shown: number[] = [];
    cleanups.push(
      registerSlice({
        id: 'camera',
        write: (s) => {
          s.camera = { center: [5.6, 52.42], zoom, bearing: 0, pitch: 0 };
          s.layers = { woningen: { visible: false, opacity: 1 } };
        },
        apply: () => {},
        applyView: (v) => shown.push(v.camera.zoom),
      }),
    );
    saveView('Haven');
    zoom = 14;
    saveView('  Spoor\nzone ');
    expect(share.savedViews.map((v) => v.name)).toEqual(['Haven', 'Spoor zone']);
    expect(share.savedViews[0]!.layers).toEqual({ woningen: { visible: false, opacity: 1 } });
    share.viewIndex = -1;
    stepView(1);
    stepView(1);
    stepView(1);
    stepView(-1);
    expect(shown).toEqual([12, 14, 12, 14]);
    expect(share.viewIndex).toBe(1);
  });

  it('moves and deletes views and keeps the current index valid', () => {
    share.savedViews.push(view('A', 10), view('B', 11), view('C', 12));
    moveView(0, 1);
    expect(share.savedViews.map((v) => v.name)).toEqual(['B', 'A', 'C']);
    moveView(0, -1);
    expect(share.savedViews.map((v) => v.name)).toEqual(['B', 'A', 'C']);
    goToView(2);
    deleteView(2);
    expect(share.viewIndex).toBe(1);
    goToView(7);
    expect(share.viewIndex).toBe(1);
  });

  it('cleans typed names: no control characters, trimmed, at most 300 characters', () => {
    expect(cleanText('\tAgenda\u0007punt 3 ')).toBe('Agenda punt 3');
    expect(cleanText('x'.repeat(400))).toHaveLength(300);
  });
});

describe('problem messages', () => {
  const CODES: ProblemCode[] = [
    LINK_TOO_LONG,
    LINK_MALFORMED,
    LINK_UNSUPPORTED_VERSION,
    LINK_CORRUPT,
    LINK_TOO_LARGE,
    PART_INVALID,
    PROPOSAL_DROPPED,
    PROPERTIES_DEFAULTED,
    GEOJSON_INVALID,
  ];
  const PARTS: StatePart[] = [
    'link',
    'camera',
    'layers',
    'language',
    'check',
    'surface',
    'selected',
    'savedViews',
    'proposals',
    'presentation',
    'title',
  ];

  it.each([
    ['nl', nl],
    ['en', en],
  ] as const)('translates every problem code and part (%s)', (_, m) => {
    for (const code of CODES)
      for (const part of PARTS) {
        const text = describeProblems(m, [{ code, part }], 'link');
        expect(text.length).toBeGreaterThan(40);
        expect(text).not.toContain('undefined');
      }
  });

  it('names the parts and keeps details as given', () => {
    const text = describeProblems(
      nl,
      [
        { code: PART_INVALID, part: 'camera' },
        { code: PROPOSAL_DROPPED, part: 'proposals', detail: '#2 “<b>Haven</b>”' },
      ],
      'link',
    );
    expect(text).toBe(
      'Niet alles uit de link kon worden gelezen; de rest is geopend. het kaartbeeld kon niet worden gelezen (standaard gebruikt); een van de voorstellen is ongeldig en weggelaten (#2 “<b>Haven</b>”).',
    );
  });
});

describe('grouped problems', () => {
  it('says 100,000 dropped proposals in one line with a count and three examples', () => {
    const problems = Array.from({ length: 100_000 }, (_, i) => ({
      code: PROPOSAL_DROPPED as typeof PROPOSAL_DROPPED,
      part: 'proposals' as const,
      detail: `#${i + 1}`,
    }));
    const text = describeProblems(nl, problems, 'file', 'nl');
    expect(text).toContain(
      '100.000 × een van de voorstellen is ongeldig en weggelaten (#1, #2, #3, …)',
    );
    expect(text.length).toBeLessThan(300);
  });
});

describe('problem details', () => {
  it("puts the reader's technical details into words, and keeps others as text", () => {
    expect(
      describeProblems(nl, [{ code: PART_INVALID, part: 'link', detail: 'truncated' }], 'link'),
    ).toContain('(afgebroken: is de link helemaal gekopieerd?)');
    expect(
      describeProblems(en, [{ code: PART_INVALID, part: 'link', detail: 'toString' }], 'link'),
    ).toContain('(toString)');
  });
});

describe('presentation style', () => {
  it('scales numbers and the outputs of zoom curves, and leaves other expressions alone', () => {
    expect(scaleStyleValue(12, 1.5)).toBe(18);
    expect(scaleStyleValue(['interpolate', ['linear'], ['zoom'], 12, 11, 16, 15], 2)).toEqual([
      'interpolate',
      ['linear'],
      ['zoom'],
      12,
      22,
      16,
      30,
    ]);
    expect(scaleStyleValue(['step', ['zoom'], 1, 10, 2], 2)).toEqual(['step', ['zoom'], 2, 10, 4]);
    expect(scaleStyleValue(['get', 'size'], 2)).toBeUndefined();
  });
});
