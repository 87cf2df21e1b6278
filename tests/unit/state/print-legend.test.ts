/**
 * Issue 14: whatever the map draws is in the legend of the A3 PDF, the A4 PNG and the
 * presentation (all three take `currentLegend()`): the surface classes, the contours and
 * the Locatiecheck's place and conflict lines.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { analysisLegend, composeSheet, computePageLayout } from '../../../src/print/index.ts';
import { app } from '../../../src/state/app.svelte.ts';
import { locatiecheck } from '../../../src/state/locatiecheck.svelte.ts';
import { analysesOnMap, currentLegend } from '../../../src/state/print.ts';
import { surface } from '../../../src/state/surface.svelte.ts';

afterEach(() => {
  surface.status = 'idle';
  surface.showClasses = true;
  surface.showContours = false;
  surface.contoursStatus = 'idle';
  app.activeTool = 'layers';
});

describe('the legend lists every analysis drawn', () => {
  it('lists the surface classes with their program once the surface is drawn, and not when hidden', () => {
    expect(currentLegend().some((b) => b.layerId === 'surface-classes')).toBe(false);
    surface.program = { kind: 'category', milieucategorie: '3.1' };
    surface.status = 'ready';
    const block = currentLegend().find((b) => b.layerId === 'surface-classes');
    expect(block?.title).toBe('Waar wel, waar niet: milieucategorie 3.1');
    expect(block?.entries.map((e) => e.label)).toEqual([
      'Toegestaan',
      'Voorwaardelijk',
      'Niet toegestaan',
    ]);
    // "Niet toegestaan" is hatched on the map, and so in the legend.
    expect(block?.entries[2]?.swatch.hatched).toBe(true);
    surface.showClasses = false;
    expect(currentLegend().some((b) => b.layerId === 'surface-classes')).toBe(false);
  });

  it('lists the contours when they are drawn, dashed for gemengd gebied as on the map', () => {
    surface.showContours = true;
    expect(analysesOnMap().contours).toBe(false); // still computing: nothing drawn yet
    surface.contoursStatus = 'ready';
    const block = currentLegend().find((b) => b.layerId === 'surface-contours');
    expect(block?.entries.map((e) => [e.label, e.swatch.dashed ?? false])).toEqual([
      ['Richtafstand rustige woonwijk', false],
      ['Richtafstand gemengd gebied', true],
    ]);
  });

  it('puts the analyses above the layers', () => {
    surface.status = 'ready';
    const ids = currentLegend().map((b) => b.layerId);
    expect(ids[0]).toBe('surface-classes');
  });

  it('lists the Locatiecheck place and only the kinds of line drawn', () => {
    const blocks = analysisLegend(
      { contours: false, locatiecheck: { place: 'area', tooClose: false, exception: true } },
      {
        surfaceTitle: (p) => p,
        classes: { toegestaan: 'a', voorwaardelijk: 'b', 'niet-toegestaan': 'c' },
        contoursTitle: 'c',
        contourKinds: { 'rustige-woonwijk': 'r', 'gemengd-gebied': 'g' },
        locatiecheckTitle: 'Locatiecheck',
        place: 'Plek',
        tooClose: 'te dichtbij',
        exception: 'motivering',
      },
      {
        classes: { toegestaan: '#0', voorwaardelijk: '#1', 'niet-toegestaan': '#2' },
        contours: { 'rustige-woonwijk': '#3', 'gemengd-gebied': '#4' },
        place: '#5',
        placeFill: '#6',
        tooClose: '#7',
        exception: '#8',
      },
    );
    expect(blocks).toHaveLength(1);
    expect(
      blocks[0]?.entries.map((e) => [e.label, e.swatch.kind, e.swatch.dashed ?? false]),
    ).toEqual([
      ['Plek', 'fill', false],
      ['motivering', 'line', true],
    ]);
    // No place checked (or its tab closed): no Locatiecheck block.
    locatiecheck.place = null;
    expect(analysesOnMap().locatiecheck).toBeUndefined();
  });

  it('draws the hatch of "niet toegestaan" on the sheet', () => {
    surface.status = 'ready';
    const layout = computePageLayout('A3');
    const { ops } = composeSheet({
      paper: 'A3',
      title: 't',
      legend: currentLegend(),
      texts: {
        legendTitle: 'Legenda',
        date: 'd',
        source: 's',
        linkLabel: 'l',
        linkShortened: 'x',
        qrCaption: 'q',
        qrTooLong: 'q',
        north: 'N',
      },
      link: 'https://example.org/',
      bearingDeg: 0,
    });
    const texts = ops.filter((o) => o.kind === 'text').map((o) => o.text);
    expect(texts).toContain('Niet toegestaan');
    const inLegend = ops.filter(
      (o) =>
        o.kind === 'line' &&
        o.stroke === '#3c1400' &&
        o.from[0] >= layout.legend.x &&
        o.to[0] <= layout.legend.x + layout.legend.w,
    );
    expect(inLegend.length).toBeGreaterThan(3);
  });
});
