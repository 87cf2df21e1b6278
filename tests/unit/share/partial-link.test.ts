/**
 * Issue 13: a damaged link keeps every section that decodes and names the ones it left out.
 * Cut-off links (any prefix) and damaged bytes inside one section.
 */
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ByteReader, encodeBase64Url } from '../../../src/share/bytes.ts';
import { splitSections, V1_TAGS } from '../../../src/share/codec-v1.ts';
import { V2_TAGS, writeV2 } from '../../../src/share/codec-v2.ts';
import { decodeState, encodeState, inflateRecovering } from '../../../src/share/codec.ts';
import { LINK_CORRUPT, PART_INVALID } from '../../../src/share/problems.ts';
import { isValidSharedState, type SharedState } from '../../../src/share/state.ts';
import { en } from '../../../src/i18n/en.ts';
import { nl } from '../../../src/i18n/nl.ts';
import { describeProblems } from '../../../src/state/share.svelte.ts';
import { makeFullState, makeProposals } from './sample.ts';

const linkOf = (body: Uint8Array): string =>
  `2.${encodeBase64Url(deflateSync(body, { level: 9 }))}`;

/** The offset and length of a section's bytes in a body. */
function sectionAt(body: Uint8Array, tag: number): { start: number; length: number } {
  const r = new ByteReader(body);
  while (!r.done) {
    const t = r.uint();
    const length = r.uint();
    const start = body.length - r.remaining;
    r.bytes(length);
    if (t === tag) return { start, length };
  }
  throw new Error(`no section ${tag}`);
}

const state: SharedState = makeFullState(makeProposals(40, 12));
const full = decodeState(encodeState(state)).state;

describe('partial recovery of damaged links (issue 13)', () => {
  it('a cut-off link keeps camera, layers and title and says the proposals were left out', () => {
    const text = encodeState(state);
    const cut = text.slice(0, Math.floor(text.length * 0.8));
    const { state: out, problems } = decodeState(cut);
    expect(isValidSharedState(out)).toBe(true);
    expect(out.camera).toEqual(full.camera);
    expect(out.layers).toEqual(full.layers);
    expect(out.title).toBe(full.title);
    expect(out.proposals).toEqual([]);
    expect(problems).toContainEqual({ code: LINK_CORRUPT, part: 'link', detail: 'partial' });
    expect(problems).toContainEqual({ code: PART_INVALID, part: 'proposals', detail: 'truncated' });
    expect(describeProblems(nl, problems, 'link')).toMatch(/voorstellen kon niet worden gelezen/);
    expect(describeProblems(nl, problems, 'link')).toMatch(/alleen het begin/);
    expect(describeProblems(en, problems, 'link')).toMatch(/proposals could not be read/);
  });

  it('every prefix decodes without throwing; long prefixes keep the camera', () => {
    const text = encodeState(state);
    let keptCamera = 0;
    for (let n = 2; n < text.length; n += 7) {
      const { state: out, problems } = decodeState(text.slice(0, n));
      expect(isValidSharedState(out)).toBe(true);
      expect(problems.length).toBeGreaterThan(0);
      if (JSON.stringify(out.camera) === JSON.stringify(full.camera)) keptCamera++;
    }
    // The camera section sits near the start: most prefixes (before: none) keep it.
    expect(keptCamera).toBeGreaterThan(((text.length / 7) * 2) / 3);
  });

  it('inflateRecovering gives the bytes before a cut', () => {
    const body = writeV2(state);
    const deflated = deflateSync(body, { level: 9 });
    const r = inflateRecovering(deflated.subarray(0, deflated.length >> 1), 1e6);
    expect(r).not.toBe('too-large');
    if (r === 'too-large') return;
    expect(r.complete).toBe(false);
    expect(r.bytes.length).toBeGreaterThan(0);
    expect([...r.bytes]).toEqual([...body.subarray(0, r.bytes.length)]);
    const whole = inflateRecovering(deflated, 1e6);
    expect(whole !== 'too-large' && whole.complete).toBe(true);
  });

  it('damaged bytes in the proposals section drop only the proposals, and say so', () => {
    const body = writeV2(state);
    const { start, length } = sectionAt(body, V2_TAGS.proposals);
    const damaged = body.slice();
    damaged[start + (length >> 1)]! ^= 0x5a;
    const { state: out, problems } = decodeState(linkOf(damaged));
    expect(problems).toEqual([{ code: PART_INVALID, part: 'proposals' }]);
    expect(out.proposals).toEqual([]);
    expect(out.camera).toEqual(full.camera);
    expect(out.savedViews).toEqual(full.savedViews);
    expect(describeProblems(en, problems, 'link')).toMatch(/proposals could not be read/);
  });

  it('damaged bytes in the camera section keep the proposals and name the camera', () => {
    const body = writeV2(state);
    const { start, length } = sectionAt(body, V1_TAGS.camera);
    const damaged = body.slice();
    // A varint that never ends: the camera section cannot be read.
    damaged.fill(0xff, start, start + length);
    const { state: out, problems } = decodeState(linkOf(damaged));
    expect(problems).toEqual([{ code: PART_INVALID, part: 'camera' }]);
    expect(out.proposals).toEqual(full.proposals);
    expect(describeProblems(nl, problems, 'link')).toMatch(/het kaartbeeld kon niet/);
  });

  it('a body cut inside the camera section names the camera (and keeps the strings)', () => {
    const body = writeV2(state);
    const { start } = sectionAt(body, V1_TAGS.camera);
    const cut = body.subarray(0, start + 2);
    expect(splitSections(cut).cutTag).toBe(V1_TAGS.camera);
    const { problems } = decodeState(linkOf(cut));
    expect(problems).toEqual([{ code: PART_INVALID, part: 'camera', detail: 'truncated' }]);
  });
});
