/**
 * The VALUE forms TimeML writes for what the tagger already finds in 2010s wire news: decades and centuries with
 * their mods, seasons that straddle New Year, weekends, parts of the day, clock times with zones, durations said
 * with halves and vague counts, recurrences and quantity modifiers. A specification in short sentences of our own
 * (the basics are in news-readings.test.ts and the other news-readings-*.test.ts files and are not repeated here),
 * each written the way the TimeML 1.2.1 / TempEval-3 guidelines write it. Where the guidelines are silent, the row
 * follows the majority of the TimeBank/AQUAINT and MEANTIME gold, counted with `.tmp/probe.ts` and noted in the row.
 * Rows we cannot meet yet are `it.todo` with the reason.
 *
 * Unless a row says otherwise, the story is dated Wednesday 13 March 2013 (ISO week 2013-W11, Monday 11 to Sunday
 * 17 March).
 */
import { describe } from 'vitest';
import { describeTodos } from './support/reading-spec.js';
import { describeNewsLookAlikes, describeNewsRows, type NewsLookAlike, type NewsRow } from './support/news-spec.js';

/** The story's date, 2013-03-13 (a Wednesday), unless a row gives its own reference. */
const WEDNESDAY = '2013-03-13';
const DECEMBER = '2013-12-20';

const decadesAndCenturies: readonly NewsRow[] = [
  { reading: 'a decade opening the sentence keeps its article and is the three-digit decade', sentence: 'The 1970s brought high inflation.', extent: 'The 1970s', type: 'DATE', value: '197' },
  { reading: '"the early 1990s" is the decade, mod START', sentence: 'The firm grew fast in the early 1990s.', extent: 'the early 1990s', type: 'DATE', value: '199', mod: 'START' },
  { reading: '"the mid-1980s" is the decade, mod MID', sentence: 'The plant opened in the mid-1980s.', extent: 'the mid-1980s', type: 'DATE', value: '198', mod: 'MID' },
  { reading: '"the late \'90s" is the decade of the 1990s, mod END', sentence: "Sales peaked in the late '90s.", extent: "the late '90s", type: 'DATE', value: '199', mod: 'END' },
  { reading: '"the end of the 21st century" is the two-digit century 20, mod END', sentence: 'Water will be scarce by the end of the 21st century.', extent: 'the end of the 21st century', type: 'DATE', value: '20', mod: 'END' },
  { reading: '"the previous fifty years" is a span, not a date', sentence: 'The country changed more in the past decade than in the previous fifty years.', extent: 'the previous fifty years', type: 'DURATION', value: 'P50Y' },
];

const seasonsAndWeekends: readonly NewsRow[] = [
  { reading: '"this winter" in a December story is the winter that begins that month (a winter is written under the year it begins in, as in news-readings-tense)', sentence: 'Snow is expected this winter.', reference: DECEMBER, extent: 'this winter', type: 'DATE', value: '2013-WI' },
  { reading: '"winter 2012-13" is the winter that begins in 2012; the second year is tagged apart, as "2011-12" is', sentence: 'Snowfall in winter 2012-13 broke records.', extent: 'winter 2012', type: 'DATE', value: '2012-WI' },
  { reading: '"this weekend" in a midweek story is the coming weekend of the current ISO week', sentence: 'The festival is held this weekend.', extent: 'this weekend', type: 'DATE', value: '2013-W11-WE' },
  { reading: '"every weekend" is every weekend, written as "on weekends" is (XXXX-WE, the dev gold\'s only weekend SET), not the two-day span P2D', sentence: 'He flies home every weekend.', extent: 'every weekend', type: 'SET', value: 'XXXX-WE' },
  { reading: '"every other weekend" recurs every two weeks', sentence: 'She visits her children every other weekend.', extent: 'every other weekend', type: 'SET', value: 'P2W' },
];

const partsOfDay: readonly NewsRow[] = [
  { reading: '"this morning" is the morning of the story\'s day, a TIME with TMO', sentence: 'The results were announced this morning.', extent: 'this morning', type: 'TIME', value: '2013-03-13TMO' },
  { reading: '"this afternoon" is TAF', sentence: 'The plane landed this afternoon.', extent: 'this afternoon', type: 'TIME', value: '2013-03-13TAF' },
  { reading: '"last night" is the night before the story\'s day, TNI', sentence: 'Two people were shot last night.', extent: 'last night', type: 'TIME', value: '2013-03-12TNI' },
  { reading: '"late Tuesday night" is Tuesday\'s night, mod END', sentence: 'The fire broke out late Tuesday night.', extent: 'late Tuesday night', type: 'TIME', value: '2013-03-12TNI', mod: 'END' },
  { reading: '"each morning" is a set of mornings (TimeML: a part of every day, not P1D)', sentence: 'He jogs along the river each morning.', extent: 'each morning', type: 'SET', value: 'XXXX-XX-XXTMO' },
  { reading: '"the early hours" alone is the start of the story\'s day, as "the early hours of Sunday" is Sunday\'s', sentence: 'The storm hit in the early hours.', extent: 'the early hours', type: 'DATE', value: '2013-03-13', mod: 'START' },
];

const clockTimesAndZones: readonly NewsRow[] = [
  { reading: '"midnight" + a past weekday is the end of that day (TimeBank: "midnight Friday" T24)', sentence: 'The border closed at midnight Tuesday.', extent: 'midnight Tuesday', type: 'TIME', value: '2013-03-12T24:00' },
  { reading: 'a GMT clock time + "on" + weekday is one expression in UTC, Z', sentence: 'Voting ended at 10 p.m. GMT on Tuesday.', extent: '10 p.m. GMT on Tuesday', type: 'TIME', value: '2013-03-12T22:00Z' },
  { reading: 'a UTC clock time is written with Z, like GMT', sentence: 'The quake struck at 14:20 UTC.', extent: '14:20 UTC', type: 'TIME', value: '2013-03-13T14:20Z' },
  { reading: 'a clock time + "local time" + "on" + weekday takes that day and no zone', sentence: 'The bomb exploded at 8:15 a.m. local time on Sunday.', extent: '8:15 a.m. local time on Sunday', type: 'TIME', value: '2013-03-10T08:15' },
  { reading: 'a British clock time with a dot ("6.30pm")', sentence: 'They met again at 6.30pm.', extent: '6.30pm', type: 'TIME', value: '2013-03-13T18:30' },
];

const durations: readonly NewsRow[] = [
  {
    reading: '"a year and a half" writes the half in the next smaller unit (guidelines silent; TimeBank does so 3 times of 3: "5 1/2 hours" PT5H30M, "2 1/2 years" P2Y6M, "a minute and a half" PT1M30S; MEANTIME and WikiWars write decimals, P2.5Y, 2 times; TE3 follows TimeBank)',
    sentence: 'The talks lasted a year and a half.', extent: 'a year and a half', type: 'DURATION', value: 'P1Y6M',
  },
  { reading: '"one and a half years" is the same value as "a year and a half"', sentence: 'The project ran one and a half years late.', extent: 'one and a half years', type: 'DURATION', value: 'P1Y6M' },
  { reading: '"18 months" keeps the unit said, P18M, not P1Y6M (TimeML writes the value in the unit of the text)', sentence: 'The ban lasted 18 months.', extent: '18 months', type: 'DURATION', value: 'P18M' },
  { reading: '"hour-long" is an adjectival duration of one hour', sentence: 'The president gave an hour-long speech.', extent: 'hour-long', type: 'DURATION', value: 'PT1H' },
  { reading: '"a few days" is days of no stated number', sentence: 'The border was closed for a few days.', extent: 'a few days', type: 'DURATION', value: 'PXD' },
  { reading: '"several months" is months of no stated number', sentence: 'Negotiations went on for several months.', extent: 'several months', type: 'DURATION', value: 'PXM' },
  { reading: '"three straight quarters" is quarters, P3Q (TimeBank and MEANTIME keep quarters 5 times to 2)', sentence: 'The company posted three straight quarters of losses.', extent: 'three straight quarters', type: 'DURATION', value: 'P3Q' },
  { reading: '"nearly half a century" is fifty years', sentence: 'He spent nearly half a century in exile.', extent: 'nearly half a century', type: 'DURATION', value: 'P50Y' },
  { reading: '"a fortnight" is the two weeks it names, P2W (as "fortnights" is PXW; the guidelines and dev gold are silent)', sentence: 'The festival lasts a fortnight.', extent: 'a fortnight', type: 'DURATION', value: 'P2W' },
];

const setsAndMods: readonly NewsRow[] = [
  { reading: '"three times a week" is the week, with the count as its frequency', sentence: 'Trains run three times a week.', extent: 'three times a week', type: 'SET', value: 'P1W' },
  { reading: '"once a month" is the month', sentence: 'The committee meets once a month.', extent: 'once a month', type: 'SET', value: 'P1M' },
  { reading: '"more than 20 years" is P20Y, mod MORE_THAN', sentence: 'He has lived abroad for more than 20 years.', extent: 'more than 20 years', type: 'DURATION', value: 'P20Y', mod: 'MORE_THAN' },
  { reading: '"up to 90 days" is P90D, mod EQUAL_OR_LESS', sentence: 'Suspects can be held for up to 90 days.', extent: 'up to 90 days', type: 'DURATION', value: 'P90D', mod: 'EQUAL_OR_LESS' },
  { reading: '"early 2012" is the year, mod START', sentence: 'The law was passed in early 2012.', extent: 'early 2012', type: 'DATE', value: '2012', mod: 'START' },
  { reading: '"late 2014" is the year, mod END', sentence: 'Construction will begin in late 2014.', extent: 'late 2014', type: 'DATE', value: '2014', mod: 'END' },
  { reading: '"the start of the year" is the current year, mod START', sentence: 'The merger was completed at the start of the year.', extent: 'the start of the year', type: 'DATE', value: '2013', mod: 'START' },
];

/** Look-alikes that stay untagged in news: the sentence must yield no expression overlapping `phrase`. */
const lookAlikes: readonly NewsLookAlike[] = [
  { reading: 'an age decade ("in her 60s") is not a date', sentence: 'The victim was in her 60s.', phrase: '60s' },
  { reading: '"at the end of the day" as an idiom ("when all is said") refers to no day', sentence: 'At the end of the day, voters want jobs.', phrase: 'the end of the day' },
  { reading: 'a programme name with a part of the day', sentence: 'He appeared on Good Morning America.', phrase: 'Morning' },
  { reading: '"the 90s" after a word for temperature are degrees, not the decade', sentence: 'Temperatures reached the 90s on Tuesday.', phrase: 'the 90s' },
  { reading: 'a race named by its hours ("the 24 Hours of Le Mans") is a name, not a span', sentence: 'He won the 24 Hours of Le Mans.', phrase: '24 Hours' },
  { reading: 'a newspaper named after a part of the day', sentence: 'He wrote for the Morning Star.', phrase: 'Morning' },
  { reading: 'a band named after midnight', sentence: 'Midnight Oil played in Sydney.', phrase: 'Midnight' },
];

const todo: readonly { row: string; reason: string }[] = [
  {
    row: '"last winter" in a January story: "last winter" in "Snow fell heavily last winter." dated 2013-01-15 is DATE 2011-WI (the winter before the current 2012-WI)',
    reason: 'we write XXXX-WI: anchor.ts (Z8b\'s) builds a season\'s candidates in the years y-1, y, y+1 of the reference, labelled by the year a season starts in (calendar.ts pointFromFields: 2012-WI runs Dec 2012 to Feb 2013), so in January the winter before the current one, 2011-WI, is not among them; the fix is a year y-2 candidate for winter there (no calendar.ts change needed). 0 cases of "last/this/past winter" in the dev corpora (re-checked in round 3). (Re-labelling winters by the year of their January in calendar.ts, as tweets gold does 3 times of 5, gained 3 tweet values but lost 2 and about 20 WikiWars values, by moving narrative anchors a year back: reverted.)',
  },
];

const describeRows = (title: string, rows: readonly NewsRow[]) => describeNewsRows(title, rows, WEDNESDAY);

describe('the VALUE forms TimeML writes for what the tagger finds in news', () => {
  describeRows('decades and centuries', decadesAndCenturies);
  describeRows('seasons and weekends', seasonsAndWeekends);
  describeRows('parts of the day', partsOfDay);
  describeRows('clock times and zones', clockTimesAndZones);
  describeRows('durations', durations);
  describeRows('sets and quantity modifiers', setsAndMods);

  describeNewsLookAlikes('look-alikes that stay untagged', lookAlikes, WEDNESDAY);
  describeTodos(todo);
});
