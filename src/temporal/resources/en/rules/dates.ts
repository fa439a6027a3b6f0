/** Calendar dates named by their parts: "March 3, 2015", "the 1990s", "the first quarter". */
import type { Rule } from '../../../rule-types.js';
import { holidayWords } from '../vocabulary.js';
import {
  END, OSP, SP, SPH, START, START_LOOSE, WORD_CHAR, anyOf, dayOfMonth, decade, decadeInWords, eraAfterYear, eraBeforeChrist, eraYear, fullYear, hundreds, group, month, optional, ordinal, ordinalDay,
  monthRelation, number, partOfMonthModifier, prefixModifier, relationWord, season, w, weekday, weekdayBeforeDate, year,
} from '../pieces.js';

/** "nineteen ninety-six", "two thousand and one" (broadcast transcripts spell years out). */
const yearInWords = `${w('nineteen', 'twenty')}${SP}${optional(`${w('hundred')}${SP}${optional(`${w('and')}${SP}`)}`)}${w('ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety')}(?:[- ]${w('one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine')})?|${w('two thousand')}(?:${SP}${optional(`${w('and')}${SP}`)}${w('one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen')})?`;
const leadingWeekday = optional(`${weekdayBeforeDate()},?${SP}`);
const the = optional(`${w('the')}${SP}`);
const mod = optional(prefixModifier());
/** "the end of the 1990s": a modifier ending in "of" takes the expression's own "the". */
const ofThe = optional(`(?<=${w('of')}${SP})${w('the')}${SP}`);
const fiscal = optional(`${group('fiscal', w('fiscal'))}${SPH}`);
/** A second year after a slash ("2012/13") is a season's, unless a day follows as in "2013/03/13". */
const slashSeasonYear = `/[0-9]{2}(?![0-9]|[/.][0-9])`;
/** "the Spring Offensive": the season alone is the expression (date-season-of-an-offensive), not "the Spring". */
const notAnOffensive = `(?!${SP}${w('offensive', 'offensives')}${END})`;
/** "circa 1200 BC": an approximate year. ("ca. 466 BC" is read from its year: the scanner starts no expression at an abbreviation.) */
const circa = optional(`${group('qmod', w('circa'))}${SP}`);
/** What may name a part of a year before its era: "April 480 BC", "15 March 44 BC", "the spring of 480 BC". */
const partOfEraYear = optional(`${the}(?:${optional(`${dayOfMonth()}${SP}`)}${month()}(?:${SP}${dayOfMonth('dayOrd')})?|${season()})(?:,?${SP}|${SP}${w('of')}${SP})`);
/**
 * The second end of a range of named months or days may follow a dash: "August-September 1950", "14 August-24 August",
 * "December 1979-February 1980", "(March 19-April 30)"; or a slash after a month: "August/September 1956".
 */
const startOrAfterRangeDash = `(?:(?<=(?:[A-Za-z.]|[12][0-9]{3})[-–]|[A-Za-z]/)|${START})`;
/**
 * A month name may also follow a day and a dash ("March 19-April 30"), or an abbreviated month and a slash ("Feb./March");
 * a day after one is the day range's ("12-14 July").
 */
const startOrAfterRangeDashBeforeMonth = `(?:(?<=[A-Za-z.0-9][-–]|[A-Za-z.]/)|${START})`;

/**
 * "the day after", "the week before", "the week of": a day or a week counted from the date that follows, one DATE over the
 * whole phrase (TimeBank: "day before last Tuesday" 2000-02-21, "the week of March 6" 2000-W10). A count of days stays
 * apart ("Eight trading days after Oct. 12" is a DURATION and a DATE in TimeBank): only "the day" and "the week" join.
 */
const offsetFrom = `${w('the')}${SP}(?:${group('offsetUnit', w('day', 'week', 'weekend'))}|${weekday('offsetWeekday')})${SP}${group('offsetDir', w('before', 'after', 'of'))}${SP}`;

/** The month spans that name a calendar quarter, each with its first month first ("Oct.-Dec."). */
const quarterMonthRanges = [['jan', 'mar'], ['apr', 'jun'], ['jul', 'sep'], ['oct', 'dec']].flatMap(([from, to]) => {
  const spellings = (m: string): string[] => {
    const full = { jan: 'january', mar: 'march', apr: 'april', jun: 'june', jul: 'july', sep: 'september', oct: 'october', dec: 'december' }[m]!;
    return [full, `${m}.`, ...(m === 'sep' ? ['sept.'] : [])];
  };
  return spellings(from!).flatMap((a) => spellings(to!).map((b) => `${a}-${b}`));
});

/** "the weekend of March 9-10": the days of the week or weekend named after "of" are one span, read from its first day. */
const weekendDays = optional(`(?<=${w('week', 'weekend')}${SP}${w('of')}${SP}[A-Za-z.]{3,10}${SP}[0-9]{1,2})[-–][0-9]{1,2}(?![0-9])`);

export const dateRules: readonly Rule[] = [
  {
    id: 'date-month-day-year',
    pattern: `${startOrAfterRangeDashBeforeMonth}${mod}${leadingWeekday}${month()}${SP}${dayOfMonth()}(?:${OSP},${OSP}|${SP}(?:${w('of')}${SP})?)${year()}${END}`,
    normalize: 'calendar',
    examples: [
      { text: 'March 3, 2015', value: '2015-03-03', type: 'DATE' },
      { text: 'since July 24 , 2003 after', extent: 'July 24 , 2003', value: '2003-07-24', type: 'DATE' },
      { text: 'On June 20 of 1792, women marched.', extent: 'June 20 of 1792', value: '1792-06-20', type: 'DATE' },
      { text: 'on Sept. 11, 2001, planes', extent: 'Sept. 11, 2001', value: '2001-09-11', type: 'DATE' },
      { text: 'Tuesday, March 3, 2015', value: '2015-03-03', type: 'DATE' },
    ],
  },
  {
    id: 'date-day-month-year',
    pattern: `${startOrAfterRangeDash}${mod}${leadingWeekday}${the}(?:${dayOfMonth()}|${ordinalDay()})(?:${SP}${w('of')})?${SP}${month()},?${SP}${year()}${END}`,
    normalize: 'calendar',
    examples: [
      { text: '3 March 2015', value: '2015-03-03', type: 'DATE' },
      { text: 'the 4th of July, 1776', value: '1776-07-04', type: 'DATE' },
    ],
  },
  {
    id: 'date-month-day',
    pattern: `${startOrAfterRangeDashBeforeMonth}${mod}${leadingWeekday}${month()}${SP}(?:${dayOfMonth()}|${ordinalDay()}(?!-))${END}(?!${OSP}%)`,
    normalize: 'calendar',
    examples: [
      { text: 'The talks ended Mar. 3.', reference: '2015-06-01', extent: 'Mar. 3', value: '2015-03-03', type: 'DATE' },
      { text: 'In the invasion phase (March 19-April 30), 9,200 were killed.', reference: '2003-05-01', extent: 'April 30', value: '2003-04-30', type: 'DATE' },
      { text: 'He will travel on Sept. 11.', reference: '2015-10-01', extent: 'Sept. 11', value: '2016-09-11', type: 'DATE' },
      { text: 'Thursday, April 6', reference: '2000-04-03', value: '2000-04-06', type: 'DATE' },
      { text: 'It closed March 3', value: 'XXXX-03-03', type: 'DATE', extent: 'March 3' },
      { text: 'The day is this coming Sunday, March eighth.', reference: '1998-03-03', extent: 'March eighth', value: '1998-03-08', type: 'DATE' },
      { text: 'He was shot last Oct. 23 at home.', reference: '1998-11-06', extent: 'Oct. 23', value: '1998-10-23', type: 'DATE' },
    ],
  },
  {
    id: 'date-day-month',
    pattern: `${startOrAfterRangeDash}${mod}${leadingWeekday}${the}(?:${dayOfMonth()}|${ordinalDay()})(?:${SP}${w('of')})?${SP}${month()}${END}`,
    normalize: 'calendar',
    examples: [
      { text: 'They met on 3 March.', reference: '2015-06-01', extent: '3 March', value: '2015-03-03', type: 'DATE' },
      { text: 'the 4th of July', reference: '2015-08-01', value: '2015-07-04', type: 'DATE' },
    ],
  },
  {
    id: 'date-iso',
    pattern: `${START}${fullYear()}-${group('monthNumber', '0[1-9]|1[0-2]')}-${group('day', '0[1-9]|[12][0-9]|3[01]')}(?![${WORD_CHAR}]|-[0-9])`,
    normalize: 'calendar',
    examples: [{ text: '2015-03-03', value: '2015-03-03', type: 'DATE' }],
  },
  {
    id: 'date-slash-year-first',
    // "2013/03/08": the year-first order of Asian and Japanese wire copy; with four digits first it cannot be month-first.
    pattern: `${START}${fullYear()}/${group('monthNumber', '0?[1-9]|1[0-2]')}/${group('day', '0?[1-9]|[12][0-9]|3[01]')}(?![${WORD_CHAR}/])`,
    normalize: 'calendar',
    examples: [{ text: 'Prices were set on 2013/03/08.', extent: '2013/03/08', value: '2013-03-08', type: 'DATE' }],
  },
  {
    id: 'date-slash',
    pattern: `${START}${group('monthNumber', '0?[1-9]|1[0-2]')}/${group('day', '0?[1-9]|[12][0-9]|3[01]')}/${group('slashYear', '[12][0-9]{3}|[0-9]{2}')}(?![${WORD_CHAR}/])`,
    normalize: 'calendar',
    examples: [
      { text: '3/3/2015', value: '2015-03-03', type: 'DATE' },
      { text: 'filed 12/31/98', extent: '12/31/98', value: '1998-12-31', type: 'DATE' },
    ],
  },
  {
    id: 'date-slash-day-first',
    // "22/03/2013": day first, read only where the first number cannot be a month.
    pattern: `${START}${group('day', '1[3-9]|2[0-9]|3[01]')}/${group('monthNumber', '0?[1-9]|1[0-2]')}/${group('slashYear', '[12][0-9]{3}|[0-9]{2}')}(?![${WORD_CHAR}/])`,
    normalize: 'calendar',
    examples: [{ text: 'filed on 22/03/2013', extent: '22/03/2013', value: '2013-03-22', type: 'DATE' }],
  },
  {
    id: 'date-slash-day-first-without-year',
    // "on 22/3": the day-month of British and Commonwealth copy, read only where the first number cannot be a month (13 to
    // 31) and a preposition of time stands before it ("3/4 of the goals", "won 21/3" are a fraction and a score; "on 24/7" is
    // round the clock).
    pattern: `(?<=(?<![A-Za-z])${w('on', 'from', 'until', 'till', 'by', 'since', 'before', 'after')}${SP})(?!24/7(?![0-9]))${group('day', '1[3-9]|2[0-9]|3[01]')}/${group('monthNumber', '0?[1-9]|1[0-2]')}(?![${WORD_CHAR}/]|[.,:][0-9])`,
    normalize: 'calendar',
    examples: [
      { text: 'The talks resume on 22/3.', reference: '2013-03-13', extent: '22/3', value: '2013-03-22', type: 'DATE' },
      { text: 'He has been held since 28/02.', reference: '2013-03-13', extent: '28/02', value: '2013-02-28', type: 'DATE' },
    ],
  },
  {
    id: 'date-slash-month-first-without-year',
    // "on 3/20": the month-day of US copy, read only where the second number cannot be a month (13 to 31) and a preposition of
    // time stands before it, as its day-first twin is; a measure after it ("3/16 inch") is a fraction.
    pattern: `(?<=(?<![A-Za-z])${w('on', 'from', 'until', 'till', 'by', 'since', 'before', 'after')}${SP})${group('monthNumber', '0?[1-9]|1[0-2]')}/${group('day', '1[3-9]|2[0-9]|3[01]')}(?![${WORD_CHAR}/]|[.,:][0-9]|${SP}${w('inch', 'inches', 'in.', 'of', 'mile', 'miles', 'cup', 'cups', 'pound', 'pounds', 'ounce', 'ounces', 'percent', 'point', 'points')}(?![A-Za-z]))`,
    normalize: 'calendar',
    examples: [
      { text: 'Ministers met on 3/20 to discuss the plan.', reference: '2013-03-22', extent: '3/20', value: '2013-03-20', type: 'DATE' },
      { text: 'Forms are due by 3/31.', reference: '2013-03-20', extent: '3/31', value: '2013-03-31', type: 'DATE' },
    ],
  },
  {
    id: 'date-day-month-year-dashed',
    // "22-Mar-2013", "5-Feb-13": the day-month-year of wire tables and datelines; the month is a word, so the order is plain.
    pattern: `${START}${dayOfMonth()}-${month()}-${group('slashYear', '[12][0-9]{3}|[0-9]{2}')}(?![${WORD_CHAR}]|[-/][0-9])`,
    normalize: 'calendar',
    examples: [
      { text: 'The order was issued on 22-Feb-2013.', extent: '22-Feb-2013', value: '2013-02-22', type: 'DATE' },
      { text: 'Filed 5-Mar-13.', extent: '5-Mar-13', value: '2013-03-05', type: 'DATE' },
    ],
  },
  {
    id: 'date-dotted-day-first',
    // "12.03.2013", "27.03.15": dots mark the European day-month-year order. A two-digit year is read only with a
    // two-digit day and month, so that a version "1.2.13" stays a number.
    pattern: `${START}(?=[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{4}|[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}(?![0-9]))${group('day', '0?[1-9]|[12][0-9]|3[01]')}\\.${group('monthNumber', '0?[1-9]|1[0-2]')}\\.${group('slashYear', '[12][0-9]{3}|[0-9]{2}')}(?![${WORD_CHAR}]|[.,/-][0-9])`,
    normalize: 'calendar',
    examples: [
      { text: 'The match was played on 12.03.2013.', extent: '12.03.2013', value: '2013-03-12', type: 'DATE' },
      { text: 'A trip to the museum 27.03.15', extent: '27.03.15', value: '2015-03-27', type: 'DATE' },
    ],
  },
  {
    id: 'date-month-year',
    pattern: `${startOrAfterRangeDashBeforeMonth}${mod}${month()}(?:,?${SP}|${SP}${w('of')}${SP})${year()}${END}`,
    normalize: 'calendar',
    examples: [
      { text: 'January 2015', value: '2015-01', type: 'DATE' },
      { text: 'late November 1999', value: '1999-11', type: 'DATE', mod: 'END' },
      { text: 'Operation Glory (July-November 1954) ended.', extent: 'November 1954', value: '1954-11', type: 'DATE' },
      { text: 'December 1979-February 1980: Occupation', extent: 'February 1980', value: '1980-02', type: 'DATE' },
      { text: 'In August/September 1956, the leaders met.', extent: 'September 1956', value: '1956-09', type: 'DATE' },
      { text: "in May '98", extent: "May '98", value: '1998-05', type: 'DATE' },
    ],
  },
  {
    id: 'date-month',
    pattern: `${startOrAfterRangeDashBeforeMonth}${mod}${optional(`${monthRelation()}${SP}`)}${month()}${END}(?!${OSP}[0-9]|\\.${OSP}[0-9]{1,2}(?![0-9]))`,
    normalize: 'calendar',
    examples: [
      { text: 'It has been closing in since November.', reference: '2017-07-04', extent: 'November', value: '2016-11', type: 'DATE' },
      { text: 'The vote will be held in November.', reference: '2017-07-04', extent: 'November', value: '2017-11', type: 'DATE' },
      { text: 'Prices rose in late November.', reference: '1999-12-10', extent: 'late November', value: '1999-11', type: 'DATE', mod: 'END' },
      { text: 'He resigned last April.', reference: '1989-10-26', extent: 'last April', value: '1989-04', type: 'DATE' },
      { text: 'It opened in November.', extent: 'November', value: 'XXXX-11', type: 'DATE' },
    ],
  },
  {
    id: 'date-part-of-month',
    pattern: `${START}${partOfMonthModifier()}${month()}${optional(`(?:,?${SP}|${SP}${w('of')}${SP})${year()}`)}${END}`,
    normalize: 'calendar',
    priority: 1,
    examples: [
      { text: 'Car sales rebounded in the last week of March.', reference: '2009-04-01', extent: 'the last week of March', value: '2009-W13', type: 'DATE' },
      { text: 'in the first week of January 2014', extent: 'the first week of January 2014', value: '2014-W01', type: 'DATE' },
      { text: 'in the last days of March 2003', extent: 'the last days of March 2003', value: '2003-03', type: 'DATE', mod: 'END' },
      { text: 'Talks will resume in the second half of April.', reference: '2013-03-13', extent: 'the second half of April', value: '2013-04', type: 'DATE', mod: 'END' },
    ],
  },
  {
    id: 'date-month-relative-year',
    // "in June last year": the month inside the year the words name, one expression (TimeBank);
    // "in October of that year" likewise (WikiWars), "that year" being the story's year.
    // British order too: "on 20 March last year" (the day first, read from `dayOrd`: a group name may appear only once).
    pattern: `${START}${mod}(?:${optional(`${dayOfMonth('dayOrd')}${SP}`)}${month()}${optional(`${SP}${dayOfMonth()}`)}|${optional(`${w('the')}${SP}`)}${season()})(?:${SP}|${SP}${w('of')}${SP})${group('relYear', w('this year', 'last year', 'next year', 'that year', 'that same year', 'the same year', 'the following year', 'the previous year'))}${END}(?![-'’])`,
    normalize: 'calendar',
    priority: 1,
    examples: [
      { text: 'The war was stalemated by 1940. In August of that year, an offensive began.', reference: '2009-06-01', extent: 'August of that year', value: '1940-08', type: 'DATE' },
      { text: 'The war began in 1861. On July 25 of that year, Congress acted.', reference: '2009-12-19', extent: 'July 25 of that year', value: '1861-07-25', type: 'DATE' },
      { text: 'Franchises will not be renewed after October of next year.', reference: '2009-05-15', extent: 'October of next year', value: '2010-10', type: 'DATE' },
      { text: 'Withdrawal is to be completed during the spring of next year.', reference: '2009-06-01', extent: 'the spring of next year', value: '2010-SP', type: 'DATE' },
      { text: 'But in June last year, the leadership fell out.', reference: '1998-02-19', extent: 'June last year', value: '1997-06', type: 'DATE' },
      { text: 'The process began in February this year.', reference: '1998-12-05', extent: 'February this year', value: '1998-02', type: 'DATE' },
      { text: 'They join in April next year.', reference: '1998-12-05', extent: 'April next year', value: '1999-04', type: 'DATE' },
      { text: 'The budget was presented on 20 March last year.', reference: '2013-03-13', extent: '20 March last year', value: '2012-03-20', type: 'DATE' },
    ],
  },
  {
    id: 'date-year',
    // Not the end of a range of 24-hour clock times that opens with a leading zero ("from 0800 to 1700": see clockTime).
    pattern: `(?:(?<=[12][0-9]{3}[-–])|${START}(?<!(?<![0-9])0[0-9]{3}${SP}${w('to', 'until', 'till', 'and')}${SP}))${mod}${optional(`${w('the year')}${SP}`)}${fiscal}${optional(`${w('year')}${SP}`)}${fullYear()}${END}(?![-–][0-9]{1,2}(?![0-9])|${slashSeasonYear})`,
    normalize: 'calendar',
    examples: [
      { text: 'Sales fell in 1990.', extent: '1990', value: '1990', type: 'DATE' },
      { text: 'fiscal 2016', value: '2016', type: 'DATE' },
      { text: 'the end of 1990', value: '1990', type: 'DATE', mod: 'END' },
      { text: 'Plans were replaced early in 1914, but never tested.', extent: 'early in 1914', value: '1914', type: 'DATE', mod: 'START' },
      { text: 'the war of 1955-1975', extent: '1975', value: '1975', type: 'DATE' },
    ],
  },
  {
    id: 'date-year-after-pre-or-post',
    // "post-1959 politics", "pre-2008 levels": the year with its prefix (TimeBank: "post-1959", DATE 1959, 1 of 1).
    pattern: `${START}(?:[Pp]ost|[Pp]re)-${fullYear()}${END}(?![-–][0-9])`,
    normalize: 'calendar',
    examples: [
      { text: 'the post-1959 politics', extent: 'post-1959', value: '1959', type: 'DATE' },
      { text: 'Output is back to pre-2008 levels.', extent: 'pre-2008', value: '2008', type: 'DATE' },
    ],
  },
  {
    id: 'date-fiscal-abbreviation',
    // "FY2013", "FY 2014", "FY13": a fiscal year, written as "fiscal 2013" is (the year it ends in).
    pattern: `${START}FY${OSP}${group('year', '(?:19|20)[0-9]{2}|[0-9]{2}')}${END}`,
    normalize: 'calendar',
    examples: [
      { text: 'The firm lost money in FY2013.', reference: '2013-03-13', extent: 'FY2013', value: '2013', type: 'DATE' },
      { text: 'Revenue is forecast to rise in FY 2014.', reference: '2013-03-13', extent: 'FY 2014', value: '2014', type: 'DATE' },
      { text: 'Margins narrowed in FY12.', reference: '2013-03-13', extent: 'FY12', value: '2012', type: 'DATE' },
    ],
  },
  {
    id: 'date-apostrophe-year',
    // "since '82", "the class of '99": a two-digit year, read only after a preposition (alone, "'11" is as often a
    // version, "iLife '11", or a quote mark before a number).
    pattern: `(?<=(?<![A-Za-z])${w('since', 'in', 'until', 'till', 'by', 'before', 'after', 'from', 'through', 'of', 'between', 'and', 'to')}${SP})${group('year', "['’][0-9]{2}")}(?![0-9'’]|${SP}${w('Minutes')})${END}`,
    normalize: 'calendar',
    examples: [
      { text: 'The index fell to its lowest level since \'82.', reference: '2008-10-27', extent: "'82", value: '1982', type: 'DATE' },
      { text: 'She has coached here since ’08.', reference: '2013-03-13', extent: '’08', value: '2008', type: 'DATE' },
    ],
  },
  {
    id: 'date-year-three-digits',
    // A number below 1000 is a year only when said to be one: "the year 711" (not "711 soldiers").
    pattern: `${START}${mod}${w('the year')}${SP}${group('eraYear', '[1-9][0-9]{2}')}${END}`,
    normalize: 'calendar',
    examples: [{ text: 'Tariq crossed into Spain in the year 711.', extent: 'the year 711', value: '0711', type: 'DATE' }],
  },
  {
    id: 'date-iso-year-month',
    // "2013-03": a month, not a range, when the second number is below the year's last two digits (a range "2011-12"
    // counts up); the years 1910-1999 and 2010-2099 with months 01-09 are the forms that can only be months.
    pattern: `${START}${group('year', '(?:19|20)[1-9][0-9]')}-${group('monthNumber', '0[1-9]')}(?![${WORD_CHAR}]|[-–/.][0-9])`,
    normalize: 'calendar',
    examples: [{ text: 'The rules date from 2013-03.', extent: '2013-03', value: '2013-03', type: 'DATE' }],
  },
  {
    id: 'date-range-first-year',
    // "1915-17", "2012/13": TimeML tags both ends of a range, each a year.
    pattern: `${START}${fullYear()}(?=[-–][0-9]{2}(?![0-9])|${slashSeasonYear})`,
    normalize: 'calendar',
    examples: [
      { text: 'Throughout 1915-17, the war went on.', extent: '1915', value: '1915', type: 'DATE' },
      { text: 'The club won the league in 2010/11.', extent: '2010', value: '2010', type: 'DATE' },
    ],
  },
  {
    id: 'date-range-second-year',
    pattern: `(?<=(?<![0-9])${group('rangeCentury', '1[0-9]|20')}[0-9]{2}[-–/])${group('rangeYear', '[0-9]{2}')}${END}(?!/[0-9])`,
    normalize: 'calendar',
    examples: [
      { text: 'Throughout 1915-17, the war went on.', extent: '17', value: '1917', type: 'DATE' },
      { text: 'The club won the league in 2010/11.', extent: '11', value: '2011', type: 'DATE' },
    ],
  },
  {
    id: 'date-range-first-day',
    // "12-14 July 1950", "from 15 to 22 February", "the 13th to the 19th of October": the first day takes its month (and year) from the second.
    pattern: `${START}${the}${dayOfMonth()}(?=(?:[-–]|${SP}${w('and', 'to', 'through', 'until')}${SP}${the})(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?(?![0-9])(?:${SP}${w('of')})?${SP}${month('monthAfter')}${optional(`,?${SP}${year()}`)}${END})`,
    normalize: 'calendar',
    examples: [
      { text: 'on 12-14 July 1950, the division embarked', extent: '12', value: '1950-07-12', type: 'DATE' },
      { text: 'The line was breached on the 28 and 29 August 1918.', extent: 'the 28', value: '1918-08-28', type: 'DATE' },
      { text: 'The campaign ran from the 13th to the 19th of October 1950.', extent: 'the 13th', value: '1950-10-13', type: 'DATE' },
    ],
  },
  {
    id: 'date-range-second-day',
    pattern: `(?<=(?<![0-9])(?:0?[1-9]|[12][0-9]|3[01])[-–])${dayOfMonth()}${SP}${month()}${optional(`,?${SP}${year()}`)}${END}`,
    normalize: 'calendar',
    examples: [{ text: 'on 12-14 July 1950, the division embarked', extent: '14 July 1950', value: '1950-07-14', type: 'DATE' }],
  },
  {
    id: 'date-range-second-day-after-month',
    pattern: `(?<=${month('monthBefore')}${SP}(?:0?[1-9]|[12][0-9]|3[01])[-–])${dayOfMonth()}${optional(`,?${SP}${year()}`)}${END}`,
    normalize: 'calendar',
    examples: [{ text: 'The summit is on March 20-21.', reference: '2013-03-01', extent: '21', value: '2013-03-21', type: 'DATE' }],
  },
  {
    id: 'date-range-second-day-after-month-and',
    // "May 6 and 7th, during which": the day after "and" only with its suffix or before punctuation ("on March 3 and 4 others" counts people).
    pattern: `(?<=${month('monthBefore')}${SP}(?:0?[1-9]|[12][0-9]|3[01])${SP}${w('and', 'to', 'through')}${SP})${group('day', '0?[1-9]|[12][0-9]|3[01]')}(?:(?:st|nd|rd|th)(?![A-Za-z0-9])|(?![0-9])(?=[ \\t]{0,12}[,.;:)]))${optional(`,?${SP}${year()}`)}${END}`,
    normalize: 'calendar',
    examples: [
      { text: 'The final fall took two days, May 6 and 7th, during which they fought.', reference: '1954-06-01', extent: '7th', value: '1954-05-07', type: 'DATE' },
    ],
  },
  {
    id: 'date-year-era',
    // A year with its era, and the month, day or season of it before: "480 BC", "April 480 BC",
    // "the spring of 480 BC", "AD 800" (below), "800 AD"; the second end of "499-493 BC" too.
    pattern: `(?:(?<=[0-9][-–])|${START})${mod}${circa}${partOfEraYear}${eraYear()}${SP}${eraAfterYear()}`,
    normalize: 'yearBeforeChrist',
    priority: 1,
    examples: [
      { text: 'In 499 BC the tyrant of Miletus rebelled.', extent: '499 BC', value: 'BC0499', type: 'DATE' },
      { text: 'It fell in 146 B.C.', extent: '146 B.C.', value: 'BC0146', type: 'DATE' },
      { text: 'The Third Punic War (149 B.C to 146 B.C) ended Carthage.', extent: '146 B.C', value: 'BC0146', type: 'DATE' },
      { text: 'The Ionian Revolt (499-493 BC) failed.', extent: '493 BC', value: 'BC0493', type: 'DATE' },
      { text: 'In April 480 BC the army set out.', extent: 'April 480 BC', value: 'BC0480-04', type: 'DATE' },
      { text: 'Caesar was killed on 15 March 44 BC.', extent: '15 March 44 BC', value: 'BC0044-03-15', type: 'DATE' },
      { text: 'It wintered there until the spring of 480 BC.', extent: 'the spring of 480 BC', value: 'BC0480-SP', type: 'DATE' },
      { text: 'The army gathered in late autumn of 481 BC.', extent: 'late autumn of 481 BC', value: 'BC0481-FA', type: 'DATE', mod: 'END' },
      { text: 'Kimon died circa 450 BC in Cyprus.', extent: 'circa 450 BC', value: 'BC0450', type: 'DATE', mod: 'APPROX' },
      { text: 'In 1200 BC the palaces burned.', extent: '1200 BC', value: 'BC1200', type: 'DATE' },
      { text: 'Rome was sacked in 410 AD by the Visigoths.', extent: '410 AD', value: '0410', type: 'DATE' },
      { text: 'The calendar was reformed in 46 BCE.', extent: '46 BCE', value: 'BC0046', type: 'DATE' },
    ],
  },
  {
    id: 'date-year-era-first',
    // "AD 800": the era written first.
    pattern: `${START}${mod}${circa}${group('era', 'AD')}${SP}${eraYear()}${END}`,
    normalize: 'yearBeforeChrist',
    priority: 1,
    examples: [
      { text: 'Charlemagne was crowned in AD 800 in Rome.', extent: 'AD 800', value: '0800', type: 'DATE' },
      { text: 'the invasion of AD 43', extent: 'AD 43', value: '0043', type: 'DATE' },
    ],
  },
  {
    id: 'date-year-bc-range-start',
    // "499-493 BC", "from 264 to 241 BC", "the rest of 496 and 495 BC": the first year takes the era of the second
    // (before Christ the first is the larger: "1200-1100 BC").
    pattern: `${START}${mod}${circa}${eraYear()}(?=(?:${OSP}[-–]${OSP}|${SP}${w('to', 'and', 'or', 'until', 'through')}${SP})${eraYear('eraYearEnd')}${SP}${eraBeforeChrist()})`,
    normalize: 'yearBeforeChrist',
    priority: 1,
    examples: [
      { text: 'The Ionian Revolt (499-493 BC) failed.', extent: '499', value: 'BC0499', type: 'DATE' },
      { text: 'The First Punic War lasted from 264 to 241 BC.', extent: '264', value: 'BC0264', type: 'DATE' },
      { text: 'a stalemate for the rest of 496 and 495 BC', extent: 'the rest of 496', value: 'BC0496', type: 'DATE', mod: 'END' },
    ],
  },
  {
    id: 'date-month-or-season-year-in-words',
    pattern: `${START}${mod}${the}(?:${month()}|${season()})${optional(`${SP}${w('of')}`)}${SP}${group('yearWords', yearInWords)}${END}`,
    normalize: 'calendar',
    priority: 1,
    examples: [
      { text: 'January nineteen ninety-seven. Atlanta again.', extent: 'January nineteen ninety-seven', value: '1997-01', type: 'DATE' },
      { text: 'the level we saw in the winter of nineteen ninety-four', extent: 'the winter of nineteen ninety-four', value: '1994-WI', type: 'DATE' },
    ],
  },
  {
    id: 'date-offset-from-month-day',
    pattern: `${START}${offsetFrom}${month()}${SP}(?:${dayOfMonth()}|${ordinalDay()})${weekendDays}${optional(`(?:${OSP},${OSP}|${SP})${year()}`)}${END}`,
    normalize: 'calendar',
    priority: 2,
    examples: [
      { text: 'The summit is set for the weekend of March 9-10.', reference: '2013-03-04', extent: 'the weekend of March 9-10', value: '2013-W10-WE', type: 'DATE' },
      { text: 'A court hearing is set for the week of March 6.', reference: '2000-02-24', extent: 'the week of March 6', value: '2000-W10', type: 'DATE' },
      { text: 'Shares rose the day after Oct. 12, 1989.', extent: 'the day after Oct. 12, 1989', value: '1989-10-13', type: 'DATE' },
      { text: 'Talks broke down the week before Jan. 20.', reference: '2013-03-13', extent: 'the week before Jan. 20', value: '2013-W02', type: 'DATE' },
    ],
  },
  {
    id: 'date-week-ended',
    // "the week ended March 8" (weekly figures: jobless claims, fund flows): "the week" is the week that day closes, tagged
    // apart from the date as TimeBank tags "the quarter ended Sept. 30" (1989-Q3 and the day).
    // Also "the week beginning March 18", "the week to March 8" (British data releases), and the day first: "the week ending 8
    // March" (read from `dayOrd`, as a group name may appear only once).
    pattern: `${START}${w('the')}${SP}${group('offsetUnit', w('week'))}(?=${SP}${w('ended', 'ending', 'that ended', 'beginning', 'starting', 'to')}${SP}(?:${month()}${SP}${dayOfMonth()}|${dayOfMonth('dayOrd')}${SP}${month('monthAfter')}|${weekday()})${END})`,
    normalize: 'calendar',
    priority: 2,
    examples: [
      { text: 'The index rose 0.3 percent in the week ended March 8.', reference: '2013-03-13', extent: 'the week', value: '2013-W10', type: 'DATE' },
      { text: 'Claims fell in the week ending Jan. 5.', reference: '2013-01-10', extent: 'the week', value: '2013-W01', type: 'DATE' },
      { text: 'Claims rose in the week ended Saturday.', reference: '2013-03-13', extent: 'the week', value: '2013-W10', type: 'DATE' },
      { text: 'Talks are planned for the week beginning 18 March.', reference: '2013-03-13', extent: 'the week', value: '2013-W12', type: 'DATE' },
      { text: 'The index rose in the week to March 8.', reference: '2013-03-13', extent: 'the week', value: '2013-W10', type: 'DATE' },
    ],
  },
  {
    id: 'date-offset-from-day-month',
    pattern: `${START}${offsetFrom}${the}(?:${dayOfMonth()}|${ordinalDay()})(?:${SP}${w('of')})?${SP}${month()}${optional(`,?${SP}${year()}`)}${END}`,
    normalize: 'calendar',
    priority: 2,
    examples: [
      { text: 'The army withdrew the day before 8 August 1918.', extent: 'the day before 8 August 1918', value: '1918-08-07', type: 'DATE' },
      { text: 'Voting is planned for the week of 6 May.', reference: '2013-03-13', extent: 'the week of 6 May', value: '2013-W19', type: 'DATE' },
    ],
  },
  {
    id: 'date-offset-from-weekday',
    // "The day before last Tuesday's hearing": the day counted from the weekday, placed as the weekday is.
    pattern: `${START}${offsetFrom}${optional(`${group('rel', w('last', 'next', 'this', 'this past', 'this coming'))}${SP}`)}${weekday()}${END}`,
    normalize: 'calendar',
    priority: 2,
    examples: [
      { text: "The day before last Tuesday's federal court hearing, he met the judge.", reference: '2000-02-24', extent: 'The day before last Tuesday', value: '2000-02-21', type: 'DATE' },
      { text: "Markets rallied the day after Monday's vote.", reference: '2013-03-13', extent: 'the day after Monday', value: '2013-03-12', type: 'DATE' },
      { text: 'Aid will arrive the week after next Monday.', reference: '2013-03-13', extent: 'the week after next Monday', value: '2013-W13', type: 'DATE' },
    ],
  },
  {
    id: 'date-weekday-after-next',
    // "the Saturday after next": a week after next Saturday; "the Monday before last", a week before last Monday.
    pattern: `${START}${w('the')}${SP}${weekday()}${SP}${group('offsetDir', `after(?=${SP}next)|before(?=${SP}last)`)}${SP}${group('rel', w('next', 'last'))}${END}`,
    normalize: 'calendar',
    params: { offsetUnit: 'week' },
    priority: 2,
    examples: [
      { text: 'The vote is on the Saturday after next.', reference: '2013-03-13', extent: 'the Saturday after next', value: '2013-03-23', type: 'DATE' },
      { text: 'He left the Monday before last.', reference: '2013-03-13', extent: 'the Monday before last', value: '2013-03-04', type: 'DATE' },
    ],
  },
  {
    id: 'date-count-from-weekday',
    // "a week from Friday": the day that many days or weeks after the weekday, placed as the weekday is.
    pattern: `${START}${number('offsetCount')}${SP}${group('offsetUnit', w('day', 'days', 'week', 'weeks'))}${SP}${group('offsetDir', w('from'))}${SP}${weekday()}${END}`,
    normalize: 'calendar',
    priority: 2,
    examples: [
      { text: 'The two sides meet a week from Friday.', reference: '2013-03-13', extent: 'a week from Friday', value: '2013-03-22', type: 'DATE' },
      { text: 'The results are due two days from Monday.', reference: '2013-03-13', extent: 'two days from Monday', value: '2013-03-20', type: 'DATE' },
    ],
  },
  {
    id: 'date-month-of-month',
    // "the month of April": the month itself.
    pattern: `${START}${w('the month of')}${SP}${month()}${optional(`,?${SP}${year()}`)}${END}`,
    normalize: 'calendar',
    priority: 2,
    examples: [
      { text: 'Classes are free for the month of April.', reference: '2014-03-20', extent: 'the month of April', value: '2014-04', type: 'DATE' },
    ],
  },
  {
    id: 'date-part-of-day-of-date',
    // "the morning of March 5": that day's morning. ("the night of Oct. 23" is left to the date: TimeBank tags the date alone.)
    pattern: `${START}${mod}${w('the')}${SP}${group('pod', w('morning', 'afternoon', 'evening'))}${SP}${w('of')}${SP}${month()}${SP}${dayOfMonth()}${optional(`(?:,${OSP}|${SP})${year()}`)}${END}`,
    normalize: 'calendar',
    priority: 1,
    examples: [
      { text: 'on the morning of March 5, police arrived', reference: '2013-03-22', extent: 'the morning of March 5', value: '2013-03-05TMO', type: 'TIME' },
      { text: 'the evening of Oct. 23, 1998', value: '1998-10-23TEV', type: 'TIME' },
    ],
  },
  {
    id: 'date-part-of-day-of-day-month',
    // The same with the day first: "the morning of 31 January 1965".
    pattern: `${START}${mod}${w('the')}${SP}${group('pod', w('morning', 'afternoon', 'evening'))}${SP}${w('of')}${SP}${dayOfMonth()}${SP}${month()}${optional(`,?${SP}${year()}`)}${END}`,
    normalize: 'calendar',
    priority: 1,
    examples: [
      { text: 'Attacks began on the morning of 31 January 1965.', reference: '2009-12-19', extent: 'the morning of 31 January 1965', value: '1965-01-31TMO', type: 'TIME' },
      { text: 'They left early in the morning of 29 April 1975.', extent: 'early in the morning of 29 April 1975', value: '1975-04-29TMO', type: 'TIME', mod: 'START' },
    ],
  },
  {
    id: 'date-year-in-words',
    pattern: `${START}${optional(`${w('the year')}${SP}`)}${group('yearWords', yearInWords)}${END}`,
    normalize: 'calendar',
    examples: [
      { text: 'in nineteen ninety-six', extent: 'nineteen ninety-six', value: '1996', type: 'DATE' },
      { text: 'by the year two thousand', extent: 'the year two thousand', value: '2000', type: 'DATE' },
    ],
  },
  {
    id: 'date-fiscal-short-year',
    pattern: `${START}${group('fiscal', w('fiscal'))}${SP}${optional(`${w('year')}${SP}`)}${group('year', "['’][0-9]{2}")}${END}`,
    normalize: 'calendar',
    examples: [{ text: "fiscal '89", value: '1989', type: 'DATE' }],
  },
  {
    id: 'date-decade',
    pattern: `${START_LOOSE}${the}${mod}${ofThe}(?:${hundreds()}|${decade()})${END}`,
    normalize: 'calendar',
    examples: [
      { text: 'the 1990s', value: '199', type: 'DATE' },
      { text: 'the mid-1980s', value: '198', type: 'DATE', mod: 'MID' },
      { text: "the '60s", reference: '2015-01-01', value: '196', type: 'DATE' },
      { text: 'Steam came in the 1800s.', extent: 'the 1800s', value: '18', type: 'DATE' },
      { text: 'the early 1900s', value: '19', type: 'DATE', mod: 'START' },
      { text: 'the 2000s', value: '200', type: 'DATE' },
      { text: 'Prices fell at the end of the 1990s.', extent: 'the end of the 1990s', value: '199', type: 'DATE', mod: 'END' },
    ],
  },
  {
    id: 'date-decade-in-words',
    // Only after "the": "in his sixties" is an age.
    pattern: `${START}${w('the')}${SP}${mod}${ofThe}${decadeInWords()}${END}`,
    normalize: 'calendar',
    examples: [
      { text: 'the economy of the nineties', reference: '1998-02-19', extent: 'the nineties', value: '199', type: 'DATE' },
      { text: 'Since the Sixties, the city has grown.', reference: '1998-02-19', extent: 'the Sixties', value: '196', type: 'DATE' },
      { text: 'in the early seventies', reference: '1998-02-19', extent: 'the early seventies', value: '197', type: 'DATE', mod: 'START' },
      { text: 'the nineteen-fifties', value: '195', type: 'DATE' },
      { text: 'the eighteen forties', value: '184', type: 'DATE' },
      { text: 'by the end of the nineties', reference: '1998-02-19', extent: 'the end of the nineties', value: '199', type: 'DATE', mod: 'END' },
    ],
  },
  {
    id: 'date-century',
    pattern: `${START}${the}${mod}${ofThe}${group('centuryOrd', '[12]?[0-9](?:st|nd|rd|th)|' + w('twentieth', 'nineteenth', 'eighteenth', 'twenty-first', 'twenty first', 'seventeenth', 'sixteenth'))}${SPH}${w('century')}${optional(`${SP}${eraAfterYear()}`)}${END}`,
    normalize: 'calendar',
    examples: [
      { text: 'the 20th century', value: '19', type: 'DATE' },
      { text: 'the late 19th century', value: '18', type: 'DATE', mod: 'END' },
      { text: 'Athens flourished in the 4th century BC.', extent: 'the 4th century BC', value: 'BC03', type: 'DATE' },
      { text: 'Rome was founded by the middle of the 8th century BC.', extent: 'the middle of the 8th century BC', value: 'BC07', type: 'DATE', mod: 'MID' },
      { text: 'Saxons came in the 5th century AD.', extent: 'the 5th century AD', value: '04', type: 'DATE' },
    ],
  },
  {
    id: 'date-mid-century',
    // "by mid-century" in news is the middle of the story's own century (climate and demographic targets: "by
    // mid-century" in 2013 is the 2050s), so it is read from the reference date, not from a named century.
    // Not "mid-century modern", a style of design.
    pattern: `${START}${group('mod', w('mid'))}[- ]${group('unit', w('century'))}${END}(?!${SP}${w('modern')})`,
    normalize: 'shift',
    examples: [
      { text: 'Sea levels could rise a foot by mid-century.', reference: '2013-03-13', extent: 'mid-century', value: '20', type: 'DATE', mod: 'MID' },
      { text: 'The city aims to be carbon-neutral by mid century.', reference: '2013-03-13', extent: 'mid century', value: '20', type: 'DATE', mod: 'MID' },
    ],
  },
  {
    id: 'date-decade-bc',
    // "the 470s BC" (BC047: 479 to 470 BC); "the 400s BC" are a century (BC04), as "the 1800s" are.
    pattern: `${START_LOOSE}${the}${mod}${ofThe}${group('decadeBeforeChrist', '[1-9][0-9]{0,2}0')}['’]?s${SP}${eraBeforeChrist()}`,
    normalize: 'yearBeforeChrist',
    priority: 1,
    examples: [
      { text: 'Throughout the 470s BC, the League campaigned.', extent: 'the 470s BC', value: 'BC047', type: 'DATE' },
      { text: 'Towards the end of the 460s BC, Athens attacked.', extent: 'the end of the 460s BC', value: 'BC046', type: 'DATE', mod: 'END' },
      { text: 'Greek colonies spread in the 700s BC.', extent: 'the 700s BC', value: 'BC07', type: 'DATE' },
    ],
  },
  {
    id: 'date-quarter',
    pattern:
      // A year in the possessive names the quarter's year as "this year's" does: "2012's fourth quarter" (MUC-6 tags
      // "fiscal 1989's fourth quarter" whole).
      `${START}${mod}${optional(`(?:${relationWord()}|${group('relYear', w("this year's", "last year's", "next year's"))}|${optional(`${w('the')}${SP}`)}${year('yearBefore')}(?:['’]s)?)${SP}`)}${fiscal}` +
      `${ordinal()}${SP}${optional(`${group('fiscal2', w('fiscal'))}${SP}`)}${group('part', w('quarter', 'half'))}` +
      `${optional(`(?:${SP}${w('of')}|,)${SP}(?:${optional(`${w('fiscal')}${SP}`)}${year()}|${group('relYearAfter', w('this year', 'last year', 'next year', 'the year'))})`)}${END}`,
    normalize: 'calendar',
    priority: 1,
    examples: [
      { text: 'in the first quarter of 2015', extent: 'the first quarter of 2015', value: '2015-Q1', type: 'DATE' },
      { text: 'the third quarter', reference: '1989-10-26', value: '1989-Q3', type: 'DATE' },
      { text: 'in the second half', reference: '2017-07-04', extent: 'the second half', value: '2017-H2', type: 'DATE' },
      { text: "this year's third quarter", reference: '1989-10-26', value: '1989-Q3', type: 'DATE' },
      { text: "Profit rose in 2012's fourth quarter.", reference: '2013-01-17', extent: "2012's fourth quarter", value: '2012-Q4', type: 'DATE' },
      { text: 'the fiscal first quarter', reference: '1989-10-26', value: '1989-Q1', type: 'DATE' },
      { text: 'the first quarter of next year', reference: '2013-03-22', value: '2014-Q1', type: 'DATE' },
      { text: 'the second half of the year', reference: '2013-03-22', value: '2013-H2', type: 'DATE' },
    ],
  },
  {
    id: 'date-quarter-by-months',
    // "the October-December quarter" (Japanese and Chinese figures as wire news reports them) is one quarter, not two months.
    pattern: `${START}${optional(`${w('the')}${SP}`)}${group('quarterMonths', anyOf(quarterMonthRanges))}${SP}${w('quarter', 'period')}${END}`,
    normalize: 'calendar',
    priority: 1,
    examples: [
      { text: 'The economy grew in the October-December quarter.', reference: '2013-03-13', extent: 'the October-December quarter', value: '2012-Q4', type: 'DATE' },
      { text: 'Output shrank in the January-March period.', reference: '2013-06-10', extent: 'the January-March period', value: '2013-Q1', type: 'DATE' },
    ],
  },
  {
    id: 'date-quarter-by-closing-month',
    // "the December quarter", "its June quarter": US companies (Apple, Microsoft) name a quarter by the month that closes
    // it. Only the four closing months; "the March quarter" of a story dated April is the quarter just gone.
    pattern: `${START}${optional(`${w('the', 'its', 'their')}${SP}`)}${group('quarterEndMonth', w('march', 'june', 'september', 'december'))}${SP}${w('quarter')}${END}(?!-)`,
    normalize: 'calendar',
    priority: 1,
    examples: [
      { text: 'Apple sold 48 million iPhones in the December quarter.', reference: '2013-01-24', extent: 'the December quarter', value: '2012-Q4', type: 'DATE' },
      { text: 'The company expects revenue to rise in its June quarter.', reference: '2013-04-23', extent: 'June quarter', value: '2013-Q2', type: 'DATE' },
    ],
  },
  {
    id: 'date-quarter-adjective',
    pattern: `${START}${fiscal}${ordinal()}-${optional(`${group('fiscal2', w('fiscal'))}-`)}${group('part', w('quarter', 'half'))}${END}(?!-)`,
    normalize: 'calendar',
    examples: [
      { text: 'the third-quarter profit', reference: '1989-10-26', extent: 'third-quarter', value: '1989-Q3', type: 'DATE' },
      { text: 'fiscal second-quarter results', reference: '1989-10-26', extent: 'fiscal second-quarter', value: '1989-Q2', type: 'DATE' },
    ],
  },
  {
    id: 'date-quarter-code',
    pattern: `${START}${group('qcode', w('q1', 'q2', 'q3', 'q4', 'h1', 'h2'))}${optional(`${SP}${year()}`)}${END}`,
    normalize: 'calendar',
    examples: [
      { text: 'Q2 2017', value: '2017-Q2', type: 'DATE' },
      { text: 'H1 2016', value: '2016-H1', type: 'DATE' },
    ],
  },
  {
    id: 'date-year-to-date',
    // "up 9 percent year to date": the year so far, read as the current year, as TimeBank reads "so far this year" ("this year").
    pattern: `${START}${group('unit', w('year'))}[- ]${w('to')}[- ]${w('date')}${END}`,
    normalize: 'shift',
    examples: [
      { text: 'The index has gained 9 percent year to date.', reference: '2013-03-13', extent: 'year to date', value: '2013', type: 'DATE' },
      { text: 'Year-to-date sales are up 4 percent.', reference: '2013-03-13', extent: 'Year-to-date', value: '2013', type: 'DATE' },
    ],
  },
  {
    id: 'date-year-in-a-row',
    // "for the second straight year": a count of years that reaches the year the story is at (the year just named, or
    // the story's own), a DATE as MEANTIME tags "a second consecutive day" (read by relative.ts for days and weeks).
    // Only years: "the third consecutive month" of economic data is the month reported, not the story's (TimeBank leaves it untagged).
    pattern: `${START}${optional(`${w('the', 'a')}${SP}`)}${w('second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth')}${SP}${w('straight', 'consecutive', 'successive')}${SP}${group('unit', w('year'))}${END}(?![-'’]|${SP}${w('of')}${SP})`,
    normalize: 'shift',
    params: { anchor: 'narrative' },
    examples: [
      { text: 'The club won the title for the second straight year.', reference: '2013-01-17', extent: 'the second straight year', value: '2013', type: 'DATE' },
      { text: 'In 2012, exports fell for a third consecutive year.', reference: '2013-01-17', extent: 'a third consecutive year', value: '2012', type: 'DATE' },
    ],
  },
  {
    id: 'date-year-period',
    // "the 1988 period", "the 1989 quarter": a reported period of a named year (financial news).
    pattern: `${START}${w('the')}${SP}${fullYear()}${SP}${w('period', 'quarter')}${END}`,
    normalize: 'calendar',
    examples: [{ text: 'Sales rose from $1 billion in the 1988 period.', extent: 'the 1988 period', value: '1988', type: 'DATE' }],
  },
  {
    id: 'date-period-a-year-ago',
    // "the same period last year", "the quarter a year ago", "last year's quarter": one period, a year back.
    pattern:
      `${START}${w('the')}${SP}${optional(`${w('same', 'corresponding', 'comparable')}${SP}`)}${group('unit', w('period', 'quarter', 'month', 'week'))}${SP}${optional(`${w('of')}${SP}`)}` +
      `${w('a year ago', 'a year earlier', 'last year', 'the previous year', 'the prior year', 'the last year')}${END}`,
    normalize: 'yearAgoPeriod',
    priority: 1,
    examples: [
      { text: 'Third-quarter profit rose 43% from the same period last year.', reference: '1989-10-26', extent: 'the same period last year', value: '1988-Q3', type: 'DATE' },
      { text: 'For the quarter a year ago, it earned $16 million.', reference: '1989-10-26', extent: 'the quarter a year ago', value: '1988-Q3', type: 'DATE' },
    ],
  },
  {
    id: 'date-last-years-period',
    pattern: `${START}${w("last year's", 'last year’s')}${SP}${group('unit', w('period', 'quarter'))}${END}`,
    normalize: 'yearAgoPeriod',
    priority: 1,
    examples: [{ text: "U.K. sales for last year's quarter were $3 million.", reference: '1989-10-26', extent: "last year's quarter", value: '1988-Q3', type: 'DATE' }],
  },
  {
    id: 'date-season',
    pattern: `${START}${mod}${optional(`${relationWord()}${SP}`)}${season()}${optional(`(?:${SP}${w('of')})?${SP}${year()}`)}${END}${notAnOffensive}`,
    normalize: 'calendar',
    examples: [
      { text: 'We will meet this summer.', reference: '2017-07-04', extent: 'this summer', value: '2017-SU', type: 'DATE' },
      { text: 'the summer of 1969', value: '1969-SU', type: 'DATE' },
      { text: 'It fell last fall.', reference: '1998-10-01', extent: 'last fall', value: '1997-FA', type: 'DATE' },
    ],
  },
  {
    id: 'date-season-of-an-offensive',
    // "the Spring Offensive": the season is the expression, "the" belongs to the offensive (WikiWars).
    pattern: `${START}${season()}(?=${SP}${w('offensive', 'offensives')}${END})`,
    normalize: 'calendar',
    examples: [
      { text: 'The war dragged on from 1914 to 1918. The Spring Offensive began in March.', reference: '2009-12-19', extent: 'Spring', value: '1918-SP', type: 'DATE' },
    ],
  },
];


export const holidayRules: readonly Rule[] = [
  {
    id: 'holiday',
    pattern: `${START}${optional(`${monthRelation()}${SP}`)}${group('holiday', anyOf(Object.keys(holidayWords)))}${optional(`${SP}${year()}`)}${END}`,
    normalize: 'namedDay',
    examples: [
      { text: 'They met on Christmas Eve.', reference: '2017-07-04', extent: 'Christmas Eve', value: '2016-12-24', type: 'DATE' },
      { text: 'Thanksgiving Day 1999', value: '1999-11-25', type: 'DATE' },
      { text: 'after last Thanksgiving', reference: '2000-03-01', extent: 'last Thanksgiving', value: '1999-11-25', type: 'DATE' },
      { text: 'Shoppers crowded stores on Black Friday.', reference: '2012-11-26', extent: 'Black Friday', value: '2012-11-23', type: 'DATE' },
      { text: 'Online sales peaked on Cyber Monday.', reference: '2012-12-03', extent: 'Cyber Monday', value: '2012-11-26', type: 'DATE' },
      { text: 'Markets were closed on Presidents Day.', reference: '2013-03-13', extent: 'Presidents Day', value: '2013-02-18', type: 'DATE' },
    ],
  },
  {
    id: 'holiday-offset',
    // "the day after Christmas", "the week before Thanksgiving": counted from the holiday, placed as the holiday is.
    pattern: `${START}${offsetFrom}${optional(`${monthRelation()}${SP}`)}${group('holiday', anyOf(Object.keys(holidayWords)))}${optional(`${SP}${year()}`)}${END}`,
    normalize: 'namedDay',
    priority: 2,
    examples: [
      { text: 'Stores reopened the day after Christmas.', reference: '2013-03-13', extent: 'the day after Christmas', value: '2012-12-26', type: 'DATE' },
      { text: 'Flights were full the week before Thanksgiving.', reference: '2013-03-13', extent: 'the week before Thanksgiving', value: '2012-W46', type: 'DATE' },
      { text: 'Lines formed the day before Black Friday 2012.', extent: 'the day before Black Friday 2012', value: '2012-11-22', type: 'DATE' },
      { text: 'Malls were packed the weekend after Thanksgiving.', reference: '2012-12-03', extent: 'the weekend after Thanksgiving', value: '2012-W47-WE', type: 'DATE' },
      { text: 'Stores were busy the Saturday after Thanksgiving.', reference: '2012-12-03', extent: 'the Saturday after Thanksgiving', value: '2012-11-24', type: 'DATE' },
      { text: 'Stores were busy the Monday before Christmas.', reference: '2013-01-07', extent: 'the Monday before Christmas', value: '2012-12-24', type: 'DATE' },
    ],
  },
];
