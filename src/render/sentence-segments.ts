import type { Mention, TextRange } from '../timeline/types.js';

export interface SentenceSegment {
  text: string;
  /** True for the words that date the event. */
  mention: boolean;
}

/**
 * Splits an event's sentence into plain and date-word pieces from the mention offsets, so the
 * detail panel can highlight them with text bindings alone (never by building HTML).
 */
export function sentenceSegments(sentence: string, sentenceRange: TextRange, mentions: readonly Mention[]): SentenceSegment[] {
  const ranges = mentions
    .map((m) => ({ start: m.start - sentenceRange.start, end: m.end - sentenceRange.start }))
    .filter((r) => r.start >= 0 && r.end <= sentence.length && r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const segments: SentenceSegment[] = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.start < cursor) continue; // overlapping mentions: the first one wins
    if (range.start > cursor) segments.push({ text: sentence.slice(cursor, range.start), mention: false });
    segments.push({ text: sentence.slice(range.start, range.end), mention: true });
    cursor = range.end;
  }
  if (cursor < sentence.length) segments.push({ text: sentence.slice(cursor), mention: false });
  return segments;
}
