import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { corporaRoot } from '../../src/eval/corpora.js';
import { evaluateCorpus, loadCorpus } from '../../src/eval/corpus.js';
import type { SystemTimex } from '../../src/eval/score.js';

const CORPORA = corporaRoot();
const haveCorpora = existsSync(`${CORPORA}/te3-platinum`);

describe.skipIf(!haveCorpora)('loadCorpus (needs ../shared/corpora)', () => {
  it('loads the 20 TE3 platinum documents with their 138 in-text timexes, the DCTs excluded', async () => {
    const documents = await loadCorpus(`${CORPORA}/te3-platinum`);
    expect(documents).toHaveLength(20);
    expect(documents.reduce((sum, document) => sum + document.timexes.length, 0)).toBe(138);
    expect(documents.every((document) => /^\d{4}-\d{2}-\d{2}$/.test(document.dct ?? ''))).toBe(true);
  });

  it('detects MEANTIME CAT XML and reads its 370 token-anchored timexes', async () => {
    const documents = await loadCorpus(`${CORPORA}/meantime-en`);
    expect(documents).toHaveLength(120);
    expect(documents.reduce((sum, document) => sum + document.timexes.length, 0)).toBe(370);
    for (const document of documents) {
      for (const timex of document.timexes) expect(document.text.slice(timex.start, timex.end)).toBe(timex.text);
    }
  });
});

describe.skipIf(!haveCorpora)('evaluateCorpus (needs ../shared/corpora)', () => {
  it('scores a tagger that returns the gold itself as perfect', async () => {
    const documents = await loadCorpus(`${CORPORA}/te3-platinum`);
    const goldByText = new Map(documents.map((document) => [document.text, document.timexes as SystemTimex[]]));
    const evaluation = await evaluateCorpus(`${CORPORA}/te3-platinum`, (text) => goldByText.get(text) ?? []);
    expect(evaluation.scores.strict.f1).toBe(1);
    expect(evaluation.scores.value.f1).toBe(1);
    expect(evaluation.documents).toHaveLength(20);
  });

  it('hands the tagger each document DCT as its reference date', async () => {
    const seen: Array<string | null> = [];
    await evaluateCorpus(`${CORPORA}/te3-platinum`, (_text, { referenceDate }) => {
      seen.push(referenceDate);
      return [];
    });
    expect(seen).toContain('2013-03-22');
  });
});
