import {
  utcDay,
  utcHour,
  utcMinute,
  utcMonday,
  utcMonth,
  utcYear,
  type CountableTimeInterval,
  type TimeInterval,
} from 'd3-time';
import { dayOfMonth, dayWords, hourMinute, monthWords, shortMonthName, yearWords } from './utc-words.js';

/** One rung of the axis ladder: the minor ticks and the coarser unit that labels them above. */
interface TickRung {
  name: string;
  interval: TimeInterval;
  approxMs: number;
  minorFormat: (date: Date) => string;
  major: { interval: CountableTimeInterval; format: (date: Date) => string } | null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30.44 * DAY;
const YEAR = 365.25 * DAY;

const shortMonth = shortMonthName;
const fullYear = yearWords;

const dayMajor = { interval: utcDay, format: dayWords };
const monthMajor = { interval: utcMonth, format: monthWords };
const yearMajor = { interval: utcYear, format: fullYear };

function every(interval: CountableTimeInterval, step: number): TimeInterval {
  return step === 1 ? interval : (interval.every(step) ?? interval);
}

/** Finest first: the first rung whose ticks are far enough apart is used. All UTC intervals. */
const LADDER: readonly TickRung[] = [
  { name: '15 minutes', interval: every(utcMinute, 15), approxMs: 15 * MINUTE, minorFormat: hourMinute, major: dayMajor },
  { name: 'hour', interval: utcHour, approxMs: HOUR, minorFormat: hourMinute, major: dayMajor },
  { name: '3 hours', interval: every(utcHour, 3), approxMs: 3 * HOUR, minorFormat: hourMinute, major: dayMajor },
  { name: '6 hours', interval: every(utcHour, 6), approxMs: 6 * HOUR, minorFormat: hourMinute, major: dayMajor },
  { name: '12 hours', interval: every(utcHour, 12), approxMs: 12 * HOUR, minorFormat: hourMinute, major: dayMajor },
  { name: 'day', interval: utcDay, approxMs: DAY, minorFormat: dayOfMonth, major: monthMajor },
  { name: '2 days', interval: every(utcDay, 2), approxMs: 2 * DAY, minorFormat: dayOfMonth, major: monthMajor },
  { name: 'week', interval: utcMonday, approxMs: 7 * DAY, minorFormat: dayOfMonth, major: monthMajor },
  { name: 'month', interval: utcMonth, approxMs: MONTH, minorFormat: shortMonth, major: yearMajor },
  { name: 'quarter', interval: every(utcMonth, 3), approxMs: 3 * MONTH, minorFormat: shortMonth, major: yearMajor },
  { name: 'year', interval: utcYear, approxMs: YEAR, minorFormat: fullYear, major: null },
  { name: '2 years', interval: every(utcYear, 2), approxMs: 2 * YEAR, minorFormat: fullYear, major: null },
  { name: '5 years', interval: every(utcYear, 5), approxMs: 5 * YEAR, minorFormat: fullYear, major: null },
  { name: '10 years', interval: every(utcYear, 10), approxMs: 10 * YEAR, minorFormat: fullYear, major: null },
  { name: '25 years', interval: every(utcYear, 25), approxMs: 25 * YEAR, minorFormat: fullYear, major: null },
  { name: '50 years', interval: every(utcYear, 50), approxMs: 50 * YEAR, minorFormat: fullYear, major: null },
  { name: '100 years', interval: every(utcYear, 100), approxMs: 100 * YEAR, minorFormat: fullYear, major: null },
];

export interface AxisTick {
  date: Date;
  label: string;
}

export interface AxisTicks {
  /** Which rung was chosen ("month", "day", "3 hours"…), for tests and debugging. */
  unit: string;
  minor: AxisTick[];
  /** The coarser level: the year above months, the month above days, the day above hours. */
  major: AxisTick[];
}

/**
 * Two-level ticks for a UTC domain drawn `widthPx` wide: the finest unit whose ticks stay at
 * least `minSpacingPx` apart, and above it the next calendar level. The first major label is
 * the unit the view starts in, so the level is named even when its boundary is off-screen.
 */
export function axisTicks(domain: readonly [Date, Date], widthPx: number, minSpacingPx = 44): AxisTicks {
  const [start, end] = domain;
  const spanMs = end.getTime() - start.getTime();
  const pxPerMs = widthPx / Math.max(spanMs, 1);
  const rung = LADDER.find((r) => r.approxMs * pxPerMs >= minSpacingPx) ?? LADDER[LADDER.length - 1]!;
  const minor = rung.interval.range(start, new Date(end.getTime() + 1)).map((date) => ({ date, label: rung.minorFormat(date) }));
  const major: AxisTick[] = [];
  if (rung.major) {
    const first = rung.major.interval.floor(start);
    for (const date of [first, ...rung.major.interval.range(new Date(first.getTime() + 1), new Date(end.getTime() + 1))]) {
      major.push({ date, label: rung.major.format(date) });
    }
  }
  return { unit: rung.name, minor, major };
}
