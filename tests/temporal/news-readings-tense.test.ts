/**
 * How the tagger reads the tense and anchoring of underspecified dates in 2010s wire news: bare months and
 * month-days across tenses and aspects, bare weekdays in reported speech and passive forms, seasons, relative units
 * anchored to a date just named, and stories that recall one old year while the writer's own time still governs
 * the rest. A specification in short sentences of our own (the basics are in news-readings.test.ts and not repeated
 * here), each read the way a careful editor and the TimeML 1.2.1 / TempEval-3 guidelines read it: an underspecified
 * date takes the nearest value its governing verb allows (past tense and "since" look back, future, "expected",
 * "due", "scheduled" and "would" look ahead). Where the guidelines are silent, the row follows the majority of the
 * TimeBank/AQUAINT and MEANTIME gold, counted with `.tmp/probe.ts` and noted in the row. Rows we cannot meet yet are
 * `it.todo` with the reason.
 *
 * Unless a row says otherwise, the story is dated Wednesday 12 June 2013 (ISO week 2013-W24, Monday 10 to Sunday
 * 16 June): a month or season can then lie on either side of the story, so the tense alone decides.
 */
import { describe } from 'vitest';
import { describeTodos } from './support/reading-spec.js';
import { describeNewsLookAlikes, describeNewsRows, type NewsLookAlike, type NewsRow } from './support/news-spec.js';

/** The story's date, 2013-06-12 (a Wednesday), unless a row gives its own reference. */
const WEDNESDAY = '2013-06-12';

const bareMonthsAcrossTenses: readonly NewsRow[] = [
  { reading: '"in May" before "that" is the month, not the modal (dev gold: wsj_0570, WikiWars WW1)', sentence: 'The president said in May that he would visit.', extent: 'May', type: 'DATE', value: '2013-05' },
  { reading: 'a present perfect + "since" + month looks back', sentence: 'Prices have risen every month since March.', extent: 'March', type: 'DATE', value: '2013-03' },
  { reading: 'a past perfect plan ("had planned to … in") is a plan made before now, the month of the plan already past', sentence: 'The company had planned to open the plant in April.', extent: 'April', type: 'DATE', value: '2013-04' },
  { reading: '"is expected in" + month looks ahead', sentence: 'A ruling is expected in September.', extent: 'September', type: 'DATE', value: '2013-09' },
  { reading: '"will take effect in" + a month already past this year is next year\'s', sentence: 'The new tax will take effect in January.', extent: 'January', type: 'DATE', value: '2014-01' },
  { reading: '"was due in" + month: the deadline has passed', sentence: 'The report was due in April.', extent: 'April', type: 'DATE', value: '2013-04' },
  { reading: 'reported "would be held in" + month looks ahead of the story', sentence: 'Officials said the vote would be held in October.', extent: 'October', type: 'DATE', value: '2013-10' },
  { reading: '"last spoke in" + month looks back', sentence: 'The two presidents last spoke in February.', extent: 'February', type: 'DATE', value: '2013-02' },
  { reading: 'a present "runs until" + month looks ahead, past the story\'s own year when the month has gone by', sentence: 'The ban runs until March.', extent: 'March', type: 'DATE', value: '2014-03' },
  { reading: 'a past "lasted until" + month looks back', sentence: 'The ban lasted until March.', extent: 'March', type: 'DATE', value: '2013-03' },
  { reading: '"must … by" + month is the coming deadline', sentence: 'The bank must repay the loan by September.', extent: 'September', type: 'DATE', value: '2013-09' },
  { reading: 'a past perfect "had … by" + month looks back', sentence: 'The bank had repaid the loan by April.', extent: 'April', type: 'DATE', value: '2013-04' },
  { reading: '"will … from" + month is the coming one', sentence: 'Fares will rise from January.', extent: 'January', type: 'DATE', value: '2014-01' },
  { reading: '"As of" + month opening a past-tense sentence is the latest one', sentence: 'As of February, the fund held $2 billion.', extent: 'February', type: 'DATE', value: '2013-02' },
  { reading: '"In" + month + "when" opening a past-tense sentence is the latest one', sentence: 'In April, when the strike began, output fell sharply.', extent: 'April', type: 'DATE', value: '2013-04' },
  { reading: '"is scheduled for" + month looks ahead', sentence: 'The launch is scheduled for November.', extent: 'November', type: 'DATE', value: '2013-11' },
  { reading: 'a plan told in the past ("was expected to … in") takes the nearest such month: the plan lay ahead of a past moment, on either side of the story', sentence: 'The envoy was expected to return in January.', extent: 'January', type: 'DATE', value: '2013-01' },
  { reading: '"originally set for" + month is the plan of the past, not the writer\'s look ahead', sentence: 'The election, originally set for April, was postponed.', extent: 'April', type: 'DATE', value: '2013-04' },
  { reading: '"Since" + month opening a sentence looks back, to last year when the month is still ahead', sentence: 'Since September, the index has fallen 10 percent.', extent: 'September', type: 'DATE', value: '2012-09' },
];

const monthDaysAcrossTenses: readonly NewsRow[] = [
  { reading: '"has been closed since" + month and day looks back', sentence: 'The border has been closed since May 3.', extent: 'May 3', type: 'DATE', value: '2013-05-03' },
  { reading: 'a present "expires" + month and day looks ahead', sentence: 'The contract expires Sept. 1.', extent: 'Sept. 1', type: 'DATE', value: '2013-09-01' },
  { reading: 'a past perfect + month and day looks back', sentence: 'The plant had closed on Feb. 12.', extent: 'Feb. 12', type: 'DATE', value: '2013-02-12' },
  { reading: '"is set to begin" + a month and day already past this year is next year\'s', sentence: 'The trial is set to begin Jan. 14.', extent: 'Jan. 14', type: 'DATE', value: '2014-01-14' },
  { reading: 'a past tense + a month and day still ahead this year is last year\'s', sentence: 'The first shipment arrived Dec. 20.', extent: 'Dec. 20', type: 'DATE', value: '2012-12-20' },
  { reading: '"was due to" + a month and day: the plan is reported, the day is the nearest one', sentence: 'The ship was due to dock on June 20.', extent: 'June 20', type: 'DATE', value: '2013-06-20' },
];

const weekdaysInSpeechAndPassives: readonly NewsRow[] = [
  { reading: '"said on" + weekday + "it would" is the day of saying, behind the story', sentence: 'The airline said on Monday it would cut 500 jobs.', extent: 'Monday', type: 'DATE', value: '2013-06-10' },
  { reading: 'a past passive + bare weekday looks back', sentence: 'A suspect was arrested Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-06-11' },
  { reading: '"is scheduled for" + weekday looks ahead', sentence: 'The hearing is scheduled for Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-06-13' },
  { reading: 'a future passive + bare weekday looks ahead', sentence: 'The victims will be buried Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-06-15' },
  { reading: 'a past perfect "had met on" + weekday looks back', sentence: 'The envoys had met on Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-06-09' },
  { reading: 'a weekday as the predicate of a present copula ("The vote is Sunday") is when the event is scheduled: ahead (told after it, news says "was")', sentence: 'The vote is Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-06-16' },
  { reading: '"is on" + weekday is scheduled ahead too', sentence: 'The final is on Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-06-16' },
  { reading: '"is in" + a month already past this year is next year\'s: the present copula schedules it', sentence: 'The election is in April.', extent: 'April', type: 'DATE', value: '2014-04' },
  { reading: '"could not be reached" + weekday is the AP phrase for a failed call: the modal is a past ability, the day behind (TimeBank: "could be located Wednesday" the day before, 1 of 1)', sentence: 'The mayor could not be reached for comment Monday.', extent: 'Monday', type: 'DATE', value: '2013-06-10' },
];

const seasons: readonly NewsRow[] = [
  { reading: '"this summer" is the story\'s summer', sentence: 'The stadium will reopen this summer.', extent: 'this summer', type: 'DATE', value: '2013-SU' },
  { reading: '"last winter" in a June story is the winter that began last December (TimeML writes a winter under the year it begins in)', sentence: 'Heating bills soared last winter.', extent: 'last winter', type: 'DATE', value: '2012-WI' },
  { reading: '"the coming winter" is the next winter', sentence: 'Aid groups fear food shortages in the coming winter.', extent: 'the coming winter', type: 'DATE', value: '2013-WI' },
  { reading: '"in the fall" in the past tense in June is last year\'s fall', sentence: 'The drought ended in the fall.', extent: 'the fall', type: 'DATE', value: '2012-FA' },
  { reading: '"in the fall" in the future tense is this year\'s fall', sentence: 'Shoppers will return in the fall.', extent: 'the fall', type: 'DATE', value: '2013-FA' },
  { reading: '"in the spring" in the past tense is the spring just gone', sentence: 'Sales slumped in the spring.', extent: 'the spring', type: 'DATE', value: '2013-SP' },
  { reading: '"in the spring" in the future tense is the next spring', sentence: 'The new line will open in the spring.', extent: 'the spring', type: 'DATE', value: '2014-SP' },
  { reading: '"next spring" is the spring of the next year', sentence: 'Elections are due next spring.', extent: 'next spring', type: 'DATE', value: '2014-SP' },
  { reading: '"Earlier this spring" is one DATE, as "earlier this month" is', sentence: 'Earlier this spring, the rains failed.', extent: 'Earlier this spring', type: 'DATE', value: '2013-SP', mod: 'START' },
];

const anchoredToADateJustNamed: readonly NewsRow[] = [
  { reading: '"the next year" told in the past counts from the year just named ("over the next year" stays the writer\'s)', sentence: 'The firm was founded in 2004. The next year, it went public.', extent: 'The next year', type: 'DATE', value: '2005' },
  { reading: '"The following week" after a named day is the ISO week after that day\'s', sentence: 'The army entered the city on March 2. The following week, rebels withdrew.', extent: 'The following week', type: 'DATE', value: '2013-W10' },
  { reading: '"Later that year" after a named year is that year (TimeBank tags "later that year" whole, 1 of 1)', sentence: 'The plant closed in April 2011. Later that year, it reopened.', extent: 'Later that year', type: 'DATE', value: '2011' },
  { reading: '"The following year" after a named year is the year after it (TimeBank: "the following year" 1996 after "May 22, 1995", 1 of 1)', sentence: 'In 2004 the firm was founded. The following year, it went public.', extent: 'The following year', type: 'DATE', value: '2005' },
  { reading: '"That week" after a named day is that day\'s ISO week', sentence: 'On March 2, police raided the office. That week, prosecutors filed charges.', extent: 'That week', type: 'DATE', value: '2013-W09' },
  { reading: '"That month" after a named month is that month', sentence: 'Sales peaked in May 2010. That month, the firm hired 200 people.', extent: 'That month', type: 'DATE', value: '2010-05' },
  { reading: '"The same week" after a named day is that day\'s ISO week (MEANTIME: "the same month" is the month just named, 1 of 1)', sentence: 'The quake struck on Oct. 4, 2011. The same week, a storm hit the coast.', extent: 'The same week', type: 'DATE', value: '2011-W40' },
];

const theWritersTimeWins: readonly NewsRow[] = [
  { reading: 'a founding year in an aside does not move "last week": the writer\'s time wins', sentence: 'The bank, founded in 1995, said last week it would close 40 branches.', extent: 'last week', type: 'DATE', value: '2013-W23' },
  { reading: '"Last year" after a sentence about an old year counts from the story, not from that year', sentence: 'In 2009 the company cut 300 jobs. Last year it hired 200 people.', extent: 'Last year', type: 'DATE', value: '2012' },
  { reading: 'a weekday after a sentence about an old year is the writer\'s weekday', sentence: 'In 2008 the company lost money. On Monday it reported a record profit.', extent: 'Monday', type: 'DATE', value: '2013-06-10' },
  { reading: '"This year" after a sentence about an old year is the story\'s year', sentence: 'In 2010 the firm opened a plant in Ohio. This year it will open two more.', extent: 'This year', type: 'DATE', value: '2013' },
  { reading: 'a bare month after an aside naming an old year ("The airline, founded in 1998, said in March") is the writer\'s month, not the aside\'s', sentence: 'The airline, founded in 1998, said in March it would cut flights.', extent: 'March', type: 'DATE', value: '2013-03' },
  { reading: 'a relative clause naming an old year does not lend it to the month of the main clause', sentence: 'The firm, which was founded in 1998, went public in March.', extent: 'March', type: 'DATE', value: '2013-03' },
  { reading: 'a month-day after a participial aside naming an old year is the writer\'s', sentence: 'The plant, built in 1975, closed on May 3.', extent: 'May 3', type: 'DATE', value: '2013-05-03' },
  { reading: 'an aside that goes on past its year ("founded in 1998 by two brothers,") is still an aside', sentence: 'The company, founded in 1998 by two brothers, said in March it would cut flights.', extent: 'March', type: 'DATE', value: '2013-03' },
  { reading: 'a year after "since its launch in" starts a span that reaches the writer\'s time: the month after it is the writer\'s (MEANTIME: "since its launch in 2003 and that as of February" is the story\'s February, 1 of 1)', sentence: 'The store has sold 4 billion songs since its launch in 2005, and as of February it held 70 percent of the market.', extent: 'February', type: 'DATE', value: '2013-02' },
  { reading: 'a year opening the sentence does govern the month after it (no aside: "In 1998," sets the story\'s time)', sentence: 'In 1998, the airline cut flights in March.', extent: 'March', type: 'DATE', value: '1998-03' },
  { reading: '"next month" after an aside naming an old year counts from the story', sentence: 'The museum, which opened in 1987, will close next month.', extent: 'next month', type: 'DATE', value: '2013-07' },
];

/** Look-alikes that stay untagged: the sentence must yield no expression overlapping `phrase`. */
const lookAlikes: readonly NewsLookAlike[] = [
  { reading: '"may" as a modal before a month is no month', sentence: 'Prices may rise in July.', phrase: 'may' },
  { reading: '"April" as a first name', sentence: 'April Ross said she would appeal the ruling.', phrase: 'April' },
  { reading: '"the fall of" + a regime is an event, not a season', sentence: 'The country has struggled since the fall of the regime.', phrase: 'fall' },
  { reading: '"a hot spring" is water, not a season', sentence: 'Tourists bathed in a hot spring.', phrase: 'spring' },
  { reading: '"the Summer Olympics" is a name: a capitalized season before a capitalized noun belongs to it, article and all (TE2010 §3.2.7)', sentence: 'He won gold at the Summer Olympics.', phrase: 'the Summer Olympics' },
];

const todo: readonly { row: string; reason: string }[] = [
];

const describeRows = (title: string, rows: readonly NewsRow[]) => describeNewsRows(title, rows, WEDNESDAY);

describe('how the tagger reads the tense and anchoring of underspecified dates in news', () => {
  describeRows('bare months across tenses and aspects', bareMonthsAcrossTenses);
  describeRows('month-days across tenses and aspects', monthDaysAcrossTenses);
  describeRows('bare weekdays in reported speech and passives', weekdaysInSpeechAndPassives);
  describeRows('seasons', seasons);
  describeRows('relative units anchored to a date just named', anchoredToADateJustNamed);
  describeRows("one old year recalled: the writer's time wins", theWritersTimeWins);

  describeNewsLookAlikes('look-alikes that stay untagged', lookAlikes, WEDNESDAY);
  describeTodos(todo);
});
