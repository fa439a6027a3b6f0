import { UTCDate } from '@date-fns/utc';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addHours, addMinutes, addMonths, addWeeks, addYears } from 'date-fns';
import { boundsTimeOf, intervalOf, partOfDayHours, type Point } from '../../../src/temporal/engine/calendar.js';
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
