/**
 * Plain-text rendering of a verdict for the command line, in Dutch (default) or
 * English. Distances are rounded to 0.1 m here, at display, and nowhere else.
 */
import type { Conflict, Reason, Verdict, ZoneRef } from '../rules/location-check.ts';

/** Language of the CLI output. */
export type CliLang = 'nl' | 'en';

const VERDICT_TEXT = {
  nl: {
    toegestaan: 'TOEGESTAAN',
    voorwaardelijk: 'VOORWAARDELIJK',
    'niet-toegestaan': 'NIET TOEGESTAAN',
  },
  en: {
    toegestaan: 'PERMITTED',
    voorwaardelijk: 'CONDITIONAL',
    'niet-toegestaan': 'NOT PERMITTED',
  },
} as const;

const OMG_TEXT = {
  nl: { 'rustige-woonwijk': 'rustige woonwijk', 'gemengd-gebied': 'gemengd gebied' },
  en: { 'rustige-woonwijk': 'quiet residential area', 'gemengd-gebied': 'mixed area' },
} as const;

const ZONE_TYPE_TEXT: Record<CliLang, Record<string, string>> = {
  nl: {
    bedrijventerrein: 'bedrijventerrein',
    woonwerkzone: 'woon-werkzone',
    'productieve-wijk': 'productieve wijk',
  },
  en: {
    bedrijventerrein: 'business park',
    woonwerkzone: 'live/work zone',
    'productieve-wijk': 'productive district',
  },
};

/**
 * Formats metres for display, rounded to 0.1 m.
 * @param m metres, full precision
 * @returns e.g. "42.3 m"
 * @example formatMetres(49.96) // "50.0 m"
 */
export function formatMetres(m: number): string {
  return `${m.toFixed(1)} m`;
}

function zoneText(z: ZoneRef, lang: CliLang): string {
  const type = z.zoneType ? (ZONE_TYPE_TEXT[lang][z.zoneType] ?? z.zoneType) : '?';
  const upTo = lang === 'nl' ? 't/m cat.' : 'up to cat.';
  const parts = [type];
  if (z.maxMilieucategorie) parts.push(`${upTo} ${z.maxMilieucategorie}`);
  if (z.functiemenging)
    parts.push(`${lang === 'nl' ? 'functiemenging' : 'function mixing'} ${z.functiemenging}`);
  return `${z.name} (${parts.join(', ')})`;
}

function conflictText(c: Conflict, lang: CliLang): string {
  const req = `${c.requiredM['rustige-woonwijk']} m / ${c.requiredM['gemengd-gebied']} m`;
  const from =
    c.measuredFrom === 'zone'
      ? lang === 'nl'
        ? ` (gemeten vanaf de grens van zone ${c.zoneId})`
        : ` (measured from the boundary of zone ${c.zoneId})`
      : '';
  if (c.kind === 'business') {
    return lang === 'nl'
      ? `bedrijf ${c.name} [${c.objectId}], categorie ${c.milieucategorie}, op ${formatMetres(c.distanceM)}${from}; richtafstand ${req} (rustig / gemengd)`
      : `business ${c.name} [${c.objectId}], category ${c.milieucategorie}, at ${formatMetres(c.distanceM)}${from}; guide distance ${req} (quiet / mixed)`;
  }
  return lang === 'nl'
    ? `woning ${c.objectId} (${OMG_TEXT.nl[c.omgevingstype]}) op ${formatMetres(c.distanceM)}; richtafstand ${req} (rustig / gemengd)`
    : `dwelling ${c.objectId} (${OMG_TEXT.en[c.omgevingstype]}) at ${formatMetres(c.distanceM)}; guide distance ${req} (quiet / mixed)`;
}

/**
 * One sentence per reason.
 * @param r the reason
 * @param lang output language
 * @returns the sentence
 * @example describeReason(verdict.reasons[0], 'nl')
 */
export function describeReason(r: Reason, lang: CliLang = 'nl'): string {
  const nl = lang === 'nl';
  const z = r.zone ? zoneText(r.zone, lang) : '';
  const c = r.conflict ? conflictText(r.conflict, lang) : '';
  const more =
    r.count && r.count > 1
      ? nl
        ? ` (dichtstbijzijnde van ${r.count} adressen, ${r.homes} woningen)`
        : ` (nearest of ${r.count} addresses, ${r.homes} homes)`
      : '';
  switch (r.code) {
    case 'OMGEVINGSTYPE_AT_PLACE':
      return nl
        ? `Omgevingstype: ${OMG_TEXT.nl[r.omgevingstype!]}${r.setBy !== 'default' ? ` (door zone ${r.setBy})` : ' (standaard)'}.`
        : `Area type: ${OMG_TEXT.en[r.omgevingstype!]}${r.setBy !== 'default' ? ` (set by zone ${r.setBy})` : ' (default)'}.`;
    case 'HOUSING_ON_BUSINESS_PARK':
      return nl
        ? `Wonen op bedrijventerrein ${z} is niet toegestaan.`
        : `Housing on business park ${z} is not permitted.`;
    case 'HOUSING_IN_PRODUCTIEVE_WIJK':
      return nl
        ? `Wonen in productieve wijk ${z} kan alleen onder voorwaarden.`
        : `Housing in productive district ${z} is only possible under conditions.`;
    case 'TOO_CLOSE_TO_BUSINESS':
      return nl
        ? `Te dicht bij ${c}: zelfs de afstand voor gemengd gebied wordt niet gehaald.`
        : `Too close to ${c}: even the mixed-area distance is not met.`;
    case 'WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE':
      return nl
        ? `Binnen de richtafstand van ${c}; wel buiten de afstand voor gemengd gebied: afwijken kan met motivering.`
        : `Within the guide distance of ${c}, but beyond the mixed-area distance: a motivated exception is possible.`;
    case 'CATEGORY_ABOVE_ZONE_LIMIT':
      return nl
        ? `Categorie ${r.milieucategorie} is hoger dan zone ${z} toelaat.`
        : `Category ${r.milieucategorie} is above what zone ${z} permits.`;
    case 'FUNCTIEMENGING_CLASS_NOT_PERMITTED':
      return nl
        ? `Functiemengingsklasse ${r.functiemenging} is hoger dan zone ${z} toelaat.`
        : `Function-mixing class ${r.functiemenging} is above what zone ${z} permits.`;
    case 'FUNCTIEMENGING_CLASS_UNKNOWN':
      return nl
        ? `Zone ${z} werkt met functiemenging; de klasse van deze activiteit is onbekend: toets de Staat van bedrijfsactiviteiten.`
        : `Zone ${z} uses function mixing; this activity's class is unknown: check the list of activities.`;
    case 'NO_ZONE_PERMITS_BUSINESS':
      return nl
        ? r.partial
          ? 'Een deel van de locatie ligt buiten elke zone die bedrijven toelaat.'
          : r.zone
            ? `Zone ${z} laat geen bedrijven toe.`
            : 'Geen zone op deze plek laat bedrijven toe.'
        : r.partial
          ? 'Part of the place lies outside every zone that permits business.'
          : r.zone
            ? `Zone ${z} does not permit business.`
            : 'No zone at this place permits business.';
    case 'ZONE_PERMITS_BUSINESS':
      return nl
        ? `Zone ${z} laat categorie ${r.milieucategorie} toe.`
        : `Zone ${z} permits category ${r.milieucategorie}.`;
    case 'TOO_CLOSE_TO_DWELLING':
      return nl
        ? `Te dicht bij ${c}${more}: zelfs de afstand voor gemengd gebied wordt niet gehaald.`
        : `Too close to ${c}${more}: even the mixed-area distance is not met.`;
    case 'DWELLING_WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE':
      return nl
        ? `Binnen de richtafstand: ${c}${more}; afwijken kan met motivering.`
        : `Within the guide distance: ${c}${more}; a motivated exception is possible.`;
    case 'NO_CONFLICTS':
      return nl
        ? 'Geen bedrijf of woning binnen de richtafstand.'
        : 'No business or dwelling within the guide distance.';
    case 'FUNCTIEMENGING_INSTEAD_OF_DISTANCE':
      return nl
        ? `Binnen ${z} geldt functiemenging (klasse ${r.functiemenging ?? '?'}) in plaats van richtafstanden${c ? `: ${c}` : r.count ? ` (${r.count} woningadressen)` : ''}.`
        : `Inside ${z} function mixing (class ${r.functiemenging ?? '?'}) applies instead of guide distances${c ? `: ${c}` : r.count ? ` (${r.count} dwelling addresses)` : ''}.`;
    case 'UNKNOWN_PROGRAM':
      return nl ? 'Onbekende activiteit of categorie.' : 'Unknown activity or category.';
  }
}

/**
 * A readable block for one site.
 * @param label the site's label
 * @param v the verdict
 * @param lang output language
 * @returns lines of text
 * @example console.log(formatVerdict('Locatie 1', v, 'nl'))
 */
export function formatVerdict(label: string, v: Verdict, lang: CliLang = 'nl'): string {
  const nl = lang === 'nl';
  const lines = [
    `${label}`,
    `  ${nl ? 'Oordeel' : 'Verdict'}: ${VERDICT_TEXT[lang][v.verdict]}${v.decidedBy ? ` (${nl ? 'regel' : 'rule'} ${v.decidedBy})` : ''}`,
  ];
  if (v.milieucategorie)
    lines.push(`  ${nl ? 'Milieucategorie' : 'Category'}: ${v.milieucategorie}`);
  lines.push(
    `  ${nl ? 'Gebieden' : 'Zones'}: ${v.zones.length ? v.zones.map((z) => zoneText(z, lang)).join('; ') : nl ? 'geen' : 'none'}`,
  );
  lines.push(`  ${nl ? 'Redenen' : 'Reasons'}:`);
  for (const r of v.reasons) lines.push(`   - ${describeReason(r, lang)}`);
  if (v.nearestDwelling) {
    lines.push(
      `  ${nl ? 'Dichtstbijzijnde woning' : 'Nearest dwelling'}: ${v.nearestDwelling.id} ${nl ? 'op' : 'at'} ${formatMetres(v.nearestDwelling.distanceM)}`,
    );
  }
  return lines.join('\n');
}
