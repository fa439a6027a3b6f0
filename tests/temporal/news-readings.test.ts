/**
 * How the tagger reads the constructions of 2010s wire news (AP, Reuters, AFP, BBC, Wikinews style):
 * a specification in short sentences of our own, each read against a publication date the way a
 * careful editor and the TimeML 1.2.1 / TempEval-3 guidelines read it. Where the guidelines are
 * silent, the row follows the majority reading of the TimeBank/AQUAINT and MEANTIME gold (noted
 * in the row). Rows we cannot meet yet are `it.todo` with the reason.
 *
 * Unless a row says otherwise, the story is dated Wednesday 13 March 2013 (ISO week 2013-W11,
 * Monday 11 to Sunday 17 March).
 */
import { describe } from 'vitest';
import { describeTodos } from './support/reading-spec.js';
import { describeNewsLookAlikes, describeNewsRows, type NewsLookAlike, type NewsRow } from './support/news-spec.js';

/** The story's date, 2013-03-13 (a Wednesday), unless a row gives its own reference. */
const WEDNESDAY = '2013-03-13';
const MONDAY = '2013-03-11';
const THURSDAY = '2013-03-14';

const datelinesAndReportingVerbs: readonly NewsRow[] = [
  { reading: 'a bare weekday after a reporting verb is the latest such day before the story', sentence: 'The prime minister said Tuesday that he would not resign.', extent: 'Tuesday', type: 'DATE', value: '2013-03-12' },
  { reading: '"on" + weekday in the past tense', sentence: 'Police arrested two men on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-11' },
  { reading: 'a possessive weekday ("Tuesday\'s vote") in a past-tense clause', sentence: "Tuesday's vote was delayed by a power cut.", extent: 'Tuesday', type: 'DATE', value: '2013-03-12' },
  { reading: 'a possessive weekday after a future verb is the nearest such day ("expect" looks ahead)', sentence: "Analysts expect Friday's jobs report to show gains.", extent: 'Friday', type: 'DATE', value: '2013-03-15' },
  { reading: 'a possessive weekday after a future verb may lie behind ("will appeal Tuesday\'s ruling")', sentence: "The government will appeal Tuesday's ruling.", extent: 'Tuesday', type: 'DATE', value: '2013-03-12' },
  { reading: 'a possessive weekday as the subject of a future verb', sentence: "Thursday's meeting will decide the issue.", extent: 'Thursday', type: 'DATE', value: '2013-03-14' },
  { reading: '"late" + weekday keeps "late" as mod END', sentence: 'The bill passed late Tuesday.', extent: 'late Tuesday', type: 'DATE', value: '2013-03-12', mod: 'END' },
  { reading: '"early" + weekday keeps "early" as mod START', sentence: 'The storm made landfall early Wednesday.', extent: 'early Wednesday', type: 'DATE', value: '2013-03-13', mod: 'START' },
  { reading: '"Earlier" before a weekday stays out of the extent (TimeBank: "Earlier Friday" is "Friday" 3 times of 4)', sentence: 'Earlier Wednesday, police fired tear gas.', extent: 'Wednesday', type: 'DATE', value: '2013-03-13' },
  { reading: '"since" + weekday is the latest such day', sentence: 'He has been in custody since Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-08' },
  { reading: 'a weekday + morning is a TIME', sentence: 'He arrived Tuesday morning.', extent: 'Tuesday morning', type: 'TIME', value: '2013-03-12TMO' },
  { reading: '"in the early hours of" + weekday is the start of that day, like "early Sunday"', sentence: 'Police raided the house in the early hours of Sunday.', extent: 'the early hours of Sunday', type: 'DATE', value: '2013-03-10', mod: 'START' },
  { reading: 'a weekday + part of day is a TIME', sentence: 'Gunmen attacked a checkpoint Tuesday night.', extent: 'Tuesday night', type: 'TIME', value: '2013-03-12TNI' },
  { reading: '"overnight" in a past-tense story is the night just gone', sentence: 'Rebels shelled the town overnight.', extent: 'overnight', type: 'TIME', value: '2013-03-12TNI' },
  { reading: 'the story\'s own weekday in the past tense is the story\'s day', sentence: 'The central bank cut rates on Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2013-03-13' },
  { reading: 'the story\'s own weekday in the future tense is still the story\'s day', sentence: 'The results will be announced Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2013-03-13' },
  { reading: 'a weekday ahead in the future tense', sentence: 'The talks will resume Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-15' },
  { reading: '"next" + weekday is the one in the coming week', sentence: 'The summit opens next Monday.', extent: 'next Monday', type: 'DATE', value: '2013-03-18' },
  { reading: '"last" + weekday is the one of the past week (TimeBank: "last Wednesday" in a Wednesday story is a week back)', sentence: 'The minister resigned last Friday.', extent: 'last Friday', type: 'DATE', value: '2013-03-08' },
  { reading: '"this" + weekday ahead is in the current week', sentence: 'Voters go to the polls this Sunday.', extent: 'this Sunday', type: 'DATE', value: '2013-03-17' },
  { reading: '"the following day" is one day after the date just named', sentence: 'The plane crashed on March 2. The wreckage was found the following day.', extent: 'the following day', type: 'DATE', value: '2013-03-03' },
  { reading: '"a day earlier" is one day before the date just named', sentence: 'He was charged on Monday. A day earlier, police had searched his home.', extent: 'A day earlier', type: 'DATE', value: '2013-03-10' },
  { reading: '"the day before" is one day before the date just named', sentence: 'The strike began on March 5. Talks had collapsed the day before.', extent: 'the day before', type: 'DATE', value: '2013-03-04' },
  { reading: 'an ordinal day of an event takes the day its own clause names', sentence: 'The first day of the trial was Monday.', extent: 'The first day', type: 'DATE', value: '2013-03-11' },
  { reading: 'an ordinal day of an event takes the day its own clause names (TimeBank leaves a possessive out: "its fourth quarter" is "fourth quarter" 4 times of 5)', sentence: 'The talks entered their second day on Tuesday.', extent: 'second day', type: 'DATE', value: '2013-03-12' },
];

const relative: readonly NewsRow[] = [
  { reading: '"last week" is the ISO week before the story\'s', sentence: 'Last week, the central bank held rates steady.', extent: 'Last week', type: 'DATE', value: '2013-W10' },
  { reading: '"next week" is the ISO week after the story\'s', sentence: 'The president is expected to sign the bill next week.', extent: 'next week', type: 'DATE', value: '2013-W12' },
  { reading: '"earlier this month" is the current month', sentence: 'The company was sold earlier this month.', extent: 'earlier this month', type: 'DATE', value: '2013-03' },
  { reading: '"late last year" is the end of the previous year', sentence: 'Fighting broke out late last year.', extent: 'late last year', type: 'DATE', value: '2012', mod: 'END' },
  { reading: '"early next year" is the start of the next year', sentence: 'The plant is due to open early next year.', extent: 'early next year', type: 'DATE', value: '2014', mod: 'START' },
  { reading: '"later this week" is the current week', sentence: 'A decision is expected later this week.', extent: 'later this week', type: 'DATE', value: '2013-W11' },
  { reading: '"this past weekend" is the weekend just gone', sentence: 'Thousands marched this past weekend.', extent: 'this past weekend', type: 'DATE', value: '2013-W10-WE' },
  { reading: '"over the weekend" in a Monday story is the weekend just gone', sentence: 'Talks continued over the weekend.', reference: MONDAY, extent: 'the weekend', type: 'DATE', value: '2013-W10-WE' },
  { reading: '"a year earlier" after a named year is the year before it', sentence: 'Exports fell 4 percent in 2011. A year earlier they had risen.', extent: 'A year earlier', type: 'DATE', value: '2010' },
  { reading: '"two years ago" counts back from the story', sentence: 'The mine closed two years ago.', extent: 'two years ago', type: 'DATE', value: '2011' },
  { reading: '"last" + month name just past (in a March story) is the February of this year', sentence: 'Prices rose 3 percent last February.', extent: 'last February', type: 'DATE', value: '2013-02' },
  { reading: '"the past two years" after "over" is a span', sentence: 'Unemployment has doubled over the past two years.', extent: 'the past two years', type: 'DURATION', value: 'P2Y' },
  { reading: '"the previous year" with no year named is the year before the story', sentence: 'Sales were flat, after a 5 percent rise the previous year.', extent: 'the previous year', type: 'DATE', value: '2012' },
  { reading: '"in recent weeks" is a span of weeks of no stated number', sentence: 'Attacks have increased in recent weeks.', extent: 'recent weeks', type: 'DURATION', value: 'PXW' },
  { reading: '"in the coming days" is a span of days of no stated number', sentence: 'The army will withdraw in the coming days.', extent: 'the coming days', type: 'DURATION', value: 'PXD' },
  { reading: '"next Monday\'s summit": the possessive relative weekday', sentence: "Leaders are preparing for next Monday's summit.", extent: 'next Monday', type: 'DATE', value: '2013-03-18' },
  { reading: '"the end of the month" is the current month, mod END', sentence: 'The deal should close by the end of the month.', extent: 'the end of the month', type: 'DATE', value: '2013-03', mod: 'END' },
];

const absolute: readonly NewsRow[] = [
  { reading: 'a two-digit year after a preposition ("since \'82")', sentence: "Stocks closed at their lowest level since '82.", extent: "'82", type: 'DATE', value: '1982' },
  { reading: 'a month and day without a year, past tense', sentence: 'The ship sank on March 3.', extent: 'March 3', type: 'DATE', value: '2013-03-03' },
  { reading: 'a month and day without a year, future tense', sentence: 'The court will rule on April 2.', extent: 'April 2', type: 'DATE', value: '2013-04-02' },
  { reading: '"is set for" + month and day looks ahead', sentence: 'The vote is set for Sept. 30.', extent: 'Sept. 30', type: 'DATE', value: '2013-09-30' },
  { reading: '"take effect" + month and day looks ahead', sentence: 'The new rules take effect Jan. 1.', extent: 'Jan. 1', type: 'DATE', value: '2014-01-01' },
  { reading: '"took effect" + month and day looks back', sentence: 'The new rules took effect Jan. 1.', extent: 'Jan. 1', type: 'DATE', value: '2013-01-01' },
  { reading: 'a US full date', sentence: 'The ship sank on March 3, 2012.', extent: 'March 3, 2012', type: 'DATE', value: '2012-03-03' },
  { reading: 'a British full date', sentence: 'The ship sank on 3 March 2012.', extent: '3 March 2012', type: 'DATE', value: '2012-03-03' },
  { reading: '"in" + month name in the past tense is the latest one before the story', sentence: 'Output fell in March.', reference: '2013-06-12', extent: 'March', type: 'DATE', value: '2013-03' },
  { reading: '"in" + month name in the future tense is the next one after the story', sentence: 'The new line will open in March.', reference: '2013-06-12', extent: 'March', type: 'DATE', value: '2014-03' },
  { reading: 'two months compared in one past-tense clause ("in January from … in December")', sentence: 'The jobless rate rose to 7.9 percent in January from 7.8 percent in December.', extent: 'December', type: 'DATE', value: '2012-12' },
  { reading: '"since" + month name is the latest one', sentence: 'Shares have lost a third of their value since January.', extent: 'January', type: 'DATE', value: '2013-01' },
  { reading: '"until" + weekday looks ahead', sentence: 'The government has until Friday to respond.', extent: 'Friday', type: 'DATE', value: '2013-03-15' },
  { reading: 'a quarter after "expected to" is this year\'s', sentence: 'The deal is expected to close in the second quarter.', extent: 'the second quarter', type: 'DATE', value: '2013-Q2' },
  { reading: '"mid-" + year is mod MID', sentence: 'The election is expected by mid-2014.', extent: 'mid-2014', type: 'DATE', value: '2014', mod: 'MID' },
  { reading: 'a year modifying a noun ("the 2012 election") is tagged alone', sentence: 'He lost the 2012 election.', extent: '2012', type: 'DATE', value: '2012' },
  { reading: 'the first end of "from 2010 to 2012"', sentence: 'He served as mayor from 2010 to 2012.', extent: '2010', type: 'DATE', value: '2010' },
  { reading: 'the second end of "from 2010 to 2012"', sentence: 'He served as mayor from 2010 to 2012.', extent: '2012', type: 'DATE', value: '2012' },
  { reading: 'the first end of "between 2009 and 2011"', sentence: 'Profits fell between 2009 and 2011.', extent: '2009', type: 'DATE', value: '2009' },
  { reading: 'the second end of "between 2009 and 2011"', sentence: 'Profits fell between 2009 and 2011.', extent: '2011', type: 'DATE', value: '2011' },
  { reading: 'the first year of a season written "2011-12" (TimeBank and WikiWars gold tag the two ends apart)', sentence: 'Profits fell in the 2011-12 season.', extent: '2011', type: 'DATE', value: '2011' },
  { reading: 'the second year of "2011-12" borrows the first one\'s century', sentence: 'Profits fell in the 2011-12 season.', extent: '12', type: 'DATE', value: '2012' },
  { reading: 'a decade', sentence: 'The economy boomed in the 1990s.', extent: 'the 1990s', type: 'DATE', value: '199' },
  { reading: '"the late 1990s" is the decade, mod END', sentence: 'The firm was founded in the late 1990s.', extent: 'the late 1990s', type: 'DATE', value: '199', mod: 'END' },
  { reading: 'a fiscal year is its calendar-year label', sentence: 'The agency expects a deficit in fiscal 2014.', extent: 'fiscal 2014', type: 'DATE', value: '2014' },
  { reading: '"the third quarter" in an earnings story is the latest one reported', sentence: 'Profit rose 8 percent in the third quarter.', reference: '2013-10-24', extent: 'the third quarter', type: 'DATE', value: '2013-Q3' },
  { reading: 'a half of a named year', sentence: 'Sales grew in the first half of 2012.', extent: 'the first half of 2012', type: 'DATE', value: '2012-H1' },
  { reading: '"by the end of 2014": the end of a named year', sentence: 'Troops will leave by the end of 2014.', extent: 'the end of 2014', type: 'DATE', value: '2014', mod: 'END' },
  { reading: '"this fall" is the season of the current year', sentence: 'The law takes effect this fall.', extent: 'this fall', type: 'DATE', value: '2013-FA' },
  { reading: '"last summer" is the summer of the previous year (in a March story)', sentence: 'The drought hit crops last summer.', extent: 'last summer', type: 'DATE', value: '2012-SU' },
  { reading: '"the summer of 2011"', sentence: 'Riots swept London in the summer of 2011.', extent: 'the summer of 2011', type: 'DATE', value: '2011-SU' },
  { reading: 'a named day of the year ("Christmas Eve") in the past tense', sentence: 'The gunman struck on Christmas Eve.', extent: 'Christmas Eve', type: 'DATE', value: '2012-12-24' },
];

const times: readonly NewsRow[] = [
  { reading: 'a clock time with "local time" takes the zone words into the extent', sentence: 'The quake struck at 3:30 p.m. local time (1930 GMT) on Tuesday.', extent: '3:30 p.m. local time', type: 'TIME', value: '2013-03-12T15:30' },
  { reading: 'a GMT clock time in parentheses is a time in UTC, on the day named after it', sentence: 'The quake struck at 3:30 p.m. local time (1930 GMT) on Tuesday.', extent: '1930 GMT', type: 'TIME', value: '2013-03-12T19:30Z' },
  { reading: '"at midnight" after a future verb is the end of the story\'s day (ISO 24:00)', sentence: 'The ceasefire will take effect at midnight.', extent: 'midnight', type: 'TIME', value: '2013-03-13T24:00' },
  { reading: '"at midnight" in the past tense is the midnight that began the story\'s day', sentence: 'The curfew began at midnight.', extent: 'midnight', type: 'TIME', value: '2013-03-13T00:00' },
  { reading: '"midnight Friday" is the end of Friday (TimeBank: T24)', sentence: 'The offer expires at midnight Friday.', extent: 'midnight Friday', type: 'TIME', value: '2013-03-15T24:00' },
  { reading: 'a clock time with a GMT aside and no day named is on the story\'s day', sentence: 'Polls opened at 7 a.m. (0500 GMT).', extent: '0500 GMT', type: 'TIME', value: '2013-03-13T05:00Z' },
  { reading: '"noon Saturday" is 12:00 on Saturday', sentence: 'Polls close at noon Saturday.', extent: 'noon Saturday', type: 'TIME', value: '2013-03-16T12:00' },
  { reading: 'a weekday + evening', sentence: 'The president will speak Wednesday evening.', extent: 'Wednesday evening', type: 'TIME', value: '2013-03-13TEV' },
  { reading: '"early" + the story\'s own weekday, past tense', sentence: 'Two soldiers were killed early Thursday.', reference: THURSDAY, extent: 'early Thursday', type: 'DATE', value: '2013-03-14', mod: 'START' },
  { reading: '"around" + clock time is mod APPROX', sentence: 'The blast happened around 10 a.m.', extent: 'around 10 a.m.', type: 'TIME', value: '2013-03-13T10:00', mod: 'APPROX' },
  { reading: 'a 24-hour GMT clock time', sentence: 'Trading was halted at 08:45 GMT.', extent: '08:45 GMT', type: 'TIME', value: '2013-03-13T08:45Z' },
  { reading: '"at midnight" after a present-tense verb of the future is the coming midnight', sentence: 'The ceasefire takes effect at midnight.', extent: 'midnight', type: 'TIME', value: '2013-03-13T24:00' },
];

const durations: readonly NewsRow[] = [
  { reading: '"for the past two years": the span without "for"', sentence: 'She has led the party for the past two years.', extent: 'the past two years', type: 'DURATION', value: 'P2Y' },
  { reading: 'an adjectival duration in a sentence ("a 10-year prison sentence")', sentence: 'He was given a 10-year prison sentence.', extent: '10-year', type: 'DURATION', value: 'P10Y' },
  { reading: 'an adjectival duration in a plan ("a five-year plan")', sentence: 'The party approved a five-year plan.', extent: 'five-year', type: 'DURATION', value: 'P5Y' },
  { reading: '"24-hour" is hours', sentence: 'Unions called a 24-hour strike.', extent: '24-hour', type: 'DURATION', value: 'PT24H' },
  { reading: '"three-day visit"', sentence: 'The pope began a three-day visit to Brazil.', extent: 'three-day', type: 'DURATION', value: 'P3D' },
  { reading: '"more than a decade" is ten years, mod MORE_THAN', sentence: 'The war has dragged on for more than a decade.', extent: 'more than a decade', type: 'DURATION', value: 'P10Y', mod: 'MORE_THAN' },
  { reading: '"nearly two months" keeps the quantity modifier in the extent', sentence: 'The siege lasted nearly two months.', extent: 'nearly two months', type: 'DURATION', value: 'P2M' },
  { reading: '"for years" is years of no stated number', sentence: 'The two sides have feuded for years.', extent: 'years', type: 'DURATION', value: 'PXY' },
  { reading: '"in decades" is years of no stated number (TimeBank and MEANTIME: "decades-long" is PXY)', sentence: 'The quake was the strongest in decades.', extent: 'decades', type: 'DURATION', value: 'PXY' },
  { reading: '"decades-long" is years of no stated number', sentence: 'The ruling ends a decades-long feud.', extent: 'decades-long', type: 'DURATION', value: 'PXY' },
  { reading: '"in the weeks before" an event tags the time noun', sentence: 'Tensions rose in the weeks before the vote.', extent: 'weeks', type: 'DURATION', value: 'PXW' },
];

const setsAndVague: readonly NewsRow[] = [
  { reading: '"every year"', sentence: 'The festival draws crowds every year.', extent: 'every year', type: 'SET', value: 'P1Y' },
  { reading: '"each week"', sentence: 'The council meets each week.', extent: 'each week', type: 'SET', value: 'P1W' },
  { reading: '"twice a year"', sentence: 'The bank sets rates twice a year.', extent: 'twice a year', type: 'SET', value: 'P1Y' },
  { reading: '"annually"', sentence: 'The report is published annually.', extent: 'annually', type: 'SET', value: 'P1Y' },
  { reading: '"now" is the present', sentence: 'The rebels now control the airport.', extent: 'now', type: 'DATE', value: 'PRESENT_REF' },
  { reading: '"currently" is the present', sentence: 'The company currently employs 400 people.', extent: 'currently', type: 'DATE', value: 'PRESENT_REF' },
  { reading: '"recently" is the past', sentence: 'The bridge was recently repaired.', extent: 'recently', type: 'DATE', value: 'PAST_REF' },
  { reading: '"the future" is the future', sentence: 'No talks are planned for the future.', extent: 'the future', type: 'DATE', value: 'FUTURE_REF' },
  { reading: '"so far this year": TimeBank tags "this year" alone', sentence: 'Car sales have risen 6 percent so far this year.', extent: 'this year', type: 'DATE', value: '2013' },
  { reading: '"at the time" looking back is a past reference (TimeBank: "the time", PAST_REF)', sentence: 'He said at the time that he would appeal.', extent: 'the time', type: 'DATE', value: 'PAST_REF' },
];

/** Look-alikes that stay untagged in news: the sentence must yield no expression overlapping `phrase`. */
const lookAlikes: readonly NewsLookAlike[] = [
  { reading: 'a two-digit number after an apostrophe with no preposition before it is a version, not a year', sentence: "Apple unveiled iLife '11 on Wednesday.", phrase: "'11" },
  { reading: '"Black Monday" names a crash, not a weekday ("Black Friday" is a holiday: see named days)', sentence: 'Traders still recall Black Monday.', phrase: 'Monday' },
  { reading: 'an age ("a 30-year-old man") is not a duration (TE2010 §3.2: ages are not markable)', sentence: 'A 30-year-old man was arrested.', phrase: '30-year-old' },
  { reading: 'a newspaper name', sentence: 'The Times reported the deal first.', phrase: 'Times' },
  { reading: 'a street name', sentence: 'The shop on Spring Street was looted.', phrase: 'Spring' },
  { reading: '"May" as a modal at the start of a question', sentence: '"May we go home now?" one girl asked.', phrase: 'May we' },
  { reading: 'a date inside the name of a movement (TE2010 §3.2.7: proper names)', sentence: 'Members of the March 15 movement met in Damascus.', phrase: 'March 15' },
  { reading: 'a channel number', sentence: 'He told Channel 4 he had no regrets.', phrase: 'Channel 4' },
  { reading: 'a match score', sentence: 'Chelsea beat Arsenal 3-2 on the night.', phrase: '3-2' },
  { reading: '"24/7" is a manner of working, not a date', sentence: 'Volunteers worked 24/7 to clear the rubble.', phrase: '24/7' },
  { reading: 'a shop name with a number', sentence: 'A 7-Eleven store was robbed.', phrase: '7-Eleven' },
  { reading: 'a programme name with a weekday', sentence: 'He told Fox News Sunday that taxes must rise.', phrase: 'Sunday' },
  { reading: '"9/11" names the attacks, an event (MEANTIME marks "9/11 attack" as an EVENT and tags no TIMEX3 in it)', sentence: 'Security was tightened after 9/11.', phrase: '9/11' },
];

/** Named days in news: holidays are markable (TIDES), so a named day of the year is a DATE. */
const namedDays: readonly NewsRow[] = [
  { reading: 'a holiday in the past tense is the latest one', sentence: 'Stores opened early on Thanksgiving.', reference: '2012-11-26', extent: 'Thanksgiving', type: 'DATE', value: '2012-11-22' },
  { reading: '"Black Friday" is the day after US Thanksgiving (the fourth Thursday of November)', sentence: 'Shoppers crowded stores on Black Friday.', reference: '2012-11-26', extent: 'Black Friday', type: 'DATE', value: '2012-11-23' },
  { reading: '"Cyber Monday" is the Monday after US Thanksgiving', sentence: 'Online retailers expect record orders on Cyber Monday.', reference: '2012-11-21', extent: 'Cyber Monday', type: 'DATE', value: '2012-11-26' },
];

/**
 * "the day after", "the week of": an expression anchored to what follows it. Followed by a date, the two are one DATE
 * counted from that date (TimeBank: "day before last Tuesday" 2000-02-21, "the week of March 6" 2000-W10); followed
 * by an event the text does not date, "the day" is that event's day, known only if the story has just named it.
 */
const anchoredToWhatFollows: readonly NewsRow[] = [
  { reading: '"the week of" + date is the ISO week containing that date', sentence: 'A court hearing is set for the week of March 6.', reference: '2013-02-27', extent: 'the week of March 6', type: 'DATE', value: '2013-W10' },
  { reading: '"the day before" + "last" weekday is one day before that weekday', sentence: "The day before last Tuesday's hearing, lawyers met the judge.", reference: THURSDAY, extent: 'The day before last Tuesday', type: 'DATE', value: '2013-03-11' },
  { reading: '"the day after" + a possessive weekday is the day after that weekday', sentence: "Markets rallied the day after Monday's vote.", extent: 'the day after Monday', type: 'DATE', value: '2013-03-12' },
  { reading: '"the day after" + holiday is one DATE, placed as the holiday is', sentence: 'Stores reopened the day after Christmas.', extent: 'the day after Christmas', type: 'DATE', value: '2012-12-26' },
  { reading: '"the week before" + holiday is the week before the holiday\'s', sentence: 'Flights were packed the week before Thanksgiving.', reference: '2012-12-03', extent: 'the week before Thanksgiving', type: 'DATE', value: '2012-W46' },
  { reading: '"the weekend after" + holiday is the weekend its next Saturday begins', sentence: 'Malls were packed the weekend after Thanksgiving.', reference: '2012-12-03', extent: 'the weekend after Thanksgiving', type: 'DATE', value: '2012-W47-WE' },
  { reading: '"the" + weekday + "before" + holiday is the nearest such weekday before it', sentence: 'Stores stayed open late the Monday before Christmas.', reference: '2013-01-07', extent: 'the Monday before Christmas', type: 'DATE', value: '2012-12-24' },
  { reading: '"the week before last" is two weeks back', sentence: 'Prices fell the week before last.', extent: 'the week before last', type: 'DATE', value: '2013-W09' },
  { reading: '"the <weekday> after next" is a week after next <weekday>', sentence: 'The runoff is on the Sunday after next.', extent: 'the Sunday after next', type: 'DATE', value: '2013-03-24' },
  { reading: '"the <weekday> before last" is a week before last <weekday>', sentence: 'He vanished the Friday before last.', extent: 'the Friday before last', type: 'DATE', value: '2013-03-01' },
  { reading: '"a week from <weekday>" is the day a week after it', sentence: 'The two sides will meet again a week from Tuesday.', extent: 'a week from Tuesday', type: 'DATE', value: '2013-03-26' },
  { reading: '"the" + weekday + "after" + an undated event is only that weekday', sentence: 'Protesters returned the Saturday after the election.', extent: 'the Saturday', type: 'DATE', value: 'XXXX-WXX-6' },
  { reading: '"the day before yesterday" is two days back', sentence: 'The convoy left the day before yesterday.', extent: 'the day before yesterday', type: 'DATE', value: '2013-03-11' },
  { reading: 'a count of days before a date stays apart from it (TimeBank: "Eight trading days after Oct. 12" is a DURATION and a DATE)', sentence: 'Two days after March 2, the rebels withdrew.', extent: 'Two days', type: 'DURATION', value: 'P2D' },
  { reading: '"the day after" + an undated event is an unknown day, not the day after the story\'s', sentence: 'Stores reopened the day after the election.', extent: 'the day', type: 'DATE', value: 'XXXX-XX-XX' },
  { reading: '"the week before" + an undated event is an unknown week, not the week before the story\'s', sentence: 'Polls tightened sharply the week before the election.', extent: 'the week', type: 'DATE', value: 'XXXX-WXX' },
  { reading: '"the day after" + an event just dated counts from that date', sentence: 'The doctor was shot on March 2. Police searched his house the day after his death.', extent: 'the day', type: 'DATE', value: '2013-03-03' },
  { reading: '"the last month of" + an event is a month-long span, not the month before the story\'s', sentence: 'In the last month of the siege, food ran out.', extent: 'the last month', type: 'DURATION', value: 'P1M' },
  { reading: 'an ordinal day of an event opening a present-tense story is the story\'s day', sentence: "It's the third day of a strike by bus drivers.", extent: 'the third day', type: 'DATE', value: '2013-03-13' },
  { reading: 'an ordinal day of an event the story has not dated is an unknown day', sentence: 'The strike began in 2011. Pickets were attacked on the third day of the strike.', extent: 'the third day', type: 'DATE', value: 'XXXX-XX-XX' },
];

const todo: readonly { row: string; reason: string }[] = [
];

const describeRows = (title: string, rows: readonly NewsRow[]) => describeNewsRows(title, rows, WEDNESDAY);

describe('how the tagger reads 2010s wire news', () => {
  describeRows('datelines and reporting verbs', datelinesAndReportingVerbs);
  describeRows('relative expressions', relative);
  describeRows('absolute dates', absolute);
  describeRows('times of day', times);
  describeRows('durations', durations);
  describeRows('sets and vague references', setsAndVague);
  describeRows('named days', namedDays);
  describeRows('expressions anchored to what follows them', anchoredToWhatFollows);

  describeNewsLookAlikes('look-alikes that stay untagged', lookAlikes, WEDNESDAY);
  describeTodos(todo);
});
