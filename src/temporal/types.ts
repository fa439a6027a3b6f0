/**
 * The tagger's public contract: what one temporal expression (a TIMEX3) looks like once it
 * has been found in a text and normalized against a reference (publication) date.
 */

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** TIMEX3 `mod` values (TimeML 1.2.1 guidelines). */
export type TimexMod =
  | 'START'
  | 'MID'
  | 'END'
  | 'APPROX'
  | 'MORE_THAN'
  | 'LESS_THAN'
  | 'EQUAL_OR_MORE'
  | 'EQUAL_OR_LESS'
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER';

/** The finest calendar unit an expression states (or, for a duration, its unit). */
export type Granularity =
  | 'millennium'
  | 'century'
  | 'decade'
  | 'year'
  | 'half'
  | 'quarter'
  | 'season'
  | 'month'
  | 'week'
  | 'day'
  | 'partOfDay'
  | 'hour'
  | 'minute'
  | 'second'
  | 'unknown';

/**
 * A calendar interval in UTC, as ISO 8601 instants produced by `Date.prototype.toISOString()`
 * (always with a `Z`): `start` inclusive, `end` exclusive. "June 2017" is
 * `{ start: '2017-06-01T00:00:00.000Z', end: '2017-07-01T00:00:00.000Z' }`.
 */
export interface UtcInterval {
  start: string;
  end: string;
}

/** Words that govern an expression and change what it means on a timeline. */
export type SignalKind =
  | 'since'
  | 'until'
  | 'from'
  | 'to'
  | 'between'
  | 'and'
  | 'for'
  | 'ago'
  | 'later'
  | 'before'
  | 'after'
  | 'during'
  | 'by'
  | 'in'
  | 'on'
  | 'at'
  | 'within'
  | 'over';

export interface TimexSignal {
  kind: SignalKind;
  text: string;
  start: number;
  end: number;
}

/** What a relative or underspecified expression was resolved against. */
export type TimexAnchor =
  | { kind: 'reference' }
  | { kind: 'expression'; id: string };

export interface Timex {
  /** `t1`, `t2`, … in document order. */
  id: string;
  /** Offsets into the input in UTF-16 code units; `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: `2016-11`, `2017-W26`, `2017-07-02TNI`, `P3Y`, `XXXX-WXX-2`, `PRESENT_REF`… */
  value: string;
  mod?: TimexMod;
  /** SET only: TIMEX3 `quant` (e.g. `EACH`) and `freq` (e.g. `1W`). */
  quant?: string;
  freq?: string;
  granularity: Granularity;
  /**
   * The calendar interval the value denotes, where it denotes one (not for sets or vague refs). A duration
   * has one only where it counts on from a date the text named ("three days later": the day it lands on).
   */
  interval?: UtcInterval;
  /** Absent for absolute expressions ("March 3, 2015"). */
  anchor?: TimexAnchor;
  /** The governing signal word, where it changes the meaning for a timeline. */
  signal?: TimexSignal;
  /** For "from X to Y" / "between X and Y" / "X–Y": the id of the other end of the range. */
  rangeWith?: string;
  /** Which rule (resource table entry id) produced it: provenance for debugging. */
  rule: string;
}

export interface ExtractOptions {
  /** Publication date, `YYYY-MM-DD` (or a full ISO instant). Without it nothing relative is anchored. */
  referenceDate?: string | Date | null;
}
