import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Timex } from '../../src/temporal/types.js';
import { extractTimeline } from '../../src/timeline/extract.js';
import { eventTitle, temporalRanges, untitledEvent } from '../../src/timeline/happening.js';
import { functionWords } from '../../src/timeline/resources/en/words.js';
import { sentenceAt, sentenceRanges } from '../../src/timeline/segment.js';
import { maxTitleWords } from '../../src/timeline/title.js';
import { readTimeML } from '../../src/timeml/read.js';
import { corporaRoot } from '../../src/eval/corpora.js';

const corpus = join(corporaRoot(), 'tbaq-cleaned');
const normalize = (word: string): string => word.toLowerCase().replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}]+$/gu, '');
const wordsOf = (text: string): string[] => text.split(/\s+/).map(normalize).filter((w) => w.length > 0);

interface Case {
  doc: string;
  mention: string;
  sentence: string;
  title: string;
  sentenceWords: Set<string>;
  dateWords: Set<string>;
}

function corpusCases(): Case[] {
  const cases: Case[] = [];
  for (const folder of ['TimeBank', 'AQUAINT']) {
    for (const file of readdirSync(join(corpus, folder)).filter((f) => f.endsWith('.tml'))) {
      const doc = readTimeML(readFileSync(join(corpus, folder, file), 'utf8'), file);
      const sentences = sentenceRanges(doc.text);
      const expressions = doc.timexes.map((t, i) => ({ ...t, id: `t${i}`, rule: 'gold', granularity: 'unknown' })) as unknown as Timex[];
      const dateWords = new Set(doc.timexes.flatMap((t) => wordsOf(t.text)));
      const temporal = temporalRanges(expressions);
      for (const timex of doc.timexes) {
        const sentence = sentenceAt(sentences, timex.start);
        if (!sentence) continue;
        const index = sentences.indexOf(sentence);
        const around = doc.text.slice(sentences[Math.max(0, index - 1)]!.start, sentence.end);
        cases.push({
          doc: file,
          mention: timex.text,
          sentence: doc.text.slice(sentence.start, sentence.end),
          title: eventTitle(doc.text, sentences, sentence, timex, temporal),
          sentenceWords: new Set(around.split(/\s+/).map(normalize)),
          dateWords,
        });
      }
    }
  }
  return cases;
}

describe('titles over the TimeBank + AQUAINT texts, one per gold temporal expression', () => {
  const cases = corpusCases();

  it('covers the corpus', () => {
    expect(cases.length).toBeGreaterThan(1500);
  });

  it('never gives a title longer than the limit', () => {
    const long = cases.filter((c) => wordsOf(c.title).length > maxTitleWords);
    expect(long.map((c) => c.title)).toEqual([]);
  });

  it('never cuts a word: every title word is a whole word of the sentence (or the one before it)', () => {
    const cut = cases.filter((c) => c.title !== untitledEvent && wordsOf(c.title).some((w) => !c.sentenceWords.has(w)));
    expect(cut.map((c) => `${c.title} <<< ${c.sentence}`)).toEqual([]);
  });

  it('never gives only date words: each title has a word that is neither a date word nor a function word', () => {
    const dateOnly = cases.filter((c) => !wordsOf(c.title).some((w) => !c.dateWords.has(w) && !functionWords.has(w)));
    expect(dateOnly.map((c) => `${c.title} <<< ${c.sentence}`)).toEqual([]);
  });

  it('rarely has to fall back to the placeholder title', () => {
    const untitled = cases.filter((c) => c.title === untitledEvent).length;
    expect(untitled / cases.length).toBeLessThan(0.02);
  });
});

describe('event titles over the same texts, tagged by our own tagger', () => {
  // Every third TimeBank document: tagging all of them belongs to the benchmark, not to each test run.
  const events = readdirSync(join(corpus, 'TimeBank'))
    .filter((f, i) => f.endsWith('.tml') && i % 3 === 0)
    .flatMap((file) => {
      const doc = readTimeML(readFileSync(join(corpus, 'TimeBank', file), 'utf8'), file);
      const timeline = extractTimeline(doc.text, { referenceDate: doc.dct });
      const dateWords = new Set(timeline.expressions.flatMap((t) => wordsOf(t.text)));
      return timeline.events
        .filter((e) => e.kind !== 'reference')
        .map((e) => ({ title: e.title, sentence: e.sentence, dateWords, words: new Set(doc.text.split(/\s+/).map(normalize)) }));
    });

  it('are many', () => {
    expect(events.length).toBeGreaterThan(200);
  });

  it('keep within the limit, cut no word and are never only date words', () => {
    const bad = events.filter(
      (e) =>
        wordsOf(e.title).length > maxTitleWords ||
        (e.title !== untitledEvent && wordsOf(e.title).some((w) => !e.words.has(w))) ||
        !wordsOf(e.title).some((w) => !e.dateWords.has(w) && !functionWords.has(w)),
    );
    expect(bad.map((e) => `${e.title} <<< ${e.sentence}`)).toEqual([]);
  });
});

describe('titles of arbitrary text', () => {
  it('never throw and keep within the word limit, whatever the sentence and mention', () => {
    const word = fc.oneof(
      fc.constantFrom('the', 'said', 'and', 'which', ',', '–', '(AP)', 'U.S.', 'on', 'Sunday', 'fighters', 'entered', 'having', 'that', 'has', 'been'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.nat(), fc.nat(), (words, a, b) => {
        const text = words.join(' ');
        const start = text.length === 0 ? 0 : a % text.length;
        const end = Math.min(text.length, start + 1 + (b % 12));
        const sentences = sentenceRanges(text);
        const sentence = sentenceAt(sentences, start) ?? { start: 0, end: text.length };
        const mention: Timex = { id: 't1', start, end, text: text.slice(start, end), type: 'DATE', value: '2017', granularity: 'year', rule: 'test' };
        const title = eventTitle(text, sentences, sentence, mention, temporalRanges([mention]));
        expect(title.length).toBeGreaterThan(0);
        expect(wordsOf(title).length).toBeLessThanOrEqual(maxTitleWords);
      }),
      { numRuns: 300 },
    );
  });
});
