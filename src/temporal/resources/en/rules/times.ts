/** Days and times of day: "Tuesday morning", "3 p.m. Wednesday", "tonight", "last Friday". */
import type { Rule } from '../../../rule-types.js';
import { clockHourWords, dayWords } from '../vocabulary.js';
import {
  END, OSP, SP, START, clockTime, dayOfMonth, group, month, optional, partOfDay, prefixModifier, prefixModifierBeforeWeekday, w, weekday, year,
} from '../pieces.js';

const mod = optional(prefixModifier());
const dayWord = group('dayWord', w(...Object.keys(dayWords)));
const relWeekday = optional(`${group('rel', w('last', 'next', 'this', 'this past', 'this coming', 'that', 'the following', 'the previous', 'the same'))}${SP}`);

/**
 * "5:34 a.m. local time on March 20, 2003": the clock time takes its day from a full date after it, and the date is tagged
 * on its own (WikiWars tags the two apart; a day without a year, "5 p.m. EST, Nov. 6", stays in the time as TimeBank has it).
 */
const onAFullDate = `(?=,?${SP}(?:${w('on')}${SP})?${month('clockMonth')}${SP}${dayOfMonth('clockDay')}${OSP},${OSP}${year('clockYear')})`;

export const timeRules: readonly Rule[] = [
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
    id: 'clock-time',
    pattern:
      `${START}${optional(`${group('qmod', w('about', 'around', 'approximately', 'shortly after', 'shortly before', 'just after', 'just before'))}${SP}`)}${clockTime()}` +
      // The lookahead is an alternative of its own, not inside an optional group: a `?` group that matches nothing is dropped.
      `(?:,?${SP}(?:${w('on')}${SP})?(?:${weekday()}|${dayWord}|${month()}${SP}${dayOfMonth()}(?!${OSP},${OSP}[0-9]))|${onAFullDate}|)${END}`,
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
    ],
  },
];
