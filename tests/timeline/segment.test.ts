import { describe, expect, it } from 'vitest';
import { sentenceAt, sentenceRanges, stripPunctuation, tokenize } from '../../src/timeline/segment.js';

describe('sentences', () => {
  it('do not end after an abbreviation inside a line', () => {
    const text = 'The U.S. Central Command said so. Officials agreed.\nNext line.';
    expect(sentenceRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(['The U.S. Central Command said so.', 'Officials agreed.', 'Next line.']);
  });

  it('end at every line break, so page furniture stays apart from the story', () => {
    const text = 'FYI.\n\nThis story is over 5 years old.\n\nNews\n\nThe city fell on Sunday.';
    expect(sentenceRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(['FYI.', 'This story is over 5 years old.', 'News', 'The city fell on Sunday.']);
  });

  it('are the same for a long one-line text as for its parts', () => {
    const sentence = 'Fighters entered the city on Sunday after a long siege. ';
    const text = sentence.repeat(400);
    const ranges = sentenceRanges(text);
    expect(ranges).toHaveLength(400);
    expect(new Set(ranges.map((r) => text.slice(r.start, r.end)))).toEqual(new Set([sentence.trim()]));
  });

  it('are found by offset', () => {
    const text = 'One. Two.';
    const ranges = sentenceRanges(text);
    expect(sentenceAt(ranges, 6)).toEqual({ start: 5, end: 9 });
    expect(sentenceAt(ranges, 4)).toBeUndefined();
  });
});

describe('tokens', () => {
  it('keep a hyphenated, dotted or possessive word whole and know its words', () => {
    const text = 'U.S.-backed forces breached Raqqa’s wall (SDF).';
    const tokens = tokenize(text, { start: 0, end: text.length });
    expect(tokens.map((t) => t.text)).toEqual(['U.S.-backed', 'forces', 'breached', 'Raqqa’s', 'wall', '(SDF).']);
    expect(tokens.map((t) => t.key)).toEqual(['u.s.-backed', 'forces', 'breached', 'raqqa’s', 'wall', 'sdf']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('lose only outer punctuation', () => {
    expect(stripPunctuation('“milestone”,')).toBe('milestone');
    expect(stripPunctuation('U.S.')).toBe('U.S.');
    expect(stripPunctuation('$1.12')).toBe('$1.12');
    expect(stripPunctuation('city.')).toBe('city');
  });
});
