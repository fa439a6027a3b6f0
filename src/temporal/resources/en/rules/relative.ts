/** Expressions counted from the reference date or an earlier expression: "last week", "two years ago", "the following day". */
import type { Rule } from '../../../rule-types.js';
import { END, SP, SPH, START, calendarUnit, group, number, optional, partOfDay, prefixModifier, quantityModifier, season, w, weekday } from '../pieces.js';

const mod = optional(prefixModifier());
const yearAgo = (name: string): string => group(name, w('year-earlier', 'year-ago', 'year earlier', 'year ago', 'prior-year', 'prior year', 'previous-year', 'year-before'));
const qmod = optional(quantityModifier());
/**
 * "the day after the vote": TimeML tags "the day" alone and reads "after" as a signal before an event.
 * A following word that starts a clause part rather than an event ("the day after and …") leaves
 * "the day after" whole; so does a closing "last" ("the week before last", read by unit-before-last). An event may
 * start with a digit ("the day after 9/11").
 */
const eventAfterSignal = `${SP}(?!${w('and', 'or', 'but', 'as', 'at', 'in', 'on', 'to', 'with', 'for', 'from', 'by', 'when', 'while', 'is', 'was', 'were', 'next', 'yesterday', 'tomorrow')}${END}|${w('last')}${END}(?!${SP}[A-Za-z]))[A-Za-z0-9]`;
/**
 * How far back (in characters) a day just named may be the event's own day in "the day after the vote": the same or
 * the previous sentence ("shot on Oct. 23 … showed up the day after his death"). Further back, the day is unknown.
 */
const EVENT_DAY_WITHIN = 320;
/** "of" + an event in "the last month of World War II", "the first year of the war" (not "of the year", "of US$ 2.7 billion"). */
const ofAnEvent = `${SP}${w('of')}${SP}(?=${w('the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'world war')}${END})(?!${w('the year', 'the month', 'the week', 'the quarter', 'the decade', 'the century', 'the season', 'the same')}${END}|${w('the')}${SP}[0-9'’])`;
/** "the last day of the month", "the last week of the war": not the day or week before the story's. */
const ofAPeriodOrEvent = `(?:${ofAnEvent}|${SP}${w('of')}${SP}${w('the')}${SP}${w('day', 'week', 'month', 'quarter', 'year', 'decade', 'century', 'season')}${END})`;
/** "the fifth day", "a fourth straight week" (not "the first day of March": a date rule's). */
const countedDay = (...ordinals: string[]): string =>
  `${START}${optional(`${w('the', 'a')}${SP}`)}${w(...ordinals)}${SP}${optional(`${w('straight', 'consecutive')}${SP}`)}${group('unit', w('day', 'week'))}${END}` +
  `(?![-'’]|${SP}${w('of')}${SP}(?:${w('jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'this', 'next', 'last', 'the year', 'the month', 'the quarter')}|[0-9]))`;
/** "Oct. 12, the day before the plunge": in apposition to a day just named, "the day" is that day. */
const afterNamedDay = `(?<=(?:(?<![0-9])[0-9]{1,2}(?:,?${SP}[0-9]{4}|${SP}[A-Za-z]{3,9}\\.?${SP}[0-9]{4})?|[A-Za-z]day),${SP})`;

export const relativeRules: readonly Rule[] = [
  {
    id: 'relative-unit',
    pattern: `${START}${mod}${group('rel', w('last', 'next', 'this', 'this past', 'this coming', 'the past', 'the last', 'the next', 'the coming', 'the previous', 'the current', 'the latest', 'the most recent', 'the following', 'the preceding', 'that', 'the same', 'that same', 'the prior', 'the current fiscal', 'the fiscal', 'the latest fiscal', 'the full', 'this financial', 'last financial', 'next financial', 'the financial', 'the current financial', 'the last financial', 'the previous financial', 'the new', 'the upcoming', 'this fiscal', 'last fiscal', 'next fiscal'))}${SP}${calendarUnit()}${END}(?!-)(?!(?<=${w('the last')}${SP}[A-Za-z]{3,9})${ofAPeriodOrEvent})`,
    normalize: 'shift',
    examples: [
      { text: 'Last week, leaders announced a plan.', reference: '2017-07-04', extent: 'Last week', value: '2017-W26', type: 'DATE' },
      { text: 'next month', reference: '2017-07-04', value: '2017-08', type: 'DATE' },
      { text: 'this year', reference: '2017-07-04', value: '2017', type: 'DATE' },
      { text: 'the past decade', reference: '2017-07-04', value: 'P10Y', type: 'DURATION' },
      { text: 'Output will double over the next decade.', reference: '2013-03-06', extent: 'the next decade', value: 'P10Y', type: 'DURATION' },
      { text: 'the following week', reference: '2017-07-04', value: '2017-W28', type: 'DATE' },
      { text: 'the current quarter', reference: '2017-07-04', value: '2017-Q3', type: 'DATE' },
      { text: 'Profits fell in the last financial year.', reference: '2013-03-22', extent: 'the last financial year', value: '2012', type: 'DATE' },
      { text: 'Sales for the full year were $6.6 billion.', reference: '1989-11-02', extent: 'the full year', value: '1989', type: 'DATE' },
      { text: 'It had $6.3 billion in sales in the latest fiscal year.', reference: '1989-10-26', extent: 'the latest fiscal year', value: '1988', type: 'DATE' },
      { text: 'Ford posted a profit for the last year of US$ 2.7 billion.', reference: '2010-01-28', extent: 'the last year', value: '2009', type: 'DATE' },
    ],
  },
  {
    id: 'relative-year-ended',
    // "the year ended Sept. 30": the twelve months up to that date, a span (TimeBank writes P1Y).
    pattern: `${START}${w('the', 'the fiscal')}${SP}${w('year')}(?=${SP}${w('ended', 'ending', 'that ended', 'which ended', 'through')}${SP})`,
    normalize: 'fixed',
    params: { value: 'P1Y', type: 'DURATION', granularity: 'year' },
    priority: 2,
    examples: [
      { text: 'For the year ended Sept. 30, Ralston earned $422.5 million.', reference: '1989-11-02', extent: 'the year', value: 'P1Y', type: 'DURATION' },
      { text: 'In the fiscal year ended Jan. 31, sales rose.', reference: '1989-10-31', extent: 'the fiscal year', value: 'P1Y', type: 'DURATION' },
    ],
  },
  {
    id: 'relative-latest-period',
    // Earnings reports call the quarter just reported "the latest period".
    pattern: `${START}${group('rel', w('the latest', 'the most recent'))}${SP}${w('period')}${END}`,
    normalize: 'shift',
    params: { unit: 'quarter' },
    examples: [
      { text: 'Sales in the latest period were $1.76 billion.', reference: '1989-11-02', extent: 'the latest period', value: '1989-Q3', type: 'DATE' },
      { text: 'Net rose in its fiscal fourth quarter. Sales in the latest period were $1.76 billion.', reference: '1989-11-02', extent: 'the latest period', value: '1989-Q4', type: 'DATE' },
    ],
  },
  {
    id: 'relative-year-end',
    pattern: `${START}${optional(`${group('qmod', w('around', 'about'))}${SP}`)}${w('year-end', 'year end', "year's end", 'year’s end', 'the year-end', "the year's end")}${END}(?![-'’])(?!${SP}(?:net|results|profit|earnings|figures|bonus|dividend)\\b)`,
    normalize: 'shift',
    params: { unit: 'year', mod: 'END' },
    examples: [
      { text: 'It plans to cut 6,000 jobs by year end.', reference: '1989-10-26', extent: 'year end', value: '1989', type: 'DATE', mod: 'END' },
    ],
  },
  {
    id: 'relative-unit-boundary',
    pattern: `${START}${group('mod', w('the end of', 'the beginning of', 'the start of', 'the middle of', 'the rest of', 'the close of', 'end of', 'beginning of', 'start of', 'middle of'))}${SP}${w('the')}${SP}${group('unit', w('year', 'month', 'week', 'quarter', 'decade', 'century', 'season'))}${END}(?![-'’])`,
    normalize: 'shift',
    // Told in the past just after a month or year of the story, "the month" is that one (`storyUnitInPast`).
    params: { storyUnitInPast: true },
    priority: 1,
    examples: [
      { text: 'by the end of the year', reference: '2017-07-04', extent: 'the end of the year', value: '2017', type: 'DATE', mod: 'END' },
      { text: 'The company filed for bankruptcy in January. By the end of the month, it had closed 40 stores.', reference: '2013-05-16', extent: 'the end of the month', value: '2013-01', type: 'DATE', mod: 'END' },
      { text: 'Sales fell in 2012. By the end of the year, the chain had closed 40 stores.', reference: '2013-05-16', extent: 'the end of the year', value: '2012', type: 'DATE', mod: 'END' },
      { text: 'The firm said on Monday it had closed 40 stores by the end of the month.', reference: '2013-05-16', extent: 'the end of the month', value: '2013-05', type: 'DATE', mod: 'END' },
      { text: 'the start of the month', reference: '2017-07-04', value: '2017-07', type: 'DATE', mod: 'START' },
    ],
  },
  {
    id: 'share-of-the-unit',
    // "half the year", "most of the year", "the latter part of the year": a share of a period is tagged whole, with the
    // period's value (TimeBank "a good part of 1990", "the last half of the '80s"; WikiWars "the latter part of the year",
    // "most of the rest of the year", 5 of 5; MEANTIME tags "the week" alone in "the remainder of the week", 1). The period is
    // read as "the year" alone is. Not "half of the year": "the first half of the year" is a half-year (H1), its own rule's.
    pattern: `${START}${group('mod', w('half', 'most of', 'much of', 'part of', 'a good part of', 'a large part of', 'the better part of', 'the greater part of', 'the bulk of', 'the latter part of', 'the later part of', 'the early part of', 'the earlier part of', 'most of the rest of', 'much of the rest of'))}${SP}${group('rel', w('the'))}${SP}${group('unit', w('year', 'month', 'week', 'quarter', 'decade', 'season'))}${END}(?![-'’])`,
    normalize: 'shift',
    params: { anchor: 'narrative' },
    examples: [
      { text: 'He spent half the year abroad.', reference: '2013-03-20', extent: 'half the year', value: '2013', type: 'DATE' },
      { text: 'Fighting went on during the latter part of the year.', reference: '2013-03-20', extent: 'the latter part of the year', value: '2013', type: 'DATE', mod: 'END' },
    ],
  },
  {
    id: 'relative-unit-bare-the',
    pattern: `${START}${mod}${group('rel', w('the'))}${SP}${group('unit', w('year', 'month', 'week', 'quarter', 'weekend'))}${END}(?![-'’])`,
    normalize: 'shift',
    params: { anchor: 'narrative' },
    priority: -1,
    examples: [
      { text: 'Sales rose 5% for the quarter.', reference: '1989-10-26', extent: 'the quarter', value: '1989-Q3', type: 'DATE' },
      { text: 'For the year, pet food volume was flat.', reference: '1989-11-02', extent: 'the year', value: '1989', type: 'DATE' },
    ],
  },
  {
    id: 'relative-earlier-this',
    pattern: `${START}${group('mod', w('earlier', 'later'))}${SP}${group('rel', w('this', 'last', 'next', 'that', 'in the'))}${SP}${calendarUnit()}${END}`,
    normalize: 'shift',
    examples: [
      { text: 'earlier this month', reference: '2017-07-04', value: '2017-07', type: 'DATE', mod: 'START' },
      { text: 'later this year', reference: '2017-07-04', value: '2017', type: 'DATE', mod: 'END' },
      { text: 'earlier in the week', reference: '2017-07-04', value: '2017-W27', type: 'DATE', mod: 'START' },
      { text: 'Ford said on Tuesday that its stock rose in morning trading, before declining later in the day.', reference: '2010-03-03', extent: 'later in the day', value: '2010-03-02', type: 'DATE', mod: 'END' },
    ],
  },
  {
    id: 'relative-earlier-this-season',
    // "Earlier this spring" is one DATE, as "earlier this month" is: the season of "this spring", mod START or END.
    pattern: `${START}${group('mod', w('earlier', 'later'))}${SP}${group('rel', w('this'))}${SP}${season()}${END}(?![-'’])`,
    normalize: 'calendar',
    priority: 1,
    examples: [
      { text: 'Earlier this spring, the rains failed.', reference: '2013-06-12', extent: 'Earlier this spring', value: '2013-SP', type: 'DATE', mod: 'START' },
      { text: 'The plant will open later this summer.', reference: '2013-06-12', extent: 'later this summer', value: '2013-SU', type: 'DATE', mod: 'END' },
    ],
  },
  {
    id: 'relative-earlier-this-part-of-day',
    // "later this afternoon": the part of the day of "this afternoon", whole (TimeBank tags it whole, 1 of 1). "Later that
    // evening" is the evening of the day the story is at, whole as "Earlier that day" is (TimeBank 1 of 1).
    pattern: `${START}${group('mod', w('earlier', 'later'))}${SP}${group('rel', w('this', 'that'))}${SP}${partOfDay()}${END}(?![-'’])`,
    normalize: 'calendar',
    priority: 1,
    examples: [
      { text: 'Officials will meet again later this afternoon.', reference: '2013-03-19', extent: 'later this afternoon', value: '2013-03-19TAF', type: 'TIME', mod: 'END' },
      { text: 'Earlier this morning, the power failed.', reference: '2013-03-19', extent: 'Earlier this morning', value: '2013-03-19TMO', type: 'TIME', mod: 'START' },
      { text: 'The leaders met on Wednesday. Later that evening, they signed the accord.', reference: '2015-08-17', extent: 'Later that evening', value: '2015-08-12TEV', type: 'TIME', mod: 'END' },
    ],
  },
  {
    id: 'day-of-month-just-named',
    // "Talks began on March 4 and ended on the 8th": an ordinal day alone is a day of the month the text has just named
    // (WikiWars gold: "On the 5th" after "on 2 October"). Only after a preposition of dates ("on", "by", "from", "to" …:
    // not "finished the 5th") and where the sentence or a list goes on ("the 8th." "the 8th and", "the 8th to"), never
    // before a noun ("the 8th Army", "the 20th century", "the 3rd floor").
    pattern: `(?<=${w('on', 'by', 'until', 'till', 'from', 'to', 'through', 'since', 'before', 'after', 'and')}${SP})${w('the')}${SP}${group('day', '[12][0-9]|3[01]|0?[1-9]')}(?:st|nd|rd|th)${END}(?=[ \t]*(?:[.,;:)]|$)|${SP}${w('and', 'or', 'to', 'through', 'until', 'when', 'as', 'but')}${END})`,
    normalize: 'calendar',
    examples: [
      { text: 'Talks began on March 4 and ended on the 8th.', reference: '2013-03-13', extent: 'the 8th', value: '2013-03-08', type: 'DATE' },
      { text: 'The Poles answered on 2 October 1920. On the 5th, the Soviets replied.', reference: '2009-12-19', extent: 'the 5th', value: '1920-10-05', type: 'DATE' },
      { text: 'Ballots must arrive by the 15th.', reference: '2013-03-13', extent: 'the 15th', value: 'XXXX-XX-15', type: 'DATE' },
    ],
  },
  {
    id: 'relative-ago',
    // "three days later" is not here: TimeBank tags the span ("three days", a duration) and leaves "later" a signal.
    pattern: `${START}${qmod}${number()}${SP}${optional(`${group('more', w('more'))}${SP}`)}${calendarUnit()}s?${optional(`${SP}${group('orSo', w('or so'))}`)}${SP}${group('dir', w('ago', 'earlier', 'from now', 'hence'))}${END}`,
    normalize: 'shift',
    params: { countIn: 'day' },
    priority: 1,
    examples: [
      { text: 'two years ago', reference: '2017-07-04', value: '2015', type: 'DATE' },
      { text: 'The quake hit the country a week ago.', reference: '2013-03-19', extent: 'a week ago', value: '2013-03-12', type: 'DATE' },
      { text: 'three days ago', reference: '2017-07-04', value: '2017-07-01', type: 'DATE' },
      { text: 'about two weeks ago', reference: '2017-07-04', value: '2017-W25', type: 'DATE', mod: 'APPROX' },
      { text: 'On March 3, 2015, they met. Two days earlier they had parted.', reference: '2017-07-04', extent: 'Two days earlier', value: '2015-03-01', type: 'DATE' },
    ],
  },
  {
    id: 'relative-fortnight-ago',
    // British "a fortnight ago" is read as "two weeks ago" (the day fourteen days back): the shift counts a fortnight as two
    // weeks. Kept apart from relative-ago, whose units are the calendar's ("last fortnight" is no shift here).
    pattern: `${START}${qmod}${number()}${SP}${group('unit', w('fortnight', 'fortnights'))}${SP}${group('dir', w('ago', 'earlier', 'from now', 'hence'))}${END}`,
    normalize: 'shift',
    params: { countIn: 'day' },
    priority: 1,
    examples: [
      { text: 'The deal collapsed a fortnight ago.', reference: '2013-03-20', extent: 'a fortnight ago', value: '2013-03-06', type: 'DATE' },
      { text: 'Talks resume a fortnight from now.', reference: '2013-03-20', extent: 'a fortnight from now', value: '2013-04-03', type: 'DATE' },
    ],
  },
  {
    id: 'relative-half-ago',
    // "half a century ago" is the year fifty years back: counted as a whole century and halved (`countIn: 'half'`), since a
    // shift counts whole units. Only centuries and decades: "half a year ago" is no year.
    pattern: `${START}${w('half')}${SP}${group('num', w('a'))}${SP}${group('unit', w('century', 'decade'))}${SP}${group('dir', w('ago', 'earlier'))}${END}`,
    normalize: 'shift',
    params: { countIn: 'half' },
    priority: 1,
    examples: [
      { text: 'The war ended half a century ago.', reference: '2013-03-13', extent: 'half a century ago', value: '1963', type: 'DATE' },
      { text: 'The plant opened half a decade ago.', reference: '2013-03-13', extent: 'half a decade ago', value: '2008', type: 'DATE' },
    ],
  },
  {
    id: 'relative-vague-ago',
    pattern: `${START}${group('vague', w('years', 'months', 'weeks', 'days', 'decades', 'some time', 'some years', 'several years', 'a few years', 'many years', 'a few weeks', 'several weeks', 'a few days', 'several days', 'a few months', 'several months', 'long'))}${SP}${group('dir', w('ago'))}${END}`,
    normalize: 'fixed',
    params: { value: 'PAST_REF', type: 'DATE', granularity: 'unknown' },
    examples: [{ text: 'years ago', value: 'PAST_REF', type: 'DATE' }],
  },
  {
    id: 'narrative-unit-before-after',
    // "the year before", "the week after": one unit from the period the story is at.
    pattern: `${START}${w('the')}${SP}${group('unit', w('year', 'month', 'week', 'quarter'))}${SP}${group('rel', w('before', 'after', 'earlier', 'later', 'previous', 'prior'))}${END}(?!(?<=${w('before', 'after')})${eventAfterSignal})`,
    normalize: 'shift',
    params: { anchor: 'narrative' },
    priority: 1,
    examples: [
      { text: 'It cut its costs to $118 billion last year, $19 billion less than the year previous.', reference: '2010-01-28', extent: 'the year previous', value: '2008', type: 'DATE' },
      { text: 'Sales fell to $300 million in 1997, down from $450 million the year before.', reference: '1998-09-07', extent: 'the year before', value: '1996', type: 'DATE' },
    ],
  },
  {
    id: 'unit-before-last',
    // "the week before last", "the day after next": two units from the writer's.
    pattern: `${START}${w('the')}${SP}${group('unit', w('day', 'week', 'month', 'year', 'weekend'))}${SP}${group('rel', w('before last', 'after next'))}${END}(?!${SP}[A-Za-z])`,
    normalize: 'shift',
    priority: 2,
    examples: [
      { text: 'Prices fell the week before last.', reference: '2013-03-13', extent: 'the week before last', value: '2013-W09', type: 'DATE' },
      { text: 'The vote is due the month after next.', reference: '2013-03-13', extent: 'the month after next', value: '2013-05', type: 'DATE' },
    ],
  },
  {
    id: 'trading-day',
    // Market reports: "to end the day at 7,114", "late in the day", "the start of the day" are the
    // trading day the story reports, not a figure of speech.
    pattern: `${START}(?:${group('mod', w('late in', 'early in', 'the start of', 'the beginning of', 'the close of'))}${SP}${w('the day')}${END}(?![-'’]|${SP}${w('of')})|` +
      `(?<=${w('for', 'end', 'ends', 'ended', 'ending', 'finish', 'finished', 'finishing', 'closed', 'closing', 'started', 'opened', 'began')}${SP})${w('the day')}${END}(?![-'’]|${SP}${w('before', 'after', 'of', 'when', 'that', 'he', 'she', 'they', 'it')}))`,
    normalize: 'shift',
    params: { unit: 'day', anchor: 'narrative' },
    priority: 2,
    examples: [
      { text: 'The Dow fell 3.4 %, or 251 points, to end the day at 7,114.', reference: '2009-02-23', extent: 'the day', value: '2009-02-23', type: 'DATE' },
      { text: 'For the day, the Nikkei closed down 6.4 percent.', reference: '2008-10-27', extent: 'the day', value: '2008-10-27', type: 'DATE' },
      { text: 'On Friday the Dow rebounded late in the day after falling 250 points.', reference: '2007-08-11', extent: 'late in the day', value: '2007-08-10', type: 'DATE', mod: 'END' },
      { text: 'Following a large fall at the start of the day, the Dow recovered.', reference: '2008-10-10', extent: 'the start of the day', value: '2008-10-10', type: 'DATE', mod: 'START' },
    ],
  },
  {
    id: 'narrative-day',
    pattern: `${START}${optional(`${group('mod', w('earlier', 'later'))}${SP}`)}${group('rel', w('the day before', 'the day after', 'the next day', 'the previous day', 'the following day', 'that day', 'the same day', 'that same day', 'the next morning', 'the following morning', 'the night before', 'the previous night', 'the day before yesterday', 'the day after tomorrow'))}${END}(?!(?<=${w('before', 'after')})${eventAfterSignal})`,
    normalize: 'shift',
    params: { unit: 'day', anchor: 'narrative' },
    priority: 2,
    examples: [
      { text: 'On March 3, 2015, they met. The day after, they parted.', reference: '2017-07-04', extent: 'The day after', value: '2015-03-04', type: 'DATE' },
      { text: 'He left the day before and never came back.', reference: '2017-07-04', extent: 'the day before', value: '2017-07-03', type: 'DATE' },
    ],
  },
  {
    id: 'ordinal-day-of-event',
    // "the second day of an offensive": a day or week counted within an event. The clause may go on to name the day
    // the count reaches ("The first day of the trial was Monday"); else the day is the one just named ("On 21 July, the
    // fifth day of the rebellion"), or the story's own in the present tense ("It is the second day of an offensive");
    // otherwise it is unknown (the event's start is not known).
    pattern: `${countedDay('first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'final', 'last')}(?=${SP}${w('of')}${SP})`,
    normalize: 'shift',
    params: { anchor: 'narrative', takesDayNamedAfter: true, anchorWithin: EVENT_DAY_WITHIN, referenceUntilMoved: true },
    examples: [
      { text: 'On 21 July 1936, the fifth day of the rebellion, the rebels took the city.', reference: '2017-07-04', extent: 'the fifth day', value: '1936-07-21', type: 'DATE' },
      { text: 'The first day of the trial was Monday.', reference: '2013-03-13', extent: 'The first day', value: '2013-03-11', type: 'DATE' },
      { text: 'It is the second day of an offensive by the army.', reference: '1998-03-06', extent: 'the second day', value: '1998-03-06', type: 'DATE' },
      { text: 'The war began in 1914. On the last day of the war, 3,000 men died.', reference: '2009-12-19', extent: 'the last day', value: 'XXXX-XX-XX', type: 'DATE' },
      { text: 'Iraq invaded Iran in September 1980. Its air force struck on the first day of the war.', reference: '2009-12-19', extent: 'the first day', value: 'XXXX-XX-XX', type: 'DATE' },
    ],
  },
  {
    id: 'ordinal-day-in-a-row',
    // "for a fourth week in a row", "entered their second day": a count that reaches the day the story is at.
    pattern: `${countedDay('first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'final')}(?!${SP}${w('of')}${SP})`,
    normalize: 'shift',
    params: { anchor: 'narrative', takesDayNamedAfter: true },
    examples: [
      { text: 'The talks entered their second day on Tuesday.', reference: '2013-03-13', extent: 'second day', value: '2013-03-12', type: 'DATE' },
      { text: 'US stocks log gains for fourth week in a row', reference: '2009-04-04', extent: 'fourth week', value: '2009-W14', type: 'DATE' },
    ],
  },
  {
    id: 'event-anchored-day',
    // "the day after the vote": counted from the event, whose day is the one the story has just named, if it has named
    // one; otherwise it is unknown, and so is "the day" (never the day after the reference).
    pattern: `${START}${w('the day')}(?=${SP}${group('rel', w('before', 'after'))}${eventAfterSignal})`,
    normalize: 'shift',
    params: { unit: 'day', anchor: 'narrative', anchorWithin: EVENT_DAY_WITHIN },
    priority: 2,
    examples: [
      { text: 'The vote was held on Monday. Protests began the day after the vote.', reference: '2017-07-04', extent: 'the day', value: '2017-07-04', type: 'DATE' },
      { text: 'Officials met the day before Kopp was seen.', reference: '1998-11-05', extent: 'the day', value: 'XXXX-XX-XX', type: 'DATE' },
      { text: 'Stores reopened the day after the election.', reference: '2013-03-13', extent: 'the day', value: 'XXXX-XX-XX', type: 'DATE' },
    ],
  },
  {
    id: 'event-anchored-unit',
    // "the week before the election": a week counted from an event, known only when the story has just named its time.
    pattern: `${START}${w('the')}${SP}${group('unit', w('week', 'weekend', 'month', 'year'))}(?=${SP}${group('rel', w('before', 'after'))}${eventAfterSignal})`,
    normalize: 'shift',
    params: { anchor: 'narrative', anchorWithin: EVENT_DAY_WITHIN },
    priority: 2,
    examples: [
      { text: 'Polls tightened the week before the election.', reference: '2013-03-13', extent: 'the week', value: 'XXXX-WXX', type: 'DATE' },
      { text: 'Crowds gathered the weekend before the vote.', reference: '2013-03-13', extent: 'the weekend', value: 'XXXX-WXX-WE', type: 'DATE' },
      { text: 'The war began in 1914. In the year before the war, trade boomed.', reference: '2009-12-19', extent: 'the year', value: '1913', type: 'DATE' },
    ],
  },
  {
    id: 'event-anchored-weekday',
    // "the Saturday after the election": the nearest Saturday to the story would be a wrong date; the weekday is all
    // the text says. ("the Saturday after Thanksgiving" is counted from the holiday: holiday-offset.)
    pattern: `${START}${w('the')}${SP}${weekday()}(?=${SP}${w('before', 'after')}${eventAfterSignal})`,
    normalize: 'calendar',
    params: { weekdayOnly: true },
    priority: 2,
    examples: [
      { text: 'Protesters returned the Saturday after the election.', reference: '2013-03-13', extent: 'the Saturday', value: 'XXXX-WXX-6', type: 'DATE' },
    ],
  },
  {
    id: 'ordinal-unit-of-event',
    // "the last month of World War II": the last month of an event, a month-long span, not a calendar month and not the
    // month before the story's (TimeBank: "the first hours of the ground war" DURATION; WikiWars P1M, P1Y). "The first
    // year of the war" is left untagged as before (no rule misreads it): tagging "the first year" alone, as TimeML would,
    // turns a WikiWars miss into a partial extent (its gold takes the event in).
    pattern: `${START}${w('the')}${SP}${w('last', 'final', 'closing')}${SP}${group('unit', w('week', 'month', 'year'))}(?=${ofAnEvent})`,
    normalize: 'duration',
    priority: 3,
    examples: [
      { text: 'In the last month of World War II in East Asia, Soviet forces attacked.', reference: '2009-12-19', extent: 'the last month', value: 'P1M', type: 'DURATION' },
      { text: 'During the final year of the war, the party split.', reference: '2009-12-19', extent: 'the final year', value: 'P1Y', type: 'DURATION' },
    ],
  },
  {
    id: 'event-anchored-day-apposition',
    pattern: `${afterNamedDay}${w('the day')}(?=${SP}${w('before', 'after')}${eventAfterSignal})`,
    normalize: 'shift',
    params: { unit: 'day', anchor: 'narrative' },
    priority: 3,
    examples: [
      { text: 'Shares fell Oct. 12, the day before the stock market plunge.', reference: '1989-11-02', extent: 'the day', value: '1989-10-12', type: 'DATE' },
      { text: 'They voted on Friday, the day after the debate.', reference: '2017-07-04', extent: 'the day', value: '2017-06-30', type: 'DATE' },
      { text: 'On 8 October 1950, the day after the crossing, the order came.', reference: '2017-07-04', extent: 'the day', value: '1950-10-08', type: 'DATE' },
      { text: 'On Oct. 12, 1989, the day before the plunge, shares fell.', reference: '2017-07-04', extent: 'the day', value: '1989-10-12', type: 'DATE' },
    ],
  },
  {
    id: 'year-ago-period',
    pattern: `${START}(?:${optional(`${w('the')}${SP}${optional(`${w('comparable', 'corresponding')}${SP}`)}`)}${yearAgo('rel')}${SP}${group('unit', w('quarter', 'period', 'month', 'nine months', 'six months', 'year', 'third quarter', 'fourth quarter', 'second quarter', 'first quarter'))}|${yearAgo('relAdjective')})${END}`,
    normalize: 'yearAgoPeriod',
    examples: [
      { text: 'Profit rose in the third quarter from the year-earlier quarter.', reference: '1989-10-26', extent: 'the year-earlier quarter', value: '1988-Q3', type: 'DATE' },
    ],
  },
];
