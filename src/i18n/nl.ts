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
  // --- proposals (issue 5) ---
  // --- sharing (issue 6) ---
};

/** The shape every language must have. */
export type Messages = typeof nl;
