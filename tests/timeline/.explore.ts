import { readFileSync, readdirSync } from 'node:fs';
import { readTimeML } from '../../src/timeml/read.js';
import { eventTitle } from '../../src/timeline/happening.js';
import { sentenceAt, sentenceRanges } from '../../src/timeline/segment.js';
import type { Timex } from '../../src/temporal/types.js';
const root = '/work/shared/corpora/tbaq-cleaned/';
let n = 0;
const [from, count, every] = process.argv.slice(2).map(Number);
for (const dir of ['TimeBank', 'AQUAINT']) for (const f of readdirSync(root + dir).slice(from, from! + count!)) {
  const doc = readTimeML(readFileSync(root + dir + '/' + f, 'utf8'));
  const sentences = sentenceRanges(doc.text);
  const exprs = doc.timexes.map((t, i) => ({ ...t, id: 't' + i, rule: 'gold', granularity: 'unknown' })) as unknown as Timex[];
  for (const t of doc.timexes) {
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const s = sentenceAt(sentences, t.start);
    if (!s) { console.log('NO SENTENCE', t.text); continue; }
    const title = eventTitle(doc.text, sentences, s, t, exprs);
    if (n++ % (every ?? 1) === 0) console.log(`[${t.text}] ${title}   <<< ${doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 220)}`);
  }
}
