/**
 * Phase 1: what a rule match states, before anything is anchored. Calendar fields that the
 * text leaves out (usually the year) stay absent; phase 2 fills them from the reference date,
 * the tense of the sentence, or an earlier expression.
 */
import type { Granularity, TimexMod, TimexType } from '../types.js';

export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI' | 'DT' | 'MI';
export type SeasonCode = 'SP' | 'SU' | 'FA' | 'WI';

export interface TimeOfDay {
  partOfDay?: PartOfDay;
  hour?: number;
  minute?: number;
  /** "14:48 UTC", "1400 GMT": a clock time stated in UTC (TimeML appends `Z`). */
  utc?: boolean;
}

export interface CalendarFields {
  century?: number;
  decade?: number;
  year?: number;
  half?: 1 | 2;
  quarter?: 1 | 2 | 3 | 4;
  season?: SeasonCode;
  month?: number;
  day?: number;
  /** ISO weekday, Monday = 1. */
  weekday?: number;
  /**
   * The weekday written beside a day of the month ("Tuesday, March 12"): it does not move the date, but settles
   * which year a month-day without one is in (the date must fall on it).
   */
  dayWeekday?: number;
  /** A fiscal year ("fiscal 2014"): it straddles two calendar years, so it lends no calendar year to a month named after it. */
  fiscal?: true;
  /** The nth such weekday of the month (-1: the last): Thanksgiving, Labor Day; without a weekday, the nth week ("the last week of March"). */
  nth?: number;
  /** Days after the nth weekday: "Black Friday" is the day after Thanksgiving. */
  dayOffset?: number;
  /**
   * A feast counted from Easter Sunday (days; "Good Friday" -2) or the week or weekend it ends: Easter has no fixed
   * month or weekday rank, so `pointFromFields` computes it per year.
   */
  easter?: { fromEaster: number; span?: 'week' | 'weekend' };
  time?: TimeOfDay;
}

/** How a name without a year is placed: by an explicit word, or by the sentence's tense. */
export type Relation = 'last' | 'next' | 'this';

export type ShiftUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';

interface Common {
  type: TimexType;
  mod?: TimexMod;
}

export interface FixedPhase1 extends Common {
  kind: 'fixed';
  value: string;
  granularity: Granularity;
  quant?: string;
  freq?: string;
}

export interface CalendarPhase1 extends Common {
  kind: 'calendar';
  fields: CalendarFields;
  relation?: Relation;
  /** "that Friday", "the same month": placed near the most recent earlier expression. */
  narrative?: boolean;
  /** "The next spring": "next" with "the", which a history counts from the story's time, not the writer's. */
  definite?: boolean;
  /** "the day after Christmas", "the week of March 6": counted from the date the fields name, once it is placed. */
  offset?: CalendarOffset;
}

export interface CalendarOffset {
  /**
   * Days or weeks counted from the date; or the nearest such weekday strictly after (amount 1) or before (-1) it: "the
   * Saturday after Thanksgiving"; or the weekend after, before or of it ("the weekend after Thanksgiving").
   */
  unit: 'day' | 'week' | 'weekday' | 'weekend';
  amount: number;
  /** ISO weekday (Monday = 1), with unit `weekday`. */
  weekday?: number;
  /** The day the count reaches, not the week holding it: "a week from Friday", "the Saturday after next". */
  toDay?: boolean;
}

export interface ShiftPhase1 extends Common {
  kind: 'shift';
  unit: ShiftUnit;
  amount: number;
  /** Count from the reference date, or from the most recent suitable earlier expression. */
  anchor: 'reference' | 'narrative';
  time?: TimeOfDay;
  /** Amount 0 with no explicit "this": pick the unit by tense (bare "the weekend"). */
  byTense?: boolean;
  /** Narrative anchor must have exactly the unit's granularity ("the quarter" → the quarter under discussion). */
  exactGranularity?: boolean;
  /** Without a suitable earlier expression, shift the reference by this much instead of `amount`. */
  fallbackAmount?: number;
  /** Narrower fields inside the shifted unit: "next year's first quarter". */
  within?: CalendarFields;
  /** A narrative anchor further than this many days from the reference is not the story's day ("overnight"). */
  recentDays?: number;
  /**
   * "The company filed for bankruptcy in January. By the end of the month, it had closed 40 stores.": told in the past,
   * a bare "the month" is the month the story just named, if it named one last (set from the rule's `storyUnitInPast` param).
   */
  storyUnitInPast?: boolean;
  /** "the next month", "early the next year": counted from the story's time in a history (bare "next month" is the writer's). */
  definite?: boolean;
  /**
   * "the day after the vote": the event's day is not named, so count only from a point named at most this many
   * characters before; otherwise the day is unknown (XXXX-XX-XX), never a guess from the reference.
   */
  anchorWithin?: number;
  /**
   * With `anchorWithin`: the reference, while the text has named no other time or in a present-tense clause ("It's the
   * second day of an offensive" opening a story).
   */
  referenceUntilMoved?: boolean;
}

/** "the year-earlier quarter", "a year ago" in an earnings report: the period one year before the one being discussed. */
export interface YearAgoPhase1 extends Common {
  kind: 'yearAgo';
  years: number;
  anchor: 'reference' | 'narrative';
  /** "the year-ago quarter" names a quarter: a year or a span named since does not turn it into a year. */
  quarter?: boolean;
}

export type Phase1 = FixedPhase1 | CalendarPhase1 | ShiftPhase1 | YearAgoPhase1;
