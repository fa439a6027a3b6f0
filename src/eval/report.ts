import type { AnnotatedDocument } from '../timeml/types.js';
import type { PrecisionRecall, Scores } from './score.js';

const fixed = (n: number): string => n.toFixed(3);

/** `P3Y`, `PT2H`, `PXM` are durations; `PAST_REF` and `PRESENT_REF` are not. */
export const isDurationValue = (value: string): boolean => /^PT?[\dX.]/.test(value) && !value.endsWith('_REF');

/**
 * When every gold timex is typed DATE although some values are durations (the WikiWars TIMEX3
 * conversion), type F1 measures the annotation, not the tagger.
 */
export function typeScoreCaveat(documents: readonly AnnotatedDocument[]): string | null {
  const timexes = documents.flatMap((document) => document.timexes);
  const allDate = timexes.length > 0 && timexes.every((timex) => timex.type === 'DATE');
  const hasDurations = timexes.some((timex) => isDurationValue(timex.value));
  return allDate && hasDurations ? 'type F1 not meaningful here: every gold timex is typed DATE, durations included' : null;
}

/** A plain-text table of one corpus' scores, as `news-timeline eval` prints it. */
export function formatScores(label: string, scores: Scores, notes: readonly string[] = []): string {
  const { counts } = scores;
  const row = (name: string, pr: PrecisionRecall) =>
    `${name.padEnd(9)}${fixed(pr.precision).padStart(7)}${fixed(pr.recall).padStart(7)}${fixed(pr.f1).padStart(7)}`;
  return [
    `${label}: ${counts.documents} docs, ${counts.gold} gold, ${counts.system} system timexes`,
    `${''.padEnd(9)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}`,
    row('strict', scores.strict),
    row('relaxed', scores.relaxed),
    row('value', scores.value),
    row('type', scores.type),
    ...notes.map((note) => `note: ${note}`),
  ].join('\n');
}
