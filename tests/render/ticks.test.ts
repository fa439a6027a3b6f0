import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../src/render/ticks.js';

const utc = (iso: string) => new Date(`${iso}Z`);

describe('axisTicks', () => {
  it('labels years alone when a decade is shown', () => {
    const ticks = axisTicks([utc('2010-01-01T00:00:00'), utc('2020-01-01T00:00:00')], 800);
    expect(ticks.unit).toBe('year');
    expect(ticks.minor.map((t) => t.label)).toEqual(['2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020']);
    expect(ticks.major).toEqual([]);
  });

  it('steps from years to months to days to hours as the view narrows, with the coarser level above', () => {
    const months = axisTicks([utc('2017-01-01T00:00:00'), utc('2017-12-31T00:00:00')], 800);
    expect(months.unit).toBe('month');
    expect(months.minor[0]!.label).toBe('Jan');
    expect(months.major.map((t) => t.label)).toEqual(['2017']);

    const days = axisTicks([utc('2017-07-01T00:00:00'), utc('2017-07-15T00:00:00')], 800);
    expect(days.unit).toBe('day');
    expect(days.minor.slice(0, 3).map((t) => t.label)).toEqual(['1', '2', '3']);
    expect(days.major.map((t) => t.label)).toEqual(['July 2017']);

    const hours = axisTicks([utc('2017-07-02T00:00:00'), utc('2017-07-02T12:00:00')], 800);
    expect(hours.unit).toBe('hour');
    expect(hours.minor[1]!.label).toBe('01:00');
    expect(hours.major.map((t) => t.label)).toEqual(['2 July 2017']);
  });

  it('names the unit the view starts in even when its boundary is off to the left', () => {
    const ticks = axisTicks([utc('2017-06-20T00:00:00'), utc('2017-07-10T00:00:00')], 800);
    expect(ticks.major.map((t) => t.label)).toEqual(['June 2017', 'July 2017']);
    expect(ticks.major[0]!.date.toISOString()).toBe('2017-06-01T00:00:00.000Z');
  });

  it('keeps minor ticks at least the requested distance apart', () => {
    for (const width of [320, 800, 1600]) {
      const domain: [Date, Date] = [utc('2014-07-01T00:00:00'), utc('2017-07-10T00:00:00')];
      const ticks = axisTicks(domain, width, 44);
      const pxPerMs = width / (domain[1].getTime() - domain[0].getTime());
      for (let i = 1; i < ticks.minor.length; i++) {
        expect((ticks.minor[i]!.date.getTime() - ticks.minor[i - 1]!.date.getTime()) * pxPerMs).toBeGreaterThanOrEqual(44 * 0.9);
      }
    }
  });

  it('puts ticks on UTC boundaries whatever the machine time zone', () => {
    const ticks = axisTicks([utc('2017-07-01T00:00:00'), utc('2017-09-01T00:00:00')], 800);
    expect(ticks.minor.length).toBeGreaterThan(5);
    for (const tick of ticks.minor) expect(tick.date.toISOString()).toMatch(/T00:00:00\.000Z$/);
  });
});
