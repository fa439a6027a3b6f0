/**
 * Phase 2: turns phase-1 readings into TIMEX3 values. Names without a year are placed by an
 * explicit word (last/next/this) or else by the tense of the governing verb against the
 * reference date; narrative expressions ("the following day", "that year") count from the
 * most recent earlier expression fine enough to carry them.
 */
import { UTCDate } from '@date-fns/utc';
import { addDays, getISODay, nextDay, previousDay, startOfDay, type Day } from 'date-fns';
import type { Granularity, TimexAnchor, TimexMod, TimexType } from '../types.js';
import {
  boundsTimeOf, granularityRank, isUsableYear, pointContaining, pointFromFields, shiftDate, valueOf, withTime, type Point,
} from './calendar.js';
import type { CalendarFields, CalendarOffset, CalendarPhase1, Phase1, ShiftPhase1, ShiftUnit, YearAgoPhase1 } from './phase1.js';
import type { Tense } from './tense.js';

export interface Resolution {
  type: TimexType;
  value: string;
  granularity: Granularity;
  mod?: TimexMod;
  quant?: string;
  freq?: string;
  point?: Point;
  anchor?: TimexAnchor;
}

export interface AnchorContext {
  reference?: UTCDate;
  /** Points of earlier expressions, most recent last, with their ids. */
  history: {
    id: string; point: Point; end: number; explicitYear: boolean;
    /**
     * A year the story does not reach by naming it: one it looks ahead to ("until February 1945",
     * "would be exposed for a campaign in 1976"), compares with ("since 1813") or names in parentheses ("(2003)").
     * `storyPoint` passes over it, and it lends no year to the month that follows.
     */
    aside?: boolean;
    /**
     * A fiscal year ("fiscal 2014 begins Oct. 1"): the US federal one and many companies' begin in the calendar year
     * before the one they are named for, so it lends no year to an October to December that follows (read by its tense).
     */
    fiscal?: boolean;
    /** A point reached by counting from one the story named ("In 2008 … Two years later"): as good as a named year. */
    counted?: boolean;
  }[];
  /** Where the expression being resolved starts. */
  start?: number;
  /** Whether a sentence ends between two offsets. */
  sentenceBreakBetween?: (from: number, to: number) => boolean;
  tense: () => Tense;
  /** The governing signal ("since" forces the past). */
  signal?: string;
  /** "By Sunday evening, the square was empty": "by" opens the sentence, a point the story has reached rather than a deadline. */
  openingBy?: boolean;
  /** The most recent earlier duration ("the nine months"): an earnings report's comparison period. */
  lastSpan?: { end: number; granularity: Granularity };
  /** How many days the text has named by the reference ("Saturday", "yesterday"): the marks of news. */
  ownDays?: number;
  /** Explicit years of the history counted so far, near the reference or far from it (kept as it grows: linear time). */
  yearTally?: { counted: number; near: number; far: number };
  /** "Wednesday's ruling": a possessive date names something that has happened. */
  possessive?: boolean;
  /** "ahead of Sunday's vote": the date of an event the clause awaits (see `awaitingPhrases`). */
  awaiting?: boolean;
  /** "Friday's deadline": a possessive date that names a deadline (see `deadlineNouns`). */
  namesDeadline?: boolean;
  /** "In April and June 1955", "from May 15 to August 16, 1988": the explicit year at the range's far end. */
  rangeEnd?: { id: string; year: number; month?: number };
  /** "the year ended March 31": the date closes a period that has ended, so it is not after the reference. */
  periodEnded?: boolean;
  /** A month named before a noun of figures ("the February jobs report"): the month measured, behind the story. */
  measuredMonth?: boolean;
  /** "from 17th May to 17th June": the point the range opened with, which its far end does not precede. */
  rangeStart?: { id: string; point: Point };
}

const unitGranularity: Record<ShiftUnit, Granularity> = {
  day: 'day', week: 'week', weekend: 'week', month: 'month', quarter: 'quarter', half: 'half', season: 'season',
  year: 'year', decade: 'decade', century: 'century',
};

const underspecified: Record<ShiftUnit, string> = {
  day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX', half: 'XXXX-HX',
  season: 'XXXX-XX', year: 'XXXX', decade: 'XXX', century: 'XX',
};

function withMod<T extends object>(r: T, mod: TimexMod | undefined): T & { mod?: TimexMod } {
  return mod ? { ...r, mod } : r;
}

/**
 * A resolution, built property by property: V8 (Node 20) builds `{ ...typeAndMod, value, … }` through a slow runtime
 * path (about half a microsecond per object, measured), and anchoring builds one for every expression.
 */
function resolved(typeAndMod: { type: TimexType; mod?: TimexMod }, value: string, granularity: Granularity, point?: Point, anchor?: TimexAnchor): Resolution {
  const r: Resolution = { type: typeAndMod.type, value, granularity };
  if (typeAndMod.mod) r.mod = typeAndMod.mod;
  if (point) r.point = point;
  if (anchor) r.anchor = anchor;
  return r;
}

/** "November" with no year, as text: `XXXX-11`, `XXXX-WXX-7`, `XXXX-03-03`, `XXXX-SU`. */
function underspecifiedValue(fields: CalendarFields): string {
  let v = 'XXXX';
  if (fields.quarter) v += `-Q${fields.quarter}`;
  else if (fields.half) v += `-H${fields.half}`;
  else if (fields.season) v += `-${fields.season}`;
  else if (fields.month) {
    v += `-${String(fields.month).padStart(2, '0')}`;
    if (fields.day) v += `-${String(fields.day).padStart(2, '0')}`;
  } else if (fields.weekday) v = `XXXX-WXX-${fields.weekday}`;
  // A feast of Easter moves with the year: with none, its day (or week, weekend) is all unknown.
  else if (fields.easter) v += fields.easter.span === 'weekend' ? '-WXX-WE' : fields.easter.span ? '-WXX' : '-XX-XX';
  const t = fields.time;
  if (t?.partOfDay) v += `T${t.partOfDay}`;
  else if (t?.hour !== undefined) v += `T${String(t.hour).padStart(2, '0')}:${String(t.minute ?? 0).padStart(2, '0')}${t.utc ? 'Z' : ''}`;
  return v;
}

type Direction = 'past' | 'future' | 'nearest' | 'before' | 'after' | 'this';

const looksAhead = (tense: Tense): boolean => tense === 'future' || tense === 'conditional' || tense === 'plannedInPast';

function directionFor(p: CalendarPhase1, ctx: AnchorContext): Direction {
  if (p.relation === 'last') return 'before';
  if (p.relation === 'next') return 'after';
  // "this fall" in March is the coming one, "this spring" in December too; told in the past tense, the latest one begun.
  if (p.relation === 'this' && p.fields.season !== undefined && p.fields.year === undefined && !p.narrative && !p.definite) return ctx.tense() === 'past' ? 'past' : 'future';
  if (p.relation === 'this') return 'this';
  if (ctx.signal === 'since' || ctx.measuredMonth) return 'past';
  // "Police are on alert ahead of Sunday's vote": the awaited event lies ahead; told in the past it may have come since.
  if (ctx.awaiting) return ctx.tense() === 'past' ? 'nearest' : 'future';
  if (ctx.possessive) {
    // "must be approved by Friday's deadline", "stays in place until Monday's vote": a deadline lies ahead unless told in the past
    // ("missed Friday's deadline" is the last one).
    if ((ctx.signal === 'until' || ctx.namesDeadline) && ctx.tense() !== 'past') return 'future';
    // "Tuesday's ruling" has happened; after a future verb it is the nearest such day: "will appeal Tuesday's ruling",
    // "Thursday's meeting will decide" (and not "would look for ways around Wednesday's ruling": reported, it stays past).
    return ctx.tense() === 'future' ? 'nearest' : 'past';
  }
  if (ctx.signal === 'until' || ctx.signal === 'by') {
    // Deadlines lie ahead; after a past-tense verb the deadline may have passed ("sales through August"): the nearest one.
    // A sentence that opens with "By Sunday," and goes on in the past tells where the story had got to: the Sunday gone.
    if (ctx.tense() !== 'past') return 'future';
    return ctx.openingBy && p.fields.weekday !== undefined ? 'past' : 'nearest';
  }
  const tense = ctx.tense();
  if (p.fields.quarter !== undefined || p.fields.half !== undefined) return tense === 'past' ? 'past' : 'this';
  if (tense === 'none' && p.fields.weekday === undefined) return 'past'; // news mostly reports what happened
  // A plan told in the past: a weekday is the coming one ("The vote was scheduled for Friday", the week's plans), a month
  // or a month-day the nearest one ("The report was due in April" in June: the April just gone).
  if (tense === 'plannedInPast') return p.fields.weekday !== undefined ? 'future' : 'nearest';
  return tense === 'past' ? 'past' : tense === 'future' || tense === 'conditional' ? 'future' : 'nearest';
}

/**
 * Chooses among candidate points (ascending) the one the direction asks for. `unitOfBase` is the unit of the base's
 * point: the point itself is built only for the directions that compare with its bounds (this runs for every date).
 */
function choose(candidates: Point[], base: UTCDate, direction: Direction, unitOfBase: 'day' | ShiftUnit): Point | undefined {
  const t = base.getTime();
  switch (direction) {
    case 'past': return candidates.findLast((c) => c.start.getTime() <= t);
    case 'future': return candidates.find((c) => boundsTimeOf(c).end > t);
    case 'before': {
      const b = boundsTimeOf(pointContaining(base, unitOfBase));
      return candidates.findLast((c) => boundsTimeOf(c).end <= b.start);
    }
    case 'after': {
      const b = boundsTimeOf(pointContaining(base, unitOfBase));
      return candidates.find((c) => boundsTimeOf(c).start >= b.end);
    }
    case 'this': {
      const sameYear = candidates.find((c) => c.start.getUTCFullYear() === base.getUTCFullYear());
      // a season can straddle New Year: "this winter" is the one around the reference
      return sameYear && unitOfBase !== 'day' && unitOfBase !== 'season' ? sameYear : nearest(candidates, t);
    }
    case 'nearest': return nearest(candidates, t);
  }
}

const DAY_MS = 86_400_000;
function nearestWithin(candidates: Point[], base: UTCDate, days: number): Point | undefined {
  const best = nearest(candidates, base.getTime());
  return best && Math.abs(best.start.getTime() - base.getTime()) <= days * DAY_MS ? best : undefined;
}

function nearest(candidates: Point[], t: number): Point | undefined {
  {
    {
      let best: Point | undefined;
      let bestDistance = Infinity;
      for (const c of candidates) {
        const { start, end } = boundsTimeOf(c);
        const distance = t < start ? start - t : t >= end ? t - end + 1 : 0;
        if (distance < bestDistance) { best = c; bestDistance = distance; }
      }
      return best;
    }
  }
}

/** How close (in characters) an explicit year must be to lend its year to a bare month. */
const YEAR_CONTEXT = 200;

function resolveCalendar(p: CalendarPhase1, ctx: AnchorContext): Resolution {
  const f = p.fields;
  const typeAndMod = withMod({ type: p.type }, p.mod);
  if (f.year !== undefined || f.decade !== undefined || f.century !== undefined) {
    const point = pointFromFields(f);
    if (!point) return resolved(typeAndMod, underspecifiedValue(f), 'unknown');
    return resolved(typeAndMod, valueOf(point), point.granularity, point);
  }
  // "ended on the 8th": a day of the month alone is in the month of the day or month just named, if one was.
  if (f.day !== undefined && f.month === undefined && f.weekday === undefined) return dayOfMonthJustNamed(f, ctx, typeAndMod);
  // "April and June 1955": the first end of a range takes the year its far end names (the year before, if it comes later in the year).
  const rangeEnd = ctx.rangeEnd;
  // "in the spring and summer of 1979": a season too.
  if (rangeEnd && !p.narrative && !p.relation && (f.month !== undefined || f.season !== undefined)) {
    const inYear = pointFromFields(f, f.month !== undefined && rangeEnd.month !== undefined && f.month > rangeEnd.month ? rangeEnd.year - 1 : rangeEnd.year);
    if (inYear) return resolved(typeAndMod, valueOf(inYear), inYear.granularity, inYear, { kind: 'expression', id: rangeEnd.id });
  }
  // "from 17th May to 17th June": the far end of a range is the first such date not before its start. A history
  // places both ends by the story's year instead: its start may be the one out of place ("from October to March").
  const rangeStart = ctx.rangeStart;
  if (rangeStart && !p.narrative && !p.relation && f.month !== undefined && !storyPoint(ctx)) {
    const year = rangeStart.point.start.getUTCFullYear();
    const from = rangeStart.point.start.getTime();
    const inYear = [year, year + 1].map((y) => pointFromFields(f, y)).find((c) => c !== undefined && c.start.getTime() >= from);
    if (inYear) return resolved(typeAndMod, valueOf(inYear), inYear.granularity, inYear, { kind: 'expression', id: rangeStart.id });
  }
  // "will shut from Monday through Friday": a weekday closing a range is the first such day not before the day it opens
  // (the two read alone by the tense may fall on either side of the reference: Monday ahead, Friday this week).
  if (rangeStart && !p.narrative && !p.relation && f.weekday !== undefined && f.month === undefined &&
      granularityRank[rangeStart.point.granularity] <= granularityRank.day) {
    const from = startOfDay(rangeStart.point.start);
    const day = withTime({ granularity: 'day', start: addDays(from, (f.weekday - getISODay(from) + 7) % 7) }, f.time);
    return resolved(typeAndMod, valueOf(day), day.granularity, day, { kind: 'expression', id: rangeStart.id });
  }
  let base = ctx.reference;
  let anchor: TimexAnchor | undefined = base ? { kind: 'reference' } : undefined;
  if (p.narrative) {
    const prior = ctx.history.at(-1);
    if (prior) { base = prior.point.start; anchor = { kind: 'expression', id: prior.id }; }
    // "The rebels retreated in early 2012. That summer, they returned.": within the year just named, not the season nearest
    // its first day (which lies in the year before); "the following spring" is in the year after it, "the previous winter" before.
    if (prior && prior.point.granularity === 'year' && f.weekday === undefined) {
      const offset = p.relation === 'next' ? 1 : p.relation === 'last' ? -1 : 0;
      const inYear = pointFromFields(f, prior.point.start.getUTCFullYear() + offset);
      if (inYear) return resolved(typeAndMod, valueOf(inYear), inYear.granularity, inYear, { kind: 'expression', id: prior.id });
    }
  } else if (p.definite && f.weekday === undefined) {
    // "The next spring, the army emerged from Valley Forge": in a history, "the next" counts from the story's time.
    const story = storyPoint(ctx);
    if (story && ctx.tense() !== 'future') { base = story.point.start; anchor = { kind: 'expression', id: story.id }; }
  }
  // "In 1990 … in March": a month just after an explicit year of another year belongs to that year.
  const prior = ctx.history.at(-1);
  if (!p.narrative && !p.relation && f.weekday === undefined && prior?.explicitYear && !prior.aside && !(prior.fiscal && f.month !== undefined && f.month >= FISCAL_AMBIGUOUS_FROM) && ctx.start !== undefined &&
      ctx.start - prior.end < YEAR_CONTEXT && !ctx.sentenceBreakBetween?.(prior.end, ctx.start) && (!base || prior.point.start.getUTCFullYear() !== base.getUTCFullYear()) &&
      // "signed in July 1997, will join NATO on March 12": a future verb leaves an earlier year behind
      !(base && prior.point.start.getTime() < base.getTime() && looksAhead(ctx.tense()))) {
    const inYear = pointFromFields(f, prior.point.start.getUTCFullYear());
    if (inYear && granularityRank[prior.point.granularity] >= granularityRank.month) {
      return resolved(typeAndMod, valueOf(inYear), inYear.granularity, inYear, { kind: 'expression', id: prior.id });
    }
  }
  // A history told long after the fact ("In 1941 … in June"): names without a year stay in the story's year.
  // What lies ahead ("a summit set for April") is the reporter's own time, not the story's; what "would"
  // happen is the story's own future.
  const story = !p.narrative && !p.relation && f.weekday === undefined ? storyPoint(ctx) ?? farPointJustTold(ctx) : undefined;
  if (story && ctx.tense() !== 'future') {
    const storyYear = story.point.start.getUTCFullYear();
    const inYear = pointFromFields(f, storyYear);
    const moved = inYear && story.explicitYear && movesIntoNextYear(inYear, story.point) ? pointFromFields(f, storyYear + 1) : inYear;
    if (moved) return resolved(typeAndMod, valueOf(moved), moved.granularity, moved, { kind: 'expression', id: story.id });
  }
  if (!base) return resolved(typeAndMod, underspecifiedValue(f), f.weekday ? 'day' : f.month ? (f.day ? 'day' : 'month') : f.easter ? (f.easter.span ? 'week' : 'day') : 'unknown');
  // The reference's own weekday or month reads the same in every tense: skip the tense lookup.
  const isoBase = getISODay(base);
  // "12:00 UTC Monday" on a Monday is that Monday too, though its hour may lie after the reference's midnight.
  const sameInAnyTense = !p.relation && !p.narrative &&
    ((f.weekday === isoBase && f.month === undefined) ||
      (f.time === undefined && f.month === base.getUTCMonth() + 1 && f.day === undefined && f.weekday === undefined && f.nth === undefined));
  const direction = sameInAnyTense ? 'nearest' : directionFor(p, ctx);
  let candidates: Point[] = [];
  let baseUnit: 'day' | ShiftUnit;
  if (f.weekday !== undefined && f.month === undefined) {
    if (!p.narrative) ctx.ownDays = (ctx.ownDays ?? 0) + 1;
    baseUnit = 'day';
    if (direction === 'this') {
      const monday = pointContaining(base, 'week').start;
      const day = { granularity: 'day' as const, start: addDays(monday, f.weekday - 1) };
      candidates = [day];
    } else {
      const today = startOfDay(base);
      const isoToday = getISODay(today);
      const ahead = (f.weekday - isoToday + 7) % 7;
      for (const offset of [ahead - 14, ahead - 7, ahead, ahead + 7]) {
        if (offset < -10 || offset > 10 || (direction === 'nearest' && Math.abs(offset) > 3)) continue;
        candidates.push({ granularity: 'day', start: addDays(today, offset) });
      }
    }
    candidates = candidates.map((c) => withTime(c, f.time));
  } else {
    const unit: ShiftUnit = f.quarter ? 'quarter' : f.half ? 'half' : f.season ? 'season' : 'month';
    baseUnit = f.month && f.day ? 'day' : unit;
    const y = base.getUTCFullYear();
    for (const year of [y - 1, y, y + 1]) {
      const point = pointFromFields(f, year);
      if (point) candidates.push(point);
    }
  }
  // A day of the month close to the reference is that one, whatever the tense: news dates deadlines
  // and record dates a few weeks ahead in past-tense sentences ("was extended to Nov. 16").
  const byTenseOnly = direction === 'past' || ((ctx.signal === 'until' || ctx.signal === 'by') && direction === 'future');
  // (Not the end of a period that has ended: "the year ended March 31" in a March 13 story is last year's.)
  const close = f.day !== undefined && !p.relation && byTenseOnly && !(ctx.periodEnded && direction === 'past') ? nearestWithin(candidates, base, 62)
    // So is the month after the reference's ("a cutback in its oil supply in September" told in August):
    // a past-tense report of a month eleven months back names its year.
    // (Never after "since", which counts from a time gone: "boycotted the council since January" told in December.)
    : direction === 'past' && ctx.signal !== 'since' && isNextMonth(f, base) ? candidates.find((c) => c.start.getTime() > base.getTime())
    // With no verb at all, a season about to begin is the coming one ("Your Summer Reading List" in April).
    : direction === 'past' && f.season !== undefined && ctx.tense() === 'none' ? nextWithin(candidates, base, SEASON_DAYS)
    : undefined;
  const chosen = weekdayAgrees(close ?? choose(candidates, base, direction, baseUnit), candidates, f);
  if (!chosen) return resolved(typeAndMod, underspecifiedValue(f), 'unknown');
  return resolved(typeAndMod, valueOf(chosen), chosen.granularity, chosen, anchor);
}

/**
 * "begins on Tuesday, March 12" in a story dated 13 March (wire copy filed the day before): the tense sends the
 * month-day ahead a year, but only the year whose date is a Tuesday is meant. The candidate years (one before and
 * after the reference's) each put a month-day on a different weekday, so at most one agrees.
 */
function weekdayAgrees(chosen: Point | undefined, candidates: Point[], f: CalendarFields): Point | undefined {
  if (f.dayWeekday === undefined || !chosen || getISODay(chosen.start) === f.dayWeekday) return chosen;
  return candidates.find((c) => getISODay(c.start) === f.dayWeekday) ?? chosen;
}


/**
 * From this month on, a month of "fiscal 2014" may lie in 2013 (the US federal year and Apple's begin in October,
 * Microsoft's in July) or in 2014 (a calendar or retail fiscal year): the year is left to the tense. Months before it
 * lie in the named year under every common convention.
 */
const FISCAL_AMBIGUOUS_FROM = 10;

/** How far back (in characters) the month of "the 8th" may have been named: the same or the previous sentence. */
const DAY_OF_MONTH_WITHIN = 320;

function dayOfMonthJustNamed(f: CalendarFields, ctx: AnchorContext, typeAndMod: { type: TimexType; mod?: TimexMod }): Resolution {
  const prior = ctx.history.at(-1);
  const named = prior && ctx.start !== undefined && ctx.start - prior.end <= DAY_OF_MONTH_WITHIN &&
    (prior.point.granularity === 'day' || prior.point.granularity === 'month') ? prior : undefined;
  const point = named ? pointFromFields({ ...f, month: named.point.start.getUTCMonth() + 1 }, named.point.start.getUTCFullYear()) : undefined;
  if (!named || !point) return resolved(typeAndMod, `XXXX-XX-${String(f.day).padStart(2, '0')}`, 'day');
  return resolved(typeAndMod, valueOf(point), point.granularity, point, { kind: 'expression', id: named.id });
}

/** How many days a season lasts at most: one that begins within them is about to begin. */
const SEASON_DAYS = 92;

/** The first candidate that begins after `base`, within `days` of it. */
function nextWithin(candidates: Point[], base: UTCDate, days: number): Point | undefined {
  const t = base.getTime();
  return candidates.find((c) => c.start.getTime() > t && c.start.getTime() - t <= days * DAY_MS);
}

/** A bare month ("September", "early March") that follows the month of `base`. */
function isNextMonth(f: CalendarFields, base: UTCDate): boolean {
  return f.month === (base.getUTCMonth() + 1) % 12 + 1 && f.day === undefined && f.weekday === undefined && f.nth === undefined && f.time === undefined;
}

/** Explicit years a text must name, all far from the reference, before it reads as a history rather than news. */
const STORY_YEARS = 2;
const STORY_DISTANCE = 3;
/** A history may name the time of its writing now and then ("today", "in 2008"); news does so far more often. */
const STORY_YEARS_PER_OWN_DAY = 4;

/**
 * In a text whose explicit years all lie years away from the reference date (a war history
 * written in 2009), the most recent point of year or finer granularity: the story's present.
 */
function storyPoint(ctx: AnchorContext): AnchorContext['history'][number] | undefined {
  if (!ctx.reference) return undefined;
  const referenceYear = ctx.reference.getUTCFullYear();
  const tally = (ctx.yearTally ??= { counted: 0, near: 0, far: 0 });
  for (; tally.counted < ctx.history.length; tally.counted++) {
    const h = ctx.history[tally.counted]!;
    if (!h.explicitYear) continue;
    if (Math.abs(h.point.start.getUTCFullYear() - referenceYear) < STORY_DISTANCE) tally.near++;
    else tally.far++;
  }
  const explicit = tally.far;
  const recent = tally.near;
  // News names its own days ("Saturday", "yesterday") and recent years besides the history it recalls.
  if (explicit < STORY_YEARS || explicit <= STORY_YEARS_PER_OWN_DAY * ((ctx.ownDays ?? 0) + recent)) return undefined;
  // A point read from the reference itself ("this day" misread as today) is no evidence that the story
  // has come back to the present: look past a few of those; an explicit recent year does end the story.
  // Asides and coarse points are passed over too, but only so many: a text of nothing else stays linear.
  for (let i = ctx.history.length - 1, seen = 0, stop = Math.max(0, i - STORY_WALK); i >= stop && seen < STORY_LOOKBACK; i--) {
    const h = ctx.history[i]!;
    if (granularityRank[h.point.granularity] > granularityRank.year || h.aside) continue;
    seen++;
    if (Math.abs(h.point.start.getUTCFullYear() - referenceYear) >= STORY_DISTANCE) return h;
    if (h.explicitYear) return undefined;
  }
  return undefined;
}

/** How far back (in characters) the point just told may be for `farPointJustTold`: about the sentence before. */
const FAR_POINT_CONTEXT = 320;
/**
 * … and how far when that point was itself placed in the far year by the story ("In 1936 … on 27 September. [two
 * sentences] In October …"): a text that has gone on telling dates of that year is a history for a paragraph or so
 * (WikiWars: the Spanish Civil War's autumn of 1936, 6 values). One or two dates recalled in news ("took power on
 * Jan. 1, 1959. On Jan. 8 …") keep the shorter reach: a paragraph later the story is the writer's again.
 */
const FAR_STORY_CONTEXT = 700;
/** How many points in a row, the last placed by the story, must lie in a far year for that longer reach ("took power on Jan. 1, 1959. On Jan. 8 …" is two). */
const FAR_STORY_POINTS = 3;

/**
 * "In 1936 the rebels took Seville on 20 July. On 21 July they reached the coast.": a single year decades back is
 * history enough when the text has named nothing since it: a month or day told next, in the past, is in that year
 * (news that recalls a recent year, "founded in 1998", goes back to its own time; `storyPoint` needs more years for that).
 */
function farPointJustTold(ctx: AnchorContext): AnchorContext['history'][number] | undefined {
  const last = ctx.history.at(-1);
  if (!last || last.aside || !ctx.reference || ctx.start === undefined) return undefined;
  if (granularityRank[last.point.granularity] > granularityRank.year) return undefined;
  const referenceYear = ctx.reference.getUTCFullYear();
  const isFar = (h: AnchorContext['history'][number]): boolean => !h.aside && Math.abs(h.point.start.getUTCFullYear() - referenceYear) >= STORY_AGE_YEARS;
  if (!isFar(last)) return undefined;
  let toldOn = !last.explicitYear && ctx.history.length >= FAR_STORY_POINTS;
  for (let i = ctx.history.length - FAR_STORY_POINTS; toldOn && i < ctx.history.length; i++) toldOn = isFar(ctx.history[i]!);
  if (ctx.start - last.end > (toldOn ? FAR_STORY_CONTEXT : FAR_POINT_CONTEXT)) return undefined;
  // A text that has named a day or a recent year of its own is news (`storyPoint` has just counted both).
  if ((ctx.ownDays ?? 0) > 0 || (ctx.yearTally?.near ?? 0) > 0) return undefined;
  return ctx.tense() === 'past' ? last : undefined;
}

/**
 * "… declared war in December 1941. In January, the Allies signed …": a story that has reached a month moves on into
 * the next year when the month named lies nearer ahead of it than behind it (January is one month after December,
 * eleven before it); a month a few months back is a look back within the year ("By June … In April"). Only from a
 * point dated with its year: a month moved on is no ground to move on again. WikiWars gold, a bare month or day told
 * before the month of a point dated with its year: 19 of 44 in the next year, 19 in the same (the rest further off);
 * this reading meets 29, staying in the year 19. A month after the story's month never goes back a year (gold: 216
 * bare months stay, 8 go back).
 */
function movesIntoNextYear(named: Point, story: Point): boolean {
  if (granularityRank[story.granularity] > granularityRank.month || granularityRank[named.granularity] > granularityRank.season) return false;
  const monthsBack = story.start.getUTCMonth() - named.start.getUTCMonth();
  return monthsBack > MONTHS_IN_YEAR / 2;
}

const MONTHS_IN_YEAR = 12;

/** How close to the reference a year must be to be the writer's own time; how far the story must lie from it. */
const WRITERS_TIME_YEARS = 10;
const STORY_AGE_YEARS = 30;

/**
 * "Documents found in 2004 proved …" in a history of 1920: a year of the writer's own time, named while the
 * story lies decades back, is a remark about the sources, not the story moving on.
 */
export function isWritersTime(ctx: AnchorContext, point: Point): boolean {
  if (!ctx.reference) return false;
  const referenceYear = ctx.reference.getUTCFullYear();
  const year = point.start.getUTCFullYear();
  if (Math.abs(year - referenceYear) >= WRITERS_TIME_YEARS) return false;
  const story = storyPoint(ctx);
  return story !== undefined && Math.abs(story.point.start.getUTCFullYear() - referenceYear) >= STORY_AGE_YEARS;
}

/** How many recent points of year or finer granularity `storyPoint` looks back over (keeps it linear), and over how many points in all. */
const STORY_LOOKBACK = 4;
const STORY_WALK = 32;

/** The most recent earlier point at least as fine as `granularity` (falls back to none). */
function narrativeAnchor(
  ctx: AnchorContext, granularity: Granularity, exact = false, within = Infinity, skip?: (h: AnchorContext['history'][number]) => boolean,
): AnchorContext['history'][number] | undefined {
  for (let i = ctx.history.length - 1; i >= 0 && ctx.history.length - i <= within; i--) {
    const h = ctx.history[i]!;
    if (skip?.(h)) continue;
    if (exact ? h.point.granularity === granularity : granularityRank[h.point.granularity] <= granularityRank[granularity]) return h;
  }
  return undefined;
}

/**
 * In a history told long after the fact, a point of the writer's own time ("From this day forward" misread as the
 * reference's day) is not where the story is: "On 7 February … From this day forward … On that morning" is 7 February's.
 */
function storyAnchor(ctx: AnchorContext, granularity: Granularity, exact: boolean | undefined): AnchorContext['history'][number] | undefined {
  const prior = narrativeAnchor(ctx, granularity, exact);
  if (!prior || !ctx.reference) return prior;
  const referenceYear = ctx.reference.getUTCFullYear();
  const writersTime = (h: AnchorContext['history'][number]): boolean => Math.abs(h.point.start.getUTCFullYear() - referenceYear) < STORY_DISTANCE;
  if (!writersTime(prior)) return prior;
  const story = storyPoint(ctx);
  if (!story) return prior;
  return narrativeAnchor(ctx, granularity, exact, STORY_WALK, writersTime) ?? prior;
}

function resolveShift(p: ShiftPhase1, ctx: AnchorContext): Resolution {
  const granularity = unitGranularity[p.unit];
  const typeAndMod = withMod({ type: p.type }, p.mod);
  let base = ctx.reference;
  let anchor: TimexAnchor | undefined = base ? { kind: 'reference' } : undefined;
  let amount = p.amount;
  // "overnight", "through the night" report the night just gone; a clause that looks ahead means the coming one ("The bridge
  // will be closed overnight", "Overnight lows will fall to minus 10"), as a bare "midnight" below turns to the one ahead.
  if (p.recentDays !== undefined && amount === -1 && p.time?.partOfDay === 'NI' && looksAhead(ctx.tense())) amount = 0;
  if (p.anchor === 'narrative') {
    // "killed last October, when a doctor was gunned down. His name was crossed out that same day.": the day of an event
    // the story has just dated by its month alone is a day of that month, not an earlier day named further back.
    const dated = p.unit === 'day' && amount === 0 && p.time?.hour === undefined && p.anchorWithin === undefined ? monthJustNamed(ctx) : undefined;
    if (dated) {
      const anchorId = { kind: 'expression', id: dated.id } as const;
      return resolved(typeAndMod, `${valueOf(dated.point)}-XX${p.time?.partOfDay ? `T${p.time.partOfDay}` : ''}`, 'day', undefined, anchorId);
    }
    let prior = storyAnchor(ctx, granularity, p.exactGranularity);
    if (prior && p.recentDays !== undefined && base && Math.abs(prior.point.start.getTime() - base.getTime()) > p.recentDays * DAY_MS) prior = undefined;
    if (p.anchorWithin !== undefined) {
      // "the day after the vote": the vote's day is the one just named, if one was; else it is unknown.
      if (prior && (ctx.start === undefined || ctx.start - prior.end > p.anchorWithin)) prior = undefined;
      if (!prior && !(base && p.referenceUntilMoved && (ctx.history.length === 0 || ctx.tense() === 'present'))) return resolved(typeAndMod, underspecified[p.unit], granularity);
    }
    if (prior) { base = prior.point.start; anchor = { kind: 'expression', id: prior.id }; }
    else if (p.fallbackAmount !== undefined) amount = p.fallbackAmount;
  } else if ((amount === 0 || p.definite) && granularityRank[granularity] >= granularityRank.month) {
    // "by the end of the month", "the next month", "early the next year" in a history: the story's time. ("Last year",
    // "next month" stay the writer's: news that recalls two old years before "last year" still means the year before its own.)
    const story = storyPoint(ctx);
    if (story && ctx.tense() !== 'future') { base = story.point.start; anchor = { kind: 'expression', id: story.id }; }
    // "The firm was founded in 2004. The next year, it went public.": told in the past, "the next year" is the one
    // after the year just named (or just reached: "Two years later … The next year"), in news too ("over the next year" looks ahead from the writer's time).
    else if (!story && p.definite && amount > 0 && ctx.tense() === 'past') {
      const prior = narrativeAnchor(ctx, granularity, false, 1);
      if (prior && !prior.aside && (prior.explicitYear || prior.counted)) { base = prior.point.start; anchor = { kind: 'expression', id: prior.id }; }
    }
    else if (!story && p.storyUnitInPast && amount === 0 && ctx.tense() === 'past') {
      const prior = narrativeAnchor(ctx, granularity, true, 1);
      if (prior && !prior.aside) { base = prior.point.start; anchor = { kind: 'expression', id: prior.id }; }
    }
  } else if (p.definite && amount > 0 && p.unit === 'week' && ctx.tense() === 'past') {
    // "The vote was held on Sunday. The next week, the results were annulled.": the week after the day or week just named,
    // as "the next day" is the day after it ("next week" stays the writer's).
    const prior = narrativeAnchor(ctx, 'week', false, 1);
    if (prior && !prior.aside) { base = prior.point.start; anchor = { kind: 'expression', id: prior.id }; }
  }
  if (!base) {
    let value = underspecified[p.unit];
    if (p.time?.partOfDay) value += `T${p.time.partOfDay}`;
    return resolved(typeAndMod, value, granularity);
  }
  if (p.anchor === 'reference' && (p.unit === 'day' || p.unit === 'week') && Math.abs(amount) <= 1) ctx.ownDays = (ctx.ownDays ?? 0) + 1;
  // Only the reference needs the tense: "the weekend" after another weekend of the story is that one.
  if (p.byTense && p.unit === 'weekend' && anchor?.kind !== 'expression') {
    const iso = getISODay(base);
    if (ctx.tense() === 'past' && iso < 6) amount = -1;
  }
  // A bare "midnight" is the one that began the day ("Midnight, scary movie with sister", "the curfew began at midnight"),
  // unless the clause looks ahead to the one that ends it ("the ceasefire will take effect at midnight").
  const time = p.time?.hour === 24 && p.unit === 'day' && amount === 0 && !looksAhead(ctx.tense()) ? { ...p.time, hour: 0 } : p.time;
  // "has gained 12 percent since year-end": the end of a unit the story is still in has not come, so a span since it
  // starts at the end of the last one ("since the end of last year").
  if (ctx.signal === 'since' && p.mod === 'END' && amount === 0 && anchor?.kind === 'reference') amount = -1;
  let point = pointContaining(shiftDate(base, p.unit, amount), p.unit);
  if (p.within) {
    const inner = pointFromFields(p.within, point.start.getUTCFullYear());
    if (inner) point = inner;
  }
  if (time && point.granularity === 'day') point = withTime(point, time);
  return resolved(typeAndMod, valueOf(point), point.granularity, point, anchor);
}

/** How far back (in characters) the month of "that same day" may have been named: the same or the previous sentence. */
const MONTH_OF_THE_DAY_WITHIN = 320;

/** The last point named, when it is a month named within MONTH_OF_THE_DAY_WITHIN characters and no aside. */
function monthJustNamed(ctx: AnchorContext): AnchorContext['history'][number] | undefined {
  const last = ctx.history.at(-1);
  return last && last.point.granularity === 'month' && !last.aside && ctx.start !== undefined && ctx.start - last.end <= MONTH_OF_THE_DAY_WITHIN ? last : undefined;
}

/**
 * How close (in characters) a named quarter must be for "a year ago" to mean that quarter a year
 * before: an earnings report keeps discussing its quarter for several paragraphs.
 */
const QUARTER_CONTEXT = 2500;

/** The last quarter named less than QUARTER_CONTEXT characters before the expression (the history is in text order). */
function quarterJustBefore(ctx: AnchorContext): AnchorContext['history'][number] | undefined {
  if (ctx.start === undefined) return undefined;
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const h = ctx.history[i]!;
    if (ctx.start - h.end >= QUARTER_CONTEXT) return undefined;
    if (h.point.granularity === 'quarter') return h;
  }
  return undefined;
}

/** How close (in characters) a month or day must be named before "a year ago", in the same sentence, to be what is compared. */
const SENTENCE_CONTEXT = 200;

/**
 * The point named just before the expression, when it is a month or a day of the same sentence: "Home prices rose 8
 * percent in January from a year ago" (2012-01), "For the quarter ended Sept. 30, Delta earned $133 million, up from
 * $100 million a year earlier" (TimeBank: 1988-09-30).
 */
function dateJustBefore(ctx: AnchorContext): AnchorContext['history'][number] | undefined {
  const last = ctx.history.at(-1);
  if (!last || ctx.start === undefined || (last.point.granularity !== 'month' && last.point.granularity !== 'day') || ctx.start - last.end > SENTENCE_CONTEXT) return undefined;
  // "said Friday that it had losses through the first nine months, compared with earnings a year earlier": a span named
  // since is what is compared, not the day of saying.
  if (ctx.lastSpan && ctx.lastSpan.end > last.end) return undefined;
  return ctx.sentenceBreakBetween?.(last.end, ctx.start) ? undefined : last;
}

/** Whether a year was named after offset `end` (scans back only that far). */
function namedYearAfter(ctx: AnchorContext, end: number): boolean {
  for (let i = ctx.history.length - 1; i >= 0 && ctx.history[i]!.end > end; i--) {
    if (ctx.history[i]!.point.granularity === 'year') return true;
  }
  return false;
}

function resolveYearAgo(p: YearAgoPhase1, ctx: AnchorContext): Resolution {
  const typeAndMod = withMod({ type: p.type }, p.mod);
  // A month or day named just before in the same sentence is compared with itself a year before (before any quarter
  // discussed further back: the sentence names what it compares).
  const dated = p.quarter || p.years !== 1 || p.mod ? undefined : dateJustBefore(ctx);
  if (dated) {
    const point = pointContaining(shiftDate(dated.point.start, 'year', -p.years), dated.point.granularity === 'day' ? 'day' : 'month');
    return resolved(typeAndMod, valueOf(point), point.granularity, point, { kind: 'expression', id: dated.id });
  }
  // In an earnings report "a year ago" is the same quarter a year before, if a quarter was named in the last paragraphs.
  const nearQuarter = quarterJustBefore(ctx);
  // A year or a span of months named after that quarter ("for the nine months, … a year earlier") is what is compared.
  const yearAfter = (q: AnchorContext['history'][number]): boolean =>
    namedYearAfter(ctx, q.end) ||
    (ctx.lastSpan !== undefined && ctx.lastSpan.end > q.end && granularityRank[ctx.lastSpan.granularity] >= granularityRank.month);
  const candidate = nearQuarter ?? (p.anchor === 'narrative' ? ctx.history.at(-1) : undefined);
  const prior = candidate && (p.quarter || !yearAfter(candidate)) ? candidate : undefined;
  if (prior) {
    const point: Point = { ...prior.point, start: shiftDate(prior.point.start, 'year', -p.years) };
    const coarse = granularityRank[point.granularity] < granularityRank.month ? pointContaining(point.start, 'year') : point;
    return resolved(typeAndMod, valueOf(coarse), coarse.granularity, coarse, { kind: 'expression', id: prior.id });
  }
  if (!ctx.reference) return resolved(typeAndMod, 'XXXX', 'year');
  if (p.quarter) {
    // No quarter named: the one reported is the last one ended.
    const point = pointContaining(shiftDate(ctx.reference, 'quarter', -1 - 4 * p.years), 'quarter');
    return resolved(typeAndMod, valueOf(point), 'quarter', point, { kind: 'reference' });
  }
  const point = pointContaining(shiftDate(ctx.reference, 'year', -p.years), 'year');
  return resolved(typeAndMod, valueOf(point), 'year', point, { kind: 'reference' });
}

/** "the day after Christmas", "the week of March 6", "the Saturday after Thanksgiving": counted from the date the fields name. */
function resolveOffset(r: Resolution, offset: CalendarOffset): Resolution {
  const unit = offset.unit === 'weekday' ? 'day' : offset.unit;
  if (!r.point) return { type: 'DATE', value: underspecified[unit], granularity: unitGranularity[unit], ...(r.mod ? { mod: r.mod } : {}) };
  const point = offsetPoint(r.point.start, offset);
  return { ...r, type: 'DATE', value: valueOf(point), granularity: point.granularity, point };
}

function offsetPoint(start: UTCDate, offset: CalendarOffset): Point {
  if (offset.unit === 'day' || offset.unit === 'week') return pointContaining(shiftDate(start, offset.unit, offset.amount), offset.toDay ? 'day' : offset.unit);
  if (offset.amount === 0) return pointContaining(start, offset.unit === 'weekend' ? 'weekend' : 'day');
  // A weekend after a date is the one its next Saturday begins; one before, the one its last Sunday ends.
  const iso = offset.unit === 'weekday' ? offset.weekday ?? 1 : offset.amount < 0 ? 7 : 6;
  const day = (iso % 7) as Day;
  const date = offset.amount > 0 ? nextDay(start, day) : previousDay(start, day);
  return pointContaining(date, offset.unit === 'weekend' ? 'weekend' : 'day');
}

/** A reading that lands outside years 1–9999 (counting from 9999-12-30, say) has no usable value. */
export function resolve(p: Phase1, ctx: AnchorContext): Resolution {
  const r = resolveUnchecked(p, ctx);
  if (!r.point || isUsableYear(r.point.start.getUTCFullYear())) return r;
  const { point: _dropped, anchor: _anchor, ...rest } = r;
  return { ...rest, value: 'XXXX', granularity: 'unknown' };
}

function resolveUnchecked(p: Phase1, ctx: AnchorContext): Resolution {
  switch (p.kind) {
    case 'fixed': {
      const r: Resolution = { type: p.type, value: p.value, granularity: p.granularity };
      if (p.mod) r.mod = p.mod;
      if (p.quant) r.quant = p.quant;
      if (p.freq) r.freq = p.freq;
      if (/^(PRESENT|PAST|FUTURE)_REF$/.test(p.value) && ctx.reference) r.anchor = { kind: 'reference' };
      return r;
    }
    case 'calendar': return p.offset ? resolveOffset(resolveCalendar(p, ctx), p.offset) : resolveCalendar(p, ctx);
    case 'shift': return resolveShift(p, ctx);
    case 'yearAgo': return resolveYearAgo(p, ctx);
  }
}
