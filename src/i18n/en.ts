/** All English UI strings; same keys as nl.ts. */
import type { Messages } from './nl.ts';
import { formatCount, formatNumber } from './format.ts';

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
    languageLoadFailed: 'The English texts could not be loaded; the map stays in Dutch.',
  },
  layers: {
    panelTitle: 'Map layers',
    groups: { zoning: 'Work locations', context: 'Surroundings', base: 'Base map' },
    analysis: 'Analysis',
    surfaceClasses: 'Where homes and work may mix (areas)',
    contours: 'Hindrance contours (guide distances)',
    opacity: (title: string) => `Opacity of ${title}`,
    toggle: (title: string) => `Show ${title}`,
    onlineBasemap: 'Online basemap (PDOK BRT)',
    basemapLoading: 'Loading basemap…',
    basemapFailed: 'The online basemap cannot be reached; the map works without it.',
    legend: 'Legend',
    loading: 'loading…',
    failed: 'not loaded',
    featureCount: (n: number) => formatCount(n, 'en', 'object', 'objects'),
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
  locatiecheck: {
    tab: 'Location check',
    title: 'Location check',
    intro: 'Choose what would go at the place, then point to the place on the map.',
    program: 'What would go there?',
    programHousing: 'Housing',
    programActivity: 'Business activity',
    programCategory: 'Environmental category',
    activityLabel: 'Activity (word or SBI code)',
    activityPlaceholder: 'e.g. bakery or 1071',
    activityPick: 'No activity chosen yet: type a word or SBI code and pick one from the list.',
    activityNone: 'No activity found.',
    activityCount: (n: number) => (n === 1 ? '1 activity found' : `${n} activities found`),
    activityChosen: (sbi: string, name: string) => `Chosen: SBI ${sbi}, ${name}`,
    activityDetails: (category: string, functiemenging: string | undefined) =>
      `category ${category}` +
      (functiemenging ? ` · function mixing ${functiemenging}` : ' · no function-mixing class'),
    categoryLabel: 'Environmental category (milieucategorie)',
    categoryOption: (category: string, rustig: string, gemengd: string) =>
      `Category ${category} (${rustig} / ${gemengd})`,
    place: 'Point to the place',
    modePoint: 'Click on the map',
    modePolygon: 'Draw an area',
    clear: 'Clear',
    helpPoint:
      'Click on the map to check a place. With the keyboard: focus the map, pan with the arrow keys and press Enter to check the centre of the map.',
    helpPolygon:
      'Click points on the map; double-click or Enter closes the area, Backspace removes the last point, Escape cancels. With the keyboard: Space adds a point at the centre of the map.',
    drawing: (n: number) => (n === 1 ? '1 point placed' : `${n} points placed`),
    waitingForData: 'Loading map data…',
    noData: 'There is no map data to check against.',
    noPlace: 'No place chosen yet.',
    verdictHeading: 'Verdict',
    verdict: {
      toegestaan: 'Permitted',
      voorwaardelijk: 'Conditional',
      'niet-toegestaan': 'Not permitted',
    },
    verdictExplain: {
      toegestaan: 'The plan permits this here and the guide distances are met.',
      voorwaardelijk:
        'The plan permits this, but asks for something first: a study, a motivation or a condition (see the reasons).',
      'niet-toegestaan':
        'The plan does not permit this here; that would need a change of the plan.',
    },
    decidedBy: (rule: string) => `Deciding rule: ${rule}`,
    programLine: (program: string) => `Programme: ${program}`,
    programCategoryText: (category: string) => `business, environmental category ${category}`,
    programActivityText: (sbi: string, name: string, category: string) =>
      `${name} (SBI ${sbi}, category ${category})`,
    placePoint: (lat: string, lng: string) => `point ${lat} N, ${lng} E`,
    placePolygon: (areaM2: string) => `area of ${areaM2} m²`,
    placeLine: (place: string) => `Place: ${place}`,
    omgevingstypeLine: (type: string) => `Area type at the place: ${type}`,
    reasonsHeading: 'Reasons',
    zonesHeading: 'Zones at the place',
    zonesNone: 'No business park, live/work zone or productive district.',
    nearestDwelling: (label: string, distance: string) =>
      `Nearest home or sensitive use: ${label} at ${distance}.`,
    nearestDwellingNone: 'No homes in the data.',
    nearestFunctiemenging: (zone: string) =>
      ` It lies within the guide distance, but in ${zone}, where the function-mixing list applies instead of guide distances: no distance conflict.`,
    nearestArea: (label: string, distance: string) =>
      `Nearest home or sensitive function: ${label} at ${distance} (measured to the area's boundary).`,
    areaKind: {
      wonen: 'residential area',
      onderwijs: 'area for education',
      zorg: 'area for care',
    } as Record<string, string>,
    areaLabel: (kind: string, name: string) => `${kind} ${name}`,
    batch: {
      title: 'Many places at once',
      hint: 'Check the chosen program at every place and download the verdicts as CSV for Excel (; and decimal comma).',
      businesses: 'All businesses → CSV',
      file: 'CSV of places → CSV',
      fileHint: 'Columns lon,lat or x,y (RD), with an id or name column.',
      header: [
        'id',
        'name',
        'x (RD)',
        'y (RD)',
        'verdict',
        'deciding rule',
        'code',
        'conflicts',
        'nearest home (m)',
        'problem',
      ],
      error: 'no verdict',
      summary: (n: number, ok: number, cond: number, no: number, refused: number) =>
        `${formatCount(n, 'en', 'place', 'places')} checked: ${ok} permitted, ${cond} conditional, ${no} not permitted` +
        (refused > 0
          ? `; ${formatCount(refused, 'en', 'row', 'rows')} without a verdict (see below).`
          : '.'),
    },
    copy: 'Copy text',
    copied: 'Text copied.',
    copyFailed: 'Copying did not work; select the text below and copy it yourself.',
    memoTitle: 'Werkruimte location check',
    memoDate: (date: string) => `Date: ${date}`,
    memoAddress: (address: string) => `Address: ${address}`,
    memoXY: (x: string, y: string) => `x ${x}, y ${y}`,
    memoRdPoint: (xy: string) => `RD coordinates (EPSG:28992, metres): ${xy}`,
    memoRdPolygon: (corners: string) => `Corners in RD (EPSG:28992, metres): ${corners}`,
    memoLink: (url: string) => `Link to this map: ${url}`,
    memoSource:
      'Source: VNG, Bedrijven en milieuzonering (2009). Distances measured in plan in RD New (EPSG:28992). Guide distances are guidance, not law.',
    effect: {
      toegestaan: 'information',
      voorwaardelijk: 'condition',
      'niet-toegestaan': 'objection',
    },
    legendTooClose: 'closer than the mixed-area distance: study needed',
    legendException: 'within guide distance, exception with motivation',
    conflictsOnMap: (n: number) =>
      n === 1 ? '1 conflict shown on the map.' : `${n} conflicts shown on the map.`,
    omgevingstype: {
      'rustige-woonwijk': 'quiet residential area',
      'gemengd-gebied': 'mixed area',
    },
    zoneType: {
      bedrijventerrein: 'business park',
      woonwerkzone: 'live/work zone',
      'productieve-wijk': 'productive district',
    } as Record<string, string>,
    zoneText: (name: string, type: string, limits: string) =>
      `‘${name}’ (${type}${limits ? `, ${limits}` : ''})`,
    zoneUpTo: (category: string) => `up to category ${category}`,
    zoneMixing: (cls: string) => `function mixing ${cls}`,
    rule: {
      HOUSING_ON_BUSINESS_PARK: 'no housing on a business park',
      HOUSING_IN_PRODUCTIEVE_WIJK: 'housing in a productive district only under conditions',
      TOO_CLOSE_TO_BUSINESS:
        'closer to a business than the mixed-area guide distance (study and made-to-measure rules needed)',
      WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE:
        'within the guide distance for a quiet residential area (motivated exception)',
      CATEGORY_ABOVE_ZONE_LIMIT: 'category above what the zone permits',
      FUNCTIEMENGING_CLASS_NOT_PERMITTED: 'function-mixing class above what the zone permits',
      FUNCTIEMENGING_CLASS_UNKNOWN: 'function-mixing class unknown',
      NO_ZONE_PERMITS_BUSINESS: 'no zone permits business',
      TOO_CLOSE_TO_DWELLING:
        'closer to a home than the mixed-area guide distance (study and made-to-measure rules needed)',
      DWELLING_WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE:
        'home within the guide distance for a quiet residential area (motivated exception)',
      ZONE_PERMITS_BUSINESS: 'the zone permits the business',
      OMGEVINGSTYPE_AT_PLACE: 'area type',
      NO_CONFLICTS: 'no conflicts',
      FUNCTIEMENGING_INSTEAD_OF_DISTANCE: 'function mixing instead of guide distance',
      FUNCTIEMENGING_CONDITION: 'function mixing instead of guide distance, with a condition',
      FUNCTIEMENGING_ZONE_BORDER:
        'across the border of the function-mixing zone: guide distances apply there (the zone border decides)',
      UNKNOWN_PROGRAM: 'unknown activity or category',
    },
    reason: {
      omgevingstypeDefault: (type: string) =>
        `The place lies in no live/work zone or productive district (no mixed area): homes here therefore get the guide distances of a ${type}, the stricter of the two.`,
      omgevingstypeOnZone: (type: string, zone: string) =>
        `The place lies on ${zone}, not in a mixed area: homes here therefore get the guide distances of a ${type}, the stricter of the two.`,
      omgevingstypePartly: (type: string, zone: string) =>
        `Only part of the area lies in ${zone} (mixed area); an area counts as mixed only when it lies wholly inside, so the guide distances of a ${type} apply.`,
      omgevingstypeAtDwellings:
        'For a business, the omgevingstype of each home counts, not that of the place: a home in a mixed area (a live/work zone or productive district) gets the shorter guide distance, every other home that of a quiet residential area.',
      zoneBorderBusiness: (zones: string, cls: string, outside: string, count: string) =>
        `The area does not lie wholly inside ${zones}, where function mixing admits class ${cls}: part of it lies ${outside}. The function-mixing list replaces guide distances only for a business wholly inside such zones, so here the zone border decides: ${count} there are tested against the guide distance (see below). To go ahead: keep the area inside the zone, or meet what the guide distance asks.`,
      zoneBorderHousing: (zones: string, outside: string) =>
        `The place does not lie wholly inside ${zones} (function mixing): part of it lies ${outside}. The function-mixing list replaces guide distances only for homes wholly inside such zones, so here the zone border decides: the businesses and zones there are tested against their guide distance (see below).`,
      outsideIn: (zones: string) => `in ${zones}`,
      outsideEveryZone: 'outside every zone',
      borderCount: (n: number) =>
        n === 1
          ? '1 home address or sensitive area'
          : `${formatNumber(n, 'en')} home addresses or sensitive areas`,
      omgevingstypeByZone: (type: string, zone: string) =>
        `The place counts as a ${type} because it lies in ${zone}.`,
      housingOnBusinessPark: (zone: string) =>
        `The place lies on business park ${zone}: the plan does not permit housing there; the park stays for business. To go ahead: a change of the plan (transformation of the park).`,
      housingInProductieveWijk: (zone: string) =>
        `The place lies in productive district ${zone}: the plan permits housing there only under conditions. To go ahead: structural separation from the businesses, and a study of noise and odour first.`,
      business: (
        name: string,
        category: string,
        distance: string,
        rustig: string,
        gemengd: string,
      ) =>
        `Business ‘${name}’ (category ${category}) lies at ${distance}; guide distance ${rustig} in a quiet residential area, ${gemengd} in a mixed area.`,
      measuredFromZone: (zone: string) =>
        `Measured from the boundary of ${zone}, which permits the business.`,
      measuredFromPoint: 'Measured from the address point (the business has no plot in the data).',
      tooCloseBusiness:
        'Closer than the guide distance for a mixed area. That is no ban (guide distances are guidance), but to go ahead: a study of the actual nuisance (noise, odour, dust and hazard) and made-to-measure rules, such as façade measures or conditions for the businesses.',
      exceptionBusiness: (required: string) =>
        `Within the ${required} for a quiet residential area, but beyond the mixed-area distance. To go ahead: a motivation that the surroundings count as a mixed area, or a study of noise, odour, dust and hazard.`,
      dwelling: (
        label: string,
        distance: string,
        type: string,
        category: string,
        rustig: string,
        gemengd: string,
      ) =>
        `Home ${label} (${type}) lies at ${distance}; guide distance for category ${category}: ${rustig} in a quiet residential area, ${gemengd} in a mixed area.`,
      area: (
        label: string,
        distance: string,
        type: string,
        category: string,
        rustig: string,
        gemengd: string,
      ) =>
        `${label} (${type}) lies at ${distance}, measured to the area's boundary; guide distance for category ${category}: ${rustig} in a quiet residential area, ${gemengd} in a mixed area.`,
      areaCount: (count: number, addresses: number, homes: number, areas: number) =>
        `In all ${formatNumber(count, 'en')} in this class: ${formatCount(addresses, 'en', 'address', 'addresses')} (${formatCount(homes, 'en', 'home', 'homes')}) and ${formatCount(areas, 'en', 'sensitive area', 'sensitive areas')}.`,
      dwellingCount: (count: number, homes: number) =>
        `In all ${formatCount(count, 'en', 'address', 'addresses')} (${formatCount(homes, 'en', 'home', 'homes')}) in this class.`,
      tooCloseDwelling:
        'Closer than the guide distance for a mixed area. That is no ban, but to go ahead: a study of the actual nuisance (noise, odour, dust and hazard) and made-to-measure rules for the business.',
      exceptionDwelling: (required: string) =>
        `Within the ${required} for a quiet residential area, but beyond the mixed-area distance. To go ahead: a motivation that the home's surroundings count as a mixed area, or a study of the nuisance.`,
      categoryAboveZone: (category: string, zone: string) =>
        `Category ${category} is above what ${zone} permits. To go ahead: a lighter activity or a change of the plan.`,
      functiemengingNotPermitted: (cls: string, zone: string) =>
        `Function-mixing class ${cls} is above what ${zone} permits. To go ahead: an activity of a lower class or a change of the plan.`,
      functiemengingUnknown: (zone: string) =>
        `${zone} uses function mixing, but this activity has no known class: check it against the function-mixing list of activities.`,
      noZone: (category: string) =>
        `No zone at this place permits business. To go ahead: a place on a business park, in a live/work zone or in a productive district that permits category ${category}, or a change of the plan.`,
      noZonePartial:
        'Part of the place lies outside every zone that permits business. To go ahead: keep the area inside the zone, or change the plan.',
      zonePermits: (zone: string, category: string) => `${zone} permits category ${category}.`,
      noConflictsHousing: 'No business lies within its guide distance of this place.',
      noConflictsHousingPlan:
        'No zone that permits business lies within the guide distance of its highest category of this place.',
      noConflictsHousingPlanOther: (zone: string) =>
        `Apart from ${zone} itself, no zone that permits business lies within the guide distance of its highest category of this place.`,
      noConflictsHousingElsewhere: (zones: string) =>
        ` That holds outside ${zones}; inside, function mixing applies instead of the guide distance.`,
      noConflictsBusiness: (category: string, rustig: string, gemengd: string) =>
        `No home lies within the guide distance of category ${category} that applies to it (${rustig} in a quiet residential area, ${gemengd} in a mixed area).`,
      noConflictsBusinessOutside: (
        category: string,
        rustig: string,
        gemengd: string,
        zones: string,
      ) =>
        `No home outside ${zones} lies within the guide distance of category ${category} that applies to it (${rustig} in a quiet residential area, ${gemengd} in a mixed area); inside, function mixing applies.`,
      functiemengingBusiness: (zone: string, cls: string, source: string) =>
        `Inside ${zone} the function-mixing list (class ${cls}) applies instead of guide distances: ${source} therefore is no distance conflict.`,
      functiemengingDwellings: (zone: string, cls: string, count: number) =>
        `Inside ${zone} the function-mixing list (class ${cls}) applies instead of guide distances: ${count === 1 ? '1 home address there therefore is' : `${formatNumber(count, 'en')} home addresses there therefore are`} no distance conflict.`,
      functiemengingInZone: (zone: string, cls: string) =>
        `Inside ${zone} the function-mixing list (class ${cls}) applies instead of guide distances.`,
      functiemengingNoCondition: 'Class A asks for no more than the building code.',
      unknownProgram: 'This activity or category is not in the table; choose another.',
    },
  },
  // --- planview: two views and planner's wording (issue 11) ---
  planview: {
    label: 'Measure from',
    view: { plan: 'Zoning plan', feitelijk: 'Actual' },
    hint: {
      plan: 'What the plan permits: every zone at its highest permitted category, measured from the zone boundary.',
      feitelijk:
        'Today’s businesses: each at its own category, measured from its plot or, without a plot, its address point.',
    },
    compare: (plan: string, feitelijk: string) =>
      `Under the plan: ${plan} · with today’s businesses: ${feitelijk}`,
    viewLine: (view: string) => `Measured by: ${view}`,
    zoneSource: (
      zone: string,
      category: string,
      distance: string,
      rustig: string,
      gemengd: string,
    ) =>
      `Zone ${zone} permits business up to category ${category}; its boundary lies at ${distance}; guide distance ${rustig} in a quiet residential area, ${gemengd} in a mixed area (measured from the zone boundary: what the plan permits).`,
    sourceBusiness: (name: string) => `business ‘${name}’`,
    sourceZone: (name: string) => `the zone ‘${name}’ itself`,
    condition: {
      'bouwkundig-afgescheiden': 'the business is structurally separated from the homes',
      hoofdinfrastructuur: 'the business has access from the main road network',
    },
    conditionLine: (conditions: string) => `Condition to go ahead: ${conditions}.`,
    and: 'and',
    cliBadView: (value: string) => `Unknown --view "${value}": choose plan or feitelijk.`,
  },
  // --- surface / waar wel, waar niet (issue 4) ---
  surface: {
    tab: 'Where homes and work may mix',
    title: 'Where homes and work may mix',
    intro:
      'The map colours the whole area: where the chosen program is allowed, conditional or not allowed, with the same rules as the location check.',
    program: 'Program',
    programs: { housing: 'Housing', category: 'Business (category)', activity: 'Activity' },
    category: 'Environmental category',
    categoryOption: (c: string) => `category ${c}`,
    activitySearch: 'Search an activity',
    activityPlaceholder: 'e.g. bakery or 1071',
    activityNone: 'No activity found.',
    activityChosen: (name: string, c: string) => `${name} (category ${c})`,
    studyAreaChoice: 'Study area',
    studyAreas: {
      extent: 'Built-up area',
      proposal: 'Selected proposal',
      drawn: 'Drawn area',
    },
    drawHelp:
      'Click the corners of the area on the map; double-click or Enter closes it, Backspace removes the last point, Escape cancels. With the keyboard: focus the map, pan with the arrow keys and press Space to put a point at the centre.',
    drawVertices: (n: number) => (n === 1 ? '1 point placed' : `${n} points placed`),
    drawFinish: 'Close area',
    drawCancel: 'Cancel',
    drawStart: 'Draw again',
    drawClear: 'Clear area',
    drawnArea: (ha: string) => `Drawn area: ${ha} ha`,
    drawRefused: 'This area cannot be used; your points are still there:',
    drawKept: 'Until then the previous drawn area stays in use.',
    drawProblems: {
      'shape-too-few-vertices': () => 'Too few corners: click at least three.',
      'shape-self-intersection': () =>
        'The outline crosses itself. Remove points with Backspace, or cancel and draw again.',
      'shape-sliver-area': (v: string) => `Too small (${v} m², at least 10 m²).`,
      'shape-sliver-width': (v: string) => `Too narrow (${v} m wide on average).`,
      'shape-outside-extent': () =>
        'Lies wholly outside the area with map data. Draw it over the data.',
    },
    studyAreaMissing:
      'No proposal selected: the built-up area is coloured. Draw or pick a proposal in the Proposals tab.',
    computing: 'Computing…',
    progress: (pct: number) => `Computing: ${pct}%`,
    steps: {
      start: 'Starting the engine',
      data: 'Sending the data',
      compute: 'Computing',
      render: 'Drawing on the map',
    } as Record<string, string>,
    computedIn: (s: string) => `Computed in ${s} s`,
    error: (message: string) => `The computation failed: ${message}`,
    legend: 'Legend',
    classes: {
      toegestaan: 'Allowed',
      voorwaardelijk: 'Conditional',
      'niet-toegestaan': 'Not allowed',
    },
    showClasses: 'Show areas',
    contours: 'Show hindrance contours (guide distances)',
    contoursComputing: 'Computing contours…',
    contourCount: (n: number) => formatCount(n, 'en', 'contour', 'contours'),
    contourKinds: {
      'rustige-woonwijk': 'Quiet residential area',
      'gemengd-gebied': 'Mixed area (dashed)',
    },
    statsTitle: 'Area',
    studyArea: (ha: string, what: string) => `Study area (${what}): ${ha} ha`,
    studyAreaKinds: {
      extent: 'built-up area and work locations, without the countryside',
      proposal: 'the selected proposal',
      drawn: 'the drawn area',
    },
    builtUpNote:
      'Built-up area: every 100 × 100 m cell with homes, other sensitive uses or businesses (gaps of one cell closed), plus all work locations. Farmland outside it is not counted.',
    pctOf: (pct: string, area: string) => `${pct}% of ${area}`,
    perZoneType: 'Per zone type',
    perBuurt: 'Per neighbourhood',
    zoneTypes: {
      bedrijventerrein: 'Business park',
      woonwerkzone: 'Mixed live/work zone',
      'productieve-wijk': 'Productive district',
      'buiten-zones': 'Outside work zones',
    } as Record<string, string>,
    area: 'Area',
    haPct: (ha: string, pct: string) => `${ha} ha (${pct}% of the study area)`,
    note: 'Conditional: within the guide distance for a quiet residential area but beyond the one for a mixed area, or in a productive district; a shorter distance needs a motivated exception.',
  },
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
    tooManyCorners: (n: string, max: string) =>
      `This proposal has ${n} corners: too many to edit corner by corner on the map (at most ${max}). You can select it, change its details and delete it; simplify the shape in your GIS and import it again to edit it.`,
    importButton: 'Import…',
    imported: (n: number) => `${formatCount(n, 'en', 'proposal', 'proposals')} imported.`,
    importProblemsTitle: 'Import messages',
    importReadingFile: (name: string, percent: number) =>
      `Reading ${name || 'the file'}… ${percent}%${percent >= 100 ? ', checking the proposals' : ''}`,
    importCancel: 'Cancel',
    importCancelled: 'Import cancelled; nothing was added.',
    importProblemsDownload: (n: number) =>
      `Download the full list (${formatNumber(n, 'en')} messages)`,
    importProblem: {
      'proposal-dropped': (d: string) => `${d}: invalid, skipped`,
      'properties-defaulted': (d: string) => `${d}: missing attributes filled in`,
      'geojson-invalid': (d: string) => `Not valid GeoJSON ${d}`.trim(),
      'import-split-multipolygon': (d: string) => `${d}: multi-part, split into separate proposals`,
      'import-holes-dropped': (d: string) => `${d}: holes removed (draw a proposal on top instead)`,
      'proposal-id-renamed': (d: string) => `Repeated code in the file: ${d}`,
      'import-not-proposals': (n: string) =>
        `This file holds ${n} ${n === '1' ? 'feature' : 'features'} with their own attributes but no proposals (a zoning plan, for example). Nothing was imported.`,
      'import-unsupported-version': (v: string) =>
        `This is a Werkruimte file of version ${v}, which this app cannot read. Nothing was imported.`,
      'import-cap-reached': (n: string) =>
        `The list is full (at most 2,000 proposals): ${n} ${n === '1' ? 'proposal' : 'proposals'} from the file ${n === '1' ? 'was' : 'were'} not imported; your existing proposals stay.`,
      'import-id-renamed': (d: string) => `Code already in use: ${d}`,
      other: (d: string) => `Problem: ${d}`,
    },
    saved: 'Saved automatically in this browser.',
    storageFailed: 'Saving in the browser fails; export your proposals.',
  },
  // --- persistence: links, files and storage never lose the own work (issue 13) ---
  // --- Wijkprofielen (issue 16) ---
  wijk: {
    tab: 'Neighbourhood profiles',
    title: 'Neighbourhood profiles: homes and work per buurt',
    intro:
      'Pick an indicator: the buurten (or wijken) are coloured by class. Click a buurt on the map or a row in the table for its profile.',
    loading: 'Loading data…',
    noBuurten: 'This data has no buurten.',
    indicatorLabel: 'Indicator',
    groups: {
      main: 'Homes and work',
      sbi: 'Establishments per SBI section',
      category: 'Establishments per milieucategorie',
      bvo: 'Business floor area per kind of work',
      land: 'Land and room',
    },
    indicator: {
      homes: 'Homes',
      jobs: 'Jobs',
      jobsPerHome: 'Jobs per home',
      fmi: 'Function mix index',
      mxi: 'MXI (share of housing floor area)',
      establishments: 'Establishments',
      sbi: 'Establishments',
      category: 'Establishments category',
      bvo: 'Business floor area',
      bvoType: 'Floor area',
      businessLand: 'Business park land',
      workLandPct: 'Share of work land',
      housingNietPct: 'Homes not permitted',
      housingVoorwaardelijkPct: 'Homes conditional',
    } as Record<string, string>,
    short: {
      homes: 'Homes',
      jobs: 'Jobs',
      jobsPerHome: 'Jobs/ home',
      fmi: 'FMI',
      mxi: 'MXI',
      establishments: 'Est.',
      bvo: 'm² GFA',
      businessLand: 'Bus. park ha',
      workLandPct: 'Work land %',
      housingNietPct: 'Homes not %',
      housingVoorwaardelijkPct: 'Homes cond. %',
    } as Record<string, string>,
    unitShort: {
      homes: 'homes',
      jobs: 'jobs',
      ratio: 'jobs per home',
      index: 'index 0–100',
      pct: '%',
      count: 'establishments',
      m2: 'm² GFA',
      ha: 'ha',
    } as Record<string, string>,
    level: 'Level',
    levels: { buurt: 'Buurten', wijk: 'Wijken' },
    method: 'Classes',
    methods: { quantiles: 'Quantiles (equal counts)', natural: 'Natural breaks' },
    mode: 'Show',
    modes: { today: 'Today', after: 'After proposals', change: 'Change' },
    modesNote: 'Draw proposals (Proposals tab) to compare today and after.',
    legendTitle: (indicator: string, unit: string) => `${indicator} (${unit})`,
    legendChange: 'change',
    noData: 'no data',
    regions: (n: number) => (n === 1 ? '1 area' : `${n} areas`),
    fmiNote: 'Function mix index: jobs / (jobs + homes) × 100; 0 only homes, 100 only work.',
    estimatedNote:
      '≈ includes estimated jobs: businesses without a job count, estimated from their floor area per kind of work.',
    housingMissing:
      'The shares of homes not permitted / conditional come from the where-yes-where-no map for housing on the whole map.',
    computeHousing: 'Compute that map',
    tableTitle: 'All buurten',
    tableTitleWijk: 'All wijken',
    nameColumn: 'Name',
    cityRow: 'City (total / average)',
    sortHint: 'Click a column header to sort.',
    exportCsv: 'Export CSV',
    exportGeoJson: 'Export GeoJSON',
    csvCode: 'Code',
    csvName: 'Name',
    csvWijk: 'Wijk',
    profileTitle: (name: string) => `Profile ${name}`,
    profileNone: 'Click a buurt on the map or in the table for its profile.',
    profileColumns: ['Indicator', 'Here', 'City'],
    chartSbi: 'Establishments per SBI section',
    chartCategory: 'Establishments per milieucategorie',
    chartMix: 'Jobs and homes',
    chartToday: 'today',
    chartAfter: 'after proposals',
    unknownSection: 'unknown',
    categoryShort: 'cat.',
    printProfile: 'Profile as PDF (A4)',
    printing: 'Making PDF…',
    printFailed: 'The PDF could not be made.',
    printTitle: (name: string) => `Neighbourhood profile ${name}`,
    targetPrefix: 'Area target',
    targetColumn: 'Target',
    targetColumnTitle:
      'Area target (Right place): do the proposals keep the minimum of m² floor area in this area?',
    targetCell: (count: number, missed: number, missM2: string) =>
      missed === 0
        ? count === 1
          ? '✓ kept'
          : `✓ ${count} kept`
        : count === 1
          ? `✗ misses ${missM2} m²`
          : `✗ ${missed} of ${count} missed (up to ${missM2} m²)`,
    targetsTitle: 'Area targets: no m² less',
    targetsNone: 'No target for this area. Set one (a minimum of m² floor area) in Right place.',
    printFigures: 'Key figures (here / city)',
    clearSelection: 'Clear selection',
  },
  persistence: {
    editorFailed:
      'The drawing module did not load; drawing and editing proposals does not work now. Reload the page.',
    clipperFailed:
      'The impact calculation could not start: its WebAssembly module did not load. Does a Content-Security-Policy forbid WebAssembly? See README § Content-Security-Policy.',
    saving: 'Saving…',
    linkBanner: (link: number, own: number) =>
      `Map from a link: you see ${formatCount(link, 'en', 'proposal', 'proposals')} from this link. Your own ${formatCount(own, 'en', 'proposal', 'proposals')} ${own === 1 ? 'is' : 'are'} kept and ${own === 1 ? 'stays' : 'stay'} unchanged; changes here are not saved.`,
    keepAsMine: 'Keep as my proposals',
    addToMine: 'Add to my proposals',
    backToMine: 'Back to my proposals',
    damaged: (reason: string) =>
      `The proposals saved in this browser were damaged (${reason}) and could not be opened. The damaged original was kept aside; download it to recover it.`,
    damagedNotAside:
      'The saved proposals were damaged and could not be kept aside: saving is off so the original is not overwritten. Download the original.',
    damagedReason: {
      'not-json': 'not readable JSON, possibly cut off',
      'not-a-list': 'not a list of proposals',
      'features-damaged': 'some proposals unreadable',
    } as Record<string, string>,
    downloadDamaged: 'Download the damaged original',
    fileNotGeoJSON: (name: string) => `“${name}” is not a GeoJSON file; nothing changed.`,
    fileUnsupportedVersion: (name: string, version: string) =>
      `“${name}” is a Werkruimte file of version ${version}, which this version of the app cannot read; nothing changed.`,
    fileIsData: (name: string, n: number) =>
      `“${name}” holds ${formatCount(n, 'en', 'feature', 'features')} with their own attributes but no proposals (a zoning plan, for example); it was not opened as proposals and nothing changed.`,
    fileAdded: (name: string, n: number) =>
      `${formatCount(n, 'en', 'proposal', 'proposals')} from “${name}” added to your proposals.`,
    fileReplaced: (name: string, before: number, after: number) =>
      `“${name}” opened: your ${formatCount(before, 'en', 'proposal', 'proposals')} ${before === 1 ? 'was' : 'were'} replaced by the ${formatNumber(after, 'en')} from the file.`,
    undo: 'Undo',
  },
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
    linkLength: (n: number) => `${formatNumber(n, 'en')} characters`,
    showQr: 'QR code for the room screen',
    qrTitle: 'Scan to open this map',
    qrTooLong: 'This link is too long for a QR code. Share it as a link or as a file.',
    close: 'Close',
    tooBig: (n: number, max: number) =>
      `This map is too big for a link (${formatNumber(n, 'en')} characters, at most ${formatNumber(max, 'en')}). Download it as a file; open the file again later by dropping it on the map.`,
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
      analysis: {
        surfaceTitle: (program: string) => `Where homes and work may mix: ${program}`,
        category: (c: string) => `milieucategorie ${c}`,
        housing: 'homes',
        contoursTitle: 'Hindrance contours (guide distances)',
        contourKinds: {
          'rustige-woonwijk': 'Guide distance, quiet residential area',
          'gemengd-gebied': 'Guide distance, mixed area',
        },
        locatiecheckTitle: 'Location check',
        place: 'Checked place',
        tooClose: 'Closer than the mixed-area distance',
        exception: 'Within the guide distance, exception with motivation',
      },
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
      'proposal-id-renamed': (part: string) => `two ${part} had the same code; one got a new one`,
      'geojson-invalid': () => 'the file is not a GeoJSON FeatureCollection',
    },
    /** Technical details the link reader gives, in words. */
    details: {
      partial: 'only the start could be read; what came after it is left out',
      truncated: 'cut off: was the whole link copied?',
      strings: 'texts unreadable',
      internal: 'internal error',
      studyArea: 'only the study area: the whole map is coloured',
    } as Record<string, string>,
    parts: {
      link: 'the link',
      camera: 'the map view',
      layers: 'the map layers',
      language: 'the language',
      check: 'the location check',
      surface: 'the where-yes-where-no map',
      view: 'the view (zoning plan or actual)',
      selected: 'the selected feature',
      savedViews: 'the agenda items',
      proposals: 'proposals',
      presentation: 'presentation mode',
      title: 'the title',
      targets: 'the area-profile targets',
      wijk: 'the neighbourhood profiles',
      workspace: 'the workspace',
    },
  },
  // --- Juiste plek (issue 17) ---
  placement: {
    tab: 'Right place',
    title: 'The right firm in the right place',
    intro:
      'Every business compared with the environmental category its zone permits: above it is a risk, far below it a candidate to move (it holds heavy room).',
    classes: {
      above: 'Above the zone',
      'far-below': 'Far below the zone',
      fits: 'Fits',
      outside: 'Outside every zone',
      unknown: 'Category unknown',
    } as Record<string, string>,
    threshold: 'Far below = at least',
    steps: (n: number) => (n === 1 ? '1 step' : `${n} steps`) + ' (VNG category) below the zone',
    thresholdHelp:
      'Default 2 steps: the guide distance two steps lower is at most half of the zone’s.',
    showOnMap: 'Colour businesses on the map by these classes',
    tableTitle: 'Businesses that do not fit',
    columns: ['Business', 'Zone', 'Cat.', 'Zone up to', 'm² GFA', 'Jobs'],
    mismatchHeaders: ['Business · zone', 'Cat. / zone up to', 'm² GFA', 'Jobs'],
    zonesTitle: 'Heavy room held by light firms',
    zoneColumns: ['Zone', 'Up to', 'Far below', 'm² GFA', 'm² plot'],
    noneInClass: 'No businesses in this class.',
    searchTitle: 'Search profile: where can this firm go?',
    activity: 'Activity',
    orCategory: 'or category',
    chooseActivity: '— choose an activity —',
    area: 'Area needed (m²)',
    areaKind: { land: 'plot (land)', floor: 'floor area (GFA)' },
    maxDistance: 'Max. distance (m, empty = none)',
    from: 'Measured from',
    fromMapCentre: 'the centre of the map',
    fromBusiness: (name: string) => `current place of ${name}`,
    requirePark: 'Business parks only (no mixed areas)',
    search: 'Search',
    candidatesTitle: (n: number) => (n === 1 ? '1 candidate' : `${n} candidates`),
    noCandidates: 'No place found.',
    showCandidates: 'Show on the map',
    droppedOut: (why: string) => `Dropped out: ${why}.`,
    exportCsv: 'Export CSV',
    candidateColumns: ['#', 'Zone', 'Verdict', 'Free m²', 'Distance', 'Conflicts'],
    candidateHeaders: ['#', 'Zone', 'Verdict · conflicts', 'Free m² · distance'],
    verdicts: {
      toegestaan: 'Permitted',
      voorwaardelijk: 'Conditional',
      'niet-toegestaan': 'Not permitted',
    } as Record<string, string>,
    freeSource: {
      uitgeefbaar: 'issuable (IBIS)',
      'area-minus-plots': 'zone minus plots',
    } as Record<string, string>,
    fitNote: { fits: 'fits the zone', 'far-below': 'far below the zone' } as Record<string, string>,
    conflicts: (homes: number) =>
      homes === 0
        ? 'no homes within guide distance'
        : homes === 1
          ? '1 home within guide distance'
          : `${homes} homes within guide distance`,
    rejected: {
      category: 'category too high for the zone',
      functiemenging: 'function-mixing class too high',
      'zone-type': 'not a business park',
      distance: 'too far away',
      'free-area': 'not enough free area',
      excluded: 'in a proposal that displaces this firm',
      verdict: 'location check: not permitted',
      'no-category': 'the business has no known category',
      'not-in-data': 'the business is not in the data',
    } as Record<string, string>,
    relocate: 'Relocate to…',
    relocateHide: 'Hide options',
    relocateTitle: (name: string) => `Relocate: ${name}`,
    fitsNowhere: (why: string) => `Fits nowhere: ${why}.`,
    zonesCount: (n: number) => (n === 1 ? '1 zone' : `${n} zones`),
    capacityTitle: "Can the proposals' new business space take the displaced firms?",
    capacityColumns: ['Cat.', 'Displaced m²', 'Taken in m²', 'Short m²'],
    capacityUncategorised: (m2: string) =>
      `${m2} m² of new space without a category counts for no firm.`,
    targetsTitle: 'Area profile: no loss of m²',
    targetArea: 'Area',
    targetMin: 'At least m² GFA',
    targetCategory: 'for firms up to cat.',
    targetAnyCategory: 'any category',
    targetAdd: 'Add target',
    targetUnknownArea: 'This area is not in the data.',
    targetBalance: (before: string, removed: string, added: string) =>
      `Now ${before} m², displaced −${removed} m², new +${added} m².`,
    targetsLedgerTitle: 'Area profile: do the proposals keep the targets?',
    targetChoose: '— choose an area —',
    targetsNeedData: 'The targets are checked once the data has loaded.',
    targetRemove: 'Remove',
    targetKept: (after: string) => `Kept: ${after} m² GFA after the proposals.`,
    targetMissed: (miss: string, after: string) =>
      `Missed by ${miss} m² GFA (${after} m² after the proposals).`,
    targetCompensatedBy: (list: string) => `Compensated by: ${list}.`,
    targetNoCompensation: 'No proposal compensates here.',
    buurt: 'buurt',
    zone: 'zone',
  },
  owndata: {
    tab: 'Data',
    title: 'Open your own data',
    intro:
      "Open your municipality's own files: GeoJSON, Shapefile (.zip, or .shp + .dbf + .prj + .cpg together), GeoPackage, CSV, FlatGeobuf or an IMRO zoning plan (GML).",
    chooseFiles: 'Choose files…',
    dropHint: 'Or drop them on the map.',
    reading: (file: string, pct: number) => `Reading: ${file} (${formatNumber(pct, 'en')} %)`,
    cancel: 'Cancel',
    cancelled: 'Reading cancelled; nothing changed.',
    readFailed: (detail: string) => `Reading failed (${detail}); nothing changed.`,
    readIn: (files: number, ms: number) =>
      `${formatNumber(files, 'en')} ${files === 1 ? 'file' : 'files'} read in ${formatNumber(ms, 'en')} ms.`,
    featureCount: (n: number) => formatCount(n, 'en', 'feature', 'features'),
    role: 'What is this file?',
    roles: {
      zone: 'Work zones (business park, mixed zone, productive district)',
      business: 'Businesses',
      sensitive: 'Homes and other sensitive uses',
      neighbourhood: 'Neighbourhoods (buurten)',
      skip: 'Do not load',
    },
    fieldsTitle: 'Which attribute is which',
    notMapped: '— none —',
    defaultFor: (target: string) => `Default for ${target}`,
    idGenerated: 'Without an attribute every feature gets a generated code.',
    targets: {
      id: 'Code (id)',
      name: 'Name',
      zoneType: 'Zone type',
      maxMilieucategorie: 'Max. environmental category',
      functiemenging: 'Function-mixing class',
      uitgeefbaarHa: 'Available (ha)',
      sbi: 'SBI code',
      activity: 'Activity',
      milieucategorie: 'Environmental category',
      bvoM2: 'Floor area (m²)',
      jobs: 'Jobs',
      functie: 'Use',
      homes: 'Homes',
      address: 'Address',
      code: 'CBS code',
    } as Record<string, string>,
    planTitle: (file: string) => `Zoning plan ${file}`,
    planSummary: (bestemmingen: number, zones: number, homes: number) =>
      `${formatNumber(bestemmingen, 'en')} land-use zones: ${formatNumber(zones, 'en')} work zones, ${formatNumber(homes, 'en')} residential.`,
    noWorkZones:
      'The plan has no work zones (no bestemming bedrijf, bedrijventerrein, gemengd or centrum). It loads all the same.',
    missingTitle:
      "These land-use zones have no environmental category (it is probably in the plan's rules). Choose one:",
    allMissing: 'All without a category',
    chooseCategory: 'choose…',
    planBusinesses:
      'Businesses the plan names (not loaded yet; confirm their activity in your businesses file):',
    suggestions: (list: string) => `suggested: ${list}`,
    previewTitle: 'What will load',
    slot: 'Map layer',
    count: 'Features',
    nothingToLoad: 'Nothing to load yet: say for each file what it is.',
    rejected: (n: number) => `${formatNumber(n, 'en')} features rejected`,
    problemsTitle: 'All problems',
    columns: {
      features: 'Features',
      field: 'Attribute',
      value: 'Value',
      what: "What's wrong",
      count: 'Count',
    },
    downloadRejected: 'Download rejected features (.geojson)',
    readProblemsTitle: 'While reading',
    workspaceName: 'Workspace name',
    load: 'Load into the workspace',
    close: 'Close',
    loaded: (name: string, n: number, rejected: number) =>
      `${name}: ${formatNumber(n, 'en')} features loaded${rejected > 0 ? `, ${formatNumber(rejected, 'en')} rejected` : ''}. Location check, Where homes and work may mix and Proposals now use this data.`,
    workspaceNotice: (name: string) => `Workspace ${name}: your own data.`,
    notStored: 'not stored',
    workspacesTitle: 'Workspaces',
    workspaceSwitch: 'Workspace on the map',
    demoWorkspace: 'Voorbeeldstad (demo, always available)',
    workspaceCounts: (n: number) => `${formatNumber(n, 'en')} features`,
    exportWorkspace: 'Export workspace (one file)',
    importWorkspace: 'Import workspace…',
    removeWorkspace: 'Remove workspace',
    workspaceBusy: 'Working…',
    noStorage:
      'This browser keeps no workspaces (IndexedDB is not available): own data lasts until the page is closed.',
    loading: 'Loading…',
    mappingBusy: 'Updating…',
    previewThinned: (shown: number, total: number) =>
      `The map shows ${formatNumber(shown, 'en')} of the ${formatNumber(total, 'en')} features.`,
    fieldStat: (filled: number, distinct: number, capped: boolean) =>
      `${formatNumber(filled, 'en')} filled, ${capped ? 'more than ' : ''}${formatNumber(distinct, 'en')} distinct`,
    sampleTitle: 'First features as they will load',
    storageFull: (name: string) =>
      `The browser's storage is full: ${name} is on the map but was not kept and is gone after a reload. Workspaces stored before are unchanged. Remove a workspace (or free space in the browser) and load the files again.`,
    storeFailed: (name: string) =>
      `${name} could not be stored; the workspaces already stored are unchanged.`,
    workspaceGone: (name: string) =>
      `The workspace ${name} is not (or no longer) in this browser; the map shows Voorbeeldstad.`,
    workspaceRemoved: (name: string) => `Workspace ${name} removed.`,
    importProblems: (file: string, n: number) =>
      `${file}: ${formatNumber(n, 'en')} ${n === 1 ? 'problem' : 'problems'}; the good features were loaded.`,
    workspaceFileRefused: (file: string, detail: string) =>
      `${file} is not a usable workspace file (${detail}); nothing changed.`,
    linkNeedsWorkspace: (name: string, files: string, counts: string) =>
      `This link belongs to the workspace ${name}${files ? ` (files: ${files})` : ''}${counts ? `, ${counts}` : ''}. It is not in this browser, so the map does not show the link's data. Open those files in the Data tab, or import the workspace file.`,
    linkMissing: (name: string) =>
      `The link needs the workspace ${name}, which is missing here (see the message).`,
    linkOtherWorkspace: (name: string) =>
      `This link belongs to the workspace ${name}; it is now open.`,
    io: {
      'empty-file': () => 'the file is empty (0 bytes)',
      'unknown-format': (p: ProblemParams) =>
        `unknown file format (${p['detail']}); supported: GeoJSON, Shapefile, GeoPackage, CSV, FlatGeobuf, IMRO GML`,
      'corrupt-zip': (p: ProblemParams) => `the zip file is damaged or cut off (${p['detail']})`,
      'zip-without-data': () =>
        'the zip file holds no Shapefile, GeoJSON, GeoPackage, CSV, FlatGeobuf or GML',
      'shp-without-dbf': (p: ProblemParams) =>
        `the Shapefile ${p['name']}.shp has no ${p['name']}.dbf beside it (its attributes); add the .dbf (and the .prj)`,
      'dbf-without-shp': (p: ProblemParams) =>
        `${p['name']}.dbf has no ${p['name']}.shp beside it (the geometry); add the .shp`,
      'no-prj': () => 'no .prj file: the coordinate system was recognised from the coordinates',
      'unsupported-crs': (p: ProblemParams) =>
        `coordinate system ${p['crs']} is not supported: supply RD New (EPSG:28992) or WGS84 (EPSG:4326)`,
      'corrupt-file': (p: ProblemParams) => `the file is damaged or cut off (${p['detail']})`,
      'not-json': (p: ProblemParams) => `the file is not valid JSON (${p['detail']})`,
      'not-geojson': (p: ProblemParams) => `the file is not GeoJSON (${p['detail']})`,
      'no-geometry': () => 'the feature has no geometry',
      'unsupported-geometry': (p: ProblemParams) => `geometry type ${p['type']} is not supported`,
      'invalid-geometry': (p: ProblemParams) => `invalid geometry (${p['detail']})`,
      'outside-netherlands': (p: ProblemParams) =>
        `coordinates ${p['position']} lie outside the Netherlands`,
      'csv-no-coordinate-columns': (p: ProblemParams) =>
        `no coordinate columns: expected lon/lat or x/y (RD); found: ${p['columns']}`,
      'csv-bad-coordinate': (p: ProblemParams) =>
        `column "${p['field']}" holds "${p['value']}", not a number`,
      'csv-row': (p: ProblemParams) => `row cannot be read (${p['detail']})`,
      'xml-malformed': (p: ProblemParams) => `the XML is not well-formed (${p['detail']})`,
      'gml-not-imro': (p: ProblemParams) =>
        `the GML is not an IMRO plan (root element ${p['element']})`,
      'gml-unknown-element': (p: ProblemParams) => `unknown element ${p['element']} skipped`,
      'gml-unknown-version': (p: ProblemParams) =>
        `unknown IMRO version (namespace ${p['namespace']}); read as IMRO2012`,
      'read-failed': (p: ProblemParams) => `the file could not be read (${p['detail']})`,
      cancelled: () => 'reading cancelled',
    },
  },
  // --- toolbar tools: search, measure, attribute table, export, guide (issue 14) ---
  tools: {
    toolbar: 'Tools',
    search: 'Search',
    measure: 'Measure',
    table: 'Table',
    help: 'Guide',
    helpLabel: 'Open the guide to Werkruimte',
    close: 'Close',
    searchLabel: 'Find a place: address, postcode, street, zone, neighbourhood or business',
    searchPlaceholder: 'e.g. Havenkwartier or Boterbloemhof 1',
    searchNone: 'Nothing found in the loaded data.',
    searchCount: (n: number) => formatCount(n, 'en', 'result', 'results'),
    kind: {
      address: 'address',
      postcode: 'postcode',
      street: 'street',
      zone: 'zone',
      buurt: 'neighbourhood',
      business: 'business',
    } as Record<string, string>,
    pdokOption: 'Also search the PDOK Locatieserver (online, all of the Netherlands)',
    pdokHeading: 'PDOK Locatieserver',
    pdokSearching: 'Searching PDOK…',
    pdokFailed:
      'The PDOK Locatieserver cannot be reached; the results above come from the loaded data.',
    measureDistance: 'Distance',
    measureArea: 'Area',
    measureHelp:
      'Click points on the map; a point snaps to a business, address or zone boundary within reach. Double-click or Enter finishes, Backspace removes the last point, Escape clears.',
    measureClear: 'Clear',
    measureLength: (m: string) => `Distance: ${m}`,
    measurePerimeter: (m: string) => `Perimeter: ${m}`,
    measureAreaValue: (m2: string, ha: string) => `Area: ${m2} m² (${ha} ha)`,
    measurePoints: (n: number) => formatCount(n, 'en', 'point', 'points'),
    measureSnapped: 'last point snapped to a feature',
    measureNote: 'Planar, in RD New (EPSG:28992), like the rest of the app.',
    tableTitle: 'Attribute table',
    tableLayer: 'Layer',
    tableFilter: 'Filter',
    tableFilterPlaceholder: 'text in any column',
    tableRows: (shown: number, total: number) =>
      `${formatNumber(shown, 'en')} of ${formatCount(total, 'en', 'feature', 'features')}`,
    tableSelected: (n: number) => `${formatNumber(n, 'en')} selected`,
    tableSelectAll: 'Select all',
    tableSelectNone: 'Clear selection',
    tableSelectRow: (label: string) => `Select ${label}`,
    tableShow: 'Show on map',
    tableZoomSelection: 'Zoom to selection',
    tableExportCsv: 'Export CSV',
    tableExportGeoJson: 'Export GeoJSON',
    tableExportNote: 'Exports the selection; without one, every filtered row.',
    tableSort: (column: string) => `Sort by ${column}`,
    tableMore: (n: number) =>
      `${formatCount(n, 'en', 'more row', 'more rows')}; refine the filter to see them (the export includes them).`,
    exportTitle: 'Export',
    exportSurfaceRd: 'Areas GeoJSON (RD)',
    exportSurfaceWgs84: 'Areas GeoJSON (WGS84)',
    exportStatsCsv: 'Statistics CSV',
    exportContoursRd: 'Contours GeoJSON (RD)',
    exportContoursWgs84: 'Contours GeoJSON (WGS84)',
    exportFailed: (detail: string) => `Export failed: ${detail}`,
    statsCsv: {
      scope: 'Level',
      code: 'Code',
      name: 'Name',
      areaHa: 'Area (ha)',
      classHa: (c: string) => `${c} (ha)`,
      classPct: (c: string) => `${c} (%)`,
      studyArea: 'Study area',
      zoneType: 'Zone type',
      buurt: 'Neighbourhood',
    },
    guideTitle: 'Welcome to Werkruimte',
    guideIntro:
      'Werkruimte helps keep room for work while the city builds homes: where businesses must stay, where homes and work may mix, and what a plan costs in business space. All distances follow the VNG guide distances.',
    guideTryTitle: 'Three things to try first',
    guideTry: [
      'Location check: choose Housing and click the map next to the harbour park. The map says whether it may and why.',
      'Where homes and work may mix: colour the whole map for housing or a business and read the statistics.',
      'Proposals: draw an area and see what it costs in business space and jobs; share it with a link.',
    ] as string[],
    guideDemo: 'Voorbeeldstad is a made-up city. Load your own data from the Data tab.',
    guideDismiss: 'Get started',
    guideAgain: 'This guide is always under the Guide button.',
  },
};
