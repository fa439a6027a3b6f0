import {
  auxiliaries,
  clauseBoundaryTokens,
  clauseClosingPunctuation,
  clauseOpeners,
  determiners,
  droppableClauseStarts,
  attributionOpeners,
  datelinePattern,
  fillerAdverbs,
  frontedPrepositions,
  interruptionStarts,
  keptPhrases,
  functionWords,
  irregularPastVerbs,
  participleOpeners,
  phraseBreakWords,
  pronouns,
  rangeJoinWords,
  relativePronouns,
  reportingVerbs,
  temporalSignalWords,
  timeNouns,
  trailingTemporalWords,
} from './resources/en/words.js';
import { tokenize, stripPunctuation, type Token } from './segment.js';
import type { TextRange } from './types.js';

/** The longest title, in words. */
export const maxTitleWords = 12;
const subjectMaxWords = 6;
const minContentWords = 1;
/** "officials said as dawn broke": a frame with at most this many words after its verb. */
const bareFrameTail = 3;

export interface TitleInput {
  text: string;
  sentence: TextRange;
  /** The mention the title is for. */
  mention: TextRange;
  /** Every temporal expression and signal in the text: none of their words go in a title. */
  temporal: readonly TextRange[];
}

interface Clause {
  /** Indices into the sentence's tokens, in order. */
  tokens: number[];
  /** The clause opener the clause began with, if any ("which", "but"). */
  opener?: string;
}

/** One sentence prepared for title making. */
class Sentence {
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

/**
 * A short title for the event a date belongs to: the clause holding the date, without the date
 * and its signal words, given back its subject where a comma or a relative pronoun took it away,
 * and shortened to at most `maxTitleWords` whole words. Returns undefined when nothing but date
 * words would remain.
 */
export function clauseTitle(input: TitleInput): string | undefined {
  const s = new Sentence(input);
  const mentionToken = s.tokens.findIndex((t) => t.end > input.mention.start && t.start < input.mention.end);
  const at = s.clauses.findIndex((c) => c.tokens.includes(mentionToken));
  if (at < 0) return undefined;

  let { words, clause } = chooseClause(s, at);
  if (isBareReportingFrame(s, words) && clause > 0) {
    // "…, officials said Saturday", "…, according to a report Friday": what was said comes before.
    const reported = dropLeadingOpeners(s, s.clauses.slice(0, clause).flatMap((_, c) => s.kept(c)));
    if (s.saysWhatHappened(reported)) [words, clause] = [reported, 0];
  }
  words = fixClauseStart(s, words, clause);
  if (endsWithReportingVerb(s, words) && clause < s.clauses.length - 1) {
    // "X said Tuesday that Y": the complement is the news.
    words = [...words, ...dropLeadingOpeners(s, s.kept(clause + 1))];
  }
  return render(s, shorten(s, words));
}

/**
 * The clause that says what happened at the date: the date's own clause, or when that is only
 * date words or a bare adjunct ("Last week,", "after ten years of boom"), the neighbouring
 * clause that has a verb (the next one for a fronted adjunct, else the previous).
 */
function chooseClause(s: Sentence, at: number): { words: number[]; clause: number } {
  let words = s.kept(at);
  const next = at + 1 < s.clauses.length ? s.kept(at + 1) : [];
  // "In the fiscal year ended Jan. 31, the company reported …": a fronted prepositional phrase
  // sets the scene; the clause after it says what happened.
  const frontedPhrase = s.frontedAt(at) && !s.clauses[at]!.opener && frontedPrepositions.has(s.key(s.clauses[at]!.tokens[0]));
  if (frontedPhrase && s.saysWhatHappened(next)) return { words: next, clause: at + 1 };
  if (s.saysWhatHappened(words)) return { words, clause: at };
  const order = s.frontedAt(at) ? [at + 1, at - 1, at + 2] : [at - 1, at + 1, at - 2];
  const neighbours = order.filter((c) => c >= 0 && c < s.clauses.length);
  const chosen = neighbours.find((c) => s.saysWhatHappened(s.kept(c))) ?? neighbours[0];
  if (chosen === undefined) return { words, clause: at };
  const adjunct = words.length === 0 || phraseBreakWords.has(s.key(words[0])) || s.content(words) === 0;
  const other = s.kept(chosen);
  if (adjunct) return { words: other, clause: chosen };
  words = chosen < at ? [...other, ...words] : [...words, ...dropLeadingOpeners(s, other)];
  return { words, clause: Math.min(chosen, at) };
}

/** A word written in lower case: a proper name ("ISIS-aligned", "Monitoring groups") is no verb. */
function isLowerCase(token: Token): boolean {
  const word = stripPunctuation(token.text);
  return word === word.toLowerCase();
}

/** "they're", "it's", "hasn't": a verb hides in the contraction (a possessive "Nashua's" is none). */
const contraction = /(?:[’'](?:re|ve|ll|d|m)|n[’']t)$|^(?:it|he|she|that|there|what|who|here|let)[’']s$/u;

function isContent(token: Token | undefined): boolean {
  return !!token && token.words.length > 0 && !functionWords.has(token.key) && !timeNouns.has(token.key);
}

/** Tokens inside a temporal expression, plus the signal words that lead into it. */
function temporalTokens(tokens: Token[], temporal: readonly TextRange[]): Set<number> {
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

function endsClause(token: Token): boolean {
  return clauseClosingPunctuation.has(token.text.replace(/["”’)\]]+$/u, '').slice(-1));
}

function splitClauses(tokens: Token[]): Clause[] {
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

function dropLeadingOpeners(s: Sentence, words: number[]): number[] {
  let start = 0;
  while (start < words.length) {
    const key = s.key(words[start]);
    if ((clauseOpeners.has(key) && !relativePronouns.has(key)) || droppableClauseStarts.has(key)) start++;
    else if (key === 'that' && !auxiliaries.has(s.key(words[start + 1]))) start++;
    else break;
  }
  return words.slice(start);
}

/** Gives a clause back the subject a comma or a relative pronoun took from it. */
function fixClauseStart(s: Sentence, words: number[], clause: number): number[] {
  words = dropLeadingOpeners(s, words);
  const head = s.token(words[0]);
  if (!head) return words;
  if (relativePronouns.has(head.key) && (head.key !== 'that' || auxiliaries.has(s.key(words[1])))) {
    const antecedent = clause > 0 ? nounPhraseAtEnd(s, s.kept(clause - 1)) : [];
    return [...antecedent, ...words.slice(1)];
  }
  const isParticiple = participleOpeners.has(head.key);
  if (!isParticiple && (clause === 0 || !startsWithVerb(s, words))) return words;
  const subject = subjectBefore(s, clause) ?? sentenceSubject(s, clause);
  if (subject.length === 0) return isParticiple ? words.slice(1) : words;
  return [...subject, ...(isParticiple ? words.slice(1) : words)];
}

/** The noun phrase a relative pronoun points back to: the proper name or determiner phrase that ends the clause. */
function nounPhraseAtEnd(s: Sentence, words: number[]): number[] {
  let start = words.length - 1;
  if (start < 0) return [];
  const isName = (i: number): boolean => /^\p{Lu}/u.test(stripPunctuation(s.tokens[i]!.text));
  if (isName(words[start]!)) {
    while (start > 0 && isName(words[start - 1]!)) start--;
    return words.slice(start).slice(-subjectMaxWords);
  }
  for (let j = words.length - 1; j >= Math.max(0, words.length - subjectMaxWords); j--) {
    if (determiners.has(s.key(words[j]))) return words.slice(j);
  }
  return words.slice(-1);
}

/** "previously had been scheduled …", "agreed in June …", "launching an offensive": no subject. */
function startsWithVerb(s: Sentence, words: number[]): boolean {
  let n = 0;
  while (n < words.length - 1 && isAdverb(s, words[n]!)) n++;
  const token = s.token(words[n]);
  if (!token || functionWords.has(token.key) && !auxiliaries.has(token.key)) return false;
  return isLowerCase(token) && s.isVerbAt(words, n);
}

const isAdverb = (s: Sentence, i: number): boolean => /ly$/.test(s.key(i)) && s.key(i).length > 4;

/**
 * The subject left behind before an interruption: "Society Corp., which is also a bank, agreed …"
 * → "Society Corp.". Walks back over relative clauses, appositive lists and participle phrases
 * to the nearest clause that is a bare noun phrase or starts with one.
 */
function subjectBefore(s: Sentence, clause: number): number[] | undefined {
  for (let c = clause - 1; c >= 0; c--) {
    const opener = s.clauses[c]!.opener;
    let words = s.kept(c);
    const headKey = s.key(words[0]);
    if (words.length === 0 || (opener && relativePronouns.has(opener)) || interruptionStarts.has(headKey)) continue;
    if (startsWithVerb(s, words) || participleOpeners.has(headKey) || /ing$/.test(headKey)) continue;
    if (opener) words = words.slice(1); // "since takeover speculators" → "takeover speculators"
    if (phraseBreakWords.has(s.key(words[0]))) return undefined;
    const verbAt = words.findIndex((_, n) => n > 0 && s.isVerbAt(words, n));
    let subject = verbAt >= 0 ? words.slice(0, verbAt) : words;
    while (subject.length > 1 && isAdverb(s, subject.at(-1)!)) subject = subject.slice(0, -1);
    const fits = subject.length > 0 && subject.length <= subjectMaxWords && subject.some((i) => isContent(s.tokens[i]));
    return fits ? subject : undefined;
  }
  return undefined;
}

/** The words before the first verb of the sentence's main clause, when they look like a subject. */
function sentenceSubject(s: Sentence, skip: number): number[] {
  for (let c = 0; c < s.clauses.length; c++) {
    if (c === skip || s.clauses[c]!.opener) continue;
    const words = dropLeadingOpeners(s, s.kept(c));
    const headKey = s.key(words[0]);
    if (words.length === 0 || participleOpeners.has(headKey) || auxiliaries.has(headKey) || phraseBreakWords.has(headKey)) continue;
    if (/ing$/.test(headKey) && c > 0) continue;
    const verbAt = words.findIndex((_, n) => n > 0 && s.isVerbAt(words, n));
    const subject = verbAt >= 0 ? words.slice(0, verbAt) : words;
    if (subject.length > 0 && subject.length <= subjectMaxWords && subject.some((i) => isContent(s.tokens[i]))) return subject;
    return [];
  }
  return [];
}

function reportingVerbAt(s: Sentence, words: number[]): number {
  return words.findIndex((i) => reportingVerbs.has(s.key(i)) && s.tokens[i]!.text.charAt(0) === s.tokens[i]!.text.charAt(0).toLowerCase());
}

function endsWithReportingVerb(s: Sentence, words: number[]): boolean {
  const at = reportingVerbAt(s, words);
  return at >= 0 && at === words.length - 1 && words.length <= subjectMaxWords + 1;
}

function isBareReportingFrame(s: Sentence, words: number[]): boolean {
  if (attributionOpeners.has(s.key(words[0]))) return true;
  const at = reportingVerbAt(s, words);
  return at > 0 && at <= 3 && words.length - at - 1 <= bareFrameTail;
}

const wordCount = (s: Sentence, words: number[]): number => words.filter((i) => s.tokens[i]!.words.length > 0).length;

/** Shortens a title the way a headline writer would, in order, until it fits. */
function shorten(s: Sentence, words: number[]): number[] {
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
  while (end > start && (dangling(words[end - 1]!) || determiners.has(s.key(words[end - 1])) || pronouns.has(s.key(words[end - 1])))) end--;
  return words.slice(start, end);
}

function render(s: Sentence, words: number[]): string | undefined {
  if (!words.some((i) => isContent(s.tokens[i]))) return undefined;
  const parts = words
    .map((i, n) => {
      let text = s.tokens[i]!.text.replace(/["“”]/gu, '');
      if (n === 0 || n === words.length - 1) text = stripPunctuation(text);
      return text.replace(/[,;:]+$/u, '');
    })
    .filter((t) => t.length > 0);
  const title = parts.join(' ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** The lower-case words of the clause holding `offset` that come before it. */
export function clauseWordsBefore(text: string, sentence: TextRange, offset: number): string[] {
  const tokens = tokenize(text, sentence);
  const at = tokens.findIndex((t) => t.end > offset);
  const clause = splitClauses(tokens).find((c) => c.tokens.includes(at));
  return (clause?.tokens ?? []).filter((i) => i < at).map((i) => tokens[i]!.key);
}
