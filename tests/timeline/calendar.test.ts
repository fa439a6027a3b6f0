import { describe, expect, it } from 'vitest';
import { calendarDay, normalizeReferenceDate, parseDuration, subtractDuration } from '../../src/timeline/calendar.js';

describe('reference dates', () => {
  it('accept a day or an ISO instant and give its UTC day', () => {
    expect(normalizeReferenceDate('2017-07-04')).toBe('2017-07-04');
    expect(normalizeReferenceDate('2017-07-04T23:30:00-05:00')).toBe('2017-07-05');
    expect(normalizeReferenceDate(new Date('2017-07-04T12:00:00Z'))).toBe('2017-07-04');
    expect(normalizeReferenceDate(null)).toBeNull();
    expect(normalizeReferenceDate(undefined)).toBeNull();
  });

  it('reject anything else with a message saying what is expected', () => {
    expect(() => normalizeReferenceDate('04/07/2017')).toThrow(/expected YYYY-MM-DD/);
    expect(() => normalizeReferenceDate('2017-13-01')).toThrow(/Invalid reference date/);
    expect(() => normalizeReferenceDate('2017-02-29')).toThrow(/no such calendar day/);
  });
});

describe('calendar days', () => {
  it('read YYYY-MM-DD as the UTC midnight of that day, early years included', () => {
    expect(calendarDay('2016-02-29')?.toISOString()).toBe('2016-02-29T00:00:00.000Z');
    expect(calendarDay('0050-01-01')?.getUTCFullYear()).toBe(50);
  });

  it('are null for days that do not exist and for other forms', () => {
    for (const bad of ['2017-02-29', '2017-04-31', '2017-13-01', '2017-00-10', '2017-7-4', '2017-07-04T00:00:00Z', ' 2017-07-04', '']) {
      expect(calendarDay(bad), bad).toBeNull();
    }
  });
});

describe('durations', () => {
  it('read TIMEX3 duration values', () => {
    expect(parseDuration('P3Y')).toMatchObject({ years: 3, months: 0 });
    expect(parseDuration('P1M')).toMatchObject({ months: 1 });
    expect(parseDuration('P2Q')).toMatchObject({ years: 0, months: 6 });
    expect(parseDuration('PT2H30M')).toMatchObject({ hours: 2, minutes: 30 });
    expect(parseDuration('P2W')).toMatchObject({ weeks: 2 });
  });

  it('move fractions to the next smaller unit', () => {
    expect(parseDuration('P1.5Y')).toMatchObject({ years: 1, months: 6 });
  });

  it('give nothing for unknown amounts and malformed values', () => {
    for (const value of ['PXY', 'P', 'PT', 'P0D', '3 years', 'P3X']) expect(parseDuration(value), value).toBeUndefined();
  });

  it('subtract in UTC calendar arithmetic, whatever the machine zone', () => {
    expect(subtractDuration('2017-07-05T00:00:00.000Z', parseDuration('P3Y')!)).toBe('2014-07-05T00:00:00.000Z');
    expect(subtractDuration('2017-03-31T00:00:00.000Z', parseDuration('P1M')!)).toBe('2017-02-28T00:00:00.000Z');
    expect(subtractDuration('2017-03-27T00:00:00.000Z', parseDuration('PT1H')!)).toBe('2017-03-26T23:00:00.000Z');
  });
});
