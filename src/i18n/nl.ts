/**
 * All Dutch UI strings. English (en.ts) must have the same keys; the type
 * checker enforces it. Each feature owns one section; keep them apart.
 * Functions take the numbers they print, so sentences stay grammatical.
 */
import { formatCount, formatNumber } from './format.ts';
/** Values of a load problem's message (see src/domain/validate.ts). */
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
    languageLoadFailed:
      'De Engelse teksten konden niet worden geladen; de kaart blijft in het Nederlands.',
  },
  layers: {
    panelTitle: 'Kaartlagen',
    groups: { zoning: 'Werklocaties', context: 'Omgeving', base: 'Ondergrond' },
    analysis: 'Analyse',
    surfaceClasses: 'Waar wel, waar niet (vlakken)',
    contours: 'Milieucontouren (richtafstanden)',
    opacity: (title: string) => `Dekking van ${title}`,
    toggle: (title: string) => `${title} tonen`,
    onlineBasemap: 'Online achtergrondkaart (PDOK BRT)',
    basemapLoading: 'Achtergrondkaart laden…',
    basemapFailed: 'De online achtergrondkaart is niet bereikbaar; de kaart werkt zonder.',
    legend: 'Legenda',
    loading: 'laden…',
    failed: 'niet geladen',
    featureCount: (n: number) => formatCount(n, 'nl', 'object', 'objecten'),
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
  locatiecheck: {
    tab: 'Locatiecheck',
    title: 'Locatiecheck',
    intro: 'Kies wat er op de plek komt en wijs de plek aan op de kaart.',
    program: 'Wat komt er?',
    programHousing: 'Wonen',
    programActivity: 'Bedrijfsactiviteit',
    programCategory: 'Milieucategorie',
    activityLabel: 'Activiteit (woord of SBI-code)',
    activityPlaceholder: 'bijv. bakkerij of 1071',
    activityPick:
      'Nog geen activiteit gekozen: typ een woord of SBI-code en kies er een uit de lijst.',
    activityNone: 'Geen activiteit gevonden.',
    activityCount: (n: number) =>
      n === 1 ? '1 activiteit gevonden' : `${n} activiteiten gevonden`,
    activityChosen: (sbi: string, name: string) => `Gekozen: SBI ${sbi}, ${name}`,
    activityDetails: (category: string, functiemenging: string | undefined) =>
      `categorie ${category}` +
      (functiemenging ? ` · functiemenging ${functiemenging}` : ' · geen functiemengingsklasse'),
    categoryLabel: 'Milieucategorie',
    categoryOption: (category: string, rustig: string, gemengd: string) =>
      `Categorie ${category} (${rustig} / ${gemengd})`,
    place: 'Plek aanwijzen',
    modePoint: 'Klik op de kaart',
    modePolygon: 'Teken een vlak',
    clear: 'Wissen',
    helpPoint:
      'Klik op de kaart om een plek te toetsen. Met het toetsenbord: zet de focus op de kaart, verschuif met de pijltjestoetsen en druk op Enter om het midden van de kaart te toetsen.',
    helpPolygon:
      'Klik punten op de kaart; dubbelklik of Enter sluit het vlak, Backspace haalt het laatste punt weg, Escape breekt af. Met het toetsenbord: spatie zet een punt in het midden van de kaart.',
    drawing: (n: number) => (n === 1 ? '1 punt gezet' : `${n} punten gezet`),
    waitingForData: 'Kaartgegevens laden…',
    noData: 'Er zijn geen kaartgegevens om mee te toetsen.',
    noPlace: 'Nog geen plek gekozen.',
    // The verdict card
    verdictHeading: 'Oordeel',
    verdict: {
      toegestaan: 'Toegestaan',
      voorwaardelijk: 'Voorwaardelijk',
      'niet-toegestaan': 'Niet toegestaan',
    },
    verdictExplain: {
      toegestaan: 'Het plan laat dit hier toe en de richtafstanden worden gehaald.',
      voorwaardelijk:
        'Het plan laat dit toe, maar vraagt eerst iets: onderzoek, een motivering of een voorwaarde (zie de redenen).',
      'niet-toegestaan':
        'Het plan laat dit hier niet toe; daarvoor is een wijziging van het plan nodig.',
    },
    decidedBy: (rule: string) => `Doorslaggevende regel: ${rule}`,
    programLine: (program: string) => `Programma: ${program}`,
    programCategoryText: (category: string) => `bedrijf, milieucategorie ${category}`,
    programActivityText: (sbi: string, name: string, category: string) =>
      `${name} (SBI ${sbi}, categorie ${category})`,
    placePoint: (lat: string, lng: string) => `punt ${lat} N, ${lng} O`,
    placePolygon: (areaM2: string) => `vlak van ${areaM2} m²`,
    placeLine: (place: string) => `Plek: ${place}`,
    omgevingstypeLine: (type: string) => `Omgevingstype van de plek: ${type}`,
    reasonsHeading: 'Redenen',
    zonesHeading: 'Gebieden op de plek',
    zonesNone: 'Geen bedrijventerrein, woon-werkzone of productieve wijk.',
    nearestDwelling: (label: string, distance: string) =>
      `Dichtstbijzijnde woning of gevoelige functie: ${label} op ${distance}.`,
    nearestDwellingNone: 'Geen woningen in de gegevens.',
    nearestFunctiemenging: (zone: string) =>
      ` Die ligt binnen de richtafstand, maar in ${zone}, waar de Staat van bedrijfsactiviteiten functiemenging geldt in plaats van richtafstanden: geen afstandsconflict.`,
    nearestArea: (label: string, distance: string) =>
      `Dichtstbijzijnde woning of gevoelige functie: ${label} op ${distance} (gemeten tot de grens van het gebied).`,
    /** What a sensitive area is (a polygon of a sensitive layer, e.g. a Wonen bestemming). */
    areaKind: {
      wonen: 'woongebied',
      onderwijs: 'gebied voor onderwijs',
      zorg: 'gebied voor zorg',
    } as Record<string, string>,
    areaLabel: (kind: string, name: string) => `${kind} ${name}`,
    /** Many places at once → CSV (issue 14); the checking is the command line's. */
    batch: {
      title: 'Veel plekken tegelijk',
      hint: 'Toets het gekozen programma op elke plek en download de oordelen als CSV voor Excel (; en decimale komma).',
      businesses: 'Alle bedrijven → CSV',
      file: 'CSV met plekken → CSV',
      fileHint: 'Kolommen lon,lat of x,y (RD), met een kolom id of naam.',
      header: [
        'id',
        'naam',
        'x (RD)',
        'y (RD)',
        'oordeel',
        'doorslaggevende regel',
        'code',
        'conflicten',
        'dichtstbijzijnde woning (m)',
        'fout',
      ],
      error: 'geen oordeel',
      summary: (n: number, ok: number, cond: number, no: number, refused: number) =>
        `${formatCount(n, 'nl', 'plek', 'plekken')} getoetst: ${ok} toegestaan, ${cond} voorwaardelijk, ${no} niet toegestaan` +
        (refused > 0
          ? `; ${formatCount(refused, 'nl', 'rij', 'rijen')} zonder oordeel (zie hieronder).`
          : '.'),
    },
    copy: 'Kopieer tekst',
    copied: 'Tekst gekopieerd.',
    copyFailed: 'Kopiëren lukte niet; selecteer de tekst hieronder en kopieer zelf.',
    memoTitle: 'Locatiecheck Werkruimte',
    memoDate: (date: string) => `Datum: ${date}`,
    memoAddress: (address: string) => `Adres: ${address}`,
    memoXY: (x: string, y: string) => `x ${x}, y ${y}`,
    memoRdPoint: (xy: string) => `RD-coördinaten (EPSG:28992, meter): ${xy}`,
    memoRdPolygon: (corners: string) => `Hoekpunten in RD (EPSG:28992, meter): ${corners}`,
    memoLink: (url: string) => `Link naar deze kaart: ${url}`,
    memoSource:
      'Bron: VNG, Bedrijven en milieuzonering (2009). Afstanden vlak gemeten in RD New (EPSG:28992). Richtafstanden zijn richtinggevend, geen wet.',
    effect: {
      toegestaan: 'informatie',
      voorwaardelijk: 'voorwaarde',
      'niet-toegestaan': 'bezwaar',
    },
    legendTooClose: 'dichter dan gemengd gebied: onderzoek nodig',
    legendException: 'binnen richtafstand, afwijken met motivering',
    conflictsOnMap: (n: number) =>
      n === 1 ? '1 conflict op de kaart getoond.' : `${n} conflicten op de kaart getoond.`,
    omgevingstype: {
      'rustige-woonwijk': 'rustige woonwijk',
      'gemengd-gebied': 'gemengd gebied',
    },
    zoneType: {
      bedrijventerrein: 'bedrijventerrein',
      woonwerkzone: 'woon-werkzone',
      'productieve-wijk': 'productieve wijk',
    } as Record<string, string>,
    zoneText: (name: string, type: string, limits: string) =>
      `‘${name}’ (${type}${limits ? `, ${limits}` : ''})`,
    zoneUpTo: (category: string) => `t/m categorie ${category}`,
    zoneMixing: (cls: string) => `functiemenging ${cls}`,
    /** Short names of the rules, for "doorslaggevende regel". */
    rule: {
      HOUSING_ON_BUSINESS_PARK: 'geen wonen op een bedrijventerrein',
      HOUSING_IN_PRODUCTIEVE_WIJK: 'wonen in een productieve wijk alleen onder voorwaarden',
      TOO_CLOSE_TO_BUSINESS:
        'dichter bij een bedrijf dan de richtafstand voor gemengd gebied (onderzoek en maatwerk nodig)',
      WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE:
        'binnen de richtafstand voor een rustige woonwijk (afwijken met motivering)',
      CATEGORY_ABOVE_ZONE_LIMIT: 'categorie hoger dan de zone toelaat',
      FUNCTIEMENGING_CLASS_NOT_PERMITTED: 'functiemengingsklasse hoger dan de zone toelaat',
      FUNCTIEMENGING_CLASS_UNKNOWN: 'functiemengingsklasse onbekend',
      NO_ZONE_PERMITS_BUSINESS: 'geen zone die bedrijven toelaat',
      TOO_CLOSE_TO_DWELLING:
        'dichter bij een woning dan de richtafstand voor gemengd gebied (onderzoek en maatwerk nodig)',
      DWELLING_WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE:
        'woning binnen de richtafstand voor een rustige woonwijk (afwijken met motivering)',
      ZONE_PERMITS_BUSINESS: 'de zone laat het bedrijf toe',
      OMGEVINGSTYPE_AT_PLACE: 'omgevingstype',
      NO_CONFLICTS: 'geen conflicten',
      FUNCTIEMENGING_INSTEAD_OF_DISTANCE: 'functiemenging in plaats van richtafstand',
      FUNCTIEMENGING_CONDITION: 'functiemenging in plaats van richtafstand, met voorwaarde',
      FUNCTIEMENGING_ZONE_BORDER:
        'over de grens van de functiemengingszone: daar gelden de richtafstanden (de zonegrens beslist)',
      UNKNOWN_PROGRAM: 'onbekende activiteit of categorie',
    },
    /** Reason sentences; every number arrives formatted (nl-NL, metres to 0.1 m). */
    reason: {
      omgevingstypeDefault: (type: string) =>
        `De plek ligt niet in een woon-werkzone of productieve wijk (geen gemengd gebied): voor woningen hier gelden daarom de richtafstanden van een ${type}, de strengste van de twee.`,
      omgevingstypeOnZone: (type: string, zone: string) =>
        `De plek ligt op ${zone} en niet in gemengd gebied: voor woningen hier gelden daarom de richtafstanden van een ${type}, de strengste van de twee.`,
      omgevingstypePartly: (type: string, zone: string) =>
        `Het vlak ligt maar voor een deel in ${zone} (gemengd gebied); een vlak is alleen gemengd gebied als het er helemaal in ligt, dus gelden de richtafstanden van een ${type}.`,
      omgevingstypeAtDwellings:
        'Bij een bedrijf telt het omgevingstype van elke woning zelf, niet dat van de plek: een woning in gemengd gebied (een woon-werkzone of productieve wijk) krijgt de kortere richtafstand, elke andere die van een rustige woonwijk.',
      zoneBorderBusiness: (zones: string, cls: string, outside: string, count: string) =>
        `Het vlak ligt niet helemaal binnen ${zones}, waar functiemenging klasse ${cls} toelaat: een deel ligt ${outside}. De Staat van bedrijfsactiviteiten functiemenging vervangt de richtafstanden alleen voor een bedrijf dat helemaal binnen zulke zones ligt, dus hier beslist de zonegrens: ${count} daar worden aan de richtafstand getoetst (zie hieronder). Nodig om door te gaan: het vlak binnen de zone houden, of wat de richtafstand vraagt.`,
      zoneBorderHousing: (zones: string, outside: string) =>
        `De plek ligt niet helemaal binnen ${zones} (functiemenging): een deel ligt ${outside}. De Staat van bedrijfsactiviteiten functiemenging vervangt de richtafstanden alleen voor woningen die helemaal binnen zulke zones liggen, dus hier beslist de zonegrens: de bedrijven en zones daar worden aan hun richtafstand getoetst (zie hieronder).`,
      outsideIn: (zones: string) => `in ${zones}`,
      outsideEveryZone: 'buiten elke zone',
      borderCount: (n: number) =>
        n === 1
          ? '1 woningadres of gevoelig gebied'
          : `${formatNumber(n, 'nl')} woningadressen of gevoelige gebieden`,
      omgevingstypeByZone: (type: string, zone: string) =>
        `De plek geldt als ${type}, omdat ze in ${zone} ligt.`,
      housingOnBusinessPark: (zone: string) =>
        `De plek ligt op bedrijventerrein ${zone}: het plan laat daar geen wonen toe, het terrein blijft voor bedrijven. Nodig om door te gaan: een wijziging van het plan (transformatie van het terrein).`,
      housingInProductieveWijk: (zone: string) =>
        `De plek ligt in productieve wijk ${zone}: het plan laat wonen daar alleen onder voorwaarden toe. Nodig om door te gaan: bouwkundige scheiding van de bedrijven en eerst onderzoek naar geluid en geur.`,
      business: (
        name: string,
        category: string,
        distance: string,
        rustig: string,
        gemengd: string,
      ) =>
        `Bedrijf ‘${name}’ (categorie ${category}) ligt op ${distance}; richtafstand ${rustig} in een rustige woonwijk, ${gemengd} in gemengd gebied.`,
      measuredFromZone: (zone: string) =>
        `Gemeten vanaf de grens van ${zone}, die het bedrijf toelaat.`,
      measuredFromPoint:
        'Gemeten vanaf het adrespunt (het bedrijf heeft geen perceel in de gegevens).',
      tooCloseBusiness:
        'Dichterbij dan de richtafstand voor gemengd gebied. Dat is geen verbod (richtafstanden zijn richtinggevend), maar nodig om door te gaan: onderzoek naar de werkelijke hinder (geluid, geur, stof en gevaar) en maatwerk, zoals maatregelen aan de gevel of voorschriften voor de bedrijven.',
      exceptionBusiness: (required: string) =>
        `Binnen de ${required} voor een rustige woonwijk, maar buiten die voor gemengd gebied. Nodig om door te gaan: een motivering dat de omgeving als gemengd gebied geldt, of onderzoek naar geluid, geur, stof en gevaar.`,
      dwelling: (
        label: string,
        distance: string,
        type: string,
        category: string,
        rustig: string,
        gemengd: string,
      ) =>
        `Woning ${label} (${type}) ligt op ${distance}; richtafstand voor categorie ${category}: ${rustig} in een rustige woonwijk, ${gemengd} in gemengd gebied.`,
      area: (
        label: string,
        distance: string,
        type: string,
        category: string,
        rustig: string,
        gemengd: string,
      ) =>
        `${label} (${type}) ligt op ${distance}, gemeten tot de grens van het gebied; richtafstand voor categorie ${category}: ${rustig} in een rustige woonwijk, ${gemengd} in gemengd gebied.`,
      areaCount: (count: number, addresses: number, homes: number, areas: number) =>
        `In totaal ${formatNumber(count, 'nl')} in deze klasse: ${formatCount(addresses, 'nl', 'adres', 'adressen')} (${formatCount(homes, 'nl', 'woning', 'woningen')}) en ${formatCount(areas, 'nl', 'gevoelig gebied', 'gevoelige gebieden')}.`,
      dwellingCount: (count: number, homes: number) =>
        `In totaal ${formatCount(count, 'nl', 'adres', 'adressen')} (${formatCount(homes, 'nl', 'woning', 'woningen')}) in deze klasse.`,
      tooCloseDwelling:
        'Dichterbij dan de richtafstand voor gemengd gebied. Dat is geen verbod, maar nodig om door te gaan: onderzoek naar de werkelijke hinder (geluid, geur, stof en gevaar) en maatwerk voor het bedrijf.',
      exceptionDwelling: (required: string) =>
        `Binnen de ${required} voor een rustige woonwijk, maar buiten die voor gemengd gebied. Nodig om door te gaan: een motivering dat de omgeving van de woning als gemengd gebied geldt, of onderzoek naar de hinder.`,
      categoryAboveZone: (category: string, zone: string) =>
        `Categorie ${category} is hoger dan ${zone} toelaat. Nodig om door te gaan: een lichtere activiteit of een wijziging van het plan.`,
      functiemengingNotPermitted: (cls: string, zone: string) =>
        `Functiemengingsklasse ${cls} is hoger dan ${zone} toelaat. Nodig om door te gaan: een activiteit uit een lagere klasse of een wijziging van het plan.`,
      functiemengingUnknown: (zone: string) =>
        `${zone} werkt met functiemenging, maar deze activiteit heeft geen bekende klasse: toets haar aan de Staat van bedrijfsactiviteiten functiemenging.`,
      noZone: (category: string) =>
        `Geen zone op deze plek laat bedrijven toe. Nodig om door te gaan: een plek op een bedrijventerrein, in een woon-werkzone of in een productieve wijk die categorie ${category} toelaat, of een wijziging van het plan.`,
      noZonePartial:
        'Een deel van de plek ligt buiten elke zone die bedrijven toelaat. Nodig om door te gaan: het vlak binnen de zone houden, of een wijziging van het plan.',
      zonePermits: (zone: string, category: string) => `${zone} laat categorie ${category} toe.`,
      noConflictsHousing: 'Geen bedrijf ligt binnen zijn richtafstand van deze plek.',
      noConflictsHousingPlan:
        'Geen zone die bedrijven toelaat ligt binnen de richtafstand van haar hoogste categorie van deze plek.',
      noConflictsHousingPlanOther: (zone: string) =>
        `Buiten ${zone} zelf ligt geen zone die bedrijven toelaat binnen de richtafstand van haar hoogste categorie van deze plek.`,
      noConflictsHousingElsewhere: (zones: string) =>
        ` Dat geldt buiten ${zones}; daarbinnen geldt de functiemenging in plaats van de richtafstand.`,
      noConflictsBusiness: (category: string, rustig: string, gemengd: string) =>
        `Geen woning ligt binnen de richtafstand van categorie ${category} die voor haar geldt (${rustig} in een rustige woonwijk, ${gemengd} in gemengd gebied).`,
      noConflictsBusinessOutside: (
        category: string,
        rustig: string,
        gemengd: string,
        zones: string,
      ) =>
        `Geen woning buiten ${zones} ligt binnen de richtafstand van categorie ${category} die voor haar geldt (${rustig} in een rustige woonwijk, ${gemengd} in gemengd gebied); daarbinnen geldt de functiemenging.`,
      functiemengingBusiness: (zone: string, cls: string, source: string) =>
        `Binnen ${zone} geldt de Staat van bedrijfsactiviteiten functiemenging (klasse ${cls}) in plaats van richtafstanden: ${source} telt daarom niet als afstandsconflict.`,
      functiemengingDwellings: (zone: string, cls: string, count: number) =>
        `Binnen ${zone} geldt de Staat van bedrijfsactiviteiten functiemenging (klasse ${cls}) in plaats van richtafstanden: ${count === 1 ? '1 woningadres daar telt' : `${formatNumber(count, 'nl')} woningadressen daar tellen`} daarom niet als afstandsconflict.`,
      functiemengingInZone: (zone: string, cls: string) =>
        `Binnen ${zone} geldt de Staat van bedrijfsactiviteiten functiemenging (klasse ${cls}) in plaats van richtafstanden.`,
      functiemengingNoCondition: 'Klasse A vraagt niet meer dan het Bouwbesluit.',
      unknownProgram: 'Deze activiteit of categorie staat niet in de tabel; kies een andere.',
    },
  },
  // --- planview: two views and planner's wording (issue 11) ---
  planview: {
    label: 'Meten vanaf',
    view: { plan: 'Bestemmingsplan', feitelijk: 'Feitelijk' },
    hint: {
      plan: 'Wat het plan toelaat: elke zone op haar hoogste toegelaten milieucategorie, gemeten vanaf de zonegrens.',
      feitelijk:
        'De bedrijven van nu: elk bedrijf op zijn eigen categorie, gemeten vanaf zijn perceel of, zonder perceel, zijn adrespunt.',
    },
    compare: (plan: string, feitelijk: string) =>
      `Volgens het plan: ${plan} · met de huidige bedrijven: ${feitelijk}`,
    viewLine: (view: string) => `Gemeten volgens: ${view}`,
    zoneSource: (
      zone: string,
      category: string,
      distance: string,
      rustig: string,
      gemengd: string,
    ) =>
      `Zone ${zone} laat bedrijven tot en met categorie ${category} toe; haar grens ligt op ${distance}; richtafstand ${rustig} in een rustige woonwijk, ${gemengd} in gemengd gebied (gemeten vanaf de zonegrens: wat het plan toelaat).`,
    sourceBusiness: (name: string) => `bedrijf ‘${name}’`,
    sourceZone: (name: string) => `de zone ‘${name}’ zelf`,
    condition: {
      'bouwkundig-afgescheiden': 'het bedrijf is bouwkundig afgescheiden van de woningen',
      hoofdinfrastructuur: 'het bedrijf is ontsloten op de hoofdinfrastructuur',
    },
    conditionLine: (conditions: string) => `Voorwaarde om door te gaan: ${conditions}.`,
    and: 'en',
    cliBadView: (value: string) => `Onbekende --view "${value}": kies plan of feitelijk.`,
  },
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
    studyAreaChoice: 'Studiegebied',
    studyAreas: {
      extent: 'Bebouwd gebied',
      proposal: 'Geselecteerd voorstel',
      drawn: 'Zelf getekend gebied',
    },
    drawHelp:
      'Klik de hoeken van het gebied op de kaart; dubbelklik of Enter sluit het, Backspace haalt het laatste punt weg, Escape breekt af. Met het toetsenbord: zet de focus op de kaart, verschuif met de pijltjestoetsen en zet met de spatie een punt in het midden.',
    drawVertices: (n: number) => (n === 1 ? '1 punt gezet' : `${n} punten gezet`),
    drawFinish: 'Gebied sluiten',
    drawCancel: 'Afbreken',
    drawStart: 'Opnieuw tekenen',
    drawClear: 'Gebied wissen',
    drawnArea: (ha: string) => `Getekend gebied: ${ha} ha`,
    drawRefused: 'Dit gebied kan niet worden gebruikt; je punten staan er nog:',
    drawKept: 'Tot dan blijft het vorige getekende gebied gelden.',
    drawProblems: {
      'shape-too-few-vertices': () => 'Te weinig hoekpunten: klik er minstens drie.',
      'shape-self-intersection': () =>
        'De rand kruist zichzelf. Haal punten weg met Backspace of breek af en teken opnieuw.',
      'shape-sliver-area': (v: string) => `Te klein (${v} m², minimaal 10 m²).`,
      'shape-sliver-width': (v: string) => `Te smal (gemiddeld ${v} m breed).`,
      'shape-outside-extent': () =>
        'Ligt helemaal buiten het gebied met kaartgegevens. Teken het over de gegevens heen.',
    },
    studyAreaMissing:
      'Geen voorstel geselecteerd: de kaart kleurt het bebouwde gebied. Teken of kies een voorstel in het tabblad Voorstellen.',
    computing: 'Berekenen…',
    progress: (pct: number) => `Berekenen: ${pct}%`,
    /** What the progress bar is at (issue 14): the real phases of the work. */
    steps: {
      start: 'Rekenkern starten',
      data: 'Gegevens overdragen',
      compute: 'Berekenen',
      render: 'Op de kaart zetten',
    } as Record<string, string>,
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
    contourCount: (n: number) => formatCount(n, 'nl', 'contour', 'contouren'),
    contourKinds: {
      'rustige-woonwijk': 'Rustige woonwijk',
      'gemengd-gebied': 'Gemengd gebied (gestreept)',
    },
    statsTitle: 'Oppervlakte',
    studyArea: (ha: string, what: string) => `Studiegebied (${what}): ${ha} ha`,
    /** What the study area is (issue 14: the percentages say what they are a share of). */
    studyAreaKinds: {
      extent: 'bebouwd gebied en werklocaties, zonder buitengebied',
      proposal: 'het geselecteerde voorstel',
      drawn: 'het getekende gebied',
    },
    builtUpNote:
      'Bebouwd gebied: elke cel van 100 × 100 m met woningen, andere gevoelige functies of bedrijven (gaten van één cel gedicht), plus alle werklocaties. Landbouwgrond daarbuiten telt niet mee.',
    pctOf: (pct: string, area: string) => `${pct}% van ${area}`,
    perZoneType: 'Per soort gebied',
    perBuurt: 'Per buurt',
    zoneTypes: {
      bedrijventerrein: 'Bedrijventerrein',
      woonwerkzone: 'Woon-werkzone',
      'productieve-wijk': 'Productieve wijk',
      'buiten-zones': 'Buiten werklocaties',
    } as Record<string, string>,
    area: 'Gebied',
    haPct: (ha: string, pct: string) => `${ha} ha (${pct}% van het studiegebied)`,
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
    tooManyCorners: (n: string, max: string) =>
      `Dit voorstel heeft ${n} hoeken: te veel hoeken om punt voor punt op de kaart te bewerken (hooguit ${max}). Je kunt het kiezen, de kenmerken aanpassen en verwijderen; vereenvoudig de vorm in je GIS en importeer hem opnieuw om hem te bewerken.`,
    importButton: 'Importeren…',
    imported: (n: number) => `${formatCount(n, 'nl', 'voorstel', 'voorstellen')} geïmporteerd.`,
    importProblemsTitle: 'Meldingen bij importeren',
    importReadingFile: (name: string, percent: number) =>
      `${name || 'Bestand'} wordt gelezen… ${percent}%${percent >= 100 ? ', voorstellen worden gecontroleerd' : ''}`,
    importCancel: 'Annuleren',
    importCancelled: 'Importeren geannuleerd; er is niets toegevoegd.',
    importProblemsDownload: (n: number) =>
      `Download de volledige lijst (${formatNumber(n, 'nl')} meldingen)`,
    importProblem: {
      'proposal-dropped': (d: string) => `${d}: ongeldig, overgeslagen`,
      'properties-defaulted': (d: string) => `${d}: ontbrekende kenmerken aangevuld`,
      'geojson-invalid': (d: string) => `Geen geldige GeoJSON ${d}`.trim(),
      'import-split-multipolygon': (d: string) => `${d}: meerdelig, gesplitst in losse voorstellen`,
      'import-holes-dropped': (d: string) =>
        `${d}: gaten verwijderd (teken er een voorstel overheen)`,
      'proposal-id-renamed': (d: string) => `Dubbele code in het bestand: ${d}`,
      'import-not-proposals': (n: string) =>
        `Dit bestand bevat ${n} ${n === '1' ? 'object' : 'objecten'} met eigen kenmerken, maar geen voorstellen (bijvoorbeeld een bestemmingsplan). Er is niets geïmporteerd.`,
      'import-unsupported-version': (v: string) =>
        `Dit is een Werkruimte-bestand van versie ${v}, die deze app niet kan lezen. Er is niets geïmporteerd.`,
      'import-cap-reached': (n: string) =>
        `De lijst is vol (hooguit 2.000 voorstellen): ${n} ${n === '1' ? 'voorstel' : 'voorstellen'} uit het bestand ${n === '1' ? 'is' : 'zijn'} niet geïmporteerd; je bestaande voorstellen blijven.`,
      'import-id-renamed': (d: string) => `Code bestond al: ${d}`,
      other: (d: string) => `Probleem: ${d}`,
    },
    saved: 'Automatisch opgeslagen in deze browser.',
    storageFailed: 'Opslaan in de browser lukt niet; exporteer je voorstellen.',
  },
  // --- persistence: links, files and storage never lose the own work (issue 13) ---
  // --- Wijkprofielen (issue 16) ---
  wijk: {
    tab: 'Wijkprofielen',
    title: 'Wijkprofielen: wonen en werken per buurt',
    intro:
      'Kies een indicator: de buurten (of wijken) kleuren naar klassen. Klik een buurt op de kaart of een rij in de tabel voor haar profiel.',
    loading: 'Gegevens laden…',
    noBuurten: 'Deze gegevens hebben geen buurten.',
    indicatorLabel: 'Indicator',
    groups: {
      main: 'Wonen en werken',
      sbi: 'Vestigingen per SBI-sectie',
      category: 'Vestigingen per milieucategorie',
      bvo: 'Bedrijfsvloeroppervlak per soort werk',
      land: 'Grond en ruimte',
    },
    indicator: {
      homes: 'Woningen',
      jobs: 'Banen',
      jobsPerHome: 'Banen per woning',
      fmi: 'Functiemengingsindex',
      mxi: 'MXI (aandeel woonvloeroppervlak)',
      establishments: 'Vestigingen',
      sbi: 'Vestigingen',
      category: 'Vestigingen categorie',
      bvo: 'Bedrijfsvloeroppervlak',
      bvoType: 'Bvo',
      businessLand: 'Bedrijventerrein',
      workLandPct: 'Aandeel werkgrond',
      housingNietPct: 'Wonen niet toegestaan',
      housingVoorwaardelijkPct: 'Wonen voorwaardelijk',
    } as Record<string, string>,
    short: {
      homes: 'Woningen',
      jobs: 'Banen',
      jobsPerHome: 'Banen/ woning',
      fmi: 'FMI',
      mxi: 'MXI',
      establishments: 'Vest.',
      bvo: 'm² bvo',
      businessLand: 'Bedr.terrein ha',
      workLandPct: 'Werkgrond %',
      housingNietPct: 'Wonen niet %',
      housingVoorwaardelijkPct: 'Wonen voorw. %',
    } as Record<string, string>,
    unitShort: {
      homes: 'woningen',
      jobs: 'banen',
      ratio: 'banen per woning',
      index: 'index 0–100',
      pct: '%',
      count: 'vestigingen',
      m2: 'm² bvo',
      ha: 'ha',
    } as Record<string, string>,
    level: 'Niveau',
    levels: { buurt: 'Buurten', wijk: 'Wijken' },
    method: 'Klassen',
    methods: { quantiles: 'Kwantielen (even veel per klasse)', natural: 'Natuurlijke grenzen' },
    mode: 'Toon',
    modes: { today: 'Vandaag', after: 'Na voorstellen', change: 'Verandering' },
    modesNote: 'Teken voorstellen (tab Voorstellen) om vandaag en daarna te vergelijken.',
    legendTitle: (indicator: string, unit: string) => `${indicator} (${unit})`,
    legendChange: 'verandering',
    noData: 'geen gegevens',
    regions: (n: number) => (n === 1 ? '1 gebied' : `${n} gebieden`),
    fmiNote:
      'Functiemengingsindex: banen / (banen + woningen) × 100; 0 alleen wonen, 100 alleen werk.',
    estimatedNote:
      '≈ bevat geschatte banen: bedrijven zonder aantal banen, geschat uit hun vloeroppervlak per soort werk.',
    housingMissing:
      'De aandelen wonen niet toegestaan / voorwaardelijk komen uit de kaart Waar wel, waar niet voor wonen op de hele kaart.',
    computeHousing: 'Bereken die kaart',
    tableTitle: 'Alle buurten',
    tableTitleWijk: 'Alle wijken',
    nameColumn: 'Naam',
    cityRow: 'Stad (totaal / gemiddelde)',
    sortHint: 'Klik een kolomkop om te sorteren.',
    exportCsv: 'Exporteer CSV',
    exportGeoJson: 'Exporteer GeoJSON',
    csvCode: 'Code',
    csvName: 'Naam',
    csvWijk: 'Wijk',
    profileTitle: (name: string) => `Profiel ${name}`,
    profileNone: 'Klik een buurt op de kaart of in de tabel voor haar profiel.',
    profileColumns: ['Indicator', 'Hier', 'Stad'],
    chartSbi: 'Vestigingen per SBI-sectie',
    chartCategory: 'Vestigingen per milieucategorie',
    chartMix: 'Banen en woningen',
    chartToday: 'vandaag',
    chartAfter: 'na voorstellen',
    unknownSection: 'onbekend',
    categoryShort: 'cat.',
    printProfile: 'Profiel als PDF (A4)',
    printing: 'PDF maken…',
    printFailed: 'De PDF kon niet worden gemaakt.',
    printTitle: (name: string) => `Wijkprofiel ${name}`,
    targetPrefix: 'Gebiedsprofiel',
    targetColumn: 'Doel',
    targetColumnTitle:
      'Gebiedsprofiel (Juiste plek): houden de voorstellen het minimum aan m² bvo in dit gebied?',
    targetCell: (count: number, missed: number, missM2: string) =>
      missed === 0
        ? count === 1
          ? '✓ gehaald'
          : `✓ ${count} gehaald`
        : count === 1
          ? `✗ mist ${missM2} m²`
          : `✗ ${missed} van ${count} gemist (tot ${missM2} m²)`,
    targetsTitle: 'Gebiedsprofiel: geen m² minder',
    targetsNone:
      'Geen doel voor dit gebied. Een doel (minimaal m² bvo) stel je in bij Juiste plek.',
    printFigures: 'Kerncijfers (hier / stad)',
    clearSelection: 'Selectie wissen',
  },
  persistence: {
    editorFailed:
      'De tekenmodule kon niet laden; voorstellen tekenen en bewerken lukt nu niet. Laad de pagina opnieuw.',
    clipperFailed:
      'De berekening van de gevolgen kon niet starten: de rekenmodule (WebAssembly) laadde niet. Staat een Content-Security-Policy WebAssembly niet toe? Zie README § Content-Security-Policy.',
    saving: 'Opslaan…',
    linkBanner: (link: number, own: number) =>
      `Kaart uit een link: je ziet ${formatCount(link, 'nl', 'voorstel', 'voorstellen')} van deze link. Je eigen ${formatCount(own, 'nl', 'voorstel', 'voorstellen')} ${own === 1 ? 'is' : 'zijn'} bewaard en blijven ongewijzigd; wijzigingen hier worden niet opgeslagen.`,
    keepAsMine: 'Bewaar als mijn voorstellen',
    addToMine: 'Voeg toe aan mijn voorstellen',
    backToMine: 'Terug naar mijn voorstellen',
    damaged: (reason: string) =>
      `De opgeslagen voorstellen in deze browser waren beschadigd (${reason}) en konden niet worden geopend. Het beschadigde origineel is apart bewaard; download het om het te herstellen.`,
    damagedNotAside:
      'De opgeslagen voorstellen waren beschadigd en konden niet apart worden bewaard: opslaan staat uit zodat het origineel niet wordt overschreven. Download het origineel.',
    damagedReason: {
      'not-json': 'geen leesbare JSON, mogelijk afgebroken',
      'not-a-list': 'geen lijst van voorstellen',
      'features-damaged': 'sommige voorstellen onleesbaar',
    } as Record<string, string>,
    downloadDamaged: 'Download het beschadigde origineel',
    fileNotGeoJSON: (name: string) => `“${name}” is geen GeoJSON-bestand; er is niets veranderd.`,
    fileUnsupportedVersion: (name: string, version: string) =>
      `“${name}” is een Werkruimte-bestand van versie ${version}, die deze versie van de app niet kan lezen; er is niets veranderd.`,
    fileIsData: (name: string, n: number) =>
      `“${name}” bevat ${formatCount(n, 'nl', 'object', 'objecten')} met eigen kenmerken maar geen voorstellen (bijvoorbeeld een bestemmingsplan); het is niet als voorstellen geopend en er is niets veranderd.`,
    fileAdded: (name: string, n: number) =>
      `Uit “${name}” ${n === 1 ? 'is' : 'zijn'} ${formatCount(n, 'nl', 'voorstel', 'voorstellen')} toegevoegd aan je voorstellen.`,
    fileReplaced: (name: string, before: number, after: number) =>
      `“${name}” geopend: je ${formatCount(before, 'nl', 'voorstel', 'voorstellen')} ${before === 1 ? 'is' : 'zijn'} vervangen door de ${formatNumber(after, 'nl')} uit het bestand.`,
    undo: 'Ongedaan maken',
  },
  // --- sharing (issue 6) ---
  sharing: {
    tab: 'Delen',
    panelTitle: 'Delen in de raadsvergadering',
    linkTitle: 'Link naar deze kaart',
    linkHelp:
      'De link is de kaart: kaartbeeld, lagen, taal, selectie, voorstellen en agendapunten. Geen account of server nodig.',
    linkLabel: 'Link',
    copyLink: 'Kopieer link',
    copied: 'Link gekopieerd.',
    copyFailed: 'Kopiëren lukte niet: selecteer de link en kopieer hem met Ctrl+C.',
    linkLength: (n: number) => `${formatNumber(n, 'nl')} tekens`,
    showQr: 'QR-code voor het scherm',
    qrTitle: 'Scan om deze kaart te openen',
    qrTooLong: 'Deze link is te lang voor een QR-code. Deel hem als link of als bestand.',
    close: 'Sluiten',
    tooBig: (n: number, max: number) =>
      `Deze kaart is te groot voor een link (${formatNumber(n, 'nl')} tekens, maximaal ${formatNumber(max, 'nl')}). Download hem als bestand; open het bestand later weer door het op de kaart te slepen.`,
    notInLink: 'Niet in de link:',
    fileTitle: 'Als bestand',
    downloadFile: 'Download als .geojson',
    openFile: 'Open een .geojson-bestand',
    dropHint: 'Of sleep een .geojson-bestand op de kaart.',
    dropHere: 'Laat los om het bestand te openen',
    fileOpened: (name: string) => `Bestand “${name}” geopend.`,
    views: {
      title: 'Agendapunten',
      help: 'Sla kaartbeelden op (kaartbeeld, lagen, programma) en loop ze in de presentatie door met ← en →.',
      nameLabel: 'Naam van het agendapunt',
      save: 'Huidig beeld opslaan',
      defaultName: (n: number) => `Agendapunt ${n}`,
      show: 'Toon',
      remove: (name: string) => `Verwijder ${name}`,
      up: (name: string) => `${name} omhoog`,
      down: (name: string) => `${name} omlaag`,
      empty: 'Nog geen agendapunten.',
    },
    presentation: {
      start: 'Presenteren',
      exit: 'Stop presentatie (Esc)',
      fullscreen: 'Volledig scherm',
      previous: 'Vorig agendapunt',
      next: 'Volgend agendapunt',
      position: (i: number, n: number) => `${i} van ${n}`,
      noViews: 'Geen agendapunten opgeslagen',
      keys: '← → agendapunten · Esc stoppen',
      label: 'Presentatie',
    },
    print: {
      open: 'Afdrukken / exporteren',
      title: 'Afdrukken en exporteren',
      titleLabel: 'Titel op de kaart',
      defaultTitle: 'Werkruimte – Voorbeeldstad',
      paper: 'Papier',
      a4: 'A4 liggend',
      a3: 'A3 liggend',
      png: 'Download PNG',
      pdf: 'Download PDF',
      busy: 'Bezig met de kaart…',
      failed: 'Exporteren is mislukt. Probeer het opnieuw.',
      legendTitle: 'Legenda',
      date: (d: string) => `Afgedrukt op ${d}`,
      source:
        'Bron: Voorbeeldstad, fictieve demodata (Werkruimte); richtafstanden VNG Bedrijven en milieuzonering (2009)',
      linkLabel: 'Link naar deze kaart:',
      linkShortened: '(ingekort; de volledige link staat in de app)',
      qrCaption: 'Scan voor deze kaart',
      qrTooLong: 'Link te lang voor een QR-code',
      north: 'N',
      /** Legend blocks of the analyses on the map (issue 14). */
      analysis: {
        surfaceTitle: (program: string) => `Waar wel, waar niet: ${program}`,
        category: (c: string) => `milieucategorie ${c}`,
        housing: 'wonen',
        contoursTitle: 'Milieucontouren (richtafstanden)',
        contourKinds: {
          'rustige-woonwijk': 'Richtafstand rustige woonwijk',
          'gemengd-gebied': 'Richtafstand gemengd gebied',
        },
        locatiecheckTitle: 'Locatiecheck',
        place: 'Gecontroleerde plek',
        tooClose: 'Dichter dan de afstand voor gemengd gebied',
        exception: 'Binnen de richtafstand, afwijken met motivering',
      },
    },
    problemsIntro: {
      link: (list: string) =>
        `Niet alles uit de link kon worden gelezen; de rest is geopend. ${list}.`,
      file: (list: string) =>
        `Niet alles uit het bestand kon worden gelezen; de rest is geopend. ${list}.`,
    },
    problems: {
      'link-too-long': () => 'de link is te lang om te lezen',
      'link-malformed': () => 'de link is onvolledig of beschadigd',
      'link-unsupported-version': () => 'de link komt uit een nieuwere versie van Werkruimte',
      'link-corrupt': () => 'de gegevens in de link zijn beschadigd of afgebroken',
      'link-too-large': () => 'de gegevens in de link zijn te groot',
      'part-invalid': (part: string) => `${part} kon niet worden gelezen (standaard gebruikt)`,
      'proposal-dropped': (part: string) => `een van de ${part} is ongeldig en weggelaten`,
      'properties-defaulted': (part: string) =>
        `kenmerken van ${part} ontbraken (standaardwaarden gebruikt)`,
      'proposal-id-renamed': (part: string) =>
        `twee ${part} hadden dezelfde code; een kreeg een nieuwe`,
      'geojson-invalid': () => 'het bestand is geen GeoJSON FeatureCollection',
    },
    /** Technical details the link reader gives, in words. */
    details: {
      partial: 'alleen het begin kon worden gelezen; wat daarna kwam is weggelaten',
      truncated: 'afgebroken: is de link helemaal gekopieerd?',
      strings: 'teksten onleesbaar',
      internal: 'interne fout',
      studyArea: 'alleen het studiegebied: de hele kaart wordt gekleurd',
    } as Record<string, string>,
    parts: {
      link: 'de link',
      camera: 'het kaartbeeld',
      layers: 'de kaartlagen',
      language: 'de taal',
      check: 'de locatiecheck',
      surface: 'de kaart waar wel, waar niet',
      view: 'de weergave (bestemmingsplan of feitelijk)',
      selected: 'het geselecteerde object',
      savedViews: 'de agendapunten',
      proposals: 'voorstellen',
      presentation: 'de presentatiestand',
      title: 'de titel',
      targets: 'de gebiedsprofieldoelen',
      wijk: 'de wijkprofielen',
      workspace: 'de werkruimte',
    },
  },
  // --- Juiste plek (issue 17) ---
  placement: {
    tab: 'Juiste plek',
    title: 'Het juiste bedrijf op de juiste plaats',
    intro:
      'Elk bedrijf vergeleken met de milieucategorie die zijn zone toelaat: erboven is een risico, ver eronder een kandidaat om te verplaatsen (het houdt zware ruimte bezet).',
    classes: {
      above: 'Boven de zone',
      'far-below': 'Ver onder de zone',
      fits: 'Past',
      outside: 'Buiten elke zone',
      unknown: 'Categorie onbekend',
    } as Record<string, string>,
    threshold: 'Ver onder = ten minste',
    steps: (n: number) => (n === 1 ? '1 stap' : `${n} stappen`) + ' (VNG-categorie) onder de zone',
    thresholdHelp:
      'Standaard 2 stappen: de richtafstand twee stappen lager is hooguit de helft van die van de zone.',
    showOnMap: 'Kleur bedrijven op de kaart naar deze klassen',
    tableTitle: 'Bedrijven die niet passen',
    columns: ['Bedrijf', 'Zone', 'Cat.', 'Zone tot', 'm² bvo', 'Banen'],
    mismatchHeaders: ['Bedrijf · zone', 'Cat. / zone tot', 'm² bvo', 'Banen'],
    zonesTitle: 'Zware ruimte bezet door lichte bedrijven',
    zoneColumns: ['Zone', 'Tot cat.', 'Ver onder', 'm² bvo', 'm² kavel'],
    noneInClass: 'Geen bedrijven in deze klasse.',
    searchTitle: 'Zoekprofiel: waar kan dit bedrijf heen?',
    activity: 'Activiteit',
    orCategory: 'of milieucategorie',
    chooseActivity: '— kies een activiteit —',
    area: 'Benodigde oppervlakte (m²)',
    areaKind: { land: 'kavel (grond)', floor: 'vloeroppervlak (bvo)' },
    maxDistance: 'Max. afstand (m, leeg = geen)',
    from: 'Gemeten vanaf',
    fromMapCentre: 'het midden van de kaart',
    fromBusiness: (name: string) => `huidige plek van ${name}`,
    requirePark: 'Alleen bedrijventerreinen (geen gemengd gebied)',
    search: 'Zoeken',
    candidatesTitle: (n: number) => (n === 1 ? '1 kandidaat' : `${n} kandidaten`),
    noCandidates: 'Geen plek gevonden.',
    showCandidates: 'Toon op de kaart',
    droppedOut: (why: string) => `Afgevallen: ${why}.`,
    exportCsv: 'Exporteer CSV',
    candidateColumns: ['#', 'Zone', 'Oordeel', 'Vrij m²', 'Afstand', 'Conflicten'],
    candidateHeaders: ['#', 'Zone', 'Oordeel · conflicten', 'Vrij m² · afstand'],
    verdicts: {
      toegestaan: 'Toegestaan',
      voorwaardelijk: 'Voorwaardelijk',
      'niet-toegestaan': 'Niet toegestaan',
    } as Record<string, string>,
    freeSource: {
      uitgeefbaar: 'uitgeefbaar (IBIS)',
      'area-minus-plots': 'zone min kavels',
    } as Record<string, string>,
    fitNote: { fits: 'past bij de zone', 'far-below': 'ver onder de zone' } as Record<
      string,
      string
    >,
    conflicts: (homes: number) =>
      homes === 0
        ? 'geen woningen binnen richtafstand'
        : homes === 1
          ? '1 woning binnen richtafstand'
          : `${homes} woningen binnen richtafstand`,
    rejected: {
      category: 'categorie te hoog voor de zone',
      functiemenging: 'functiemengingsklasse te hoog',
      'zone-type': 'geen bedrijventerrein',
      distance: 'te ver weg',
      'free-area': 'te weinig vrije ruimte',
      excluded: 'in een voorstel dat dit bedrijf verdringt',
      verdict: 'locatiecheck: niet toegestaan',
      'no-category': 'het bedrijf heeft geen bekende milieucategorie',
      'not-in-data': 'het bedrijf staat niet in de data',
    } as Record<string, string>,
    relocate: 'Verplaatsen naar…',
    relocateHide: 'Verberg opties',
    relocateTitle: (name: string) => `Verplaatsen: ${name}`,
    fitsNowhere: (why: string) => `Past nergens: ${why}.`,
    zonesCount: (n: number) => (n === 1 ? '1 zone' : `${n} zones`),
    capacityTitle: 'Kan de nieuwe bedrijfsruimte van de voorstellen de verdreven bedrijven hebben?',
    capacityColumns: ['Cat.', 'Verdreven m²', 'Opgevangen m²', 'Tekort m²'],
    capacityUncategorised: (m2: string) =>
      `${m2} m² nieuwe ruimte zonder milieucategorie telt voor geen enkel bedrijf.`,
    targetsTitle: 'Gebiedsprofiel: geen m² minder',
    targetArea: 'Gebied',
    targetMin: 'Minimaal m² bvo',
    targetCategory: 'voor bedrijven tot cat.',
    targetAnyCategory: 'elke categorie',
    targetAdd: 'Doel toevoegen',
    targetUnknownArea: 'Dit gebied staat niet in de data.',
    targetBalance: (before: string, removed: string, added: string) =>
      `Nu ${before} m², verdreven −${removed} m², nieuw +${added} m².`,
    targetsLedgerTitle: 'Gebiedsprofiel: houden de voorstellen de doelen?',
    targetChoose: '— kies een gebied —',
    targetsNeedData: 'De doelen worden getoetst zodra de data geladen is.',
    targetRemove: 'Verwijder',
    targetKept: (after: string) => `Gehaald: ${after} m² bvo na de voorstellen.`,
    targetMissed: (miss: string, after: string) =>
      `Gemist met ${miss} m² bvo (${after} m² na de voorstellen).`,
    targetCompensatedBy: (list: string) => `Compensatie door: ${list}.`,
    targetNoCompensation: 'Geen voorstel compenseert hier.',
    buurt: 'buurt',
    zone: 'zone',
  },
  // --- eigen gegevens (issue 12) ---
  owndata: {
    tab: 'Gegevens',
    title: 'Eigen gegevens openen',
    intro:
      'Open de bestanden van je eigen gemeente: GeoJSON, Shapefile (.zip, of .shp + .dbf + .prj + .cpg samen), GeoPackage, CSV, FlatGeobuf of een IMRO-bestemmingsplan (GML).',
    chooseFiles: 'Bestanden kiezen…',
    dropHint: 'Of sleep ze op de kaart.',
    reading: (file: string, pct: number) => `Lezen: ${file} (${formatNumber(pct, 'nl')} %)`,
    cancel: 'Annuleren',
    cancelled: 'Inlezen geannuleerd; er is niets veranderd.',
    readFailed: (detail: string) => `Inlezen mislukt (${detail}); er is niets veranderd.`,
    readIn: (files: number, ms: number) =>
      `${formatNumber(files, 'nl')} ${files === 1 ? 'bestand' : 'bestanden'} gelezen in ${formatNumber(ms, 'nl')} ms.`,
    featureCount: (n: number) => formatCount(n, 'nl', 'object', 'objecten'),
    role: 'Wat is dit bestand?',
    roles: {
      zone: 'Werklocaties (bedrijventerrein, woon-werkzone, productieve wijk)',
      business: 'Bedrijven',
      sensitive: 'Woningen en andere gevoelige functies',
      neighbourhood: 'Buurten',
      skip: 'Niet laden',
    },
    fieldsTitle: 'Welk kenmerk is wat',
    notMapped: '— geen —',
    defaultFor: (target: string) => `Standaard voor ${target}`,
    idGenerated: 'Zonder kenmerk krijgt elk object een gemaakte code.',
    targets: {
      id: 'Code (id)',
      name: 'Naam',
      zoneType: 'Soort gebied',
      maxMilieucategorie: 'Max. milieucategorie',
      functiemenging: 'Functiemenging',
      uitgeefbaarHa: 'Uitgeefbaar (ha)',
      sbi: 'SBI-code',
      activity: 'Activiteit',
      milieucategorie: 'Milieucategorie',
      bvoM2: 'Bvo (m²)',
      jobs: 'Werkzame personen',
      functie: 'Functie',
      homes: 'Woningen',
      address: 'Adres',
      code: 'CBS-buurtcode',
    } as Record<string, string>,
    planTitle: (file: string) => `Bestemmingsplan ${file}`,
    planSummary: (bestemmingen: number, zones: number, homes: number) =>
      `${formatNumber(bestemmingen, 'nl')} bestemmingen: ${formatNumber(zones, 'nl')} werklocaties, ${formatNumber(homes, 'nl')} woonbestemmingen.`,
    noWorkZones:
      'Het plan heeft geen werklocaties (geen bestemming bedrijf, bedrijventerrein, gemengd of centrum). Het laadt wel.',
    missingTitle:
      'Deze bestemmingen hebben geen milieucategorie (die staat vermoedelijk in de regels van het plan). Kies er een:',
    allMissing: 'Alle zonder categorie',
    chooseCategory: 'kies…',
    planBusinesses:
      'Bedrijven die het plan noemt (nog niet geladen; bevestig de activiteit in je bedrijvenbestand):',
    suggestions: (list: string) => `voorstel: ${list}`,
    previewTitle: 'Wat er wordt geladen',
    slot: 'Kaartlaag',
    count: 'Objecten',
    nothingToLoad: 'Er is nog niets om te laden: kies voor elk bestand wat het is.',
    rejected: (n: number) => `${formatNumber(n, 'nl')} objecten afgewezen`,
    problemsTitle: 'Alle problemen',
    columns: {
      features: 'Objecten',
      field: 'Kenmerk',
      value: 'Waarde',
      what: 'Wat is er mis',
      count: 'Aantal',
    },
    downloadRejected: 'Afgewezen objecten downloaden (.geojson)',
    readProblemsTitle: 'Bij het lezen',
    workspaceName: 'Naam van de werkruimte',
    load: 'Laden in de werkruimte',
    close: 'Sluiten',
    loaded: (name: string, n: number, rejected: number) =>
      `${name}: ${formatNumber(n, 'nl')} objecten geladen${rejected > 0 ? `, ${formatNumber(rejected, 'nl')} afgewezen` : ''}. De Locatiecheck, Waar wel, waar niet en Voorstellen rekenen nu met deze gegevens.`,
    workspaceNotice: (name: string) => `Werkruimte ${name}: eigen gegevens.`,
    notStored: 'niet bewaard',
    workspacesTitle: 'Werkruimten',
    workspaceSwitch: 'Werkruimte op de kaart',
    demoWorkspace: 'Voorbeeldstad (demo, altijd beschikbaar)',
    workspaceCounts: (n: number) => `${formatNumber(n, 'nl')} objecten`,
    exportWorkspace: 'Werkruimte exporteren (één bestand)',
    importWorkspace: 'Werkruimte importeren…',
    removeWorkspace: 'Werkruimte verwijderen',
    workspaceBusy: 'Bezig…',
    noStorage:
      'Deze browser bewaart geen werkruimten (IndexedDB is niet beschikbaar): eigen gegevens blijven tot je de pagina sluit.',
    loading: 'Laden…',
    mappingBusy: 'Bijwerken…',
    previewThinned: (shown: number, total: number) =>
      `De kaart toont ${formatNumber(shown, 'nl')} van de ${formatNumber(total, 'nl')} objecten.`,
    fieldStat: (filled: number, distinct: number, capped: boolean) =>
      `${formatNumber(filled, 'nl')} gevuld, ${capped ? 'meer dan ' : ''}${formatNumber(distinct, 'nl')} verschillend`,
    sampleTitle: 'Eerste objecten zoals ze worden geladen',
    storageFull: (name: string) =>
      `De opslag van de browser is vol: ${name} staat op de kaart, maar is niet bewaard en is na herladen weg. Eerder bewaarde werkruimten zijn ongewijzigd. Verwijder een werkruimte (of maak ruimte in de browser) en laad de bestanden opnieuw.`,
    storeFailed: (name: string) =>
      `${name} kon niet worden bewaard; de werkruimten die al bewaard waren zijn ongewijzigd.`,
    workspaceGone: (name: string) =>
      `De werkruimte ${name} staat niet (meer) in deze browser; de kaart toont Voorbeeldstad.`,
    workspaceRemoved: (name: string) => `Werkruimte ${name} verwijderd.`,
    importProblems: (file: string, n: number) =>
      `${file}: ${formatNumber(n, 'nl')} ${n === 1 ? 'probleem' : 'problemen'}; de goede objecten zijn geladen.`,
    workspaceFileRefused: (file: string, detail: string) =>
      `${file} is geen bruikbaar werkruimtebestand (${detail}); er is niets veranderd.`,
    linkNeedsWorkspace: (name: string, files: string, counts: string) =>
      `Deze link hoort bij de werkruimte ${name}${files ? ` (bestanden: ${files})` : ''}${counts ? `, ${counts}` : ''}. Die staat niet in deze browser, dus de kaart toont niet de gegevens van de link. Open die bestanden in het tabblad Gegevens, of importeer het werkruimtebestand.`,
    linkMissing: (name: string) =>
      `De link vraagt de werkruimte ${name}, die hier ontbreekt (zie de melding).`,
    linkOtherWorkspace: (name: string) =>
      `Deze link hoort bij de werkruimte ${name}; die is nu geopend.`,
    io: {
      'empty-file': () => 'het bestand is leeg (0 bytes)',
      'unknown-format': (p: ProblemParams) =>
        `onbekend bestandsformaat (${p['detail']}); wel: GeoJSON, Shapefile, GeoPackage, CSV, FlatGeobuf, IMRO-GML`,
      'corrupt-zip': (p: ProblemParams) =>
        `het zipbestand is beschadigd of afgebroken (${p['detail']})`,
      'zip-without-data': () =>
        'het zipbestand bevat geen Shapefile, GeoJSON, GeoPackage, CSV, FlatGeobuf of GML',
      'shp-without-dbf': (p: ProblemParams) =>
        `de Shapefile ${p['name']}.shp heeft geen ${p['name']}.dbf ernaast (de kenmerken); voeg de .dbf (en de .prj) toe`,
      'dbf-without-shp': (p: ProblemParams) =>
        `${p['name']}.dbf heeft geen ${p['name']}.shp ernaast (de geometrie); voeg de .shp toe`,
      'no-prj': () => 'geen .prj-bestand: het coördinatenstelsel is uit de coördinaten afgeleid',
      'unsupported-crs': (p: ProblemParams) =>
        `coördinatenstelsel ${p['crs']} wordt niet ondersteund: lever RD New (EPSG:28992) of WGS84 (EPSG:4326)`,
      'corrupt-file': (p: ProblemParams) =>
        `het bestand is beschadigd of afgebroken (${p['detail']})`,
      'not-json': (p: ProblemParams) => `het bestand is geen geldige JSON (${p['detail']})`,
      'not-geojson': (p: ProblemParams) => `het bestand is geen GeoJSON (${p['detail']})`,
      'no-geometry': () => 'het object heeft geen geometrie',
      'unsupported-geometry': (p: ProblemParams) =>
        `geometrietype ${p['type']} wordt niet ondersteund`,
      'invalid-geometry': (p: ProblemParams) => `ongeldige geometrie (${p['detail']})`,
      'outside-netherlands': (p: ProblemParams) =>
        `coördinaten ${p['position']} liggen buiten Nederland`,
      'csv-no-coordinate-columns': (p: ProblemParams) =>
        `geen coördinaatkolommen: verwacht lon/lat of x/y (RD); gevonden: ${p['columns']}`,
      'csv-bad-coordinate': (p: ProblemParams) =>
        `kolom "${p['field']}" bevat "${p['value']}", geen getal`,
      'csv-row': (p: ProblemParams) => `rij onleesbaar (${p['detail']})`,
      'xml-malformed': (p: ProblemParams) => `de XML is niet goed gevormd (${p['detail']})`,
      'gml-not-imro': (p: ProblemParams) =>
        `de GML is geen IMRO-plan (hoofdelement ${p['element']})`,
      'gml-unknown-element': (p: ProblemParams) => `onbekend element ${p['element']} overgeslagen`,
      'gml-unknown-version': (p: ProblemParams) =>
        `onbekende IMRO-versie (namespace ${p['namespace']}); gelezen als IMRO2012`,
      'read-failed': (p: ProblemParams) => `het bestand kon niet worden gelezen (${p['detail']})`,
      cancelled: () => 'inlezen geannuleerd',
    },
  },
  // --- toolbar tools: search, measure, attribute table, export, guide (issue 14) ---
  tools: {
    toolbar: 'Gereedschap',
    search: 'Zoeken',
    measure: 'Meten',
    table: 'Tabel',
    help: 'Uitleg',
    helpLabel: 'Uitleg over Werkruimte openen',
    close: 'Sluiten',
    searchLabel: 'Zoek een plek: adres, postcode, straat, zone, buurt of bedrijf',
    searchPlaceholder: 'bijv. Havenkwartier of Boterbloemhof 1',
    searchNone: 'Niets gevonden in de geladen gegevens.',
    searchCount: (n: number) => formatCount(n, 'nl', 'resultaat', 'resultaten'),
    kind: {
      address: 'adres',
      postcode: 'postcode',
      street: 'straat',
      zone: 'zone',
      buurt: 'buurt',
      business: 'bedrijf',
    } as Record<string, string>,
    pdokOption: 'Ook zoeken bij PDOK Locatieserver (online, heel Nederland)',
    pdokHeading: 'PDOK Locatieserver',
    pdokSearching: 'PDOK zoeken…',
    pdokFailed:
      'De PDOK Locatieserver is niet bereikbaar; de zoekresultaten hierboven komen uit de geladen gegevens.',
    measureDistance: 'Afstand',
    measureArea: 'Oppervlakte',
    measureHelp:
      'Klik punten op de kaart; een punt springt naar een bedrijf, adres of zonegrens binnen bereik. Dubbelklik of Enter rondt af, Backspace haalt het laatste punt weg, Escape wist.',
    measureClear: 'Wissen',
    measureLength: (m: string) => `Afstand: ${m}`,
    measurePerimeter: (m: string) => `Omtrek: ${m}`,
    measureAreaValue: (m2: string, ha: string) => `Oppervlakte: ${m2} m² (${ha} ha)`,
    measurePoints: (n: number) => formatCount(n, 'nl', 'punt', 'punten'),
    measureSnapped: 'laatste punt vastgeklikt aan een object',
    measureNote: 'Vlak gemeten in RD New (EPSG:28992), zoals de rest van de app.',
    tableTitle: 'Attributentabel',
    tableLayer: 'Kaartlaag',
    tableFilter: 'Filter',
    tableFilterPlaceholder: 'tekst in een kolom',
    tableRows: (shown: number, total: number) =>
      `${formatNumber(shown, 'nl')} van ${formatCount(total, 'nl', 'object', 'objecten')}`,
    tableSelected: (n: number) => `${formatNumber(n, 'nl')} geselecteerd`,
    tableSelectAll: 'Alles selecteren',
    tableSelectNone: 'Selectie wissen',
    tableSelectRow: (label: string) => `${label} selecteren`,
    tableShow: 'Toon op kaart',
    tableZoomSelection: 'Zoom naar selectie',
    tableExportCsv: 'Exporteer CSV',
    tableExportGeoJson: 'Exporteer GeoJSON',
    tableExportNote: 'Exporteert de selectie; zonder selectie alle gefilterde rijen.',
    tableSort: (column: string) => `Sorteer op ${column}`,
    tableMore: (n: number) =>
      `Nog ${formatCount(n, 'nl', 'rij', 'rijen')}; verfijn het filter om ze te zien (de export bevat ze wel).`,
    exportTitle: 'Exporteren',
    exportSurfaceRd: 'Vlakken GeoJSON (RD)',
    exportSurfaceWgs84: 'Vlakken GeoJSON (WGS84)',
    exportStatsCsv: 'Statistiek CSV',
    exportContoursRd: 'Contouren GeoJSON (RD)',
    exportContoursWgs84: 'Contouren GeoJSON (WGS84)',
    exportFailed: (detail: string) => `Exporteren lukte niet: ${detail}`,
    statsCsv: {
      scope: 'Niveau',
      code: 'Code',
      name: 'Naam',
      areaHa: 'Oppervlakte (ha)',
      classHa: (c: string) => `${c} (ha)`,
      classPct: (c: string) => `${c} (%)`,
      studyArea: 'Studiegebied',
      zoneType: 'Zonetype',
      buurt: 'Buurt',
    },
    guideTitle: 'Welkom bij Werkruimte',
    guideIntro:
      'Werkruimte helpt ruimte voor werk te houden terwijl de stad woningen bouwt: waar bedrijven moeten blijven, waar wonen en werken mogen mengen, en wat een plan kost aan bedrijfsruimte. Alle afstanden volgen de VNG-richtafstanden.',
    guideTryTitle: 'Drie dingen om eerst te proberen',
    guideTry: [
      'Locatiecheck: kies Wonen en klik op de kaart naast het haventerrein. De kaart zegt of het mag en waarom.',
      'Waar wel, waar niet: kleur de hele kaart voor wonen of voor een bedrijf en lees de statistiek.',
      'Voorstellen: teken een vlak en zie wat het kost aan bedrijfsruimte en banen; deel het met een link.',
    ] as string[],
    guideDemo: 'Voorbeeldstad is een verzonnen stad. Laad je eigen gegevens via de tab Gegevens.',
    guideDismiss: 'Aan de slag',
    guideAgain: 'Deze uitleg staat altijd onder de knop Uitleg.',
  },
};

/** The shape every language must have. */
export type Messages = typeof nl;
