import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../../src/temporal/index.js';

const one = (text: string, referenceDate: string | null = '2017-07-04') => {
  const found = extractTimexes(text, { referenceDate });
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('extractTimexes', () => {
  it('gives offsets into the input and the matching text', () => {
    const text = 'Prices rose on Sunday.';
    const t = one(text);
    expect(text.slice(t.start, t.end)).toBe('Sunday');
    expect(t.text).toBe('Sunday');
  });

  it('counts offsets in UTF-16 units after astral characters', () => {
    const text = '😀😀 It happened on Sunday.';
    const t = one(text);
    expect(text.slice(t.start, t.end)).toBe('Sunday');
  });

  it('keeps relative expressions underspecified without a reference date', () => {
    expect(one('It opened in November.', null)).toMatchObject({ value: 'XXXX-11' });
    expect(one('It happened on Sunday.', null)).toMatchObject({ value: 'XXXX-WXX-7' });
    expect(one('It happened on Sunday.', null).interval).toBeUndefined();
  });

  it('still normalizes absolute dates without a reference date', () => {
    expect(one('March 3, 2015', null)).toMatchObject({ value: '2015-03-03', interval: { start: '2015-03-03T00:00:00.000Z', end: '2015-03-04T00:00:00.000Z' } });
  });

  it('treats an invalid reference date as none instead of throwing', () => {
    expect(one('It opened in November.', '2017-02-30')).toMatchObject({ value: 'XXXX-11' });
    expect(one('It opened in November.', 'yesterday')).toMatchObject({ value: 'XXXX-11' });
  });

  it('reads a reference date in the first century as that year, not as the 1900s', () => {
    expect(one('yesterday', '0001-01-03').value).toBe('0001-01-02');
  });

  it('accepts a Date as the reference', () => {
    expect(extractTimexes('yesterday', { referenceDate: new Date('2017-07-04T00:00:00Z') })[0]?.value).toBe('2017-07-03');
  });

  it('resolves a name without a year by the tense of its verb', () => {
    expect(one('The company has been growing since November.').value).toBe('2016-11');
    expect(one('The company will report in November.').value).toBe('2017-11');
    expect(one('The summit was held on Friday.').value).toBe('2017-06-30');
    expect(one('The summit will be held on Friday.').value).toBe('2017-07-07');
  });

  it('anchors narrative expressions to the most recent date', () => {
    const [, next] = extractTimexes('The talks began on March 3, 2015. The following day they ended.', { referenceDate: '2017-07-04' });
    expect(next).toMatchObject({ value: '2015-03-04', anchor: { kind: 'expression', id: 't1' } });
  });

  it('gives intervals in UTC with an exclusive end', () => {
    expect(one('this summer').interval).toEqual({ start: '2017-06-01T00:00:00.000Z', end: '2017-09-01T00:00:00.000Z' });
    expect(one('the second quarter of 2017').interval).toEqual({ start: '2017-04-01T00:00:00.000Z', end: '2017-07-01T00:00:00.000Z' });
    expect(one('tonight')).toMatchObject({ value: '2017-07-04TNI', type: 'TIME' });
  });

  it('reads modifiers', () => {
    expect(one('the end of the year')).toMatchObject({ value: '2017', mod: 'END' });
    expect(one('early 2015')).toMatchObject({ value: '2015', mod: 'START' });
    expect(one('the mid-1990s')).toMatchObject({ value: '199', mod: 'MID' });
    expect(one('more than three years')).toMatchObject({ value: 'P3Y', mod: 'MORE_THAN' });
    expect(one('about two years')).toMatchObject({ value: 'P2Y', mod: 'APPROX' });
    expect(one('less than a week')).toMatchObject({ value: 'P1W', mod: 'LESS_THAN' });
  });

  it('reads sets and vague references', () => {
    expect(one('He runs every Tuesday.')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-2', quant: 'EVERY' });
    expect(one('It is now clear.')).toMatchObject({ value: 'PRESENT_REF' });
    expect(one('He recently left.')).toMatchObject({ value: 'PAST_REF' });
  });

  it('links the two ends of a range', () => {
    const [a, b] = extractTimexes('from March 3, 2015 to June 1, 2015', { referenceDate: null });
    expect(a?.rangeWith).toBe(b?.id);
    expect(b?.rangeWith).toBe(a?.id);
    expect(a?.signal?.kind).toBe('from');
  });

  it('marks "ago" as the signal of a counted-back date', () => {
    expect(one('two years ago')).toMatchObject({ value: '2015', signal: { kind: 'ago', text: 'ago' } });
  });
});

describe('calendar edges', () => {
  it('numbers weeks by ISO week-year across New Year', () => {
    expect(extractTimexes('last week', { referenceDate: '2021-01-04' })[0]).toMatchObject({
      value: '2020-W53',
      interval: { start: '2020-12-28T00:00:00.000Z', end: '2021-01-04T00:00:00.000Z' },
    });
  });

  it('reads "this winter" as the winter around the reference', () => {
    expect(extractTimexes('this winter', { referenceDate: '2021-01-04' })[0]).toMatchObject({
      value: '2020-WI',
      interval: { start: '2020-12-01T00:00:00.000Z', end: '2021-03-01T00:00:00.000Z' },
    });
  });

  it('rejects impossible days instead of rolling them over', () => {
    expect(extractTimexes('Feb. 30, 2015', { referenceDate: null }).map((t) => t.value)).not.toContain('2015-03-02');
  });

  it('places holidays that move with the weekday', () => {
    expect(extractTimexes('Thanksgiving 2016', { referenceDate: null })[0]?.value).toBe('2016-11-24');
    expect(extractTimexes('Memorial Day 2017', { referenceDate: null })[0]?.value).toBe('2017-05-29');
  });
});
