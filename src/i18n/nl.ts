/**
 * All Dutch UI strings. English (en.ts) must have the same keys; the type
 * checker enforces it. Each feature owns one section; keep them apart.
 * Functions take the numbers they print, so sentences stay grammatical.
 */
export const nl = {
  app: {
    title: 'Werkruimte',
    tagline: 'Ruimte voor werk in de groeiende stad',
    demoNotice: 'Voorbeeldstad is een fictieve demostad.',
    language: 'Taal',
    switchLanguage: 'English',
  },
  layers: {
    panelTitle: 'Kaartlagen',
    groups: { zoning: 'Werklocaties', context: 'Omgeving', base: 'Ondergrond' },
    opacity: (title: string) => `Dekking van ${title}`,
    toggle: (title: string) => `${title} tonen`,
    onlineBasemap: 'Online achtergrondkaart (PDOK BRT)',
    legend: 'Legenda',
  },
  map: {
    zoomToAll: 'Zoom naar alles',
    loading: 'Kaart laden…',
    noWebgl: 'Deze browser kan de kaart niet tonen (WebGL ontbreekt).',
  },
  info: {
    title: 'Informatie',
    close: 'Sluiten',
    noFeature: 'Klik op een object op de kaart.',
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
    dismiss: 'Melding sluiten',
  },
  // --- locatiecheck (issue 3) ---
  // --- surface / waar wel, waar niet (issue 4) ---
  // --- proposals (issue 5) ---
  // --- sharing (issue 6) ---
};

/** The shape every language must have. */
export type Messages = typeof nl;
