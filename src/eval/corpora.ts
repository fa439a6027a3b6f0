import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where the annotated corpora live: `$NEWS_TIMELINE_CORPORA`, else `../shared/corpora` next to
 * the checkout (the layout of the development machine; the corpora are not shipped).
 */
export function corporaRoot(): string {
  return resolve(process.env['NEWS_TIMELINE_CORPORA'] ?? join(process.cwd(), '..', 'shared', 'corpora'));
}

export interface CorpusEntry {
  /** Folder under the corpora root. */
  path: string;
  /** Short name for tables. */
  name: string;
  role: string;
  /** The test set: scored, never read (not even its gold, so the gold audit skips it). */
  heldOut?: true;
  /** Why a score is not meaningful on this corpus, if one is not. */
  caveats?: { type?: string; value?: string };
}

/** The corpora the accuracy report covers, in table order. */
export const STANDARD_CORPORA: readonly CorpusEntry[] = [
  { path: 'te3-platinum', name: 'TE3 platinum', role: 'test set (news)', heldOut: true },
  { path: 'tbaq-cleaned', name: 'TBAQ-cleaned', role: 'development (news)' },
  {
    path: 'wikiwars/timeml',
    name: 'WikiWars (TIMEX3)',
    role: 'narratives',
    caveats: { type: 'every gold timex is typed DATE, durations included' },
  },
  {
    path: 'tweets-zhong2017/trainingset',
    name: 'Tweets train',
    role: 'tweets',
    caveats: { value: 'many gold values are non-standard (2011-11-26-WXX-6, 2014-XX-XX)' },
  },
  {
    path: 'tweets-zhong2017/testset',
    name: 'Tweets test',
    role: 'tweets',
    caveats: { value: 'many gold values are non-standard (2011-11-26-WXX-6, 2014-XX-XX)' },
  },
  { path: 'meantime-en', name: 'MEANTIME en', role: 'Wikinews (CAT XML)' },
];

export function corpusDir(entry: CorpusEntry, root = corporaRoot()): string {
  return join(root, entry.path);
}

export function corpusAvailable(entry: CorpusEntry, root = corporaRoot()): boolean {
  return existsSync(corpusDir(entry, root));
}
