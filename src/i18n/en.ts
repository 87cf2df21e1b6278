/** All English UI strings; same keys as nl.ts. */
import type { Messages } from './nl.ts';

export const en: Messages = {
  app: {
    title: 'Werkruimte',
    tagline: 'Room for work in the growing city',
    demoNotice: 'Voorbeeldstad is a fictional demo city.',
    language: 'Language',
    switchLanguage: 'Nederlands',
  },
  layers: {
    panelTitle: 'Map layers',
    groups: { zoning: 'Work locations', context: 'Surroundings', base: 'Base map' },
    opacity: (title: string) => `Opacity of ${title}`,
    toggle: (title: string) => `Show ${title}`,
    onlineBasemap: 'Online basemap (PDOK BRT)',
    legend: 'Legend',
  },
  map: {
    zoomToAll: 'Zoom to all',
    loading: 'Loading map…',
    noWebgl: 'This browser cannot show the map (WebGL missing).',
  },
  info: {
    title: 'Information',
    close: 'Close',
    noFeature: 'Click an object on the map.',
  },
  units: {
    m2: 'm²',
    ha: 'ha',
    m: 'm',
    jobs: 'jobs',
    homes: 'homes',
  },
  data: {
    loadError: (file: string) => `Could not load ${file}`,
    featureError: (file: string, index: number, problem: string) =>
      `${file}, feature ${index}: ${problem}`,
    dismiss: 'Dismiss message',
  },
  // --- locatiecheck (issue 3) ---
  // --- surface / waar wel, waar niet (issue 4) ---
  // --- proposals (issue 5) ---
  // --- sharing (issue 6) ---
};
