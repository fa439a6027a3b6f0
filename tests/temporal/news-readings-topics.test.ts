/**
 * How 2013 wire news dates what it reports on its beats — sports, weather, courts, elections, science and culture —
 * and the names, titles and scores those beats are full of, which must stay untagged. A specification in short
 * sentences of our own (the basics are in news-readings.test.ts and the other news-readings-*.test.ts files and are
 * not repeated here), each written the way the TimeML 1.2.1 / TempEval-3 guidelines write it. Where the guidelines are
 * silent, the row follows the majority of the TimeBank/AQUAINT and MEANTIME gold, counted with `.tmp/probe.ts` and
 * noted in the row. Rows we cannot meet yet are `it.todo` with the reason.
 *
 * Unless a row says otherwise, the story is dated Thursday 17 January 2013 (ISO week 2013-W03, Monday 14 to Sunday
 * 20 January).
 */
import { describe } from 'vitest';
import { describeTodos } from './support/reading-spec.js';
import { describeNewsLookAlikes, describeNewsRows, type NewsLookAlike, type NewsRow } from './support/news-spec.js';

/** The story's date, 2013-01-17 (a Thursday), unless a row gives its own reference. */
const THURSDAY = '2013-01-17';

const sports: readonly NewsRow[] = [
  { reading: 'a player "doubtful for" a possessive weekday\'s game is looking ahead: the coming Sunday', sentence: "Smith is doubtful for Sunday's game in Denver.", extent: 'Sunday', type: 'DATE', value: '2013-01-20' },
  { reading: 'a fixture in the present of a schedule ("host") + clock time + weekday is one TIME ahead', sentence: 'The Ravens host the Broncos at 4:30 p.m. Saturday.', extent: '4:30 p.m. Saturday', type: 'TIME', value: '2013-01-19T16:30' },
  { reading: 'a result told in the past + "on" + weekday is the weekday just gone; the score beside it is no time', sentence: 'Chelsea lost 2-1 at home on Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-01-12' },
  { reading: '"the 2013 season": the year before "season" is tagged alone, the year', sentence: 'The club hopes to reach the playoffs in the 2013 season.', extent: '2013', type: 'DATE', value: '2013' },
  { reading: '"the 2011-12 season": the first year of a season that spans two is a year of its own', sentence: 'He retired after the 2011-12 season.', extent: '2011', type: 'DATE', value: '2011' },
  { reading: '"the 2011-12 season": the second, two-digit year takes the century of the first', sentence: 'He retired after the 2011-12 season.', extent: '12', type: 'DATE', value: '2012' },
  { reading: 'the date of a championship game after "advances to" lies ahead', sentence: 'The winner advances to the Super Bowl on Feb. 3.', extent: 'Feb. 3', type: 'DATE', value: '2013-02-03' },
  { reading: '"runs from … to …": the second end of a tournament\'s span', sentence: 'The tournament runs from Feb. 8 to Feb. 10.', extent: 'Feb. 10', type: 'DATE', value: '2013-02-10' },
  { reading: 'a result with "beat" is told in the past: the Sunday just gone ("beat" is its own past, a cue unless "to" or a modal stands before it)', sentence: 'The Patriots beat Houston 41-28 on Sunday night.', extent: 'Sunday night', type: 'TIME', value: '2013-01-13TNI' },
  { reading: 'a preview "hopes to beat" looks ahead: the coming Sunday', sentence: 'The Patriots hope to beat Houston on Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-01-20' },
];

const weather: readonly NewsRow[] = [
  { reading: '"this weekend\'s storm": the possessive weekend is the weekend of the story\'s week', sentence: "Crews prepared for this weekend's storm.", extent: 'this weekend', type: 'DATE', value: '2013-W03-WE' },
  { reading: 'a superlative month after a year just named is that year\'s month', sentence: 'Forecasters said 2012 had the hottest July on record.', extent: 'July', type: 'DATE', value: '2012-07' },
  { reading: '"remains in effect through" + weekday looks ahead', sentence: 'The freeze warning remains in effect through Friday.', extent: 'Friday', type: 'DATE', value: '2013-01-18' },
  { reading: 'a forecast "by" + weekday after "will" is the coming day', sentence: 'Temperatures will climb into the 60s by Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-01-20' },
  { reading: 'weekday + "night" after a past verb is that night of the story\'s week, a TIME', sentence: 'The storm dumped 2 feet of snow Tuesday night.', extent: 'Tuesday night', type: 'TIME', value: '2013-01-15TNI' },
  { reading: '"the worst since the 1950s": the decade, three digits', sentence: 'The drought was the worst since the 1950s.', extent: 'the 1950s', type: 'DATE', value: '195' },
  { reading: 'a storm told in the past + "late" + month is the October just gone, mod END', sentence: 'Superstorm Sandy hit in late October.', extent: 'late October', type: 'DATE', value: '2012-10', mod: 'END' },
  { reading: 'a season that "ends" on a month and day is a schedule: the coming Nov. 30', sentence: 'The hurricane season ends Nov. 30.', extent: 'Nov. 30', type: 'DATE', value: '2013-11-30' },
  { reading: '"Overnight lows" in a forecast is the coming night (the clause looks ahead)', sentence: 'Overnight lows will fall to minus 10.', extent: 'Overnight', type: 'TIME', value: '2013-01-17TNI' },
];

const courts: readonly NewsRow[] = [
  { reading: 'an active sentencing + "on" + weekday before the term: the weekday just gone', sentence: 'A federal judge sentenced Smith on Tuesday to 10 years.', extent: 'Tuesday', type: 'DATE', value: '2013-01-15' },
  { reading: 'the term of that sentence is a span of years', sentence: 'A federal judge sentenced Smith on Tuesday to 10 years.', extent: '10 years', type: 'DURATION', value: 'P10Y' },
  { reading: '"a hearing is set for" + month and day lies ahead', sentence: 'A hearing is set for April 3.', extent: 'April 3', type: 'DATE', value: '2013-04-03' },
  { reading: '"the 2011 ruling": a year before a noun is tagged alone', sentence: 'The court upheld the 2011 ruling.', extent: '2011', type: 'DATE', value: '2011' },
  { reading: 'the plea told in the past is the October just gone', sentence: 'He pleaded guilty in October and faces sentencing in March.', extent: 'October', type: 'DATE', value: '2012-10' },
  { reading: '"faces sentencing in" + month looks ahead: the coming March', sentence: 'He pleaded guilty in October and faces sentencing in March.', extent: 'March', type: 'DATE', value: '2013-03' },
  { reading: 'a crime dated before its noun ("the Jan. 5 killing") lies behind, even after "faces"', sentence: 'He faces charges in the Jan. 5 killing.', extent: 'Jan. 5', type: 'DATE', value: '2013-01-05' },
  { reading: '"will rule by the end of June": the month ahead, mod END', sentence: 'The Supreme Court will rule by the end of June.', extent: 'the end of June', type: 'DATE', value: '2013-06', mod: 'END' },
];

const elections: readonly NewsRow[] = [
  { reading: '"the Nov. 6 election" won in the past is the last Nov. 6', sentence: 'Obama won the Nov. 6 election by nearly 5 million votes.', extent: 'Nov. 6', type: 'DATE', value: '2012-11-06' },
  { reading: '"the 2012 race": the year of a campaign is tagged alone', sentence: 'He spent $1 billion on the 2012 race.', extent: '2012', type: 'DATE', value: '2012' },
  { reading: '"next January" in a January story is the January of next year', sentence: 'The primaries begin in Iowa next January.', extent: 'next January', type: 'DATE', value: '2014-01' },
  { reading: 'a year ahead after "a run for governor in"', sentence: 'She is weighing a run for governor in 2014.', extent: '2014', type: 'DATE', value: '2014' },
  { reading: '"go to the polls on" + month and day: the coming election day', sentence: 'Voters in Kenya go to the polls on March 4.', extent: 'March 4', type: 'DATE', value: '2013-03-04' },
];

const scienceAndCulture: readonly NewsRow[] = [
  { reading: '"the 2013 Grammys": the year of an awards show is tagged alone, as MUC tags "1975" in "1975 World Series"', sentence: 'She is nominated for three awards at the 2013 Grammys.', extent: '2013', type: 'DATE', value: '2013' },
  { reading: '"premieres in" + month is a schedule: the coming April', sentence: 'Season 3 premieres in April.', extent: 'April', type: 'DATE', value: '2013-04' },
  { reading: '"the 1950s film": a decade before its noun leaves the article to the noun, as "2011" in "the 2011 ruling" (TimeML extents: the determiner of the head noun is not the expression\'s)', sentence: 'The remake of the 1950s film opens Friday.', extent: '1950s', type: 'DATE', value: '195' },
  { reading: '"The 1960s-era building": likewise before a hyphened compound', sentence: 'The 1960s-era building was demolished.', extent: '1960s', type: 'DATE', value: '196' },
  { reading: 'a release that "opens" + weekday lies ahead', sentence: 'The remake of the 1950s film opens Friday.', extent: 'Friday', type: 'DATE', value: '2013-01-18' },
  { reading: '"debuts in" + month is a schedule, like "premieres": the coming March', sentence: 'The new series debuts in March.', extent: 'March', type: 'DATE', value: '2013-03' },
  { reading: '"returns for" / "returns to" + month is a schedule too: the coming April (vocabulary.ts lists "returns" only with the word after it)', sentence: 'The show returns for Season 3 in April.', extent: 'April', type: 'DATE', value: '2013-04' },
  { reading: 'a player who "returns to" the lineup on a weekday: the coming one', sentence: 'Smith returns to the lineup on Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-01-20' },
  { reading: '"kicks off" + weekday in a Monday story is the coming Friday, not the nearer one just gone', sentence: 'The Sundance festival kicks off Friday in Park City.', reference: '2013-01-14', extent: 'Friday', type: 'DATE', value: '2013-01-18' },
  { reading: '"a 2011 study": the year of a study is tagged alone', sentence: 'A 2011 study found that coffee lowers the risk.', extent: '2011', type: 'DATE', value: '2011' },
  {
    reading: '"the Class of 2013": the year a class graduates is a year, as in "the 2013 season" (the guidelines tag a year inside a name when it names a time; no dev-gold case)',
    sentence: 'The governor spoke to the Class of 2013.', extent: '2013', type: 'DATE', value: '2013',
  },
  { reading: '"a two-year renovation" is an adjectival span', sentence: 'The museum reopens after a two-year renovation.', extent: 'two-year', type: 'DURATION', value: 'P2Y' },
];

/** Look-alikes the beats are full of: the sentence must yield no expression overlapping `phrase`. */
const lookAlikes: readonly NewsLookAlike[] = [
  { reading: 'a score is no time', sentence: 'Chelsea lost 2-1 at home on Saturday.', phrase: '2-1' },
  { reading: 'a Supreme Court vote count is no time', sentence: 'The Supreme Court ruled 5-4 on Monday.', phrase: '5-4' },
  { reading: 'a team named by a year-like number ("the 49ers")', sentence: 'The 49ers beat the Packers 45-31.', phrase: '49ers' },
  { reading: 'a final score after a team', sentence: 'The 49ers beat the Packers 45-31.', phrase: '45-31' },
  { reading: 'a club named by a number ("the 76ers")', sentence: 'The Philadelphia 76ers lost again.', phrase: '76ers' },
  { reading: 'a game named by its number ("Game 7")', sentence: 'He won Game 7.', phrase: 'Game 7' },
  { reading: 'a programme named after a weekday night ("Monday Night Football")', sentence: 'ESPN airs Monday Night Football.', phrase: 'Monday Night Football' },
  { reading: '"Saturday Night Live" is a programme, not Saturday\'s night', sentence: 'He spoke on Saturday Night Live.', phrase: 'Saturday Night' },
  { reading: '"Friday Night Lights" is a series', sentence: 'He starred in Friday Night Lights.', phrase: 'Friday Night' },
  { reading: 'the Today show in the doubled quotes of wire copy is a programme, not the story\'s day', sentence: "She told NBC's ''Today'' show that she was fine.", phrase: 'Today' },
  { reading: 'a newspaper called "Daily" is no recurrence', sentence: 'She told the Daily Mail that she was happy.', phrase: 'Daily' },
  { reading: 'a programme called "Daily" is no recurrence', sentence: 'The Daily Show mocked the senator.', phrase: 'Daily' },
  { reading: 'a magazine called "Weekly" is no recurrence', sentence: 'He wrote in Entertainment Weekly that the film flopped.', phrase: 'Weekly' },
  { reading: 'a club named by a number ("Studio 54") before a year that is tagged', sentence: 'Studio 54 closed in 1986.', phrase: 'Studio 54' },
  { reading: 'a season of a series ("Season 3") is an episode count, not a season of the year', sentence: 'Season 3 premieres in April.', phrase: 'Season 3' },
  { reading: 'temperatures "into the 60s" are degrees, not the decade', sentence: 'Temperatures will climb into the 60s by Sunday.', phrase: 'the 60s' },
  { reading: 'forecast highs "the mid-40s" are degrees, not the decade with mod MID', sentence: 'Highs Friday will reach the mid-40s.', phrase: 'mid-40s' },
  { reading: 'a ballot measure named by its number', sentence: 'The court struck down Proposition 8.', phrase: 'Proposition 8' },
  { reading: 'a bankruptcy chapter is no time', sentence: 'The firm filed for Chapter 11 protection.', phrase: 'Chapter 11' },
  { reading: 'an aircraft model named by a number', sentence: 'The Boeing 787 was grounded on Wednesday.', phrase: '787' },
  { reading: 'a band named by a number', sentence: 'Maroon 5 played at halftime.', phrase: 'Maroon 5' },
  { reading: 'bare "returns" is the noun of finance, no schedule: the month of past returns stays the one just gone', sentence: 'Returns in December were weak.', phrase: 'Returns' },
  { reading: 'a stock index named by its count of stocks (MEANTIME leaves "Russel 2000 Index" untagged, 1 of 1)', sentence: 'The Russell 2000 index of smaller companies fell 2 percent.', phrase: '2000' },
];

const todo: readonly { row: string; reason: string }[] = [
];

const describeRows = (title: string, rows: readonly NewsRow[]) => describeNewsRows(title, rows, THURSDAY);

describe('how 2013 wire news dates its beats: sports, weather, courts, elections, science and culture', () => {
  describeRows('sports', sports);
  describeRows('weather', weather);
  describeRows('courts', courts);
  describeRows('elections', elections);
  describeRows('science, health and culture', scienceAndCulture);

  describeNewsLookAlikes('names, titles and scores that stay untagged', lookAlikes, THURSDAY);
  describeTodos(todo);
});
