/**
 * Side-panel tools. A later feature (Locatiecheck, Waar wel/waar niet,
 * Voorstellen, Delen) adds one entry here: a tab appears in the side panel and
 * its component is shown when the tab is open. Components get no props; they
 * read and change state from src/state.
 */
import type { Component } from 'svelte';
import type { Messages } from '../i18n/nl.ts';

export interface SidePanelTool {
  /** Stable id, also used in `app.activeTool`. */
  id: string;
  /** Tab title in the current language. */
  title: (m: Messages) => string;
  /** The panel, bundled with the app… */
  component?: Component;
  /**
   * …or loaded when its tab first opens (issue 14: the start-up JavaScript holds only what
   * the first screen shows; the panels and their libraries, such as d3 for the charts and the
   * QR code, come with their tab).
   */
  load?: () => Promise<{ default: Component }>;
}

/** The tools in tab order, after the fixed "Kaartlagen" tab. */
export const TOOLS: SidePanelTool[] = [
  {
    id: 'locatiecheck',
    title: (m) => m.locatiecheck.tab,
    load: () => import('./LocatiecheckPanel.svelte'),
  },
  { id: 'surface', title: (m) => m.surface.tab, load: () => import('./SurfacePanel.svelte') },
  { id: 'proposals', title: (m) => m.proposals.tab, load: () => import('./ProposalPanel.svelte') },
  // Wijkprofielen (issue 16)
  { id: 'wijkprofiel', title: (m) => m.wijk.tab, load: () => import('./WijkprofielPanel.svelte') },
  // Juiste plek (issue 17)
  { id: 'placement', title: (m) => m.placement.tab, load: () => import('./PlacementPanel.svelte') },
  // Eigen gegevens (issue 12)
  { id: 'owndata', title: (m) => m.owndata.tab, load: () => import('./DataPanel.svelte') },
];
