import type { Timex, UtcInterval } from '../temporal/types.js';
import { dayInterval, normalizeReferenceDate } from './calendar.js';
import { eventFor, type EventContext } from './events.js';
import { sameHappening, temporalRanges } from './happening.js';
import { sentenceRanges } from './segment.js';
import type { Timeline, TimelineEvent } from './types.js';

export const referenceEventId = 'e-reference';
export const referenceEventTitle = 'Article published';

/**
 * The timeline of a text from its temporal expressions (the pure step after tagging): which
 * expressions are events and how they are drawn, a title for each, repeated mentions of the
 * same happening merged, and the publication as a reference event.
 */
export function buildTimeline(text: string, expressions: Timex[], referenceDate: string | null): Timeline {
  const reference = normalizeReferenceDate(referenceDate);
  const context: EventContext = {
    text,
    sentences: sentenceRanges(text),
    reference: reference ? dayInterval(reference) : undefined,
    temporal: temporalRanges(expressions),
    byId: new Map(expressions.map((t) => [t.id, t])),
    warnings: [],
  };
  const consumed = new Set<string>();
  const events: TimelineEvent[] = [];
  const byId = new Map<string, TimelineEvent>();
  // Only events dated alike can be one happening: look among those, not among all events.
  const byDating = new Map<string, TimelineEvent[]>();
  for (const timex of [...expressions].sort((a, b) => a.start - b.start)) {
    if (consumed.has(timex.id)) continue;
    const event = eventFor(timex, context, consumed);
    if (!event) continue;
    const dating = `${event.kind}|${event.start}|${event.end}|${event.value}`;
    const alike = byDating.get(dating) ?? [];
    // The same source span twice (overlapping tagger readings) is one event: ids stay unique.
    const same = byId.get(event.id) ?? alike.find((other) => sameHappening(other, event));
    if (same) {
      same.mentions.push(...event.mentions);
      continue;
    }
    events.push(event);
    byId.set(event.id, event);
    byDating.set(dating, [...alike, event]);
  }
  if (reference && context.reference) events.push(referenceEvent(reference, context.reference));
  events.sort(compareEvents);
  return { format: 'news-timeline/1', referenceDate: reference, events, expressions, warnings: context.warnings };
}

/** By start, end (as instants: "-000051-…" is after "-000052-…"), then id in code-unit order (not locale order: the same everywhere). */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const byCodeUnits = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return Date.parse(a.start) - Date.parse(b.start) || Date.parse(a.end) - Date.parse(b.end) || byCodeUnits(a.id, b.id);
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
