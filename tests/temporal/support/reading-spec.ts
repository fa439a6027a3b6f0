/**
 * The row runner shared by the specification files (guidelines.test.ts, news-readings.test.ts): a row
 * is a sentence, a reference date and the reading expected of one expression in it.
 */
import { describe, expect, it } from 'vitest';
import type { Timex, TimexMod, TimexType } from '../../../src/temporal/index.js';
import { extractTimexes } from '../../../src/temporal/index.js';

export interface ReadingRow {
  sentence: string;
  /** Reference (publication) date; the file's default unless given. */
  reference?: string;
  extent: string;
  type: TimexType;
  value: string;
  /** Checked when given; otherwise the row says nothing about `mod`. */
  mod?: TimexMod;
}

export interface LookAlikeRow {
  sentence: string;
  /** Reference (publication) date; the file's default unless given. */
  reference?: string;
  /** The words nothing may be tagged over. */
  phrase: string;
}

/** The expression of `row.extent` in its sentence (failing, with everything found, when there is none). */
export function findReading(row: ReadingRow, defaultReference: string): Timex {
  const timexes = extractTimexes(row.sentence, { referenceDate: row.reference ?? defaultReference });
  const found = timexes.find((t) => t.text === row.extent);
  expect(found, `${row.sentence} → ${JSON.stringify(timexes.map((t) => [t.text, t.type, t.value, t.mod]))}`).toBeDefined();
  return found!;
}

export function describeReadings<R extends ReadingRow>(title: string, rows: readonly R[], options: { reference: string; label: (row: R) => string }): void {
  describe(title, () => {
    for (const row of rows) {
      it(`${options.label(row)}: "${row.extent}" in "${row.sentence}" is ${row.type} ${row.value}${row.mod ? ` (${row.mod})` : ''}`, () => {
        const found = findReading(row, options.reference);
        expect({ type: found.type, value: found.value }).toEqual({ type: row.type, value: row.value });
        if (row.mod) expect(found.mod).toBe(row.mod);
      });
    }
  });
}

export function describeLookAlikes<R extends LookAlikeRow>(
  title: string,
  rows: readonly R[],
  options: { reference: string; label: (row: R) => string; ignoreCase?: boolean },
): void {
  describe(title, () => {
    for (const row of rows) {
      it(`${options.label(row)}: nothing is tagged over "${row.phrase}" in "${row.sentence}"`, () => {
        const from = options.ignoreCase ? row.sentence.toLowerCase().indexOf(row.phrase.toLowerCase()) : row.sentence.indexOf(row.phrase);
        expect(from).toBeGreaterThanOrEqual(0);
        const to = from + row.phrase.length;
        const overlapping = extractTimexes(row.sentence, { referenceDate: row.reference ?? options.reference }).filter((t) => t.start < to && t.end > from);
        expect(overlapping.map((t) => t.text)).toEqual([]);
      });
    }
  });
}

/** Rows not met yet, each with the reason. */
export function describeTodos(rows: readonly { row: string; reason: string }[]): void {
  // A spec whose every row is met keeps its (empty) table; a suite with no test in it would fail.
  if (rows.length === 0) return;
  describe('not met yet', () => {
    for (const { row, reason } of rows) it.todo(`${row} — ${reason}`);
  });
}
