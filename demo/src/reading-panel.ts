// "How it read the dates": every expression, the value it was normalized to, what that value
// covers, and what it was anchored to — so an editor can check each reading against the text.
import type { Timeline } from '../../src/timeline/types.js';
import type { Timex } from '../../src/temporal/types.js';
import { eventIdByTimexId } from './article-view.js';

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const instantFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

const modWords: Record<string, string> = {
  START: 'early',
  MID: 'mid',
  END: 'late',
  APPROX: 'about',
  MORE_THAN: 'more than',
  LESS_THAN: 'less than',
  EQUAL_OR_MORE: 'at least',
  EQUAL_OR_LESS: 'at most',
  BEFORE: 'before',
  AFTER: 'after',
  ON_OR_BEFORE: 'on or before',
  ON_OR_AFTER: 'on or after',
};

/** The calendar extent in words, in UTC: "Mon 26 Jun – Sun 2 Jul 2017". End is exclusive. */
export function describeInterval(timex: Timex): string {
  if (!timex.interval) {
    if (timex.type === 'DURATION') return `a length of time (${timex.value})`;
    if (timex.type === 'SET') return `a repetition (${timex.value})`;
    return 'no calendar extent';
  }
  const start = new Date(timex.interval.start);
  const end = new Date(timex.interval.end);
  const subDay = ['hour', 'minute', 'second', 'partOfDay'].includes(timex.granularity);
  if (subDay) return instantFormat.formatRange(start, new Date(end.getTime() - 60_000));
  const lastDay = new Date(end.getTime() - 86_400_000);
  return lastDay.getTime() <= start.getTime() ? dayFormat.format(start) : dayFormat.formatRange(start, lastDay);
}

export function describeAnchor(timex: Timex, timeline: Timeline): string {
  const anchor = timex.anchor;
  if (!anchor) {
    if (timex.type === 'DURATION') return 'nothing: a length of time, not a date';
    if (timex.type === 'SET') return 'nothing: a repetition';
    return 'nothing: the date is stated in full';
  }
  if (anchor.kind === 'reference') {
    return timeline.referenceDate ? `the publication date, ${timeline.referenceDate}` : 'the publication date (none given)';
  }
  const other = timeline.expressions.find((candidate) => candidate.id === anchor.id);
  return other ? `“${other.text}” (${other.value}), mentioned earlier` : `expression ${anchor.id}`;
}

/** Rows drawn at first: a long article's thousand rows would make every re-reading lay out slowly. */
export const initialReadingRows = 200;

export function renderReadingPanel(
  body: HTMLTableSectionElement,
  warnings: HTMLElement,
  timeline: Timeline,
  maxRows = initialReadingRows,
): void {
  const eventOf = eventIdByTimexId(timeline);
  const titles = new Map(timeline.events.map((event) => [event.id, event.title]));
  const rows = timeline.expressions.slice(0, maxRows).map((timex) => {
    const row = document.createElement('tr');
    row.dataset.timexId = timex.id;
    const expression = document.createElement('th');
    expression.scope = 'row';
    expression.textContent = `“${timex.text}”`;
    const value = document.createElement('td');
    const code = document.createElement('code');
    code.textContent = timex.value;
    value.append(code);
    if (timex.mod) value.append(` ${modWords[timex.mod] ?? timex.mod}`);
    const extent = document.createElement('td');
    extent.textContent = describeInterval(timex);
    const anchor = document.createElement('td');
    anchor.textContent = describeAnchor(timex, timeline);
    const event = document.createElement('td');
    const eventId = eventOf.get(timex.id);
    event.textContent = eventId ? (titles.get(eventId) ?? 'yes') : 'not an event';
    row.append(expression, value, extent, anchor, event);
    return row;
  });
  body.replaceChildren(...rows);
  warnings.replaceChildren(
    ...timeline.warnings.map((warning) => {
      const item = document.createElement('li');
      item.textContent = warning;
      return item;
    }),
  );
  warnings.hidden = timeline.warnings.length === 0;
}
