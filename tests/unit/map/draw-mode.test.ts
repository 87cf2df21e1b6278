import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  cornerCount,
  isEditableCornerByCorner,
  MAX_EDITABLE_CORNERS,
} from '../../../src/analysis/proposals/shape-validation.ts';
import { editModeOf } from '../../../src/map/draw.ts';

/** A circle of `n` corners near Utrecht. */
function circle(n: number): Polygon {
  const ring = Array.from({ length: n }, (_, i) => {
    const t = (2 * Math.PI * i) / n;
    return [5.12 + 0.003 * Math.cos(t), 52.09 + 0.002 * Math.sin(t)];
  });
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
}

describe('editing mode by corner count (issue 13: selecting a 19,999-corner shape froze the page)', () => {
  it('counts corners without the closing position', () => {
    expect(cornerCount(circle(5))).toBe(5);
    expect(cornerCount({ type: 'Polygon', coordinates: [] })).toBe(0);
  });

  it('gives a drawn shape a handle per corner', () => {
    expect(isEditableCornerByCorner(circle(8))).toBe(true);
    expect(editModeOf(circle(MAX_EDITABLE_CORNERS))).toBe('polygon');
  });

  it('selects an imported 19,999-corner shape without a handle per corner', () => {
    expect(isEditableCornerByCorner(circle(19_999))).toBe(false);
    expect(editModeOf(circle(19_999))).toBe('polygon-large');
    expect(editModeOf(circle(MAX_EDITABLE_CORNERS + 1))).toBe('polygon-large');
  });
});
