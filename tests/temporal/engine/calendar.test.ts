import { UTCDate } from '@date-fns/utc';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addHours, addMinutes, addMonths, addWeeks, addYears } from 'date-fns';
import {
  beforeChristField, boundsTimeOf, intervalOf, partOfDayHours, pointContaining, pointFromFields, shiftDate, valueOf, type Point,
} from '../../../src/temporal/engine/calendar.js';
import type { Granularity } from '../../../src/temporal/types.js';

const granularities: Granularity[] = [
  'millennium', 'century', 'decade', 'year', 'half', 'quarter', 'season', 'month', 'week', 'day', 'partOfDay', 'hour', 'minute', 'second',
];

/** Any instant from year 1 to 9999, on the 1st of a month or not, at any time of day. */
const instant = fc.integer({ min: Date.parse('0001-01-01T00:00:00Z'), max: Date.parse('9999-12-31T00:00:00Z') });
const point = fc.record({
  granularity: fc.constantFrom(...granularities),
  time: fc.oneof(instant, instant.map((t) => { const d = new Date(t); d.setUTCDate(1); return d.getTime(); })),
  partOfDay: fc.constantFrom('MO', 'MI', 'AF', 'EV', 'NI', 'DT' as const),
  weekend: fc.boolean(),
}).map(({ granularity, time, partOfDay, weekend }): Point => ({ granularity, start: new UTCDate(time), partOfDay, weekend }));

/** The bounds by date-fns alone (start inclusive, end exclusive): the oracle for the tagger's fast path. */
function boundsOf(point: Point): { start: UTCDate; end: UTCDate } {
  const s = point.start;
  switch (point.granularity) {
    case 'millennium': return { start: s, end: addYears(s, 1000) };
    case 'century': return { start: s, end: addYears(s, 100) };
    case 'decade': return { start: s, end: addYears(s, 10) };
    case 'year': return { start: s, end: addYears(s, 1) };
    case 'half': return { start: s, end: addMonths(s, 6) };
    case 'quarter':
    case 'season': return { start: s, end: addMonths(s, 3) };
    case 'month': return { start: s, end: addMonths(s, 1) };
    case 'week':
      return point.weekend ? { start: addDays(s, 5), end: addDays(s, 7) } : { start: s, end: addWeeks(s, 1) };
    case 'day': return { start: s, end: addDays(s, 1) };
    case 'partOfDay': {
      const [from, to] = partOfDayHours[point.partOfDay ?? 'DT'];
      return { start: addHours(s, from), end: addHours(s, to) };
    }
    case 'hour': return { start: s, end: addHours(s, 1) };
    default: return { start: s, end: addMinutes(s, 1) };
  }
}

describe('boundsTimeOf', () => {
  it('gives the same instants as the date-fns bounds, for every granularity and any start', () => {
    fc.assert(fc.property(point, (p) => {
      const dates = boundsOf(p);
      expect(boundsTimeOf(p)).toEqual({ start: dates.start.getTime(), end: dates.end.getTime() });
    }), { numRuns: 3000 });
  });

  it('keeps the end of a month-long point on the 1st of the next month (31 January to 1 March is not a month)', () => {
    const january = { granularity: 'month' as const, start: new UTCDate(Date.UTC(2016, 0, 1)) };
    expect(new Date(boundsTimeOf(january).end).toISOString()).toBe('2016-02-01T00:00:00.000Z');
  });
});

describe('intervalOf', () => {
  it('writes the bounds of a point as ISO instants, end exclusive', () => {
    const week = { granularity: 'week' as const, start: new UTCDate(Date.UTC(2017, 5, 26)) };
    expect(intervalOf(week)).toEqual({ start: '2017-06-26T00:00:00.000Z', end: '2017-07-03T00:00:00.000Z' });
  });

  it('gives no interval for a point that runs past year 9999', () => {
    expect(intervalOf({ granularity: 'decade', start: new UTCDate(Date.UTC(9995, 0, 1)) })).toBeUndefined();
  });

  it('handles years before 100, which Date.UTC would read as 19xx', () => {
    const start = new UTCDate(Date.UTC(2000, 0, 1));
    start.setUTCFullYear(50);
    expect(intervalOf({ granularity: 'year', start })).toEqual({ start: '0050-01-01T00:00:00.000Z', end: '0051-01-01T00:00:00.000Z' });
  });
});

/** A UTC instant in an astronomical year (1 BC = 0), which Date.UTC cannot take below 100. */
const inYear = (year: number, monthIndex = 0, day = 1): UTCDate => {
  const d = new UTCDate(Date.UTC(2000, monthIndex, day));
  d.setUTCFullYear(year, monthIndex, day);
  return d;
};

describe('years before Christ', () => {
  it('are astronomical years, as date-fns and ISO 8601 count them: 1 BC is year 0, 52 BC is year -51', () => {
    const fiftyTwo = pointFromFields({ year: -51 })!;
    expect(valueOf(fiftyTwo)).toBe('BC0052');
    expect(intervalOf(fiftyTwo)).toEqual({ start: '-000051-01-01T00:00:00.000Z', end: '-000050-01-01T00:00:00.000Z' });
    expect(valueOf(pointFromFields({ year: 0 })!)).toBe('BC0001');
  });

  it('write their months, seasons and days with the BC prefix of the year', () => {
    expect(valueOf(pointFromFields({ year: -479, month: 8 })!)).toBe('BC0480-08');
    expect(valueOf(pointFromFields({ year: -479, season: 'SP' })!)).toBe('BC0480-SP');
    expect(valueOf(pointFromFields({ year: -43, month: 3, day: 15 })!)).toBe('BC0044-03-15');
  });

  it('follow the proleptic Gregorian calendar of date-fns: 45 BC (year -44) is a leap year, 44 BC is not', () => {
    expect(pointFromFields({ year: -44, month: 2, day: 29 })).toBeDefined();
    expect(pointFromFields({ year: -43, month: 2, day: 29 })).toBeUndefined();
  });

  it('count decades and centuries back from the epoch: the 470s BC run from 479 BC to 470 BC', () => {
    const seventies = pointFromFields({ decade: beforeChristField(47) })!;
    expect(valueOf(seventies)).toBe('BC047');
    expect(intervalOf(seventies)).toEqual({ start: '-000478-01-01T00:00:00.000Z', end: '-000468-01-01T00:00:00.000Z' });
    const threeHundreds = pointFromFields({ century: beforeChristField(3) })!;
    expect(valueOf(threeHundreds)).toBe('BC03');
    expect(intervalOf(threeHundreds)).toEqual({ start: '-000398-01-01T00:00:00.000Z', end: '-000298-01-01T00:00:00.000Z' });
  });

  it('end the 1st century BC with 1 BC: there is no year 0 BC', () => {
    const first = pointFromFields({ century: beforeChristField(0) })!;
    expect(valueOf(first)).toBe('BC00');
    expect(intervalOf(first)).toEqual({ start: '-000098-01-01T00:00:00.000Z', end: '0001-01-01T00:00:00.000Z' });
  });

  it('find the decade or century holding a year before Christ the same way', () => {
    expect(valueOf(pointContaining(inYear(-479), 'decade'))).toBe('BC048');
    expect(valueOf(pointContaining(inYear(-479), 'century'))).toBe('BC04');
    expect(valueOf(pointContaining(inYear(-470), 'decade'))).toBe('BC047');
  });

  it('shift across the epoch without a year 0 in the values: the year after 1 BC is AD 1', () => {
    expect(valueOf(pointContaining(shiftDate(inYear(0), 'year', 1), 'year'))).toBe('0001');
    expect(valueOf(pointContaining(shiftDate(inYear(1), 'year', -2), 'year'))).toBe('BC0002');
    expect(valueOf(pointContaining(shiftDate(inYear(-489, 11, 31), 'day', 1), 'day'))).toBe('BC0489-01-01');
  });

  it('have bounds that agree with date-fns, for every granularity', () => {
    const bc = fc.integer({ min: Date.parse('-009998-01-01T00:00:00Z'), max: Date.parse('0000-12-01T00:00:00Z') });
    fc.assert(fc.property(bc, fc.constantFrom(...granularities.filter((g) => g !== 'century' && g !== 'decade')), (time, granularity) => {
      const p: Point = { granularity, start: new UTCDate(time), partOfDay: 'NI' };
      const dates = boundsOf(p);
      expect(boundsTimeOf(p)).toEqual({ start: dates.start.getTime(), end: dates.end.getTime() });
    }), { numRuns: 500 });
  });
});

describe('an nth weekday of a month', () => {
  it('is that day of the given year (US Thanksgiving: the fourth Thursday of November)', () => {
    expect(valueOf(pointFromFields({ year: 2012, month: 11, weekday: 4, nth: 4 })!)).toBe('2012-11-22');
    expect(valueOf(pointFromFields({ year: 2013, month: 11, weekday: 4, nth: 4 })!)).toBe('2013-11-28');
  });

  it('moves by its day offset, across a month end too (Black Friday, Cyber Monday)', () => {
    expect(valueOf(pointFromFields({ year: 2012, month: 11, weekday: 4, nth: 4, dayOffset: 1 })!)).toBe('2012-11-23');
    expect(valueOf(pointFromFields({ year: 2013, month: 11, weekday: 4, nth: 4, dayOffset: 4 })!)).toBe('2013-12-02');
  });
});
