/**
 * Named regular-expression pieces the rule tables are written with. Every piece is a
 * source string; rules are compiled case-insensitively (`iu`), and the normalizers insist on
 * a capital where the vocabulary says so ("May", "March", "Sun.").
 * Pieces never nest unbounded quantifiers, so every rule matches in linear time.
 */
import {
  monthWords,
  numberWords,
  ordinalWords,
  partOfDayWords,
  prefixModifiers,
  quantityModifiers,
  seasonWords,
  unitWords,
  weekdayWords,
  abbreviatedWeekdays,
  vagueQuantityWords,
  irregularUnitPlurals,
  partOfMonthModifiers,
  decadeWords,
} from './vocabulary.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a pattern; its spaces match a short run of blanks. */
const literal = (phrase: string): string => escape(phrase).replace(/ /g, '[ \\t\\n]{1,12}');

/** An alternation of phrases, longest first so that the regex prefers the longer reading. */
export function anyOf(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(literal).join('|')})`;
}

/** A literal phrase (rules are compiled case-insensitively). */
export const w = (...phrases: string[]): string => anyOf(phrases);

export const group = (name: string, source: string): string => `(?<${name}>${source})`;
export const optional = (source: string): string => `(?:${source})?`;

/**
 * Letters and digits for word boundaries: ASCII plus the Latin-1 and Latin Extended letters.
 * Spelled out rather than `\\p{L}` so that rules compile without the `u` flag, which makes
 * V8's case-insensitive matching several times faster.
 */
export const WORD_CHAR = 'A-Za-z0-9_\\u00C0-\\u024F';
export const START = `(?<![${WORD_CHAR}$€£.,/-])`;
export const START_LOOSE = `(?<![${WORD_CHAR}])`;
export const END = `(?![${WORD_CHAR}]|[.,][0-9])`;
/** Runs of space are bounded so that no pattern can scan a long run twice. */
export const SP = '[ \\t\\n]{1,12}';
export const OSP = '[ \\t\\n]{0,12}';
/** Space or hyphen: "third quarter", "third-quarter". */
export const SPH = '(?:[ \\t\\n]{1,12}|-)';

const monthKeys = Object.keys(monthWords);
const fullMonths = monthKeys.filter((k) => k.length > 4 || k === 'june' || k === 'july' || k === 'may');
const abbreviations = monthKeys.filter((k) => !fullMonths.includes(k));

/** A month name or abbreviation ("March", "Mar.", "Sept."). */
export const month = (name = 'month'): string =>
  group(
    name,
    `${anyOf(fullMonths)}|(?:${anyOf(abbreviations)})\\.?`,
  );

/** A month name or abbreviation without a capture group: the text a lookahead has already captured, matched again. */
export const monthWord = (): string => `(?:${anyOf(fullMonths)}|(?:${anyOf(abbreviations)})\\.?)`;

/** A day of month without a capture group (see `monthWord`). */
export const dayOfMonthDigits = '(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?(?![0-9])';

/**
 * A day and a month in either order ("Nov. 9", "19 March") with each captured once (`day`/`month` by default): two
 * lookaheads capture them wherever they stand, then the text is matched plain, since a regex may name a group only once.
 */
export const dayAndMonthEitherOrder = (dayName = 'day', monthName = 'month'): string =>
  `(?=(?:${monthWord()}${SP})?${dayOfMonth(dayName)})(?=(?:${dayOfMonthDigits}${SP})?${month(monthName)})` +
  `(?:${monthWord()}${SP}${dayOfMonthDigits}|${dayOfMonthDigits}${SP}${monthWord()})`;

/** A weekday ("Sunday", "Tues.", "Fri."). Abbreviations need the period: "Sun" is not Sunday. */
export const weekday = (name = 'weekday'): string => {
  const full = Object.keys(weekdayWords).filter((k) => !abbreviatedWeekdays.includes(k));
  return group(name, `${anyOf(full)}|(?:${anyOf(abbreviatedWeekdays)})\\.`);
};

/**
 * A weekday before a date: page stamps abbreviate it without the period ("Wed 20 Mar 2013", "Wed March 20, 2013"), which is
 * safe only where a day number, or a month and a day number, follows.
 */
export const weekdayBeforeDate = (name = 'weekday'): string => {
  const full = Object.keys(weekdayWords).filter((k) => !abbreviatedWeekdays.includes(k));
  // "The Sun 20 March edition" is the paper.
  return group(name, `${anyOf(full)}|(?:${anyOf(abbreviatedWeekdays)})\\.|(?<!\\b[Tt]he[ \\t]+)(?:${anyOf(abbreviatedWeekdays)})(?=,?${SP}(?:[0-9]|${monthWord()}${SP}[0-9]))`);
};

/** Plural weekday ("Tuesdays") for sets. */
export const weekdays = (name = 'weekday'): string => {
  const full = Object.keys(weekdayWords).filter((k) => !abbreviatedWeekdays.includes(k));
  return `${group(name, anyOf(full))}s`;
};

/** Day of month 1–31 with an optional ordinal suffix. */
export const dayOfMonth = (name = 'day'): string =>
  `${group(name, '0?[1-9]|[12][0-9]|3[01]')}(?:st|nd|rd|th)?(?![0-9])`;

/** Ordinal day of month as a word ("the third of March"). */
export const ordinalDay = (name = 'dayOrd'): string => group(name, anyOf(Object.keys(ordinalWords).filter((k) => ordinalWords[k]! <= 31 && k !== 'last' && k !== 'final')));

/** A four-digit year 1000–2099 (or an apostrophe year "'98"). */
export const year = (name = 'year'): string => group(name, `1[0-9]{3}|20[0-9]{2}|['’][0-9]{2}`);
/** A four-digit year only. */
export const fullYear = (name = 'year'): string => group(name, `1[0-9]{3}|20[0-9]{2}`);

/**
 * An era after a year: "BC", "B.C.", "B.C" (its last period lost to the sentence), "BCE", "AD",
 * "CE". The word after it is captured (`eraNext`) for the normalizer, which wants capitals and
 * tells "the 2010 BC Liberals" (British Columbia) from "1200 BC".
 */
export const eraAfterYear = (): string => era(`${beforeChrist}|A\\.D\\.|AD|C\\.E\\.|CE`);
/** Only the eras before Christ (a range "499-493 BC" shares its era). */
export const eraBeforeChrist = (): string => era(beforeChrist);
const beforeChrist = 'B\\.C\\.E\\.?|BCE|B\\.C\\.?|BC';
const era = (eras: string): string => `${group('era', eras)}(?![A-Za-z])(?=${SP}(?<eraNext>[A-Za-z]+)|)`;
/** A year that an era word makes one: up to four digits, no leading zero. */
export const eraYear = (name = 'eraYear'): string => group(name, '[1-9][0-9]{0,3}');

/** A decade: "1990s", "'90s", "90s", "nineties". */
export const decade = (name = 'decade'): string => group(name, `1[0-9]{2}0|20[0-9]0|['’]?[0-9]0(?=s)`) + `['’]?s`;

/** "the 1800s": a century, not a decade (TimeML: value 18). "the 2000s" stays the decade. */
export const hundreds = (name = 'hundreds'): string => group(name, '1[0-9]00') + `['’]?s`;

/** A decade in words, "sixties", "nineteen-sixties"; its century word is optional. */
export const decadeInWords = (name = 'decadeWord'): string =>
  `${optional(`${group('decadeCentury', w('nineteen', 'eighteen'))}[- ]`)}${group(name, anyOf(Object.keys(decadeWords)))}`;

export const season = (name = 'season'): string => group(name, anyOf(Object.keys(seasonWords)));
export const partOfDay = (name = 'pod'): string => group(name, anyOf(Object.keys(partOfDayWords)));

const unitKeys = Object.keys(unitWords);
/** A calendar unit, singular or plural. */
export const unit = (name = 'unit'): string =>
  group(name, anyOf([...unitKeys.map((u) => `${u}s`), ...unitKeys, ...Object.keys(irregularUnitPlurals)]));
/** A calendar unit in the singular (used in compounds: "three-year", "monthlong"). */
export const unitSingular = (name = 'unit'): string => group(name, anyOf(unitKeys));
/** A calendar unit from day to year (what "last …" and "this …" take). */
export const calendarUnit = (name = 'unit'): string =>
  group(name, anyOf(['day', 'week', 'weekend', 'month', 'quarter', 'year', 'decade', 'century', 'season']));

const cardinalWords = Object.keys(numberWords).filter((k) => !['a', 'an'].includes(k) && !k.includes(' '));
const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ones = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const teens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
/**
 * A cardinal number in digits ("18", "1.5", "3,000" with its thousands commas, not the "1" of "1,500") or words ("twenty-four",
 * "a couple of", "two hundred", "a thousand").
 */
export const number = (name = 'num'): string =>
  group(
    name,
    `[0-9]{1,3}(?:,[0-9]{3})+(?![0-9]|,[0-9])|${anyOf([...ones, ...teens, ...tens, 'a'])}[ -]${anyOf(['hundred', 'thousand'])}|[0-9]{1,3}(?:\\.[0-9]+)?(?![0-9,]*,[0-9])|${anyOf(tens)}(?:[- ]${anyOf(ones)})?|${anyOf(cardinalWords)}|${anyOf(['a couple of', 'couple of', 'a dozen', 'half a dozen', 'a', 'an', 'one'])}`,
  );
/** A number in digits or words but not "a"/"an" (for compounds like "three-year"). */
export const countNumber = (name = 'num'): string =>
  group(name, `[0-9]{1,4}(?![0-9])|${anyOf(tens)}(?:[- ]${anyOf(ones)})?|${anyOf(cardinalWords)}`);

export const vagueQuantity = (name = 'vague'): string => group(name, anyOf(vagueQuantityWords));

export const ordinal = (name = 'ord'): string =>
  group(name, `${anyOf(Object.keys(ordinalWords))}|[1-4](?:st|nd|rd|th)`);

/** "early in 1914", "Later in the summer": the phrase is the expression's (WikiWars, as "later in the day" is in news). */
const inModifiers = ['early in', 'late in', 'earlier in', 'later in'];
/** "early", "the end of", "mid-" … before an expression. */
export const prefixModifier = (name = 'mod'): string =>
  `${group(name, anyOf([...Object.keys(prefixModifiers).filter((k) => !(k in partOfMonthModifiers)), ...inModifiers]))}(?:${SP}|-)`;
/**
 * Before a weekday also Reuters' "late on Friday", "early on Sunday", AP's "late Friday", "early Sunday" (mod END,
 * START). Not before a date: WikiWars leaves "late on" out of "late on 21 June". Not "earlier on": TimeBank leaves
 * "Earlier" out before a weekday.
 */
export const prefixModifierBeforeWeekday = (name = 'mod'): string =>
  `${group(name, anyOf([...Object.keys(prefixModifiers).filter((k) => !(k in partOfMonthModifiers)), ...inModifiers, 'early on', 'late on']))}(?:${SP}|-)`;

/** "the first week of", "the last days of" … before a month name. */
export const partOfMonthModifier = (name = 'mod'): string => `${group(name, anyOf(Object.keys(partOfMonthModifiers)))}${SP}`;

/** "about", "more than", "at least" … before a quantity. */
export const quantityModifier = (name = 'qmod'): string =>
  `${group(name, `${anyOf(Object.keys(quantityModifiers).filter((k) => k !== 'or so'))}|${overAsMoreThan}`)}${SP}`;
/** "in over six years", "for over a year", "just over a month": after these "over" means more than, not during. */
const overAsMoreThan = `(?<=(?<![A-Za-z])${anyOf(['in', 'for', 'just', 'after', 'within', 'of', 'took', 'take', 'takes', 'taking', 'last', 'lasts', 'lasted', 'lasting'])}${SP})over`;

/** "last", "next", "this", "the past", "the coming" … before a unit or name. */
/** "last", "next", "this" … before a month name (no bare "the": "the Oct. 23 deadline"). */
export const monthRelation = (name = 'rel'): string =>
  group(name, anyOf(['last', 'next', 'this', 'this past', 'this coming', 'past', 'coming', 'that', 'the same', 'that same', 'the following', 'the previous', 'the last', 'the next', 'the coming']));

export const relationWord = (name = 'rel'): string =>
  group(name, anyOf(['last', 'next', 'this', 'this past', 'this coming', 'the past', 'past', 'the last', 'the next', 'the coming', 'coming', 'the previous', 'previous', 'the current', 'current', 'the following', 'following', 'the preceding', 'preceding', 'that', 'the same', 'that same', 'the latest', 'latest', 'the prior', 'prior', 'the', 'recent', 'the recent', 'the most recent', 'the first', 'the final', 'the remaining', 'the upcoming', 'upcoming']));

/**
 * "10 a.m. Eastern", "noon Pacific time", "9 p.m. Eastern Standard Time": US zones by name, taken into the extent as
 * TimeBank takes "EST" ("5 p.m. EST Nov. 9"); the bare name only where the clause goes on with a day or ends
 * (the regexes ignore case, so "not before a capital" cannot keep out "3 p.m. Central Park").
 */
const namedZones =
  `(?:Eastern|Central|Mountain|Pacific)(?:(?:${SP}(?:Standard|Daylight))?${SP}time` +
  `|(?=[ \\t\\n]{0,12}(?:[,.;:)!?"”]|$)|${SP}(?:on|today|tomorrow|tonight|yesterday|and|to|until|when|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![A-Za-z])))`;

/**
 * "at 0900", "from 0600": four digits with a leading zero after a preposition of time are a 24-hour clock time (British and
 * world-news copy); no year is written so. So is the end of a range that opens with one ("from 0800 to 1700", "0800-1700").
 * Checked from the end of the digits, so the clock time still starts at a digit; more digits after it make a phone number
 * ("at 0800 555 111").
 */
const militaryAfterPreposition =
  `(?:(?<=(?<![A-Za-z])(?:at|from|until|till|by|before|after)${SP}0[0-9]{3})|(?<=(?<![0-9])0[0-9]{3}(?:${SP}(?:to|until|till|and)${SP}|[-–])[0-9]{4}))(?![0-9]|[ \\t-][0-9])`;

/**
 * British copy writes the 24-hour clock with a dot ("14.32 GMT", the Guardian's page stamps); read so only before a zone, since
 * "14.32" alone is a decimal.
 */
const dottedBeforeUtcOrEuropeanZone = `\\.(?=[0-5][0-9]${SP}(?:GMT|UTC|BST|CET|CEST)(?![A-Za-z]))`;

/** Clock time: "3 p.m.", "10:35 a.m.", "15:30", "14.32 GMT", "noon", "midnight", "0900". */
export const clockTime = (): string =>
  `(?:${group('hour', '[01]?[0-9]|2[0-3]')}(?:[:.]${group('minute', '[0-5][0-9]')})?${OSP}${group('ampm', '[aApP](?:\\.[ ]?[mM]\\b\\.?|[ ]?[mM]\\b)')}|${group('hour24', '[01]?[0-9]|2[0-3]')}(?::|${dottedBeforeUtcOrEuropeanZone})${group('minute24', '[0-5][0-9]')}|(?:12${SP})?${group('named', anyOf(['noon', 'midnight', 'midday']))}|${group('hourMilitary', '[01][0-9]|2[0-3]')}${group('minuteMilitary', '[0-5][0-9]')}(?=${SP}(?:GMT|UTC|local time)\\b|${militaryAfterPreposition}))` +
  // "3pm local (0800 GMT)": "local" alone before its GMT equivalent or a stop is the zone words too.
  optional(`${SP}${group('zone', `(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|local time|local(?=${OSP}[(,.;])|${namedZones})(?![A-Za-z])`)}`);
