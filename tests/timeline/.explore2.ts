import { readFileSync, readdirSync } from 'node:fs';
import { readTimeML } from '../../src/timeml/read.js';
import { extractTimeline } from '../../src/timeline/extract.js';
const root = '/work/shared/corpora/tbaq-cleaned/' + (process.argv[4] ?? 'AQUAINT') + '/';
let total = 0;
for (const f of readdirSync(root).slice(Number(process.argv[2]), Number(process.argv[3]))) {
  const doc = readTimeML(readFileSync(root + f, 'utf8'));
  const t = extractTimeline(doc.text, { referenceDate: doc.dct });
  for (const e of t.events) { total++; if (e.kind !== 'reference') console.log(`${e.kind.padEnd(6)} ${e.start.slice(0, 10)} [${e.mentions.map((m) => m.text).join("|")}] ${e.title}` + (process.env.S ? `\n      <<< ${e.sentence.replace(/\s+/g, " ")}` : "")); }
}
console.log(total);
