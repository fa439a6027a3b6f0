import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../../../src/temporal/index.js';
import { landingAfter } from '../../../src/temporal/engine/later.js';
import { utc } from '../../../src/temporal/engine/calendar.js';

const read = (text: string, referenceDate = '2013-03-13') => extractTimexes(text, { referenceDate });

describe('a duration counted on from the date just named ("three days later")', () => {
  it('stays a TIMEX3 duration with "later" as its signal, and lands on the day it counts to', () => {
    const [date, later] = read('The plant closed on March 2, 2010. Three days later, workers protested.');
    expect(later).toMatchObject({
      text: 'Three days', type: 'DURATION', value: 'P3D',
      signal: { kind: 'later', text: 'later' },
      anchor: { kind: 'expression', id: date!.id },
      interval: { start: '2010-03-05T00:00:00.000Z', end: '2010-03-06T00:00:00.000Z' },
    });
  });

  it('moves the story on: "the next day" after it counts from where it landed', () => {
    const timexes = read('The plant closed on March 2, 2010. Three days later, workers struck. The next day, police came.');
    expect(timexes.find((t) => t.text === 'The next day')?.value).toBe('2010-03-06');
  });

  it('lands at its own unit, as "a week earlier" does: "a week later" is a week, "two years later" a year', () => {
    const [, week] = read('The plant closed on March 2, 2010. A week later, workers struck.');
    expect(week?.interval).toEqual({ start: '2010-03-08T00:00:00.000Z', end: '2010-03-15T00:00:00.000Z' });
    const timexes = read('The plant closed on March 2, 2010. Two months later it was sold, and two years later it reopened.');
    expect(timexes.map((t) => [t.text, t.interval?.start])).toEqual([
      ['March 2, 2010', '2010-03-02T00:00:00.000Z'],
      ['Two months', '2010-05-01T00:00:00.000Z'],
      ['two years', '2012-01-01T00:00:00.000Z'],
    ]);
  });

  it('lands nowhere when the last date is coarser than its unit, or its amount is not a number', () => {
    const [, days] = read('In 2011 the company was bought; three days later it was sold again.');
    expect(days).toMatchObject({ text: 'three days', type: 'DURATION', value: 'P3D' });
    expect(days?.interval).toBeUndefined();
    expect(days?.anchor).toBeUndefined();
    expect(landingAfter({ granularity: 'day', start: utc(2010, 2, 2) }, 'PXD')).toBeUndefined();
    expect(landingAfter({ granularity: 'day', start: utc(2010, 2, 2) }, 'P1.5Y')).toBeUndefined();
  });

  it('leaves a duration that does not count on from a date as it was ("for three days")', () => {
    const [, span] = read('The plant closed on March 2, 2010, for three days.');
    expect(span).toMatchObject({ text: 'three days', type: 'DURATION', value: 'P3D' });
    expect(span?.interval).toBeUndefined();
  });
});
