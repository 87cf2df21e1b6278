/**
 * All Dutch UI strings. English (en.ts) must have the same keys; the type
 * checker enforces it. Each feature owns one section; keep them apart.
 * Functions take the numbers they print, so sentences stay grammatical.
 */
/** Values of a load problem's message (see src/core/validate.ts). */
type ProblemParams = Readonly<Record<string, string | number>>;

export const nl = {
  app: {
    title: 'Werkruimte',
    tagline: 'Ruimte voor werk in de groeiende stad',
    demoNotice: 'Voorbeeldstad is een fictieve demostad.',
    language: 'Taal',
    switchLanguage: 'English',
    switchLanguageLabel: 'Switch to English',
    tools: 'Hulpmiddelen',
    sidePanel: 'Zijpaneel',
  },
  layers: {
    panelTitle: 'Kaartlagen',
    groups: { zoning: 'Werklocaties', context: 'Omgeving', base: 'Ondergrond' },
    opacity: (title: string) => `Dekking van ${title}`,
    toggle: (title: string) => `${title} tonen`,
    onlineBasemap: 'Online achtergrondkaart (PDOK BRT)',
    basemapLoading: 'Achtergrondkaart laden…',
    basemapFailed: 'De online achtergrondkaart is niet bereikbaar; de kaart werkt zonder.',
    legend: 'Legenda',
    loading: 'laden…',
    failed: 'niet geladen',
    featureCount: (n: number) => `${n.toLocaleString('nl-NL')} objecten`,
  },
  map: {
    label: 'Kaart van Voorbeeldstad',
    zoomToAll: 'Zoom naar alles',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    resetBearing: 'Sleep om de kaart te draaien, klik om naar het noorden te zetten',
    loading: 'Kaart laden…',
    noWebgl: 'Deze browser kan de kaart niet tonen (WebGL ontbreekt).',
  },
  info: {
    title: 'Informatie',
    close: 'Sluiten',
    closeHint: 'Esc sluit dit paneel',
    noFeature: 'Klik op een object op de kaart.',
    layer: 'Kaartlaag',
    yes: 'ja',
    no: 'nee',
  },
  units: {
    m2: 'm²',
    ha: 'ha',
    m: 'm',
    jobs: 'werkzame personen',
    homes: 'woningen',
  },
  data: {
    loadError: (file: string) => `Kon ${file} niet laden`,
    featureError: (file: string, index: number, problem: string) =>
      `${file}, object ${index}: ${problem}`,
    fileError: (file: string, problem: string) => `${file}: ${problem}`,
    dismiss: 'Melding sluiten',
    noticesTitle: 'Meldingen',
    problems: {
      'load-failed': (p: ProblemParams) => `het bestand kon niet worden geladen (${p['detail']})`,
      'not-json': () => 'het bestand is geen geldige JSON',
      'not-geojson': (p: ProblemParams) =>
        `het bestand is geen GeoJSON-FeatureCollection (${p['detail']})`,
      'unsupported-crs': (p: ProblemParams) => `onbekend coördinatenstelsel ${p['crs']}`,
      'invalid-geometry': (p: ProblemParams) => `ongeldige GeoJSON: ${p['detail']}`,
      'no-geometry': () => 'het object heeft geen geometrie',
      'wrong-geometry': (p: ProblemParams) =>
        `geometrietype ${p['actual']} is hier niet toegestaan (verwacht: ${p['expected']})`,
      'missing-property': (p: ProblemParams) => `verplicht kenmerk "${p['property']}" ontbreekt`,
      'wrong-type': (p: ProblemParams) =>
        `kenmerk "${p['property']}" moet van type ${p['expected']} zijn, maar is ${p['actual']}`,
      'not-in-list': (p: ProblemParams) =>
        `kenmerk "${p['property']}" heeft onbekende waarde "${p['value']}" (toegestaan: ${p['allowed']})`,
      'below-min': (p: ProblemParams) =>
        `kenmerk "${p['property']}" is ${p['value']}, lager dan het minimum ${p['limit']}`,
      'above-max': (p: ProblemParams) =>
        `kenmerk "${p['property']}" is ${p['value']}, hoger dan het maximum ${p['limit']}`,
      'outside-netherlands': (p: ProblemParams) =>
        `coördinaten ${p['position']} liggen buiten Nederland`,
    },
  },
  // --- locatiecheck (issue 3) ---
  // --- surface / waar wel, waar niet (issue 4) ---
  surface: {
    tab: 'Waar wel, waar niet',
    title: 'Waar wel, waar niet',
    intro:
      'De kaart kleurt het hele gebied: waar het gekozen programma toegestaan, voorwaardelijk of niet toegestaan is, met dezelfde regels als de locatiecheck.',
    program: 'Programma',
    programs: { housing: 'Wonen', category: 'Bedrijf (milieucategorie)', activity: 'Activiteit' },
    category: 'Milieucategorie',
    categoryOption: (c: string) => `categorie ${c}`,
    activitySearch: 'Zoek een activiteit',
    activityPlaceholder: 'bijv. bakkerij of 1071',
    activityNone: 'Geen activiteit gevonden.',
    activityChosen: (name: string, c: string) => `${name} (categorie ${c})`,
    computing: 'Berekenen…',
    progress: (pct: number) => `Berekenen: ${pct}%`,
    computedIn: (s: string) => `Berekend in ${s} s`,
    error: (message: string) => `De berekening is mislukt: ${message}`,
    legend: 'Legenda',
    classes: {
      toegestaan: 'Toegestaan',
      voorwaardelijk: 'Voorwaardelijk',
      'niet-toegestaan': 'Niet toegestaan',
    },
    showClasses: 'Vlakken tonen',
    contours: 'Milieucontouren (richtafstanden) tonen',
    contoursComputing: 'Contouren berekenen…',
    contourCount: (n: number) => `${n} contouren`,
    contourKinds: {
      'rustige-woonwijk': 'Rustige woonwijk',
      'gemengd-gebied': 'Gemengd gebied (gestreept)',
    },
    statsTitle: 'Oppervlakte',
    studyArea: (ha: string) => `Studiegebied: ${ha} ha`,
    perZoneType: 'Per soort gebied',
    perBuurt: 'Per buurt',
    zoneTypes: {
      bedrijventerrein: 'Bedrijventerrein',
      woonwerkzone: 'Woon-werkzone',
      'productieve-wijk': 'Productieve wijk',
      'buiten-zones': 'Buiten werklocaties',
    } as Record<string, string>,
    area: 'Gebied',
    haPct: (ha: string, pct: string) => `${ha} ha (${pct}%)`,
    note: 'Voorwaardelijk: binnen de richtafstand voor een rustige woonwijk maar buiten die voor gemengd gebied, of in een productieve wijk; een kortere afstand vraagt onderbouwing.',
  },
  // --- proposals (issue 5) ---
  proposals: {
    tab: 'Voorstellen',
    title: 'Voorstellen tekenen',
    intro: 'Teken een nieuwe zone en zie direct wat die kost aan bedrijfsruimte.',
    tools: 'Tekengereedschap',
    tool: {
      pan: 'Kaart',
      polygon: 'Veelhoek',
      rectangle: 'Rechthoek',
      select: 'Selecteren',
    },
    toolHint: {
      pan: 'Schuif en klik op de kaart zoals gewoonlijk.',
      polygon: 'Klik de hoekpunten; klik op het eerste punt of druk Enter om te sluiten.',
      rectangle: 'Klik twee tegenoverliggende hoeken.',
      select: 'Klik een voorstel; sleep hoekpunten of de hele vorm. Delete verwijdert.',
    },
    finish: 'Vorm sluiten',
    snapping: 'Kleven aan zonegrenzen en hoekpunten',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    deleteSelected: 'Voorstel verwijderen',
    drawingArea: (m2: string, ha: string) => `Oppervlakte: ${m2} m² (${ha} ha)`,
    keyboardTitle: 'Toetsenbord',
    keyboard: [
      ['P', 'veelhoek tekenen'],
      ['R', 'rechthoek tekenen'],
      ['S', 'selecteren en bewerken'],
      ['Esc', 'tekenen afbreken / selectie opheffen'],
      ['Enter', 'veelhoek sluiten'],
      ['Delete', 'geselecteerd voorstel of hoekpunt verwijderen'],
      ['Ctrl+Z', 'ongedaan maken'],
      ['Ctrl+Shift+Z', 'opnieuw'],
    ] as [string, string][],
    keyboardNote:
      'Hoekpunten plaatsen gaat met muis, pen of aanraken; de knoppen en het formulier werken volledig met het toetsenbord.',
    listTitle: 'Voorstellen',
    none: 'Nog geen voorstellen. Kies Veelhoek of Rechthoek en teken op de kaart.',
    defaultName: (n: number) => `Voorstel ${n}`,
    form: {
      title: 'Kenmerken',
      name: 'Naam',
      use: 'Nieuwe functie',
      homes: 'Aantal woningen',
      bvoM2: 'Bedrijfsvloeroppervlak (m² bvo)',
      maxMilieucategorie: 'Max. milieucategorie',
      chooseCategory: '– kies –',
      categoryNeeded: 'Kies een maximale milieucategorie: die bepaalt welke bedrijven blijven.',
      status: 'Status',
      note: 'Notitie',
    },
    uses: {
      woningbouw: 'Woningbouw',
      woonwerkzone: 'Woon-werkzone',
      'productieve-wijk': 'Productieve wijk',
      bedrijventerrein: 'Bedrijventerrein',
    },
    statuses: { concept: 'Concept', voorstel: 'Voorstel', vastgesteld: 'Vastgesteld' },
    problems: {
      'shape-too-few-vertices': () => 'Te weinig hoekpunten: teken minstens drie.',
      'shape-self-intersection': () =>
        'De rand kruist zichzelf. Sleep een hoekpunt zodat de lijnen elkaar niet snijden.',
      'shape-sliver-area': (v: string) =>
        `Te klein (${v} m², minimaal 10 m²). Maak de vorm groter of verwijder hem.`,
      'shape-sliver-width': (v: string) => `Te smal (gemiddeld ${v} m breed). Trek de vorm breder.`,
      'shape-outside-extent': () =>
        'Ligt (deels) buiten het gebied met gegevens. Sleep de hoekpunten naar binnen.',
    },
    refused: 'Deze vorm telt niet mee tot hij is hersteld:',
    impactTitle: 'Wat kost het?',
    allProposals: 'Alle voorstellen samen',
    selectedProposal: (name: string) => `Voorstel „${name}”`,
    ledgerTitle: 'Geen m² minder: balans bedrijfsruimte',
    ledger: {
      takenLand: 'Bedrijventerrein eraf',
      addedLand: 'Bedrijventerrein erbij',
      netLand: 'Saldo grond',
      removedBvo: 'Bvo van verdreven bedrijven',
      addedBvo: 'Bvo in programma',
      netBvo: 'Saldo bvo',
    },
    compensation: (ha: string, bvo: string) => `Compensatie nodig: ${ha} ha / ${bvo} m² bvo`,
    balanced: 'Geen compensatie nodig.',
    displacedTitle: 'Verdreven bedrijven',
    displacedNone: 'Geen bedrijven verdreven.',
    displacedReason: {
      housing: 'grond wordt woningbouw',
      'category-too-high': 'categorie hoger dan toegestaan',
    },
    displacedColumns: ['Bedrijf', 'Cat.', 'm² bvo', 'Banen'] as string[],
    conflictsTitle: 'Conflicten (VNG-richtafstanden)',
    conflictsNone: 'Geen conflicten.',
    conflictBusiness: (name: string, cat: string) =>
      `${name} (cat. ${cat}) reikt tot de nieuwe woningen`,
    conflictDwelling: (id: string, cat: string) =>
      `Woning ${id} ligt binnen de afstand van cat. ${cat}`,
    conflictDistance: (measured: string, required: string) =>
      `${measured} m gemeten, ${required} m nodig`,
    conflictException: 'maatwerk mogelijk (gemengd gebied)',
    buurtTitle: 'Banen en woningen per buurt',
    buurtColumns: ['Buurt', 'Banen', 'Woningen', 'Banen/woning', 'FMI'] as string[],
    before: 'voor',
    after: 'na',
    fmiNote: 'FMI = functiemengingsindex: banen / (banen + woningen) × 100.',
    noImpact: 'Teken een voorstel om de gevolgen te zien.',
    loadingData: 'Gegevens worden geladen…',
    exportButton: 'Exporteren (GeoJSON)',
    importButton: 'Importeren…',
    imported: (n: number) => `${n} voorstel(len) geïmporteerd.`,
    importProblemsTitle: 'Meldingen bij importeren',
    importProblem: {
      'proposal-dropped': (d: string) => `${d}: ongeldig, overgeslagen`,
      'properties-defaulted': (d: string) => `${d}: ontbrekende kenmerken aangevuld`,
      'geojson-invalid': (d: string) => `Geen geldige GeoJSON ${d}`.trim(),
      'import-split-multipolygon': (d: string) => `${d}: meerdelig, gesplitst in losse voorstellen`,
      'import-holes-dropped': (d: string) =>
        `${d}: gaten verwijderd (teken er een voorstel overheen)`,
      'import-id-renamed': (d: string) => `Code bestond al: ${d}`,
      other: (d: string) => `Probleem: ${d}`,
    },
    saved: 'Automatisch opgeslagen in deze browser.',
    storageFailed: 'Opslaan in de browser lukt niet; exporteer je voorstellen.',
  },
  // --- sharing (issue 6) ---
};

/** The shape every language must have. */
export type Messages = typeof nl;
