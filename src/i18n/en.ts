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
  proposals: {
    tab: 'Proposals',
    title: 'Draw proposals',
    intro: 'Draw a new zone and see at once what it costs in business space.',
    tools: 'Drawing tools',
    tool: {
      pan: 'Map',
      polygon: 'Polygon',
      rectangle: 'Rectangle',
      select: 'Select',
    },
    toolHint: {
      pan: 'Pan and click the map as usual.',
      polygon: 'Click the corners; click the first point or press Enter to close.',
      rectangle: 'Click two opposite corners.',
      select: 'Click a proposal; drag corners or the whole shape. Delete removes.',
    },
    finish: 'Close shape',
    snapping: 'Snap to zone edges and corners',
    undo: 'Undo',
    redo: 'Redo',
    deleteSelected: 'Delete proposal',
    drawingArea: (m2: string, ha: string) => `Area: ${m2} m² (${ha} ha)`,
    keyboardTitle: 'Keyboard',
    keyboard: [
      ['P', 'draw a polygon'],
      ['R', 'draw a rectangle'],
      ['S', 'select and edit'],
      ['Esc', 'cancel drawing / clear selection'],
      ['Enter', 'close the polygon'],
      ['Delete', 'delete the selected proposal or corner'],
      ['Ctrl+Z', 'undo'],
      ['Ctrl+Shift+Z', 'redo'],
    ],
    keyboardNote:
      'Corners are placed with mouse, pen or touch; the buttons and the form work fully by keyboard.',
    listTitle: 'Proposals',
    none: 'No proposals yet. Choose Polygon or Rectangle and draw on the map.',
    defaultName: (n: number) => `Proposal ${n}`,
    form: {
      title: 'Attributes',
      name: 'Name',
      use: 'New use',
      homes: 'Number of homes',
      bvoM2: 'Business floor area (m² gross)',
      maxMilieucategorie: 'Max. environmental category',
      chooseCategory: '– choose –',
      categoryNeeded: 'Choose a maximum environmental category: it decides which businesses stay.',
      status: 'Status',
      note: 'Note',
    },
    uses: {
      woningbouw: 'Housing',
      woonwerkzone: 'Live/work zone',
      'productieve-wijk': 'Productive district',
      bedrijventerrein: 'Business park',
    },
    statuses: { concept: 'Draft', voorstel: 'Proposed', vastgesteld: 'Adopted' },
    problems: {
      'shape-too-few-vertices': () => 'Too few corners: draw at least three.',
      'shape-self-intersection': () =>
        'The outline crosses itself. Drag a corner so the edges no longer cross.',
      'shape-sliver-area': (v: string) =>
        `Too small (${v} m², at least 10 m²). Enlarge the shape or delete it.`,
      'shape-sliver-width': (v: string) => `Too narrow (${v} m wide on average). Widen the shape.`,
      'shape-outside-extent': () =>
        'Lies (partly) outside the area with data. Drag the corners inside.',
    },
    refused: 'This shape does not count until it is fixed:',
    impactTitle: 'What does it cost?',
    allProposals: 'All proposals together',
    selectedProposal: (name: string) => `Proposal “${name}”`,
    ledgerTitle: 'No m² less: business space balance',
    ledger: {
      takenLand: 'Business park land lost',
      addedLand: 'Business park land added',
      netLand: 'Land balance',
      removedBvo: 'Floor area of displaced businesses',
      addedBvo: 'Floor area in programme',
      netBvo: 'Floor area balance',
    },
    compensation: (ha: string, bvo: string) => `Compensation needed: ${ha} ha / ${bvo} m² gross`,
    balanced: 'No compensation needed.',
    displacedTitle: 'Displaced businesses',
    displacedNone: 'No businesses displaced.',
    displacedReason: {
      housing: 'land becomes housing',
      'category-too-high': 'category above the limit',
    },
    displacedColumns: ['Business', 'Cat.', 'm² gross', 'Jobs'],
    conflictsTitle: 'Conflicts (VNG guide distances)',
    conflictsNone: 'No conflicts.',
    conflictBusiness: (name: string, cat: string) => `${name} (cat. ${cat}) reaches the new homes`,
    conflictDwelling: (id: string, cat: string) =>
      `Home ${id} lies within the distance of cat. ${cat}`,
    conflictDistance: (measured: string, required: string) =>
      `${measured} m measured, ${required} m required`,
    conflictException: 'exception possible (mixed area)',
    buurtTitle: 'Jobs and homes per neighbourhood',
    buurtColumns: ['Neighbourhood', 'Jobs', 'Homes', 'Jobs/home', 'FMI'],
    before: 'before',
    after: 'after',
    fmiNote: 'FMI = function-mixing index: jobs / (jobs + homes) × 100.',
    noImpact: 'Draw a proposal to see its effects.',
    loadingData: 'Loading data…',
    exportButton: 'Export (GeoJSON)',
    importButton: 'Import…',
    imported: (n: number) => `${n} proposal(s) imported.`,
    importProblemsTitle: 'Import messages',
    importProblem: {
      'proposal-dropped': (d: string) => `${d}: invalid, skipped`,
      'properties-defaulted': (d: string) => `${d}: missing attributes filled in`,
      'geojson-invalid': (d: string) => `Not valid GeoJSON ${d}`.trim(),
      'import-split-multipolygon': (d: string) => `${d}: multi-part, split into separate proposals`,
      'import-holes-dropped': (d: string) => `${d}: holes removed (draw a proposal on top instead)`,
      'import-id-renamed': (d: string) => `Code already in use: ${d}`,
      other: (d: string) => `Problem: ${d}`,
    },
    saved: 'Saved automatically in this browser.',
    storageFailed: 'Saving in the browser fails; export your proposals.',
  },
  // --- sharing (issue 6) ---
};
