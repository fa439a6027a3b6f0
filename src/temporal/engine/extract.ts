/**
 * The pipeline: find candidates → phase-1 readings (done while scanning) → phase-2 anchoring
 * in document order → signals and ranges → Timex objects.
 */
import { UTCDate } from '@date-fns/utc';
import { addDays, differenceInCalendarDays, formatISO, startOfDay } from 'date-fns';
import type { ExtractOptions, Timex } from '../types.js';
import { isWritersTime, resolve, type AnchorContext } from './anchor.js';
import { intervalOf, type Point } from './calendar.js';
import type { CompiledRules } from './compile.js';
import { matchableText } from './matchable-text.js';
import { findCandidates, type Candidate } from './scan.js';
import { awaitingPhrases, deadlineNouns, lookAheadCues } from '../resources/en/vocabulary.js';
import {
  agentParticipleClause, attributiveYearArticle, awaitingArticle, commaClauseOpeners, commaClauseParticiples, dayNamedAfter, measuredMonthNouns, periodEnded, rangeJoinWords, rangeLinkWords,
  rangeToWords, regularPast, sinceAnEvent,
} from '../resources/en/grammar.js';
import { signalFor } from './signals.js';
import { landingAfter } from './later.js';
import { sentenceAround, tenseNear, type Tense } from './tense.js';

/** A valid reference date as a UTC instant, or undefined (an invalid one counts as none). */
export function parseReferenceDate(input: ExtractOptions['referenceDate']): UTCDate | undefined {
  if (input === undefined || input === null) return undefined;
  if (input instanceof Date) {
    const t = input.getTime();
    return Number.isFinite(t) ? new UTCDate(t) : undefined;
  }
  if (typeof input !== 'string') return undefined;
  // A batch usually shares one reference date: its parse is kept (a fresh object is returned each time).
  if (input !== lastReference.input) lastReference = { input, time: referenceTime(input) };
  return lastReference.time === undefined ? undefined : new UTCDate(lastReference.time);
}
let lastReference: { input: string; time: number | undefined } = { input: '', time: undefined };

function referenceTime(input: string): number | undefined {
  const trimmed = input.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(trimmed);
  if (!m) return undefined;
  const [mo, d] = [Number(m[2]), Number(m[3])];
  // Date.parse reads a date-only ISO string as UTC; Date.UTC would move years 0–99 to the 1900s.
  const t = Date.parse(trimmed);
  if (!Number.isFinite(t)) return undefined;
  // A plain Date read through its UTC getters: the check needs no UTCDate (and is on every call).
  const date = new Date(t);
  if (trimmed.length === 10 && (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)) return undefined;
  return t;
}

/** "Wednesday's ruling". */
function isPossessive(text: string, end: number): boolean {
  const q = text.charCodeAt(end);
  if (q !== 39 && q !== 0x2019) return false;
  const s = text.charCodeAt(end + 1);
  const next = text.charCodeAt(end + 2);
  return (s === 115 || s === 83) && !((next >= 65 && next <= 90) || (next >= 97 && next <= 122));
}

/** "lasted until the fall of Budapest in February 1945": a look-ahead word earlier in the clause puts the date ahead. */
const lookAheadBefore = new RegExp(`(?<![A-Za-z])(?:${lookAheadCues.join('|')})[ \\t\\n][^,;.:()]*$`, 'i');

/** "ahead of Sunday's vote", "in the run-up to the June election": the date of an awaited event (see `awaitingPhrases`). */
const awaitingBefore = new RegExp(`(?<![A-Za-z])(?:${awaitingPhrases.map((p) => p.replace(/ /g, '[ \\t\\n]+')).join('|')})[ \\t\\n]+(?:${awaitingArticle}[ \\t\\n]+)?$`, 'i');
const AWAITING_REACH = 32;
/** "Friday's deadline": the noun a possessive date qualifies names a deadline. */
const deadlineAfter = new RegExp(`^['’]s[ \\t\\n]+(?:${deadlineNouns.join('|')})(?![A-Za-z])`, 'i');

/** "the year ended March 31", "the quarter that ended Sept. 30": a date that closes a period told as past. */
const periodEndedBefore = new RegExp(
  `(?<![A-Za-z])(?:${periodEnded.periods.join('|')})[ \\t\\n]+(?:${periodEnded.relatives.map((r) => `${r}[ \\t\\n]+`).join('|')})?${periodEnded.verb}[ \\t\\n]+(?:${periodEnded.preposition}[ \\t\\n]+)?$`,
  'i',
);
const PERIOD_ENDED_REACH = 32;
/** "the February jobs report": a month before a noun of figures measured over it (see `measuredMonthNouns`). */
const measuredMonthAfter = new RegExp(`[ \\t]+(?:${measuredMonthNouns.join('|').replace(/ /g, '[ \\t]+')})(?![A-Za-z])`, 'iy');

/** "the War on Terror (2003)", "(as of December 5, 2006)": a year in parentheses dates a source or an aside. */
const inParentheses = (text: string, start: number, end: number): boolean =>
  text.charCodeAt(end) === 41 && (text.charCodeAt(start - 1) === 40 || openParenthesisBefore.test(text.slice(Math.max(0, start - 24), start)));
const openParenthesisBefore = /\([^()]*$/;

/**
 * "The airline, founded in 1998, said in March …": a year inside a clause set off by commas (a participle or a
 * relative clause) dates the subject, not the story, which stays in the writer's time. "In 1998, the airline …"
 * opens no such clause: its year governs what follows.
 */
const commaClauseBefore = new RegExp(
  `,[ \\t\\n]+(?:${[...commaClauseOpeners, `[a-z]{3,}${regularPast.suffix}`, ...commaClauseParticiples.map((p) => p.replace(/ /g, '[ \\t\\n]+'))].join('|')})(?:[ \\t\\n][^,;:()]{0,40})?[ \\t\\n]$`,
);
/**
 * "downloaded since its launch in 2003 and that as of February …": a year that dates the start of a span reaching to
 * now is a look back from the writer's time, as a year after "since" is.
 */
const sinceAnEventBefore = new RegExp(
  `(?<![A-Za-z])${sinceAnEvent.since}[ \\t\\n]+(?:${sinceAnEvent.determiners.join('|')})[ \\t\\n]+[A-Za-z-]+[ \\t\\n]+${sinceAnEvent.preposition}[ \\t\\n]+$`,
  'i',
);
/** The clause closes with a comma soon after the year ("founded in 1998 by two brothers, said"). */
const commaClauseAfter = /^[^,;:.()\n]{0,32},/;
const inCommaClause = (text: string, start: number, end: number): boolean =>
  commaClauseAfter.test(text.slice(end, end + 34)) && commaClauseBefore.test(text.slice(Math.max(0, start - 56), start));

/**
 * "complying with the 1978 Treaty of Friendship", "since the 1914 crisis": a year between "the" and a noun names the thing
 * it qualifies, not a time the story reaches.
 */
const attributiveYearBefore = new RegExp(`(?<![A-Za-z])${attributiveYearArticle}[ \\t\\n]+$`, 'i');
/** … a noun, not the word that joins it to another year ("the 1914 and 1915 campaigns"). */
const attributiveYearAfter = new RegExp(`^[ \\t]+(?!(?:${rangeJoinWords.join('|')})(?![A-Za-z]))[A-Za-z]`, 'i');
const isAttributiveYear = (text: string, c: Candidate): boolean =>
  c.phase1.kind === 'calendar' && c.phase1.fields.month === undefined && c.phase1.fields.season === undefined && c.phase1.fields.quarter === undefined &&
  attributiveYearAfter.test(text.slice(c.end, c.end + 8)) && attributiveYearBefore.test(text.slice(Math.max(0, c.start - 5), c.start));

/** "a program approved by the company in 1987 that …": a year in a participle clause with its agent (see `agentParticipleClause`). */
const agentParticipleBefore = new RegExp(
  `(?<![A-Za-z])[a-z]{3,}${regularPast.suffix}[ \\t\\n]+${agentParticipleClause.by}[ \\t\\n]+[^,;:.()\\n]{1,40}[ \\t\\n]${agentParticipleClause.preposition}[ \\t\\n]+$`,
);
const agentParticipleAfter = new RegExp(`^[ \\t\\n]+(?:${agentParticipleClause.closers.join('|')})(?![A-Za-z])`);
const inAgentParticipleClause = (text: string, start: number, end: number): boolean =>
  agentParticipleAfter.test(text.slice(end, end + 8)) && agentParticipleBefore.test(text.slice(Math.max(0, start - 64), start));

/** What joins the two ends of a range or a pair of dates: "April and June 1955", "May 15 to August 16, 1988", "July-November 1954". */
const rangeJoin = new RegExp(`^[ \\t]*(?:[-–—]|${rangeJoinWords.join('|')})[ \\t]*$`, 'i');

/** What leads from a range's start to its end ("17th May to 17th June"); a list ("November and January") need not be in order. */
const rangeTo = new RegExp(`^[ \\t]*(?:[-–—]|${rangeToWords.join('|')})[ \\t]*$`, 'i');

/**
 * A line of its own with no closing stop ("Spain's king to abdicate in June"): a headline, whose "to" + verb is its
 * future. Read from the characters around the sentence (no regex: this runs for every sentence that is asked its tense).
 */
function isHeadline(text: string, s: { start: number; end: number }): boolean {
  let last = s.end - 1;
  while (last >= s.start && isBlank(text.charCodeAt(last))) last--;
  if (last < s.start) return false;
  const stop = text.charCodeAt(last);
  if (stop === 46 || stop === 33 || stop === 63 || stop === 34 || stop === 0x201d || stop === 41 || stop === 58 || stop === 44 || stop === 59) return false; // . ! ? " ” ) : , ;
  // The line must end where the sentence does (a break, or the end of the text) and begin at a line's start.
  let after = last + 1;
  while (after < text.length && (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9)) after++;
  if (after < text.length && text.charCodeAt(after) !== 10 && text.charCodeAt(after) !== 13) return false;
  let before = s.start - 1;
  while (before >= 0 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--;
  return before < 0 || text.charCodeAt(before) === 10 || text.charCodeAt(before) === 13;
}
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** A date that names its month but not its year ("17th June", "early March"). */
const yearless = (c: Candidate): boolean => c.phase1.kind === 'calendar' && c.phase1.fields.year === undefined && c.phase1.fields.month !== undefined;
/** A weekday named alone ("Monday", "8 p.m. Friday"): a range of them ("from Monday through Friday") runs forward from its first. */
const weekdayAlone = (c: Candidate): boolean => c.phase1.kind === 'calendar' && c.phase1.fields.weekday !== undefined &&
  c.phase1.fields.month === undefined && c.phase1.fields.year === undefined;

/** A season without a year ("the spring" of "the spring and summer of 1979"). */
const yearlessSeason = (c: Candidate): boolean => c.phase1.kind === 'calendar' && c.phase1.fields.year === undefined && c.phase1.fields.season !== undefined;

/** The explicit year of the next candidate when it closes a range that opens with `c`, a date or season without a year. */
function rangeEndYear(text: string, c: Candidate, next: Candidate | undefined, nextId: string): AnchorContext['rangeEnd'] {
  if (!yearless(c) && !yearlessSeason(c)) return undefined;
  if (next?.phase1.kind !== 'calendar' || next.phase1.fields.year === undefined || next.start - c.end > 12) return undefined;
  if (!rangeJoin.test(text.slice(c.end, next.start))) return undefined;
  const month = next.phase1.fields.month;
  return { id: nextId, year: next.phase1.fields.year, ...(month !== undefined ? { month } : {}) };
}

/**
 * What a rule's params add to the shift the normalizer gives: `storyUnitInPast` (see ShiftPhase1), and counts read in a
 * finer unit, by the rule's `countIn` param:
 * - `day`: "The quake hit a week ago", "invited Sinn Fein to rejoin two weeks ago": a count of one or two weeks back names
 *   the day it reaches, the same weekday (TimeBank and MEANTIME gold, 2 of 2), unlike "last week". Longer counts are a
 *   round figure and stay weeks ("six weeks ago": TimeBank 1999-W47, 2 of 2), as does "about two weeks ago".
 */
const WEEKS_IN_DAYS = 2;
function inFinerUnit(c: Candidate): Candidate['phase1'] {
  const p = c.phase1;
  const params = c.rule.rule.params;
  if (params === undefined || p.kind !== 'shift') return p;
  if (params['storyUnitInPast'] === true) return { ...p, storyUnitInPast: true };
  const countIn = params['countIn'];
  if (countIn === undefined || p.mod !== undefined) return p;
  if (countIn === 'day' && p.unit === 'week' && Math.abs(p.amount) <= WEEKS_IN_DAYS) return { ...p, unit: 'day', amount: p.amount * 7 };
  // - `half`: "half a century ago" is read as "a century ago" (the normalizer counts whole units) and halved here.
  if (countIn === 'half' && p.unit === 'year' && p.amount % 2 === 0) return { ...p, amount: p.amount / 2 };
  return p;
}

/** Whether the word at `start` opens a sentence: nothing but blanks and closing quotes since a full stop, or the text's start. */
const sentenceEndBefore = /(?:^|[.!?]["'”’)]*\s+)$/;
const opensSentence = (text: string, start: number): boolean => sentenceEndBefore.test(text.slice(Math.max(0, start - 6), start));

const rangeStarts = new Set(['from', 'between']);
const rangeEnds: Record<string, string[]> = { from: ['to', 'until'], between: ['and'] };

export function extractWith(compiled: CompiledRules, input: string, options: ExtractOptions = {}): Timex[] {
  if (typeof input !== 'string' || input.length === 0) return [];
  // Rules read a copy with web look-alike characters made plain; offsets are the same in both.
  const text = matchableText(input);
  // Compared once: two equal-length strings that differ late cost a scan of the text per comparison.
  const unchanged = text === input;
  const reference = parseReferenceDate(options.referenceDate);
  const candidates = findCandidates(text, compiled);
  const history: AnchorContext['history'] = [];
  const timexes: Timex[] = [];
  /** The last sentence found: expressions often share one. */
  let sentence: { start: number; end: number } | undefined;
  const sentenceBreakBetween = (from: number, to: number): boolean => /[.!?;]["'”’)]*\s/.test(text.slice(from, to));

  // One context object, updated per candidate (this loop is the hot path).
  let current = candidates[0]!;
  /** The current candidate's tense, read once: anchoring may ask up to three times (direction, story year, year-ago). */
  let currentTense: Tense | undefined;
  const tense = (): Tense => {
    if (currentTense !== undefined) return currentTense;
    const c = current;
    const s = sentence && sentence.start <= c.start && c.end <= sentence.end ? sentence : (sentence = sentenceAround(text, c.start, c.end));
    // The governing verb is near: cues further than a clause or two away are not read.
    return (currentTense = tenseNear(text, Math.max(s.start, c.start - 150), Math.min(s.end, c.end + 100), c.start, c.end, isHeadline(text, s)));
  };
  const ctx: AnchorContext = { history, tense, sentenceBreakBetween, ...(reference ? { reference } : {}) };
  /** The last expression, if a date that names its month: it may open a range the next one closes. */
  let rangeOpen: { id: string; point: Point; end: number; weekday: boolean } | undefined;

  candidates.forEach((c, i) => {
    const id = `t${i + 1}`;
    const signal = signalFor(text, c.start, c.end);
    current = c;
    currentTense = undefined;
    ctx.start = c.start;
    ctx.possessive = isPossessive(text, c.end);
    ctx.awaiting = awaitingBefore.test(text.slice(Math.max(0, c.start - AWAITING_REACH), c.start));
    ctx.namesDeadline = ctx.possessive && deadlineAfter.test(text.slice(c.end, c.end + 16));
    // Read only for a month-day without a year, the one reading it changes.
    ctx.periodEnded = c.phase1.kind === 'calendar' && c.phase1.fields.day !== undefined && c.phase1.fields.year === undefined &&
      periodEndedBefore.test(text.slice(Math.max(0, c.start - PERIOD_ENDED_REACH), c.start));
    // A month alone, right before a noun of figures ("the February jobs report").
    ctx.measuredMonth = c.phase1.kind === 'calendar' && c.phase1.fields.month !== undefined && c.phase1.fields.day === undefined &&
      c.phase1.fields.year === undefined && c.phase1.fields.weekday === undefined && ((measuredMonthAfter.lastIndex = c.end), measuredMonthAfter.test(text));
    // Set to undefined rather than deleted: a delete turns the context into a slow dictionary object for good.
    ctx.signal = signal?.kind;
    ctx.openingBy = signal?.kind === 'by' && opensSentence(text, signal.start);
    const end = rangeEndYear(text, c, candidates[i + 1], `t${i + 2}`);
    ctx.rangeEnd = end;
    // A weekday ends only a range of weekdays: "bought from Sept. 14 to Thursday" is the Thursday of the story's week.
    ctx.rangeStart = rangeOpen && (rangeOpen.weekday ? weekdayAlone(c) : yearless(c)) && c.start - rangeOpen.end <= 12 && rangeTo.test(text.slice(rangeOpen.end, c.start)) ? rangeOpen : undefined;
    const r = resolve(inFinerUnit(c), ctx);
    const timex: Timex = {
      id,
      start: c.start,
      end: c.end,
      text: input.slice(c.start, c.end),
      type: r.type,
      value: r.value,
      granularity: r.granularity,
      rule: c.rule.rule.id,
    };
    if (r.mod) timex.mod = r.mod;
    if (r.quant) timex.quant = r.quant;
    if (r.freq) timex.freq = r.freq;
    const interval = r.point && (r.type === 'DATE' || r.type === 'TIME') ? intervalOf(r.point) : undefined;
    if (interval) timex.interval = interval;
    if (r.anchor) timex.anchor = r.anchor;
    if (signal) timex.signal = unchanged ? signal : { ...signal, text: input.slice(signal.start, signal.end) };
    // Periods reached by counting back a year are not what the story goes on to discuss.
    if (r.point && interval && c.phase1.kind !== 'yearAgo') {
      const explicitYear = c.phase1.kind === 'calendar' && c.phase1.fields.year !== undefined;
      // A year the story looks ahead to, compares with or names in parentheses does not move the story on
      // (explicit years, and looks back from the story; the others take their year from the story).
      const aside = (explicitYear && (inParentheses(text, c.start, c.end) || inCommaClause(text, c.start, c.end) || inAgentParticipleClause(text, c.start, c.end) || isAttributiveYear(text, c) || sinceAnEventBefore.test(text.slice(Math.max(0, c.start - 40), c.start)) || signal?.kind === 'until' || signal?.kind === 'since' ||
        lookAheadBefore.test(text.slice(Math.max(0, c.start - 48), c.start)) || isWritersTime(ctx, r.point as Point))) ||
        // "repeating their successes from the previous year": a look back from the story, which stays where it was.
        (c.phase1.kind === 'shift' && c.phase1.anchor === 'narrative' && c.phase1.amount < 0);
      const fiscal = c.phase1.kind === 'calendar' && c.phase1.fields.fiscal === true;
      history.push({ id, point: r.point as Point, end: c.end, explicitYear, ...(aside ? { aside } : {}), ...(fiscal ? { fiscal } : {}) });
    }
    if (r.type === 'DURATION') ctx.lastSpan = { end: c.end, granularity: r.granularity };
    const from = signal?.kind === 'later' && r.type === 'DURATION' ? history.at(-1) : undefined;
    const landing = from && landingAfter(from.point, r.value);
    const landingInterval = landing && intervalOf(landing);
    if (from && landing && landingInterval) {
      timex.interval = landingInterval;
      timex.anchor = { kind: 'expression', id: from.id };
      // "On May 2 … A week later … The next day": the span lands on a week (its own unit), but the story has moved on to
      // the day it counts to, from which the next step counts.
      const weeks = from.point.granularity === 'day' && landing.granularity === 'week' ? /^P([0-9]{1,3})W$/.exec(r.value) : null;
      const storyDay = weeks ? landingAfter(from.point, `P${Number(weeks[1]) * 7}D`) : undefined;
      history.push({ id, point: storyDay ?? landing, end: c.end, explicitYear: false, counted: true });
    }
    rangeOpen = r.point && c.phase1.kind === 'calendar' && (c.phase1.fields.month !== undefined || weekdayAlone(c)) ? { id, point: r.point, end: c.end, weekday: weekdayAlone(c) } : undefined;
    timexes.push(timex);
  });

  if (reference) settleWeekdays(candidates, timexes, reference);
  takeDaysNamedAfter(text, candidates, timexes);
  takeDaysOfClockTimes(text, candidates, timexes);
  linkRanges(text, timexes);
  return timexes;
}

/** A weekday named alone and read against the reference alone: no "last", "next", "that", no range or offset. */
const bareWeekday = (c: Candidate, t: Timex): boolean => weekdayAlone(c) && c.phase1.kind === 'calendar' && c.phase1.relation === undefined &&
  c.phase1.narrative !== true && c.phase1.offset === undefined && t.anchor?.kind === 'reference' && isoDay.test(t.value.slice(0, 10));

/**
 * One weekday, one date. News names a weekday alone only for a day within a week of the story (AP style), and the
 * dev gold dates every bare mention of one weekday in a story alike in 73 of 76 stories. When one mention is the day
 * after or before the story ("her first stop Tuesday morning will be" in a Monday story) and another of the same
 * name was read a week from it ("headed Tuesday", a wire lede's past, six days back), the tense misled the far one:
 * a writer who meant a day six days back beside the same name for tomorrow would have said "last Tuesday". Mentions
 * read on days further apart (four back and three ahead, in a Friday story) are both in reach and stay as read.
 */
function settleWeekdays(candidates: readonly Candidate[], timexes: Timex[], reference: UTCDate): void {
  const today = startOfDay(reference);
  const daysFromStory = (t: Timex): number => differenceInCalendarDays(dayOf(t), today);
  /** For each ISO weekday, the day next to the reference (±1) that some bare mention was read on, in days from it. */
  const nextToStory = new Map<number, number>();
  const bare: number[] = [];
  for (let i = 0; i < timexes.length; i++) {
    const c = candidates[i]!;
    const t = timexes[i]!;
    if (!bareWeekday(c, t)) continue;
    bare.push(i);
    const days = daysFromStory(t);
    if (Math.abs(days) === 1 && c.phase1.kind === 'calendar') nextToStory.set(c.phase1.fields.weekday!, days);
  }
  if (nextToStory.size === 0) return;
  /** How many days each settled mention moved: "The next morning" counted from it moves with it. */
  const moved = new Map<string, number>();
  for (const i of bare) {
    const c = candidates[i]!;
    const near = c.phase1.kind === 'calendar' ? nextToStory.get(c.phase1.fields.weekday!) : undefined;
    const t = timexes[i]!;
    const days = near === undefined ? 0 : near - daysFromStory(t);
    if (Math.abs(days) !== DAYS_IN_WEEK) continue;
    moved.set(t.id, days);
    moveByDays(t, days);
  }
  if (moved.size === 0) return;
  // Anchors point back, so one pass in text order carries a move along a chain ("Tuesday … The next day … That night").
  for (const t of timexes) {
    const days = t.anchor?.kind === 'expression' ? moved.get(t.anchor.id) : undefined;
    if (days === undefined || !isoDay.test(t.value.slice(0, 10)) || moved.has(t.id)) continue;
    moved.set(t.id, days);
    moveByDays(t, days);
  }
}
const DAYS_IN_WEEK = 7;

/** The calendar day a date or time value starts with (`2013-03-12` of `2013-03-12TMO`). */
const dayOf = (t: Timex): UTCDate => new UTCDate(`${t.value.slice(0, 10)}T00:00:00Z`);

/** Moves a date or time, and its interval, by whole days, keeping its time of day. */
function moveByDays(t: Timex, days: number): void {
  if (days === 0) return;
  t.value = formatISO(addDays(dayOf(t), days), { representation: 'date' }) + t.value.slice(10);
  if (t.interval) {
    t.interval = { start: addDays(new UTCDate(t.interval.start), days).toISOString(), end: addDays(new UTCDate(t.interval.end), days).toISOString() };
  }
}

/**
 * What lies between a counted day and the day its clause goes on to name: "The first day [of the trial was] Monday",
 * "entered their second day [on] Tuesday". Anchoring runs in text order, so the day named after is taken afterwards.
 */
const namesTheDayAfter = new RegExp(
  `^(?:[ \\t]+${dayNamedAfter.of}[ \\t]+[^,;.:()!?\\n]{1,40}?)?[ \\t]+(?:(?:${dayNamedAfter.verbs.join('|')})[ \\t]+(?:${dayNamedAfter.preposition}[ \\t]+)?|${dayNamedAfter.preposition}[ \\t]+)$`,
  'i',
);

/** A day counted within an event ("the second day") is the day its own clause names right after it, when it names one. */
function takeDaysNamedAfter(text: string, candidates: readonly Candidate[], timexes: Timex[]): void {
  for (let i = 0; i + 1 < timexes.length; i++) {
    if (candidates[i]!.rule.rule.params?.['takesDayNamedAfter'] !== true) continue;
    const counted = timexes[i]!;
    const named = timexes[i + 1]!;
    if (named.type !== 'DATE' || named.granularity !== counted.granularity || !namesTheDayAfter.test(text.slice(counted.end, named.start))) continue;
    counted.value = named.value;
    if (named.interval) counted.interval = named.interval;
    else delete counted.interval;
    counted.anchor = { kind: 'expression', id: named.id };
  }
}

/** A clock time that names no day: its day came from the story, and the clause may name it just after. */
const isBareClockTime = (c: Candidate): boolean => c.phase1.kind === 'shift' && c.phase1.unit === 'day' && c.phase1.amount === 0 && c.phase1.time?.hour !== undefined;

/**
 * What may stand between a clock time and the day it is on, once an aside in parentheses is taken out: "3:30 p.m. local
 * time (1930 GMT) on Tuesday", or only a comma: "at 16:15 UTC, June 1st, the chief executive said" (MEANTIME: 1 of 1).
 */
const clockTimeToDay = /^[ \t]*(?:\([^()]{0,40}\)[ \t]*,?|,)[ \t]*(?:on[ \t]+)?$/;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "at 3:30 p.m. local time (1930 GMT) on Tuesday": a rule reads "3 p.m. Tuesday" as one expression, but an aside in
 * parentheses (or a comma) splits it; both clock times are then on the day named after the aside (anchoring ran in text order).
 */
function takeDaysOfClockTimes(text: string, candidates: readonly Candidate[], timexes: Timex[]): void {
  for (let i = 0; i + 1 < timexes.length; i++) {
    if (!isBareClockTime(candidates[i]!)) continue;
    // The aside may itself hold a clock time ("(1930 GMT)"): it is on the same day.
    const aside = i + 2 < timexes.length && isBareClockTime(candidates[i + 1]!) ? i + 1 : undefined;
    const day = timexes[aside === undefined ? i + 1 : i + 2]!;
    if (day.type !== 'DATE' || !isoDay.test(day.value)) continue;
    const gap = aside === undefined ? text.slice(timexes[i]!.end, day.start)
      : text.slice(timexes[i]!.end, timexes[aside]!.start) + text.slice(timexes[aside]!.end, day.start);
    if (!clockTimeToDay.test(gap)) continue;
    for (const k of aside === undefined ? [i] : [i, aside]) moveToDay(timexes[k]!, day);
  }
}

/** Puts a clock time on another day, keeping its time of day. */
function moveToDay(time: Timex, day: Timex): void {
  const days = differenceInCalendarDays(dayOf(day), dayOf(time));
  if (!Number.isFinite(days) || days === 0) return;
  moveByDays(time, days);
  time.anchor = { kind: 'expression', id: day.id };
}

/** Words alone between two dates that link them as a range ("Monday through Friday"). */
const rangeLink = new RegExp(`^[ \\t]+(?:${rangeLinkWords.join('|')})[ \\t]+$`);
/** "from X to Y", "between X and Y", "X–Y": both ends point at each other. */
function linkRanges(text: string, timexes: Timex[]): void {
  for (let i = 0; i + 1 < timexes.length; i++) {
    const a = timexes[i]!;
    const b = timexes[i + 1]!;
    const gap = text.slice(a.end, b.start);
    const bySignals = a.signal && rangeStarts.has(a.signal.kind) && b.signal && (rangeEnds[a.signal.kind] ?? []).includes(b.signal.kind) && b.signal.start >= a.end;
    const byDash = /^[ \t]*[-–—][ \t]*$/.test(gap) || rangeLink.test(gap) && (a.type === b.type);
    if ((bySignals && gap.length < 40) || byDash) {
      a.rangeWith = b.id;
      b.rangeWith = a.id;
    }
  }
}
