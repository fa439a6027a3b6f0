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

/**
 * `count` `unit`s per tick: "3 hours" is every third UTC hour. Rungs are built by this one
 * function rather than written out as 17 object literals, which the bundle would carry in full.
 */
function rung(unit: CountableTimeInterval, unitName: string, unitMs: number, count: number, minorFormat: (date: Date) => string, major: TickRung['major']): TickRung {
  return {
    name: count === 1 ? unitName : `${count} ${unitName}s`,
    interval: count === 1 ? unit : (unit.every(count) ?? unit),
    approxMs: count * unitMs,
    minorFormat,
    major,
  };
}

/** Finest first: the first rung whose ticks are far enough apart is used. All UTC intervals. */
const LADDER: readonly TickRung[] = [
  rung(utcMinute, 'minute', MINUTE, 15, hourMinute, dayMajor),
  ...[1, 3, 6, 12].map((hours) => rung(utcHour, 'hour', HOUR, hours, hourMinute, dayMajor)),
  ...[1, 2].map((days) => rung(utcDay, 'day', DAY, days, dayOfMonth, monthMajor)),
  rung(utcMonday, 'week', 7 * DAY, 1, dayOfMonth, monthMajor),
  rung(utcMonth, 'month', MONTH, 1, shortMonth, yearMajor),
  { ...rung(utcMonth, 'month', MONTH, 3, shortMonth, yearMajor), name: 'quarter' },
  ...[1, 2, 5, 10, 25, 50, 100].map((years) => rung(utcYear, 'year', YEAR, years, fullYear, null)),
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
