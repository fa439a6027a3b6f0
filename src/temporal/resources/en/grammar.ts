/**
 * English grammar cues: the words of a sentence that tell the tense governing a date, or the kind of clause it sits in.
 * The engine (engine/tense.ts, extract.ts, signals.ts, scan.ts) turns these lists into Sets, Maps and regular
 * expressions once, at module load; nothing here is code. Lower case unless said otherwise.
 * Tense cues that stand alone in vocabulary.ts (futureCues, pastCues, lookAheadPhrases) are read the same way.
 */

// ─── Sentence boundaries ──────────────────────────────────────────────────────

/**
 * Titles and abbreviations after whose period Intl.Segmenter wrongly ends a sentence ("Mr. Davison", "Acme Corp. said"):
 * the tense module joins the sentence back. As written (capitalized); a single capital letter (an initial) counts too.
 */
export const sentenceAbbreviations: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Sgt', 'Jr', 'Sr', 'Co', 'Corp', 'Inc', 'Ltd', 'Bros', 'No', 'Messrs', 'Prof', 'Rev', 'Adm',
];

// ─── Single-word tense cues ───────────────────────────────────────────────────

/** Present-tense cues: "The vote is Sunday", "he says". Read after futureCues and pastCues, so they win over them. */
export const presentCues: readonly string[] = ['is', 'are', 'am', "'s", "'re", 'says', 'say', 'remains', 'continues', 'must', 'could', 'should', 'might', 'can'];
/**
 * "would": ahead of the reference in news ("said it would close in March"), but in a history the future of the
 * story's own past ("Marie Antoinette would follow him on 16 October").
 */
export const conditionalCues: readonly string[] = ['would'];
/**
 * Past forms that are also base forms, listed here rather than among the past cues of vocabulary.ts because only the
 * tense module can see the word before: "The Patriots beat Houston on Sunday night", "The storm hit on Saturday" are told
 * after the fact; "hopes to beat Houston on Sunday" is a preview. After "to" or a modal (`beforeVerbLast`), or a passive
 * auxiliary ("getting beat up"), they are no cue. Not "cut" or "set": "a rate cut on Wednesday" is a noun with no
 * determiner just before it, and "set for Friday" is a schedule.
 */
export const pastUnlessInfinitive: readonly string[] = ['beat', 'hit', 'quit', 'shut', 'spread', 'hurt'];
/** After these, an "-ed" form is a passive participle, not a past tense ("will be announced Friday"). */
export const passiveAuxiliaries: readonly string[] = ['be', 'been', 'being', 'is', 'are', 'am', 'get', 'gets'];
/** A passive participle after this word is one too, whatever tense precedes: "is going to start getting beat up in the spring". */
export const passiveGetting = 'getting';
/**
 * A participle of result takes its time from its cause, not from the past tense that reported the cause: "Ford has
 * announced cuts …, resulting in the closure of ten plants during the fourth quarter" (an August story: the coming fourth
 * quarter, MEANTIME 1 of 1), "expects to post a charge, resulting in a net loss for the third quarter" (October: the quarter
 * just ended, TimeBank 1 of 1). Read as the present: the quarter of the story's year, the month nearest the story.
 */
export const resultParticiples: readonly string[] = ['resulting'];
/**
 * The "be" of a passive infinitive: "the cuts, to be completed in the fourth quarter", "guidelines to be published in
 * early November" (TimeBank 3 of 3 dated ones ahead) name what is yet to be done, unless a plan told in the past governs
 * it ("was due to be completed in April").
 */
export const passiveInfinitiveBe = 'be';
/** "the city was to be recaptured (in late August)": "was to" is a plan told in the past (WikiWars 1 of 1), read as one. */
export const pastBeforeInfinitive: readonly string[] = ['was', 'were'];
/** "were reported to be wounded on Sunday", "appeared to be stalled in March": a report or a guess, not a plan; no cue. */
export const hearsayBeforeInfinitive: readonly string[] = ['appeared', 'appears', 'seemed', 'seems', 'believed', 'said', 'reported', 'thought', 'known', 'alleged', 'claimed', 'rumored'];
/** "effective Feb. 1" puts a date ahead, like "scheduled"; so does a plan ("were planning to drive … Monday"). */
export const scheduleCues: readonly string[] = ['expected', 'scheduled', 'slated', 'due', 'effective', 'planning'];

// ─── Plans ────────────────────────────────────────────────────────────────────

/**
 * "was planned for early March" is a future (but "as previously planned Saturday night" is past). A bare "planned"
 * stays a past form: "On Friday, the government planned to pay …" told the next week is last Friday.
 */
export const plannedFutureCues: readonly string[] = ['is planned', 'are planned', 'was planned', 'were planned', 'be planned'];
/**
 * A plan told in the past tense: "The report was due in April" (a June story: the April just gone), "The company had
 * planned to open the plant in April"; yet "The vote was scheduled for Friday" (a Wednesday story) is the coming Friday.
 * "was planned" stays a future above: "The accession was planned for early March" is told ahead of it.
 * "The election, originally set for April, was postponed": the plan of the past, not the writer's look ahead.
 */
export const plannedInPastCues: readonly string[] = [
  'was due', 'was expected', 'was scheduled', 'was slated', 'were due', 'were expected', 'were scheduled', 'were slated',
  'had planned', 'had hoped', 'had intended', 'had expected',
  'originally set', 'originally scheduled', 'originally planned', 'originally due', 'originally expected', 'originally slated',
];
/** "Voters go to the polls on Sunday", "The case goes to trial Monday": going somewhere on a date is a schedule, like "opens". */
export const goingCues: readonly string[] = ['go to', 'goes to', 'head to', 'heads to'];
/**
 * "had been scheduled to expire Friday": a plan that lay ahead of a past moment, now past. Read after `pastPerfect`
 * ("had" then "been").
 */
export const pastPlans: readonly string[] = ['expected', 'scheduled', 'slated', 'due', 'planned'];
/** The two auxiliaries of the past perfect, in order: "had been due". */
export const pastPerfect = { had: 'had', been: 'been' } as const;
/**
 * "planned" alone: "Protesters planned a large demonstration on Saturday" — the date after a bare "planned" is the plan's,
 * which lay ahead of the planning (TimeBank: the coming Saturday). A date before it is the day of planning.
 */
export const barePlanned = 'planned';

// ─── Commitments and infinitives ──────────────────────────────────────────────

/**
 * Verbs of commitment: what a source "agreed on Monday to" do, "vowed to" or "pledged to" do lies ahead of the saying, so
 * the verb after their "to" governs a date after it ("agreed on Monday to meet again in June" is this June). The "to"
 * must follow within a few words ("agreed on Monday to"), and must be an infinitive ("agreed to the sale in August" is not).
 */
export const commitmentVerbs: readonly string[] = [
  'agreed', 'vowed', 'pledged', 'promised', 'decided', 'threatened', 'resolved', 'undertook', 'offered', 'agrees', 'vows', 'pledges', 'promises',
  // The nouns of a commitment take an infinitive too: "announced an agreement to acquire the bank in January" (TimeBank: the next January).
  'agreement', 'pledge', 'promise', 'decision', 'proposal', 'plan',
];
/** The infinitive marker: "agreed to meet", a headline's "Spain's king to abdicate in June". */
export const infinitiveMarker = 'to';
/** Words after "to" that make it a preposition, not an infinitive. */
export const notInfinitive: readonly string[] = ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'be', 'have', 'it', 'them', 'him', 'us', 'me'];
/** "If approved in June", "once completed in May": a participle after these is a condition on what lies ahead, not a past event. */
export const conditions: readonly string[] = ['if', 'unless', 'once'];

// ─── Modals and auxiliaries ───────────────────────────────────────────────────

/**
 * Modals of possibility and advice look ahead: "The strike might spread to other plants on Monday" (a Wednesday story)
 * is the coming Monday. "could" and "can" stay present: they are also the past and present of ability; so does "must",
 * which reported speech keeps unshifted ("had ruled that he must be returned and set Friday as the deadline" is the
 * Friday gone, TimeBank). A perfect after them ("might have left on Monday") is read from its own past cue, which stands
 * nearer the date. See `capitalizedMonthModal`.
 */
export const lookingAheadModals: readonly string[] = ['might', 'may', 'should'];
/** The modal that is also a month: only lower-case "may" is the modal; capitalized, it is the month. */
export const capitalizedMonthModal = 'may';
/** The word that is a past cue ("last week") but also a verb ("expected to last through Sunday"): see `beforeVerbLast`. */
export const verbLast = 'last';
/** Words after which "last" is the verb ("expected to last through Sunday", "will last"), not a past cue. */
export const beforeVerbLast: readonly string[] = ['to', 'will', 'would', 'could', 'may', 'might', 'should', 'can', 'must', "'ll", 'not'];
/** The contracted future, joined to its subject: "we'll meet Friday". */
export const contractedFuture = "'ll";
/** Auxiliaries whose tense is that of the verb they help ("were planning", "is expected"). */
export const auxiliaries: readonly string[] = ['was', 'were', 'is', 'are'];
/** Present copulas, and the prepositions that may stand between one and the date it predicates ("is on Sunday"). */
export const copulas: readonly string[] = ['is', 'are', 'am', "'s", "'re"];
export const copulaLinks: readonly string[] = ['on', 'in'];

// ─── Clauses ──────────────────────────────────────────────────────────────────

/** Relative pronouns that open a clause set off by commas ("the president, who has been in office since 2009, will …"). */
export const relativePronouns: readonly string[] = ['who', 'which'];

// ─── Regular past forms ("-ed") ───────────────────────────────────────────────

/** The ending of a regular past form, and the shortest word that may carry it as a past (shorter ones are listed in pastCues). */
export const regularPast = { suffix: 'ed', minLength: 5 } as const;
/** Words ending in -ed that are not past-tense verbs. */
export const notPast: readonly string[] = [
  'succeed', 'proceed', 'exceed', 'need', 'speed', 'seed', 'feed', 'bed', 'red', 'hundred', 'indeed', 'united', 'based', 'led', 'related', 'proposed',
  'so-called', 'limited', 'interested', 'concerned', 'armed', 'advanced', 'detailed', 'required', 'weed', 'shed', 'breed', 'greed', 'deed', 'fixed', 'mixed',
  'supposed', 'unexpected',
];
/** After these an "-ed" form describes a noun ("a still unspecified date", "the proposed merger"). */
export const determiners: readonly string[] = ['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'still', 'newly', 'recently', 'previously', 'already'];
/** After a count, an "-ed" form describes the things counted ("after two failed votes", "several injured people"). */
export const counts: readonly string[] = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'numerous', 'dozens', 'hundreds', 'thousands'];
/** "-ed" forms that begin so modify a noun rather than tell a past event ("unidentified"). */
export const adjectivalPrefix = 'un';

// ─── Context of a date (engine/extract.ts) ────────────────────────────────────

/**
 * Nouns of figures measured over a month: "Economists expect the February jobs report" (a March story) is about the
 * February just gone; what is measured is always behind the report, whatever the tense of the verb.
 */
export const measuredMonthNouns: readonly string[] = ['jobs report', 'employment report', 'payrolls report', 'figures', 'data', 'sales', 'retail sales', 'trade figures', 'trade data', 'inflation figures', 'inflation data', 'statistics'];
/**
 * "the year ended March 31", "the quarter that ended Sept. 30": a date that closes a period told as past.
 * The period nouns, the optional relative pronoun, the verb, and the optional preposition before the date.
 */
export const periodEnded = {
  periods: ['year', 'quarter', 'half', 'period', 'months', 'weeks'],
  relatives: ['that', 'which'],
  verb: 'ended',
  preposition: 'on',
} as const;
/**
 * "The airline, founded in 1998, said in March …": a year inside a clause set off by commas (a participle or a
 * relative clause) dates the subject, not the story. What may open such a clause after the comma: a relative pronoun,
 * an irregular participle (`commaClauseParticiples`; "set up" is two words), or any regular "-ed" form of three letters
 * or more before the ending (lower case).
 */
export const commaClauseOpeners: readonly string[] = ['which', 'who'];
export const commaClauseParticiples: readonly string[] = ['built', 'born', 'begun', 'held', 'won', 'made', 'set up'];
/**
 * "Under a program approved by the company in 1987 that didn't specify an amount, Nashua had purchased shares through
 * Sept. 29" (an October 1989 story): a participle with its agent and then a year, closed by a relative pronoun,
 * restricts the noun before it, as a clause set off by commas does; the year dates the program, not the story
 * (TimeBank 1 of 1: Sept. 29 of the story's year). A regular "-ed" form, "by", up to 40 characters of agent, "in", the year.
 * Not closed by a comma: "Further encouraged by the invasion of Turkey in April 1915, Italy declared war on May 23" opens
 * its sentence, and its year is the story's (WikiWars 1 of 1).
 */
export const agentParticipleClause = { by: 'by', preposition: 'in', closers: ['that', 'which'] } as const;
/**
 * "the 1978 treaty", "the 1936 campaign": after this article a year followed by a noun labels the noun; the story does
 * not move to that year (WikiWars).
 */
export const attributiveYearArticle = 'the';
/**
 * "downloaded since its launch in 2003 and that as of February …": a year that dates the start of a span reaching to
 * now is a look back from the writer's time, as a year after "since" is. "since" + a determiner + a noun + "in".
 */
export const sinceAnEvent = { since: 'since', determiners: ['its', 'their', 'his', 'her', 'our', 'the'], preposition: 'in' } as const;
/** The article that may stand between an awaiting phrase and its date ("ahead of the June election"). */
export const awaitingArticle = 'the';
/** Words that join the two ends of a range or a pair of dates: "April and June 1955", "May 15 to August 16, 1988" (dashes too). */
export const rangeJoinWords: readonly string[] = ['and', 'to', 'through', 'until', 'till', 'or'];
/** Words that lead from a range's start to its end ("17th May to 17th June"); a list ("November and January") need not be in order. */
export const rangeToWords: readonly string[] = ['to', 'through', 'until', 'till'];
/** Words alone between two dates of one type that make them a range's ends ("Monday through Friday"; dashes too). */
export const rangeLinkWords: readonly string[] = ['to', 'through', 'until'];
/**
 * What lies between a counted day and the day its clause goes on to name: "The first day [of the trial was] Monday",
 * "entered their second day [on] Tuesday": an optional "of" + the event, then a verb (with an optional preposition) or
 * the preposition alone.
 */
export const dayNamedAfter = { of: 'of', verbs: ['was', 'is', 'will be', 'fell', 'falls', 'came', 'comes'], preposition: 'on' } as const;

// ─── Amounts (engine/scan.ts) ─────────────────────────────────────────────────

/**
 * Words that make the number before them an amount, whose digits no rule reads ("12.5 percent", "1999 million"):
 * after a decimal number, and after a whole one (written with their spaces; "%" and ",500" are checked apart).
 */
export const amountWords = {
  afterDecimal: ['percent', 'million', 'billion', 'trillion'],
  afterWhole: ['percent', 'per cent', 'million', 'billion', 'trillion', 'cents'],
} as const;

// ─── Signals (engine/signals.ts) ──────────────────────────────────────────────

/** Signals that follow their expression: "three days ago", "three days later". */
export const signalsAfter: readonly string[] = ['ago', 'later'];
/** A word that may stand before a signal word and belongs to it: "up to" (see signalWords in vocabulary.ts). */
export const signalLeadWords: readonly string[] = ['up'];
