/**
 * English word lists: every word the rules may use, mapped to what it means.
 * Keys are lower case without a trailing period; the pieces module turns them into
 * regular-expression alternations (longest first) and the normalizers look them up here.
 */

/** Month words. `ambiguous` ones ("may", "march") only count when capitalized. */
export const monthWords: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Month words that are also common English words: matched only when capitalized. */
export const capitalizedOnlyMonths: readonly string[] = ['march', 'may', 'mar', 'jan', 'jun', 'jul', 'aug', 'sep', 'dec', 'nov', 'oct', 'feb', 'apr', 'sept'];

/** ISO weekday numbers (Monday = 1). */
/** Days named relative to the reference, by their offset in days; "tmr", "tmrw" as posts spell tomorrow. */
export const dayWords: Readonly<Record<string, number>> = {
  today: 0, tonight: 0, yesterday: -1, tomorrow: 1, tmr: 1, tmrw: 1,
};

export const weekdayWords: Readonly<Record<string, number>> = {
  monday: 1, mon: 1,
  tuesday: 2, tues: 2, tue: 2,
  wednesday: 3, wed: 3,
  thursday: 4, thurs: 4, thu: 4,
  friday: 5, fri: 5,
  saturday: 6, sat: 6,
  sunday: 7, sun: 7,
};

/** Abbreviated weekday words that are common words: matched only capitalized with a period. */
export const abbreviatedWeekdays: readonly string[] = ['mon', 'tues', 'tue', 'wed', 'thurs', 'thu', 'fri', 'sat', 'sun'];

/** TIMEX3 season codes. */
export const seasonWords: Readonly<Record<string, string>> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};

/** TIMEX3 part-of-day codes. */
export const partOfDayWords: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
  daytime: 'DT',
};

export const numberWords: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  couple: 2, 'a couple': 2, 'a couple of': 2, 'a dozen': 12, dozen: 12, 'half a dozen': 6,
  // Only "a quarter century" counts in quarters ("a quarter of the market" is a share): read by duration-quarter-century.
  'a quarter': 0.25,
};

/** The hours a clock face names, spelled out ("twelve o'clock"); their values are in `numberWords`. */
export const clockHourWords: readonly string[] = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

export const ordinalWords: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  thirtieth: 30, 'thirty-first': 31,
  last: 4, final: 4,
  // 'twenty-first' … 'twenty-ninth'
  ...Object.fromEntries(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'].map((w, i) => [`twenty-${w}`, 21 + i])),
};

/** Words for an unknown small number ("several years" → PXY). */
export const vagueQuantityWords: readonly string[] = ['several', 'few', 'a few', 'many', 'some', 'a number of', 'numerous'];

/** Calendar units: TIMEX3 duration letter, whether it is a time (PT…) unit, and granularity. */
export interface UnitInfo {
  letter: string;
  time: boolean;
  granularity: 'millennium' | 'century' | 'decade' | 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';
  /** Multiply the stated number (decade → 10 years). */
  factor: number;
}

const unitInfo = (letter: string, granularity: UnitInfo['granularity'], factor = 1, time = false): UnitInfo => ({ letter, time, granularity, factor });

export const unitWords: Readonly<Record<string, UnitInfo>> = {
  second: unitInfo('S', 'second', 1, true),
  minute: unitInfo('M', 'minute', 1, true),
  hour: unitInfo('H', 'hour', 1, true),
  day: unitInfo('D', 'day'),
  night: unitInfo('D', 'day'),
  week: unitInfo('W', 'week'),
  weekend: unitInfo('D', 'day', 2),
  fortnight: unitInfo('D', 'day', 14),
  month: unitInfo('M', 'month'),
  quarter: unitInfo('Q', 'quarter'),
  year: unitInfo('Y', 'year'),
  decade: unitInfo('E', 'decade'),
  century: unitInfo('C', 'century'),
  millennium: unitInfo('L', 'millennium'),
};

/**
 * Decades named in words ("the nineties") → the decade's first year within its century. The century
 * comes from a word before it ("the nineteen sixties") or, failing that, the two-digit-year convention.
 */
export const decadeWords: Readonly<Record<string, number>> = {
  twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90,
  // British "the noughties" is the decade 2000–2009 (the two-digit pivot puts "00" in 2000).
  noughties: 0,
};

/** Plural spellings that are not unit + "s". */
export const irregularUnitPlurals: Readonly<Record<string, string>> = {
  centuries: 'century',
  millennia: 'millennium',
  // Abbreviations ("90 mins", "3 hrs"); not "sec", which is the SEC far more often.
  min: 'minute',
  mins: 'minute',
  hr: 'hour',
  hrs: 'hour',
};

/**
 * "the first week of March": the month, at its start (TIMEX3 has no week-of-month value). Read
 * before month names only (one rule), so that the other rules do not try them at every "the".
 */
export const partOfMonthModifiers: Readonly<Record<string, string>> = {
  'the first week of': 'START', 'the first days of': 'START',
  'the last week of': 'END', 'the final week of': 'END', 'the last days of': 'END', 'the final days of': 'END',
  // "the second half of April" is April, at its end: TIMEX3 has no half-month, and without these the words split into
  // "the second half" (a half-year, 2013-H2) and "April". Before a year they stay a half-year ("the first half of 2012").
  'the first half of': 'START', 'the second half of': 'END', 'the latter half of': 'END',
};

/** Modifiers before an expression → TIMEX3 mod. */
export const prefixModifiers: Readonly<Record<string, string>> = {
  early: 'START', 'the early': 'START', 'the beginning of': 'START', 'the start of': 'START', 'the dawn of': 'START',
  'beginning of': 'START', 'start of': 'START',
  // "in the early hours of Sunday" (BBC, AFP): the start of the day, as "early Sunday".
  'the early hours of': 'START', 'early hours of': 'START', 'the small hours of': 'START', 'the wee hours of': 'START',
  mid: 'MID', middle: 'MID', 'the middle of': 'MID', 'the mid': 'MID', 'middle of': 'MID',
  late: 'END', 'the late': 'END', 'the end of': 'END', 'end of': 'END', 'the close of': 'END',
  // Reuters' and the FT's "end-February", "by end-2013": the end of the month or year, joined by a hyphen only ("talks end
  // March 3" is the verb: see the negative "end-as-a-verb").
  end: 'END',
  'the rest of': 'END',
  ...partOfMonthModifiers,
};

/** Approximation and comparison words before a quantity → TIMEX3 mod. */
export const quantityModifiers: Readonly<Record<string, string>> = {
  about: 'APPROX', around: 'APPROX', approximately: 'APPROX', roughly: 'APPROX', some: 'APPROX',
  nearly: 'APPROX', almost: 'APPROX', 'close to': 'APPROX', 'or so': 'APPROX',
  'more than': 'MORE_THAN', 'longer than': 'MORE_THAN',
  'less than': 'LESS_THAN', 'fewer than': 'LESS_THAN', 'shorter than': 'LESS_THAN',
  'at least': 'EQUAL_OR_MORE', 'no less than': 'EQUAL_OR_MORE',
  'at most': 'EQUAL_OR_LESS', 'no more than': 'EQUAL_OR_LESS', 'up to': 'EQUAL_OR_LESS',
};

/**
 * Relation words before a calendar date or a holiday ("last Friday", "the coming Monday", "that Monday"): `last` and
 * `next` count from the writer's time, `this` names the one of the current period, `narrative` follows the story
 * ("the following Monday", "that same Monday").
 */
export const relationWords: Readonly<Record<string, 'last' | 'next' | 'narrative' | 'this'>> = {
  last: 'last', 'this past': 'last', 'the past': 'last', past: 'last', previous: 'last', 'the previous': 'last', 'the last': 'last',
  'the preceding': 'last', 'the prior': 'last', 'late last': 'last',
  next: 'next', 'this coming': 'next', 'the coming': 'next', coming: 'next', 'the next': 'next', 'the upcoming': 'next', upcoming: 'next',
  that: 'narrative', 'the same': 'narrative', 'that same': 'narrative', 'the following': 'narrative',
  this: 'this', 'the current': 'this', current: 'this', 'this years': 'this', 'early this': 'this', 'late this': 'this', 'in the': 'this',
};

/**
 * Relation words before a unit ("last week", "the day before", "the week after next"), by how many units they count
 * from the writer's or the story's time; a word not listed counts none ("this week").
 */
export const shiftAmountWords: Readonly<Record<string, number>> = {
  ...Object.fromEntries([
    'last', 'the past', 'the last', 'the previous', 'the preceding', 'the prior', 'this past', 'last fiscal', 'last financial', 'the last financial',
    'the previous financial', 'the day before', 'the previous day', 'the night before', 'the previous night', 'before', 'earlier', 'previous', 'prior',
  ].map((w) => [w, -1])),
  ...Object.fromEntries([
    'next', 'the next', 'the coming', 'the following', 'the upcoming', 'this coming', 'next fiscal', 'next financial', 'the day after', 'the next day',
    'the following day', 'the next morning', 'the following morning', 'after', 'later',
  ].map((w) => [w, 1])),
  'the day before yesterday': -2, 'before last': -2, 'after next': 2, 'the day after tomorrow': 2,
};

/** Relation words before a unit that count from the day or week the story is at, not the writer's ("later in the day", "that week"). */
export const narrativeShiftWords: readonly string[] = [
  'in the', 'that', 'the same', 'that same', 'the following', 'the preceding', 'the previous', 'the prior', 'the day before', 'the day after',
  'the next day', 'the previous day', 'the following day', 'that day', 'the same day', 'that same day', 'the next morning', 'the following morning',
  'the night before', 'the previous night',
];
/** Relation words before a part of the day that follow the story ("that night", "the next morning"), not the writer's day. */
export const narrativeDayPartWords: readonly string[] = ['that', 'the same', 'the following', 'the next', 'the previous', 'the'];
/** Relation words that make "decade" and "century" a span up to now or from now ("the past decade" P1E), not a calendar decade. */
export const spanRelationWords: readonly string[] = ['the past', 'the last', 'past', 'the next', 'the coming'];

/**
 * Direction words after a count ("three days ago", "two weeks later"): which count back, and which count from the
 * writer's time rather than the story's ("ago", "from now", "hence", "back").
 */
export const directionWords = {
  back: ['ago', 'earlier', 'before', 'back'],
  fromWriter: ['ago', 'from now', 'hence', 'back'],
  /** After a count of years, these name a year-ago reading ("two years ago", "a year earlier"), not a shift of the unit. */
  yearsAgo: ['ago', 'earlier'],
} as const;

/** Recurring adverbs → TIMEX3 SET value ("daily" P1D). */
export const frequencyAdverbs: Readonly<Record<string, string>> = {
  daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', quarterly: 'P3M',
  yearly: 'P1Y', annually: 'P1Y', hourly: 'PT1H', semiannually: 'P6M', biannually: 'P6M',
};

/** How many times a SET recurs, in words ("twice a week" freq 2X); other counts are read as numbers before "times". */
export const timesWords: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };

/** Zones TimeML writes as `Z` (lower case); other named zones stay off the value, as TimeBank leaves "5 p.m. EST". */
export const utcZoneWords: readonly string[] = ['utc', 'gmt', 'z', 'zulu'];

/** Relation words that open a year relative to another ("last year's", "the following year"), read by their start. */
export const yearRelationPrefixes = {
  back: ['last', 'the previous'],
  ahead: ['next', 'the following'],
  /** The story's year, not the writer's: "that year", "the same year", "the following year". */
  narrative: ['that', 'the same', 'the following', 'the previous'],
} as const;
/** "for the year, volume was flat", "the fiscal year": the year of the report (TimeBank), before the unit "year". */
export const reportYearWords: readonly string[] = ['the', 'the fiscal', 'the financial', 'the full'];
/** "the latest quarter", "the most recent period": the latest reported period, the one before the reference's. */
export const latestPeriodWords: readonly string[] = ['the latest', 'the most recent'];
/** "the latest fiscal year": always the one before the reference's. */
export const latestFiscalWords: readonly string[] = ['the latest fiscal'];
/** "the first week of March", "the last week of March": a week counted in the month (MEANTIME writes 2009-W13), by its nth. */
export const weekOfMonthWords: Readonly<Record<string, number>> = { 'the first week of': 1, 'the last week of': -1, 'the final week of': -1 };
/** Modifiers of a relative expression → TIMEX3 mod: "earlier this week" START, "later this month" END, "in over six years" MORE_THAN. */
export const relativeModifiers: Readonly<Record<string, string>> = {
  earlier: 'START', later: 'END', over: 'MORE_THAN',
  // A share of a period at its start or end ("the latter part of the year", "most of the rest of the year").
  'the early part of': 'START', 'the earlier part of': 'START', 'the latter part of': 'END', 'the later part of': 'END',
  'most of the rest of': 'END', 'much of the rest of': 'END',
};
/** Words that may trail a modifier and are dropped before it is looked up: "late in the day", "late on Friday". */
export const modifierTails: readonly string[] = ['in', 'on'];
/** Periods counted back a year that are spans, not points ("from the year-ago nine months"): their DURATION value. */
export const yearAgoSpans: Readonly<Record<string, string>> = { 'nine months': 'P9M', 'six months': 'P6M' };

/**
 * Words that move a date by a count of units or to a weekday ("the day after Christmas", "the day before last Tuesday",
 * "a week from Friday"), by the direction they count in; "of" ("the week of March 6") names the unit that holds it.
 * `toDay`: the count lands on a day, the same weekday ("a week from Friday"), not on the unit around it.
 */
export const calendarOffsetWords: Readonly<Record<string, { sign: -1 | 0 | 1; toDay?: true }>> = {
  before: { sign: -1 }, after: { sign: 1 }, from: { sign: 1, toDay: true }, of: { sign: 0 },
};
/** Clock fractions ("half past ten", "a quarter to eight"): the words that end one told before the hour, and the word of a half hour. */
export const clockFractionWords = { beforeTheHour: ['to', 'till'], half: 'half' } as const;

/** Signal words just before an expression, mapped to their kind. */
export const signalWords: Readonly<Record<string, string>> = {
  since: 'since', until: 'until', till: 'until', 'up until': 'until', through: 'until', thru: 'until',
  from: 'from', to: 'to', between: 'between', and: 'and', for: 'for', before: 'before', after: 'after',
  during: 'during', by: 'by', in: 'in', on: 'on', at: 'at', within: 'within', over: 'over',
  throughout: 'during', ago: 'ago',
};

/**
 * Tense cues: auxiliaries and frequent irregular past forms. Regular past forms are
 * recognised by their "-ed" ending in the tense module.
 */
export const futureCues: readonly string[] = [
  'will', "'ll", 'shall', 'expect', 'expects', 'going to', 'gonna', 'plans to', 'plan to', 'planned to', 'expects to', 'expected to',
  'scheduled', 'intends to', 'is to', 'are to', 'due to', 'slated', 'set to', 'set for',
  // Present tense of what is settled for a date ahead: "The new rules take effect Jan. 1" in a March story is next January.
  'takes effect', 'take effect', 'goes into effect', 'go into effect',
  'comes into effect', 'come into effect', 'comes into force', 'come into force',
  // So is taking up an office on a set date: "The new cabinet takes office in May" in a March story is this May.
  // Only the third-person present ("to take office in 2009" may look back).
  'takes office',
  // The present of a fixed schedule looks ahead too: "The summit opens Monday", "The deadline expires Friday" in a
  // Wednesday story are the coming days (only the third-person forms: "open", "close", "end" are also adjectives and nouns).
  // Not "closes": the tweets gold dates "Voting closes midnight!" at the day's start (see news-readings.test.ts, todo).
  'opens', 'reopens', 'begins', 'resumes', 'expires', 'convenes', 'ends', 'starts',
  // What is awaited lies ahead: "Investors await Friday's jobs report" in a Wednesday story is this Friday's.
  'await', 'awaits', 'awaiting',
  // A delay looks ahead of the moment it was decided: "postponed until Tuesday morning" in a story of Thursday is next Tuesday.
  // What a defendant faces, a player's fitness for a game and a premiere lie ahead: "He pleaded guilty in October and
  // faces sentencing in March" (a January story) is this March, "is doubtful for Sunday's game" the coming Sunday.
  // Not a bare "faces" ("faces charges in the Jan. 5 killing" looks back) nor "faces trial in the … shooting".
  'faces sentencing', 'face sentencing', 'doubtful for', 'questionable for', 'premieres', 'debuts', 'kicks off',
  // A return is a schedule too ("The show returns for Season 3 in April", "He returns home on Friday"), but only with the
  // word after it: bare "returns" is as often the noun of finance ("Returns in March were weak", "tax returns").
  'returns for', 'returns to', 'returns home',
  'postponed until', 'postponed till', 'postponed to', 'delayed until', 'delayed till', 'adjourned until', 'adjourned till',
  'adjourned to', 'deferred until', 'deferred to', 'suspended until', 'off until', 'off till', 'rescheduled for', 'rescheduled to',
];
/**
 * Phrases that put the date right after them ahead, whatever verb came before: "likely to buy its stock
 * as soon as trading opened Monday" is next Monday. They govern only a date a few words on. (Not "as early
 * as": "As early as Monday, officials had warned …" looks back.)
 */
export const lookAheadPhrases: readonly string[] = ['as soon as'];
/**
 * Phrases that name an event as awaited, right before its date: "Police are on alert ahead of Sunday's vote" (in a
 * Wednesday story) is the coming Sunday, not the last one. Told in the past tense the event may have come since
 * ("Security was tightened ahead of Sunday's vote" may be the Sunday just gone), so there it is the nearest one.
 * An optional "the" may stand between ("ahead of the June election").
 */
export const awaitingPhrases: readonly string[] = ['ahead of', 'in advance of', 'in the run-up to', 'in the runup to', 'in the lead-up to', 'in the leadup to', 'in preparation for', 'in anticipation of'];
/** Nouns that make a possessive date a deadline: "must be approved by Friday's deadline" is the coming Friday. */
export const deadlineNouns: readonly string[] = ['deadline', 'cutoff', 'cut-off'];
/** Words that, earlier in the clause, put a date ahead of the story ("lasted until … 1945", "would be exposed for a campaign in 1976"). */
export const lookAheadCues: readonly string[] = ['until', 'till', 'will', 'would', 'shall', 'planned', 'scheduled', 'slated', 'expected', 'due'];
export const pastCues: readonly string[] = [
  'was', 'were', 'had', 'did', 'has been', 'have been', 'has', 'have', 'since', 'ago', 'last', 'earlier', 'previously',
  'said', 'told', 'took', 'began', 'came', 'went', 'made', 'got', 'gave', 'saw', 'met', 'left', 'won', 'lost', 'fell',
  'rose', 'sold', 'bought', 'paid', 'held', 'led', 'ran', 'spent', 'sent', 'built', 'became', 'brought', 'found',
  'thought', 'knew', 'wrote', 'spoke', 'struck', 'shot', 'fought', 'caught',
  'taught', 'grew', 'drew', 'flew', 'threw', 'broke', 'chose', 'froze', 'stole', 'woke', 'wore', 'tore', 'swore',
  'stood', 'understood', 'sat', 'felt', 'kept', 'slept', 'meant', 'dealt', 'fled', 'heard', 'reported', 'announced',
  // Regular past forms too short for the "-ed" test of tense.ts ("He died on Saturday" is the Saturday just gone).
  'died', 'sued', 'owed', 'tied', 'vied', 'axed', 'eyed',
];

/**
 * Trigger words: every expression contains at least one of these (or a digit). The scanner
 * looks only around them, which is what makes it fast. Lower case.
 */
export const triggerWords: readonly string[] = [
  ...Object.keys(monthWords), ...Object.keys(weekdayWords), ...Object.keys(seasonWords), ...Object.keys(seasonWords).map((s) => `${s}s`), ...Object.keys(partOfDayWords),
  ...Object.keys(unitWords).flatMap((u) => [u, `${u}s`, `${u}long`]), ...Object.keys(irregularUnitPlurals),
  ...Object.keys(weekdayWords).filter((d) => d.endsWith('day')).map((d) => `${d}s`),
  ...Object.keys(dayWords), 'noon', 'midnight', 'midday', 'now', 'currently', 'current', 'nowadays',
  'present', 'recently', 'lately', 'past', 'future', 'soon', 'term', 'date', 'daily', 'weekly', 'monthly', 'yearly', 'hourly',
  'nightly', 'biweekly', 'annually', 'semiannually', 'period', 'some time', 'time being', 'the time', 'a while', 'little while', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'fy', 'half', 'ago', 'moment',
  'christmas', 'easter', 'thanksgiving', 'halloween', 'independence', 'dawn', 'daybreak', 'sunrise', 'lunchtime', 'midweek', 'valentine', 'veterans', 'armistice', 'boxing', 'bastille',
  'patrick', 'labor', 'memorial', 'luther', 'presidents', 'columbus', 'election', 'fourth', 'new', 'nineteen', 'thousand', "o'clock",
  ...Object.keys(decadeWords),
];

/** Words an expression may start with (besides trigger words and digits). Lower case. */
export const starterWords: readonly string[] = [
  'the', 'this', 'that', 'these', 'last', 'next', 'past', 'early', 'late', 'mid', 'middle', 'about', 'around',
  'approximately', 'roughly', 'some', 'nearly', 'almost', 'close', 'more', 'over', 'longer', 'less', 'under', 'fewer',
  'shorter', 'at', 'no', 'up', 'every', 'each', 'once', 'twice', 'several', 'many', 'few', 'earlier', 'later',
  'fiscal', 'recent', 'coming', 'following', 'previous', 'preceding', 'same', 'current', 'latest', 'most', 'prior', 'end',
  'beginning', 'start', 'year', 'years', 'another', 'remaining', 'upcoming', 'new', 'shortly', 'just',
  'right', 'numerous', 'half', 'comparable', 'corresponding', 'dawn', 'rest', 'so', 'single',
  // The first words of named days whose trigger ("day", a weekday) comes later: "Ash Wednesday", "Martin Luther King Day",
  // "Mother's Day". (Not "International Women's Day": TimeBank leaves it untagged, 0 of 2.)
  'ash', 'martin', "mother's", "father's",
  'christmas', 'thanksgiving', 'black', 'cyber', 'good', 'palm', 'holy', "year's", 'st', 'st.', 'other', 'times', 'per', 'near', 'short', 'long', 'old', 'present', 'ad', 'circa',
  // … and of the web-news days ("Small Business Saturday", "Bonfire Night", "Anzac Day", "Shrove Tuesday", "Mothering Sunday").
  'small', 'giving', 'bonfire', 'guy', 'burns', 'remembrance', 'anzac', 'australia', 'canada', 'earth', 'shrove', 'pancake', 'mothering', 'maundy',
  // "post-1959", "pre-2008" (date-year-after-pre-or-post).
  'post', 'pre',
  // A share of a period: "part of the year", "much of the month" (share-of-the-unit).
  'part', 'much',
  ...Object.keys(numberWords).filter((k) => !k.includes(' ')), ...Object.keys(ordinalWords),
];

/** Holidays: a fixed day, or the nth weekday of a month (n = -1: the last one), `dayOffset` days on ("Black Friday" is the day after Thanksgiving). */
export type HolidayDate = { month: number; day: number; dayOffset?: undefined } | { month: number; weekday: number; nth: number; dayOffset?: number };
export const holidayWords: Readonly<Record<string, HolidayDate>> = {
  christmas: { month: 12, day: 25 }, 'christmas day': { month: 12, day: 25 }, 'christmas eve': { month: 12, day: 24 },
  "new year's day": { month: 1, day: 1 }, "new year's eve": { month: 12, day: 31 },
  'independence day': { month: 7, day: 4 }, 'the fourth of july': { month: 7, day: 4 }, halloween: { month: 10, day: 31 },
  "valentine's day": { month: 2, day: 14 }, 'veterans day': { month: 11, day: 11 }, 'armistice day': { month: 11, day: 11 },
  'boxing day': { month: 12, day: 26 }, 'bastille day': { month: 7, day: 14 }, 'may day': { month: 5, day: 1 },
  "st. patrick's day": { month: 3, day: 17 },
  thanksgiving: { month: 11, weekday: 4, nth: 4 }, 'thanksgiving day': { month: 11, weekday: 4, nth: 4 },
  'labor day': { month: 9, weekday: 1, nth: 1 }, 'memorial day': { month: 5, weekday: 1, nth: -1 },
  'martin luther king day': { month: 1, weekday: 1, nth: 3 }, "presidents' day": { month: 2, weekday: 1, nth: 3 },
  // AP style writes the federal holidays without the apostrophe and with the "Jr." ("Presidents Day", "Martin Luther King Jr. Day").
  'presidents day': { month: 2, weekday: 1, nth: 3 }, 'martin luther king jr. day': { month: 1, weekday: 1, nth: 3 },
  // British copy writes "St" without its period ("St. Patrick's Day" above is US copy; "st." is a starter with its period).
  "st patrick's day": { month: 3, day: 17 },
  // Mother's Day and Father's Day as the US, Canada and most of Europe keep them: the second Sunday of May, the third of June.
  "mother's day": { month: 5, weekday: 7, nth: 2 }, "father's day": { month: 6, weekday: 7, nth: 3 },
  'columbus day': { month: 10, weekday: 1, nth: 2 },
  // US shopping days named after Thanksgiving (the fourth Thursday of November): the Friday after, the Monday after.
  'black friday': { month: 11, weekday: 4, nth: 4, dayOffset: 1 }, 'cyber monday': { month: 11, weekday: 4, nth: 4, dayOffset: 4 },
  // US Election Day: by law the Tuesday after the first Monday of November (TimeBank: "from now to Election Day" 1998-11-03).
  // Written in lower case it is any country's polling day (see the negative "election-day-in-lower-case").
  'election day': { month: 11, weekday: 1, nth: 1, dayOffset: 1 },
  // The later shopping and giving days of the Thanksgiving weekend (US web news since 2010 and 2012).
  'small business saturday': { month: 11, weekday: 4, nth: 4, dayOffset: 2 }, 'giving tuesday': { month: 11, weekday: 4, nth: 4, dayOffset: 5 },
  // British, Commonwealth and other national days of web news ("Bonfire Night" is no night of the story).
  'bonfire night': { month: 11, day: 5 }, 'guy fawkes night': { month: 11, day: 5 }, 'burns night': { month: 1, day: 25 },
  'remembrance sunday': { month: 11, weekday: 7, nth: 2 }, 'remembrance day': { month: 11, day: 11 },
  'anzac day': { month: 4, day: 25 }, 'australia day': { month: 1, day: 26 }, 'canada day': { month: 7, day: 1 },
  'earth day': { month: 4, day: 22 }, "april fools' day": { month: 4, day: 1 }, "april fool's day": { month: 4, day: 1 },
};

/**
 * Feasts that move with Easter (Western churches, Gregorian computus: calendar.ts `easterSunday`), in days from Easter
 * Sunday; `span`: the ISO week that ends with Easter Sunday ("as Easter week began", TimeBank 2000-W16) or its weekend.
 * Read by their own rule (times.ts, movable-feast), which keeps names out: "Easter Island", "the Good Friday Agreement".
 */
export interface MovableFeast { fromEaster: number; span?: 'week' | 'weekend' }
export const movableFeastWords: Readonly<Record<string, MovableFeast>> = {
  easter: { fromEaster: 0 }, 'easter sunday': { fromEaster: 0 }, 'easter day': { fromEaster: 0 },
  'easter monday': { fromEaster: 1 }, 'good friday': { fromEaster: -2 }, 'palm sunday': { fromEaster: -7 },
  // Ash Wednesday opens Lent, 46 days before Easter ("The pope spoke on Ash Wednesday" is no Wednesday of the story's week).
  'ash wednesday': { fromEaster: -46 },
  // British names of the day before Lent and of the fourth Sunday of Lent (the UK's Mother's Day).
  'shrove tuesday': { fromEaster: -47 }, 'pancake day': { fromEaster: -47 }, 'mothering sunday': { fromEaster: -21 },
  'maundy thursday': { fromEaster: -3 },
  'easter week': { fromEaster: 0, span: 'week' }, 'holy week': { fromEaster: 0, span: 'week' }, 'easter weekend': { fromEaster: 0, span: 'weekend' },
};

// ─── Words the normalizers branch on (engine/normalizers.ts) ──────────────────

/**
 * Number words that scale what was said before them ("two hundred", "two thousand five hundred" 2,500): a scale below
 * a thousand multiplies the group being said; a thousand or more closes that group ("five thousand", then "five hundred").
 * Read before `numberWords`.
 */
export const numberScaleWords: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000 };
/** Words that may trail a count and are dropped before it is read ("a couple of"). */
export const numberTailWords: readonly string[] = ['of'];
/**
 * Years said in words ("nineteen ninety-six", "two thousand and one", "nineteen hundred"): `joiners` are left out
 * wherever they stand; `millennia` are the two opening words that name a year the rest adds to ("two thousand one"
 * 2001); otherwise the first word is the century and `centuryWord` after it names no number ("nineteen hundred" 1900).
 */
export const yearWordParts = {
  joiners: ['and'],
  millennia: { 'two thousand': 2000 } as Readonly<Record<string, number>>,
  centuryWord: 'hundred',
} as const;
/** Ordinals written with a space that the ordinal table spells with a hyphen ("the twenty first century"). */
export const spacedOrdinals: Readonly<Record<string, string>> = { 'twenty first': 'twenty-first' };
/** The ordinal that, before "quarter" or "half" with no year, is the previous one ("last quarter"), read by the relative rules. */
export const lastOrdinalWords: readonly string[] = ['last'];
/** The part of a year that is a half ("the first half"); other parts ("quarter") are quarters. */
export const halfYearWords: readonly string[] = ['half'];
/** A possessive ending dropped from a year's relation word ("last year's"). */
export const possessiveEndings: readonly string[] = ["'s", '’s'];

/**
 * Named clock times (pieces.ts: "noon", "midday", "midnight"): midnight is a day's 24:00, or 00:00 just after it
 * (see `justAfterWords`); the others are noon, 12:00.
 */
export const namedClockTimes: Readonly<Record<string, 'noon' | 'midnight'>> = { noon: 'noon', midday: 'noon', midnight: 'midnight' };
/** A qualifier ending in one of these puts a midnight named with a day at that day's start ("shortly after midnight Wednesday"). */
export const justAfterWords: readonly string[] = ['after'];
/** Day words that also name a part of that day ("tonight"): TIMEX3 part-of-day code. */
export const dayWordPartsOfDay: Readonly<Record<string, string>> = { tonight: 'NI' };
/**
 * Relation words before a part of the day, by the day they count to: "last night" the day before, "the previous
 * evening" too; "the next morning", "the following night" the day after. `within`: found anywhere in the relation;
 * `whole`: the relation as a whole.
 */
export const dayPartRelationWords = {
  back: { within: ['last'], whole: ['the previous'] },
  ahead: { within: ['following', 'next'] },
} as const;
/** Words inside a unit's relation that name a part of its day ("the next morning", "the night before"), in order: TIMEX3 code. */
export const relationPartsOfDay: readonly (readonly [string, string])[] = [['morning', 'MO'], ['night', 'NI']];

/**
 * Relation words whose reading the normalizers need beyond `relationWords` and `shiftAmountWords`:
 * `story` — the bare article before a unit ("the week", "the quarter"): the unit the story is at;
 * `definite` — "the next Monday", "the next week": the definite one after (TimeML);
 * `storyNext` — "the following Monday": the one after the day the story is at;
 * `storyLast` — "the previous Friday": the one before the day the story is at.
 */
export const relationSenses: Readonly<Record<string, 'story' | 'definite' | 'storyNext' | 'storyLast'>> = {
  the: 'story', 'the next': 'definite', 'the following': 'storyNext', 'the previous': 'storyLast',
};

/** Unit words that name a period the engine reads as another unit: a report's "period" is its quarter (TimeBank). */
export const unitAliases: Readonly<Record<string, string>> = { period: 'quarter', periods: 'quarter' };
/** Units that name a calendar period but have no TIMEX3 duration letter ("the season"): they shift, they do not span. */
export const calendarOnlyUnits: readonly string[] = ['season'];
/** Words inside a year-ago period that make it a quarter ("the year-ago quarter", "the year-earlier period"). */
export const quarterPeriodWords: readonly string[] = ['quarter', 'period'];
/** The ending of a regular plural unit word ("days", "weeks"); irregular ones are in `irregularUnitPlurals`. */
export const unitPluralEnding = 's';
/** The letter that marks an afternoon clock time ("4 p.m.", "4pm"), matched anywhere in the marker, any case. */
export const afternoonClockLetter = 'p';
/** The word after a count of times ("three times a week" freq 3X). */
export const timesWord = 'times';

/**
 * Era abbreviations (rules match "BC", "B.C.", "BCE", "AD", "A.D.", "CE"): those that count before Christ begin with
 * `beforeChristInitial`; `placeSpelling` is the one that is also British Columbia ("the 2010 BC Liberals").
 */
export const eraLetters = { beforeChristInitial: 'B', placeSpelling: 'BC' } as const;
