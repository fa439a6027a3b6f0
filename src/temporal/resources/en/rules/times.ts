/** Days and times of day: "Tuesday morning", "3 p.m. Wednesday", "tonight", "last Friday". */
import type { Rule } from '../../../rule-types.js';
import { clockHourWords, dayWords, movableFeastWords } from '../vocabulary.js';
import {
  END, OSP, SP, START, anyOf, clockTime, dayAndMonthEitherOrder, dayOfMonth, dayOfMonthDigits, fullYear, group, month, monthRelation, monthWord, optional, partOfDay, prefixModifier,
  prefixModifierBeforeWeekday, w, weekday, year,
} from '../pieces.js';

const mod = optional(prefixModifier());
const dayWord = group('dayWord', w(...Object.keys(dayWords)));
const relWeekday = optional(`${group('rel', w('last', 'next', 'this', 'this past', 'this coming', 'that', 'the following', 'the previous', 'the same'))}${SP}`);

/**
 * "5:34 a.m. local time on March 20, 2003", "at 08:00 on 3 May 2012": the clock time takes its day from a full date after it,
 * and the date is tagged on its own (WikiWars tags the two apart; a day without a year, "5 p.m. EST, Nov. 6", "14:32 local
 * time on 19 March", stays in the time as TimeBank has it).
 */
const onAFullDate =
  `(?=,?${SP}(?:${w('on')}${SP})?${dayAndMonthEitherOrder('clockDay', 'clockMonth')}` +
  `(?<=${monthWord()}|${dayOfMonthDigits})(?:(?<=[0-9]|st|nd|rd|th)${OSP},|(?<=[A-Za-z.])${OSP},?)${OSP}${year('clockYear')})`;

/** Names that begin with a feast's name: "Easter Island", "the Easter Rising", "the Good Friday Agreement", "Easter eggs". */
const feastInAName = `(?!${SP}${w('island', 'islanders', 'rising', 'uprising', 'offensive', 'agreement', 'accord', 'accords', 'peace', 'egg', 'eggs', 'bunny', 'parade', 'lily', 'lilies', 'basket', 'baskets', 'bonnet')}(?![A-Za-z]))`;

/**
 * Dawn as a time of day, with the day it falls on if named ("at daybreak Sunday"). Only after a preposition of time:
 * "the dawn of a new era" is no time of day.
 */
const twilight = (...words: string[]): string =>
  `(?<=(?<![A-Za-z])${w('at', 'before', 'after', 'by', 'until', 'till', 'since', 'from', 'around', 'near', 'towards', 'toward')}${SP})${group('twilight', w(...words))}` +
  `${optional(`${SP}(?:${w('on')}${SP})?(?:${weekday()}|${dayWord})`)}${END}(?![-'’]|${SP}${w('of')}${END})`;

/** The end of a clock range, read here only to find the day after it (its own groups are clock-time's). */
const rangeEndClock = `(?:(?:[01]?[0-9]|2[0-3])(?:[:.][0-5][0-9])?${OSP}[aApP](?:\\.[ ]?[mM]\\b\\.?|[ ]?[mM]\\b)|${w('noon', 'midnight', 'midday')})`;

export const timeRules: readonly Rule[] = [
  {
    id: 'movable-feast',
    // "after Easter", "on Good Friday", "last Easter", "Easter 2012": days the Gregorian computus dates (calendar.ts).
    pattern: `${START}${optional(`${monthRelation()}${SP}`)}${group('feast', anyOf(Object.keys(movableFeastWords)))}${optional(`${SP}${year()}`)}${END}${feastInAName}`,
    normalize: 'namedDay',
    examples: [
      { text: 'Talks will resume after Easter.', reference: '2013-03-13', extent: 'Easter', value: '2013-03-31', type: 'DATE' },
      { text: 'The shops were shut on Good Friday.', reference: '2013-04-10', extent: 'Good Friday', value: '2013-03-29', type: 'DATE' },
      { text: 'Traffic was heavy on Easter Monday.', reference: '2014-05-02', extent: 'Easter Monday', value: '2014-04-21', type: 'DATE' },
      { text: 'Crowds were smaller last Easter.', reference: '2013-03-13', extent: 'last Easter', value: '2012-04-08', type: 'DATE' },
      { text: 'Protesters prayed as Easter week began.', reference: '2000-04-17', extent: 'Easter week', value: '2000-W16', type: 'DATE' },
    ],
  },
  {
    id: 'weekday',
    pattern: `${START}${optional(prefixModifierBeforeWeekday())}${relWeekday}${weekday()}${optional(`${SP}${partOfDay()}`)}${END}`,
    normalize: 'calendar',
    examples: [
      { text: 'Police raided the house in the early hours of Sunday.', reference: '2013-03-13', extent: 'the early hours of Sunday', value: '2013-03-10', type: 'DATE', mod: 'START' },
      { text: 'The U.S. Central Command said Tuesday that fighters advanced.', reference: '2017-07-04', extent: 'Tuesday', value: '2017-07-04', type: 'DATE' },
      { text: 'On Sunday its fighters entered the city.', reference: '2017-07-04', extent: 'Sunday', value: '2017-07-02', type: 'DATE' },
      { text: 'The talks will resume Friday.', reference: '2017-07-04', extent: 'Friday', value: '2017-07-07', type: 'DATE' },
      { text: 'Officials met Tuesday morning.', reference: '2017-07-04', extent: 'Tuesday morning', value: '2017-07-04TMO', type: 'TIME' },
      { text: 'He was killed late on Friday.', reference: '2013-03-13', extent: 'late on Friday', value: '2013-03-08', type: 'DATE', mod: 'END' },
      { text: 'He left last Friday.', reference: '2017-07-04', extent: 'last Friday', value: '2017-06-30', type: 'DATE' },
      { text: 'It happened on Sunday.', extent: 'Sunday', value: 'XXXX-WXX-7', type: 'DATE' },
    ],
  },
  {
    id: 'relative-day',
    // "earlier today" is tagged whole (MEANTIME); "later today" leaves "later" out (TimeBank).
    pattern: `${START}${mod}${optional(`${w('earlier')}${SP}(?=${w('today')})`)}${dayWord}${optional(`${SP}${partOfDay()}`)}${END}`,
    normalize: 'calendar',
    examples: [
      { text: 'yesterday', reference: '2017-07-04', value: '2017-07-03', type: 'DATE' },
      { text: 'The Dow was up, a slight increase from earlier today.', reference: '2008-09-17', extent: 'earlier today', value: '2008-09-17', type: 'DATE' },
      { text: 'tonight', reference: '2017-07-04', value: '2017-07-04TNI', type: 'TIME' },
      { text: 'tomorrow morning', reference: '2017-07-04', value: '2017-07-05TMO', type: 'TIME' },
      { text: 'tmr is an Equinox day.', reference: '2013-03-20', extent: 'tmr', value: '2013-03-21', type: 'DATE' },
      { text: 'today', reference: '2017-07-04', value: '2017-07-04', type: 'DATE' },
    ],
  },
  {
    id: 'part-of-day-relative',
    pattern: `${START}${mod}${group('rel', w('this', 'last', 'early this', 'late last', 'late this', 'that', 'the same', 'the following', 'the next', 'the previous'))}${SP}${partOfDay()}${END}`,
    normalize: 'calendar',
    examples: [
      { text: 'this morning', reference: '2017-07-04', value: '2017-07-04TMO', type: 'TIME' },
      { text: 'last night', reference: '2017-07-04', value: '2017-07-03TNI', type: 'TIME' },
      { text: 'They met on March 3, 2015. That night the talks failed.', reference: '2017-07-04', extent: 'That night', value: '2015-03-03TNI', type: 'TIME' },
    ],
  },
  {
    id: 'part-of-day-narrative',
    // "Dealers placed buy orders in the morning": the morning of the day the story is at.
    pattern: `${START}${group('rel', w('the'))}${SP}${group('pod', w('morning', 'afternoon', 'evening'))}${END}(?![-'’])`,
    normalize: 'calendar',
    priority: -1,
    examples: [
      { text: 'Hopes were dashed Friday. Dealers placed buy orders in the morning.', reference: '1989-10-30', extent: 'the morning', value: '1989-10-27TMO', type: 'TIME' },
    ],
  },
  {
    id: 'rush-hour',
    // "the evening rush hour" is a time of the story's day named by its head noun, so the whole noun phrase is the expression
    // (TimeML takes the full phrase a temporal noun heads), read as its part of the day.
    pattern: `${START}${optional(`${group('rel', w('the', 'this', 'that'))}${SP}`)}${group('pod', w('morning', 'evening'))}${SP}${w('rush hour', 'rush-hour')}${optional(`,?${SP}(?:${w('on')}${SP})?(?:${weekday()}|${dayWord})`)}${END}(?![-'’])`,
    normalize: 'calendar',
    examples: [
      { text: 'A crash snarled the evening rush hour.', reference: '2013-03-13', extent: 'the evening rush hour', value: '2013-03-13TEV', type: 'TIME' },
      { text: 'The bomb went off during the morning rush hour on Tuesday.', reference: '2013-03-13', extent: 'the morning rush hour on Tuesday', value: '2013-03-12TMO', type: 'TIME' },
    ],
  },
  {
    id: 'part-of-day-bare',
    // "rose in morning trading", "Minestrone soup on a rainy afternoon": the part of the day the story
    // is at. Greetings ("Good evening from Havana") and programme or paper names are not (TimeBank).
    pattern: `${START}(?<!${w('good', 'gd', 'goood', 'a', 'the', 'per', 'christmas')}${SP})${group('pod', w('morning', 'afternoon', 'evening', 'night'))}${END}(?![-'’]|${SP}${w('hours', 'show', 'talk', 'news', 'paper', 'edition', 'star', 'of', 'live', 'stand')}${END})`,
    normalize: 'calendar',
    priority: -2,
    examples: [
      { text: 'Ford said on Tuesday that its stock rose in morning trading.', reference: '2010-03-03', extent: 'morning', value: '2010-03-02TMO', type: 'TIME' },
    ],
  },
  {
    id: 'part-of-day-generic',
    // "They travelled at night", "night raids": any night, not one of the story's.
    pattern: `${START}(?<=${w('at', 'by')}${SP})${w('night')}${END}(?![-'’])|${START}${w('night')}(?=[ -]${w('attacks', 'attack', 'raids', 'raid', 'fighting', 'time', 'marched')})`,
    normalize: 'fixed',
    params: { value: 'XXXX-XX-XXTNI', type: 'TIME', granularity: 'partOfDay' },
    priority: -1,
    examples: [
      { text: 'They travelled at night so they might not be discovered.', extent: 'night', value: 'XXXX-XX-XXTNI', type: 'TIME' },
      { text: 'The rebels specialized in ambushes and night raids.', extent: 'night', value: 'XXXX-XX-XXTNI', type: 'TIME' },
    ],
  },
  {
    id: 'part-of-day-modified',
    // "by mid-afternoon", "mid-afternoon yesterday": a part of the day the story is at.
    pattern: `${START}${group('mod', w('mid', 'early', 'late'))}(?:${SP}|-)${partOfDay()}${optional(`${SP}${dayWord}`)}${END}(?![-'’]|${SP}${w('hours', 'of')})`,
    normalize: 'calendar',
    priority: -1,
    examples: [
      { text: 'By mid afternoon, sources said', reference: '1998-03-06', extent: 'mid afternoon', value: '1998-03-06TAF', type: 'TIME', mod: 'MID' },
      { text: 'by mid-afternoon yesterday', reference: '1989-11-02', extent: 'mid-afternoon yesterday', value: '1989-11-01TAF', type: 'TIME', mod: 'MID' },
    ],
  },
  {
    id: 'overnight',
    pattern: `${START}${group('pod', w('overnight'))}${END}`,
    normalize: 'calendar',
    // News reports what happened overnight: the night before the day the story is at (the reference day by default).
    params: { dayOffset: -1 },
    examples: [
      { text: 'Prices fell overnight.', reference: '2017-07-04', extent: 'overnight', value: '2017-07-03TNI', type: 'TIME' },
      { text: 'London shares closed lower Friday, depressed by overnight losses in New York.', reference: '1989-10-30', extent: 'overnight', value: '1989-10-26TNI', type: 'TIME' },
    ],
  },
  {
    id: 'through-the-night',
    // "Rescuers worked through the night": the night just gone, as a bare "overnight" is. Only after "through": "the night" is
    // left out elsewhere ("the night of the long knives", "a night of violence").
    pattern: `(?<=(?<![A-Za-z])${w('through', 'throughout', 'all through')}${SP})${w('the')}${SP}${group('pod', w('night'))}${END}(?![-'’]|${SP}${w('of', 'before', 'after')}${END})`,
    normalize: 'calendar',
    params: { dayOffset: -1 },
    examples: [
      { text: 'Rescuers worked through the night.', reference: '2013-03-13', extent: 'the night', value: '2013-03-12TNI', type: 'TIME' },
    ],
  },
  {
    id: 'early-hours',
    // "The storm hit in the early hours": the start of the day the story is at, as "the early hours of Sunday" is Sunday's
    // (a time of day, not a count of hours). "the early hours of" + a day is read by the weekday and date rules.
    pattern: `${START}${w('the')}${SP}${w('early', 'small', 'wee')}${SP}${w('hours')}${END}(?![-'’]|${SP}${w('of')}${END})`,
    normalize: 'shift',
    params: { unit: 'day', mod: 'START', anchor: 'narrative' },
    examples: [
      { text: 'The storm hit in the early hours.', reference: '2013-03-13', extent: 'the early hours', value: '2013-03-13', type: 'DATE', mod: 'START' },
    ],
  },
  {
    id: 'early-morning-hours',
    // "in the early morning hours of Sunday", AP's "the early morning hours Sunday": the morning of that day, one TIME
    // (WikiWars: "the early morning hours of 30 April" 1975-04-30TMO, 2 of 2 whole).
    pattern: `${START}${optional(`${w('the')}${SP}`)}${w('early')}[- ]${group('pod', w('morning'))}${SP}${w('hours')}` +
      `${optional(`${SP}(?:${w('of')}${SP})?(?:${weekday()}|${dayWord}|${optional(`${dayOfMonth('dayOrd')}${SP}`)}${month()}${optional(`${SP}${dayOfMonth()}`)})${optional(`,?${SP}${year()}`)}`)}${END}(?![-'’])`,
    normalize: 'calendar',
    examples: [
      { text: 'In the early morning hours of 30 April, the last Marines left.', reference: '2009-12-19', extent: 'the early morning hours of 30 April', value: '2009-04-30TMO', type: 'TIME' },
      { text: 'In the early morning hours of November 1, 1954, rebels attacked.', reference: '2009-12-19', extent: 'the early morning hours of November 1, 1954', value: '1954-11-01TMO', type: 'TIME' },
      { text: 'The fire broke out in the early morning hours Sunday.', reference: '2013-03-13', extent: 'the early morning hours Sunday', value: '2013-03-10TMO', type: 'TIME' },
      { text: 'The fire broke out in the early morning hours.', reference: '2013-03-13', extent: 'the early morning hours', value: '2013-03-13TMO', type: 'TIME' },
    ],
  },
  {
    id: 'twilight-morning',
    // "at dawn", "just before daybreak": TIDES reads dawn as early morning. Not dusk or sunset: WikiWars leaves "at sunset"
    // untagged (1 of 1) and the tweets gold dates "sunset" as a day, so the dev gold gives no reading to follow.
    pattern: twilight('dawn', 'daybreak', 'sunrise'),
    normalize: 'calendar',
    params: { partOfDay: 'MO' },
    examples: [
      { text: 'The attack happened at dawn.', reference: '2013-03-13', extent: 'dawn', value: '2013-03-13TMO', type: 'TIME' },
      { text: 'Troops moved in at daybreak Sunday.', reference: '2013-03-13', extent: 'daybreak Sunday', value: '2013-03-10TMO', type: 'TIME' },
    ],
  },
  {
    id: 'twilight-midday',
    // "at lunchtime", "by lunchtime Friday": the middle of the day, TIDES's part of the day MI (a meal, not a clock reading:
    // TimeBank's one "at midday" is T12:00, but lunch has no hour). Only after a preposition, as dawn is: "a lunchtime
    // concert" and "lunchtime trading" name a kind of thing. No dev-gold case (the tweets' "#lunch time" is untagged).
    pattern: twilight('lunchtime'),
    normalize: 'calendar',
    params: { partOfDay: 'MI' },
    examples: [
      { text: 'Crowds gathered at lunchtime.', reference: '2013-03-13', extent: 'lunchtime', value: '2013-03-13TMI', type: 'TIME' },
      { text: 'The talks must end by lunchtime Friday.', reference: '2013-03-13', extent: 'lunchtime Friday', value: '2013-03-15TMI', type: 'TIME' },
    ],
  },
  {
    id: 'midweek',
    // "by midweek": the middle of the story's week (TimeML: the week, mod MID), as "mid-March" is March's.
    pattern: `${START}${w('midweek', 'mid-week')}${END}(?![-'’])`,
    normalize: 'shift',
    params: { unit: 'week', mod: 'MID' },
    examples: [
      { text: 'Temperatures should rise by midweek.', reference: '2013-03-13', extent: 'midweek', value: '2013-W11', type: 'DATE', mod: 'MID' },
    ],
  },
  {
    id: 'clock-hour-opening-range',
    // "between 2 and 3 a.m. Sunday": the first hour takes the half of the day and the day from the second ("between 11 and 1
    // p.m." opens before noon). The second end is read by clock-time.
    pattern: `(?<=(?<![A-Za-z])${w('between', 'from')}${SP})${group('hour', '1[0-2]|0?[1-9]')}(?::${group('minute', '[0-5][0-9]')})?` +
      `(?=${SP}${w('and', 'to')}${SP}${group('rangeEndHour', '1[0-2]|0?[1-9]')}(?::[0-5][0-9])?${OSP}${group('ampm', '[aApP](?:\\.[ ]?[mM]\\b\\.?|[ ]?[mM]\\b)')}${optional(`${SP}(?:${w('on')}${SP})?(?:${weekday()}|${dayWord})${END}`)})`,
    normalize: 'calendar',
    examples: [
      { text: 'The shooting happened between 2 and 3 a.m. Sunday.', reference: '2013-03-13', extent: '2', value: '2013-03-10T02:00', type: 'TIME' },
      { text: 'The road will be closed from 9 to 11 p.m. Friday.', reference: '2013-03-13', extent: '9', value: '2013-03-15T21:00', type: 'TIME' },
      { text: 'Voting was heavy between 11 and 1 p.m.', reference: '2013-03-13', extent: '11', value: '2013-03-13T11:00', type: 'TIME' },
    ],
  },
  {
    id: 'clock-time-opening-range',
    // "from 7 a.m. to 8 p.m. Sunday", "between 8 a.m. and 6 p.m. on Thursday": the range's day is said once, after its end;
    // the opening time takes it too (as clock-hour-opening-range does for a bare hour). The end is read by clock-time.
    pattern: `(?<=(?<![A-Za-z])${w('between', 'from')}${SP})${clockTime()}` +
      `(?=${SP}${w('and', 'to', 'until', 'till', 'through')}${SP}${rangeEndClock}${optional(`${SP}${w('local time')}`)},?${SP}(?:${w('on')}${SP})?(?:${weekday()}|${dayWord})${END})`,
    normalize: 'calendar',
    priority: 1,
    examples: [
      { text: 'Polls will be open from 7 a.m. to 8 p.m. Sunday.', reference: '2013-03-13', extent: '7 a.m.', value: '2013-03-17T07:00', type: 'TIME' },
      { text: 'Voting ran between 8 a.m. and 6 p.m. on Tuesday.', reference: '2013-03-13', extent: '8 a.m.', value: '2013-03-12T08:00', type: 'TIME' },
    ],
  },
  {
    id: 'overnight-weekday',
    // AP's "overnight Saturday" is the night of that day, read as the weekday is ("Saturday night"), not the night
    // before the story's day that a bare "overnight" is.
    pattern: `${START}${group('pod', w('overnight'))}${SP}${weekday()}${END}`,
    normalize: 'calendar',
    examples: [
      { text: 'The bridge collapsed overnight Saturday.', reference: '2013-03-13', extent: 'overnight Saturday', value: '2013-03-09TNI', type: 'TIME' },
      { text: 'More rain is expected overnight Friday.', reference: '2013-03-13', extent: 'overnight Friday', value: '2013-03-15TNI', type: 'TIME' },
    ],
  },
  {
    id: 'clock-hour-part-of-day',
    // "at 4 in the morning", "by 10 at night": an hour the part of the day puts before or after noon.
    pattern: `(?<=(?<![A-Za-z])${w('at', 'by', 'until', 'till', 'before', 'after', 'around', 'about')}${SP})${optional(`${group('qmod', w('about', 'around', 'approximately'))}${SP}`)}${group('hour', '1[0-2]|0?[1-9]')}(?::${group('minute', '[0-5][0-9]')}|${optional(`${SP}${w("o'clock")}`)})${SP}(?:${w('in the')}${SP}${group('pod', w('morning', 'afternoon', 'evening'))}|${group('atNight', w('at night'))})${END}`,
    normalize: 'calendar',
    examples: [
      { text: 'The father will leave at 4 in the morning.', reference: '2000-04-05', extent: '4 in the morning', value: '2000-04-05T04:00', type: 'TIME' },
      { text: 'The curfew starts at 10 at night.', reference: '2000-04-05', extent: '10 at night', value: '2000-04-05T22:00', type: 'TIME' },
      { text: 'The driver fell asleep at about 3:45 in the morning.', reference: '2013-03-13', extent: 'about 3:45 in the morning', value: '2013-03-13T03:45', type: 'TIME', mod: 'APPROX' },
      { text: 'The call came at 11:20 at night.', reference: '2013-03-13', extent: '11:20 at night', value: '2013-03-13T23:20', type: 'TIME' },
    ],
  },
  {
    id: 'clock-hour-oclock',
    // TIDES §3.1: "at twelve o'clock" is a clock time; without a part of the day the hour is read as said.
    pattern: `${START}${optional(`${group('qmod', w('about', 'around', 'approximately'))}${SP}`)}${group('oclock', `1[0-2]|0?[1-9]|${w(...clockHourWords)}`)}${SP}${w("o'clock")}${optional(`${SP}(?:${w('in the')}${SP}${group('pod', w('morning', 'afternoon', 'evening'))}|${group('atNight', w('at night'))})`)}${END}`,
    normalize: 'calendar',
    examples: [
      { text: "The meeting began at twelve o'clock.", reference: '2017-07-04', extent: "twelve o'clock", value: '2017-07-04T12:00', type: 'TIME' },
      { text: "He woke at five o'clock in the morning.", reference: '2017-07-04', extent: "five o'clock in the morning", value: '2017-07-04T05:00', type: 'TIME' },
      { text: "The shops close at 6 o'clock.", reference: '2017-07-04', extent: "6 o'clock", value: '2017-07-04T06:00', type: 'TIME' },
    ],
  },
  {
    id: 'clock-fraction-of-hour',
    // TIDES §3.1 reads the spoken clock as a clock time: "half past ten" 10:30, "a quarter to eight" 7:45, the hour as said
    // unless a part of the day tells. Not an amount: "cut by a quarter to 10 percent", "from a quarter to one-third".
    pattern: `${START}${optional(`${group('qmod', w('about', 'around', 'approximately', 'just after', 'just before'))}${SP}`)}` +
      `${group('clockFraction', w('half past', 'half after', 'a quarter past', 'quarter past', 'a quarter after', 'a quarter to', 'quarter to', 'a quarter till', 'quarter till'))}${SP}` +
      `${group('oclock', `1[0-2]|0?[1-9]|${w(...clockHourWords)}`)}${optional(`${SP}${w("o'clock")}`)}` +
      `${optional(`${SP}(?:${w('in the')}${SP}${group('pod', w('morning', 'afternoon', 'evening'))}|${group('atNight', w('at night'))})`)}${END}` +
      `(?![-/%]|${OSP}${w('percent', 'per', 'million', 'billion', 'trillion', 'points', 'point', 'cents', 'dollars', 'of')}${END}|${SP}[a-z]*(?:year|month|week|day|hour|minute)s?${END})`,
    normalize: 'calendar',
    priority: 1,
    examples: [
      { text: 'He arrived at half past ten.', reference: '2013-03-13', extent: 'half past ten', value: '2013-03-13T10:30', type: 'TIME' },
      { text: 'The ferry left at a quarter past nine.', reference: '2013-03-13', extent: 'a quarter past nine', value: '2013-03-13T09:15', type: 'TIME' },
      { text: 'The bell rang at a quarter to eight in the evening.', reference: '2013-03-13', extent: 'a quarter to eight in the evening', value: '2013-03-13T19:45', type: 'TIME' },
    ],
  },
  {
    id: 'clock-iso-timestamp',
    // "2013-03-20T14:32Z": a web page's machine time stamp, copied into the text; Z (or no zone) as TimeML writes it.
    pattern: `${START}${fullYear()}-${group('monthNumber', '0[1-9]|1[0-2]')}-${group('day', '0[1-9]|[12][0-9]|3[01]')}T${group('hour24', '[01][0-9]|2[0-3]')}:${group('minute24', '[0-5][0-9]')}(?::[0-5][0-9](?:\\.[0-9]{1,6})?)?${optional(group('zone', 'Z'))}${END}`,
    normalize: 'calendar',
    examples: [{ text: 'The post went up at 2013-03-20T14:32Z.', reference: '2013-03-20', extent: '2013-03-20T14:32Z', value: '2013-03-20T14:32Z', type: 'TIME' }],
  },
  {
    id: 'clock-time',
    pattern:
      // A second zone's time after a slash is a clock time of its own: "noon ET/9 a.m. PT".
      `(?:${START}|(?<=(?<![A-Za-z])(?:[ECMP][SD]?T|GMT|UTC)/))${optional(`${group('qmod', w('about', 'around', 'approximately', 'shortly after', 'shortly before', 'just after', 'just before'))}${SP}`)}${clockTime()}` +
      // The lookahead is an alternative of its own, not inside an optional group: a `?` group that matches nothing is dropped.
      `(?:,?${SP}(?:${w('on')}${SP})?(?:${weekday()}|${dayWord}|${dayAndMonthEitherOrder()}(?!${OSP},?${OSP}[0-9]))|${onAFullDate}|)${END}`,
    normalize: 'calendar',
    examples: [
      { text: 'The attack began at 5:34 a.m. local time on March 20, 2003.', reference: '2009-12-19', extent: '5:34 a.m. local time', value: '2003-03-20T05:34', type: 'TIME' },
      { text: 'The polls close at 3 p.m. Wednesday.', reference: '2017-07-04', extent: '3 p.m. Wednesday', value: '2017-07-05T15:00', type: 'TIME' },
      { text: 'The offer expires at midnight Friday.', reference: '2013-03-13', extent: 'midnight Friday', value: '2013-03-15T24:00', type: 'TIME' },
      { text: 'The ceasefire will take effect at midnight.', reference: '2013-03-13', extent: 'midnight', value: '2013-03-13T24:00', type: 'TIME' },
      { text: 'The curfew began at midnight.', reference: '2013-03-13', extent: 'midnight', value: '2013-03-13T00:00', type: 'TIME' },
      { text: 'The quake struck at 3:30 p.m. local time (1930 GMT) on Tuesday.', reference: '2013-03-13', extent: '1930 GMT', value: '2013-03-12T19:30Z', type: 'TIME' },
      { text: '10:35 a.m.', reference: '1998-08-07', value: '1998-08-07T10:35', type: 'TIME' },
      { text: 'noon Thursday', reference: '1998-02-13', value: '1998-02-12T12:00', type: 'TIME' },
      { text: '5 p.m. EST Nov. 9', reference: '1989-11-02', value: '1989-11-09T17:00', type: 'TIME' },
      { text: 'The market opens at 10 a.m. Eastern.', reference: '2013-03-13', extent: '10 a.m. Eastern', value: '2013-03-13T10:00', type: 'TIME' },
      { text: 'The vote closes at noon Pacific time on Friday.', reference: '2013-03-13', extent: 'noon Pacific time on Friday', value: '2013-03-15T12:00', type: 'TIME' },
      { text: 'Fans gathered at 3 p.m. Central Park time.', reference: '2013-03-13', extent: '3 p.m.', value: '2013-03-13T15:00', type: 'TIME' },
      { text: 'The talks ended at 1400 GMT.', reference: '2013-03-22', extent: '1400 GMT', value: '2013-03-22T14:00Z', type: 'TIME' },
      { text: 'As of 14:48 UTC, the FTSE 100 was down.', reference: '2008-10-06', extent: '14:48 UTC', value: '2008-10-06T14:48Z', type: 'TIME' },
      { text: 'They will meet Monday at 10 a.m.', reference: '2013-03-22', extent: '10 a.m.', value: '2013-03-25T10:00', type: 'TIME' },
      { text: 'Polls close at 4:30 p.m. ET.', reference: '2013-03-22', extent: '4:30 p.m. ET', value: '2013-03-22T16:30', type: 'TIME' },
      { text: 'It starts at 9 p.m. local time.', reference: '2013-03-22', extent: '9 p.m. local time', value: '2013-03-22T21:00', type: 'TIME' },
      { text: 'It opens at 10.30am daily.', reference: '2013-03-22', extent: '10.30am', value: '2013-03-22T10:30', type: 'TIME' },
      { text: 'Doors open at 8pm.', reference: '2013-03-22', extent: '8pm', value: '2013-03-22T20:00', type: 'TIME' },
      { text: 'Doors open 4pm tmr @ Vivo!', reference: '2014-04-25', extent: '4pm tmr', value: '2014-04-26T16:00', type: 'TIME' },
      { text: 'The sale starts at 12 noon.', reference: '2013-03-22', extent: '12 noon', value: '2013-03-22T12:00', type: 'TIME' },
      { text: 'The show airs at noon ET/9 a.m. PT.', reference: '2013-03-22', extent: '9 a.m. PT', value: '2013-03-22T09:00', type: 'TIME' },
    ],
  },
];
