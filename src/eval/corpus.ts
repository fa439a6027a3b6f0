import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';

import { readTimeML } from '../timeml/read.js';
import type { AnnotatedDocument } from '../timeml/types.js';
import { readMeantime } from './meantime.js';
import { readTimex2 } from './timex2.js';
import { type DocumentScore, type Scores, type SystemTimex, scoreDocument, scoreDocuments } from './score.js';

/** Any tagger with the shape of `extractTimexes(text, { referenceDate })`. */
export type Tagger = (text: string, options: { referenceDate: string | null }) => readonly SystemTimex[];

export type CorpusFormat = 'timeml' | 'meantime' | 'timex2';

export interface CorpusFile {
  path: string;
  format: CorpusFormat;
}

/**
 * `.tml` files are inline TimeML; `.xml` files whose root is `<Document>` are MEANTIME CAT XML,
 * those with a `<DOC>` root and TIMEX2 tags are ACE/TIDES TIMEX2 (the WikiWars originals).
 */
export function detectFormat(path: string, content: string): CorpusFormat | null {
  if (path.endsWith('.tml')) return 'timeml';
  if (path.endsWith('.xml')) {
    const head = content.slice(0, 2000);
    if (/<Document[\s>]/.test(head)) return 'meantime';
    if (/<TimeML[\s>]/.test(head)) return 'timeml';
    if (/<DOC>/.test(head) && content.includes('<TIMEX2')) return 'timex2';
  }
  return null;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(tml|xml)$/.test(entry.name) && !entry.name.startsWith('._'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export function parseDocument(path: string, content: string, format: CorpusFormat): AnnotatedDocument {
  const fallbackId = basename(path).replace(/(\.key)?\.(tml|xml)$/, '');
  if (format === 'meantime') return readMeantime(content, fallbackId);
  if (format === 'timex2') return readTimex2(content, fallbackId);
  return readTimeML(content, fallbackId);
}

/**
 * Loads every annotated document under `dir` (recursively), in path order. Files of another
 * kind are skipped; a file that fails to parse is an error naming the file.
 */
export async function loadCorpus(dir: string): Promise<AnnotatedDocument[]> {
  const documents: AnnotatedDocument[] = [];
  for (const path of await listFiles(dir)) {
    const content = await readFile(path, 'utf8');
    const format = detectFormat(path, content);
    if (format === null) continue;
    try {
      documents.push(parseDocument(path, content, format));
    } catch (error) {
      throw new Error(`${relative(process.cwd(), path)}: ${(error as Error).message}`);
    }
  }
  return documents;
}

export interface CorpusEvaluation {
  scores: Scores;
  documents: DocumentScore[];
}

export function evaluateDocuments(documents: readonly AnnotatedDocument[], tagger: Tagger): CorpusEvaluation {
  const perDocument = documents.map((document) =>
    scoreDocument(document, tagger(document.text, { referenceDate: document.dct })),
  );
  return { scores: scoreDocuments(perDocument), documents: perDocument };
}

export async function evaluateCorpus(dir: string, tagger: Tagger): Promise<CorpusEvaluation> {
  return evaluateDocuments(await loadCorpus(dir), tagger);
}
