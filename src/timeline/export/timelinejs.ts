import type { Granularity } from '../../temporal/types.js';
import type { Timeline, TimelineEvent } from '../types.js';

/** A TimelineJS3 date: a partial date keeps the precision (a month event has no `day`). */
export interface TimelineJSDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

export interface TimelineJSSlide {
  start_date: TimelineJSDate;
  end_date?: TimelineJSDate;
  text: { headline: string; text: string };
  unique_id: string;
  group?: string;
  display_date?: string;
}

/** The TimelineJS3 JSON format (https://timeline.knightlab.com/docs/json-format.html). */
export interface TimelineJSDocument {
  title?: { text: { headline: string; text: string } };
  events: TimelineJSSlide[];
}

type Precision = 'year' | 'month' | 'day' | 'minute';

const precisionOf: Record<Granularity, Precision> = {
  millennium: 'year', century: 'year', decade: 'year', year: 'year',
  half: 'month', quarter: 'month', season: 'month', month: 'month',
  week: 'day', day: 'day', unknown: 'day',
  partOfDay: 'minute', hour: 'minute', minute: 'minute', second: 'minute',
};

/** Granularities a partial date cannot say on its own: a display date spells them out. */
const needsDisplayDate: ReadonlySet<Granularity> = new Set(['millennium', 'century', 'decade', 'half', 'quarter', 'season', 'week', 'partOfDay']);

export const publicationGroup = 'Publication';

/**
 * The timeline as a TimelineJS3 document. Headline and text are HTML-escaped because
 * TimelineJS renders them as HTML and article text must stay text.
 */
export function toTimelineJS(timeline: Timeline): TimelineJSDocument {
  return { events: timeline.events.map(slideFor) };
}

function slideFor(event: TimelineEvent): TimelineJSSlide {
  const precision = precisionOf[event.granularity];
  const slide: TimelineJSSlide = {
    start_date: partialDate(event.start, precision),
    text: { headline: escapeHtml(event.title), text: escapeHtml(event.sentence) },
    unique_id: event.id,
  };
  const lastInstant = new Date(Date.parse(event.end) - 1).toISOString();
  // Spans and open spans run to a day ("until publication"), whatever their start's precision.
  const endPrecision = event.kind === 'span' || event.kind === 'open' ? finer(precision, 'day') : precision;
  const end = partialDate(lastInstant, endPrecision);
  if (!sameDate(slide.start_date, end)) slide.end_date = end;
  if (event.kind === 'reference') slide.group = publicationGroup;
  // TimelineJS would print a year up to 1 BC (0 and below in ISO) as a bare, off-by-one negative number: say it.
  const beforeChrist = new Date(event.start).getUTCFullYear() <= 0;
  if (beforeChrist || (needsDisplayDate.has(event.granularity) && event.kind !== 'span' && event.kind !== 'open')) {
    slide.display_date = displayRange(event.start, lastInstant, precision);
  }
  return slide;
}

const order: Precision[] = ['year', 'month', 'day', 'minute'];
const finer = (a: Precision, b: Precision): Precision => (order.indexOf(a) >= order.indexOf(b) ? a : b);

function partialDate(iso: string, precision: Precision): TimelineJSDate {
  const date = new Date(iso);
  const out: TimelineJSDate = { year: date.getUTCFullYear() };
  if (precision === 'year') return out;
  out.month = date.getUTCMonth() + 1;
  if (precision === 'month') return out;
  out.day = date.getUTCDate();
  if (precision === 'day') return out;
  out.hour = date.getUTCHours();
  out.minute = date.getUTCMinutes();
  return out;
}

function sameDate(a: TimelineJSDate, b: TimelineJSDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;
}

const displayOptions: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { timeZone: 'UTC', year: 'numeric' },
  month: { timeZone: 'UTC', year: 'numeric', month: 'long' },
  day: { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' },
  minute: { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
};

function displayRange(startIso: string, lastIso: string, precision: Precision): string {
  // Years up to 1 BC (0 and below in ISO) need their era, or "399 – 300" reads as AD.
  const era: Intl.DateTimeFormatOptions = new Date(startIso).getUTCFullYear() <= 0 ? { era: 'short' } : {};
  const format = new Intl.DateTimeFormat('en', { ...displayOptions[precision], ...era });
  return format.formatRange(new Date(startIso), new Date(lastIso));
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
