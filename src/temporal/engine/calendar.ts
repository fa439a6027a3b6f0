/**
 * Calendar points: a unit of the calendar (a year, a quarter, an ISO week, a day, an hour …)
 * identified by its first instant, in UTC. All arithmetic goes through date-fns on UTCDate so
 * that the machine's time zone never matters.
 *
 * Years before Christ are astronomical years, as in ISO 8601, Date and date-fns: 1 BC is year 0,
 * 52 BC is year -51. Their TIMEX value takes the TIMEX2 form the TimeML value attribute inherits
 * (and WikiWars' gold writes): `BC0052`, `BC0480-08`, the 470s BC `BC047`, the 300s BC `BC03`.
 */
import { UTCDate } from '@date-fns/utc';
import {
  addDays, addHours, addMinutes, addMonths, addWeeks, addYears, getISODay, getISOWeek, getISOWeekYear, startOfDay,
  startOfISOWeek, startOfMonth, startOfQuarter, startOfYear,
} from 'date-fns';
import type { Granularity, UtcInterval } from '../types.js';
import type { CalendarFields, PartOfDay, SeasonCode, ShiftUnit } from './phase1.js';
import { easterSunday } from './easter.js';

export interface Point {
  granularity: Granularity;
  start: UTCDate;
  season?: SeasonCode;
  partOfDay?: PartOfDay;
  weekend?: boolean;
  /** A clock time stated in UTC: its value ends in `Z`. */
  utc?: boolean;
  /** Midnight at the end of the day (`start` is the next day's 00:00): the value is written `T24:00` on the day named. */
  endOfDay?: boolean;
}

const seasonStartMonth: Record<SeasonCode, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
/** Hours [start, end) of each part of day; night runs past midnight. */
export const partOfDayHours: Record<PartOfDay, [number, number]> = {
  MO: [6, 12], MI: [12, 13], AF: [12, 18], EV: [18, 22], NI: [21, 30], DT: [6, 18],
};

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const utc = (year: number, monthIndex = 0, day = 1, hour = 0, minute = 0): UTCDate => {
  if (year >= 100) return new UTCDate(Date.UTC(year, monthIndex, day, hour, minute));
  const d = new UTCDate(Date.UTC(2000, monthIndex, day, hour, minute));
  d.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  return d;
};

/** Years 9999 BC (astronomical -9998) to AD 9999: those a four-digit value can write. */
export const isUsableYear = (year: number): boolean => Number.isInteger(year) && year >= -9998 && year <= 9999;

/**
 * A decade or century before Christ in calendar fields: negative, -(n + 1) for the n-th one
 * counted back from the epoch as TIMEX2 numbers them (the 470s BC: n = 47, field -48; the 300s
 * BC, which TIMEX writes for the 4th century BC: n = 3, field -4), so that n = 0 has a sign too.
 */
export const beforeChristField = (n: number): number => -(n + 1);

/**
 * The first (astronomical) year of a span of `size` years counted back from the epoch: the 470s BC
 * run from 479 BC (year -478) to 470 BC, the 300s BC from 399 BC (year -398) to 300 BC.
 */
const firstYearBeforeChrist = (n: number, size: number): number => 1 - (n * size + size - 1);

/**
 * The point named by complete calendar fields (year known), or undefined if they are impossible.
 * `year` stands in for `fields.year` (anchoring tries a name in several years without copying its fields).
 */
export function pointFromFields(fields: CalendarFields, year = fields.year): Point | undefined {
  const { century, decade } = fields;
  if (century !== undefined) return { granularity: 'century', start: utc(century < 0 ? firstYearBeforeChrist(-century - 1, 100) : Math.max(1, century * 100)) };
  if (decade !== undefined) return { granularity: 'decade', start: utc(decade < 0 ? firstYearBeforeChrist(-decade - 1, 10) : Math.max(1, decade * 10)) };
  if (year === undefined || !isUsableYear(year)) return undefined;
  if (fields.easter !== undefined) {
    // The computus is Gregorian: before 1583 Easter was reckoned on the Julian calendar.
    if (year < 1583) return undefined;
    const sunday = easterSunday(year);
    if (fields.easter.span) return { granularity: 'week', start: startOfISOWeek(sunday), ...(fields.easter.span === 'weekend' ? { weekend: true } : {}) };
    return { granularity: 'day', start: addDays(sunday, fields.easter.fromEaster) };
  }
  if (fields.half !== undefined) return { granularity: 'half', start: utc(year, (fields.half - 1) * 6) };
  if (fields.quarter !== undefined) return { granularity: 'quarter', start: utc(year, (fields.quarter - 1) * 3) };
  if (fields.season !== undefined) return { granularity: 'season', start: utc(year, seasonStartMonth[fields.season] - 1), season: fields.season };
  if (fields.month === undefined) return { granularity: 'year', start: utc(year) };
  if (fields.day === undefined && fields.nth !== undefined && fields.weekday !== undefined) {
    return { granularity: 'day', start: addDays(nthWeekday(year, fields.month, fields.weekday, fields.nth), fields.dayOffset ?? 0) };
  }
  if (fields.day === undefined && fields.nth !== undefined) {
    // "the first week of March": the ISO week holding most of its first seven days (the one with the 4th); the last likewise.
    const day = fields.nth < 0 ? addDays(utc(year, fields.month, 1), -4) : utc(year, fields.month - 1, 4 + 7 * (fields.nth - 1));
    return { granularity: 'week', start: startOfISOWeek(day) };
  }
  if (fields.day === undefined) return { granularity: 'month', start: utc(year, fields.month - 1) };
  const day = utc(year, fields.month - 1, fields.day);
  if (day.getUTCDate() !== fields.day) return undefined; // 31 June, 30 February
  return withTime({ granularity: 'day', start: day }, fields.time);
}

/** The nth ISO weekday of a month; n = -1 is the last one. */
function nthWeekday(year: number, month: number, weekday: number, n: number): UTCDate {
  if (n < 0) {
    const last = addDays(utc(year, month, 1), -1);
    const iso = getISODay(last);
    return addDays(last, -((iso - weekday + 7) % 7));
  }
  const first = utc(year, month - 1, 1);
  const iso = getISODay(first);
  return addDays(first, ((weekday - iso + 7) % 7) + 7 * (n - 1));
}

/** Narrows a day to a part of day or a clock time. */
export function withTime(day: Point, time: CalendarFields['time']): Point {
  if (!time) return day;
  const midnight = startOfDay(day.start);
  if (time.hour !== undefined) {
    return {
      granularity: time.minute === undefined ? 'hour' : 'minute',
      start: addMinutes(addHours(midnight, time.hour), time.minute ?? 0),
      ...(time.utc ? { utc: true } : {}),
      ...(time.hour === 24 ? { endOfDay: true } : {}),
    };
  }
  if (time.partOfDay) return { granularity: 'partOfDay', start: midnight, partOfDay: time.partOfDay };
  return day;
}

/** The TIMEX3 value of a point: `2017`, `2017-Q2`, `2017-SU`, `2017-W26`, `2017-07-02TNI`, `199` … */
export function valueOf(point: Point): string {
  const d = point.start;
  const fullYear = d.getUTCFullYear();
  const y = yearValue(fullYear);
  const m = pad(d.getUTCMonth() + 1, 2);
  const day = pad(d.getUTCDate(), 2);
  switch (point.granularity) {
    case 'millennium': return spanValue(fullYear, 1000, 1);
    case 'century': return spanValue(fullYear, 100, 2);
    case 'decade': return spanValue(fullYear, 10, 3);
    case 'year': return y;
    case 'half': return `${y}-H${d.getUTCMonth() < 6 ? 1 : 2}`;
    case 'quarter': return `${y}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
    case 'season': return `${y}-${point.season ?? 'SU'}`;
    case 'month': return `${y}-${m}`;
    case 'week': return `${yearValue(getISOWeekYear(d))}-W${pad(getISOWeek(d), 2)}${point.weekend ? '-WE' : ''}`;
    case 'day': return `${y}-${m}-${day}`;
    case 'partOfDay': return `${y}-${m}-${day}T${point.partOfDay ?? 'DT'}`;
    case 'hour': return `${y}-${m}-${day}T${pad(d.getUTCHours(), 2)}:00${point.utc ? 'Z' : ''}`;
    case 'minute':
    case 'second':
      if (point.endOfDay) return `${valueOf({ granularity: 'day', start: new UTCDate(d.getTime() - 86_400_000) })}T24:00${point.utc ? 'Z' : ''}`;
      return `${y}-${m}-${day}T${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}${point.utc ? 'Z' : ''}`;
    default: return `${y}-${m}-${day}`;
  }
}

/** `2017`, `0711`; year 0 and earlier as years before Christ: `BC0001`, `BC0480`. */
const yearValue = (year: number): string => spanValue(year, 1, 4);
/** The leading digits of the span of `size` years holding a year: `199`, `19`; before Christ `BC047`, `BC03`. */
const spanValue = (year: number, size: number, width: number): string =>
  year > 0 ? pad(Math.floor(year / size), width) : `BC${pad(Math.floor((1 - year) / size), width)}`;

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * `addMonths(s, months)` as a time value. Points of a month or coarser start on the 1st, where
 * adding months never clamps the day, and in UTC a day is always 24 hours: there plain UTC
 * arithmetic on one Date gives exactly what date-fns gives, without the two UTCDate objects
 * date-fns allocates per call (bounds are computed for every expression and every candidate
 * reading, so this is a hot path of the tagger). Any other start still goes through date-fns.
 */
function monthsLater(s: UTCDate, months: number): number {
  if (s.getUTCDate() !== 1) return addMonths(s, months).getTime();
  const d = new Date(s.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.getTime();
}

/** The first instant of AD 1 (`Date.UTC` would read year 1 as 1901). */
const AD_1 = Date.parse('0001-01-01T00:00:00.000Z');
/** The 1st century BC and the "0s BC" end with 1 BC: there is no year 0 BC to fill their last place. */
const endBeforeChrist = (start: number, end: number): number => (start < AD_1 && end > AD_1 ? AD_1 : end);

/** `boundsOf` as time values (ms since the epoch), for comparisons. */
export function boundsTimeOf(point: Point): { start: number; end: number } {
  const s = point.start;
  const t = s.getTime();
  switch (point.granularity) {
    case 'millennium': return { start: t, end: monthsLater(s, 12_000) };
    case 'century': return { start: t, end: endBeforeChrist(t, monthsLater(s, 1200)) };
    case 'decade': return { start: t, end: endBeforeChrist(t, monthsLater(s, 120)) };
    case 'year': return { start: t, end: monthsLater(s, 12) };
    case 'half': return { start: t, end: monthsLater(s, 6) };
    case 'quarter':
    case 'season': return { start: t, end: monthsLater(s, 3) };
    case 'month': return { start: t, end: monthsLater(s, 1) };
    case 'week': return point.weekend ? { start: t + 5 * DAY_MS, end: t + 7 * DAY_MS } : { start: t, end: t + 7 * DAY_MS };
    case 'day': return { start: t, end: t + DAY_MS };
    case 'partOfDay': {
      const [from, to] = partOfDayHours[point.partOfDay ?? 'DT'];
      return { start: t + from * HOUR_MS, end: t + to * HOUR_MS };
    }
    case 'hour': return { start: t, end: t + HOUR_MS };
    default: return { start: t, end: t + MINUTE_MS };
  }
}

export function intervalOf(point: Point): UtcInterval | undefined {
  const bounds = boundsTimeOf(point);
  const start = new Date(bounds.start);
  const end = new Date(bounds.end);
  if (!isUsableYear(start.getUTCFullYear()) || !isUsableYear(end.getUTCFullYear() - 1)) return undefined;
  return { start: start.toISOString(), end: end.toISOString() };
}

/** The point of the given unit that contains an instant. */
export function pointContaining(date: UTCDate, unit: ShiftUnit | 'day'): Point {
  switch (unit) {
    case 'day': return { granularity: 'day', start: startOfDay(date) };
    case 'week': return { granularity: 'week', start: startOfISOWeek(date) };
    case 'weekend': return { granularity: 'week', start: startOfISOWeek(date), weekend: true };
    case 'month': return { granularity: 'month', start: startOfMonth(date) };
    case 'quarter': return { granularity: 'quarter', start: startOfQuarter(date) };
    case 'half': return { granularity: 'half', start: utc(date.getUTCFullYear(), date.getUTCMonth() < 6 ? 0 : 6) };
    case 'season': {
      const m = date.getUTCMonth() + 1;
      const code: SeasonCode = m >= 3 && m < 6 ? 'SP' : m >= 6 && m < 9 ? 'SU' : m >= 9 && m < 12 ? 'FA' : 'WI';
      const y = m < 3 ? date.getUTCFullYear() - 1 : date.getUTCFullYear();
      return { granularity: 'season', start: utc(y, seasonStartMonth[code] - 1), season: code };
    }
    case 'year': return { granularity: 'year', start: startOfYear(date) };
    case 'decade': return { granularity: 'decade', start: utc(spanStart(date.getUTCFullYear(), 10)) };
    case 'century': return { granularity: 'century', start: utc(spanStart(date.getUTCFullYear(), 100)) };
  }
}

/** The first year of the decade or century holding a year; before Christ they are counted back from the epoch. */
const spanStart = (year: number, size: number): number =>
  year > 0 ? Math.max(1, Math.floor(year / size) * size) : firstYearBeforeChrist(Math.floor((1 - year) / size), size);

/** Moves a point by whole units of its own kind (or of `unit`), keeping its granularity where it is coarser. */
export function shiftDate(date: UTCDate, unit: ShiftUnit | 'day', amount: number): UTCDate {
  switch (unit) {
    case 'day': return addDays(date, amount);
    case 'week':
    case 'weekend': return addWeeks(date, amount);
    case 'month': return addMonths(date, amount);
    case 'quarter':
    case 'season': return addMonths(date, 3 * amount);
    case 'half': return addMonths(date, 6 * amount);
    case 'year': return addYears(date, amount);
    case 'decade': return addYears(date, 10 * amount);
    case 'century': return addYears(date, 100 * amount);
  }
}

/** How fine a granularity is: smaller is finer. */
export const granularityRank: Record<Granularity, number> = {
  second: 0, minute: 1, hour: 2, partOfDay: 3, day: 4, week: 5, month: 6, season: 7, quarter: 7, half: 8,
  year: 9, decade: 10, century: 11, millennium: 12, unknown: 13,
};
