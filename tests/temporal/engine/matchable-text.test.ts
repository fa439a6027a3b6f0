import { describe, expect, it } from 'vitest';
import { matchableText } from '../../../src/temporal/engine/matchable-text.js';
import { extractTimexes } from '../../../src/temporal/index.js';

const read = (text: string) =>
  extractTimexes(text, { referenceDate: '2013-03-06' }).map((t) => ({ text: t.text, value: t.value, start: t.start, end: t.end }));

describe('matchableText', () => {
  it('keeps the length, so offsets found in it are offsets in the original', () => {
    const original = 'on\u00a0March\u202f3 \u201890s two\u2011year 2012\u201313\r\n';
    expect(matchableText(original)).toHaveLength(original.length);
    expect(matchableText(original)).toBe("on March 3 '90s two-year 2012-13 \n");
  });

  it('returns the very same string when there is nothing to replace', () => {
    const plain = 'Nothing to change here.';
    expect(matchableText(plain)).toBe(plain);
  });

  it('leaves em dashes and curly double quotes alone (they are punctuation, not hyphens or apostrophes)', () => {
    expect(matchableText('Monday \u2014 “then”')).toBe('Monday \u2014 “then”');
  });
});

describe('text pasted from the web reads like plain text', () => {
  it.each([
    ['a no-break space inside a date', 'on March\u00a03, 2013', 'March\u00a03, 2013', '2013-03-03'],
    ['a no-break space inside a relative expression', 'last\u00a0week', 'last\u00a0week', '2013-W09'],
    ['a narrow no-break space before a unit', 'The next 12\u202fmonths', 'The next 12\u202fmonths', 'P12M'],
    ['a no-break space before a.m.', 'at 10\u00a0a.m. on Tuesday', '10\u00a0a.m. on Tuesday', '2013-03-05T10:00'],
    ['a non-breaking hyphen in an adjectival duration', 'a two\u2011year deal', 'two\u2011year', 'P2Y'],
    ['a left single quote typed for the apostrophe of a decade', 'in the \u201890s', 'the \u201890s', '199'],
  ])('%s', (_why, text, extent, value) => {
    const found = read(text);
    expect(found.map((t) => [t.text, t.value])).toEqual([[extent, value]]);
    const [first] = found;
    expect(text.slice(first!.start, first!.end)).toBe(extent);
  });

  it('reads the same expressions, at the same offsets, with Windows line endings', () => {
    const unix = 'He left on Monday.\nShe came back last week.\n';
    const windows = unix.replace(/\n/g, '\r\n');
    const plain = read(unix).map((t) => [t.text, t.value]);
    expect(read(windows).map((t) => [t.text, t.value])).toEqual(plain);
  });
});
