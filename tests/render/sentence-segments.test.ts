import { describe, expect, it } from 'vitest';
import { sentenceSegments } from '../../src/render/sentence-segments.js';

describe('sentenceSegments', () => {
  const text = 'Intro. Last week, SDF leaders announced it, and on Sunday fighters entered.';
  const sentenceRange = { start: 7, end: text.length };
  const sentence = text.slice(sentenceRange.start);
  const mention = (word: string) => {
    const start = text.indexOf(word);
    return { start, end: start + word.length, text: word, timexId: 't1' };
  };

  it('marks the date words of the sentence, from the mention offsets in the text', () => {
    const segments = sentenceSegments(sentence, sentenceRange, [mention('Sunday'), mention('Last week')]);
    expect(segments.filter((s) => s.mention).map((s) => s.text)).toEqual(['Last week', 'Sunday']);
    expect(segments.map((s) => s.text).join('')).toBe(sentence);
  });

  it('ignores mentions outside the sentence and overlapping ones', () => {
    const outside = { start: 0, end: 5, text: 'Intro', timexId: 't0' };
    const overlapping = { ...mention('week, SDF'), timexId: 't2' };
    const segments = sentenceSegments(sentence, sentenceRange, [outside, mention('Last week'), overlapping]);
    expect(segments.filter((s) => s.mention).map((s) => s.text)).toEqual(['Last week']);
    expect(segments.map((s) => s.text).join('')).toBe(sentence);
  });
});
