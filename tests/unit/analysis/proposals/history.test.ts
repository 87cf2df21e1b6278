import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  createHistory,
  MAX_HISTORY_STEPS,
  pushHistory,
  redoHistory,
  replacePresent,
  undoHistory,
} from '../../../../src/analysis/proposals/history.ts';

describe('history', () => {
  it('undoes and redoes pushes in order', () => {
    let h = createHistory<string[]>([]);
    expect(canUndo(h)).toBe(false);
    h = pushHistory(h, ['a']);
    h = pushHistory(h, ['a', 'b']);
    h = undoHistory(h);
    expect(h.present).toEqual(['a']);
    expect(canRedo(h)).toBe(true);
    h = undoHistory(h);
    expect(h.present).toEqual([]);
    expect(undoHistory(h)).toBe(h);
    h = redoHistory(redoHistory(h));
    expect(h.present).toEqual(['a', 'b']);
    expect(redoHistory(h)).toBe(h);
  });

  it('a new push after an undo drops the redo stack', () => {
    let h = pushHistory(pushHistory(createHistory(0), 1), 2);
    h = pushHistory(undoHistory(h), 3);
    expect(h.present).toBe(3);
    expect(canRedo(h)).toBe(false);
    expect(undoHistory(h).present).toBe(1);
  });

  it('merges pushes with the same key into one step (typing in one field)', () => {
    let h = createHistory('');
    h = pushHistory(h, 'H', 'name:P1');
    h = pushHistory(h, 'Ha', 'name:P1');
    h = pushHistory(h, 'Hav', 'name:P1');
    expect(h.past).toEqual(['']);
    h = pushHistory(h, 'Hav!', 'note:P1');
    expect(h.past).toEqual(['', 'Hav']);
  });

  it('replacePresent changes the shown state without a step (vertex drag)', () => {
    const h = replacePresent(pushHistory(createHistory(1), 2), 2.5);
    expect(h.present).toBe(2.5);
    expect(h.past).toEqual([1]);
  });

  it('keeps at most MAX_HISTORY_STEPS steps', () => {
    let h = createHistory(0);
    for (let i = 1; i <= MAX_HISTORY_STEPS + 10; i++) h = pushHistory(h, i);
    expect(h.past.length).toBe(MAX_HISTORY_STEPS);
    expect(h.past[0]).toBe(10);
  });
});

describe('history previews (a corner drag)', () => {
  it('makes a whole drag one undo step', () => {
    let h = pushHistory(createHistory('a'), 'b');
    h = replacePresent(h, 'b1');
    h = replacePresent(h, 'b2');
    expect(h.past).toEqual(['a']);
    h = pushHistory(h, 'b3');
    expect(h.past).toEqual(['a', 'b']);
    expect(h.previewFrom).toBeUndefined();
    expect(undoHistory(h).present).toBe('b');
  });

  it('does not merge a drag into the previous typing step', () => {
    let h = pushHistory(createHistory('a'), 'a1', 'name:P1');
    h = pushHistory(replacePresent(h, 'a1-dragging'), 'a1-dragged', 'name:P1');
    expect(h.past).toEqual(['a', 'a1']);
  });

  it('undo during a drag cancels the drag; redo waits until it ends', () => {
    const h = replacePresent(pushHistory(createHistory('a'), 'b'), 'b-dragging');
    expect(canUndo(h)).toBe(true);
    const undone = undoHistory(h);
    expect(undone.present).toBe('b');
    expect(undone.past).toEqual(['a']);
    expect(redoHistory(h)).toBe(h);
  });
});
