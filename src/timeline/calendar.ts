import { UTCDate } from '@date-fns/utc';
import { addDays, sub, type Duration } from 'date-fns';
import type { UtcInterval } from '../temporal/types.js';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` → the UTC midnight starting that day, or null when it is not a real calendar date. */
export function calendarDay(value: string): Date | null {
  const date = isoDay.test(value) ? new Date(`${value}T00:00:00.000Z`) : null;
  return date && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? date : null;
}

/**
 * The reference (publication) date as `YYYY-MM-DD`, from a day or a full ISO instant (its UTC
 * day). Throws a message saying what is accepted.
 */
export function normalizeReferenceDate(input: string | Date | null | undefined): string | null {
  if (input === null || input === undefined || input === '') return null;
  if (typeof input === 'string' && isoDay.test(input)) {
    if (!calendarDay(input)) throw new Error(`Invalid reference date ${JSON.stringify(input)}: no such calendar day.`);
    return input;
  }
  const date = input instanceof Date ? input : new Date(input);
  if (Number.isNaN(date.getTime()) || (typeof input === 'string' && !/^\d{4}-\d{2}-\d{2}/.test(input))) {
    throw new Error(`Invalid reference date ${JSON.stringify(String(input))}: expected YYYY-MM-DD or an ISO 8601 instant such as 2017-07-04T12:00:00Z.`);
  }
  return date.toISOString().slice(0, 10);
}

/** The reference day as a UTC interval (end exclusive). */
export function dayInterval(day: string): UtcInterval {
  const start = new UTCDate(`${day}T00:00:00.000Z`);
  return { start: start.toISOString(), end: addDays(start, 1).toISOString() };
}

const durationPattern = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)Q)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * A TIMEX3 duration value (`P3Y`, `P2Q`, `P1M`, `PT2H`, `P1.5Y`) as a date-fns Duration, or undefined
 * for unknown amounts (`PXY`) and malformed values. Fractions move to the next smaller unit
 * because date-fns adds whole units only.
 */
export function parseDuration(value: string): Duration | undefined {
  const match = durationPattern.exec(value);
  if (!match || value === 'P' || value.endsWith('T')) return undefined;
  const [, y, q, mo, w, d, h, mi, s] = match.map((part) => (part === undefined ? 0 : Number(part)));
  const duration: Required<Pick<Duration, 'years' | 'months' | 'weeks' | 'days' | 'hours' | 'minutes' | 'seconds'>> = {
    // A quarter (TIMEX3 "P2Q") is three months; date-fns has no quarters in a Duration.
    years: y ?? 0, months: (mo ?? 0) + 3 * (q ?? 0), weeks: w ?? 0, days: d ?? 0, hours: h ?? 0, minutes: mi ?? 0, seconds: s ?? 0,
  };
  const carry: [keyof typeof duration, keyof typeof duration, number][] = [
    ['years', 'months', 12], ['months', 'days', 30], ['weeks', 'days', 7], ['days', 'hours', 24],
    ['hours', 'minutes', 60], ['minutes', 'seconds', 60],
  ];
  for (const [unit, smaller, factor] of carry) {
    const whole = Math.trunc(duration[unit]);
    duration[smaller] += (duration[unit] - whole) * factor;
    duration[unit] = whole;
  }
  duration.seconds = Math.round(duration.seconds);
  const total = Object.values(duration).reduce((a, b) => a + b, 0);
  return total > 0 ? duration : undefined;
}

/** The instant `duration` before `endIso`, in UTC calendar arithmetic. */
export function subtractDuration(endIso: string, duration: Duration): string {
  return sub(new UTCDate(endIso), duration).toISOString();
}
