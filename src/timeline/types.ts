import type { Granularity, Timex, TimexMod } from '../temporal/types.js';

/**
 * `point`: a day or finer; `period`: a coarser date drawn over its whole extent ("June");
 * `span`: an interval with both ends; `open`: an interval whose end is the publication date
 * or unknown ("since November"); `reference`: the publication itself.
 */
export type EventKind = 'point' | 'period' | 'span' | 'open' | 'reference';

/** How precisely the text places the event within its extent. */
export type EventModifier = 'approximate' | 'early' | 'mid' | 'late' | 'before' | 'after';

export interface TextRange {
  start: number;
  end: number;
}

export interface Mention extends TextRange {
  text: string;
  /** The id of the `Timex` (in `Timeline.expressions`) this mention is. */
  timexId: string;
}

export interface TimelineEvent {
  /** Stable, derived from the source span of its first mention: `e-<start>-<end>`. */
  id: string;
  /** UTC instants (`toISOString()`), end exclusive. */
  start: string;
  end: string;
  granularity: Granularity;
  kind: EventKind;
  mod?: EventModifier;
  /** TIMEX3 value of the expression that dates it (`2017-06`, `P3Y`…). */
  value: string;
  /** TIMEX3 mod of that expression, if any. */
  timexMod?: TimexMod;
  /** A few words saying what happened (who did what), never just the date words. */
  title: string;
  /** The full sentence holding the first mention. */
  sentence: string;
  /** Offsets of that sentence in the text, so mentions can be highlighted inside it. */
  sentenceRange: TextRange;
  mentions: Mention[];
}

export interface Timeline {
  /** Format marker for the JSON export. */
  format: 'news-timeline/1';
  /** `YYYY-MM-DD`, or null when none was given (nothing relative is anchored). */
  referenceDate: string | null;
  /** Sorted by start, then end, then id. */
  events: TimelineEvent[];
  /** Every temporal expression found, including those that became no event. */
  expressions: Timex[];
  warnings: string[];
}
