import type { TimelineEvent } from '../timeline/types.js';
import { instantMs } from './time.js';
import { dayWords, hourMinute, monthWords, yearWords } from './utc-words.js';

const timeWords = (date: Date): string => `${dayWords(date)}, ${hourMinute(date)} UTC`;

const DAY_MS = 86_400_000;

function lastIncludedDay(endIso: string): Date {
  return new Date(instantMs(endIso) - DAY_MS);
}

function wordsFor(date: Date, granularity: TimelineEvent['granularity']): string {
  switch (granularity) {
    case 'millennium':
    case 'century':
    case 'decade':
    case 'year':
      return yearWords(date);
    case 'half':
    case 'quarter':
    case 'season':
    case 'month':
      return monthWords(date);
    case 'hour':
    case 'minute':
    case 'second':
      return timeWords(date);
    default:
      return dayWords(date);
  }
}

/** The event's date as a reader says it: "2 July 2017", "June 2017", "26 June – 2 July 2017". */
export function describeEventDate(event: Pick<TimelineEvent, 'start' | 'end' | 'kind' | 'granularity'>): string {
  const start = new Date(instantMs(event.start));
  if (Number.isNaN(start.getTime())) return 'unknown date';
  const startWords = wordsFor(start, event.granularity);
  switch (event.kind) {
    case 'open':
      return `since ${startWords}`;
    case 'span':
      return `${startWords} – ${dayWords(lastIncludedDay(event.end))}`;
    case 'period': {
      if (event.granularity === 'week') {
        return `${dayWords(start)} – ${dayWords(lastIncludedDay(event.end))}`;
      }
      if (event.granularity === 'decade') return `the ${startWords}s`;
      return startWords;
    }
    default:
      return startWords;
  }
}

/** What assistive technology reads for one event: "2 July 2017: SDF fighters entered the city". */
export function accessibleEventName(event: Pick<TimelineEvent, 'start' | 'end' | 'kind' | 'granularity' | 'title'>): string {
  const date = describeEventDate(event);
  const title = event.title.trim();
  return title ? `${date}: ${title}` : date;
}

/** A label short enough for one lane; the full title stays in the tooltip and accessible name. */
export function shortLabel(title: string, maxChars: number): string {
  if (title.length <= maxChars && !/\s\s|[\t\n\r]|^\s|\s$/.test(title)) return title;
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxChars) return clean;
  const cut = clean.slice(0, Math.max(1, maxChars - 1));
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
