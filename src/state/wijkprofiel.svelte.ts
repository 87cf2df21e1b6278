/**
 * State of the Wijkprofielen tab (issue 16): the chosen indicator, level (buurt or wijk),
 * classification, today / after / change, the selected region and the table's sort. The
 * profiles are computed once per dataset (and per housing surface); the proposals' change
 * comes from the same per-buurt implementation as the proposals' buurt table
 * (`buurtDeltasOf`). Switching indicator, mode or classification only re-classes.
 */
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import clipperWasmUrl from 'clipper2-wasm/dist/es/clipper2z.wasm?url';
import {
  afterProfiles,
  buurtDeltasOf,
  buurtRegionsOf,
  choroplethOf,
  computeWijkprofielen,
  indicatorById,
  INDICATORS,
  isEstimated,
  modeValue,
  NO_DATA_COLOR,
  profilesToCsv,
  profilesToGeoJson,
  TABLE_INDICATORS,
  type BuurtRegion,
  type Choropleth,
  type ClassMethod,
  type Indicator,
  type Profiel,
  type ProfielMode,
  type Wijkprofielen,
} from '../analysis/wijkprofiel/index.ts';
import type { Dataset } from '../domain/dataset.ts';
import { SBI_SECTIONS, WORK_TYPES } from '../domain/work.ts';
import { formatNumber } from '../i18n/format.ts';
import { initClipper, isClipperReady } from '../geo/clip/index.ts';
import { mapGeometry, toWgs84 } from '../geo/crs.ts';
import { downloadFile } from '../map/export.ts';
import { addWijkprofielLayers, type WijkprofielLayersHandle } from '../map/wijkprofiel-layers.ts';
import type { SharedWijk } from '../share/state.ts';
import { app, messages } from './app.svelte.ts';
import { dataset } from './dataset.svelte.ts';
import { loadedMap, registerMapFeature } from './map-handle.ts';
import { proposalImpact, proposals, proposalState } from './proposals.svelte.ts';
import { exportSheet } from './print.ts';
import type { LegendBlock } from '../print/legend.ts';
import { surface, surfaceStats } from './surface.svelte.ts';
import { areaTargetChecks, areaTargetStatus, describeTargetCheck } from './placement.svelte.ts';
import {
  summarizeTargets,
  type TargetCheck,
  type TargetSummary,
} from '../analysis/placement/targets.ts';

/** Id of the side-panel tool (also `app.activeTool`). */
export const WIJK_TOOL_ID = 'wijkprofiel';

/** Buurten or wijken. */
export type WijkLevel = 'buurt' | 'wijk';

/** Defaults: the tab's state when it opens, and when a link has none. */
export const WIJK_DEFAULTS = {
  indicator: 'fmi',
  level: 'buurt' as WijkLevel,
  method: 'quantiles' as ClassMethod,
  mode: 'today' as ProfielMode,
};

/** The reactive state. */
export const wijk = $state({
  indicator: WIJK_DEFAULTS.indicator,
  level: WIJK_DEFAULTS.level,
  method: WIJK_DEFAULTS.method,
  mode: WIJK_DEFAULTS.mode,
  /** Id of the selected buurt (or wijk code at wijk level), or null. */
  selected: null as string | null,
  /** Table sort: 'name' or an indicator id, and the direction. */
  sortKey: 'name',
  sortDir: 1 as 1 | -1,
  /** Bumped when a map click selected a region (the table scrolls its row into view). */
  mapPick: 0,
});

let clipperReady = $state(isClipperReady());

/** The housing surface's per-buurt rows, when the last surface is for housing on the whole map. */
const housingRows = $derived.by(() => {
  const stats = surfaceStats();
  if (!stats || surface.program.kind !== 'housing' || surface.studyArea !== 'extent') return null;
  return stats.perBuurt;
});

const regionCache = new WeakMap<Dataset, BuurtRegion[]>();
function regionsOf(ds: Dataset): BuurtRegion[] {
  let r = regionCache.get(ds);
  if (!r) regionCache.set(ds, (r = buurtRegionsOf(ds)));
  return r;
}

/**
 * Name of the performance measure of each computation of the profiles: one per dataset and
 * housing surface; the browser test counts them to see that switching indicator only re-classes.
 */
export const WIJK_COMPUTE_MEASURE = 'werkruimte:wijkprofiel-compute';

const today = $derived.by((): Wijkprofielen | null => {
  const ds = dataset();
  if (!ds || !clipperReady) return null;
  const rows = housingRows;
  const t0 = performance.now();
  const result = computeWijkprofielen(
    ds,
    rows ? { housingSurface: rows, regions: regionsOf(ds) } : { regions: regionsOf(ds) },
  );
  performance.measure(WIJK_COMPUTE_MEASURE, { start: t0, end: performance.now() });
  return result;
});

/** Whether there are proposals whose effect can be shown. */
const hasProposals = $derived(proposals().length > 0 && proposalImpact() !== null);

const after = $derived.by((): Wijkprofielen | null => {
  const t = today;
  const impact = proposalImpact();
  if (!t || !impact || proposals().length === 0) return t;
  return afterProfiles(
    t,
    buurtDeltasOf(
      impact.proposals,
      t.buurten.map((b) => b.id),
    ),
  );
});

/** The mode in use: today when there are no proposals. */
const mode = $derived<ProfielMode>(hasProposals ? wijk.mode : 'today');

const indicator = $derived<Indicator>(indicatorById(wijk.indicator) ?? indicatorById('fmi')!);

const rowsToday = $derived(today ? (wijk.level === 'wijk' ? today.wijken : today.buurten) : []);
const rowsAfter = $derived(after ? (wijk.level === 'wijk' ? after.wijken : after.buurten) : []);

const classed = $derived.by((): Choropleth | null =>
  today ? choroplethOf(indicator, rowsToday, rowsAfter, mode, wijk.method, NO_DATA_COLOR) : null,
);

/** @returns today's profiles, or null while data or Clipper2 load */
export function profilesToday(): Wijkprofielen | null {
  return today;
}

/** @returns the profiles after the proposals (today's when there are none) */
export function profilesAfter(): Wijkprofielen | null {
  return after;
}

/** @returns whether proposals are drawn (the today / after / change switch shows) */
export function hasWijkProposals(): boolean {
  return hasProposals;
}

/** @returns the mode in use (today without proposals) */
export function wijkMode(): ProfielMode {
  return mode;
}

/** @returns the chosen indicator */
export function wijkIndicator(): Indicator {
  return indicator;
}

/** @returns the choropleth of the chosen indicator, or null while loading */
export function wijkChoropleth(): Choropleth | null {
  return classed;
}

/** @returns the regions (buurten or wijken) today and after, in data order */
export function wijkRows(): { today: readonly Profiel[]; after: readonly Profiel[] } {
  return { today: rowsToday, after: rowsAfter };
}

/** @returns whether the housing surface statistics are there (the two housing shares) */
export function hasHousingSurface(): boolean {
  return housingRows !== null;
}

/**
 * The label of an indicator in the UI language (sections and kinds of work by their data names).
 * @param i the indicator
 * @returns the label
 */
export function indicatorLabel(i: Indicator): string {
  const m = messages().wijk;
  const lang = app.lang;
  if (i.kind === 'sbi') {
    const s = SBI_SECTIONS.find((x) => x.code === i.key);
    return `${m.indicator.sbi} ${i.key}${s ? ` ${s[lang]}` : ''}`;
  }
  if (i.kind === 'category') return `${m.indicator.category} ${i.key}`;
  if (i.kind === 'bvoType') {
    const w = WORK_TYPES.find((x) => x.id === i.key);
    return `${m.indicator.bvoType} ${w ? w[lang].toLowerCase() : i.key}`;
  }
  return m.indicator[i.kind] ?? i.id;
}

/**
 * A value of an indicator in the UI language; "geen gegevens" for undefined.
 * @param i the indicator
 * @param v the value
 * @param signed whether to show a + on positive values (a change)
 * @returns the text
 */
export function formatIndicator(i: Indicator, v: number | undefined, signed = false): string {
  if (v === undefined || !Number.isFinite(v)) return messages().wijk.noData;
  const text = formatNumber(v, app.lang, i.decimals);
  return signed && v > 0 ? `+${text}` : text;
}

/** Every indicator of the picker. */
export const WIJK_INDICATORS = INDICATORS;
export { TABLE_INDICATORS };

// --- gebiedsprofiel targets (issue 17) ---------------------------------------

/**
 * The gebiedsprofiel checks of a region, from the one check of the Juiste plek tab and the
 * ledger (`areaTargetStatus`): a buurt's own targets, or at wijk level those of its buurten.
 * Zone targets stay with the zones (tab and ledger). Reactive.
 * @param id region id (buurt, or wijk code at wijk level)
 * @returns the checks, in the targets' order (empty: none)
 */
export function regionTargetChecks(id: string): TargetCheck[] {
  if (wijk.level === 'buurt') return areaTargetStatus('buurt', id);
  return (today?.buurten ?? [])
    .filter((b) => b.wijk === id)
    .flatMap((b) => areaTargetStatus('buurt', b.id));
}

/**
 * The table cell of a region's targets: how many, how many missed and by how much at most.
 * @param id region id
 * @returns the summary, or undefined when the region has no target
 */
export function regionTargetSummary(id: string): TargetSummary | undefined {
  return summarizeTargets(regionTargetChecks(id));
}

/** Whether any buurt target is set for a buurt of the data (the table shows the column). */
const anyBuurtTarget = $derived(
  areaTargetChecks().some((c) => c.target.kind === 'buurt' && c.name !== undefined),
);

/** @returns whether a buurt of the data has a target (the table then has a target column) */
export function hasRegionTargets(): boolean {
  return anyBuurtTarget;
}

/** A region's targets as sentences for paper: area, target, status, balance and compensation. */
function targetLines(id: string): string[] {
  const w = messages().wijk;
  return regionTargetChecks(id).map((c) => {
    const t = describeTargetCheck(c);
    return `${w.targetPrefix} ${c.name ?? c.target.id} ${t.target}: ${t.status}${t.detail ? ` ${t.detail}` : ''}`;
  });
}

// --- geometry --------------------------------------------------------------

const geometryCache = new WeakMap<Dataset, Map<string, MultiPolygon>>();
function geometriesOf(ds: Dataset): Map<string, MultiPolygon> {
  let g = geometryCache.get(ds);
  if (!g) {
    // A cache per dataset, not state: nothing reacts to it.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    g = new Map();
    for (const n of ds.neighbourhoods) {
      if (g.has(n.id)) continue;
      g.set(
        n.id,
        mapGeometry({ type: 'MultiPolygon', coordinates: n.geometryRd }, toWgs84) as MultiPolygon,
      );
    }
    geometryCache.set(ds, g);
  }
  return g;
}

/** Region id of a buurt at the current level. */
function regionOfBuurt(b: Profiel): string {
  return wijk.level === 'wijk' ? b.wijk : b.id;
}

const mapData = $derived.by((): FeatureCollection => {
  const ds = dataset();
  const c = classed;
  const t = today;
  if (!ds || !c || !t || app.activeTool !== WIJK_TOOL_ID)
    return { type: 'FeatureCollection', features: [] };
  const geometries = geometriesOf(ds);
  const features: Feature[] = [];
  for (const b of t.buurten) {
    const geometry = geometries.get(b.id);
    if (!geometry) continue;
    const region = regionOfBuurt(b);
    features.push({
      type: 'Feature',
      properties: {
        id: region,
        buurt: b.id,
        name: b.name,
        cls: c.classes.get(region) ?? -1,
        color: c.colors.get(region) ?? NO_DATA_COLOR,
        selected: wijk.selected === region,
      },
      geometry,
    });
  }
  return { type: 'FeatureCollection', features };
});

/** @returns the choropleth's map data (empty while the tab is closed) */
export function wijkMapData(): FeatureCollection {
  return mapData;
}

let layers: WijkprofielLayersHandle | null = null;

registerMapFeature({
  id: 'wijkprofiel',
  capturesClicks: () => app.activeTool === WIJK_TOOL_ID,
  attach(map) {
    if (!isClipperReady()) void initClipper({ wasmUrl: clipperWasmUrl });
    const added = addWijkprofielLayers(map, (id) => {
      wijk.selected = id;
      wijk.mapPick++;
    });
    layers = added;
    const stop = $effect.root(() => {
      $effect(() => {
        added.setData(mapData);
        added.setVisible(app.activeTool === WIJK_TOOL_ID);
      });
    });
    return {
      destroy() {
        stop();
        added.destroy();
        if (layers === added) layers = null;
      },
    };
  },
});

// Clipper2 (business land) may already be loading for the proposals; either way we learn when.
$effect.root(() => {
  $effect(() => {
    if (proposalState.clipperReady) clipperReady = true;
  });
});
if (!isClipperReady()) {
  void initClipper({ wasmUrl: clipperWasmUrl }).then(() => (clipperReady = true));
}

// --- actions ---------------------------------------------------------------

/**
 * Selects a region (a buurt, or a wijk at wijk level) and zooms the map to it.
 * @param id region id, or null to clear
 * @param zoom whether to zoom (default true)
 */
export function selectRegion(id: string | null, zoom = true): void {
  wijk.selected = id;
  if (!id || !zoom) return;
  zoomToRegion(id);
}

/** Bounds ([w, s], [e, n]) of a region's buurten, WGS84; null when unknown. */
export function regionBounds(id: string): [[number, number], [number, number]] | null {
  const ds = dataset();
  const t = today;
  if (!ds || !t) return null;
  const geometries = geometriesOf(ds);
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const b of t.buurten) {
    if (regionOfBuurt(b) !== id) continue;
    for (const poly of geometries.get(b.id)?.coordinates ?? [])
      for (const [x, y] of poly[0] ?? []) {
        w = Math.min(w, x!);
        s = Math.min(s, y!);
        e = Math.max(e, x!);
        n = Math.max(n, y!);
      }
  }
  return Number.isFinite(w)
    ? [
        [w, s],
        [e, n],
      ]
    : null;
}

function zoomToRegion(id: string): void {
  const map = loadedMap();
  const bounds = regionBounds(id);
  if (!map || !bounds) return;
  map.fitBounds(bounds, { padding: 40, maxZoom: 16, duration: 600 });
}

/**
 * Sorts the table by a column; the same column again turns the direction.
 * @param key 'name' or an indicator id
 */
export function sortBy(key: string): void {
  if (wijk.sortKey === key) wijk.sortDir = wijk.sortDir === 1 ? -1 : 1;
  else {
    wijk.sortKey = key;
    // Names A→Z first; figures largest first (what a planner compares).
    wijk.sortDir = key === 'name' ? 1 : -1;
  }
}

/** Column titles of the CSV: code, name, wijk, then one per indicator with its unit. */
function csvHeaders(indicators: readonly Indicator[]): string[] {
  const m = messages().wijk;
  return [
    m.csvCode,
    m.csvName,
    m.csvWijk,
    ...indicators.map((i) => `${indicatorLabel(i)} (${m.unitShort[i.unit]})`),
  ];
}

/** The profiles in the current mode's figures (today, or after for 'after'/'change'). */
function exportProfiles(): { rows: Profiel[]; city: Profiel } | null {
  const p = mode === 'today' ? today : after;
  if (!p) return null;
  return { rows: wijk.level === 'wijk' ? p.wijken : p.buurten, city: p.city };
}

/** Downloads the table (buurten or wijken, and the city) as CSV for Dutch Excel. */
export function exportWijkCsv(): void {
  const p = exportProfiles();
  if (!p) return;
  const csv = profilesToCsv([...p.rows, p.city], INDICATORS, csvHeaders(INDICATORS));
  downloadFile(
    new Blob([csv], { type: 'text/csv;charset=utf-8' }),
    `wijkprofielen-${wijk.level}.csv`,
  );
}

/** Downloads the buurten as GeoJSON with every indicator as a property. */
export function exportWijkGeoJson(): void {
  const ds = dataset();
  const p = mode === 'today' ? today : after;
  if (!ds || !p) return;
  const fc = profilesToGeoJson(p.buurten, geometriesOf(ds), INDICATORS);
  downloadFile(
    new Blob([JSON.stringify(fc)], { type: 'application/geo+json' }),
    'wijkprofielen-buurten.geojson',
  );
}

// --- print -----------------------------------------------------------------

/** The choropleth's legend as a printed legend block. */
function printedLegend(): LegendBlock[] {
  const c = classed;
  if (!c) return [];
  const w = messages().wijk;
  const signed = mode === 'change';
  const entries = c.legend.map((k) => ({
    label: `${formatIndicator(indicator, k.from, signed)} – ${formatIndicator(indicator, k.to, signed)}`,
    swatch: { kind: 'fill' as const, color: k.color, outline: '#5d574e' },
  }));
  if (c.noData > 0)
    entries.push({
      label: w.noData,
      swatch: { kind: 'fill' as const, color: NO_DATA_COLOR, outline: '#5d574e' },
    });
  const title = w.legendTitle(
    indicatorLabel(indicator) + (signed ? `, ${w.legendChange}` : ''),
    w.unitShort[indicator.unit] ?? '',
  );
  return [{ layerId: WIJK_TOOL_ID, title, entries }];
}

/** A value in the mode of the tab, with ≈ where it holds estimated jobs. */
function figureText(i: Indicator, t: Profiel, a: Profiel): string {
  const p = mode === 'today' ? t : a;
  const v = modeValue(i, t, a, mode);
  return (isEstimated(i, p) ? '≈ ' : '') + formatIndicator(i, v, mode === 'change');
}

/**
 * Prints the profile of a region as a one-page A4 PDF through the app's print path: the map
 * zoomed to the region with the choropleth, the title, key figures against the city, the
 * legend, the date and the source.
 * @param id region id (buurt, or wijk code at wijk level)
 * @returns the file that was offered
 */
export async function printWijkProfile(id: string): Promise<{ blob: Blob; fileName: string }> {
  const idx = rowsToday.findIndex((r) => r.id === id);
  const t = rowsToday[idx];
  const a = rowsAfter[idx] ?? t;
  const city = today?.city;
  const cityAfter = after?.city ?? city;
  if (!t || !a || !city || !cityAfter) throw new Error(`unknown region ${id}`);
  wijk.selected = id;
  const map = loadedMap();
  const bounds = regionBounds(id);
  if (map && bounds) {
    map.fitBounds(bounds, { padding: 60, maxZoom: 16, animate: false });
    // The picture is taken once the map has drawn the region (its tiles and the choropleth).
    await new Promise<void>((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    });
  }
  const w = messages().wijk;
  const rows = TABLE_INDICATORS.map((i) => ({
    label: `${w.short[i.id] ?? indicatorLabel(i)}`,
    value: figureText(i, t, a),
    compare: figureText(i, city, cityAfter),
  }));
  return exportSheet('pdf', 'A4', {
    title: w.printTitle(t.name) + (mode === 'today' ? '' : ` — ${w.modes[mode]}`),
    legend: printedLegend(),
    figures: {
      title: w.printFigures,
      columns: [w.profileColumns[1]!, w.profileColumns[2]!],
      rows,
      lines: targetLines(id),
      note: w.estimatedNote,
    },
  });
}

// --- share -----------------------------------------------------------------

/**
 * The tab's part of a link: written while the tab is open (a link then opens it as it was).
 * @returns the state, or undefined when the tab is not open
 */
export function getSharedWijk(): SharedWijk | undefined {
  if (app.activeTool !== WIJK_TOOL_ID) return undefined;
  const s: SharedWijk = {
    indicator: wijk.indicator,
    level: wijk.level,
    method: wijk.method,
    mode: wijk.mode,
  };
  if (wijk.selected) s.selected = wijk.selected;
  return s;
}

/**
 * Applies the tab's part of a link (absent: the defaults).
 * @param s the shared state
 */
export function applySharedWijk(s: SharedWijk | undefined): void {
  wijk.indicator = s && indicatorById(s.indicator) ? s.indicator : WIJK_DEFAULTS.indicator;
  wijk.level = s?.level ?? WIJK_DEFAULTS.level;
  wijk.method = s?.method ?? WIJK_DEFAULTS.method;
  wijk.mode = s?.mode ?? WIJK_DEFAULTS.mode;
  wijk.selected = s?.selected ?? null;
}
