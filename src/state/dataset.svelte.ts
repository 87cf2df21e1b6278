/**
 * THE browser-side dataset: the loaded rule layers (zones, businesses,
 * sensitive objects, neighbourhoods; not the base map), projected to RD and
 * indexed once by `buildDataset` (src/domain/dataset.ts). Every feature that
 * runs the rules in the main thread (Locatiecheck, proposals, …) reads it
 * through `dataset()`, so the projection and the indexes are built once per
 * data change, not once per feature.
 *
 * When it is built: once every rule layer has finished loading (status
 * `ready` or `failed`); a failed layer counts as empty. Until then `dataset()`
 * is null. It is rebuilt only when the features of a rule layer change
 * (another array), not when an unrelated layer (base map) loads.
 */
import { LAYERS } from '../../layers/index.ts';
import type { Feature } from 'geojson';
import type { Dataset, DatasetLayerInput, DatasetRole } from '../domain/dataset.ts';
import { buildDataset } from '../domain/dataset.ts';
import { app, featuresOf } from './app.svelte.ts';

/** Layers the rules read: every layer whose role is not `base`. */
export const RULE_LAYERS = LAYERS.filter((l) => l.role !== 'base');

/** What the dataset is doing: waiting for layers, or ready (possibly with no features). */
export type DatasetStatus = 'loading' | 'ready';

const status = $derived<DatasetStatus>(
  RULE_LAYERS.every((l) => app.layers[l.id]?.status !== 'loading') ? 'ready' : 'loading',
);

/** The feature arrays the last build used (raw arrays; compared by identity). */
let lastSources: readonly unknown[] = [];
let lastInputs: DatasetLayerInput[] | null = null;
let lastDataset: Dataset | null = null;
let builtFrom: DatasetLayerInput[] | null = null;

const inputs = $derived.by((): DatasetLayerInput[] | null => {
  if (status !== 'ready') return null;
  const sources = RULE_LAYERS.map((l) => featuresOf(l.id));
  if (lastInputs && sources.every((s, i) => s === lastSources[i])) return lastInputs;
  lastSources = sources;
  // The arrays are raw (app.svelte.ts keeps them in $state.raw): no copy needed.
  lastInputs = RULE_LAYERS.map((l, i) => ({
    layerId: l.id,
    role: l.role as DatasetRole,
    features: { type: 'FeatureCollection', features: sources[i]! as Feature[] },
  }));
  return lastInputs;
});

const built = $derived.by((): Dataset | null => {
  const current = inputs;
  if (!current) return null;
  if (lastDataset && current === builtFrom) return lastDataset;
  builtFrom = current;
  const start = performance.now();
  lastDataset = buildDataset(current);
  // Read by the start-up benchmark (tests/bench/startup-browser.ts); costs nothing otherwise.
  performance.measure('werkruimte:dataset', { start, end: performance.now() });
  return lastDataset;
});

/**
 * The shared dataset of the loaded rule layers (WGS84 features → RD, indexed).
 * Reactive: read it in a `$derived` or `$effect` and it updates after a load.
 * @returns the dataset, or null while rule layers are still loading
 * @example const verdict = $derived(dataset() ? checkLocation(dataset()!, place, program) : null);
 */
export function dataset(): Dataset | null {
  return built;
}

/**
 * Whether the rule layers have finished loading.
 * @returns 'loading' or 'ready'
 */
export function datasetStatus(): DatasetStatus {
  return status;
}
