import { frontedPrepositions, phraseBreakWords } from './resources/en/words.js';
import { tokenize } from './segment.js';
import { endsWithReportingVerb, isBareReportingFrame } from './title/frame.js';
import { dropLeadingOpeners, Sentence, splitClauses, type TitleInput } from './title/sentence.js';
import { render, shorten } from './title/shorten.js';
import { fixClauseStart } from './title/subject.js';
import type { TextRange } from './types.js';

export { maxTitleWords } from './title/shorten.js';
export type { TitleInput } from './title/sentence.js';


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
  const frontedPhrase = s.frontedAt(at) && !s.clauses[at]!.opener && frontedPrepositions.has(s.key(words[0]));
  if (frontedPhrase && s.saysWhatHappened(next)) return { words: next, clause: at + 1 };
  if (s.saysWhatHappened(words)) return { words, clause: at };
  const neighbours = clausesByDistance(s.clauses.length, at, s.frontedAt(at) ? 1 : -1);
  const chosen = neighbours.find((c) => s.saysWhatHappened(s.kept(c))) ?? neighbours[0];
  if (chosen === undefined) return { words, clause: at };
  const adjunct = words.length === 0 || phraseBreakWords.has(s.key(words[0])) || s.content(words) === 0;
  const other = s.kept(chosen);
  if (adjunct) return { words: other, clause: chosen };
  words = chosen < at ? [...other, ...words] : [...words, ...dropLeadingOpeners(s, other)];
  return { words, clause: Math.min(chosen, at) };
}

/** The other clauses, nearest first; at equal distance the one in `preferred` direction first. */
function clausesByDistance(count: number, at: number, preferred: 1 | -1): number[] {
  const order: number[] = [];
  for (let distance = 1; distance < count; distance++) {
    for (const c of [at + preferred * distance, at - preferred * distance]) if (c >= 0 && c < count) order.push(c);
  }
  return order;
}

/** The lower-case words of the clause holding `offset` that come before it. */
export function clauseWordsBefore(text: string, sentence: TextRange, offset: number): string[] {
  const tokens = tokenize(text, sentence);
  const at = tokens.findIndex((t) => t.end > offset);
  const clause = splitClauses(tokens).find((c) => c.tokens.includes(at));
  return (clause?.tokens ?? []).filter((i) => i < at).map((i) => tokens[i]!.key);
}
