import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTimexes, type Timex } from '../../src/temporal/index.js';

/** What a TIMEX3 value may look like: dates, weeks, parts, times, durations, sets, vague refs. */
const wellFormedValue =
  /^(?:PRESENT_REF|PAST_REF|FUTURE_REF|P(?:[0-9.]+|X)[YMWDQECL]|PT(?:[0-9.]+|X)[HMS]|(?:BC)?[0-9X]{2,4}(?:-(?:[0-9X]{2}(?:-[0-9X]{2})?|W[0-9X]{2}(?:-(?:[1-7]|WE))?|WXX-[1-7]|Q[1-4X]|H[12X]|SP|SU|FA|WI))?(?:T(?:MO|AF|EV|NI|DT|MI|[0-9]{2}:[0-9]{2}Z?))?)$/;

function checkInvariants(input: string, timexes: Timex[]): void {
  let previousEnd = 0;
  timexes.forEach((t, i) => {
    expect(t.id).toBe(`t${i + 1}`);
    expect(t.start).toBeGreaterThanOrEqual(previousEnd);
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.end).toBeLessThanOrEqual(input.length);
    expect(t.text).toBe(input.slice(t.start, t.end));
    expect(t.value).toMatch(wellFormedValue);
    if (t.interval) expect(Date.parse(t.interval.start)).toBeLessThan(Date.parse(t.interval.end));
    previousEnd = t.end;
  });
}

const temporalWords = [
  'May', 'March', 'Sunday', 'last', 'week', 'the', 'following', 'day', 'three', 'years', 'ago', 'since', 'November',
  '3', '2015', '1990s', 'p.m.', 'a.m.', 'mid-', 'early', 'quarter', 'first', 'every', 'Tuesday', 'morning', '-', '–',
  ',', '.', ' ', '\n', '12/31/98', '2015-03-03', 'fiscal', "'90s", 'year-earlier', 'now', 'tonight', '😀', 'é', '\u0000',
];

describe('the tagger never throws and keeps its invariants', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.option(fc.constantFrom('2017-07-04', '1989-10-26', 'bad', '0001-01-01', '9999-12-31')), (input, reference) => {
        checkInvariants(input, extractTimexes(input, { referenceDate: reference }));
      }),
      { numRuns: 300 },
    );
  });

  it('on strings made of temporal words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...temporalWords), { maxLength: 60 }), fc.constantFrom('2017-07-04', '0001-01-03', '9999-12-30', null), (words, reference) => {
        const input = words.join(' ');
        checkInvariants(input, extractTimexes(input, { referenceDate: reference }));
      }),
      { numRuns: 500 },
    );
  });

  it('on values that are not strings at all', () => {
    expect(extractTimexes(undefined as unknown as string)).toEqual([]);
    expect(extractTimexes(42 as unknown as string, { referenceDate: {} as unknown as string })).toEqual([]);
  });

  it('finishes on a megabyte of adversarial text', () => {
    const pieces = ['the past ', 'three ', 'more than ', 'last ', 'March ', '3', '1', ', ', '2015-', '12/', 'a.m', ' the end of the ', 'year-earlier ', '    '];
    let input = '';
    for (let i = 0; input.length < 1_000_000; i++) input += pieces[(i * 7919) % pieces.length];
    const timexes = extractTimexes(input, { referenceDate: '2017-07-04' });
    expect(timexes.length).toBeGreaterThan(0);
    const spaces = extractTimexes(' '.repeat(1_000_000) + 'May 5', { referenceDate: '2017-07-04' });
    expect(spaces.map((t) => t.text)).toEqual(['May 5']);
    for (const unit of ['1 ', '1990-', "'9", 'the ']) {
      const repeated = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const found = extractTimexes(repeated, { referenceDate: '2017-07-04' });
      expect(found.every((t) => t.end <= repeated.length && repeated.slice(t.start, t.end) === t.text)).toBe(true);
    }
  });
});
