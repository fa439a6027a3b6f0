/**
 * Phase-1 normalizers: a rule names one of these; it reads the rule's named capture groups
 * (the group names are the contract: `year`, `month`, `day`, `weekday`, `unit`, `num`, `rel`,
 * `mod`, `qmod` …) and returns what the text states, or null to reject the match.
 */
import {
  abbreviatedWeekdays, capitalizedOnlyMonths, decadeWords, monthWords, numberWords, ordinalWords, partOfDayWords, prefixModifiers, quantityModifiers, seasonWords,
  unitWords, irregularUnitPlurals, weekdayWords, holidayWords, movableFeastWords, dayWords, type HolidayDate, type UnitInfo,
  directionWords, frequencyAdverbs, latestFiscalWords, latestPeriodWords, modifierTails, relativeModifiers, reportYearWords, weekOfMonthWords,
  yearAgoSpans, yearRelationPrefixes, calendarOffsetWords, clockFractionWords, narrativeDayPartWords, narrativeShiftWords, relationWords, shiftAmountWords, spanRelationWords, timesWords, utcZoneWords,
  numberScaleWords, numberTailWords, yearWordParts, spacedOrdinals, lastOrdinalWords, halfYearWords, possessiveEndings, namedClockTimes, justAfterWords,
  dayWordPartsOfDay, dayPartRelationWords, relationPartsOfDay, relationSenses, unitAliases, calendarOnlyUnits, quarterPeriodWords, timesWord, eraLetters, unitPluralEnding, afternoonClockLetter,
} from '../resources/en/vocabulary.js';
import type { NormalizerName, NormalizerParams } from '../rule-types.js';
import { beforeChristField } from './calendar.js';
import type { TimexMod } from '../types.js';
import type { CalendarFields, PartOfDay, Phase1, Relation, SeasonCode, ShiftUnit, TimeOfDay } from './phase1.js';

export type Groups = Readonly<Record<string, string | undefined>>;
type Normalizer = (g: Groups, params: NormalizerParams) => Phase1 | null;

/** Lookup form of a matched word: lower case, no periods or apostrophes, single spaces. */
const keyOf = (s: string): string => s.toLowerCase().replace(/[.’']/g, '').replace(/\s+/g, ' ').trim();
/**
 * Matched words repeat (month and unit names), and every match reads several: their keys are
 * kept (a pure function of a short string; the map is emptied when it grows large).
 */
const keys = new Map<string, string>();
const key = (s: string): string => {
  let k = keys.get(s);
  if (k === undefined) {
    if (keys.size >= 4096) keys.clear();
    k = keyOf(s);
    keys.set(s, k);
  }
  return k;
};

const numberTail = new RegExp(` (?:${numberTailWords.join('|')})$`);
/** Own entries only. */
const numberScales = new Map(Object.entries(numberScaleWords));

/** "twenty-four" → 24, "a couple of" → 2, "1.5" → 1.5. */
export function parseNumber(text: string): number | undefined {
  // Digits are read before the key drops its dots: "9.58 seconds" is 9.58, not 958.
  const digits = text.trim();
  if (/^[0-9]+(\.[0-9]+)?$/.test(digits)) return Number(digits);
  if (/^[0-9]{1,3}(,[0-9]{3})+$/.test(digits)) return Number(digits.replace(/,/g, '')); // "3,000 years"
  const k = key(text).replace(numberTail, '');
  if (/^[0-9]+(\.[0-9]+)?$/.test(k)) return Number(k);
  if (numberWords[k] !== undefined) return numberWords[k];
  // "two hundred" multiplies where "twenty-four" adds; "two thousand five hundred" is 2,000 and 500.
  let thousands = 0;
  let total = 0;
  for (const part of k.split(/[- ]/)) {
    const scale = numberScales.get(part);
    if (scale !== undefined && scale < 1000) total = (total || 1) * scale;
    else if (scale !== undefined) {
      thousands += (total || 1) * scale;
      total = 0;
    } else {
      const n = numberWords[part];
      if (n === undefined) return undefined;
      total += n;
    }
  }
  return thousands + total;
}

function twoDigitYear(text: string): number {
  const n = Number(text.replace(/\D/g, ''));
  return n >= 30 ? 1900 + n : 2000 + n;
}

/** "nineteen ninety-six" → 1996, "two thousand and one" → 2001. */
function yearFromWords(text: string): number | undefined {
  const words = key(text).replace(/-/g, ' ').split(' ').filter((w) => !yearJoiners.has(w));
  const millennium = yearMillennia.get(words.slice(0, 2).join(' '));
  if (millennium !== undefined) {
    const rest = words.slice(2).reduce((sum, w) => sum + (numberWords[w] ?? NaN), 0);
    return Number.isNaN(rest) ? undefined : millennium + rest;
  }
  const century = numberWords[words[0] ?? ''];
  const rest = words.slice(1).filter((w) => w !== yearWordParts.centuryWord).reduce((sum, w) => sum + (numberWords[w] ?? NaN), 0);
  return century === undefined || Number.isNaN(rest) ? undefined : century * 100 + rest;
}

const yearJoiners = new Set<string>(yearWordParts.joiners);
const yearMillennia = new Map(Object.entries(yearWordParts.millennia));

function parseYear(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const digits = text.replace(/\D/g, '');
  return digits.length <= 2 ? twoDigitYear(digits) : Number(digits);
}

const modOf = (text: string | undefined): TimexMod | undefined => {
  if (!text) return undefined;
  const k = key(text).replace(modifierTail, ''); // "late in the day", "late on Friday"
  // "in over six years": pieces.ts admits "over" only where it cannot mean "during".
  return (relativeMods.get(k) ?? prefixModifiers[k] ?? quantityModifiers[k]) as TimexMod | undefined;
};
const modifierTail = new RegExp(` (?:${modifierTails.join('|')})$`);
/** Own entries only. */
const relativeMods = new Map(Object.entries(relativeModifiers));

function unitOf(text: string | undefined): { unit: ShiftUnit | 'hour' | 'minute' | 'second' | 'millennium' | 'night' | 'fortnight'; plural: boolean } | undefined {
  if (!text) return undefined;
  const said = key(text);
  const k = aliasedUnits.get(said) ?? said;
  const irregular = irregularUnitPlurals[k];
  if (irregular) return { unit: irregular as 'century', plural: true };
  if (unitWords[k] || unitsWithoutSpan.has(k)) return { unit: k as ShiftUnit, plural: false };
  const singular = k.endsWith(unitPluralEnding) ? k.slice(0, -unitPluralEnding.length) : k;
  if (unitWords[singular] || unitsWithoutSpan.has(singular)) return { unit: singular as ShiftUnit, plural: true };
  return undefined;
}

const pluralEnding = new RegExp(`${unitPluralEnding}$`);
const aliasedUnits = new Map(Object.entries(unitAliases));
const unitsWithoutSpan = new Set(calendarOnlyUnits);

/** Zones TimeML writes as `Z`; other named zones stay off the value, as TimeBank leaves "5 p.m. EST". */
const utcZones = new RegExp(`^(?:${utcZoneWords.join('|')})$`, 'i');

function timeOf(g: Groups): TimeOfDay | undefined {
  const t = clockOf(g);
  return t && g.zone && utcZones.test(g.zone) && t.hour !== undefined ? { ...t, utc: true } : t;
}

function clockOf(g: Groups): TimeOfDay | undefined {
  if (g.named) {
    const k = key(g.named);
    // Midnight ends the day it is named with ("midnight Friday" is Friday's 24:00, as TIDES and TimeBank write it);
    // what happens just after the midnight of a named day happens on that day ("shortly after midnight Wednesday", told in a
    // Wednesday story). Without a day the tense decides (anchor.ts: "began at midnight" 00:00, "will take effect at midnight" 24:00).
    const namedDay = g.weekday ?? g.dayWord ?? g.day;
    if (namedClocks.get(k) === 'midnight') return namedDay && g.qmod && justAfter.test(key(g.qmod)) ? { hour: 0, minute: 0 } : { hour: 24, minute: 0 };
    return { hour: 12, minute: 0 };
  }
  if (g.hour24 !== undefined) return { hour: Number(g.hour24), minute: Number(g.minute24) };
  if (g.hourMilitary !== undefined) return { hour: Number(g.hourMilitary), minute: Number(g.minuteMilitary) };
  if (g.oclock !== undefined) {
    // "six o'clock" says no half of the day; TimeML writes the hour as said unless a part of the day tells.
    const said = numberWords[key(g.oclock)] ?? Number(g.oclock);
    if (!(said >= 1 && said <= 12)) return undefined;
    // "half past ten" 10:30, "a quarter past nine" 9:15, "a quarter to eight" 7:45 (the hour before the one said).
    const fraction = g.clockFraction === undefined ? '' : key(g.clockFraction);
    const beforeTheHour = clockBeforeTheHour.test(fraction);
    const hour = beforeTheHour ? (said === 1 ? 12 : said - 1) : said;
    const minute = fraction === '' ? 0 : fraction.startsWith(clockFractionWords.half) ? 30 : beforeTheHour ? 45 : 15;
    const pm = Boolean(g.atNight) || (g.pod !== undefined && !isMorning(g.pod));
    if (hour === 12) return { hour: g.atNight || (g.pod && isMorning(g.pod)) ? 0 : 12, minute };
    return { hour: pm ? hour + 12 : hour, minute };
  }
  if (g.hour !== undefined) {
    let hour = Number(g.hour);
    // "4 in the morning", "10 at night": the part of the day says which half of the day.
    let pm = g.ampm === undefined ? Boolean(g.atNight) || (g.pod !== undefined && !isMorning(g.pod)) : afternoonClock.test(g.ampm);
    // "between 11 and 1 p.m.": a range's first hour, after its end on the clock face, is before noon.
    if (pm && g.rangeEndHour !== undefined && hour < 12 && hour > Number(g.rangeEndHour)) pm = false;
    if (hour > 12 || hour === 0) return undefined;
    if (pm && hour < 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
    return g.minute === undefined ? { hour } : { hour, minute: Number(g.minute) };
  }
  if (g.pod) {
    const code = partOfDayWords[key(g.pod)] as PartOfDay | undefined;
    return code ? { partOfDay: code } : undefined;
  }
  if (g.twilightPart) return { partOfDay: g.twilightPart as PartOfDay };
  return undefined;
}

/** Own entries only ("constructor" is no clock time). */
const namedClocks = new Map(Object.entries(namedClockTimes));
const justAfter = new RegExp(`(?:${justAfterWords.join('|')})$`);
/** A part of the day before noon (TIMEX3 MO): a clock hour in it is a.m. ("6 o'clock in the morning"). */
const afternoonClock = new RegExp(afternoonClockLetter, 'i');
const isMorning = (pod: string): boolean => partOfDayWords[key(pod)] === 'MO';

const relationOf = (text: string | undefined): Relation | 'narrative' | undefined => {
  if (!text) return undefined;
  return relations.get(key(text));
};
/** Own entries only ("constructor" is no relation). */
const relations = new Map(Object.entries(relationWords));

const capitalizedOnly = new Set(capitalizedOnlyMonths);
const abbreviatedWeekdaySet = new Set(abbreviatedWeekdays);
/** "May", "March" and month abbreviations only count capitalized; so do "Sun.", "Sat.", "Wed.". */
function monthNumber(text: string): number | undefined {
  const k = key(text);
  if (capitalizedOnly.has(k) && !/^\p{Lu}/u.test(text)) return undefined;
  return monthWords[k];
}
function weekdayNumber(text: string): number | undefined {
  const k = key(text);
  if (abbreviatedWeekdaySet.has(k) && !/^\p{Lu}/u.test(text)) return undefined;
  return weekdayWords[k];
}

const calendar: Normalizer = (groups, params) => {
  // A clock time read with the full date that follows it (times.ts, clock-time) takes that date's parts as its own.
  const dated = groups.clockMonth ? { ...groups, month: groups.clockMonth, day: groups.clockDay, year: groups.clockYear } : groups;
  // "at dawn": the rule names the part of the day its word falls in (times.ts, twilight-morning).
  const g = dated.twilight !== undefined && params.partOfDay !== undefined ? { ...dated, twilightPart: String(params.partOfDay) } : dated;
  if (params.weekdayOnly === true) {
    // "the Saturday after the election": a weekday counted from an event the text does not date; only its weekday is known.
    const weekday = g.weekday ? weekdayNumber(g.weekday) : undefined;
    return weekday === undefined ? null : { kind: 'fixed', type: 'DATE', value: `XXXX-WXX-${weekday}`, granularity: 'day' };
  }
  const time = timeOf(g);
  if ((g.hour !== undefined || g.oclock !== undefined) && time === undefined) return null;
  const weekOfMonth = g.mod && g.month ? weeksOfMonth.get(key(g.mod)) : undefined;
  const mod = weekOfMonth !== undefined ? undefined : modOf(g.mod) ?? (g.qmod ? 'APPROX' : undefined);
  const type = time && (time.hour !== undefined || time.partOfDay) ? 'TIME' : 'DATE';
  const base = { type, ...(mod ? { mod } : {}) } as const;

  if (g.dayWord) {
    const k = key(g.dayWord);
    const amount = dayWords[k] ?? 0;
    const part = dayWordParts.get(k) as PartOfDay | undefined;
    const t = part ? { partOfDay: part, ...time } : time;
    return { kind: 'shift', unit: 'day', amount, anchor: 'reference', ...(t ? { time: t } : {}), ...base, type: t ? 'TIME' : 'DATE' };
  }
  if (params.dayOffset !== undefined || (!g.weekday && !g.month && !g.monthNumber && time?.partOfDay && g.rel)) {
    // "this morning", "last night", "overnight"; "that night", "the next morning" follow the story
    const rel = key(g.rel ?? '');
    const narrative = narrativeDayParts.has(rel);
    const amount = dayPartBack.test(rel) || dayPartBackWhole.has(rel) ? -1 : dayPartAhead.test(rel) ? 1 : Number(params.dayOffset ?? 0);
    if (params.dayOffset !== undefined) {
      // "overnight losses in New York" in a story about Friday: the night before Friday, if the story is at a recent day.
      return { kind: 'shift', unit: 'day', amount, anchor: 'narrative', recentDays: 7, ...(time ? { time } : {}), ...base };
    }
    return { kind: 'shift', unit: 'day', amount, anchor: narrative ? 'narrative' : 'reference', ...(time ? { time } : {}), ...base };
  }
  if (!g.weekday && !g.month && !g.monthNumber && time && !g.year) {
    // A bare clock time: the day the story is at ("Monday at 10 a.m."), else the reference day.
    return { kind: 'shift', unit: 'day', amount: 0, anchor: 'narrative', time, ...base };
  }

  const fields: CalendarFields = {};
  if (time) fields.time = time;
  const era = g.era === undefined ? undefined : eraOf(g);
  if (era === null) return null;
  // "1915-17": the second year borrows the first one's century.
  const year = g.eraYear !== undefined ? yearOfEra(Number(g.eraYear), era)
    : g.yearWords ? yearFromWords(g.yearWords)
      : g.rangeCentury && g.rangeYear ? Number(g.rangeCentury) * 100 + Number(g.rangeYear)
        : parseYear(g.year ?? g.yearBefore ?? g.slashYear);
  if ((g.yearWords || g.eraYear !== undefined) && year === undefined) return null;
  if (year !== undefined) fields.year = year;
  if (g.fiscal && year !== undefined) fields.fiscal = true;
  const monthText = g.month ?? g.monthAfter ?? g.monthBefore;
  if (monthText) {
    const m = monthNumber(monthText);
    if (m === undefined) return null;
    fields.month = m;
  }
  if (g.monthNumber) fields.month = Number(g.monthNumber);
  // "the last week of March" is a week (MEANTIME writes 2009-W13), not the end of a month.
  if (weekOfMonth !== undefined && fields.month !== undefined) fields.nth = weekOfMonth;
  const dayText = g.day ?? g.dayOrd;
  if (dayText) {
    const d = /^[0-9]/.test(dayText) ? Number(dayText) : ordinalWords[key(dayText)];
    if (d === undefined || d < 1 || d > 31) return null;
    fields.day = d;
  }
  if (g.weekday) {
    const wd = weekdayNumber(g.weekday);
    if (wd === undefined) return null;
    if (fields.day === undefined) fields.weekday = wd;
    else fields.dayWeekday = wd;
  }
  if (g.season) fields.season = seasonWords[key(g.season)] as SeasonCode;
  if (g.ord && g.part) {
    // "last quarter" with no year is the previous quarter, read by the relative rules.
    if (lastOrdinals.has(key(g.ord)) && !g.year && !g.yearBefore && !g.relYear && !g.relYearAfter) return null;
    const n = /^[0-9]/.test(g.ord) ? Number(g.ord[0]) : ordinalWords[key(g.ord)];
    const isHalf = halfYearParts.has(key(g.part));
    if (n === undefined) return null;
    if (isHalf) {
      const h = n === 4 ? 2 : n;
      if (h !== 1 && h !== 2) return null;
      fields.half = h;
    } else {
      if (n < 1 || n > 4) return null;
      fields.quarter = n as 1 | 2 | 3 | 4;
    }
  }
  if (g.quarterMonths) {
    // "October-December": the quarter its first month opens.
    const first = monthNumber(g.quarterMonths.split('-')[0]!);
    if (first === undefined || first % 3 !== 1) return null;
    fields.quarter = ((first + 2) / 3) as 1 | 2 | 3 | 4;
  }
  if (g.quarterEndMonth) {
    // "the December quarter": the quarter its closing month ends.
    const last = monthNumber(g.quarterEndMonth);
    if (last === undefined || last % 3 !== 0) return null;
    fields.quarter = (last / 3) as 1 | 2 | 3 | 4;
  }
  if (g.qcode) {
    const n = Number(g.qcode[1]);
    if (g.qcode[0] === 'H' || g.qcode[0] === 'h') {
      if (n > 2) return null;
      fields.half = n as 1 | 2;
    } else fields.quarter = n as 1 | 2 | 3 | 4;
  }
  if (g.decade) {
    const digits = g.decade.replace(/\D/g, '');
    fields.decade = digits.length >= 4 ? Math.floor(Number(digits) / 10) : Math.floor(twoDigitYear(digits) / 10);
    delete fields.year;
  }
  if (g.decadeWord) {
    // Phase 1 cannot see the reference date: without a century word the two-digit-year pivot decides, as for "'60s".
    const tens = decadeWords[key(g.decadeWord)];
    if (tens === undefined) return null;
    const century = g.decadeCentury ? numberWords[key(g.decadeCentury)] : undefined;
    fields.decade = century !== undefined ? century * 10 + tens / 10 : Math.floor(twoDigitYear(String(tens)) / 10);
  }
  if (g.hundreds) fields.century = Number(g.hundreds) / 100;
  if (g.decadeBeforeChrist) {
    // "the 470s BC"; "the 400s BC" are a century, as "the 1800s" are.
    const n = Number(g.decadeBeforeChrist);
    if (n % 100 === 0) fields.century = beforeChristField(n / 100);
    else fields.decade = beforeChristField(n / 10);
  }
  if (g.centuryOrd) {
    const digits = g.centuryOrd.replace(/\D/g, '');
    const n = digits ? Number(digits) : ordinalWords[joinSpacedOrdinal(key(g.centuryOrd))];
    if (!n) return null;
    // TIMEX writes the 20th century as the 1900s ("19"), the 4th century BC as the 300s BC ("BC03").
    fields.century = era === 'BC' ? beforeChristField(n - 1) : n - 1;
  }
  let relation: Relation | undefined;
  const relYear = g.relYear ?? g.relYearAfter;
  const rel = relationOf(g.rel ?? relYear?.replace(possessiveEnding, ''));
  if (relYear) {
    const k = key(relYear);
    const offset = startsWithAny(k, yearRelationPrefixes.back) ? -1 : startsWithAny(k, yearRelationPrefixes.ahead) ? 1 : 0;
    const narrative = startsWithAny(k, yearRelationPrefixes.narrative);
    return { kind: 'shift', unit: 'year', amount: offset, anchor: narrative ? 'narrative' : 'reference', ...base, within: fields };
  }
  if (rel === 'narrative') {
    // "the following Monday" comes after the day the story is at; "that Monday" is in its week.
    const following = senseOf(g.rel ?? '') === 'storyNext';
    return { kind: 'calendar', fields, relation: following ? 'next' : 'this', ...base, narrative: true };
  }
  if (rel === 'last' && senseOf(g.rel ?? '') === 'storyLast') {
    // "down 4.5% from the previous Friday": the one before the day the story is at.
    return { kind: 'calendar', fields, relation: 'last', ...base, narrative: true };
  }
  if (rel) relation = rel;
  const definite = rel === 'next' && senseOf(g.rel ?? '') === 'definite';
  return { kind: 'calendar', fields, ...(relation ? { relation } : {}), ...(definite ? { definite } : {}), ...base };
};

const dayWordParts = new Map(Object.entries(dayWordPartsOfDay));
const dayPartBack = new RegExp(dayPartRelationWords.back.within.join('|'));
const dayPartBackWhole = new Set<string>(dayPartRelationWords.back.whole);
const dayPartAhead = new RegExp(dayPartRelationWords.ahead.within.join('|'));
const spacedOrdinalEntries = Object.entries(spacedOrdinals);
/** "twenty first" → "twenty-first", as `ordinalWords` spells it (the first occurrence, as String.replace does). */
const joinSpacedOrdinal = (k: string): string => spacedOrdinalEntries.reduce((s, [spaced, joined]) => s.replace(spaced, joined), k);
const lastOrdinals = new Set(lastOrdinalWords);
const halfYearParts = new Set(halfYearWords);
const possessiveEnding = new RegExp(`(?:${possessiveEndings.join('|')})$`);
/** Own entries only. */
const relationSenseMap = new Map(Object.entries(relationSenses));
const senseOf = (rel: string): string | undefined => relationSenseMap.get(key(rel));

const shiftAmount = (rel: string): number => shiftAmounts.get(key(rel)) ?? 0;
const shiftAmounts = new Map(Object.entries(shiftAmountWords));
const narrativeShifts = new Set(narrativeShiftWords);
const narrativeDayParts = new Set(narrativeDayPartWords);
const spanRelations = new Set(spanRelationWords);
const backDirections = new Set<string>(directionWords.back);
const writerDirections = new Set<string>(directionWords.fromWriter);
const yearsAgoDirections = new Set<string>(directionWords.yearsAgo);
const timesCounts = new Map(Object.entries(timesWords));
const calendarOffsets = new Map(Object.entries(calendarOffsetWords));
const clockBeforeTheHour = new RegExp(`(?:${clockFractionWords.beforeTheHour.join('|')})$`);
const weeksOfMonth = new Map(Object.entries(weekOfMonthWords));
const reportYears = new Set(reportYearWords);
const latestPeriods = new Set(latestPeriodWords);
const latestFiscal = new Set(latestFiscalWords);
const yearAgoSpanValues = new Map(Object.entries(yearAgoSpans));
const startsWithAny = (k: string, prefixes: readonly string[]): boolean => prefixes.some((p) => k.startsWith(p));

/**
 * TimeML 1.2.1 `mod`: a bound on how far back or ahead becomes a bound on the date it names
 * ("more than a decade ago" is BEFORE that year, "less than a year ago" AFTER it).
 */
const pointMods: Readonly<Record<'back' | 'ahead', Partial<Record<TimexMod, TimexMod>>>> = {
  back: { MORE_THAN: 'BEFORE', LESS_THAN: 'AFTER', EQUAL_OR_MORE: 'ON_OR_BEFORE', EQUAL_OR_LESS: 'ON_OR_AFTER' },
  ahead: { MORE_THAN: 'AFTER', LESS_THAN: 'BEFORE', EQUAL_OR_MORE: 'ON_OR_AFTER', EQUAL_OR_LESS: 'ON_OR_BEFORE' },
};

const shift: Normalizer = (g, params) => {
  const mod = (params.mod as TimexMod | undefined) ?? modOf(g.mod) ?? modOf(g.qmod) ?? (g.orSo ? 'APPROX' : undefined);
  const base = { type: 'DATE' as const, ...(mod ? { mod } : {}) };
  const relKey = key(g.rel ?? '');
  const unitName = params.unit ? String(params.unit) : g.unit;
  const u = unitOf(unitName);
  if (!u) return null;
  // "a fortnight ago" is two weeks ago; a fortnight names no calendar period, so it shifts only with a direction.
  const fortnight = u.unit === 'fortnight';
  if (fortnight && !g.dir) return null;
  const unit = (fortnight ? 'week' : u.unit) as ShiftUnit;
  if (!['day', 'week', 'weekend', 'month', 'quarter', 'half', 'season', 'year', 'decade', 'century'].includes(unit)) return null;

  if (g.dir) {
    const counted = g.num === undefined ? 1 : parseNumber(g.num);
    if (counted === undefined || !Number.isInteger(counted)) return null;
    const n = fortnight ? counted * 2 : counted;
    const dir = key(g.dir);
    const sign = backDirections.has(dir) ? -1 : 1;
    const anchor: 'reference' | 'narrative' = writerDirections.has(dir) ? 'reference' : 'narrative';
    const pointMod = mod ? pointMods[sign < 0 ? 'back' : 'ahead'][mod] : undefined;
    const dated = pointMod ? { ...base, mod: pointMod } : base;
    if (unit === 'decade' || unit === 'century') {
      // "a decade ago" names a year, not a decade
      return { kind: 'shift', unit: 'year', amount: sign * n * (unit === 'decade' ? 10 : 100), anchor, ...dated };
    }
    if (unit === 'year' && yearsAgoDirections.has(dir)) {
      return { kind: 'yearAgo', years: n, anchor, ...dated };
    }
    return { kind: 'shift', unit, amount: sign * n, anchor, ...dated };
  }
  if (spanRelations.has(relKey) && (unit === 'decade' || unit === 'century')) {
    // "the past decade" is the span up to now, "over the next decade" the ten years from now: durations,
    // not the 2010s or the 2020s; "the past year" stays the previous year (TimeBank).
    const value = durationLetter(unit, 1);
    if (value) return { kind: 'fixed', type: 'DURATION', value, granularity: unitGranularity(unit) };
  }
  if (reportYears.has(relKey) && unit === 'year') {
    // "for the year, volume was flat": the year of the report (TimeBank); "the year ended
    // Sept. 30" is a span, read by its own rule.
    return { kind: 'shift', unit: 'year', amount: 0, anchor: 'reference', ...base };
  }
  if (latestFiscal.has(relKey)) return { kind: 'shift', unit, amount: -1, anchor: 'reference', ...base };
  if (latestPeriods.has(relKey)) {
    // The latest reported period: the one before the reference's; "the latest period" follows a quarter
    // the report has named ("its fiscal fourth quarter"), which may be a fiscal one.
    if (unit === 'quarter' && g.unit === undefined) return { kind: 'shift', unit, amount: 0, anchor: 'narrative', exactGranularity: true, fallbackAmount: -1, ...base };
    return { kind: 'shift', unit, amount: -1, anchor: 'reference', ...base };
  }
  // Widened: the checks below read it after the 'story' return as the original did.
  const sense: string | undefined = relationSenseMap.get(relKey);
  if (sense === 'story') {
    return {
      kind: 'shift', unit, amount: 0, anchor: 'narrative', exactGranularity: true,
      fallbackAmount: unit === 'quarter' ? -1 : 0, ...(unit === 'weekend' ? { byTense: true } : {}), ...base,
    };
  }
  // "later in the day", "earlier in the week": the day or week the story is at.
  const narrative = params.anchor === 'narrative' || narrativeShifts.has(relKey);
  const amount = shiftAmount(relKey);
  const part = relationParts.find(([word]) => word.test(relKey))?.[1];
  const time: TimeOfDay | undefined = part ? { partOfDay: part } : undefined;
  const byTense = sense === 'story' && (unit === 'weekend');
  return {
    kind: 'shift', unit, amount, anchor: narrative && !(sense === 'story' && unit === 'weekend') ? 'narrative' : 'reference',
    ...(time ? { time, type: 'TIME' as const } : {}),
    ...(byTense ? { byTense } : {}),
    ...(sense === 'definite' ? { definite: true } : {}),
    ...base,
    ...(time ? { type: 'TIME' as const } : {}),
  };
};

const relationParts = relationPartsOfDay.map(([word, code]) => [new RegExp(word), code as PartOfDay] as const);

const unitGranularity = (unit: string): UnitInfo['granularity'] => unitWords[unit]?.granularity ?? 'year';

const durationLetter = (unit: string, n: number | 'X'): string | undefined => {
  const info = unitWords[unit];
  if (!info) return undefined;
  if (n === 'X') {
    // Decades of no stated number are years, as with a number ("decades-long" PXY in TimeBank and MEANTIME; their
    // "centuries" keeps its own letter, PXC).
    const letter = unit === 'weekend' ? 'D' : unit === 'fortnight' ? 'W' : info.letter === 'E' ? 'Y' : info.letter;
    return info.time ? `PTX${letter}` : `PX${letter}`;
  }
  // A fortnight is the two weeks it names: "a fortnight" P2W, as "fortnights" are PXW (not P14D).
  if (unit === 'fortnight') return `P${n * 2}W`;
  let amount = n * info.factor;
  let letter = info.letter;
  // Quarters stay quarters ("the past two quarters" P2Q, as TimeBank and MEANTIME write them 5 times to 2); a half
  // quarter has no smaller TIMEX unit to spell it in, so it is written in months.
  if (letter === 'Q' && amount % 1 !== 0) { amount = n * 3; letter = 'M'; }
  if (letter === 'E') { amount = n * 10; letter = 'Y'; }
  if (letter === 'C') { amount = n * 100; letter = 'Y'; }
  if (letter === 'L') { amount = n * 1000; letter = 'Y'; }
  // TimeML spells a half in the next smaller unit: "5 1/2 hours" → PT5H30M, "2 1/2 years" → P2Y6M.
  const half = halves[letter + (info.time ? 'T' : '')];
  if (half && amount % 1 === 0.5) return `${info.time ? 'PT' : 'P'}${amount >= 1 ? `${Math.floor(amount)}${letter}` : ''}${half}`;
  const text = Number.isInteger(amount) ? String(amount) : String(Math.round(amount * 100) / 100);
  return info.time ? `PT${text}${letter}` : `P${text}${letter}`;
};
const halves: Readonly<Record<string, string>> = { Y: '6M', D: 'T12H', HT: '30M', MT: '30S' };

/** TimeML's order of duration letters, date part then time part: a span in several units must name them largest first. */
const unitOrder = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'];

/**
 * "2 hours, 3 minutes and 38 seconds" → PT2H3M38S, "five years and six months" → P5Y6M: each counted part becomes
 * its letters (a week beside other units in days: ISO 8601 writes no week in a combined value); undefined unless the
 * units shrink from one part to the next.
 */
function combinedSpan(parts: readonly (readonly [string | undefined, string | undefined])[]): string | undefined {
  const amounts = new Map<string, number>();
  let last = -1;
  for (const [num, unitText] of parts) {
    if (unitText === undefined) continue;
    const u = unitOf(unitText);
    const n = num === undefined ? 1 : parseNumber(num);
    if (!u || n === undefined || n <= 0 || !Number.isInteger(n)) return undefined;
    const letters = durationLetter(u.unit, n);
    const m = letters ? /^P(T?)([0-9]+)([A-Z])$/.exec(letters) : null;
    if (!m) return undefined;
    const place = unitOrder.indexOf(`${m[1]}${m[3]}`);
    if (place <= last) return undefined;
    last = place;
    amounts.set(unitOrder[place]!, Number(m[2]));
  }
  const weeks = amounts.get('W');
  if (weeks !== undefined && amounts.size > 1) {
    amounts.delete('W');
    amounts.set('D', (amounts.get('D') ?? 0) + 7 * weeks);
  }
  const date = unitOrder.slice(0, 4).filter((k) => amounts.has(k)).map((k) => `${amounts.get(k)}${k}`).join('');
  const time = unitOrder.slice(4).filter((k) => amounts.has(k)).map((k) => `${amounts.get(k)}${k[1]}`).join('');
  return `P${date}${time ? `T${time}` : ''}`;
}

/** "2:03:38" read as a span: PT2H3M38S (parts that are zero are left out, as TimeML writes "1:05:00" PT1H5M). */
function clockSpan(hours: string, minutes: string, seconds: string): string {
  const parts = [[Number(hours), 'H'], [Number(minutes), 'M'], [Number(seconds), 'S']] as const;
  const written = parts.filter(([n]) => n > 0).map(([n, letter]) => `${n}${letter}`).join('');
  return `PT${written || '0S'}`;
}

const duration: Normalizer = (g, params) => {
  if (g.spanHours !== undefined) {
    return { kind: 'fixed', type: 'DURATION', value: clockSpan(g.spanHours, g.spanMinutes ?? '0', g.spanSeconds ?? '0'), granularity: 'second' };
  }
  if (g.unit2 !== undefined) {
    const value = combinedSpan([[g.num, g.unit], [g.num2, g.unit2], [g.num3, g.unit3]]);
    const mod = modOf(g.qmod);
    const smallest = unitOf(g.unit3 ?? g.unit2)?.unit;
    const granularity = smallest && unitWords[smallest] ? unitWords[smallest].granularity : 'unknown';
    return value ? { kind: 'fixed', type: 'DURATION', value, granularity, ...(mod ? { mod } : {}) } : null;
  }
  // "the year to February": the month the span runs to must be one ("the year to may" is not).
  if (g.toMonth !== undefined && monthNumber(g.toMonth) === undefined) return null;
  const u = unitOf(params.unit ? String(params.unit) : g.unit);
  if (!u) return null;
  const unitName = unitsWithoutSpan.has(u.unit) ? undefined : u.unit;
  if (!unitName) return null;
  const vague = Boolean(g.vague) || params.vague === true || (g.num === undefined && u.plural);
  let n: number | 'X' = 'X';
  if (!vague) {
    const parsed = g.num === undefined ? 1 : parseNumber(g.num);
    if (parsed === undefined || parsed <= 0) return null;
    n = g.halfOf ? 0.5 : g.half || g.halfAfter ? parsed + 0.5 : parsed;
  }
  const value = durationLetter(unitName, n);
  if (!value) return null;
  const mod = modOf(g.qmod) ?? (g.orSo ? 'APPROX' : undefined);
  return { kind: 'fixed', type: 'DURATION', value, granularity: unitWords[unitName]!.granularity, ...(mod ? { mod } : {}) };
};

const set: Normalizer = (g) => {
  // TimeML's quant is the quantifier itself: "every" → EVERY, "each" → EACH.
  const quant = g.quant ? key(g.quant).toUpperCase() : undefined;
  const q = quant ? { quant } : {};
  if (g.adverb) {
    const value = frequencyAdverbs[key(g.adverb)];
    return value ? { kind: 'fixed', type: 'SET', value, granularity: 'unknown' } : null;
  }
  if (g.weekday) {
    const wd = weekdayNumber(g.weekday);
    if (!wd) return null;
    const pod = g.pod ? partOfDayWords[key(g.pod)] : undefined;
    return { kind: 'fixed', type: 'SET', value: `XXXX-WXX-${wd}${pod ? `T${pod}` : ''}`, granularity: 'day', ...q };
  }
  if (g.month) {
    const m = monthNumber(g.month);
    return m ? { kind: 'fixed', type: 'SET', value: `XXXX-${String(m).padStart(2, '0')}`, granularity: 'month', ...q } : null;
  }
  if (g.season) {
    const code = seasonWords[key(g.season)];
    return code ? { kind: 'fixed', type: 'SET', value: `XXXX-${code}`, granularity: 'season', ...q } : null;
  }
  if (g.pod) {
    const pod = partOfDayWords[key(g.pod)];
    return pod ? { kind: 'fixed', type: 'SET', value: `XXXX-XX-XXT${pod}`, granularity: 'partOfDay', ...q } : null;
  }
  const u = unitOf(g.unit);
  if (!u) return null;
  const n = g.vague ? 'X' : g.halfOf ? 0.5 : g.num ? parseNumber(g.num) : g.other ? 2 : 1;
  if (n === undefined) return null;
  // A weekend recurs once a week: "every weekend" is every weekend, as "on weekends" is (XXXX-WE, the dev gold's
  // weekend SET), not the two-day span P2D; "every other weekend" recurs every two weeks.
  const value = u.unit === 'weekend' ? (n === 1 && !g.fnum ? 'XXXX-WE' : durationLetter('week', n)) : durationLetter(u.unit, n);
  if (!value) return null;
  // "three days every month": how much of each period the set takes is its freq (TimeML "3D").
  const freqCount = g.fnum ? parseNumber(g.fnum) : undefined;
  const freqUnit = unitOf(g.funit)?.unit;
  const freq = freqCount !== undefined && freqUnit ? durationLetter(freqUnit, freqCount)?.replace(/^PT?/, '') : undefined;
  if (g.fnum && !freq) return null;
  if (freq) return { kind: 'fixed', type: 'SET', value, granularity: 'unknown', freq, ...q };
  if (g.times) {
    const t = key(g.times);
    const count = timesCounts.get(t) ?? parseNumber(t.replace(timesTail, ''));
    return { kind: 'fixed', type: 'SET', value, granularity: 'unknown', ...(count ? { freq: `${count}X` } : {}) };
  }
  return { kind: 'fixed', type: 'SET', value, granularity: 'unknown', ...q };
};

const timesTail = new RegExp(` ${timesWord}$`);

const fixed: Normalizer = (_g, params) => ({
  kind: 'fixed',
  type: (params.type ?? 'DATE') as 'DATE',
  value: String(params.value),
  granularity: (params.granularity ?? 'unknown') as 'unknown',
});

const yearAgoPeriod: Normalizer = (g) => {
  const unit = key(g.unit ?? '');
  const span = yearAgoSpanValues.get(unit);
  if (span !== undefined) return { kind: 'fixed', type: 'DURATION', value: span, granularity: 'month' };
  return { kind: 'yearAgo', years: 1, type: 'DATE', anchor: 'narrative', ...(quarterPeriod.test(unit) ? { quarter: true } : {}) };
};

const quarterPeriod = new RegExp(quarterPeriodWords.join('|'));

const holidayOf = (g: Groups): HolidayDate | undefined => holidayWords[(g.holiday ?? '').toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'")];

const holidayFields = (holiday: HolidayDate): CalendarFields => 'day' in holiday ? { month: holiday.month, day: holiday.day }
  : { month: holiday.month, weekday: holiday.weekday, nth: holiday.nth, ...(holiday.dayOffset ? { dayOffset: holiday.dayOffset } : {}) };

const namedDay: Normalizer = (g) => {
  // "Easter", "Good Friday" (times.ts, movable-feast) are counted from the Easter Sunday of the year (calendar.ts).
  const feast = g.feast === undefined ? undefined : movableFeastWords[key(g.feast)];
  const holiday = holidayOf(g);
  const fields: CalendarFields | undefined = feast ? { easter: { fromEaster: feast.fromEaster, ...(feast.span ? { span: feast.span } : {}) } }
    : holiday ? holidayFields(holiday) : undefined;
  if (!fields) return null;
  const year = parseYear(g.year);
  if (year !== undefined) fields.year = year;
  const relation = relationOf(g.rel);
  return { kind: 'calendar', type: 'DATE', fields, ...(relation && relation !== 'narrative' ? { relation } : {}) };
};

/**
 * The era a rule matched ("BC", "B.C.", "BCE", "AD", "A.D.", "CE"), or null where the letters are
 * something else: era abbreviations are capitals ("an ad 800 people saw"), and a bare "BC" after a
 * recent year followed by a name is British Columbia ("the 2010 BC Liberals"; "3000 BC Egypt" is not).
 */
function eraOf(g: Groups): 'BC' | 'AD' | null {
  const era = g.era ?? '';
  if (!/^[A-Z]/.test(era)) return null;
  const bc = era.startsWith(eraLetters.beforeChristInitial);
  if (bc && era === eraLetters.placeSpelling && /^(?:19|20)[0-9]{2}$/.test(g.eraYear ?? '') && /^[A-Z]/.test(g.eraNext ?? '')) return null;
  return bc ? 'BC' : 'AD';
}

/** A year of an era as an astronomical year: 480 BC is -479, 1 BC is 0 (there is no year 0 BC or AD 0). */
const yearOfEra = (n: number, era: 'BC' | 'AD' | undefined): number | undefined =>
  !Number.isInteger(n) || n < 1 ? undefined : era === 'BC' ? 1 - n : n;

/** "480 BC", "April 480 BC", "AD 800", "the 4th century BC": calendar fields in astronomical years (see calendar.ts). */
const yearBeforeChrist: Normalizer = (g, params) => {
  if (g.era === undefined) return null;
  // "499-493 BC": counted down; "1999-2001 BC" is no such range.
  if (g.eraYearEnd !== undefined && Number(g.eraYearEnd) >= Number(g.eraYear)) return null;
  return calendar(g, params);
};

/**
 * "the day after Christmas", "the week of March 6", "the day before last Tuesday": groups `offsetUnit` (day, week, weekend) and
 * `offsetDir` (before, after, of) move the date the rest of the match names; `offsetWeekday` goes to the nearest such
 * weekday after or before it ("the Saturday after Thanksgiving").
 */
function withCalendarOffset(p: Phase1 | null, g: Groups, params: NormalizerParams): Phase1 | null {
  // A rule may fix the unit its words leave out: "the Saturday after next" is a week after next Saturday.
  const unitText = g.offsetUnit ?? (params.offsetUnit === undefined ? undefined : String(params.offsetUnit));
  if (!p || p.kind !== 'calendar' || !(unitText || g.offsetWeekday)) return p;
  const dir = g.offsetDir === undefined ? undefined : calendarOffsets.get(key(g.offsetDir));
  // "a week from Friday", "two days after March 2": a count of units; "the day after" counts one.
  const count = g.offsetCount ? parseNumber(g.offsetCount) : 1;
  if (count === undefined || !Number.isInteger(count)) return null;
  const amount = (dir?.sign ?? 0) * count;
  if (g.offsetWeekday) {
    // "the Saturday after Thanksgiving"; "the Saturday of" names no day.
    const weekday = weekdayNumber(g.offsetWeekday);
    return weekday === undefined || amount === 0 ? null : { ...p, offset: { unit: 'weekday', amount: Math.sign(amount), weekday } };
  }
  const unit = key(unitText ?? '').replace(pluralEnding, '');
  if (unit !== 'day' && unit !== 'week' && unit !== 'weekend') return null;
  return { ...p, offset: { unit, amount, ...(dir?.toDay === true || params.offsetUnit !== undefined ? { toDay: true } : {}) } };
}

/** A rule's anchoring window for a day counted from an event it does not date ("the day after the vote"). */
function withAnchorWindow(p: Phase1 | null, params: NormalizerParams): Phase1 | null {
  if (!p || p.kind !== 'shift' || params.anchorWithin === undefined) return p;
  return { ...p, anchorWithin: Number(params.anchorWithin), ...(params.referenceUntilMoved === true ? { referenceUntilMoved: true } : {}) };
}

export const normalizers: Readonly<Record<NormalizerName, Normalizer>> = {
  calendar: (g, params) => withCalendarOffset(calendar(g, params), g, params),
  shift: (g, params) => withAnchorWindow(shift(g, params), params),
  duration, set, fixed, yearAgoPeriod,
  namedDay: (g, params) => withCalendarOffset(namedDay(g, params), g, params),
  yearBeforeChrist,
};
