import type { Timex } from '../temporal/types.js';
import { functionWords } from './resources/en/words.js';
import { sentenceIndexAt } from './segment.js';
import { clauseTitle } from './title.js';
import type { TextRange, TimelineEvent } from './types.js';

/** The title when neither the clause nor its neighbours say what happened. */
export const untitledEvent = 'Event without description';
const minSharedKeywordRatio = 0.5;

/**
 * The title of the event dated at `mention`: from its clause or a neighbouring clause of its
 * sentence, or failing that from the sentence before (a date standing alone, "June 2017."),
 * never the date words.
 */
export function eventTitle(text: string, sentences: readonly TextRange[], sentence: TextRange, mention: TextRange, temporal: readonly TextRange[]): string {
  const index = sentenceIndexAt(sentences, sentence.start);
  const previous = index > 0 ? sentences[index - 1] : undefined;
  const from = previous?.start ?? sentence.start;
  // Only the expressions near the mention matter; a long text has thousands.
  const nearby = temporal.filter((r) => r.end > from && r.start < sentence.end);
  const fromClause = clauseTitle({ text, sentence, mention, temporal: nearby });
  if (fromClause) return fromClause;
  if (previous) {
    const fromPrevious = clauseTitle({ text, sentence: previous, mention: { start: previous.end - 1, end: previous.end }, temporal: nearby });
    if (fromPrevious) return fromPrevious;
  }
  return untitledEvent;
}

/** The spans no title may use: every expression and the signal word that governs it. */
export function temporalRanges(expressions: readonly Timex[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (const t of expressions) {
    ranges.push({ start: t.start, end: t.end });
    if (t.signal) ranges.push({ start: t.signal.start, end: t.signal.end });
  }
  return ranges;
}

/** Content words of a title, lower case. */
export function titleKeywords(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .split(/\s+/)
      .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
      .filter((w) => w.length > 2 && !functionWords.has(w)),
  );
}

/**
 * Two mentions are one happening when they date the same value the same way and their titles
 * share most of their content words; the same date for a different happening stays apart.
 */
export function sameHappening(a: TimelineEvent, b: TimelineEvent): boolean {
  if (a.kind !== b.kind || a.value !== b.value || a.start !== b.start || a.end !== b.end) return false;
  if (a.title === untitledEvent || b.title === untitledEvent) return a.sentenceRange.start === b.sentenceRange.start;
  const ka = titleKeywords(a.title);
  const kb = titleKeywords(b.title);
  const shared = [...ka].filter((w) => kb.has(w)).length;
  const smaller = Math.min(ka.size, kb.size);
  return smaller > 0 && shared / smaller >= minSharedKeywordRatio;
}
