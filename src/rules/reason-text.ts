/**
 * Reason → sentence: turns the data of a location-check verdict into full
 * Dutch or English sentences with their numbers, for the verdict card and the
 * copied memo. Pure (no runes, no DOM): the sentences live in the messages
 * (`locatiecheck.reason`), this module formats the numbers and picks the
 * sentence. Measured distances are shown to 0.1 m, guide distances as whole
 * metres, in the number format of the UI language (nl-NL, en-GB).
 */
import type { Point, Polygon, Position } from 'geojson';
import type { Omgevingstype, Program } from '../domain/domain.ts';
import { findActivity } from './activities.ts';
import { VERDICTS, type VerdictLevel } from './decision-table.ts';
import type { Conflict, Reason, Verdict, ZoneRef } from './location-check.ts';
import { categoryRank, requiredDistancesM } from './vng.ts';
import type { Messages } from '../i18n/nl.ts';
import { formatCoordinate, formatDateTime, formatNumber } from '../i18n/format.ts';

/** What the sentences need besides the reason itself. */
export interface ReasonTextContext {
  lang: 'nl' | 'en';
  m: Messages;
  /** Name of a zone by id (for "measured from the boundary of …"); falls back to the id. */
  zoneName?: (id: string) => string | undefined;
  /** Label of a conflicting dwelling (its address); falls back to its id. */
  dwellingLabel?: (id: string) => string | undefined;
}

/**
 * A measured distance, to 0.1 m.
 * @param distanceM metres, full precision
 * @param lang UI language
 * @returns e.g. "42,3 m" (nl) or "42.3 m" (en)
 * @example formatMeasuredM(1042.34, 'nl') // "1.042,3 m"
 */
export function formatMeasuredM(distanceM: number, lang: 'nl' | 'en'): string {
  return `${formatNumber(distanceM, lang, 1)} m`;
}

/**
 * A guide distance (whole metres in the VNG table).
 * @param distanceM metres
 * @param lang UI language
 * @returns e.g. "1.000 m" (nl) or "1,000 m" (en)
 */
export function formatRequiredM(distanceM: number, lang: 'nl' | 'en'): string {
  return `${formatNumber(distanceM, lang)} m`;
}

/**
 * The map label of a conflict line: measured distance / required distance for
 * the omgevingstype of the sensitive side.
 * @param c the conflict
 * @param lang UI language
 * @returns e.g. "42,3 m / 100 m"
 */
export function conflictLabel(c: Conflict, lang: 'nl' | 'en'): string {
  return `${formatMeasuredM(c.distanceM, lang)} / ${formatRequiredM(c.requiredM[c.omgevingstype], lang)}`;
}

/**
 * A zone as text: name, type and limits.
 * @param z the zone
 * @param ctx language and messages
 * @returns e.g. "‘De Vaart’ (bedrijventerrein, t/m categorie 3.2)"
 */
export function zoneText(z: ZoneRef, ctx: ReasonTextContext): string {
  const t = ctx.m.locatiecheck;
  const type = z.zoneType ? (t.zoneType[z.zoneType] ?? z.zoneType) : '';
  const limits: string[] = [];
  if (z.maxMilieucategorie) limits.push(t.zoneUpTo(z.maxMilieucategorie));
  if (z.functiemenging) limits.push(t.zoneMixing(z.functiemenging));
  return t.zoneText(z.name, type, limits.join(', '));
}

/**
 * Zone names as a list: "‘A’", "‘A’ en ‘B’", "‘A’, ‘B’ en ‘C’".
 * @param zones the zones
 * @param ctx language and messages
 * @returns the names, quoted
 */
export function zoneNames(zones: readonly Pick<ZoneRef, 'name'>[], ctx: ReasonTextContext): string {
  const names = zones.map((z) => `‘${z.name}’`);
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${ctx.m.planview.and} ${names[names.length - 1]}`;
}

/** A zone by its kind and name: "bedrijventerrein ‘De Vaart’". */
function zoneKindName(z: ZoneRef, ctx: ReasonTextContext): string {
  const type = z.zoneType ? (ctx.m.locatiecheck.zoneType[z.zoneType] ?? z.zoneType) : '';
  return type ? `${type} ‘${z.name}’` : `‘${z.name}’`;
}

function omgevingstypeSentence(reason: Reason, ctx: ReasonTextContext): string {
  const r = ctx.m.locatiecheck.reason;
  if (reason.sensitiveSide === 'dwellings') return r.omgevingstypeAtDwellings;
  const type = omgText(reason.omgevingstype, ctx);
  const name = (id: string) => `‘${ctx.zoneName?.(id) ?? id}’`;
  if (reason.partlyGemengdBy) return r.omgevingstypePartly(type, name(reason.partlyGemengdBy));
  if (reason.setBy && reason.setBy !== 'default')
    return r.omgevingstypeByZone(type, name(reason.setBy));
  return reason.zone
    ? r.omgevingstypeOnZone(type, zoneKindName(reason.zone, ctx))
    : r.omgevingstypeDefault(type);
}

function zoneBorderSentence(reason: Reason, ctx: ReasonTextContext): string {
  const r = ctx.m.locatiecheck.reason;
  const zones = zoneNames(reason.zones ?? [], ctx);
  const outside: string[] = [];
  if (reason.otherZones?.length) {
    outside.push(r.outsideIn(reason.otherZones.map((z) => zoneKindName(z, ctx)).join(', ')));
  }
  if (reason.outsideEveryZone) outside.push(r.outsideEveryZone);
  const where = outside.join(` ${ctx.m.planview.and} `);
  return reason.milieucategorie
    ? r.zoneBorderBusiness(
        zones,
        reason.functiemenging ?? '?',
        where,
        r.borderCount(reason.count ?? 0),
      )
    : r.zoneBorderHousing(zones, where);
}

function omgText(o: Omgevingstype | undefined, ctx: ReasonTextContext): string {
  return ctx.m.locatiecheck.omgevingstype[o ?? 'rustige-woonwijk'];
}

function businessSentences(c: Conflict, ctx: ReasonTextContext): string {
  const r = ctx.m.locatiecheck.reason;
  if (c.kind === 'zone') {
    // Plan view: the zone itself at its maximum category, from its boundary.
    return ctx.m.planview.zoneSource(
      `‘${c.name}’`,
      c.milieucategorie,
      formatMeasuredM(c.distanceM, ctx.lang),
      formatRequiredM(c.requiredM['rustige-woonwijk'], ctx.lang),
      formatRequiredM(c.requiredM['gemengd-gebied'], ctx.lang),
    );
  }
  const parts = [
    r.business(
      c.name,
      c.milieucategorie,
      formatMeasuredM(c.distanceM, ctx.lang),
      formatRequiredM(c.requiredM['rustige-woonwijk'], ctx.lang),
      formatRequiredM(c.requiredM['gemengd-gebied'], ctx.lang),
    ),
  ];
  if (c.measuredFrom === 'zone' && c.zoneId) {
    const name = ctx.zoneName?.(c.zoneId) ?? c.zoneId;
    parts.push(r.measuredFromZone(`‘${name}’`));
  } else if (c.measuredFrom === 'point') {
    parts.push(r.measuredFromPoint);
  }
  return parts.join(' ');
}

/**
 * A sensitive area as text: what it is and its name, e.g. "woongebied ‘Wonen’".
 * @param functie what the area is for (default wonen)
 * @param name its name
 * @param ctx language and messages
 * @returns the label, lower case (capitalise at the start of a sentence)
 */
export function areaLabel(
  functie: string | undefined,
  name: string,
  ctx: ReasonTextContext,
): string {
  const t = ctx.m.locatiecheck;
  return t.areaLabel(t.areaKind[functie ?? 'wonen'] ?? t.areaKind.wonen!, `‘${name}’`);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function dwellingSentence(c: Conflict, ctx: ReasonTextContext): string {
  if (c.kind === 'area') {
    return ctx.m.locatiecheck.reason.area(
      capitalise(areaLabel(c.functie, c.name, ctx)),
      formatMeasuredM(c.distanceM, ctx.lang),
      omgText(c.omgevingstype, ctx),
      c.milieucategorie,
      formatRequiredM(c.requiredM['rustige-woonwijk'], ctx.lang),
      formatRequiredM(c.requiredM['gemengd-gebied'], ctx.lang),
    );
  }
  const label = ctx.dwellingLabel?.(c.objectId) ?? c.objectId;
  return ctx.m.locatiecheck.reason.dwelling(
    `‘${label}’`,
    formatMeasuredM(c.distanceM, ctx.lang),
    omgText(c.omgevingstype, ctx),
    c.milieucategorie,
    formatRequiredM(c.requiredM['rustige-woonwijk'], ctx.lang),
    formatRequiredM(c.requiredM['gemengd-gebied'], ctx.lang),
  );
}

/**
 * One reason as one or more full sentences, with its numbers.
 * @param reason a reason of a verdict
 * @param ctx language, messages and name lookups
 * @returns the sentence(s)
 * @example describeReason(verdict.reasons[1], { lang: 'nl', m: nl })
 * // "Bedrijf ‘Betonmortelcentrale Haven’ (categorie 3.2) ligt op 42,3 m; richtafstand 100 m in een rustige woonwijk, 50 m in gemengd gebied. Te dichtbij: …"
 */
export function describeReason(reason: Reason, ctx: ReasonTextContext): string {
  const r = ctx.m.locatiecheck.reason;
  const zone = reason.zone ? zoneText(reason.zone, ctx) : '';
  const zoneOne = zone;
  const c = reason.conflict;
  const category = reason.milieucategorie ?? c?.milieucategorie ?? '';
  switch (reason.code) {
    case 'OMGEVINGSTYPE_AT_PLACE':
      return omgevingstypeSentence(reason, ctx);
    case 'FUNCTIEMENGING_ZONE_BORDER':
      return zoneBorderSentence(reason, ctx);
    case 'HOUSING_ON_BUSINESS_PARK':
      return r.housingOnBusinessPark(zone);
    case 'HOUSING_IN_PRODUCTIEVE_WIJK':
      return r.housingInProductieveWijk(zone);
    case 'TOO_CLOSE_TO_BUSINESS':
      return c ? `${businessSentences(c, ctx)} ${r.tooCloseBusiness}` : r.tooCloseBusiness;
    case 'WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE':
      return c
        ? `${businessSentences(c, ctx)} ${r.exceptionBusiness(formatRequiredM(c.requiredM['rustige-woonwijk'], ctx.lang))}`
        : r.exceptionBusiness('');
    case 'TOO_CLOSE_TO_DWELLING':
    case 'DWELLING_WITHIN_RUSTIG_DISTANCE_EXCEPTION_POSSIBLE': {
      const parts: string[] = [];
      if (c) parts.push(dwellingSentence(c, ctx));
      parts.push(
        reason.code === 'TOO_CLOSE_TO_DWELLING'
          ? r.tooCloseDwelling
          : r.exceptionDwelling(
              c ? formatRequiredM(c.requiredM['rustige-woonwijk'], ctx.lang) : '',
            ),
      );
      if (reason.count && reason.count > 1 && reason.areas) {
        parts.push(
          r.areaCount(reason.count, reason.count - reason.areas, reason.homes ?? 0, reason.areas),
        );
      } else if (reason.count && reason.count > 1) {
        parts.push(r.dwellingCount(reason.count, reason.homes ?? reason.count));
      }
      return parts.join(' ');
    }
    case 'CATEGORY_ABOVE_ZONE_LIMIT':
      return r.categoryAboveZone(category, zone);
    case 'FUNCTIEMENGING_CLASS_NOT_PERMITTED':
      return r.functiemengingNotPermitted(reason.functiemenging ?? '?', zone);
    case 'FUNCTIEMENGING_CLASS_UNKNOWN':
      return r.functiemengingUnknown(zone);
    case 'NO_ZONE_PERMITS_BUSINESS':
      return reason.partial ? r.noZonePartial : r.noZone(category);
    case 'ZONE_PERMITS_BUSINESS':
      return r.zonePermits(zone, category);
    case 'NO_CONFLICTS': {
      const gaveWay = reason.zones?.length ? zoneNames(reason.zones, ctx) : undefined;
      if (category) {
        const [rustig, gemengd] = requiredBoth(reason, ctx);
        return gaveWay
          ? r.noConflictsBusinessOutside(category, rustig, gemengd, gaveWay)
          : r.noConflictsBusiness(category, rustig, gemengd);
      }
      const none =
        reason.view !== 'plan'
          ? r.noConflictsHousing
          : reason.otherZones?.length
            ? r.noConflictsHousingPlanOther(zoneNames(reason.otherZones, ctx))
            : r.noConflictsHousingPlan;
      return gaveWay ? `${none}${r.noConflictsHousingElsewhere(gaveWay)}` : none;
    }
    case 'FUNCTIEMENGING_INSTEAD_OF_DISTANCE':
    case 'FUNCTIEMENGING_CONDITION': {
      // No distance was used: the sentence names the source or the count, never a distance.
      const cls = reason.functiemenging ?? '?';
      const pv = ctx.m.planview;
      // Several zones when the shape lies across the border of zones that all admit the class.
      const zone = reason.zones?.length
        ? reason.zones.map((z) => zoneText(z, ctx)).join(` ${pv.and} `)
        : zoneOne;
      const first = reason.source
        ? r.functiemengingBusiness(
            zone,
            cls,
            reason.source.kind === 'zone'
              ? pv.sourceZone(reason.source.name)
              : pv.sourceBusiness(reason.source.name),
          )
        : reason.count
          ? r.functiemengingDwellings(zone, cls, reason.count)
          : r.functiemengingInZone(zone, cls);
      const conditions = reason.conditions ?? [];
      const last =
        conditions.length > 0
          ? pv.conditionLine(conditions.map((k) => pv.condition[k]).join(` ${pv.and} `))
          : r.functiemengingNoCondition;
      return `${first} ${last}`;
    }
    case 'UNKNOWN_PROGRAM':
      return r.unknownProgram;
  }
}

/** NO_CONFLICTS carries no category; {@link reasonsForDisplay} adds the verdict's one. */
function requiredBoth(reason: Reason, ctx: ReasonTextContext): [string, string] {
  const category = reason.milieucategorie;
  if (!category || categoryRank(category) < 0) return ['', ''];
  const req = requiredDistancesM(category);
  return [
    formatRequiredM(req['rustige-woonwijk'], ctx.lang),
    formatRequiredM(req['gemengd-gebied'], ctx.lang),
  ];
}

/**
 * The reasons to show, most severe first (the order within one severity is kept).
 * NO_CONFLICTS gets the verdict's category so its sentence can name it.
 * @param verdict the verdict
 * @returns the reasons in display order
 */
export function reasonsForDisplay(verdict: Verdict): Reason[] {
  const rank = (v: VerdictLevel) => VERDICTS.indexOf(v);
  return verdict.reasons
    .map((r, i) => ({
      r:
        r.code === 'NO_CONFLICTS' && verdict.milieucategorie
          ? { ...r, milieucategorie: verdict.milieucategorie }
          : r,
      i,
    }))
    .sort((a, b) => rank(b.r.effect) - rank(a.r.effect) || a.i - b.i)
    .map((x) => x.r);
}

/**
 * The program as text.
 * @param program the checked program
 * @param ctx language and messages
 * @returns e.g. "Wonen" or "Brood- en banketbakkerij (SBI 1071, categorie 2)"
 */
export function programText(program: Program, ctx: ReasonTextContext): string {
  const t = ctx.m.locatiecheck;
  if (program.kind === 'housing') return t.programHousing;
  if (program.kind === 'category') return t.programCategoryText(program.milieucategorie);
  const a = findActivity(program.activityId);
  return a ? t.programActivityText(a.sbi, a[ctx.lang], a.milieucategorie) : program.activityId;
}

/**
 * The place as text: a point as latitude/longitude (6 decimals), a polygon by its area.
 * @param place the checked place (WGS84)
 * @param areaM2 the polygon's planar area (RD), when a polygon
 * @param ctx language and messages
 * @returns e.g. "punt 52,412345 N, 5,612345 O"
 */
export function placeText(place: Point | Polygon, areaM2: number, ctx: ReasonTextContext): string {
  const t = ctx.m.locatiecheck;
  if (place.type === 'Point') {
    const [lng, lat] = place.coordinates as Position;
    return t.placePoint(formatNumber(lat!, ctx.lang, 6), formatNumber(lng!, ctx.lang, 6));
  }
  return t.placePolygon(formatNumber(areaM2, ctx.lang));
}

/** The parts of a verdict card, as plain text (the card renders them; the memo joins them). */
export interface VerdictText {
  verdict: string;
  explain: string;
  decidedBy: string | undefined;
  program: string;
  place: string;
  /** Which view the check measured in ("Gemeten volgens: Bestemmingsplan"). */
  view: string;
  /** Why the place counts as rustige woonwijk or gemengd gebied. */
  omgevingstype: string;
  reasons: { effect: VerdictLevel; text: string }[];
  zones: string[];
  nearestDwelling: string;
}

/**
 * All texts of a verdict card.
 * @param verdict the verdict
 * @param place the checked place
 * @param areaM2 planar area of a polygon place (0 for a point)
 * @param ctx language, messages, name lookups
 * @returns the texts
 */
export function describeVerdict(
  verdict: Verdict,
  place: Point | Polygon,
  areaM2: number,
  ctx: ReasonTextContext,
): VerdictText {
  const t = ctx.m.locatiecheck;
  const nd = verdict.nearestDwelling;
  const omgReason = verdict.reasons.find((r) => r.code === 'OMGEVINGSTYPE_AT_PLACE');
  const text: VerdictText = {
    verdict: t.verdict[verdict.verdict],
    explain: t.verdictExplain[verdict.verdict],
    decidedBy: verdict.decidedBy ? t.decidedBy(t.rule[verdict.decidedBy]) : undefined,
    program: t.programLine(programText(verdict.program, ctx)),
    place: t.placeLine(placeText(place, areaM2, ctx)),
    view: ctx.m.planview.viewLine(ctx.m.planview.view[verdict.view]),
    omgevingstype: omgReason
      ? describeReason(omgReason, ctx)
      : t.omgevingstypeLine(omgText(verdict.omgevingstype, ctx)),
    reasons: reasonsForDisplay(verdict)
      .filter((r) => r.code !== 'OMGEVINGSTYPE_AT_PLACE')
      .map((r) => ({ effect: r.effect, text: describeReason(r, ctx) })),
    zones: verdict.zones.map((z) => zoneText(z, ctx)),
    nearestDwelling: !nd
      ? t.nearestDwellingNone
      : nd.kind === 'area'
        ? t.nearestArea(
            areaLabel(nd.functie, nd.name ?? nd.id, ctx),
            formatMeasuredM(nd.distanceM, ctx.lang),
          )
        : t.nearestDwelling(
            `‘${ctx.dwellingLabel?.(nd.id) ?? nd.id}’`,
            formatMeasuredM(nd.distanceM, ctx.lang),
          ),
  };
  if (nd?.functiemengingZoneId) {
    const id = nd.functiemengingZoneId;
    const z = verdict.zones.find((x) => x.id === id);
    text.nearestDwelling += t.nearestFunctiemenging(`‘${z?.name ?? ctx.zoneName?.(id) ?? id}’`);
  }
  return text;
}

/**
 * What a memo records besides the verdict, so it can be filed and found again (issue 14).
 * Coordinates are RD New (EPSG:28992) metres: a point's position, or a polygon's corners.
 */
export interface MemoAbout {
  /** When the check was made. */
  date: Date;
  /** The place in RD: `[x, y]` of a point, or the corners of a polygon's outer ring. */
  placeRd: { point: readonly [number, number] } | { corners: readonly (readonly number[])[] };
  /** The address at the place, when one is known. */
  address?: string;
  /** A link that opens this check again. */
  link?: string;
}

/**
 * The memo's lines about the check itself: date, address, RD coordinates (and the link last).
 * @param about what to record
 * @param ctx language and messages
 * @returns the head lines and the link line
 * @example memoAboutLines({ date, placeRd: { point: [168012.3, 493456.7] } }, ctx).head
 */
export function memoAboutLines(
  about: MemoAbout,
  ctx: ReasonTextContext,
): { head: string[]; link: string[] } {
  const t = ctx.m.locatiecheck;
  const xy = (p: readonly number[]) =>
    t.memoXY(formatCoordinate(p[0]!, ctx.lang), formatCoordinate(p[1]!, ctx.lang));
  const head = [t.memoDate(formatDateTime(about.date, ctx.lang))];
  if (about.address) head.push(t.memoAddress(about.address));
  if ('point' in about.placeRd) head.push(t.memoRdPoint(xy(about.placeRd.point)));
  else {
    // A closed ring repeats its first corner last; the memo lists each corner once.
    const c = about.placeRd.corners;
    const first = c[0];
    const last = c[c.length - 1];
    const open =
      c.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]
        ? c.slice(0, -1)
        : c;
    head.push(t.memoRdPolygon(open.map(xy).join('; ')));
  }
  return { head, link: about.link ? [t.memoLink(about.link)] : [] };
}

/**
 * The verdict as a plain-text memo (what "Kopieer tekst" copies).
 * @param text the card's texts (from {@link describeVerdict})
 * @param ctx language and messages
 * @param options `frame: false` leaves out the title and the source line (for a list of memos);
 *   `about` adds the date, the address, the RD coordinates and the link
 * @returns lines joined with newlines
 */
export function formatMemo(
  text: VerdictText,
  ctx: ReasonTextContext,
  options: { frame?: boolean; about?: MemoAbout } = {},
): string {
  const t = ctx.m.locatiecheck;
  const frame = options.frame ?? true;
  const about = options.about ? memoAboutLines(options.about, ctx) : { head: [], link: [] };
  const lines = [
    ...(frame ? [t.memoTitle, ''] : []),
    ...about.head,
    ...(about.head.length > 0 ? [''] : []),
    `${t.verdictHeading}: ${text.verdict.toUpperCase()} – ${text.explain}`,
  ];
  if (text.decidedBy) lines.push(text.decidedBy);
  lines.push(text.program, text.place, text.view, text.omgevingstype, '', `${t.reasonsHeading}:`);
  for (const r of text.reasons) lines.push(`- [${t.effect[r.effect]}] ${r.text}`);
  lines.push('', `${t.zonesHeading}:`);
  if (text.zones.length === 0) lines.push(`- ${t.zonesNone}`);
  for (const z of text.zones) lines.push(`- ${z}`);
  lines.push('', text.nearestDwelling);
  if (about.link.length > 0) lines.push('', ...about.link);
  if (frame) lines.push('', t.memoSource);
  return lines.join('\n');
}
