import { describe, expect, it } from 'vitest';

import { chronoTimexes } from '../../src/eval/chrono.js';

const reading = (text: string) => chronoTimexes(text, { referenceDate: '2017-07-04' }).map(({ text: t, type, value }) => ({ text: t, type, value }));

describe('chronoTimexes (the chrono-node baseline)', () => {
  it('maps a full date to YYYY-MM-DD on the right text', () => {
    expect(reading('It opened on March 3, 2015 downtown.')).toEqual([{ text: 'March 3, 2015', type: 'DATE', value: '2015-03-03' }]);
  });

  it('keeps a month-only mention at month precision, with the year chrono chose', () => {
    const [timex] = reading('Talks began in November.');
    expect(timex?.value).toMatch(/^\d{4}-11$/);
  });

  it('resolves relative days against the reference date, whatever the machine time zone', () => {
    expect(reading('He left yesterday.')).toEqual([{ text: 'yesterday', type: 'DATE', value: '2017-07-03' }]);
  });

  it('turns a stated hour into a TIME value', () => {
    expect(reading('They met at 3 p.m. on July 5, 2017.')[0]).toMatchObject({ type: 'TIME', value: '2017-07-05T15:00' });
  });
});

describe('chronoTimexes on expressions chrono finds without stating any component', () => {
  it('keeps them, valued at the day chrono resolved to, so their extents still count', () => {
    const [timex] = reading('We will decide this week.');
    expect(timex).toMatchObject({ text: 'this week', type: 'DATE' });
    expect(timex?.value).toMatch(/^2017-0[67]-\d\d$/);
  });
});
