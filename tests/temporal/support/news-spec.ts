/**
 * The shapes shared by the news-reading spec files (tests/temporal/news-readings*.test.ts): each row
 * names the reading of news it specifies, and is read against the file's story date unless it gives its own.
 */
import { describeLookAlikes, describeReadings, type LookAlikeRow, type ReadingRow } from './reading-spec.js';

export interface NewsRow extends ReadingRow {
  /** What the row is about, as a phrase of the spec. */
  reading: string;
}

export interface NewsLookAlike extends LookAlikeRow {
  reading: string;
}

export const describeNewsRows = (title: string, rows: readonly NewsRow[], reference: string): void =>
  describeReadings(title, rows, { reference, label: (row) => row.reading });

export const describeNewsLookAlikes = (title: string, rows: readonly NewsLookAlike[], reference: string): void =>
  describeLookAlikes(title, rows, { reference, label: (row) => row.reading });
