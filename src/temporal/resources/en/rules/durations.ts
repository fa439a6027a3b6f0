/** Lengths of time: "three years", "a three-day visit", "monthlong", "the past three years", "several weeks". */
import type { Rule } from '../../../rule-types.js';
import {
  END, SP, SPH, START, countNumber, group, month, number, optional, quantityModifier, unit, unitSingular, vagueQuantity, w,
} from '../pieces.js';

const qmod = optional(quantityModifier());
/** "last" after a modal or "to" is the verb: "The trial is expected to last six weeks" is "six weeks". */
const lastAsAdjective = `(?<!(?<![A-Za-z])${w('to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must')}${SP})${w('last')}`;
const span = optional(`${group('span', `${w('the past', 'the last', 'the next', 'the first', 'the coming', 'the final', 'the previous', 'the following', 'the remaining', 'the latest', 'the', 'past', 'next', 'another', 'an additional', 'the first')}|${lastAsAdjective}`)}${SP}`);
/**
 * A plural unit may end in a possessive apostrophe ("three years' probation", "some months'") but is not the
 * singular possessive "year's" or a compound ("three-year-old").
 */
const notCompoundOrPossessive = `(?!-|['’][A-Za-z0-9])`;
/**
 * Nouns that "a half-hour" modifies as an adjective ("a half-hour special"): TimeML tags the adjective alone, as it tags
 * "three-day" in "a three-day visit". A list, since the noun "a half-hour" is followed by words of every kind ("a
 * half-hour later", "a half-hour of talks"); a head missing here only keeps the article in the extent (the value is the same).
 */
const halfUnitAdjectiveHeads = w(
  'special', 'program', 'programme', 'show', 'broadcast', 'newscast', 'documentary', 'episode', 'segment', 'interview', 'speech',
  'address', 'meeting', 'session', 'briefing', 'debate', 'drive', 'walk', 'ride', 'flight', 'trip', 'delay', 'wait', 'break',
  'call', 'conversation', 'film', 'video', 'presentation', 'lecture', 'class', 'workout', 'nap', 'sitcom', 'slot', 'ceremony',
);
const orSo = optional(`${SP}${group('orSo', w('or so'))}`);
/**
 * "24 hours a day", "seven days a week" say "all the time", as "24/7" and "around the clock" do: no span of the calendar
 * (TimeBank leaves "24 hours a day" untagged, 1 of 1).
 */
const notAllTheTime = `(?!${w('24 hours a day', 'twenty-four hours a day', 'seven days a week', '7 days a week', '365 days a year')}${END})` +
  `(?<!${w('24 hours', 'twenty-four hours', 'seven days', '7 days', '365 days')}${SP})`;
/** What joins the parts of a span in several units: a comma, "and", or both ("2 hours, 3 minutes and 38 seconds"). */
const joined = `(?:,${SP}(?:${w('and')}${SP})?|${SP}${w('and')}${SP})`;
const pluralUnit = group('unit', w('years', 'months', 'weeks', 'decades', 'days', 'centuries', 'hours', 'minutes', 'quarters'));

export const durationRules: readonly Rule[] = [
  {
    id: 'duration-number-unit',
    pattern: `${START}(?<!:)${notAllTheTime}${qmod}${span}${number()}${optional(`${SPH}${group('half', w('1/2', '½', 'and a half', 'and-a-half', 'and half'))}`)}(?:${SP}|(?<=[0-9]))${optional(`${group('more', w('more', 'full', 'straight', 'consecutive', 'additional', 'trading', 'business', 'calendar'))}${SP}`)}${unit()}${optional(`${SP}${group('halfAfter', w('and a half'))}`)}${orSo}${END}${notCompoundOrPossessive}`,
    normalize: 'duration',
    examples: [
      { text: 'Raqqa has been occupied for three years.', extent: 'three years', value: 'P3Y', type: 'DURATION' },
      { text: "He was given three years' probation.", extent: 'three years', value: 'P3Y', type: 'DURATION' },
      { text: 'The trial is expected to last six weeks.', extent: 'six weeks', value: 'P6W', type: 'DURATION' },
      { text: 'He ran the 100 meters in 9.58 seconds.', extent: '9.58 seconds', value: 'PT9.58S', type: 'DURATION' },
      { text: '18 months', value: 'P18M', type: 'DURATION' },
      { text: 'the past three years', value: 'P3Y', type: 'DURATION' },
      { text: 'It has lost money for at least the past 18 months.', extent: 'at least the past 18 months', value: 'P18M', type: 'DURATION', mod: 'EQUAL_OR_MORE' },
      { text: 'more than four hours', value: 'PT4H', type: 'DURATION', mod: 'MORE_THAN' },
      { text: 'about a decade', value: 'P10Y', type: 'DURATION', mod: 'APPROX' },
      { text: 'the first nine months', value: 'P9M', type: 'DURATION' },
      { text: 'Sales fell in the past two quarters.', extent: 'the past two quarters', value: 'P2Q', type: 'DURATION' },
      { text: 'one and a half quarters', value: 'P4.5M', type: 'DURATION' },
      { text: 'the next couple of years', value: 'P2Y', type: 'DURATION' },
      { text: 'It took a couple of years.', extent: 'a couple of years', value: 'P2Y', type: 'DURATION' },
      { text: 'about 5 1/2 hours in Nairobi', extent: 'about 5 1/2 hours', value: 'PT5H30M', type: 'DURATION', mod: 'APPROX' },
      { text: 'refugee camps for 2 1/2 years', extent: '2 1/2 years', value: 'P2Y6M', type: 'DURATION' },
      { text: 'He served two-and-a-half years.', extent: 'two-and-a-half years', value: 'P2Y6M', type: 'DURATION' },
      { text: 'The siege lasted over two and half years.', extent: 'over two and half years', value: 'P2Y6M', type: 'DURATION', mod: 'MORE_THAN' },
      { text: 'But a minute and a half later', extent: 'a minute and a half', value: 'PT1M30S', type: 'DURATION' },
      { text: 'Three days later, the index recovered.', extent: 'Three days', value: 'P3D', type: 'DURATION' },
      { text: 'The flight takes 3hrs.', extent: '3hrs', value: 'PT3H', type: 'DURATION' },
      { text: 'Guards watch the gate 24 hours a day and the fence for 12 hours a day.', extent: '12 hours', value: 'PT12H', type: 'DURATION' },
      { text: 'It has been 30 mins.', extent: '30 mins', value: 'PT30M', type: 'DURATION' },
      { text: 'The empire lasted 1,460 years.', extent: '1,460 years', value: 'P1460Y', type: 'DURATION' },
      { text: 'The dynasty ruled for three hundred years.', extent: 'three hundred years', value: 'P300Y', type: 'DURATION' },
    ],
  },
  {
    id: 'duration-compound',
    // A half may sit between the count and the unit: "a 3-1/2-year low", "a 2½-hour delay" (TimeML spells it P3Y6M).
    pattern: `${START}${qmod}${countNumber()}${optional(`[- ]?${group('half', w('1/2', '½', 'and-a-half'))}`)}-${unitSingular()}${optional(`-${w('long')}`)}${END}(?!-)`,
    normalize: 'duration',
    examples: [
      { text: 'a three-day visit', extent: 'three-day', value: 'P3D', type: 'DURATION' },
      { text: 'a 30-year mortgage', extent: '30-year', value: 'P30Y', type: 'DURATION' },
      { text: 'The yen hit a 3-1/2-year low.', extent: '3-1/2-year', value: 'P3Y6M', type: 'DURATION' },
      { text: 'He signed a two-and-a-half-year contract.', extent: 'two-and-a-half-year', value: 'P2Y6M', type: 'DURATION' },
    ],
  },
  {
    id: 'duration-year-to-month',
    // Reuters' and the British "in the year to February", "the year to end-March": the twelve months up to that month, a
    // span, as "the year ended Feb. 28" is (relative.ts, relative-year-ended; TimeBank writes P1Y).
    pattern: `${START}${w('the', 'the fiscal', 'the financial')}${SP}${group('unit', w('year'))}(?=${SP}${w('to')}${SP}(?:${w('end')}-)?${month('toMonth')}${END})`,
    normalize: 'duration',
    priority: 2,
    examples: [
      { text: 'Inflation eased to 2 percent in the year to February.', extent: 'the year', value: 'P1Y', type: 'DURATION' },
      { text: 'Profit rose 8 percent in the financial year to end-March.', extent: 'the financial year', value: 'P1Y', type: 'DURATION' },
    ],
  },
  {
    id: 'duration-counted-units',
    // "2 hours, 3 minutes and 38 seconds", "five years and six months": one span in several units, largest first (TimeML
    // writes it as one value, PT2H3M38S). The parts are joined by a comma or "and", never by nothing: "24 hours a day" is a
    // rate, and the normalizer refuses units that do not shrink.
    pattern: `${START}${qmod}${span}${number()}${SP}${unit()}${joined}${number('num2')}${SP}${unit('unit2')}${optional(`${joined}${number('num3')}${SP}${unit('unit3')}`)}${END}${notCompoundOrPossessive}`,
    normalize: 'duration',
    priority: 1,
    examples: [
      { text: 'He ran the marathon in 2 hours, 3 minutes and 38 seconds.', extent: '2 hours, 3 minutes and 38 seconds', value: 'PT2H3M38S', type: 'DURATION' },
      { text: 'He was sentenced to five years and six months in prison.', extent: 'five years and six months', value: 'P5Y6M', type: 'DURATION' },
      { text: 'The flight took 1 day and 6 hours.', extent: '1 day and 6 hours', value: 'P1DT6H', type: 'DURATION' },
    ],
  },
  {
    id: 'duration-race-time',
    // "ran the marathon in 2:03:38": hours, minutes and seconds after "in" or "a time of" are how long it took, not a time of
    // day. Not elsewhere: "abt 1:35:10" in a post is a clock reading (tweets gold, 1 of 1).
    pattern: `(?<=(?<![A-Za-z])${w('in', 'of', 'clocked', 'timed')}${SP})${group('spanHours', '[0-9]{1,2}')}:${group('spanMinutes', '[0-5][0-9]')}:${group('spanSeconds', '[0-5][0-9](?:\\.[0-9]{1,2})?')}${END}`,
    normalize: 'duration',
    priority: 1,
    examples: [
      { text: 'He ran the marathon in 2:03:38.', extent: '2:03:38', value: 'PT2H3M38S', type: 'DURATION' },
      { text: 'She won with a time of 1:05:00.', extent: '1:05:00', value: 'PT1H5M', type: 'DURATION' },
    ],
  },
  {
    id: 'duration-half-unit-span',
    // "the past half century", "the last half-hour": a span of half the unit, counted back or ahead ("half a century" is
    // duration-half-unit). Not "the last half of 1989", a half-year.
    pattern: `${START}${group('span', w('the past', 'the last', 'the next', 'the coming', 'the first', 'the previous', 'past', 'last', 'next', 'a'))}${SP}${group('halfOf', w('half'))}[- ]?${group('unit', w('century', 'decade', 'hour', 'year', 'day'))}${END}(?![-'’]|${SP}${halfUnitAdjectiveHeads}${END})`,
    normalize: 'duration',
    priority: 1,
    examples: [
      { text: 'The region has fought three wars in the past half century.', extent: 'the past half century', value: 'P50Y', type: 'DURATION' },
      { text: 'Prices jumped in the last half-hour of trading.', extent: 'the last half-hour', value: 'PT30M', type: 'DURATION' },
      { text: 'It took a half hour.', extent: 'a half hour', value: 'PT30M', type: 'DURATION' },
    ],
  },
  {
    id: 'duration-half-unit-adjective',
    // "a half-hour special": the adjective alone, as "three-day" in "a three-day visit" (see halfUnitAdjectiveHeads).
    pattern: `${START}${group('halfOf', w('half'))}-${group('unit', w('hour', 'day'))}${END}(?=${SP}${halfUnitAdjectiveHeads}${END})`,
    normalize: 'duration',
    examples: [
      { text: 'The network aired a half-hour special.', extent: 'half-hour', value: 'PT30M', type: 'DURATION' },
      { text: 'He gave a half-day briefing on Monday.', extent: 'half-day', value: 'PT12H', type: 'DURATION' },
    ],
  },
  {
    id: 'duration-past-small-unit',
    // "within the past hour", "in the next hour": a span up to or from now. A day or more is a calendar date in news ("the
    // past week", "the past year" are the previous ones, TimeBank 3 of 4); an hour has no such calendar unit. Not "the last
    // hour of trading" (an hour of a day), nor minutes ("at the last minute" is an idiom, not a span).
    pattern: `${START}${group('span', w('the past', 'the last', 'the next', 'the previous'))}${SP}${group('unit', w('hour'))}${END}(?![-'’]|${SP}${w('of')}${END})`,
    normalize: 'duration',
    examples: [
      { text: 'The suspect was arrested within the past hour.', extent: 'the past hour', value: 'PT1H', type: 'DURATION' },
      { text: 'More rain is expected in the next hour.', extent: 'the next hour', value: 'PT1H', type: 'DURATION' },
    ],
  },
  {
    id: 'duration-half-unit',
    pattern: `${START}${qmod}${group('halfOf', w('half'))}${SP}${w('a', 'an')}${SP}${unitSingular()}${END}(?![-'’])`,
    normalize: 'duration',
    examples: [
      { text: 'The vote took half an hour.', extent: 'half an hour', value: 'PT30M', type: 'DURATION' },
      { text: 'about half a century', value: 'P50Y', type: 'DURATION', mod: 'APPROX' },
    ],
  },
  {
    id: 'duration-quarter-century',
    // "a quarter of a century", "a quarter century", "a quarter-century": twenty-five years. Only with its article: "its
    // quarter-century low" stays untagged as TimeBank leaves it (1 of 1), and "a quarter of the market" is a share.
    pattern: `${START}${qmod}${group('num', w('a quarter'))}(?:${SP}${w('of a')}${SP}|${SP}|-)${group('unit', w('century'))}${END}(?![-'’])`,
    normalize: 'duration',
    examples: [
      { text: 'The dynasty ruled for a quarter of a century.', extent: 'a quarter of a century', value: 'P25Y', type: 'DURATION' },
      { text: 'It was the first such visit in a quarter-century.', extent: 'a quarter-century', value: 'P25Y', type: 'DURATION' },
      { text: 'The feud has run for nearly a quarter century.', extent: 'nearly a quarter century', value: 'P25Y', type: 'DURATION', mod: 'APPROX' },
    ],
  },
  {
    id: 'duration-fortnight-span',
    // British "the past fortnight" is a span of two weeks, as "the past two weeks" is ("last fortnight" without the article
    // names the fortnight before this one, no span).
    pattern: `${START}${qmod}${group('span', w('the past', 'the last', 'the next', 'the coming', 'the previous', 'the following', 'the first', 'the final'))}${SP}${group('unit', w('fortnight'))}${END}(?![-'’])`,
    normalize: 'duration',
    examples: [{ text: 'Fighting has eased in the past fortnight.', extent: 'the past fortnight', value: 'P2W', type: 'DURATION' }],
  },
  {
    id: 'duration-single-unit',
    // An adjectival duration like "three-day" (TimeML tags the ADJP alone): "the worst single-day fall".
    pattern: `${START}${w('single')}-${unitSingular()}${END}(?!-)`,
    normalize: 'duration',
    examples: [{ text: 'the worst single-day decline', extent: 'single-day', value: 'P1D', type: 'DURATION' }],
  },
  {
    id: 'duration-long',
    pattern: `${START}${group('unit', w('month', 'year', 'week', 'day', 'decade', 'century', 'hour', 'night', 'months', 'years', 'weeks', 'days', 'decades', 'hours'))}-?${w('long')}${END}`,
    normalize: 'duration',
    examples: [
      { text: 'during the monthlong assault', extent: 'monthlong', value: 'P1M', type: 'DURATION' },
      { text: 'a day-long strike', extent: 'day-long', value: 'P1D', type: 'DURATION' },
      { text: 'a decades-long feud', extent: 'decades-long', value: 'PXY', type: 'DURATION' },
    ],
  },
  {
    id: 'duration-vague',
    pattern: `${START}(?:${qmod}|${span})${optional(`${w('recent', 'coming', 'next')}${SP}`)}${vagueQuantity()}${SP}${unit()}${END}${notCompoundOrPossessive}`,
    normalize: 'duration',
    examples: [
      { text: 'several years', value: 'PXY', type: 'DURATION' },
      { text: 'the next few days', value: 'PXD', type: 'DURATION' },
      { text: "We have been in talks for some months' now.", extent: 'some months', value: 'PXM', type: 'DURATION' },
    ],
  },
  {
    id: 'duration-indefinite',
    // A stretch of time of no stated length: "for some time", "after a while".
    pattern: `${START}${w('some time', 'a while', 'a little while')}${END}`,
    normalize: 'fixed',
    params: { value: 'PXX', type: 'DURATION' },
    examples: [
      { text: 'forces could be in the region for some time.', extent: 'some time', value: 'PXX', type: 'DURATION' },
      { text: 'They will have to live without it for a while.', extent: 'a while', value: 'PXX', type: 'DURATION' },
    ],
  },
  {
    id: 'duration-vague-plural',
    // Bare plurals are tagged only where the text says so much ("for years", "within hours"): elsewhere
    // ("years of war", "days before") they are counted nouns more often than spans.
    pattern: `${START}(?:${group('span', w('recent', 'the past', 'the coming', 'coming', 'the next', 'the last', 'the early', 'the first'))}${SP}|(?<=${w('for', 'within', 'in', 'over', 'lasted', 'took', 'take', 'takes', 'last')}${SP}${optional(`${w('just', 'only')}${SP}`)}))${pluralUnit}${optional(`${SP}${w('ahead')}`)}${END}(?![-'’])`,
    normalize: 'duration',
    params: { vague: true },
    priority: -1,
    examples: [
      { text: 'It took years.', extent: 'years', value: 'PXY', type: 'DURATION' },
      { text: 'in recent weeks', extent: 'recent weeks', value: 'PXW', type: 'DURATION' },
      { text: 'the coming months', value: 'PXM', type: 'DURATION' },
      { text: 'It has been a tough business in recent quarters.', extent: 'recent quarters', value: 'PXQ', type: 'DURATION' },
      { text: 'The Dow dropped 100 points in just minutes.', extent: 'minutes', value: 'PTXM', type: 'DURATION' },
    ],
  },
  {
    id: 'duration-plural-later',
    // "Days later, he resigned", "weeks earlier", "days before the vote": a bare plural counted from the story's last
    // date, or from an event, is a span of time (TimeML leaves "later"/"before" a signal, as with "the weeks before").
    // Not a count ("2015 days before my birthday"), a measure ("a matter of days before he is freed") or "the weeks
    // before the shooting" (duration-plural-before-event).
    pattern: `(?<!(?:[0-9]|${w('of', 'the')})[ \\t\\n]{1,12})${START}${pluralUnit}${END}(?=${SP}(?:${w('later', 'earlier')}${END}|${w('before', 'after')}${SP}[A-Za-z]))`,
    normalize: 'duration',
    params: { vague: true },
    priority: -1,
    examples: [
      { text: 'Days later, the minister resigned.', extent: 'Days', value: 'PXD', type: 'DURATION' },
      { text: 'Hours later, the council voted.', extent: 'Hours', value: 'PTXH', type: 'DURATION' },
      { text: 'The army deployed troops days before the vote.', extent: 'days', value: 'PXD', type: 'DURATION' },
      { text: 'It is a matter of days before he is freed, and days before the vote.', extent: 'days', value: 'PXD', type: 'DURATION' },
    ],
  },
  {
    id: 'duration-the-plural',
    // "the weeks ahead", "over the years": the plural with its article is a span of the story too.
    pattern: `${START}${w('the')}${SP}${pluralUnit}(?:${SP}${w('ahead')}|(?<=${w('over')}${SP}${w('the')}${SP}[a-z]{4,9}))${END}(?![-'’]|${SP}[0-9])`,
    normalize: 'duration',
    params: { vague: true },
    priority: -2,
    examples: [
      { text: 'Funds may sell junk to pay departing investors in the weeks ahead.', extent: 'the weeks ahead', value: 'PXW', type: 'DURATION' },
      { text: 'Over the years, more patients died waiting.', extent: 'the years', value: 'PXY', type: 'DURATION' },
    ],
  },
  {
    id: 'duration-plural-before-event',
    // "in the weeks before the shooting", "in the years that followed": TimeBank tags the plural
    // noun alone and leaves "before"/"after" a signal to the event, as with "the day before the vote".
    pattern: `(?<=${START}${w('the')}${SP})${pluralUnit}${END}(?=${SP}(?:${w('before', 'after', 'following')}${SP}[A-Za-z]|${w('that followed')}${END}))`,
    normalize: 'duration',
    params: { vague: true },
    priority: -1,
    examples: [
      { text: "Kopp's car was seen in the neighborhood in the weeks before the shooting.", extent: 'weeks', value: 'PXW', type: 'DURATION' },
      { text: 'In the years that followed, the guerrillas waged war.', extent: 'years', value: 'PXY', type: 'DURATION' },
    ],
  },
];

