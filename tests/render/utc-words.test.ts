import { describe, expect, it } from 'vitest';
import { dayOfMonth, dayWords, hourMinute, monthWords, shortMonthName, yearWords } from '../../src/render/utc-words.js';

describe('utc words', () => {
  it('writes a date from its UTC fields, whatever the machine’s zone', () => {
    const lateEvening = new Date('2017-07-02T23:30:00Z');
    expect(dayWords(lateEvening)).toBe('2 July 2017');
    expect(monthWords(lateEvening)).toBe('July 2017');
    expect(dayOfMonth(lateEvening)).toBe('2');
    expect(hourMinute(lateEvening)).toBe('23:30');
  });

  it('pads hours and minutes to two digits', () => {
    expect(hourMinute(new Date('2017-07-02T05:07:00Z'))).toBe('05:07');
  });

  it('abbreviates months in three letters', () => {
    expect(shortMonthName(new Date('2017-09-15T00:00:00Z'))).toBe('Sep');
  });

  it('writes years before the common era with “BC” instead of a sign', () => {
    const ides = new Date(0);
    ides.setUTCFullYear(-43, 2, 15);
    expect(yearWords(ides)).toBe('44 BC');
    expect(dayWords(ides)).toBe('15 March 44 BC');
    const early = new Date(0);
    early.setUTCFullYear(79, 7, 24);
    expect(yearWords(early)).toBe('79');
  });
});
