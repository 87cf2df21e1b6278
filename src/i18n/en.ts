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
  sharing: {
    tab: 'Share',
    panelTitle: 'Sharing in a council session',
    linkTitle: 'Link to this map',
    linkHelp:
      'The link is the map: view, layers, language, selection, proposals and agenda items. No account or server needed.',
    linkLabel: 'Link',
    copyLink: 'Copy link',
    copied: 'Link copied.',
    copyFailed: 'Copying failed: select the link and copy it with Ctrl+C.',
    linkLength: (n: number) => `${n.toLocaleString('en-GB')} characters`,
    showQr: 'QR code for the room screen',
    qrTitle: 'Scan to open this map',
    qrTooLong: 'This link is too long for a QR code. Share it as a link or as a file.',
    close: 'Close',
    tooBig: (n: number, max: number) =>
      `This map is too big for a link (${n.toLocaleString('en-GB')} characters, at most ${max.toLocaleString('en-GB')}). Download it as a file; open the file again later by dropping it on the map.`,
    notInLink: 'Not in the link:',
    fileTitle: 'As a file',
    downloadFile: 'Download as .geojson',
    openFile: 'Open a .geojson file',
    dropHint: 'Or drop a .geojson file on the map.',
    dropHere: 'Drop to open the file',
    fileOpened: (name: string) => `Opened “${name}”.`,
    views: {
      title: 'Agenda items',
      help: 'Save map views (view, layers, program) and step through them in the presentation with ← and →.',
      nameLabel: 'Name of the agenda item',
      save: 'Save current view',
      defaultName: (n: number) => `Agenda item ${n}`,
      show: 'Show',
      remove: (name: string) => `Delete ${name}`,
      up: (name: string) => `Move ${name} up`,
      down: (name: string) => `Move ${name} down`,
      empty: 'No agenda items yet.',
    },
    presentation: {
      start: 'Present',
      exit: 'Stop presenting (Esc)',
      fullscreen: 'Full screen',
      previous: 'Previous agenda item',
      next: 'Next agenda item',
      position: (i: number, n: number) => `${i} of ${n}`,
      noViews: 'No agenda items saved',
      keys: '← → agenda items · Esc to stop',
      label: 'Presentation',
    },
    print: {
      open: 'Print / export',
      title: 'Print and export',
      titleLabel: 'Title on the map',
      defaultTitle: 'Werkruimte – Voorbeeldstad',
      paper: 'Paper',
      a4: 'A4 landscape',
      a3: 'A3 landscape',
      png: 'Download PNG',
      pdf: 'Download PDF',
      busy: 'Preparing the map…',
      failed: 'Export failed. Please try again.',
      legendTitle: 'Legend',
      date: (d: string) => `Printed on ${d}`,
      source:
        'Source: Voorbeeldstad, fictional demo data (Werkruimte); guide distances VNG Bedrijven en milieuzonering (2009)',
      linkLabel: 'Link to this map:',
      linkShortened: '(shortened; the full link is in the app)',
      qrCaption: 'Scan for this map',
      qrTooLong: 'Link too long for a QR code',
      north: 'N',
    },
    problemsIntro: {
      link: (list: string) =>
        `Not everything in the link could be read; the rest is open. ${list}.`,
      file: (list: string) =>
        `Not everything in the file could be read; the rest is open. ${list}.`,
    },
    problems: {
      'link-too-long': () => 'the link is too long to read',
      'link-malformed': () => 'the link is incomplete or damaged',
      'link-unsupported-version': () => 'the link comes from a newer version of Werkruimte',
      'link-corrupt': () => 'the data in the link is damaged or cut off',
      'link-too-large': () => 'the data in the link is too large',
      'part-invalid': (part: string) => `${part} could not be read (default used)`,
      'proposal-dropped': (part: string) => `one of the ${part} is invalid and was left out`,
      'properties-defaulted': (part: string) =>
        `attributes of ${part} were missing (defaults used)`,
      'geojson-invalid': () => 'the file is not a GeoJSON FeatureCollection',
    },
    parts: {
      link: 'the link',
      camera: 'the map view',
      layers: 'the map layers',
      language: 'the language',
      check: 'the location check',
      surface: 'the where-yes-where-no map',
      selected: 'the selected feature',
      savedViews: 'the agenda items',
      proposals: 'proposals',
      presentation: 'presentation mode',
      title: 'the title',
    },
  },
};
