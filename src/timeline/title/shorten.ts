import { determiners, fillerAdverbs, functionWords, keptPhrases, phraseBreakWords, pronouns } from '../resources/en/words.js';
import { stripPunctuation } from '../segment.js';
import { reportingVerbAt } from './frame.js';
import { dropLeadingOpeners, isContent, type Sentence } from './sentence.js';
import { subjectMaxWords } from './subject.js';

// Shortening a clause to a title the way a headline writer would, and writing it out.

/** The longest title, in words. */
export const maxTitleWords = 12;

const wordCount = (s: Sentence, words: number[]): number => words.filter((i) => s.tokens[i]!.words.length > 0).length;

/** Shortens a title the way a headline writer would, in order, until it fits. */
export function shorten(s: Sentence, words: number[]): number[] {
  const fits = (w: number[]): boolean => wordCount(s, w) <= maxTitleWords;
  words = trimFunctionWords(s, dropParentheticals(s, words));
  if (fits(words)) return words;
  words = words.filter((i) => !fillerAdverbs.has(s.key(i)));
  if (fits(words)) return trimFunctionWords(s, words);
  // "Monitoring groups say more than 200 civilians have been killed …": keep what they say,
  // unless it starts with a pronoun that only the frame explains.
  const verbAt = reportingVerbAt(s, words);
  if (verbAt > 0 && verbAt <= subjectMaxWords) {
    const complement = dropLeadingOpeners(s, words.slice(verbAt + 1));
    const subjectAt = complement.findIndex((i) => !/ly$/.test(s.key(i)));
    const isClause = s.hasVerb(complement);
    if (isClause && wordCount(s, complement) > 3 && subjectAt >= 0 && !pronouns.has(s.key(complement[subjectAt]))) {
      words = trimFunctionWords(s, complement);
      if (fits(words)) return words;
    }
  }
  // Cut before the last preposition or conjunction that leaves a title within the limit.
  let cut = -1;
  for (let k = 3; k < words.length; k++) {
    if (wordCount(s, words.slice(0, k)) > maxTitleWords) break;
    if (phraseBreakWords.has(s.key(words[k]))) cut = k;
  }
  if (cut < 0) {
    cut = 0;
    while (cut < words.length && wordCount(s, words.slice(0, cut + 1)) <= maxTitleWords) cut++;
  }
  return trimFunctionWords(s, words.slice(0, cut));
}

function dropParentheticals(s: Sentence, words: number[]): number[] {
  const out: number[] = [];
  let depth = 0;
  for (const i of words) {
    const text = s.tokens[i]!.text;
    const opens = (text.match(/[([]/g) ?? []).length;
    const closes = (text.match(/[)\]]/g) ?? []).length;
    if (depth === 0 && opens === 0) out.push(i);
    depth = Math.max(0, depth + opens - closes);
  }
  return out;
}

function trimFunctionWords(s: Sentence, words: number[]): number[] {
  let start = 0;
  let end = words.length;
  const dangling = (i: number): boolean => {
    const token = s.tokens[i]!;
    return token.words.length === 0 || (functionWords.has(token.key) && !determiners.has(token.key) && !pronouns.has(token.key));
  };
  while (start < end && dangling(words[start]!) && !keptPhrases.has(`${s.key(words[start])} ${s.key(words[start + 1])}`)) start++;
  while (end > start && (dangling(words[end - 1]!) || determiners.has(s.key(words[end - 1])))) end--;
  return words.slice(start, end);
}

export function render(s: Sentence, words: number[]): string | undefined {
  if (!words.some((i) => isContent(s.tokens[i]))) return undefined;
  const parts = words
    .map((i, n) => {
      // Double quotes go: a title cut from a quotation would leave them unbalanced.
      let text = s.tokens[i]!.text.replace(/["“”]|``|''/gu, '');
      if (n === 0 || n === words.length - 1) text = stripPunctuation(text);
      return text.replace(/[,;:]+$/u, '');
    })
    .filter((t) => t.length > 0);
  const title = parts.join(' ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}
