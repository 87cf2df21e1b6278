/**
 * State of "Juiste plek" (issue 17): the far-below threshold, the mismatch classification of
 * the shared dataset, the zoekprofiel form and its ranked candidates, the relocation options of
 * one displaced business (opened from the proposals panel), the capacity of the proposals' new
 * space, the gebiedsprofiel targets, and the map overlay (businesses by class, candidates).
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { bboxOfMultiPolygon } from '../geo/planar.ts';
import { fitToBounds } from '../map/interaction.ts';
import { mapGeometry, toRd, toWgs84 } from '../geo/crs.ts';
import type { Milieucategorie } from '../domain/domain.ts';
import {
  classifyMismatches,
  DEFAULT_FAR_BELOW_STEPS,
  type MismatchResult,
} from '../analysis/placement/mismatch.ts';
import {
  searchPlaces,
  type Candidate,
  type SearchProfile,
  type SearchResult,
} from '../analysis/placement/zoekprofiel.ts';
import {
  relocationCapacity,
  relocationOptions,
  type CapacityCheck,
  type RelocationOptions,
} from '../analysis/placement/relocation.ts';
import {
  areaKey,
  checkTargets,
  mergeTargets,
  targetStatusByArea,
  type AreaTarget,
  type TargetCheck,
} from '../analysis/placement/targets.ts';
import { readAreaTargets } from '../share/state.ts';
import { candidatesToCsv } from '../analysis/placement/csv.ts';
import { addPlacementLayers } from '../map/placement-layers.ts';
import { downloadFile } from '../map/export.ts';
import type { OverlayHandle } from '../map/overlay.ts';
import { app, messages } from './app.svelte.ts';
import { dataset } from './dataset.svelte.ts';
import { whenMapLoaded, loadedMap } from './map-handle.ts';
import { formatNumber, proposalContext, proposalImpact, proposals } from './proposals.svelte.ts';

/** How many of the tab's candidates are drawn on the map. */
export const MAP_CANDIDATES = 10;

/** Id of the side-panel tool (also `app.activeTool`). */
export const PLACEMENT_TOOL_ID = 'placement';

/** localStorage key of the gebiedsprofiel targets (a JSON list, checked on reading). */
export const TARGETS_STORAGE_KEY = 'werkruimte.targets.v1';

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The stored targets; a damaged value gives the valid entries (or none), never an error. */
function readStoredTargets(): AreaTarget[] {
  try {
    const raw = storage()?.getItem(TARGETS_STORAGE_KEY);
    return raw ? readAreaTargets(JSON.parse(raw)).targets : [];
  } catch {
    return [];
  }
}

/** The reactive state. */
export const placement = $state({
  farBelowSteps: DEFAULT_FAR_BELOW_STEPS,
  showMismatch: true,
  /** Zoekprofiel form. */
  activityId: '',
  category: '3.1' as Milieucategorie,
  areaM2: 2000,
  areaKind: 'land' as 'land' | 'floor',
  maxDistanceM: null as number | null,
  requirePark: false,
  /** The place distances are measured from (RD), set when the search runs. */
  fromRd: null as [number, number] | null,
  /** Whether the form has been searched (candidates show after the first search). */
  searched: false,
  /** The displaced business whose options are open, or null. */
  relocateId: null as string | null,
  /** Gebiedsprofiel targets (kept in localStorage and carried in links). */
  targets: readStoredTargets(),
});

const mismatch = $derived.by((): MismatchResult | null => {
  const ds = dataset();
  return ds ? classifyMismatches(ds, { farBelowSteps: placement.farBelowSteps }) : null;
});

/** @returns the classification of every business, or null while data loads */
export function mismatchResult(): MismatchResult | null {
  return mismatch;
}

const profile = $derived.by((): SearchProfile => {
  const max = placement.maxDistanceM;
  return {
    program: placement.activityId
      ? { kind: 'activity', activityId: placement.activityId }
      : { kind: 'category', milieucategorie: placement.category },
    areaM2: Math.max(0, Number(placement.areaM2) || 0),
    areaKind: placement.areaKind,
    ...(placement.fromRd ? { fromRd: [...placement.fromRd] as [number, number] } : {}),
    ...(max !== null && max > 0 ? { maxDistanceM: max } : {}),
    requireBusinessPark: placement.requirePark,
    farBelowSteps: placement.farBelowSteps,
  };
});

const search = $derived.by((): SearchResult | null => {
  const ds = dataset();
  return ds && placement.searched ? searchPlaces(ds, profile) : null;
});

/** @returns the zoekprofiel answer, or null before the first search */
export function searchResult(): SearchResult | null {
  return search;
}

/** Runs the search from the map centre (when the map is there). */
export function runSearch(): void {
  const map = loadedMap();
  const c = map?.getCenter();
  placement.fromRd = c ? (toRd([c.lng, c.lat]) as [number, number]) : null;
  placement.searched = true;
}

const displacedAll = $derived(proposalImpact()?.proposals.flatMap((p) => p.displaced) ?? []);

const relocation = $derived.by((): RelocationOptions | null => {
  const ds = dataset();
  const id = placement.relocateId;
  if (!ds || !id) return null;
  const d = displacedAll.find((x) => x.id === id);
  if (!d) return null;
  return relocationOptions(ds, [d], proposals()).get(id) ?? null;
});

/** @returns the options of the displaced business that is open, or null */
export function relocationOf(): RelocationOptions | null {
  return relocation;
}

/**
 * Opens (or closes, when it is open) the relocation options of a displaced business.
 * @param id business id
 */
export function toggleRelocation(id: string): void {
  placement.relocateId = placement.relocateId === id ? null : id;
  // Opening the options shows them: the map moves to the firm and its candidates.
  const r = relocation;
  if (r && r.candidates.length > 0) showCandidatesOnMap(r.candidates, r.profile?.fromRd);
}

/**
 * The WGS84 bounds of candidate zones (and a place), or null when there is nothing to show.
 * @param candidates ranked candidates
 * @param alsoRd a place to keep in view too (the firm's current place), RD
 * @returns [west, south, east, north]
 */
export function candidateBounds(
  candidates: readonly Candidate[],
  alsoRd?: readonly [number, number],
): [number, number, number, number] | null {
  const ds = dataset();
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (rd: Position) => {
    const [lng, lat] = toWgs84(rd);
    w = Math.min(w, lng!);
    e = Math.max(e, lng!);
    s = Math.min(s, lat!);
    n = Math.max(n, lat!);
  };
  for (const c of candidates) {
    const z = ds?.zones[c.zoneIndex];
    if (!z) continue;
    const [x0, y0, x1, y1] = bboxOfMultiPolygon(z.geometryRd);
    for (const p of [
      [x0, y0],
      [x0, y1],
      [x1, y0],
      [x1, y1],
    ])
      add(p);
  }
  if (alsoRd && w !== Infinity) add([...alsoRd]);
  return w === Infinity ? null : [w, s, e, n];
}

/**
 * Moves the map so the candidates (and a place) are in view.
 * @param candidates ranked candidates
 * @param alsoRd a place to keep in view too, RD
 */
export function showCandidatesOnMap(
  candidates: readonly Candidate[],
  alsoRd?: readonly [number, number],
): void {
  const map = loadedMap();
  const bounds = candidateBounds(candidates, alsoRd);
  if (!map || !bounds) return;
  const still = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  fitToBounds(map, bounds, !still);
}

/** Moves the map to the tab's top candidates (the ten on the map). */
export function showSearchOnMap(): void {
  if (search)
    showCandidatesOnMap(search.candidates.slice(0, MAP_CANDIDATES), placement.fromRd ?? undefined);
}

const capacity = $derived.by((): CapacityCheck | null => {
  const impact = proposalImpact();
  return impact ? relocationCapacity(impact.proposals, proposals()) : null;
});

/** @returns the category-by-category capacity of the proposals' new space, or null */
export function capacityCheck(): CapacityCheck | null {
  return capacity;
}

const targetChecks = $derived.by((): TargetCheck[] => {
  const ctx = proposalContext();
  const impact = proposalImpact();
  if (!ctx || !impact || placement.targets.length === 0) return [];
  return checkTargets(
    ctx,
    impact.proposals,
    proposals(),
    $state.snapshot(placement.targets) as AreaTarget[],
  );
});

/** @returns the check of every gebiedsprofiel target */
export function areaTargetChecks(): TargetCheck[] {
  return targetChecks;
}

const targetsByArea = $derived(targetStatusByArea(targetChecks));

/**
 * Target status of one area, for views of one area (the wijkprofielen): whether the proposals
 * keep each of its targets, by how much they miss, and which proposals compensate. Reactive.
 * @param kind zone or buurt
 * @param id the zone's or buurt's id (`Neighbourhood.id` for a buurt)
 * @returns the checks of the area's targets (empty: the area has none)
 * @example areaTargetStatus('buurt', 'B03').some((c) => !c.kept)
 */
export function areaTargetStatus(kind: AreaTarget['kind'], id: string): TargetCheck[] {
  return targetsByArea.get(areaKey(kind, id)) ?? [];
}

/** A target check in words, in the UI language (the tab, the ledger, the wijkprofielen, paper). */
export interface TargetCheckText {
  /** "≥ 5.000 m² bvo (≤ 3.1)". */
  target: string;
  /** Kept, or missed by how much; or that the area is not in the data. */
  status: string;
  /** Today, displaced and new floor area, and what compensates (absent: nothing changed). */
  detail?: string;
}

/**
 * Says what a target check found: the one wording every view of the targets uses.
 * @param c the check
 * @returns the target, its status and the balance with what compensates
 * @example describeTargetCheck(c).status // 'Gemist met 800 m² bvo (4.200 m² na de voorstellen).'
 */
export function describeTargetCheck(c: TargetCheck): TargetCheckText {
  const m = messages().placement;
  const target = `≥ ${formatNumber(c.target.minBvoM2)} m²${c.target.category ? ` (≤ ${c.target.category})` : ''}`;
  if (c.name === undefined) return { target, status: m.targetUnknownArea };
  const status = c.kept
    ? m.targetKept(formatNumber(c.afterBvoM2))
    : m.targetMissed(formatNumber(c.missBvoM2), formatNumber(c.afterBvoM2));
  if (c.removedBvoM2 <= 0 && c.addedBvoM2 <= 0) return { target, status };
  // A local lookup, not state.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const names = new Map(proposals().map((p) => [p.properties.id, p.properties.name]));
  const list = c.compensatedBy
    .map((x) => `${names.get(x.proposalId) || x.proposalId} (+${formatNumber(x.bvoM2)} m²)`)
    .join(', ');
  const balance = m.targetBalance(
    formatNumber(c.beforeBvoM2),
    formatNumber(c.removedBvoM2),
    formatNumber(c.addedBvoM2),
  );
  const compensation = list ? m.targetCompensatedBy(list) : m.targetNoCompensation;
  return { target, status, detail: `${balance} ${compensation}` };
}

/** @returns a copy of the targets, for the link */
export function getTargets(): AreaTarget[] {
  return $state.snapshot(placement.targets) as AreaTarget[];
}

/**
 * Sets the targets from an opened link or file. A colleague's link adds its targets to the own
 * ones (it never removes own work); a file replaces them; the own link after a reload leaves
 * the stored ones.
 * @param targets the targets of the opened state (absent: none)
 * @param origin where the state came from
 */
export function applyTargets(
  targets: readonly AreaTarget[] | undefined,
  origin: 'link' | 'own-link' | 'file',
): void {
  const incoming = targets ?? [];
  if (origin === 'file') placement.targets = incoming.map((t) => ({ ...t }));
  else if (origin === 'link' || placement.targets.length === 0)
    placement.targets = mergeTargets(getTargets(), incoming);
}

// Saved at every change, read again when another tab saves.
$effect.root(() => {
  $effect(() => {
    const json = JSON.stringify(getTargets());
    try {
      if (storage()?.getItem(TARGETS_STORAGE_KEY) !== json)
        storage()?.setItem(TARGETS_STORAGE_KEY, json);
    } catch {
      // Storage full or off: the targets still live in the tab and in its link.
    }
  });
});
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === TARGETS_STORAGE_KEY) placement.targets = readStoredTargets();
  });
}

/**
 * Adds a target.
 * @param target the target
 */
export function addTarget(target: AreaTarget): void {
  placement.targets.push(target);
}

/**
 * Removes a target.
 * @param index its index
 */
export function removeTarget(index: number): void {
  placement.targets.splice(index, 1);
}

/** Downloads the candidates as CSV for Dutch Excel. */
export function exportCandidatesCsv(): void {
  const r = search;
  if (!r) return;
  const m = messages().placement;
  const header = [
    '#',
    'id',
    m.columns[1]!,
    'type',
    m.columns[3]!,
    m.candidateColumns[2]!,
    m.candidateColumns[3]!,
    'bron',
    m.area,
    m.candidateColumns[4]!,
    m.candidateColumns[5]!,
    'fit',
  ];
  const label = (code: string) => m.verdicts[code] ?? m.freeSource[code] ?? m.fitNote[code] ?? code;
  const csv = candidatesToCsv(r.candidates, header, label);
  downloadFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), 'kandidaten.csv');
}

// --- map ------------------------------------------------------------------

function candidateFeatures(candidates: readonly Candidate[]): Feature[] {
  const ds = dataset();
  const out: Feature[] = [];
  for (const c of candidates) {
    const z = ds?.zones[c.zoneIndex];
    if (z) {
      out.push({
        type: 'Feature',
        properties: { kind: 'candidate-zone', rank: c.rank },
        geometry: mapGeometry(
          { type: 'MultiPolygon', coordinates: z.geometryRd } as Geometry,
          toWgs84,
        ),
      });
    }
    const g = mapGeometry(c.placementRd as Geometry, toWgs84);
    out.push({ type: 'Feature', properties: { kind: 'candidate', rank: c.rank }, geometry: g });
    // The label sits on the checked placement's centre: inside the zone, so a fit to the
    // zones keeps it on screen.
    const pl = c.placementRd;
    let at: Position;
    if (pl.type === 'Point') at = pl.coordinates;
    else {
      const ring = pl.coordinates[0]!;
      at = [(ring[0]![0]! + ring[2]![0]!) / 2, (ring[0]![1]! + ring[2]![1]!) / 2];
    }
    out.push({
      type: 'Feature',
      properties: { kind: 'candidate-label', rank: c.rank, text: `${c.rank}. ${c.zoneName}` },
      geometry: { type: 'Point', coordinates: toWgs84(at) },
    });
  }
  return out;
}

const overlay = $derived.by((): FeatureCollection => {
  const features: Feature[] = [];
  const onTab = app.activeTool === PLACEMENT_TOOL_ID;
  if (onTab && placement.showMismatch && mismatch) {
    for (const b of mismatch.businesses) {
      features.push({
        type: 'Feature',
        properties: { kind: 'business', class: b.class, id: b.id },
        geometry: { type: 'Point', coordinates: toWgs84(b.xy) },
      });
    }
  }
  if (relocation && app.activeTool !== PLACEMENT_TOOL_ID)
    features.push(...candidateFeatures(relocation.candidates));
  else if (onTab && search)
    features.push(...candidateFeatures(search.candidates.slice(0, MAP_CANDIDATES)));
  return { type: 'FeatureCollection', features };
});

/** @returns the overlay data (businesses by class, candidates) */
export function placementOverlay(): FeatureCollection {
  return overlay;
}

let layers: OverlayHandle | null = null;
let started = false;

/** Connects the overlay to the map once (the panels call it when they mount). */
export function startPlacement(): void {
  if (started) return;
  started = true;
  void whenMapLoaded().then((map) => {
    layers = addPlacementLayers(map);
    $effect.root(() => {
      $effect(() => {
        layers?.setData(overlay);
      });
    });
  });
}
