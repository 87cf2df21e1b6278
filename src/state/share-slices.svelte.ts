/**
 * Wiring of the shared-state slices (issue 6): which feature's runes go into
 * which part of `SharedState`. One `registerSlice` per feature; a feature that
 * is not wired here keeps its part at the default.
 */
import { LAYERS } from '../../layers/index.ts';
import { fittedZoom } from '../share/fit.ts';
import type { Program } from '../domain/domain.ts';
import type { Camera, Proposal, SavedView, SharedState } from '../share/state.ts';
import { app, featuresOf, setLanguage } from './app.svelte.ts';
import {
  applyLocatiecheckState,
  getLocatiecheckState,
  locatiecheck,
  setProgram,
} from './locatiecheck.svelte.ts';
import { proposals, replaceProposals, setTool, showLinkProposals } from './proposals.svelte.ts';
import {
  applySharedStudyArea,
  getSharedStudyArea,
  requestSurface,
  setClassesVisible,
  setContoursVisible,
  startSurface,
  surface,
} from './surface.svelte.ts';
import {
  registerSlice,
  setFileUndo,
  setViewAnalysisSource,
  share,
  shareMap,
} from './share.svelte.ts';
import { ruleView, setRuleView } from './rule-view.svelte.ts';
import { applyTargets, getTargets } from './placement.svelte.ts';
import { applySharedWijk, getSharedWijk, WIJK_TOOL_ID } from './wijkprofiel.svelte.ts';
import { applyLinkWorkspace, sharedWorkspace } from './workspaces.svelte.ts';

/** Moves the map to a camera (no animation: a link opens exactly there). */
function moveCamera(camera: Camera, animate: boolean): void {
  const map = shareMap();
  if (!map) return;
  const box = map.getContainer();
  const options = {
    center: camera.center,
    zoom: fittedZoom(camera, [box.clientWidth, box.clientHeight]),
    bearing: camera.bearing,
    pitch: camera.pitch,
  };
  if (animate) map.easeTo({ ...options, duration: 700 });
  else map.jumpTo(options);
}

function applyLayers(layers: SharedState['layers']): void {
  for (const def of LAYERS) {
    const target = app.layers[def.id];
    const view = layers[def.id];
    if (!target) continue;
    // A layer the state does not list goes back to its own default.
    target.visible = view?.visible ?? def.visible ?? true;
    target.opacity = view?.opacity ?? def.opacity ?? 1;
  }
}

/** The id a shared link uses for a feature: its `id` property, else `#<index>`. */
export function featureKey(layerId: string, index: number): string {
  const id = featuresOf(layerId)[index]?.properties?.id;
  return typeof id === 'string' && id !== '' ? id : `#${index}`;
}

/** Registers the slices of the app shell and of sharing itself. */
export function registerShareSlices(): void {
  // --- the workspace the link's data lives in (issue 12, section 16) ---
  registerSlice({
    id: 'workspace',
    write: (state) => {
      const ws = sharedWorkspace();
      if (ws) state.workspace = ws;
    },
    // A link made in another workspace opens it first; the other slices wait (applyState).
    apply: (state, origin) => applyLinkWorkspace(state.workspace, origin === 'link'),
  });

  registerSlice({
    id: 'camera',
    when: 'ready',
    write: (state) => {
      state.camera = structuredClone($state.snapshot(share.camera)) as Camera;
    },
    apply: (state) => moveCamera(state.camera, false),
    applyView: (view) => moveCamera(view.camera, true),
  });

  registerSlice({
    id: 'layers',
    write: (state) => {
      for (const def of LAYERS) {
        const s = app.layers[def.id];
        if (s) state.layers[def.id] = { visible: s.visible, opacity: s.opacity };
      }
    },
    apply: (state) => applyLayers(state.layers),
    applyView: (view) => applyLayers(view.layers),
  });

  registerSlice({
    id: 'language',
    write: (state) => {
      state.language = app.lang;
    },
    apply: (state) => {
      if (state.language !== app.lang) void setLanguage(state.language);
    },
  });

  registerSlice({
    id: 'selected',
    when: 'ready',
    write: (state) => {
      const s = app.selected;
      if (s)
        state.selected = { layerId: s.layerId, featureId: featureKey(s.layerId, s.featureIndex) };
    },
    apply: (state) => {
      const s = state.selected;
      if (!s) {
        app.selected = null;
        return;
      }
      const features = featuresOf(s.layerId);
      let index = features.findIndex((f) => f.properties?.id === s.featureId);
      if (index < 0 && /^#\d+$/.test(s.featureId)) index = Number(s.featureId.slice(1));
      app.selected =
        index >= 0 && index < features.length ? { layerId: s.layerId, featureIndex: index } : null;
    },
  });

  // --- planview (issue 11): the rules' view, before the features that compute in it ---
  registerSlice({
    id: 'view',
    write: (state) => {
      if (ruleView.view === 'feitelijk') state.view = 'feitelijk';
    },
    apply: (state) => setRuleView(state.view ?? 'plan'),
  });

  registerSlice({
    id: 'check',
    write: (state) => {
      const check = getLocatiecheckState();
      if (check) state.check = check;
    },
    apply: (state) => {
      applyLocatiecheckState(state.check);
    },
    applyView: (view) => {
      // A view's program goes to the check only while a place is being checked.
      if (view.program && locatiecheck.place && app.activeTool !== 'surface')
        setProgram(view.program);
    },
  });

  // What a saved view records of the analyses: the surface's classes and the contours as seen.
  setViewAnalysisSource(() => ({
    surface: surface.status !== 'idle' && surface.showClasses,
    contours: surface.showContours,
  }));

  registerSlice({
    id: 'surface',
    write: (state) => {
      // The surface map counts once it has been started (its tab opened, or a link).
      if (surface.status === 'idle') return;
      state.surface = { program: $state.snapshot(surface.program) as Program };
      const studyArea = getSharedStudyArea();
      if (studyArea) state.surface.studyArea = studyArea;
    },
    apply: (state) => {
      if (!state.surface) return;
      // Before the start: the first data message to the worker already carries the area.
      applySharedStudyArea(state.surface.studyArea);
      startSurface();
      requestSurface(state.surface.program);
      if (!state.check) app.activeTool = 'surface';
    },
    applyView: (view) => {
      const shown = view.analysis;
      if (!shown) {
        // A view from an older link: its program goes to the surface when that is open.
        if (view.program && surface.status !== 'idle' && app.activeTool !== 'locatiecheck')
          requestSurface(view.program);
        return;
      }
      // Issue 14: exactly what the view showed; a surface it did not show is hidden.
      if (shown.surface && view.program) {
        startSurface();
        requestSurface(view.program);
      }
      setClassesVisible(shown.surface);
      if (shown.contours) startSurface();
      setContoursVisible(shown.contours);
    },
  });

  // --- Wijkprofielen (issue 16): after the surface, so its open tab wins ---
  registerSlice({
    id: 'wijk',
    write: (state) => {
      const wijk = getSharedWijk();
      if (wijk) state.wijk = wijk;
    },
    apply: (state) => {
      applySharedWijk(state.wijk);
      if (state.wijk) app.activeTool = WIJK_TOOL_ID;
    },
  });

  registerSlice({
    id: 'proposals',
    write: (state) => {
      state.proposals = proposals().map((p): Proposal => ({
        type: 'Feature',
        properties: { ...p.properties },
        geometry: structuredClone(p.geometry),
      }));
    },
    apply: (state, origin, prepared) => {
      // Issue 13: a link or a file never overwrites the own work unasked.
      if (origin === 'own-link') return; // storage holds the same or newer proposals
      // The share worker prepared the drawable list, and whether it is the own one.
      const list = prepared.proposals;
      if (origin === 'file') {
        setFileUndo(replaceProposals(list));
        return;
      }
      // A link without proposals (or with the own ones) leaves the own list as it is.
      if (list.length === 0 || prepared.sameAsOwn) return;
      showLinkProposals(list);
    },
  });

  // No drawing in the council room: presentation mode switches the proposal tool to the hand.
  $effect.root(() => {
    $effect(() => {
      if (share.presentation) setTool('pan');
    });
  });

  // --- gebiedsprofiel targets (issue 17) ---
  registerSlice({
    id: 'targets',
    write: (state) => {
      const targets = getTargets();
      if (targets.length > 0) state.targets = targets;
    },
    apply: (state, origin) => applyTargets(state.targets, origin),
  });

  registerSlice({
    id: 'sharing',
    write: (state) => {
      state.savedViews = $state.snapshot(share.savedViews) as SavedView[];
      if (share.presentation) state.presentation = true;
      if (share.title !== '') state.title = share.title;
    },
    apply: (state) => {
      share.savedViews = structuredClone(state.savedViews);
      share.viewIndex = -1;
      share.presentation = state.presentation === true;
      share.title = state.title ?? '';
    },
  });
}
