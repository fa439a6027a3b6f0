import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Timex } from '../../src/temporal/types.js';
import { eventTitle, untitledEvent } from '../../src/timeline/happening.js';
import { sentenceAt, sentenceRanges } from '../../src/timeline/segment.js';
import { readTimeML } from '../../src/timeml/read.js';
const corpus = '/work/shared/corpora/tbaq-cleaned';
let n = 0, u = 0, words = 0; const t0 = performance.now();
for (const folder of ['TimeBank', 'AQUAINT']) for (const file of readdirSync(join(corpus, folder))) {
  const doc = readTimeML(readFileSync(join(corpus, folder, file), 'utf8'), file);
  const sentences = sentenceRanges(doc.text);
  const ex = doc.timexes.map((t, i) => ({ ...t, id: `t${i}`, rule: 'g', granularity: 'unknown' })) as unknown as Timex[];
  for (const t of doc.timexes) { const s = sentenceAt(sentences, t.start); if (!s) { console.log('nosent', file, t.text); continue; } n++; const title = eventTitle(doc.text, sentences, s, t, ex); words += title.split(' ').length; if (title === untitledEvent) { u++; console.log('UNTITLED', JSON.stringify(doc.text.slice(s.start, s.end).slice(0, 150))); } }
}
console.log({ n, u, avgWords: words / n, ms: performance.now() - t0 });
