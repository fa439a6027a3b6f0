import { describe, expect, it } from 'vitest';
import { easterSunday } from '../../../src/temporal/engine/easter.js';

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('easterSunday (Gregorian computus)', () => {
  it.each([
    [1818, '1818-03-22'], // the earliest possible date
    [1943, '1943-04-25'], // the latest possible date
    [2000, '2000-04-23'],
    [2013, '2013-03-31'],
    [2014, '2014-04-20'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2038, '2038-04-25'],
  ])('dates Easter %i on %s', (year, expected) => {
    expect(iso(easterSunday(year))).toBe(expected);
  });

  it('always falls on a Sunday between March 22 and April 25', () => {
    for (let year = 1583; year <= 2500; year++) {
      const easter = easterSunday(year);
      expect(easter.getUTCDay()).toBe(0);
      const monthDay = iso(easter).slice(5);
      expect(monthDay >= '03-22' && monthDay <= '04-25').toBe(true);
    }
  });
});
