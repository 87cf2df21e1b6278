/**
 * Side-panel tools. A later feature (Locatiecheck, Waar wel/waar niet,
 * Voorstellen, Delen) adds one entry here: a tab appears in the side panel and
 * its component is shown when the tab is open. Components get no props; they
 * read and change state from src/state.
 */
import type { Component } from 'svelte';
import type { Messages } from '../i18n/nl.ts';
import DataPanel from './DataPanel.svelte';
import LocatiecheckPanel from './LocatiecheckPanel.svelte';
import PlacementPanel from './PlacementPanel.svelte';
import ProposalPanel from './ProposalPanel.svelte';
import SurfacePanel from './SurfacePanel.svelte';
import WijkprofielPanel from './WijkprofielPanel.svelte';

export interface SidePanelTool {
  /** Stable id, also used in `app.activeTool`. */
  id: string;
  /** Tab title in the current language. */
  title: (m: Messages) => string;
  component: Component;
}

/** The tools in tab order, after the fixed "Kaartlagen" tab. */
export const TOOLS: SidePanelTool[] = [
  { id: 'locatiecheck', title: (m) => m.locatiecheck.tab, component: LocatiecheckPanel },
  { id: 'surface', title: (m) => m.surface.tab, component: SurfacePanel },
  { id: 'proposals', title: (m) => m.proposals.tab, component: ProposalPanel },
  // Wijkprofielen (issue 16)
  { id: 'wijkprofiel', title: (m) => m.wijk.tab, component: WijkprofielPanel },
  // Juiste plek (issue 17)
  { id: 'placement', title: (m) => m.placement.tab, component: PlacementPanel },
  // Eigen gegevens (issue 12)
  { id: 'owndata', title: (m) => m.owndata.tab, component: DataPanel },
];
