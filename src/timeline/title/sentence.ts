import {
  auxiliaries,
  clauseBoundaryTokens,
  clauseClosingPunctuation,
  clauseOpeners,
  datelinePattern,
  determiners,
  droppableClauseStarts,
  functionWords,
  irregularPastVerbs,
  rangeJoinWords,
  relativePronouns,
  reportingVerbs,
  temporalSignalWords,
  timeNouns,
  trailingTemporalWords,
} from '../resources/en/words.js';
import { stripPunctuation, tokenize, type Token } from '../segment.js';
import type { TextRange } from '../types.js';

// One sentence cut into tokens and clauses, with the date words marked: what titles are made of.

/** A clause says what happened when it has a verb and at least this many content words. */
const minContentWords = 1;

export interface TitleInput {
  text: string;
  sentence: TextRange;
  /** The mention the title is for. */
  mention: TextRange;
  /** Every temporal expression and signal in the text: none of their words go in a title. */
  temporal: readonly TextRange[];
}

export interface Clause {
  /** Indices into the sentence's tokens, in order. */
  tokens: number[];
  /** The clause opener the clause began with, if any ("which", "but"). */
  opener?: string;
}

/** One sentence prepared for title making. */
export class Sentence {
  readonly tokens: Token[];
  readonly removed: Set<number>;
  readonly clauses: Clause[];

  constructor(input: TitleInput) {
    this.tokens = tokenize(input.text, input.sentence);
    const dateline = datelinePattern.exec(input.text.slice(input.sentence.start, input.sentence.end));
    const datelineEnd = input.sentence.start + (dateline?.[0].length ?? 0);
    this.removed = temporalTokens(this.tokens, input.temporal);
    this.tokens.forEach((t, i) => t.end <= datelineEnd && this.removed.add(i));
    this.clauses = splitClauses(this.tokens);
  }

  token(i: number | undefined): Token | undefined {
    return i === undefined ? undefined : this.tokens[i];
  }

  key(i: number | undefined): string {
    return this.token(i)?.key ?? '';
  }

  kept(c: number): number[] {
    return (this.clauses[c]?.tokens ?? []).filter((i) => !this.removed.has(i));
  }

  content(words: number[]): number {
    return words.filter((i) => isContent(this.tokens[i])).length;
  }

  /** Without a part-of-speech tagger: an auxiliary, a reporting verb, an -ed/-ing form or a known past form. */
  isVerbAt(words: number[], n: number): boolean {
    const token = this.tokens[words[n]!]!;
    const lower = isLowerCase(token);
    if (auxiliaries.has(token.key) || irregularPastVerbs.has(token.key) || contraction.test(token.key)) return true;
    if (reportingVerbs.has(token.key) && lower) return true;
    return lower && token.key.length > 4 && /(?:ed|ing)$/.test(token.key) && !determiners.has(this.key(words[n - 1]));
  }

  hasVerb(words: number[]): boolean {
    return words.some((_, n) => this.isVerbAt(words, n));
  }

  saysWhatHappened(words: number[]): boolean {
    return this.content(words) >= minContentWords && this.hasVerb(words);
  }

  /** True when every clause before `c` is date words only ("Last week, …"). */
  frontedAt(c: number): boolean {
    return this.clauses.slice(0, c).every((clause) => clause.tokens.every((i) => this.removed.has(i)));
  }
}

/** A word written in lower case: a proper name ("ISIS-aligned", "Monitoring groups") is no verb. */
export function isLowerCase(token: Token): boolean {
  const word = stripPunctuation(token.text);
  return word === word.toLowerCase();
}

/** "they're", "it's", "hasn't": a verb hides in the contraction (a possessive "Nashua's" is none). */
export const contraction = /(?:[’'](?:re|ve|ll|d|m)|n[’']t)$|^(?:it|he|she|that|there|what|who|here|let)[’']s$/u;

export function isContent(token: Token | undefined): boolean {
  return !!token && token.words.length > 0 && !functionWords.has(token.key) && !timeNouns.has(token.key);
}

export const isAdverb = (s: Sentence, i: number): boolean => /ly$/.test(s.key(i)) && s.key(i).length > 4;

/** Tokens inside a temporal expression, plus the signal words that lead into it. */
export function temporalTokens(tokens: Token[], temporal: readonly TextRange[]): Set<number> {
  const removed = new Set<number>();
  tokens.forEach((t, i) => {
    if (temporal.some((r) => t.end > r.start && t.start < r.end)) removed.add(i);
  });
  for (const i of [...removed].sort((a, b) => a - b)) {
    for (let j = i - 1; j >= 0 && !removed.has(j); j--) {
      const token = tokens[j]!;
      if (!temporalSignalWords.has(token.key) || endsClause(token)) break;
      removed.add(j);
    }
    const next = tokens[i + 1];
    if (next && !removed.has(i + 1) && trailingTemporalWords.has(next.key) && !endsClause(tokens[i]!)) {
      // "a minute and a half later," but not "two days after the attack"
      const afterNext = tokens[i + 2];
      if (!['before', 'after'].includes(next.key) || !afterNext || endsClause(next)) removed.add(i + 1);
    }
  }
  tokens.forEach((t, i) => {
    if (rangeJoinWords.has(t.key || t.text) && removed.has(i - 1) && removed.has(i + 1)) removed.add(i);
  });
  return removed;
}

export function endsClause(token: Token): boolean {
  return clauseClosingPunctuation.has(token.text.replace(/["”’)\]]+$/u, '').slice(-1));
}

export function splitClauses(tokens: Token[]): Clause[] {
  const clauses: Clause[] = [{ tokens: [] }];
  tokens.forEach((token, i) => {
    const current = clauses.at(-1)!;
    if (clauseBoundaryTokens.has(token.text)) {
      if (current.tokens.length > 0) clauses.push({ tokens: [] });
      return;
    }
    if (clauseOpeners.has(token.key) && current.tokens.length > 0) {
      clauses.push({ tokens: [i], opener: token.key });
    } else {
      if (current.tokens.length === 0 && clauseOpeners.has(token.key)) current.opener = token.key;
      current.tokens.push(i);
    }
    if (endsClause(token)) clauses.push({ tokens: [] });
  });
  return clauses.filter((c) => c.tokens.length > 0);
}

export function dropLeadingOpeners(s: Sentence, words: number[]): number[] {
  let start = 0;
  while (start < words.length) {
    const key = s.key(words[start]);
    if ((clauseOpeners.has(key) && !relativePronouns.has(key)) || droppableClauseStarts.has(key)) start++;
    else if (key === 'that' && !auxiliaries.has(s.key(words[start + 1]))) start++;
    else break;
  }
  return words.slice(start);
}
