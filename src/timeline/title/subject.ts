import { auxiliaries, determiners, functionWords, interruptionStarts, participleOpeners, phraseBreakWords, relativePronouns } from '../resources/en/words.js';
import { stripPunctuation } from '../segment.js';
import { dropLeadingOpeners, isAdverb, isContent, isLowerCase, type Sentence } from './sentence.js';

// Subjects lost to a comma, a relative pronoun or a participle, found again in the sentence.

export const subjectMaxWords = 6;

/** Gives a clause back the subject a comma or a relative pronoun took from it. */
export function fixClauseStart(s: Sentence, words: number[], clause: number): number[] {
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
export function startsWithVerb(s: Sentence, words: number[]): boolean {
  let n = 0;
  while (n < words.length - 1 && isAdverb(s, words[n]!)) n++;
  const token = s.token(words[n]);
  if (!token || functionWords.has(token.key) && !auxiliaries.has(token.key)) return false;
  return isLowerCase(token) && s.isVerbAt(words, n);
}

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
