/**
 * How the tagger reads the written forms of dates in 2013 wire news (AP, AFP, CNN, WSJ, NYT style), and the numbers
 * that look like years but are not: a specification in short sentences of our own, read against a publication date
 * the way a careful editor and the TimeML 1.2.1 / TempEval-3 guidelines read them. Where the guidelines are silent,
 * the row follows the majority of the TimeBank/AQUAINT and MEANTIME gold (counted, and noted in the row). Rows we
 * cannot meet yet are `it.todo` with the reason.
 *
 * Unless a row says otherwise, the story is dated Wednesday 13 March 2013.
 */
import { describe } from 'vitest';
import { describeTodos } from './support/reading-spec.js';
import { describeNewsLookAlikes, describeNewsRows, type NewsLookAlike, type NewsRow } from './support/news-spec.js';

/** The story's date, 2013-03-13 (a Wednesday), unless a row gives its own reference. */
const WEDNESDAY = '2013-03-13';

const numericForms: readonly NewsRow[] = [
  { reading: 'a US month/day/year date', sentence: 'The contract was signed on 3/8/2013.', extent: '3/8/2013', type: 'DATE', value: '2013-03-08' },
  { reading: 'a British day/month/year date, where the first number cannot be a month', sentence: 'The ferry sank on 22/2/2013, the coastguard said.', extent: '22/2/2013', type: 'DATE', value: '2013-02-22' },
  { reading: 'a month/day/year date with a two-digit year', sentence: 'He was arrested on 03/08/13.', extent: '03/08/13', type: 'DATE', value: '2013-03-08' },
  { reading: 'an ISO date', sentence: 'The filing is dated 2013-03-08.', extent: '2013-03-08', type: 'DATE', value: '2013-03-08' },
  { reading: 'a year-first date with slashes (Asian wire copy) is one date, not a season "2013/03"', sentence: 'Prices were set on 2013/03/08.', extent: '2013/03/08', type: 'DATE', value: '2013-03-08' },
  { reading: 'an ISO year and month is one month when the second number cannot be a season\'s second year (it is below the year\'s last two digits)', sentence: 'The rules date from 2013-03.', extent: '2013-03', type: 'DATE', value: '2013-03' },
  { reading: 'a date with dots is day-month-year, the European order (tweets gold: "27.03.15", 1 of 1; no news-gold case)', sentence: 'The match was played on 12.03.2013.', extent: '12.03.2013', type: 'DATE', value: '2013-03-12' },
  { reading: 'a day-month-year date with dashes and a month abbreviation', sentence: 'The order was issued on 22-Feb-2013.', extent: '22-Feb-2013', type: 'DATE', value: '2013-02-22' },
];

const writtenForms: readonly NewsRow[] = [
  { reading: 'a month and an ordinal day ("March 22nd") ahead, future tense', sentence: 'The hearing will be held on March 22nd.', extent: 'March 22nd', type: 'DATE', value: '2013-03-22' },
  { reading: '"the 22nd of March" is one date with its "the"', sentence: 'The vote is scheduled for the 22nd of March.', extent: 'the 22nd of March', type: 'DATE', value: '2013-03-22' },
  { reading: 'a month abbreviation without its period ("Mar 1")', sentence: 'Shares peaked on Mar 1.', extent: 'Mar 1', type: 'DATE', value: '2013-03-01' },
  { reading: '"Sept" without a period, after a present verb of schedule, looks ahead', sentence: 'The inquiry opens Sept 16.', extent: 'Sept 16', type: 'DATE', value: '2013-09-16' },
  { reading: '"Sept. 11, 2001" written in full is the date (only "9/11" alone names the attacks)', sentence: 'The attacks of Sept. 11, 2001 changed air travel.', extent: 'Sept. 11, 2001', type: 'DATE', value: '2001-09-11' },
  { reading: 'an ordinal day with a comma and a year', sentence: 'The bill was signed March 8th, 2013.', extent: 'March 8th, 2013', type: 'DATE', value: '2013-03-08' },
  { reading: 'an ordinal day and a year without a comma', sentence: 'The war in Europe ended on May 8th 1945.', extent: 'May 8th 1945', type: 'DATE', value: '1945-05-08' },
  { reading: 'a weekday, a comma and a month-day date are one expression', sentence: 'The ceasefire took effect on Sunday, March 10.', extent: 'Sunday, March 10', type: 'DATE', value: '2013-03-10' },
  { reading: 'a month and year', sentence: 'The plant closed in March 2012.', extent: 'March 2012', type: 'DATE', value: '2012-03' },
  { reading: 'a month, a comma and a year', sentence: 'The plant closed in March, 2012.', extent: 'March, 2012', type: 'DATE', value: '2012-03' },
  { reading: '"January of 2012"', sentence: 'The company cut jobs in January of 2012.', extent: 'January of 2012', type: 'DATE', value: '2012-01' },
  { reading: 'an abbreviated month and year', sentence: 'The index hit a record in Oct. 2007.', extent: 'Oct. 2007', type: 'DATE', value: '2007-10' },
  { reading: 'a month and year naming an issue ("the March 2013 issue") is tagged without the noun it modifies', sentence: 'The study appears in the March 2013 issue of the journal.', extent: 'March 2013', type: 'DATE', value: '2013-03' },
  { reading: 'a holiday with a year', sentence: 'He was born on Christmas Day 1950.', extent: 'Christmas Day 1950', type: 'DATE', value: '1950-12-25' },
  { reading: '"mid-" + month name is that month, mod MID', sentence: 'Prices peaked in mid-February.', extent: 'mid-February', type: 'DATE', value: '2013-02', mod: 'MID' },
];

/** Ranges of days: TimeML tags each end apart; a bare second day borrows the month of the first (WikiWars gold, 5 of 5 and 14 of 14). */
const dayRanges: readonly NewsRow[] = [
  { reading: 'the bare second day of "March 1-3" takes the first one\'s month', sentence: 'The poll was taken March 1-3.', extent: '3', type: 'DATE', value: '2013-03-03' },
  { reading: 'the bare second day of "March 15 through 17", future tense', sentence: 'The festival runs March 15 through 17.', extent: '17', type: 'DATE', value: '2013-03-17' },
  { reading: 'the bare first day of a British "3-5 April" takes the second one\'s month', sentence: 'The summit runs 3-5 April.', extent: '3', type: 'DATE', value: '2013-04-03' },
  { reading: 'the first end of a range across months ("Feb. 28-March 3")', sentence: 'The poll was taken Feb. 28-March 3.', extent: 'Feb. 28', type: 'DATE', value: '2013-02-28' },
  { reading: '"the 8th" after a month just named is that month\'s 8th (WikiWars: "On the 5th" after "on 2 October")', sentence: 'Talks began on March 4 and ended on the 8th.', extent: 'the 8th', type: 'DATE', value: '2013-03-08' },
];

const years: readonly NewsRow[] = [
  { reading: '"this year\'s": the possessive stays out of the extent (TimeBank: 2 of 2)', sentence: "This year's harvest was poor.", extent: 'This year', type: 'DATE', value: '2013' },
  { reading: '"last year\'s": the possessive stays out of the extent (TimeBank: 3 of 3)', sentence: "Last year's loss was the company's first.", extent: 'Last year', type: 'DATE', value: '2012' },
  { reading: 'a possessive year ("2012\'s drought") is the year alone', sentence: "2012's drought cut corn yields.", extent: '2012', type: 'DATE', value: '2012' },
  { reading: '"pre-" + year keeps the prefix in the extent and is the year (TimeBank: "post-1959", 1 of 1)', sentence: 'Output is still below pre-2008 levels.', extent: 'pre-2008', type: 'DATE', value: '2008' },
  { reading: '"the year 2000" is one expression', sentence: 'Computers were patched before the year 2000.', extent: 'the year 2000', type: 'DATE', value: '2000' },
  { reading: '"early" + year is the year, mod START', sentence: 'The company plans to list in early 2014.', extent: 'early 2014', type: 'DATE', value: '2014', mod: 'START' },
  { reading: 'a decade with an apostrophe ("the \'90s")', sentence: "The fad peaked in the '90s.", extent: "the '90s", type: 'DATE', value: '199' },
  { reading: 'a season written with an en dash ("2012–13"): the second year borrows the first one\'s century', sentence: 'Profits rose in the 2012–13 season.', extent: '13', type: 'DATE', value: '2013' },
  { reading: 'the year in the name of a law ("Act of 2010") is tagged (TimeBank: "Act of 1989", 1 of 1)', sentence: 'He challenged the Affordable Care Act of 2010 in court.', extent: '2010', type: 'DATE', value: '2010' },
  { reading: 'a year after a preposition before a car maker is the year ("the 2008 model year" stays a year too)', sentence: 'In 1998 Ford cut 3,000 jobs.', extent: '1998', type: 'DATE', value: '1998' },
  { reading: 'a year at the start of a sentence before a capitalized name is still the year', sentence: 'In 2008 Wall Street lost a third of its value.', extent: '2008', type: 'DATE', value: '2008' },
];

/** Numbers that look like years or dates but name a thing: nothing may be tagged over them. */
const lookAlikes: readonly NewsLookAlike[] = [
  { reading: 'a statute section', sentence: 'He filed a Section 1983 lawsuit.', phrase: '1983' },
  { reading: 'a bill number', sentence: 'The bill, H.R. 2013, passed the House.', phrase: '2013' },
  { reading: 'a product name', sentence: 'Windows 2000 is no longer supported.', phrase: '2000' },
  { reading: 'the name of a plan', sentence: 'The group launched its 2020 Vision plan.', phrase: '2020' },
  { reading: 'a house number', sentence: 'Protesters gathered outside 1600 Pennsylvania Avenue.', phrase: '1600' },
  { reading: 'a software version with dots', sentence: 'The app maker released version 1.2.13 on its site.', phrase: '1.2.13' },
  { reading: 'a count with a thousands comma', sentence: 'The Pentagon sent 1,900 troops.', phrase: '1,900' },
  { reading: 'a sum of money', sentence: 'He was fined $2,013.', phrase: '$2,013' },
  { reading: 'a flight number', sentence: 'Flight 1549 landed on the Hudson.', phrase: '1549' },
  { reading: 'a room number', sentence: 'The meeting was held in Room 1999 of the hotel.', phrase: '1999' },
  { reading: 'a ranking list', sentence: 'The firm joined the Fortune 500 last year.', phrase: 'Fortune 500' },
  { reading: 'a spacecraft name', sentence: 'Apollo 13 was launched in 1970.', phrase: 'Apollo 13' },
  { reading: 'an aircraft model', sentence: 'Boeing delivered its first 747 in 1970.', phrase: '747' },
  { reading: 'a model year before a car maker names the car (TimeBank: "a 1987 Chevrolet Cavalier" untagged, 1 of 1)', sentence: 'Police found a 2013 Honda Accord near the scene.', phrase: '2013' },
  { reading: 'a count of index points', sentence: 'The Dow rose 1998 points.', phrase: '1998' },
];

const todo: readonly { row: string; reason: string }[] = [
];

const describeRows = (title: string, rows: readonly NewsRow[]) => describeNewsRows(title, rows, WEDNESDAY);

describe('how the tagger reads written date forms and year look-alikes in 2013 wire news', () => {
  describeRows('numeric dates', numericForms);
  describeRows('written dates', writtenForms);
  describeRows('ranges of days', dayRanges);
  describeRows('years', years);

  describeNewsLookAlikes('numbers that look like years', lookAlikes, WEDNESDAY);
  describeTodos(todo);
});
