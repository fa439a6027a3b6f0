// Reads the shared TimeML corpora as plain text: what a user would paste into the tagger.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { corporaDir } from './paths.js';

/** The corpora whose text the throughput and scale figures run over (folder, label). */
export const throughputCorpora = [
  { name: 'tbaq-cleaned', folder: 'tbaq-cleaned' },
  { name: 'te3-platinum', folder: 'te3-platinum' },
  { name: 'wikiwars', folder: 'wikiwars/timeml' },
  { name: 'tweets', folder: 'tweets-zhong2017' },
];

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

function listTml(folder) {
  const files = [];
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) files.push(...listTml(path));
    else if (entry.endsWith('.tml')) files.push(path);
  }
  return files.sort();
}

/** The text inside `<TEXT>` with every tag stripped, and the document creation time. */
export function readTimemlDocument(path) {
  const xml = readFileSync(path, 'utf8');
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  const text = decodeEntities(body.replace(/<[^>]*>/g, ''));
  const dct = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"/.exec(xml)?.[1]
    ?? /<TIMEX3[^>]*value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"/.exec(xml)?.[1]
    ?? null;
  return { path: relative(corporaDir, path), text, referenceDate: dct ? dct.slice(0, 10) : null };
}

export function loadCorpus({ name, folder }) {
  const dir = join(corporaDir, folder);
  if (!existsSync(dir)) throw new Error(`Corpus ${name} not found at ${dir}: the benchmarks expect ../shared/corpora next to the project.`);
  const documents = listTml(dir).map(readTimemlDocument);
  const characters = documents.reduce((sum, doc) => sum + doc.text.length, 0);
  return { name, documents, characters };
}

export function loadThroughputCorpora() {
  return throughputCorpora.map(loadCorpus);
}

/** At least `characters` of running text, cycling the corpora documents in order. */
export function concatenatedText(corpora, characters) {
  const parts = [];
  let length = 0;
  while (length < characters) {
    for (const corpus of corpora) {
      for (const doc of corpus.documents) {
        parts.push(doc.text);
        length += doc.text.length + 2;
        if (length >= characters) break;
      }
      if (length >= characters) break;
    }
  }
  return parts.join('\n\n').slice(0, characters);
}
