import { nonFinalAbbreviations } from './resources/en/words.js';
import type { TextRange } from './types.js';

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** A whitespace-delimited run of the text ("U.S.-backed", "Raqqa’s", "(SDF)", "–"). */
export interface Token extends TextRange {
  text: string;
  /** The word-like segments inside it, lower case ("u.s", "backed"); empty for punctuation. */
  words: string[];
  /** The token without surrounding punctuation, lower case: what word tables are matched on. */
  key: string;
}

/**
 * Sentences as trimmed ranges. `Intl.Segmenter` finds the boundaries; a boundary right after
 * an abbreviation ("The U.S. Central Command") is undone when the next sentence goes on in the
 * same line, because V8's segmenter has no abbreviation exceptions.
 */
export function sentenceRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const chunk of lineChunks(text)) {
    let joinNext = false;
    for (const { segment, index } of sentenceSegmenter.segment(text.slice(chunk.start, chunk.end))) {
      const range = trimRange(text, chunk.start + index, chunk.start + index + segment.length);
      if (range.start === range.end) continue;
      const previous = ranges.at(-1);
      if (joinNext && previous) previous.end = range.end;
      else ranges.push(range);
      const lastWord = segment.trimEnd().split(/\s+/).at(-1)?.toLowerCase() ?? '';
      joinNext = nonFinalAbbreviations.has(lastWord);
    }
  }
  return ranges;
}

/** Longest piece of text handed to the segmenter at once. */
const maxChunkLength = 8000;

/**
 * The text in lines (a line break always ends a sentence, Unicode rule SB4), long lines cut after
 * a sentence-final ". ". V8's segmenter slows down with the square of the string it iterates
 * (a 340 kB text took seconds), so it only ever sees short pieces.
 */
function lineChunks(text: string): TextRange[] {
  const chunks: TextRange[] = [];
  let start = 0;
  while (start < text.length) {
    const lineEnd = text.indexOf('\n', start);
    let end = lineEnd === -1 ? text.length : lineEnd + 1;
    if (end - start > maxChunkLength) {
      const cut = text.lastIndexOf('. ', start + maxChunkLength);
      end = cut > start ? cut + 2 : start + maxChunkLength;
    }
    chunks.push({ start, end });
    start = end;
  }
  return chunks;
}

/** The sentence holding `offset`, or undefined when the offset falls between sentences. */
export function sentenceAt(sentences: readonly TextRange[], offset: number): TextRange | undefined {
  return sentences[sentenceIndexAt(sentences, offset)];
}

/** The index of the sentence holding `offset`, or -1. */
export function sentenceIndexAt(sentences: readonly TextRange[], offset: number): number {
  // Binary search: sentences are sorted and disjoint, and a long text has thousands of them.
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** Whitespace-delimited tokens of `text` within `range`, words found by `Intl.Segmenter`. */
export function tokenize(text: string, range: TextRange): Token[] {
  const tokens: Token[] = [];
  let current: Token | undefined;
  const slice = text.slice(range.start, range.end);
  for (const { segment, index, isWordLike } of wordSegmenter.segment(slice)) {
    const start = range.start + index;
    if (/^\s+$/.test(segment)) {
      current = undefined;
      continue;
    }
    if (!current) {
      current = { start, end: start, text: '', words: [], key: '' };
      tokens.push(current);
    }
    current.end = start + segment.length;
    current.text = text.slice(current.start, current.end);
    if (isWordLike) current.words.push(segment.toLowerCase());
  }
  for (const token of tokens) token.key = stripPunctuation(token.text).toLowerCase();
  return tokens;
}

/** Removes quotes, brackets and sentence punctuation from both ends, keeping an abbreviation's last dot ("U.S."). */
export function stripPunctuation(word: string): string {
  const start = word.replace(/^[^\p{L}\p{N}\p{Sc}]+/u, '');
  const core = start.replace(/[^\p{L}\p{N}%]+$/u, '');
  const isAbbreviation = start.charAt(core.length) === '.' && core.includes('.') && /\p{Lu}$/u.test(core);
  return isAbbreviation ? `${core}.` : core;
}

function trimRange(text: string, start: number, end: number): TextRange {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
