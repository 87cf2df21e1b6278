/**
 * Undo/redo as a pure snapshot stack. The app keeps the whole proposal list
 * as one immutable snapshot per step: drawing, editing a shape, changing an
 * attribute and deleting are all "a new snapshot", so one model covers them
 * (issue 5, "Undo/redo … covering drawing, editing, attribute changes and
 * deletes"). Proposal lists are small (tens of shapes), so snapshots are cheap.
 */

/** A history of snapshots of type T. Treat as immutable. */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /**
   * Key of the last push when it may be merged with the next one (typing in
   * one field makes one undo step, not one per key stroke).
   */
  readonly mergeKey?: string;
  /**
   * The present before a live preview began (a corner being dragged). The
   * next push records this as the step, so a whole drag is one undo step.
   */
  readonly previewFrom?: T;
}

/** Steps kept; older ones fall off (a planner's session rarely needs more). */
export const MAX_HISTORY_STEPS = 200;

/**
 * Starts a history.
 * @param present the initial snapshot
 * @returns a history with nothing to undo
 * @example createHistory([])
 */
export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/**
 * Records a new snapshot; clears the redo stack.
 * @param history current history
 * @param next the new snapshot
 * @param mergeKey when equal to the previous push's key, the previous step is replaced instead of a new one added
 * @returns the new history
 * @example pushHistory(h, [...h.present, proposal])
 */
export function pushHistory<T>(history: History<T>, next: T, mergeKey?: string): History<T> {
  if (next === history.present && history.previewFrom === undefined) return history;
  const base = history.previewFrom ?? history.present;
  if (
    history.previewFrom === undefined &&
    mergeKey !== undefined &&
    mergeKey === history.mergeKey &&
    history.future.length === 0
  ) {
    return { past: history.past, present: next, future: [], mergeKey };
  }
  const past = [...history.past, base];
  if (past.length > MAX_HISTORY_STEPS) past.splice(0, past.length - MAX_HISTORY_STEPS);
  return mergeKey === undefined
    ? { past, present: next, future: [] }
    : { past, present: next, future: [], mergeKey };
}

/**
 * Shows a snapshot without making a step yet (live updates while a corner is
 * dragged); the next {@link pushHistory} makes the whole preview one step.
 * @param history current history
 * @param next the snapshot to show
 * @returns the new history, same undo/redo stacks
 * @example pushHistory(replacePresent(replacePresent(h, a), b), c) // one step: h.present → c
 */
export function replacePresent<T>(history: History<T>, next: T): History<T> {
  return {
    past: history.past,
    present: next,
    future: history.future,
    previewFrom: history.previewFrom ?? history.present,
  };
}

/**
 * @param history a history
 * @returns whether there is a step to undo
 */
export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0 || history.previewFrom !== undefined;
}

/**
 * @param history a history
 * @returns whether there is a step to redo
 */
export function canRedo<T>(history: History<T>): boolean {
  return history.future.length > 0;
}

/**
 * Goes one step back.
 * @param history current history
 * @returns the history one step back (unchanged when there is nothing to undo)
 * @example undoHistory(pushHistory(createHistory(1), 2)).present // 1
 */
export function undoHistory<T>(history: History<T>): History<T> {
  if (history.previewFrom !== undefined) {
    // Undo during a preview cancels the preview.
    return { past: history.past, present: history.previewFrom, future: history.future };
  }
  const previous = history.past[history.past.length - 1];
  if (history.past.length === 0) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous as T,
    future: [history.present, ...history.future],
  };
}

/**
 * Goes one step forward again.
 * @param history current history
 * @returns the history one step forward (unchanged when there is nothing to redo)
 * @example redoHistory(undoHistory(pushHistory(createHistory(1), 2))).present // 2
 */
export function redoHistory<T>(history: History<T>): History<T> {
  if (history.future.length === 0 || history.previewFrom !== undefined) return history;
  const [next, ...rest] = history.future;
  return { past: [...history.past, history.present], present: next as T, future: rest };
}
