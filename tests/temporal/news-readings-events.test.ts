/**
 * How the tagger reads the event news of 2010s wire copy (AP, AFP, CNN, WSJ, NYT style): crime, courts,
 * disasters, sports and weather, where the hour of an event, the length of a sentence and the days a
 * forecast covers carry the story. A specification in short sentences of our own, each read against a
 * publication date the way a careful editor and the TimeML 1.2.1 / TempEval-3 guidelines read it; it follows
 * tests/temporal/news-readings.test.ts, news-readings-business.test.ts and news-readings-narrative.test.ts and
 * repeats none of their rows. Where the guidelines are silent, the row follows the majority reading of the
 * TimeBank/AQUAINT and MEANTIME gold (counted with .tmp/probe.ts and noted in the row); where that gold has no
 * case either, the row says so. Rows we cannot meet yet are `it.todo` with the reason.
 *
 * Unless a row says otherwise, the story is dated Wednesday 13 March 2013 (ISO week 2013-W11, Monday 11 to
 * Sunday 17 March); weekend crime is often reported on the Monday, 11 March.
 */
import { describe } from 'vitest';
import { describeTodos } from './support/reading-spec.js';
import { describeNewsLookAlikes, describeNewsRows, type NewsLookAlike, type NewsRow } from './support/news-spec.js';

/** The story's date, 2013-03-13 (a Wednesday), unless a row gives its own reference. */
const WEDNESDAY = '2013-03-13';
/** A Monday story about the weekend just gone. */
const MONDAY = '2013-03-11';

const timesOfEvents: readonly NewsRow[] = [
  { reading: '"early" + the weekend day before a Monday story is that day, mod START', sentence: 'Two men were shot early Sunday outside a bar.', reference: MONDAY, extent: 'early Sunday', type: 'DATE', value: '2013-03-10', mod: 'START' },
  { reading: 'Reuters\' "early on" + weekday is AP\'s "early" + weekday: one DATE, mod START (no dev-gold case; MEANTIME keeps "late in the day" whole)', sentence: 'The blast happened early on Sunday.', reference: MONDAY, extent: 'early on Sunday', type: 'DATE', value: '2013-03-10', mod: 'START' },
  { reading: 'Reuters\' "late on" + weekday ahead, mod END', sentence: 'A vote is expected late on Thursday.', extent: 'late on Thursday', type: 'DATE', value: '2013-03-14', mod: 'END' },
  { reading: '"late" + weekday, in a story two days on, is still the latest such day, mod END', sentence: 'The suspect was arrested late Saturday.', reference: MONDAY, extent: 'late Saturday', type: 'DATE', value: '2013-03-09', mod: 'END' },
  { reading: '"late" + weekday + "night" is the night of that day, mod END', sentence: 'The suspect was arrested late Friday night.', extent: 'late Friday night', type: 'TIME', value: '2013-03-08TNI', mod: 'END' },
  { reading: '"early" + weekday + "morning" is the morning of that day, mod START', sentence: 'The blaze started early Saturday morning.', reference: MONDAY, extent: 'early Saturday morning', type: 'TIME', value: '2013-03-09TMO', mod: 'START' },
  { reading: '"shortly after midnight" in the past tense is the midnight that began the story\'s day, approximately', sentence: 'The fire broke out shortly after midnight.', extent: 'shortly after midnight', type: 'TIME', value: '2013-03-13T00:00', mod: 'APPROX' },
  { reading: '"shortly before" + clock time is approximate', sentence: 'Police said the gunman fired shortly before 9 p.m.', extent: 'shortly before 9 p.m.', type: 'TIME', value: '2013-03-13T21:00', mod: 'APPROX' },
  { reading: '"around" + clock time + weekday is that weekday\'s hour, mod APPROX', sentence: 'The shooting happened around 2:30 a.m. Sunday.', reference: MONDAY, extent: 'around 2:30 a.m. Sunday', type: 'TIME', value: '2013-03-10T02:30', mod: 'APPROX' },
  { reading: '"at about" + clock time + weekday: "about" is in the extent, "at" is not', sentence: 'The crash happened at about 10 p.m. Tuesday.', extent: 'about 10 p.m. Tuesday', type: 'TIME', value: '2013-03-12T22:00', mod: 'APPROX' },
  { reading: 'a clock time + "local time" + weekday is one TIME on that weekday', sentence: 'The quake struck at 5:12 a.m. local time Monday.', extent: '5:12 a.m. local time Monday', type: 'TIME', value: '2013-03-11T05:12' },
  { reading: '"overnight" + weekday is the night of that day, like "Saturday night" (no dev-gold case; a bare "overnight" is the night before the story\'s day)', sentence: 'The bridge collapsed overnight Saturday.', extent: 'overnight Saturday', type: 'TIME', value: '2013-03-09TNI' },
  { reading: '"overnight" + weekday ahead in a forecast', sentence: 'More rain is expected overnight Friday.', extent: 'overnight Friday', type: 'TIME', value: '2013-03-15TNI' },
  { reading: 'a possessive weekday + night before an event noun is a TIME', sentence: "Sunday night's quake killed 12 people.", extent: 'Sunday night', type: 'TIME', value: '2013-03-10TNI' },
  { reading: 'a weekday + night after "expected to" looks ahead', sentence: 'The hurricane is expected to make landfall Thursday night.', extent: 'Thursday night', type: 'TIME', value: '2013-03-14TNI' },
  { reading: '"late" + weekday + "afternoon"', sentence: 'The bodies were found late Monday afternoon.', extent: 'late Monday afternoon', type: 'TIME', value: '2013-03-11TAF', mod: 'END' },
  { reading: '"at about" + clock time + "in the morning" is one TIME: the part of the day says the half of the day (TimeBank: "4 in the morning", one TIME)', sentence: 'The driver fell asleep at about 3:45 in the morning.', extent: 'about 3:45 in the morning', type: 'TIME', value: '2013-03-13T03:45', mod: 'APPROX' },
  { reading: '"within minutes" is minutes of no stated number', sentence: 'Firefighters arrived within minutes.', extent: 'minutes', type: 'DURATION', value: 'PTXM' },
  { reading: '"Minutes later" opening a sentence is minutes of no stated number', sentence: 'Minutes later, a second bomb exploded.', extent: 'Minutes', type: 'DURATION', value: 'PTXM' },
  { reading: '"for more than an hour" is one hour, mod MORE_THAN', sentence: 'The standoff lasted for more than an hour.', extent: 'more than an hour', type: 'DURATION', value: 'PT1H', mod: 'MORE_THAN' },
  { reading: '"lasted" + a count of minutes keeps the count as said (PT90M, not PT1H30M)', sentence: 'The gunfight lasted 90 minutes.', extent: '90 minutes', type: 'DURATION', value: 'PT90M' },
  { reading: 'a bare hour before a range\'s second end takes its "a.m." and its day', sentence: 'The shooting happened between 2 and 3 a.m. Sunday.', extent: '2', type: 'TIME', value: '2013-03-10T02:00' },
  { reading: '"at dawn" is the early morning of the story\'s day (TIDES: dawn is morning; no dev news case)', sentence: 'The attack happened at dawn.', extent: 'dawn', type: 'TIME', value: '2013-03-13TMO' },
];

const sports: readonly NewsRow[] = [
  { reading: 'a possessive weekday before "game" in the past tense', sentence: "He scored 30 points in Sunday's game.", extent: 'Sunday', type: 'DATE', value: '2013-03-10' },
  { reading: 'a year before "season" is tagged alone, as "the 2012 election" is', sentence: 'He missed most of the 2012 season.', extent: '2012', type: 'DATE', value: '2012' },
  { reading: '"a four-year contract" is a span of years', sentence: 'He signed a four-year contract with the Lakers.', extent: 'four-year', type: 'DURATION', value: 'P4Y' },
  { reading: 'a schedule present ("open their season") + month and day looks ahead', sentence: 'The Nationals open their season on April 1.', extent: 'April 1', type: 'DATE', value: '2013-04-01' },
  { reading: 'a weekday + night after a schedule present ("play") looks ahead', sentence: 'The Lakers play the Celtics on Friday night.', extent: 'Friday night', type: 'TIME', value: '2013-03-15TNI' },
  { reading: 'a race time keeps its decimals (TIMEX3 allows a decimal last component: PT9.58S, not PT958S)', sentence: 'He won the 100 meters in 9.58 seconds.', extent: '9.58 seconds', type: 'DURATION', value: 'PT9.58S' },
  { reading: '"on weekends" is every weekend, as "on Sundays" is every Sunday (the guidelines give no value; the dev gold writes XXXX-WE, tweets 3 of 3, no other weekend SET in any dev corpus)', sentence: 'The stadium tour runs on weekends.', extent: 'weekends', type: 'SET', value: 'XXXX-WE' },
  { reading: 'a count of weekends back is one weekend, not a set', sentence: 'He last played two weekends ago.', extent: 'two weekends ago', type: 'DATE', value: '2013-W09-WE' },
  { reading: '"every" + month is a yearly set on that month', sentence: 'The marathon is held every April.', extent: 'every April', type: 'SET', value: 'XXXX-04' },
  { reading: '"runs through" + month and day looks ahead', sentence: 'The tournament runs through March 24.', extent: 'March 24', type: 'DATE', value: '2013-03-24' },
  { reading: 'a race time after "in" is a DURATION (not the clock reading 02:03)', sentence: 'He ran the marathon in 2:03:38.', extent: '2:03:38', type: 'DURATION', value: 'PT2H3M38S' },
  { reading: 'a span in several units joined by commas and "and" is one DURATION', sentence: 'He ran the marathon in 2 hours, 3 minutes and 38 seconds.', extent: '2 hours, 3 minutes and 38 seconds', type: 'DURATION', value: 'PT2H3M38S' },
  { reading: '"for the second straight year" is the year the count reaches: the story\'s year (as MEANTIME dates "a second consecutive day"; no dev-gold year)', sentence: 'The club won the title for the second straight year.', extent: 'the second straight year', type: 'DATE', value: '2013' },
  { reading: 'after a year just named, the straight year is that year', sentence: 'In 2012, the club won the title for a third consecutive year.', extent: 'a third consecutive year', type: 'DATE', value: '2012' },
];

const courts: readonly NewsRow[] = [
  { reading: '"died" + weekday looks back (a short regular past form)', sentence: 'He died on Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-03-09' },
  { reading: '"sued" + weekday looks back', sentence: 'She sued on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-08' },
  { reading: '"sentenced to" + a count of years is a span', sentence: 'He was sentenced to 10 years in prison.', extent: '10 years', type: 'DURATION', value: 'P10Y' },
  { reading: '"25 years to life": the count of years is a span, "life" is not', sentence: 'The judge sentenced him to 25 years to life.', extent: '25 years', type: 'DURATION', value: 'P25Y' },
  { reading: '"up to" + years is mod EQUAL_OR_LESS', sentence: 'He faces up to 20 years in prison.', extent: 'up to 20 years', type: 'DURATION', value: 'P20Y', mod: 'EQUAL_OR_LESS' },
  { reading: '"years\'" with a possessive apostrophe is still the span ("three years\' probation"; TimeBank: "three days\'\'" P3D, 1 of 1)', sentence: "He was given three years' probation.", extent: 'three years', type: 'DURATION', value: 'P3Y' },
  { reading: 'the weekday of sentencing after "sentenced"', sentence: 'He was sentenced Tuesday to 15 years.', extent: 'Tuesday', type: 'DATE', value: '2013-03-12' },
  { reading: 'the months served are a span, apart from the sentence\'s length', sentence: 'He served 18 months of a two-year sentence.', extent: '18 months', type: 'DURATION', value: 'P18M' },
  { reading: '"eligible for parole in" + year', sentence: 'He will be eligible for parole in 2020.', extent: '2020', type: 'DATE', value: '2020' },
  { reading: '"the trial, set for" + month and day lies ahead', sentence: 'The trial, set for May 3, was postponed.', extent: 'May 3', type: 'DATE', value: '2013-05-03' },
  { reading: '"Jury selection begins next month" is the month after the story\'s', sentence: 'Jury selection begins next month.', extent: 'next month', type: 'DATE', value: '2013-04' },
  { reading: '"within 30 days" is a span of days', sentence: 'The company must respond within 30 days.', extent: '30 days', type: 'DURATION', value: 'P30D' },
  { reading: '"expected to last" + a span: "last" is the verb and stays out of the extent', sentence: 'The trial is expected to last six weeks.', extent: 'six weeks', type: 'DURATION', value: 'P6W' },
  { reading: '"deliberated for about three hours" is hours, mod APPROX', sentence: 'The jury deliberated for about three hours.', extent: 'about three hours', type: 'DURATION', value: 'PT3H', mod: 'APPROX' },
  { reading: '"scheduled for" + month looks ahead', sentence: 'Sentencing is scheduled for April.', extent: 'April', type: 'DATE', value: '2013-04' },
];

const weatherAndDisasters: readonly NewsRow[] = [
  { reading: '"the worst storm in a decade" is a ten-year span', sentence: 'It was the worst storm in a decade.', extent: 'a decade', type: 'DURATION', value: 'P10Y' },
  { reading: '"since records began in" + year is that year', sentence: 'It was the hottest July since records began in 1895.', extent: '1895', type: 'DATE', value: '1895' },
  { reading: 'a superlative month in the past tense is the latest such month', sentence: 'It was the hottest July since records began in 1895.', extent: 'July', type: 'DATE', value: '2012-07' },
  { reading: '"for the next 48 hours" is a span of hours', sentence: 'Heavy rain is expected for the next 48 hours.', extent: 'the next 48 hours', type: 'DURATION', value: 'PT48H' },
  { reading: '"through the weekend" in the future tense is this week\'s weekend', sentence: 'Snow will continue through the weekend.', extent: 'the weekend', type: 'DATE', value: '2013-W11-WE' },
  { reading: '"Thursday into Friday": the second day of a forecast span', sentence: 'Heavy snow is forecast Thursday into Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-15' },
  { reading: '"the rest of the week" is the story\'s week, mod END', sentence: 'Rain will persist for the rest of the week.', extent: 'the rest of the week', type: 'DATE', value: '2013-W11', mod: 'END' },
  { reading: '"by" + weekday + "morning" after "would" looks ahead', sentence: 'Officials said the storm would weaken by Friday morning.', extent: 'Friday morning', type: 'TIME', value: '2013-03-15TMO' },
  { reading: '"until" + clock time + weekday is one TIME ahead', sentence: 'The warning remains in effect until 6 p.m. Thursday.', extent: '6 p.m. Thursday', type: 'TIME', value: '2013-03-14T18:00' },
  { reading: '"the worst in 50 years" is a span of years', sentence: 'The floods were the worst in 50 years.', extent: '50 years', type: 'DURATION', value: 'P50Y' },
  { reading: 'a superlative before "March" makes it the calendar month, the latest one in the past tense', sentence: 'It was the wettest March on record.', reference: '2013-04-02', extent: 'March', type: 'DATE', value: '2013-03' },
  { reading: '"expected to last through" + weekday looks ahead: "last" after "to" is the verb, not the past cue', sentence: 'The heat wave is expected to last through Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-03-17' },
  { reading: '"by midweek" is the story\'s week, mod MID (no dev-gold case)', sentence: 'Temperatures should rise by midweek.', extent: 'midweek', type: 'DATE', value: '2013-W11', mod: 'MID' },
  { reading: '"through the night" in the past is the night just gone, as "overnight" is (no dev-gold case)', sentence: 'Rescuers worked through the night.', extent: 'the night', type: 'TIME', value: '2013-03-12TNI' },
];

/** Look-alikes that stay untagged in event news: the sentence must yield no expression overlapping `phrase`. */
const lookAlikes: readonly NewsLookAlike[] = [
  { reading: '"life in prison" is a sentence, not a span of time', sentence: 'She was sentenced to life in prison.', phrase: 'life' },
  { reading: '"life terms" are sentences, not spans of time', sentence: 'He was sentenced to two consecutive life terms.', phrase: 'life terms' },
  { reading: '"overtime" is a phase of a game, not a calendar time (no dev-gold case)', sentence: 'The game went into double overtime.', phrase: 'overtime' },
  { reading: '"halftime" is a phase of a game (no dev-gold case)', sentence: 'The score was tied at halftime.', phrase: 'halftime' },
  { reading: '"the 89th minute" counts the game\'s clock, not a calendar time (no dev-gold case)', sentence: 'Messi scored in the 89th minute.', phrase: '89th minute' },
  { reading: '"the regular season" is a league\'s phase (no dev-gold case)', sentence: 'The Giants won 10 games in the regular season.', phrase: 'regular season' },
  { reading: '"the offseason" is a league\'s phase (no dev-gold case)', sentence: 'He had knee surgery during the offseason.', phrase: 'offseason' },
  { reading: '"straight games" counts games, not days (MEANTIME tags "six straight days", a span of days)', sentence: 'The Heat have won 20 straight games.', phrase: '20 straight games' },
  { reading: '"straight sets" count sets; the match time after them is the span', sentence: 'Federer won in straight sets in under two hours.', phrase: 'straight sets' },
  { reading: 'a player\'s age is not a duration', sentence: 'The 24-year-old striker scored twice.', phrase: '24-year-old' },
  { reading: 'a half of a game is not a half-year: "the first half" before a score', sentence: 'The first half ended 1-1.', phrase: 'The first half' },
  { reading: 'a half of a game is not a half-year: "scored in the second half"', sentence: 'He scored in the second half.', phrase: 'the second half' },
];

const todo: readonly { row: string; reason: string }[] = [
  {
    row: '"last season" / "this season" in "She has scored 12 goals this season." is a DATE',
    reason: 'no dev-gold case and no ISO value for a sports season that spans two years (2012-13); the guidelines are silent, so we leave it untagged. Re-checked in session 6: still 0 cases in TimeBank/AQUAINT, MEANTIME and the tweets; the only "season" gold anywhere is WikiWars\' "dry season" / "the monsoon season" (6 of 7), whose TIMEX2 originals carry no VAL at all (event-based), so neither source gives a value to write',
  },
];

const describeRows = (title: string, rows: readonly NewsRow[]) => describeNewsRows(title, rows, WEDNESDAY);

describe('how the tagger reads crime, courts, disasters, sports and weather news', () => {
  describeRows('times of events', timesOfEvents);
  describeRows('sports', sports);
  describeRows('courts and sentences', courts);
  describeRows('weather and disasters', weatherAndDisasters);

  describeNewsLookAlikes('look-alikes that stay untagged', lookAlikes, WEDNESDAY);
  describeTodos(todo);
});
