import { existsSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../../layers/index.ts';
import { buildStyle, opacityPaint, toStyleLayers } from '../../../src/map/style.ts';
import { encodeGlyphPbf } from '../../../src/map/glyphs-pbf.ts';

describe('layer definitions', () => {
  it('build a style that passes the MapLibre style-spec validator', () => {
    const style = buildStyle(LAYERS);
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.layers.length).toBeGreaterThan(LAYERS.length);
  });

  it('have unique layer ids and unique style layer ids prefixed with their layer id', () => {
    const ids = LAYERS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const styleIds = LAYERS.flatMap((l) => l.style.map((s) => s.id));
    expect(new Set(styleIds).size).toBe(styleIds.length);
    for (const layer of LAYERS) {
      for (const s of layer.style) expect(s.id.startsWith(`${layer.id}-`)).toBe(true);
    }
  });

  it('point every style layer at an existing source', () => {
    const style = buildStyle(LAYERS);
    for (const layer of style.layers) {
      if ('source' in layer) expect(style.sources[layer.source as string]).toBeDefined();
    }
  });

  it('name a data file that exists for every file source', () => {
    for (const layer of LAYERS) {
      if ('file' in layer.source) {
        expect(existsSync(new URL(`../../../geodata/${layer.source.file}`, import.meta.url))).toBe(
          true,
        );
      }
    }
  });

  it('have a legend, titles in both languages and a labelProperty from their schema', () => {
    for (const layer of LAYERS) {
      expect(layer.legend.length).toBeGreaterThan(0);
      expect(layer.title.nl && layer.title.en).toBeTruthy();
      if (layer.labelProperty) expect(layer.properties[layer.labelProperty]).toBeDefined();
    }
  });

  it('include the three zoning layers with name labels', () => {
    const zones = LAYERS.filter((l) => l.role === 'zone').map((l) => l.id);
    expect(zones).toEqual(['bedrijventerreinen', 'woonwerkzones', 'productieve-wijken']);
    for (const l of LAYERS.filter((x) => x.role === 'zone')) {
      expect(l.style.some((s) => s.type === 'symbol')).toBe(true);
    }
  });
});

describe('style helpers', () => {
  it('fill in the source id', () => {
    const [first] = toStyleLayers({ id: 'x', style: [{ id: 'x-fill', type: 'fill' }] });
    expect(first).toMatchObject({ id: 'x-fill', source: 'x' });
  });

  it('multiply the style opacity by the layer opacity', () => {
    expect(opacityPaint({ id: 'a', type: 'fill', paint: { 'fill-opacity': 0.5 } }, 0.5)).toEqual({
      'fill-opacity': 0.25,
    });
    expect(opacityPaint({ id: 'a', type: 'circle' }, 0.3)).toEqual({
      'circle-opacity': 0.3,
      'circle-stroke-opacity': 0.3,
    });
  });

  it('encode a glyph PBF that starts with the fontstack message', () => {
    const bytes = encodeGlyphPbf('Noto Sans Regular', '0-255', [
      { id: 65, bitmap: new Uint8Array(7 * 8), width: 1, height: 2, left: 0, top: -10, advance: 2 },
    ]);
    // Field 1, wire type 2 (length-delimited): tag byte 0x0a.
    expect(bytes[0]).toBe(0x0a);
    expect(new TextDecoder().decode(bytes)).toContain('Noto Sans Regular');
  });
});
