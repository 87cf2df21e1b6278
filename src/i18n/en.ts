/** All English UI strings; same keys as nl.ts. */
import type { Messages } from './nl.ts';

type ProblemParams = Readonly<Record<string, string | number>>;

export const en: Messages = {
  app: {
    title: 'Werkruimte',
    tagline: 'Room for work in the growing city',
    demoNotice: 'Voorbeeldstad is a fictional demo city.',
    language: 'Language',
    switchLanguage: 'Nederlands',
    switchLanguageLabel: 'Schakel naar Nederlands',
    tools: 'Tools',
    sidePanel: 'Side panel',
  },
  layers: {
    panelTitle: 'Map layers',
    groups: { zoning: 'Work locations', context: 'Surroundings', base: 'Base map' },
    opacity: (title: string) => `Opacity of ${title}`,
    toggle: (title: string) => `Show ${title}`,
    onlineBasemap: 'Online basemap (PDOK BRT)',
    basemapLoading: 'Loading basemap…',
    basemapFailed: 'The online basemap cannot be reached; the map works without it.',
    legend: 'Legend',
    loading: 'loading…',
    failed: 'not loaded',
    featureCount: (n: number) => `${n.toLocaleString('en-GB')} objects`,
  },
  map: {
    label: 'Map of Voorbeeldstad',
    zoomToAll: 'Zoom to all',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetBearing: 'Drag to rotate the map, click to reset north',
    loading: 'Loading map…',
    noWebgl: 'This browser cannot show the map (WebGL missing).',
  },
  info: {
    title: 'Information',
    close: 'Close',
    closeHint: 'Esc closes this panel',
    noFeature: 'Click an object on the map.',
    layer: 'Map layer',
    yes: 'yes',
    no: 'no',
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
    fileError: (file: string, problem: string) => `${file}: ${problem}`,
    dismiss: 'Dismiss message',
    noticesTitle: 'Messages',
    problems: {
      'load-failed': (p: ProblemParams) => `the file could not be loaded (${p['detail']})`,
      'not-json': () => 'the file is not valid JSON',
      'not-geojson': (p: ProblemParams) =>
        `the file is not a GeoJSON FeatureCollection (${p['detail']})`,
      'unsupported-crs': (p: ProblemParams) =>
        `unsupported coordinate reference system ${p['crs']}`,
      'invalid-geometry': (p: ProblemParams) => `invalid GeoJSON: ${p['detail']}`,
      'no-geometry': () => 'the feature has no geometry',
      'wrong-geometry': (p: ProblemParams) =>
        `geometry type ${p['actual']} is not allowed here (expected: ${p['expected']})`,
      'missing-property': (p: ProblemParams) => `required property "${p['property']}" is missing`,
      'wrong-type': (p: ProblemParams) =>
        `property "${p['property']}" must be of type ${p['expected']}, got ${p['actual']}`,
      'not-in-list': (p: ProblemParams) =>
        `property "${p['property']}" has unknown value "${p['value']}" (allowed: ${p['allowed']})`,
      'below-min': (p: ProblemParams) =>
        `property "${p['property']}" is ${p['value']}, below the minimum ${p['limit']}`,
      'above-max': (p: ProblemParams) =>
        `property "${p['property']}" is ${p['value']}, above the maximum ${p['limit']}`,
      'outside-netherlands': (p: ProblemParams) =>
        `coordinates ${p['position']} lie outside the Netherlands`,
    },
  },
  // --- locatiecheck (issue 3) ---
  // --- surface / waar wel, waar niet (issue 4) ---
  // --- proposals (issue 5) ---
  // --- sharing (issue 6) ---
};
