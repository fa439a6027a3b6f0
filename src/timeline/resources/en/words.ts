/**
 * English word tables the title maker and the sentence splitter read. Data only: the engine in
 * `../../title.ts` never names a word itself. All entries are lower case.
 */

/** Words that open a new clause: the title is taken from the clause holding the date. */
export const clauseOpeners: ReadonlySet<string> = new Set([
  // coordinating conjunctions that join clauses ("and"/"or" join noun phrases as often: only a
  // comma before them makes a clause boundary)
  'but', 'yet',
  // subordinators
  'while', 'whereas', 'although', 'though', 'because', 'unless', 'whether', 'if',
  'after', 'before', 'since', 'until', 'when', 'whenever', 'once',
  // relative pronouns and complementizers
  'which', 'who', 'whom', 'whose', 'where', 'that',
]);

/** Words a clause may start with that a title drops ("and launching …", "with militants seizing …"). */
export const droppableClauseStarts: ReadonlySet<string> = new Set(['and', 'or', 'so', 'with', 'without', 'then', 'also']);

/** Clause openers that stand for a noun of the previous clause ("Raqqa, which has been …"). */
export const relativePronouns: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'that']);

/** Punctuation that ends a clause when it closes a token ("Raqqa," "city;"). */
export const clauseClosingPunctuation: ReadonlySet<string> = new Set([',', ';', ':']);

/** Tokens that are a clause boundary on their own ("since November – securing …"). */
export const clauseBoundaryTokens: ReadonlySet<string> = new Set(['–', '—', '-', '--', '―', '_', '__']);

/** Words that open an attribution ("according to a news agency report"): like "officials said". */
export const attributionOpeners: ReadonlySet<string> = new Set(['according']);

/**
 * A wire-service dateline at the start of a sentence ("MOSCOW (AP)_", "WASHINGTON --"): the
 * place and agency, not part of what happened.
 */
export const datelinePattern = /^(?:[\p{Lu}][\p{Lu}.'’-]*(?:[ ,]+[\p{Lu}][\p{Lu}.'’-]*)*)(?:\s*\([\p{L}-]+\))?\s*(?:_+|--|—|–)\s*/u;

/**
 * Words that govern a date and mean nothing once the date is gone from the title:
 * "on Sunday", "back in May", "as of June", "during the monthlong assault" keeps "during"
 * only because "the" stands between it and the date.
 */
export const temporalSignalWords: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'since', 'during', 'for', 'from', 'until', 'till', 'to', 'by', 'over',
  'within', 'through', 'throughout', 'back', 'around', 'about', 'circa', 'approximately',
  'roughly', 'nearly', 'almost', 'before', 'after', 'as', 'of', 'earlier', 'later',
]);

/** Words after a date that lean on it and go with it ("a minute and a half later"). */
export const trailingTemporalWords: ReadonlySet<string> = new Set(['later', 'earlier', 'ago', 'afterwards', 'afterward', 'beforehand', 'prior', 'before', 'after']);

/** Words that join the two ends of a range and go with them ("between May and June"). */
export const rangeJoinWords: ReadonlySet<string> = new Set(['and', 'to', 'through', 'until', 'till', '-', '–', '—']);

/** Verbs that report speech: "X said [that] Y" is worth its complement, not its frame. */
export const reportingVerbs: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'announced', 'announces', 'announce', 'reported',
  'reports', 'report', 'stated', 'states', 'claimed', 'claims', 'claim', 'confirmed',
  'confirms', 'confirm', 'added', 'adds', 'noted', 'notes', 'warned', 'warns', 'declared',
  'declares', 'revealed', 'reveals', 'believe', 'believes', 'believed', 'estimated',
  'estimates', 'insisted', 'insists', 'argued', 'argues', 'explained', 'explains',
]);

/** Personal pronouns: a reported clause that starts with one needs its frame to make sense. */
export const pronouns: ReadonlySet<string> = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'its', 'his', 'her', 'their', 'this', 'that', 'there', 'these', 'those']);

/**
 * Common irregular past forms. Without a part-of-speech tagger, a clause counts as saying what
 * happened when it holds an auxiliary, a reporting verb, an -ed or -ing form or one of these.
 */
export const irregularPastVerbs: ReadonlySet<string> = new Set([
  'began', 'broke', 'brought', 'built', 'bought', 'came', 'caught', 'chose', 'cut', 'dealt', 'did',
  'drew', 'drove', 'ate', 'fell', 'fought', 'found', 'fled', 'flew', 'forgot', 'froze', 'gave', 'got',
  'went', 'grew', 'hung', 'heard', 'hid', 'hit', 'held', 'hurt', 'kept', 'knew', 'laid', 'led', 'left',
  'lent', 'let', 'lay', 'lost', 'made', 'meant', 'met', 'paid', 'put', 'quit', 'ran', 'rose', 'saw',
  'sold', 'sent', 'set', 'shook', 'shot', 'shut', 'sang', 'sank', 'sat', 'slept', 'spoke', 'spent',
  'split', 'spread', 'stood', 'stole', 'struck', 'swore', 'swept', 'took', 'taught', 'tore', 'told',
  'thought', 'threw', 'understood', 'woke', 'wore', 'won', 'wrote', 'overtook', 'undertook', 'withdrew',
  'sought', 'bore', 'beat', 'became', 'bid', 'blew', 'bound', 'bent', 'burst', 'cast', 'clung', 'dug',
  'fed', 'felt', 'forbade', 'forgave', 'lit', 'overcame', 'rode', 'rang', 'shrank', 'slid', 'stuck',
  'stung', 'strove', 'swung', 'upheld', 'wept', 'wound', 'runs', 'says', 'goes', 'comes', 'makes',
  'takes', 'gets', 'gives', 'faces', 'holds', 'leads', 'plans', 'hopes', 'wants', 'needs', 'remains',
  'marks', 'spells', 'seems', 'appears', 'meets', 'opens', 'closes', 'ends', 'starts', 'begins',
]);

/** Auxiliaries and copulas: a clause that starts with one has lost its subject to a comma. */
export const auxiliaries: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having',
  'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might',
  'must',
]);

/** The perfect auxiliaries: a duration in a present-perfect clause runs up to now. */
export const presentPerfectAuxiliaries: ReadonlySet<string> = new Set(['has', 'have', "'s", '’s']);

/** Words that may start a duration's reading back from now ("the past three years"). */
export const durationUpToNowWords: ReadonlySet<string> = new Set(['past', 'last', 'previous']);

/** Determiners: the start of a noun phrase (used to find a relative pronoun's antecedent). */
export const determiners: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our',
  'my', 'your', 'some', 'many', 'several', 'each', 'every', 'no',
]);

/** Words that say nothing when they dangle at either end of a title. */
export const functionWords: ReadonlySet<string> = new Set([
  ...determiners,
  ...clauseOpeners,
  ...auxiliaries,
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'into', 'onto',
  'over', 'under', 'about', 'as', 'than', 'up', 'out', 'off', 'upon', 'via', 'per',
  'against', 'among', 'amid', 'between', 'through', 'during', 'within', 'toward', 'towards',
  'and', 'or', 'so', 'back', 'not', 'also', 'then', 'there', 'here', 'such', 'both', 'either', 'neither', 'nor',
  'it', 'he', 'she', 'they', 'we', 'i', 'you', 'them', 'him', 'us', 'me',
  'according', 'having', 'being', 'very', 'just', 'only', 'even', 'still', 'now',
]);

/** Two-word phrases that open a title whole although their first word is a function word. */
export const keptPhrases: ReadonlySet<string> = new Set(['at least', 'at most', 'more than', 'less than', 'fewer than', 'up to', 'as many', 'as much', 'no one', 'not only']);

/** Nouns of time: they say when, not what happened, so a title needs a word besides them. */
export const timeNouns: ReadonlySet<string> = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades',
  'century', 'time', 'times', 'hour', 'hours', 'minute', 'minutes', 'morning', 'afternoon',
  'evening', 'night', 'tonight', 'today', 'yesterday', 'tomorrow', 'weekend', 'period', 'season',
  'quarter', 'date', 'moment', 'now', 'era', 'age',
]);

/** Prepositions that open a scene-setting phrase before the main clause ("In June, …"). */
export const frontedPrepositions: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'for', 'by', 'within', 'over', 'through', 'throughout', 'as', 'since', 'until', 'from']);

/** Words that open an interruption between a subject and its verb ("—including X—", "or C$37 a share"). */
export const interruptionStarts: ReadonlySet<string> = new Set(['including', 'such', 'like', 'or', 'and', 'especially', 'namely', 'plus', 'along', 'together', 'backed', 'based', 'led']);

/** Prepositions: where a long title may be shortened without leaving half a phrase. */
export const phraseBreakWords: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'into', 'onto',
  'over', 'under', 'about', 'as', 'than', 'upon', 'via', 'against', 'among', 'amid',
  'between', 'through', 'during', 'within', 'toward', 'towards', 'after', 'before', 'across',
  'near', 'along', 'despite', 'including', 'because', 'which', 'who', 'that', 'where', 'when',
  'while', 'and', 'but', 'or',
]);

/** Adverbs that a headline drops first when a title is too long. */
export const fillerAdverbs: ReadonlySet<string> = new Set([
  'completely', 'already', 'still', 'now', 'also', 'reportedly', 'currently', 'recently',
  'heavily', 'largely', 'nearly', 'just', 'even', 'really', 'very', 'finally', 'officially',
  'fully', 'further', 'again', 'then', 'allegedly', 'apparently', 'eventually', 'initially',
]);

/** Words that open a fronted participle clause whose subject is the main clause's subject. */
export const participleOpeners: ReadonlySet<string> = new Set(['having']);

/**
 * Abbreviations after which a period does not end a sentence. `Intl.Segmenter` has no
 * abbreviation list of its own in V8 ("The U.S. Central Command" comes out as two sentences),
 * so the splitter re-joins a segment ending in one of these with the next on the same line.
 */
export const nonFinalAbbreviations: ReadonlySet<string> = new Set([
  'u.s.', 'u.k.', 'u.n.', 'e.u.', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'gen.', 'col.',
  'lt.', 'sgt.', 'capt.', 'maj.', 'rep.', 'sen.', 'gov.', 'pres.', 'st.', 'jr.', 'sr.',
  'co.', 'corp.', 'inc.', 'ltd.', 'no.', 'vs.', 'etc.', 'e.g.', 'i.e.', 'jan.', 'feb.',
  'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'mt.',
  'ft.', 'a.m.', 'p.m.',
]);
