import type { Timeline, TimelineEvent } from '../types.js';

const columns: [string, (e: TimelineEvent) => string][] = [
  ['id', (e) => e.id],
  ['kind', (e) => e.kind],
  ['start', (e) => e.start],
  ['end', (e) => e.end],
  ['granularity', (e) => e.granularity],
  ['mod', (e) => e.mod ?? ''],
  ['value', (e) => e.value],
  ['title', (e) => e.title],
  ['mentions', (e) => e.mentions.map((m) => m.text).join(' | ')],
  ['sentence', (e) => e.sentence],
];

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const formulaStarts = /^[=+\-@\t\r]/;

/** One row per event, RFC 4180: CRLF line ends, fields quoted when they hold `"` `,` or a line break. */
export function toCSV(timeline: Timeline): string {
  const rows = [columns.map(([name]) => name), ...timeline.events.map((e) => columns.map(([, cell]) => cell(e)))];
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function csvField(value: string): string {
  const safe = formulaStarts.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
