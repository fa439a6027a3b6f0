import { getISODay } from 'date-fns';
import { UTCDate } from '@date-fns/utc';

import type { AnnotatedDocument, GoldTimex } from '../timeml/types.js';

/**
 * Gold values that contradict their own text, found without any tagger: a reader who gets
 * these "right" has fitted the annotation, not read the article. Only checks that need no
 * judgment are here; what a value *should* be in context is left to the guidelines.
 */
export type GoldContradiction =
  /** "Tuesday" annotated with a date that is a Wednesday. */
  | 'weekday-name-other-weekday'
  /** "1988" annotated as 1998; "August 1988" as 1989-08. */
  | 'written-year-other-year'
  /** "1968" annotated as 1968-XX: a finer field the text does not have, left unknown. */
  | 'placeholder-finer-than-text'
  /** "2000-W7": ISO 8601 writes week numbers with two digits. */
  | 'one-digit-week-number';

export interface GoldFinding {
  kind: GoldContradiction;
  docId: string;
  timex: GoldTimex;
}

const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const WEEKDAY_PATTERN = new RegExp(`\\b(${WEEKDAY_NAMES.join('|')})\\b`, 'g');

const MONTH_WORDS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** A date written out with its year and nothing relative: "1988", "Aug. 3, 1988", "mid-1988". */
const WRITTEN_YEAR = new RegExp(`^(?:(?:the|early|late|mid|in|of|on)[ -])*(?:(?:${MONTH_WORDS})\\.? )?(?:\\d{1,2},? )?(\\d{4})$`);
const FULL_DATE = /^(\d{4})-(\d\d)-(\d\d)(?:T|$)/;

export function auditGoldTimex(docId: string, timex: GoldTimex): GoldFinding[] {
  const findings: GoldFinding[] = [];
  const found = (kind: GoldContradiction) => findings.push({ kind, docId, timex });
  const text = timex.text.toLowerCase().replace(/\s+/g, ' ').trim();
  const value = timex.value;

  const weekdays = [...new Set([...text.matchAll(WEEKDAY_PATTERN)].map((match) => match[1]))];
  const date = FULL_DATE.exec(value);
  if (weekdays.length === 1 && date) {
    const day = new UTCDate(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
    const named = WEEKDAY_NAMES.indexOf(weekdays[0] as (typeof WEEKDAY_NAMES)[number]) + 1;
    if (getISODay(day) !== named) found('weekday-name-other-weekday');
  }

  const year = WRITTEN_YEAR.exec(text);
  if (year && /^\d{4}/.test(value) && !value.includes('T') && !value.startsWith(year[1]!)) found('written-year-other-year');
  if (/^\d{4}$/.test(text) && /^\d{4}-X/.test(value)) found('placeholder-finer-than-text');
  if (/-W\d(?!\d)/.test(value)) found('one-digit-week-number');
  return findings;
}

export function auditGold(documents: readonly AnnotatedDocument[]): GoldFinding[] {
  return documents.flatMap((document) => document.timexes.flatMap((timex) => auditGoldTimex(document.docId, timex)));
}

/**
 * Phrases whose reading depends only on the creation date: every occurrence should have a
 * value of one shape ("last week" → YYYY-Www). Their spread of shapes bounds what any single
 * reading can score on them.
 */
export const DEICTIC_PHRASES = [
  'yesterday', 'today', 'tomorrow',
  'last week', 'this week', 'next week',
  'last month', 'this month', 'next month',
  'last year', 'this year', 'next year',
] as const;

export interface ShapeSpread {
  phrase: string;
  occurrences: number;
  /** Value shapes (digits written as 9) with their counts, commonest first. */
  shapes: Array<{ shape: string; count: number }>;
}

export function deicticShapeSpread(documents: readonly AnnotatedDocument[]): ShapeSpread[] {
  const byPhrase = new Map<string, Map<string, number>>();
  for (const timex of documents.flatMap((document) => document.timexes)) {
    const phrase = timex.text.toLowerCase().replace(/\s+/g, ' ').trim();
    if (!(DEICTIC_PHRASES as readonly string[]).includes(phrase)) continue;
    const shapes = byPhrase.get(phrase) ?? new Map<string, number>();
    const shape = timex.value.replace(/\d/g, '9');
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
    byPhrase.set(phrase, shapes);
  }
  return DEICTIC_PHRASES.filter((phrase) => byPhrase.has(phrase)).map((phrase) => {
    const shapes = [...byPhrase.get(phrase)!].map(([shape, count]) => ({ shape, count })).sort((a, b) => b.count - a.count);
    return { phrase, occurrences: shapes.reduce((sum, { count }) => sum + count, 0), shapes };
  });
}

/**
 * The documents with the flagged gold timexes set aside: each leaves the gold and its span
 * becomes ignored, so a system timex there is neither a hit nor a false positive.
 */
export function setAsideFindings(documents: readonly AnnotatedDocument[], findings: readonly GoldFinding[]): AnnotatedDocument[] {
  const flagged = new Set(findings.map((finding) => finding.timex));
  return documents.map((document) => {
    const setAside = document.timexes.filter((timex) => flagged.has(timex));
    if (setAside.length === 0) return document;
    return {
      ...document,
      timexes: document.timexes.filter((timex) => !flagged.has(timex)),
      ignoredSpans: [...(document.ignoredSpans ?? []), ...setAside.map(({ start, end }) => ({ start, end }))],
    };
  });
}
