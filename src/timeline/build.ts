import type { Timex, TimexMod, UtcInterval } from '../temporal/types.js';
import { dayInterval, normalizeReferenceDate, parseDuration, subtractDuration } from './calendar.js';
import { isFurniture } from './furniture.js';
import { eventTitle, sameHappening } from './happening.js';
import { durationUpToNowWords, presentPerfectAuxiliaries } from './resources/en/words.js';
import { sentenceAt, sentenceRanges } from './segment.js';
import { clauseWordsBefore } from './title.js';
import type { EventKind, EventModifier, Mention, TextRange, Timeline, TimelineEvent } from './types.js';

export const referenceEventId = 'e-reference';
export const referenceEventTitle = 'Article published';

const finerThanDay = new Set(['day', 'partOfDay', 'hour', 'minute', 'second']);
const modifiers: Partial<Record<TimexMod, EventModifier>> = {
  APPROX: 'approximate',
  START: 'early',
  MID: 'mid',
  END: 'late',
  BEFORE: 'before',
  ON_OR_BEFORE: 'before',
  AFTER: 'after',
  ON_OR_AFTER: 'after',
  MORE_THAN: 'approximate',
  LESS_THAN: 'approximate',
  EQUAL_OR_MORE: 'approximate',
  EQUAL_OR_LESS: 'approximate',
};

interface Context {
  text: string;
  sentences: TextRange[];
  reference: UtcInterval | undefined;
  expressions: Timex[];
  byId: Map<string, Timex>;
  warnings: string[];
}

/**
 * The timeline of a text from its temporal expressions (the pure step after tagging): which
 * expressions are events and how they are drawn, a title for each, repeated mentions of the
 * same happening merged, and the publication as a reference event.
 */
export function buildTimeline(text: string, expressions: Timex[], referenceDate: string | null): Timeline {
  const reference = normalizeReferenceDate(referenceDate);
  const context: Context = {
    text,
    sentences: sentenceRanges(text),
    reference: reference ? dayInterval(reference) : undefined,
    expressions,
    byId: new Map(expressions.map((t) => [t.id, t])),
    warnings: [],
  };
  const consumed = new Set<string>();
  const events: TimelineEvent[] = [];
  for (const timex of [...expressions].sort((a, b) => a.start - b.start)) {
    if (consumed.has(timex.id)) continue;
    const event = eventFor(timex, context, consumed);
    if (!event) continue;
    // The same source span twice (overlapping tagger readings) is one event: ids stay unique.
    const same = events.find((other) => other.id === event.id || sameHappening(other, event));
    if (same) same.mentions.push(...event.mentions);
    else events.push(event);
  }
  if (reference && context.reference) events.push(referenceEvent(reference, context.reference));
  events.sort(compareEvents);
  return { format: 'news-timeline/1', referenceDate: reference, events, expressions, warnings: context.warnings };
}

/** By start, end, then id, in code-unit order (not locale order: the same everywhere). */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const byCodeUnits = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return byCodeUnits(a.start, b.start) || byCodeUnits(a.end, b.end) || byCodeUnits(a.id, b.id);
}

function referenceEvent(day: string, interval: UtcInterval): TimelineEvent {
  return {
    id: referenceEventId,
    start: interval.start,
    end: interval.end,
    granularity: 'day',
    kind: 'reference',
    value: day,
    title: referenceEventTitle,
    sentence: '',
    sentenceRange: { start: 0, end: 0 },
    mentions: [],
  };
}

function eventFor(timex: Timex, context: Context, consumed: Set<string>): TimelineEvent | undefined {
  if (timex.type === 'SET') return undefined;
  if (isFurniture(context.text, timex.start)) return undefined;
  if (timex.type === 'DURATION') return durationEvent(timex, context);
  if (!timex.interval) return undefined; // vague (PRESENT_REF) or unanchored (XXXX-11)

  const partner = timex.rangeWith ? context.byId.get(timex.rangeWith) : undefined;
  if (partner?.interval && !consumed.has(partner.id)) {
    consumed.add(partner.id);
    const [first, second] = timex.start <= partner.start ? [timex, partner] : [partner, timex];
    const start = minIso(timex.interval.start, partner.interval.start);
    const end = maxIso(timex.interval.end, partner.interval.end);
    return draft(context, [first, second], { start, end }, 'span', `${first.value}/${second.value}`, first);
  }
  if (timex.signal && (timex.signal.kind === 'since' || timex.signal.kind === 'from')) {
    const end = context.reference && context.reference.end > timex.interval.start ? context.reference.end : undefined;
    if (!end) context.warnings.push(`${timex.id} "${timex.text}": open span with no reference date to end it; drawn over its own extent.`);
    return draft(context, [timex], { start: timex.interval.start, end: end ?? timex.interval.end }, 'open', timex.value, timex);
  }
  const kind: EventKind = finerThanDay.has(timex.granularity) ? 'point' : 'period';
  return draft(context, [timex], timex.interval, kind, timex.value, timex);
}

/**
 * A duration is an event when the text ties it to a moment: an anchor expression, or a clause
 * that runs up to now ("has been occupied for three years", "the past three years"). It ends
 * at that moment and starts the duration before it.
 */
function durationEvent(timex: Timex, context: Context): TimelineEvent | undefined {
  const duration = parseDuration(timex.value);
  if (!duration) return undefined;
  const anchor = timex.anchor?.kind === 'expression' ? context.byId.get(timex.anchor.id)?.interval : undefined;
  let end = anchor?.end;
  if (!end) {
    const sentence = sentenceAt(context.sentences, timex.start);
    const before = sentence ? clauseWordsBefore(context.text, sentence, timex.start) : [];
    const ownWords = timex.text.toLowerCase().split(/\s+/);
    const upToNow = before.some((w) => presentPerfectAuxiliaries.has(w)) || ownWords.some((w) => durationUpToNowWords.has(w)) || durationUpToNowWords.has(before.at(-1) ?? '') || durationUpToNowWords.has(before.at(-2) ?? '');
    if (!upToNow) return undefined;
    if (!context.reference) {
      context.warnings.push(`${timex.id} "${timex.text}": a duration up to now, but no reference date was given.`);
      return undefined;
    }
    end = context.reference.end;
  }
  return draft(context, [timex], { start: subtractDuration(end, duration), end }, 'span', timex.value, timex);
}

function draft(context: Context, timexes: Timex[], interval: UtcInterval, kind: EventKind, value: string, dating: Timex): TimelineEvent {
  const first = timexes[0]!;
  const last = timexes.at(-1)!;
  const sentenceRange = sentenceAt(context.sentences, first.start) ?? { start: first.start, end: last.end };
  const mentions: Mention[] = timexes.map((t) => ({ start: t.start, end: t.end, text: t.text, timexId: t.id }));
  const event: TimelineEvent = {
    id: `e-${first.start}-${last.end}`,
    start: interval.start,
    end: interval.end,
    granularity: dating.granularity,
    kind,
    value,
    title: '',
    sentence: context.text.slice(sentenceRange.start, sentenceRange.end),
    sentenceRange: { start: sentenceRange.start, end: sentenceRange.end },
    mentions,
  };
  const mod = dating.mod ? modifiers[dating.mod] : undefined;
  if (mod) event.mod = mod;
  if (dating.mod) event.timexMod = dating.mod;
  event.title = eventTitle(context.text, context.sentences, sentenceRange, { start: first.start, end: last.end }, context.expressions);
  return event;
}

const minIso = (a: string, b: string): string => (a < b ? a : b);
const maxIso = (a: string, b: string): string => (a > b ? a : b);
