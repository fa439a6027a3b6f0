import type { Granularity, SignalKind, Timex, TimexMod, TimexType } from '../temporal/types.js';
import type { EventKind, EventModifier, Timeline, TimelineEvent } from './types.js';

/** Thrown for JSON that is not a news-timeline document; the message names the bad field. */
export class TimelineFormatError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'TimelineFormatError';
  }
}

const eventKinds: readonly EventKind[] = ['point', 'period', 'span', 'open', 'reference'];
const modifiers: readonly EventModifier[] = ['approximate', 'early', 'mid', 'late', 'before', 'after'];
const granularities: readonly Granularity[] = ['millennium', 'century', 'decade', 'year', 'half', 'quarter', 'season', 'month', 'week', 'day', 'partOfDay', 'hour', 'minute', 'second', 'unknown'];
const timexTypes: readonly TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET'];
const timexMods: readonly TimexMod[] = ['START', 'MID', 'END', 'APPROX', 'MORE_THAN', 'LESS_THAN', 'EQUAL_OR_MORE', 'EQUAL_OR_LESS', 'BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER'];
const signalKinds: readonly SignalKind[] = ['since', 'until', 'from', 'to', 'between', 'and', 'for', 'ago', 'later', 'before', 'after', 'during', 'by', 'in', 'on', 'at', 'within', 'over'];
const isoInstant = /^[+-]?\d{4,6}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads our `json` export back into a Timeline, checking every field (the checks mirror
 * docs/timeline.schema.json; the library carries no schema validator so that it stays small in
 * the browser). Throws a TimelineFormatError naming the first bad field.
 */
export function parseTimelineJSON(json: string): Timeline {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new TimelineFormatError(`not JSON (${(error as Error).message})`, '$');
  }
  const root = object(data, '$');
  if (root['format'] !== 'news-timeline/1') throw new TimelineFormatError('expected "news-timeline/1" (is this a news-timeline JSON export?)', '$.format');
  const referenceDate = root['referenceDate'];
  if (referenceDate !== null && !(typeof referenceDate === 'string' && isoDay.test(referenceDate))) {
    throw new TimelineFormatError('expected null or a YYYY-MM-DD date', '$.referenceDate');
  }
  return {
    format: 'news-timeline/1',
    referenceDate,
    events: array(root['events'], '$.events').map((e, i) => readEvent(e, `$.events[${i}]`)),
    expressions: array(root['expressions'], '$.expressions').map((t, i) => readTimex(t, `$.expressions[${i}]`)),
    warnings: array(root['warnings'], '$.warnings').map((w, i) => string(w, `$.warnings[${i}]`)),
  };
}

function readEvent(value: unknown, path: string): TimelineEvent {
  const e = object(value, path);
  const event: TimelineEvent = {
    id: string(e['id'], `${path}.id`),
    start: instant(e['start'], `${path}.start`),
    end: instant(e['end'], `${path}.end`),
    granularity: oneOf(e['granularity'], granularities, `${path}.granularity`),
    kind: oneOf(e['kind'], eventKinds, `${path}.kind`),
    value: string(e['value'], `${path}.value`),
    title: string(e['title'], `${path}.title`),
    sentence: string(e['sentence'], `${path}.sentence`),
    sentenceRange: range(e['sentenceRange'], `${path}.sentenceRange`),
    mentions: array(e['mentions'], `${path}.mentions`).map((m, i) => {
      const p = `${path}.mentions[${i}]`;
      const mention = object(m, p);
      return { ...range(m, p), text: string(mention['text'], `${p}.text`), timexId: string(mention['timexId'], `${p}.timexId`) };
    }),
  };
  if (Date.parse(event.end) < Date.parse(event.start)) throw new TimelineFormatError('end is before start', `${path}.end`);
  if (e['mod'] !== undefined) event.mod = oneOf(e['mod'], modifiers, `${path}.mod`);
  if (e['timexMod'] !== undefined) event.timexMod = oneOf(e['timexMod'], timexMods, `${path}.timexMod`);
  return event;
}

function readTimex(value: unknown, path: string): Timex {
  const t = object(value, path);
  // Fields a newer tagger adds are carried over as they are, so a round trip loses nothing.
  const timex: Timex = {
    ...(t as Partial<Timex>),
    id: string(t['id'], `${path}.id`),
    ...range(t, path),
    text: string(t['text'], `${path}.text`),
    type: oneOf(t['type'], timexTypes, `${path}.type`),
    value: string(t['value'], `${path}.value`),
    granularity: oneOf(t['granularity'], granularities, `${path}.granularity`),
    rule: string(t['rule'], `${path}.rule`),
  };
  if (t['mod'] !== undefined) timex.mod = oneOf(t['mod'], timexMods, `${path}.mod`);
  if (t['quant'] !== undefined) timex.quant = string(t['quant'], `${path}.quant`);
  if (t['freq'] !== undefined) timex.freq = string(t['freq'], `${path}.freq`);
  if (t['interval'] !== undefined) {
    const i = object(t['interval'], `${path}.interval`);
    timex.interval = { start: instant(i['start'], `${path}.interval.start`), end: instant(i['end'], `${path}.interval.end`) };
  }
  if (t['anchor'] !== undefined) {
    const a = object(t['anchor'], `${path}.anchor`);
    if (a['kind'] === 'reference') timex.anchor = { kind: 'reference' };
    else if (a['kind'] === 'expression') timex.anchor = { kind: 'expression', id: string(a['id'], `${path}.anchor.id`) };
    else throw new TimelineFormatError('expected kind "reference" or "expression"', `${path}.anchor.kind`);
  }
  if (t['signal'] !== undefined) {
    const s = object(t['signal'], `${path}.signal`);
    timex.signal = { kind: oneOf(s['kind'], signalKinds, `${path}.signal.kind`), text: string(s['text'], `${path}.signal.text`), ...range(s, `${path}.signal`) };
  }
  if (t['rangeWith'] !== undefined) timex.rangeWith = string(t['rangeWith'], `${path}.rangeWith`);
  return timex;
}

function object(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TimelineFormatError('expected an object', path);
  return value as Record<string, unknown>;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new TimelineFormatError('expected an array', path);
  return value;
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new TimelineFormatError('expected a string', path);
  return value;
}

function offset(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new TimelineFormatError('expected a non-negative integer offset', path);
  return value;
}

function range(value: unknown, path: string): { start: number; end: number } {
  const r = object(value, path);
  const start = offset(r['start'], `${path}.start`);
  const end = offset(r['end'], `${path}.end`);
  if (end < start) throw new TimelineFormatError('end offset is before start offset', `${path}.end`);
  return { start, end };
}

function instant(value: unknown, path: string): string {
  if (typeof value !== 'string' || !isoInstant.test(value) || Number.isNaN(Date.parse(value))) {
    throw new TimelineFormatError('expected a UTC instant like 2017-07-04T00:00:00.000Z', path);
  }
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new TimelineFormatError(`expected one of ${allowed.join(', ')}`, path);
  }
  return value as T;
}
