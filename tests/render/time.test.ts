import { describe, expect, it } from 'vitest';
import { eventExtent, paddedDomain, parseCalendarDate } from '../../src/render/time.js';

describe('parseCalendarDate', () => {
  it('reads YYYY-MM-DD as the UTC midnight of that day', () => {
    expect(parseCalendarDate('2017-07-04')?.toISOString()).toBe('2017-07-04T00:00:00.000Z');
  });
  it('refuses what is not a calendar date', () => {
    for (const bad of ['2017-02-30', '2017-7-4', 'July 4', '2017-07-04T00:00Z', '']) expect(parseCalendarDate(bad)).toBeNull();
  });
});

describe('paddedDomain', () => {
  it('covers every event and the publication day, with air on both sides', () => {
    const extents = [eventExtent({ start: '2017-01-01T00:00:00.000Z', end: '2017-02-01T00:00:00.000Z' })];
    const [start, end] = paddedDomain(extents, Date.parse('2017-07-04T00:00:00.000Z'));
    expect(start.getTime()).toBeLessThan(Date.parse('2017-01-01T00:00:00.000Z'));
    expect(end.getTime()).toBeGreaterThan(Date.parse('2017-07-05T00:00:00.000Z'));
  });
  it('gives a single instant at least a week', () => {
    const [start, end] = paddedDomain([eventExtent({ start: '2017-07-02T00:00:00.000Z', end: '2017-07-02T00:00:00.000Z' })], null);
    expect(end.getTime() - start.getTime()).toBeGreaterThanOrEqual(7 * 86_400_000);
  });
});
