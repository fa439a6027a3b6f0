import type { EventKind, TimelineEvent } from '../timeline/types.js';

/** Bad user input (an attribute, a property, a fetched file): shown in the element, never thrown out of it. */
export class TimelineInputError extends Error {
  override name = 'TimelineInputError';
}

const KINDS: ReadonlySet<EventKind> = new Set(['point', 'period', 'span', 'open', 'reference']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkInstant(value: unknown, where: string): number {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw new TimelineInputError(`${where} must be an ISO 8601 instant such as "2017-07-02T00:00:00.000Z".`);
  return ms;
}

interface KeyedEvent {
  event: TimelineEvent;
  startMs: number;
  endMs: number;
}

/** Checks one user event; a complete event is kept as given (no copy: 100,000 of them must stay cheap). */
function checkEvent(value: unknown, where: string): KeyedEvent {
  if (!isRecord(value)) throw new TimelineInputError(`${where} must be an object with id, start and end.`);
  if (typeof value.id !== 'string' || value.id === '') throw new TimelineInputError(`${where}.id must be a non-empty string.`);
  const startMs = checkInstant(value.start, `${where}.start`);
  const endMs = value.end === undefined ? startMs : checkInstant(value.end, `${where}.end`);
  if (endMs < startMs) throw new TimelineInputError(`${where}.end comes before its start.`);
  const kind = value.kind ?? 'point';
  if (typeof kind !== 'string' || !KINDS.has(kind as EventKind)) {
    throw new TimelineInputError(`${where}.kind must be one of ${[...KINDS].join(', ')}.`);
  }
  if (value.title !== undefined && typeof value.title !== 'string') throw new TimelineInputError(`${where}.title must be a string.`);
  const complete =
    typeof value.end === 'string' &&
    typeof value.kind === 'string' &&
    typeof value.granularity === 'string' &&
    typeof value.value === 'string' &&
    typeof value.title === 'string' &&
    typeof value.sentence === 'string' &&
    isRecord(value.sentenceRange) &&
    Array.isArray(value.mentions);
  if (complete) return { event: value as unknown as TimelineEvent, startMs, endMs };
  const sentence = typeof value.sentence === 'string' ? value.sentence : '';
  const event: TimelineEvent = {
    ...(value as Partial<TimelineEvent>),
    id: value.id,
    start: value.start as string,
    end: typeof value.end === 'string' ? value.end : (value.start as string),
    kind: kind as EventKind,
    granularity: typeof value.granularity === 'string' ? (value.granularity as TimelineEvent['granularity']) : 'day',
    value: typeof value.value === 'string' ? value.value : '',
    title: typeof value.title === 'string' ? value.title : '',
    sentence,
    sentenceRange: isRecord(value.sentenceRange) ? (value.sentenceRange as unknown as TimelineEvent['sentenceRange']) : { start: 0, end: sentence.length },
    mentions: Array.isArray(value.mentions) ? (value.mentions as TimelineEvent['mentions']) : [],
  };
  return { event, startMs, endMs };
}

/** Time order, as the model promises: start, then end, then id (dates parsed once, not per comparison). */
function byTime(a: KeyedEvent, b: KeyedEvent): number {
  return a.startMs - b.startMs || a.endMs - b.endMs || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0);
}

/** Checks an `events` array from a user, with messages that say which entry is wrong and how; returns them in time order. */
export function readEvents(value: unknown): TimelineEvent[] {
  if (!Array.isArray(value)) throw new TimelineInputError('events must be an array of timeline events.');
  const seen = new Set<string>();
  const keyed: KeyedEvent[] = new Array(value.length);
  for (let index = 0; index < value.length; index++) {
    const entry = checkEvent(value[index], `events[${index}]`);
    if (seen.has(entry.event.id)) throw new TimelineInputError(`events[${index}].id "${entry.event.id}" is used twice; ids must be unique.`);
    seen.add(entry.event.id);
    keyed[index] = entry;
  }
  return keyed.sort(byTime).map((entry) => entry.event);
}
