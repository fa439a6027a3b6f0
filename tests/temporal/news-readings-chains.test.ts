/**
 * How the tagger follows the time of a news story as it moves from sentence to sentence: "On Monday … The next day …
 * By Wednesday", "that day", "the same day", "that night", "a day later", "the previous evening", "later that month",
 * "the following spring"; backgrounders that look back ("In 2008 … Two years later … The next year"); where the story
 * comes back to the publication date (a new sentence with its own weekday, a quote, "today", a dateline); and the vague
 * references such stories use ("at the time", "then", "these days", "for now", "so far", "the coming weeks", "the
 * past" and "the past year"). A specification in stories of two to four sentences of our own, each row naming the
 * expression it checks, read the way a careful editor and the TimeML 1.2.1 / TempEval-3 guidelines read it. Where the
 * guidelines are silent, the row follows the majority of the TimeBank/AQUAINT and MEANTIME gold, counted with
 * `.tmp/probe.ts` and noted in the row. Rows we cannot meet yet are `it.todo` with the reason.
 *
 * Unless a row says otherwise, the story is dated Thursday 16 May 2013 (ISO week 2013-W20, Monday 13 to Sunday 19 May).
 */
import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../../src/temporal/index.js';
import { describeTodos } from './support/reading-spec.js';
import { describeNewsLookAlikes, describeNewsRows, type NewsLookAlike, type NewsRow } from './support/news-spec.js';

/** The story's date, 2013-05-16 (a Thursday), unless a row gives its own reference. */
const THURSDAY = '2013-05-16';

const MONDAY_TO_WEDNESDAY = 'Rebels attacked the town on Monday. The next day, the army sent reinforcements. By Wednesday, the town had fallen.';
const BACKGROUNDER = 'In 2008, the bank failed. Two years later, it was sold. The next year, the buyer went bankrupt.';

/** A story told day by day: each step counts from the day just named. */
const dayByDay: readonly NewsRow[] = [
  { reading: 'a weekday told in the past opens the chain on the latest such day', sentence: MONDAY_TO_WEDNESDAY, extent: 'Monday', type: 'DATE', value: '2013-05-13' },
  { reading: '"The next day" counts from the day just named, not from the story\'s date', sentence: MONDAY_TO_WEDNESDAY, extent: 'The next day', type: 'DATE', value: '2013-05-14' },
  { reading: '"By Wednesday" in the past perfect closes the chain on the Wednesday just gone', sentence: MONDAY_TO_WEDNESDAY, extent: 'Wednesday', type: 'DATE', value: '2013-05-15' },
  { reading: '"By Sunday evening," opening a past-tense sentence is where the story had got to: the Sunday gone, not a deadline ahead (TimeBank: past "by" + weekday 2 of 2 the day gone or the story\'s own)', sentence: 'Protesters gathered on Friday. By Sunday evening, the square was empty.', extent: 'Sunday evening', type: 'TIME', value: '2013-05-12TEV' },
  { reading: '"That day" in the next sentence is the day just named', sentence: 'The strike began on Monday. That day, no trains ran.', extent: 'That day', type: 'DATE', value: '2013-05-13' },
  { reading: '"That night" is the night of the day just named, a TIME', sentence: 'The mayor resigned on Tuesday. That night, crowds gathered outside city hall.', extent: 'That night', type: 'TIME', value: '2013-05-14TNI' },
  { reading: '"The previous evening" is the evening before the day just named', sentence: 'The vote was held on Sunday. The previous evening, the candidates made their last appeals.', extent: 'The previous evening', type: 'TIME', value: '2013-05-11TEV' },
  { reading: '"the day before" at a sentence end counts back from the day just named', sentence: 'The company announced the deal on Monday. Shares fell the day before.', extent: 'the day before', type: 'DATE', value: '2013-05-12' },
  { reading: '"Earlier that day" is the day just named, whole (mod START as "earlier in the day")', sentence: 'The storm hit on Saturday. Earlier that day, officials had ordered an evacuation.', extent: 'Earlier that day', type: 'DATE', value: '2013-05-11', mod: 'START' },
  { reading: '"hit" is its own past: a storm that "hit on Saturday" is the Saturday just gone (guarded after "to", a modal or a determiner)', sentence: 'The storm hit on Saturday. Earlier that day, officials had ordered an evacuation.', extent: 'Saturday', type: 'DATE', value: '2013-05-11' },
  { reading: '"The next day" after "A week later" counts from the day the week reached (May 9), not from the date named', sentence: 'The ship sank on May 2. A week later, divers found the wreck. The next day, they raised it.', extent: 'The next day', type: 'DATE', value: '2013-05-10' },
  { reading: '"Hours later" is hours of no stated number', sentence: 'The bomb exploded at 9 a.m. Hours later, police made an arrest.', extent: 'Hours', type: 'DURATION', value: 'PTXH' },
];

/** Weeks, months and seasons that follow the story. */
const weeksMonthsAndSeasons: readonly NewsRow[] = [
  { reading: '"That week" is the week just named', sentence: 'Floods hit the north last week. That week, 40 people died.', extent: 'That week', type: 'DATE', value: '2013-W19' },
  { reading: '"The next week" told in the past is the week after the day just named, as "the next day" is (Sunday 12 May ends W19)', sentence: 'The vote was held on Sunday. The next week, the results were annulled.', extent: 'The next week', type: 'DATE', value: '2013-W20' },
  { reading: '"Earlier in the week" after a past weekday is that day\'s week', sentence: 'The talks collapsed last Friday. Earlier in the week, the envoy had warned of delays.', extent: 'Earlier in the week', type: 'DATE', value: '2013-W19' },
  { reading: '"Later that week" is the week of the date just named, mod END', sentence: 'The strike began on May 1. Later that week, the union met the minister.', extent: 'Later that week', type: 'DATE', value: '2013-W18', mod: 'END' },
  { reading: '"Later that month" is the month just named, mod END (TimeBank: "later that" 1 of 1 whole)', sentence: 'The company filed for bankruptcy in January. Later that month, it laid off 2,000 workers.', extent: 'Later that month', type: 'DATE', value: '2013-01', mod: 'END' },
  { reading: '"By the end of the month" told in the past just after a month of the story is that month, mod END (the writer\'s month in the present or future: news-readings-narrative)', sentence: 'The company filed for bankruptcy in January. By the end of the month, it had closed 40 stores.', extent: 'the end of the month', type: 'DATE', value: '2013-01', mod: 'END' },
  { reading: '"The following month" is the month after the one just named', sentence: 'Floods hit the north in April. The following month, the rains stopped.', extent: 'The following month', type: 'DATE', value: '2013-05' },
  { reading: '"That summer" after a year is that year\'s summer, not the summer nearest its first day', sentence: 'The rebels retreated in early 2012. That summer, they returned.', extent: 'That summer', type: 'DATE', value: '2012-SU' },
  { reading: '"The following spring" after a year is the spring of the year after', sentence: 'The rebels took the city in 2011. The following spring, the army retook it.', extent: 'The following spring', type: 'DATE', value: '2012-SP' },
];

/** Backgrounders that look back years and count forward from there. */
const lookingBack: readonly NewsRow[] = [
  { reading: '"The next year" after "Two years later" counts from the year reached (2010), not from the year named', sentence: BACKGROUNDER, extent: 'The next year', type: 'DATE', value: '2011' },
  { reading: '"The next year" told in the past is the year after the one just named', sentence: 'The firm was founded in 2008. The next year, it opened a plant in Ohio.', extent: 'The next year', type: 'DATE', value: '2009' },
  { reading: 'in a history told long after, "that morning" is the story\'s day, not a day of the writer\'s time named between ("this day", read as the reference\'s: WikiWars 1 of 1)', sentence: 'The French left in 1954. The war began in 1955 and grew in 1961, 1963 and 1964. On 7 February 1965, jets struck the North. From this day forward the war was no longer confined to the South. On that morning, the roar of engines filled the base.', reference: '2009-12-19', extent: 'that morning', type: 'TIME', value: '1965-02-07TMO' },
  { reading: '"That year" is the year just named', sentence: 'The treaty was signed in 1992. That year, the economy shrank.', extent: 'That year', type: 'DATE', value: '1992' },
];

/** Where the story comes back to its own date. */
const backToThePublicationDate: readonly NewsRow[] = [
  { reading: 'a weekday in a new sentence after a year long past is the story\'s week again, not the old year\'s', sentence: 'The firm was founded in 1998. On Monday, it said profits fell.', extent: 'Monday', type: 'DATE', value: '2013-05-13' },
  { reading: '"Today" after a history is the publication date', sentence: 'The war began in 2003. Today, the country is at peace.', extent: 'Today', type: 'DATE', value: '2013-05-16' },
  { reading: 'a bare month in the next sentence after a year takes the story\'s year: a sentence break ends the year\'s reach', sentence: 'The plant closed in 2009. It reopened in March.', extent: 'March', type: 'DATE', value: '2013-03' },
  { reading: 'a weekday inside a quote is the speaker\'s, which is the story\'s time: the coming Sunday', sentence: 'The ship sank on May 2. "We will find them by Sunday," the captain said.', extent: 'Sunday', type: 'DATE', value: '2013-05-19' },
  { reading: 'a weekday after a dateline and an old year is the dateline\'s week', sentence: 'LONDON, May 15 (Reuters) - The bank raised rates in 2008. On Wednesday, it cut them.', extent: 'Wednesday', type: 'DATE', value: '2013-05-15' },
  { reading: 'a new paragraph in the present after a history: the weekday of a schedule is the coming one', sentence: 'The dam burst in 1975.\n\nToday the river is calm, and the town holds a market on Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-05-18' },
  { reading: 'a new paragraph\'s "Today" after a history is the publication date', sentence: 'The dam burst in 1975.\n\nToday the river is calm, and the town holds a market on Saturday.', extent: 'Today', type: 'DATE', value: '2013-05-16' },
];

/** Vague references inside such stories. */
const vagueReferences: readonly NewsRow[] = [
  { reading: '"saying at the time" after a dated past is a past reference (TimeBank: "the time" PAST_REF, 1 of 1 after a verb of saying)', sentence: 'The law passed in 2010. Its author said at the time that it would not survive.', extent: 'the time', type: 'DATE', value: 'PAST_REF' },
  { reading: '"These days" after a history is the present', sentence: 'The mine closed in 1985. These days, the town lives on tourism.', extent: 'These days', type: 'DATE', value: 'PRESENT_REF' },
  { reading: '"for now" after a dated past tags "now" alone (TimeBank 2 of 3)', sentence: 'The border was closed on Monday. It will stay closed for now.', extent: 'now', type: 'DATE', value: 'PRESENT_REF' },
  { reading: '"in the near future" is the future (TimeBank 1 of 1)', sentence: 'Rates rose in March. The bank plans to raise them again in the near future.', extent: 'the near future', type: 'DATE', value: 'FUTURE_REF' },
  { reading: '"in the coming weeks" is weeks of no stated number, from the story\'s date', sentence: 'The leader resigned on Monday. The party will name a successor in the coming weeks.', extent: 'the coming weeks', type: 'DURATION', value: 'PXW' },
  { reading: '"In the long term" is the future (MEANTIME 1 of 1)', sentence: 'Prices fell in April. In the long term, they will rise.', extent: 'the long term', type: 'DATE', value: 'FUTURE_REF' },
  { reading: '"In the past" is a past reference', sentence: 'In the past, such protests were rare. Prices rose 5 percent in the past year.', extent: 'the past', type: 'DATE', value: 'PAST_REF' },
  { reading: '"in the past year" is the year before the story\'s, a DATE (TimeBank 2 of 2)', sentence: 'In the past, such protests were rare. Prices rose 5 percent in the past year.', extent: 'the past year', type: 'DATE', value: '2012' },
];

/** Look-alikes in such stories that stay untagged. */
const lookAlikes: readonly NewsLookAlike[] = [
  { reading: '"Since then" points back to a time already tagged (TimeBank: 0 of 3)', sentence: 'The bill passed the House in March. Since then, it has stalled.', phrase: 'then' },
  { reading: '"then" as "at that time" after a year (TimeBank tags "then" 2 of 45)', sentence: 'He joined the army in 1999. He was 19 then.', phrase: 'then' },
  { reading: '"then" of sequence', sentence: 'The rebels took the city in 2011. The city was then rebuilt.', phrase: 'then' },
  { reading: '"So far" in a chain (TimeBank: 0 of 13)', sentence: 'The quake struck on Monday. So far, 40 people have been rescued.', phrase: 'So far' },
  { reading: '"To date" is "so far" (no dev-gold case; "year to date" names a year, "to date" alone none)', sentence: 'The bomb exploded on Tuesday. To date, no one has claimed responsibility.', phrase: 'To date' },
  { reading: '"in the meantime" between two dated events', sentence: 'The trial opens in June. In the meantime, the suspect stays in jail.', phrase: 'meantime' },
  { reading: '"At the time" of an event names the event\'s time, not a time of its own', sentence: 'The ship sank in 1998. At the time of the sinking, 300 people were aboard.', phrase: 'the time' },
  { reading: '"At one point" is a manner of speaking (a tie in the dev gold: MEANTIME tags it 1 of 1, TimeBank leaves it 0 of 1; left untagged like "at this point")', sentence: 'The protest began on Sunday. At one point, the crowd numbered 10,000.', phrase: 'one point' },
  { reading: '"a hit on Saturday" is a noun: no past cue, and the song title is no time', sentence: 'The song was a hit on Saturday Night Live.', phrase: 'Saturday Night Live' },
];

const todo: readonly { row: string; reason: string }[] = [];

const describeRows = (title: string, rows: readonly NewsRow[]) => describeNewsRows(title, rows, THURSDAY);

describe('how the tagger follows the time of a news story from sentence to sentence', () => {
  describeRows('day by day', dayByDay);
  describeRows('weeks, months and seasons that follow the story', weeksMonthsAndSeasons);
  describeRows('backgrounders that look back', lookingBack);
  describeRows('back to the publication date', backToThePublicationDate);
  describeRows('vague references in a story', vagueReferences);

  describe('a feast of Easter with no publication date', () => {
    it('"Easter" is an unknown day, XXXX-XX-XX, as "Christmas" is XXXX-12-25 (a bare year "XXXX" would say it is a year)', () => {
      const found = extractTimexes('Talks will resume after Easter.', {}).find((t) => t.text === 'Easter');
      expect(found?.value).toBe('XXXX-XX-XX');
    });
    it('"the Easter weekend" is an unknown weekend, XXXX-WXX-WE', () => {
      const found = extractTimexes('Over the Easter weekend, it rained.', {}).find((t) => t.text === 'Easter weekend');
      expect(found?.value).toBe('XXXX-WXX-WE');
    });
  });

  describeNewsLookAlikes('look-alikes that stay untagged', lookAlikes, THURSDAY);
  describeTodos(todo);
});
