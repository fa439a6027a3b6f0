/**
 * chrono-node as a baseline tagger for the accuracy report (development only: nothing in the
 * library imports this file, and chrono-node is a dev dependency).
 *
 * chrono finds dates and times and fills every calendar component, marking which ones the text
 * stated. The fairest TIMEX3 reading of that output: the value runs down to the finest stated
 * component (a stated weekday counts as stating the day), with the coarser components taken
 * from chrono's own resolution; a stated hour makes it a TIME (`YYYY-MM-DDTHH:MM`); with
 * nothing stated ("this week") the value is the day chrono resolved to.
 * chrono has no durations, sets or vague references, so it gets no credit for them.
 */
import * as chrono from 'chrono-node';
import type { ParsedComponents } from 'chrono-node';

import type { SystemTimex } from './score.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * chrono works in the machine's local time: a local-noon instant on the reference date keeps
 * chrono's "today" on that calendar date in every time zone.
 */
export function chronoReference(referenceDate: string | null): Date {
  const match = referenceDate === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(referenceDate);
  if (!match) return new Date();
  const reference = new Date(0);
  reference.setFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  reference.setHours(12, 0, 0, 0);
  return reference;
}

/** Maps chrono's components to a TIMEX3 type and value. */
export function timexValueOf(components: ParsedComponents): { type: 'DATE' | 'TIME'; value: string } {
  const stated = (component: Parameters<ParsedComponents['isCertain']>[0]) => components.isCertain(component);
  const year = pad(components.get('year') ?? 0, 4);
  const month = pad(components.get('month') ?? 1);
  const day = pad(components.get('day') ?? 1);
  if (stated('hour')) {
    return { type: 'TIME', value: `${year}-${month}-${day}T${pad(components.get('hour') ?? 0)}:${pad(components.get('minute') ?? 0)}` };
  }
  if (stated('day') || stated('weekday')) return { type: 'DATE', value: `${year}-${month}-${day}` };
  if (stated('month')) return { type: 'DATE', value: `${year}-${month}` };
  if (stated('year')) return { type: 'DATE', value: year };
  // "this week", "this morning": chrono found an expression but marks no component as stated;
  // the day it resolved to is the most its output says.
  return { type: 'DATE', value: `${year}-${month}-${day}` };
}

/** A tagger with the shape of `extractTimexes`, backed by chrono-node's English casual parser. */
export function chronoTimexes(text: string, options: { referenceDate: string | null }): SystemTimex[] {
  const timexes: SystemTimex[] = [];
  for (const result of chrono.parse(text, chronoReference(options.referenceDate))) {
    timexes.push({ start: result.index, end: result.index + result.text.length, text: result.text, ...timexValueOf(result.start) });
  }
  return timexes;
}
