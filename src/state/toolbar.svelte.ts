/**
 * The toolbar (issue 14): which tool is open, and the first-run guide. Small on purpose: it is
 * part of the first page load, while the tools themselves (tools.svelte.ts and their
 * components) load when first opened.
 */
import { app } from './app.svelte.ts';

/** A tool of the toolbar. */
export type ToolbarTool = 'search' | 'measure' | 'table';

/** localStorage key: the first-run guide was seen (then it opens only from the help button). */
export const GUIDE_SEEN_KEY = 'werkruimte.guide.v1';

/** The toolbar's state. */
export const toolbar = $state({
  open: null as ToolbarTool | null,
  guideOpen: false,
  /** The guide was opened from the help button: it takes the focus (not at the first visit). */
  guideFocus: false,
});

/**
 * Opens a tool, or closes it when it is open. The measure tool takes the map's clicks, so it
 * closes the side-panel tool that would take them too (the Locatiecheck, drawing).
 * @param tool the tool
 */
export function toggleTool(tool: ToolbarTool): void {
  toolbar.open = toolbar.open === tool ? null : tool;
  if (toolbar.open === 'measure') app.activeTool = null;
}

/** Opens the guide at the first visit (nothing remembered yet). */
export function initGuide(): void {
  try {
    toolbar.guideOpen = localStorage.getItem(GUIDE_SEEN_KEY) !== 'seen';
  } catch {
    toolbar.guideOpen = true;
  }
}

/** Opens the guide again (the help button). */
export function openGuide(): void {
  toolbar.guideOpen = true;
  toolbar.guideFocus = true;
}

/** Closes the guide and remembers it was seen. */
export function dismissGuide(): void {
  toolbar.guideOpen = false;
  toolbar.guideFocus = false;
  try {
    localStorage.setItem(GUIDE_SEEN_KEY, 'seen');
  } catch {
    // Private mode: the guide opens again next time; it stays dismissable.
  }
}
