import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toRd, toWgs84 } from '../../../src/geo/crs.ts';
import { ByteWriter, encodeBase64Url } from '../../../src/share/bytes.ts';
import { writeV1 } from '../../../src/share/codec-v1.ts';
import { MAX_INPUT_CHARS, decodeState, encodeState } from '../../../src/share/codec.ts';
import { readShareParam } from '../../../src/share/link-param.ts';
import {
  LINK_CORRUPT,
  LINK_MALFORMED,
  LINK_TOO_LARGE,
  LINK_TOO_LONG,
  LINK_UNSUPPORTED_VERSION,
  PART_INVALID,
  PROPOSAL_DROPPED,
} from '../../../src/share/problems.ts';
import {
  DEFAULT_STATE,
  createDefaultState,
  isValidSharedState,
  type SharedState,
} from '../../../src/share/state.ts';
import { eachPosition } from '../../../src/geo/crs.ts';
import { createRandom, makeFullState, makeProposals } from './sample.ts';

/** Largest RD distance (m) between corresponding positions of two states' proposals and check place. */
function maxRdErrorM(a: SharedState, b: SharedState): number {
  const positions = (s: SharedState): number[][] => {
    const out: number[][] = [];
    for (const f of s.proposals) eachPosition(f.geometry, (p) => out.push(p));
    if (s.check) eachPosition(s.check.place, (p) => out.push(p));
    return out;
  };
  const pa = positions(a);
  const pb = positions(b);
  expect(pb.length).toBe(pa.length);
  let max = 0;
  pa.forEach((p, i) => {
    const [x1, y1] = toRd(p);
    const [x2, y2] = toRd(pb[i]!);
    max = Math.max(max, Math.hypot(x1 - x2, y1 - y2));
  });
  return max;
}

/** Deflates a hand-made body into link text. */
const linkOf = (body: Uint8Array, version = 1): string =>
  `${version}.${encodeBase64Url(deflateSync(body, { level: 9 }))}`;

describe('encodeState / decodeState', () => {
  it('round-trips a full state, positions within 0.1 m in RD', () => {
    const state = makeFullState();
    const { state: out, problems } = decodeState(encodeState(state));
    expect(problems).toEqual([]);
    expect(isValidSharedState(out)).toBe(true);
    expect(maxRdErrorM(state, out)).toBeLessThan(0.1);
    // Everything but the quantised positions comes back exactly.
    const strip = (s: SharedState): unknown =>
      JSON.parse(
        JSON.stringify({ ...s, check: { ...s.check, place: null } }, (k, v) =>
          k === 'geometry' ? v.type : v,
        ),
      );
    expect(strip(out)).toEqual(strip(state));
  });

  it('keeps positions within 0.1 m (RD) anywhere in the Netherlands', () => {
    const random = createRandom(42);
    const proposals = makeProposals(200, 5, 4).map((f, i) => {
      // Move each proposal to a random place in the country (RD x 13–278 km, y 306–619 km).
      const [x0, y0] = toRd((f.geometry.coordinates as number[][][])[0]![0]!);
      const dx = 13000 + random() * 265000 - x0;
      const dy = 306000 + random() * 313000 - y0;
      const ring = (f.geometry.coordinates as number[][][])[0]!.map((p) => {
        const [x, y] = toRd(p);
        return toWgs84([x + dx, y + dy]);
      });
      return {
        ...f,
        properties: { ...f.properties, id: `q${i}` },
        geometry: { type: 'Polygon' as const, coordinates: [ring] },
      };
    });
    const state = { ...createDefaultState(), proposals };
    const { state: out, problems } = decodeState(encodeState(state));
    expect(problems).toEqual([]);
    expect(maxRdErrorM(state, out)).toBeLessThan(0.1);
  });

  it('round-trips the default state in a short link', () => {
    const text = encodeState(createDefaultState());
    expect(text.length).toBeLessThan(50);
    expect(decodeState(text)).toEqual({ state: createDefaultState(), problems: [] });
  });

  it('writes URL-safe text starting with the version', () => {
    const text = encodeState(makeFullState());
    expect(text).toMatch(/^2\.[A-Za-z0-9_-]+$/);
  });

  it('fits a council set of 50 polygons × 20 vertices with attributes in 4,000 characters', () => {
    const text = encodeState({ ...createDefaultState(), proposals: makeProposals(50, 20) });
    // Issue 6's target. Measured 3,924 (format 1: 5,080; gzip-of-GeoJSON in base64: 24,996).
    expect(text.length).toBeLessThanOrEqual(4000);
  });

  it('refuses an unknown version with a problem and defaults', () => {
    const { state, problems } = decodeState('7.' + encodeState(DEFAULT_STATE).slice(2));
    expect(state).toEqual(createDefaultState());
    expect(problems).toEqual([{ code: LINK_UNSUPPORTED_VERSION, part: 'link', detail: '7' }]);
  });

  it('refuses over-long input before decoding', () => {
    const { problems } = decodeState('1.' + 'A'.repeat(MAX_INPUT_CHARS));
    expect(problems.map((p) => p.code)).toEqual([LINK_TOO_LONG]);
  });

  it('refuses non-base64url and non-string input', () => {
    expect(decodeState('1.abc$def').problems[0]?.code).toBe(LINK_MALFORMED);
    expect(decodeState('hello').problems[0]?.code).toBe(LINK_MALFORMED);
    expect(decodeState(42).problems[0]?.code).toBe(LINK_MALFORMED);
  });

  // How fast it is refused is timed in `npm run bench` (tests/bench/share.bench.ts), not here.
  it('refuses a decompression bomb (50 MB of zeros)', () => {
    const bomb = linkOf(new Uint8Array(50_000_000));
    expect(bomb.length).toBeLessThan(MAX_INPUT_CHARS);
    const { state, problems } = decodeState(bomb);
    expect(problems).toEqual([{ code: LINK_TOO_LARGE, part: 'link' }]);
    expect(state).toEqual(createDefaultState());
  });

  it('reports a truncated link as corrupt', () => {
    const text = encodeState(makeFullState());
    const { state, problems } = decodeState(text.slice(0, text.length - 40));
    expect(problems.map((p) => p.code)).toContain(LINK_CORRUPT);
    expect(isValidSharedState(state)).toBe(true);
  });

  it('keeps the sections before the cut of a cut-off body, naming the cut one', () => {
    const state = makeFullState(makeProposals(3, 5));
    const body = writeV1(state);
    const { state: out, problems } = decodeState(linkOf(body.slice(0, body.length - 10)));
    expect(problems).toEqual([{ code: PART_INVALID, part: 'proposals', detail: 'truncated' }]);
    expect(out.camera).toEqual(state.camera);
    expect(out.title).toBe(state.title);
    expect(out.savedViews).toEqual(state.savedViews);
    expect(out.proposals).toEqual([]);
  });

  it('skips sections it does not know (a later version may add them)', () => {
    const state = makeFullState(makeProposals(2, 5));
    const w = new ByteWriter();
    w.bytes(writeV1(state));
    w.uint(99);
    w.uint(3);
    w.bytes(new Uint8Array([1, 2, 3]));
    const { state: out, problems } = decodeState(linkOf(w.toBytes()));
    expect(problems).toEqual([]);
    expect(out.title).toBe(state.title);
    expect(out.proposals).toHaveLength(2);
  });

  it('keeps the valid parts: a bad camera falls back to the default camera', () => {
    const state = {
      ...makeFullState(makeProposals(3, 5)),
      camera: { ...DEFAULT_STATE.camera, zoom: 30 },
    };
    const { state: out, problems } = decodeState(linkOf(writeV1(state)));
    expect(problems).toEqual([{ code: PART_INVALID, part: 'camera' }]);
    expect(out.camera).toEqual(DEFAULT_STATE.camera);
    expect(out.proposals).toHaveLength(3);
    expect(out.language).toBe('en');
  });

  it('drops a proposal outside the Netherlands and names it, keeping the others', () => {
    const proposals = makeProposals(3, 5);
    const far = structuredClone(proposals[1]!);
    if (far.geometry.type === 'Polygon')
      far.geometry.coordinates = far.geometry.coordinates.map((r) =>
        r.map(([x, y]) => [x! + 3, y!]),
      );
    proposals[1] = far;
    const { state, problems } = decodeState(
      linkOf(writeV1({ ...createDefaultState(), proposals })),
    );
    expect(state.proposals.map((p) => p.properties.id)).toEqual(['p-001', 'p-003']);
    expect(problems).toEqual([
      {
        code: PROPOSAL_DROPPED,
        part: 'proposals',
        detail: `#2 “${far.properties.name}”: geometry`,
      },
    ]);
  });

  it('drops a proposal with a control character in its name', () => {
    const proposals = makeProposals(2, 5);
    proposals[0]!.properties.name = 'a\u0000b';
    const { state, problems } = decodeState(
      linkOf(writeV1({ ...createDefaultState(), proposals })),
    );
    expect(state.proposals).toHaveLength(1);
    expect(problems[0]?.code).toBe(PROPOSAL_DROPPED);
  });
});

describe('readShareParam', () => {
  it('finds s= in the fragment or the query', () => {
    expect(readShareParam('https://x.nl/app/#s=1.abc')).toBe('1.abc');
    expect(readShareParam('https://x.nl/app/?lang=en&s=1.abc#x')).toBe('1.abc');
    expect(readShareParam('https://x.nl/app/')).toBeUndefined();
  });
});
