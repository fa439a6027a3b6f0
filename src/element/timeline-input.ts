import type { EventKind, TimelineEvent } from '../timeline/types.js';

/** Bad user input (an attribute, a property, a fetched file): shown in the element, never thrown out of it. */
export class TimelineInputError extends Error {
  override name = 'TimelineInputError';
}

const KINDS: ReadonlySet<EventKind> = new Set(['point', 'period', 'span', 'open', 'reference']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkInstant(value: unknown, where: string): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    throw new TimelineInputError(`${where} must be an ISO 8601 instant such as "2017-07-02T00:00:00.000Z".`);
  }
  return value;
}

function checkEvent(value: unknown, where: string): TimelineEvent {
  if (!isRecord(value)) throw new TimelineInputError(`${where} must be an object with id, start, end, kind and title.`);
  if (typeof value.id !== 'string' || value.id === '') throw new TimelineInputError(`${where}.id must be a non-empty string.`);
  const start = checkInstant(value.start, `${where}.start`);
  const end = checkInstant(value.end ?? value.start, `${where}.end`);
  if (Date.parse(end) < Date.parse(start)) throw new TimelineInputError(`${where}.end comes before its start.`);
  const kind = value.kind ?? 'point';
  if (typeof kind !== 'string' || !KINDS.has(kind as EventKind)) {
    throw new TimelineInputError(`${where}.kind must be one of ${[...KINDS].join(', ')}.`);
  }
  if (value.title !== undefined && typeof value.title !== 'string') throw new TimelineInputError(`${where}.title must be a string.`);
  const sentence = typeof value.sentence === 'string' ? value.sentence : '';
  return {
    ...(value as Partial<TimelineEvent>),
    id: value.id,
    start,
    end,
    kind: kind as EventKind,
    granularity: (value.granularity as TimelineEvent['granularity']) ?? 'day',
    value: typeof value.value === 'string' ? value.value : '',
    title: typeof value.title === 'string' ? value.title : '',
    sentence,
    sentenceRange: isRecord(value.sentenceRange) ? (value.sentenceRange as unknown as TimelineEvent['sentenceRange']) : { start: 0, end: sentence.length },
    mentions: Array.isArray(value.mentions) ? (value.mentions as TimelineEvent['mentions']) : [],
  };
}

/** Time order, as the model promises: start, then end, then id. Parses each date once, not per comparison. */
export function sortEvents(events: TimelineEvent[]): TimelineEvent[] {
  const keyed = events.map((event) => ({ event, start: Date.parse(event.start), end: Date.parse(event.end) }));
  keyed.sort((a, b) => a.start - b.start || a.end - b.end || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
  return keyed.map((entry) => entry.event);
}

/** Checks an `events` array from a user, with messages that say which entry is wrong and how. */
export function readEvents(value: unknown): TimelineEvent[] {
  if (!Array.isArray(value)) throw new TimelineInputError('events must be an array of timeline events.');
  const seen = new Set<string>();
  const events = value.map((entry, index) => {
    const event = checkEvent(entry, `events[${index}]`);
    if (seen.has(event.id)) throw new TimelineInputError(`events[${index}].id "${event.id}" is used twice; ids must be unique.`);
    seen.add(event.id);
    return event;
  });
  return sortEvents(events);
}
