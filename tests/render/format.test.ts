import { describe, expect, it } from 'vitest';
import { accessibleEventName, describeEventDate, shortLabel } from '../../src/render/format.js';

const event = (start: string, end: string, kind: 'point' | 'period' | 'span' | 'open', granularity: 'day' | 'month' | 'week' | 'year' | 'hour') => ({
  start: `${start}Z`,
  end: `${end}Z`,
  kind,
  granularity,
  title: 'SDF fighters entered the city',
});

describe('describeEventDate', () => {
  it('says a day, a month, a week, a year, a span and an open span as a reader would', () => {
    expect(describeEventDate(event('2017-07-02T00:00:00', '2017-07-03T00:00:00', 'point', 'day'))).toBe('2 July 2017');
    expect(describeEventDate(event('2017-06-01T00:00:00', '2017-07-01T00:00:00', 'period', 'month'))).toBe('June 2017');
    expect(describeEventDate(event('2017-06-26T00:00:00', '2017-07-03T00:00:00', 'period', 'week'))).toBe('26 June 2017 – 2 July 2017');
    expect(describeEventDate(event('2016-01-01T00:00:00', '2017-01-01T00:00:00', 'period', 'year'))).toBe('2016');
    expect(describeEventDate(event('2014-07-05T00:00:00', '2017-07-05T00:00:00', 'span', 'year'))).toBe('2014 – 4 July 2017');
    expect(describeEventDate(event('2016-11-01T00:00:00', '2017-07-05T00:00:00', 'open', 'month'))).toBe('since November 2016');
    expect(describeEventDate(event('2017-07-02T15:30:00', '2017-07-02T15:31:00', 'point', 'hour'))).toBe('2 July 2017, 15:30 UTC');
  });

  it('reads the UTC calendar, not the machine zone (run under several TZ values)', () => {
    expect(describeEventDate(event('2017-07-02T00:00:00', '2017-07-03T00:00:00', 'point', 'day'))).toBe('2 July 2017');
    expect(describeEventDate(event('2017-07-02T23:59:59', '2017-07-03T00:00:00', 'point', 'day'))).toBe('2 July 2017');
  });
});

describe('accessibleEventName', () => {
  it('joins the date and the summary', () => {
    expect(accessibleEventName(event('2017-07-02T00:00:00', '2017-07-03T00:00:00', 'point', 'day'))).toBe('2 July 2017: SDF fighters entered the city');
  });
});

describe('shortLabel', () => {
  it('keeps short titles and cuts long ones at a word, with an ellipsis', () => {
    expect(shortLabel('Fighters entered', 30)).toBe('Fighters entered');
    const cut = shortLabel('The Kurdish-led SDF has been closing in on the city', 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut.endsWith('…')).toBe(true);
    expect('The Kurdish-led SDF has been closing in on the city'.startsWith(cut.slice(0, -1))).toBe(true);
  });
});
