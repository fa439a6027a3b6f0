/**
 * The tense of the verb that governs an expression, read from the words of its sentence
 * (sentences come from Intl.Segmenter). The nearest tense cue wins: an auxiliary ("will",
 * "has been"), a listed irregular past form, or a regular "-ed" form.
 */
import { futureCues, lookAheadPhrases, pastCues } from '../resources/en/vocabulary.js';
import {
  adjectivalPrefix, auxiliaries as auxiliaryWords, barePlanned, beforeVerbLast as beforeVerbLastWords, capitalizedMonthModal,
  commitmentVerbs as commitmentVerbWords, conditionalCues, conditions as conditionWords, contractedFuture, copulaLinks as copulaLinkWords,
  copulas as copulaWords, counts as countWords, determiners as determinerWords, goingCues, infinitiveMarker,
  lookingAheadModals as lookingAheadModalWords, notInfinitive as notInfinitiveWords, notPast as notPastWords, passiveAuxiliaries as passiveAuxiliaryWords,
  passiveGetting, pastPerfect, pastPlans as pastPlanWords, pastUnlessInfinitive as pastUnlessInfinitiveWords, plannedFutureCues, plannedInPastCues,
  hearsayBeforeInfinitive as hearsayBeforeInfinitiveWords, passiveInfinitiveBe, pastBeforeInfinitive as pastBeforeInfinitiveWords, presentCues, regularPast, relativePronouns as relativePronounWords, resultParticiples, scheduleCues, sentenceAbbreviations, verbLast,
} from '../resources/en/grammar.js';

/**
 * `conditional` is "would": ahead of the reference in news ("said it would close in March"), but in a
 * history the future of the story's own past ("Marie Antoinette would follow him on 16 October").
 * `plannedInPast` is a plan told in the past ("was due in April", "had planned to open it in April"): the plan lay
 * ahead of a past moment, so its date may lie on either side of the story's.
 */
export type Tense = 'past' | 'future' | 'conditional' | 'present' | 'none' | 'plannedInPast';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
/**
 * Intl.Segmenter's cost grows with the distance it walks, so it is given a window around the
 * expression rather than the whole text; a sentence longer than the window is cut at its edges,
 * which only loses tense cues too far away to govern the expression anyway.
 */
const WINDOW = 160;

/** Offsets of the sentence containing [start, end). */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(text.length, end + WINDOW);
  const segment = segmenter.segment(text.slice(from, to)).containing(start - from);
  if (!segment) return { start: from, end: to };
  let sentenceEnd = from + segment.index + segment.segment.length;
  // Abbreviations ("by Jan. 14") can split a sentence inside the expression: keep the expression whole.
  while (sentenceEnd < end) {
    const next = segmenter.segment(text.slice(sentenceEnd, to)).containing(0);
    if (!next) break;
    sentenceEnd += next.segment.length;
  }
  let sentenceStart = from + segment.index;
  // Intl.Segmenter ends a sentence after an initial or a title ("Daniel P. Davison", "Mr. Davison"): join them back.
  while (sentenceStart > from && abbreviationBefore.test(text.slice(Math.max(from, sentenceStart - 8), sentenceStart))) {
    const previous = segmenter.segment(text.slice(from, sentenceStart - 1)).containing(sentenceStart - 2 - from);
    if (!previous) break;
    sentenceStart = from + previous.index;
  }
  return { start: sentenceStart, end: Math.max(sentenceEnd, end) };
}

const abbreviationBefore = new RegExp(`(?:^|[^\\p{L}])(?:\\p{Lu}|${sentenceAbbreviations.join('|')})\\.[ \\t]*$`, 'u');

const single = new Map<string, Tense>();
const pairs = new Map<string, Tense>();
for (const cue of futureCues) (cue.includes(' ') ? pairs : single).set(cue, 'future');
for (const cue of pastCues) (cue.includes(' ') ? pairs : single).set(cue, 'past');
for (const cue of presentCues) single.set(cue, 'present');
for (const cue of resultParticiples) single.set(cue, 'present');
for (const cue of conditionalCues) single.set(cue, 'conditional');
/** Past forms that are also base forms (see grammar.ts): a past cue unless the word before makes them an infinitive or a noun. */
const pastUnlessInfinitive = new Set(pastUnlessInfinitiveWords);
for (const cue of pastUnlessInfinitive) single.set(cue, 'past');
/** After these, an "-ed" form is a passive participle, not a past tense ("will be announced Friday"). */
const passiveAuxiliaries = new Set(passiveAuxiliaryWords);
for (const cue of scheduleCues) single.set(cue, 'future');
for (const cue of plannedFutureCues) pairs.set(cue, 'future');
// A plan told in the past ("was due in April", "had planned to", "originally set for"), and a schedule of going somewhere ("goes to trial Monday").
for (const cue of plannedInPastCues) pairs.set(cue, 'plannedInPast');
for (const cue of goingCues) pairs.set(cue, 'future');
/** The pairs keyed by first word, then second: looked up per word, a joined key cost a new string per word. */
const pairsByFirst = new Map<string, Map<string, Tense>>();
/**
 * Three-word cues ("comes into effect", "goes into force"), keyed by last word, then the one before, then the first:
 * the last word ("effect", "force") is rare, so most words end the lookup at once.
 */
const triplesByLast = new Map<string, Map<string, Map<string, Tense>>>();
for (const [cue, tense] of pairs) {
  const words = cue.split(' ');
  const [first, second, third] = words;
  if (first === undefined || second === undefined) continue;
  if (third !== undefined) {
    const byMiddle = triplesByLast.get(third) ?? new Map<string, Map<string, Tense>>();
    byMiddle.set(second, (byMiddle.get(second) ?? new Map<string, Tense>()).set(first, tense));
    triplesByLast.set(third, byMiddle);
  } else pairsByFirst.set(first, (pairsByFirst.get(first) ?? new Map<string, Tense>()).set(second, tense));
}
/** First words of the future pairs ("take" of "take effect"): a plan told in the past reaches through them. */
const startsFuturePair = new Set([...pairsByFirst].filter(([, seconds]) => [...seconds.values()].includes('future')).map(([first]) => first));
// … and through the first two words of a three-word one ("were due to come into effect").
for (const [cue, tense] of pairs) if (tense === 'future' && cue.split(' ').length === 3) for (const word of cue.split(' ').slice(0, 2)) startsFuturePair.add(word);
/** "as soon as", keyed by its last two words (the first is checked apart): see `lookAheadPhrases`. */
const lookAheadEnds = new Set(lookAheadPhrases.map((p) => p.split(' ').slice(1).join(' ')));
const lookAheadFirst = new Set(lookAheadPhrases.map((p) => p.split(' ')[0]!));
/** How far (in characters) a look-ahead phrase reaches: "as soon as trading opened Monday", not a clause further on. */
const LOOK_AHEAD_REACH = 24;
const clauseBreak = /[,;:()]/;
/** "had been scheduled to expire Friday": a plan that lay ahead of a past moment, now past. */
const pastPlans = new Set(pastPlanWords);
/** Verbs and nouns of commitment ("agreed on Monday to meet again in June"): the verb after their "to" looks ahead (see grammar.ts). */
const commitmentVerbs = new Set(commitmentVerbWords);
/** How many words may stand between a commitment verb and its "to" ("agreed after a long night of talks to"), within the clause. */
const COMMITMENT_REACH = 8;
/** Character codes of the marks that end a clause part: , ; : ( ) . ! ? */
const clauseMarks = new Set([44, 59, 58, 40, 41, 46, 33, 63]);
/** Words after "to" that make it a preposition, not an infinitive. */
const notInfinitive = new Set(notInfinitiveWords);
/** "If approved in June", "once completed in May": a participle after these is a condition on what lies ahead, not a past event. */
const conditions = new Set(conditionWords);
/** Modals of possibility and advice look ahead ("might spread to other plants on Monday"); see grammar.ts for why not "could", "can", "must". */
const lookingAheadModals = new Set(lookingAheadModalWords);
/** Words after which "last" is the verb ("expected to last through Sunday", "will last"), not a past cue. */
const beforeVerbLast = new Set(beforeVerbLastWords);
/** Auxiliaries whose tense is that of the verb they help ("were planning", "is expected"). */
const auxiliaries = new Set(auxiliaryWords);
/** Relative pronouns that open a clause set off by commas ("the president, who has been in office since 2009, will …"). */
const relativePronouns = new Set(relativePronounWords);
/** Present copulas, and the prepositions that may stand between one and the date it predicates ("is on Sunday"). */
const copulas = new Set(copulaWords);
const copulaLinks = new Set(copulaLinkWords);
/** Where the first word of [start, end) begins (an expression may open with a quote or a bracket). */
function firstWordOf(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && wordCharLength(text, i, end) === 0) i++;
  return i;
}
/** "was to be recaptured": the auxiliary before an infinitive that makes it a plan told in the past. */
const pastBeforeInfinitive = new Set(pastBeforeInfinitiveWords);
/** "were reported to be wounded": a passive infinitive after these reports, it does not plan. */
const hearsayBeforeInfinitive = new Set(hearsayBeforeInfinitiveWords);
/** Words ending in -ed that are not past-tense verbs. */
const notPast = new Set(notPastWords);

/** After these an "-ed" form describes a noun ("a still unspecified date", "the proposed merger"). */
const determiners = new Set(determinerWords);
/** After a count, an "-ed" form describes the things counted ("after two failed votes", "several injured people"). */
const counts = new Set(countWords);
/** "-ed" forms that modify a noun rather than tell a past event: after a determiner or a count, or un-words ("unidentified"). */
const isAdjectival = (word: string, previous: string): boolean => determiners.has(previous) || counts.has(previous) || word.startsWith(adjectivalPrefix);

/** Whether the character at `i` (a whole code point, not past `to`) belongs to a word: a letter or an apostrophe; 0 if not, else its length. */
function wordCharLength(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019) return 1;
  if (c < 128) return 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) return letter.test(text.slice(i, i + 2)) ? 2 : 0;
  return letter.test(text[i]!) ? 1 : 0;
}
const letter = /^\p{L}$/u;
function plainLowerCase(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}
/** The character code of the lower-case initial of the modal that is also a month ("may", not "May"). */
const lowerInitialOfMonthModal = capitalizedMonthModal.charCodeAt(0);

/**
 * The tense cue nearest to [start, end) inside [from, to). Reads the words of [from, to) as /[\p{L}’']+/u would (letters and apostrophes), scanning
 * character codes rather than running a Unicode regex: this runs once for most expressions.
 */
export function tenseNear(text: string, from: number, to: number, start: number, end: number, headline = false): Tense {
  // Declared with `as`: TypeScript would narrow it to 'none' and reject the comparisons made in the loop.
  let best = 'none' as Tense;
  let bestDistance = Infinity;
  let previous = '';
  let beforePrevious = '';
  /** The word before was the plan of a past perfect ("had been due"): its "to" does not look ahead. */
  let pastPlan = false;
  /** Where the word before ends: a copula governs a date only with nothing but spaces between them. */
  let previousEnd = from;
  /** The word before closed a plan told in the past ("was due", "had planned"). */
  let plannedBefore = false;
  /** Words since the last commitment verb ("agreed"), and whether its "to" was the word before. */
  let sinceCommitment = Infinity;
  let commitmentTo = false;
  /** Where a relative clause set off by commas ends, while the scan is inside one that does not hold the expression. */
  let asideEnd = -1;
  /** The word before was an auxiliary that became the best cue: the verb it helps may tell the tense instead. */
  let auxiliaryWasBest = false;
  /** The word before the last "to" ("was" in "was to be recaptured"). */
  let beforeInfinitive = '';
  /** The last character before the current word that is not a blank (a comma opens a relative clause). */
  let lastMark = 0;
  let i = from;
  while (i < to) {
    let n = wordCharLength(text, i, to);
    if (n === 0) { const c = text.charCodeAt(i); if (c !== 32 && c !== 9 && c !== 10) lastMark = c; i++; continue; }
    const at = i;
    /** An upper-case or non-ASCII character: only then can lower-casing change the word (most words are lower-case ASCII). */
    let mixed = false;
    while (n > 0) {
      const c = text.charCodeAt(i);
      if (c < 97 ? c !== 39 : c > 122) mixed = true;
      i += n;
      n = i < to ? wordCharLength(text, i, to) : 0;
    }
    // Later words lie further away: once past the expression, none can beat the best found.
    if (at >= end && at - end + 20 >= bestDistance && !auxiliaryWasBest) break;
    const word = mixed ? plainLowerCase(text.slice(at, i)) : text.slice(at, i);
    if (at >= start && at < end) {
      // "The vote is Sunday", "The final is on Sunday", "The election is in April": a date that is the predicate of a
      // present copula is when the thing is scheduled to happen (told after it, news says "was").
      if (at === firstWordOf(text, start, end) && (copulas.has(previous) || (copulaLinks.has(previous) && copulas.has(beforePrevious))) &&
        /^[ \t]*$/.test(text.slice(previousEnd, at))) return 'future';
      beforePrevious = previous; previous = word; previousEnd = i; continue;
    }
    // "as soon as Tuesday": the phrase governs the date just after it, whatever verb stands between.
    if (at < start && lookAheadFirst.has(beforePrevious) && lookAheadEnds.has(previous === '' ? '' : `${previous} ${word}`) &&
      start - i <= LOOK_AHEAD_REACH && !clauseBreak.test(text.slice(i, start))) return 'future';
    const afterComma = lastMark === 44;
    if (clauseMarks.has(lastMark)) sinceCommitment = Infinity; // a clause break ends the commitment's reach
    lastMark = 0;
    // "On Friday, the president, who has been in office since 2009, will address the nation": the tense of a relative
    // clause set off by commas is not that of a date outside it (one inside it, "who took office in 2009", reads it).
    if (afterComma && relativePronouns.has(word) && at > end) {
      const close = text.indexOf(',', i);
      asideEnd = close < 0 || close > to ? to : close;
    }
    if (at < asideEnd) { beforePrevious = previous; previous = word; previousEnd = i; continue; }
    const pair = previous === '' ? undefined : triplesByLast.get(word)?.get(previous)?.get(beforePrevious) ?? pairsByFirst.get(previous)?.get(word);
    let tense: Tense | undefined = pair ?? single.get(word);
    if (lookingAheadModals.has(word) && (word !== capitalizedMonthModal || text.charCodeAt(at) === lowerInitialOfMonthModal)) tense = 'future';
    if (word === verbLast && beforeVerbLast.has(previous)) tense = undefined;
    // "is going to start getting beat up in the spring": after a passive auxiliary it is a participle of any tense.
    // After a determiner it is a noun ("a hit on Saturday").
    if (pastUnlessInfinitive.has(word) && (beforeVerbLast.has(previous) || passiveAuxiliaries.has(previous) || previous === passiveGetting || determiners.has(previous))) tense = undefined;
    // "agreed on Monday to meet": the infinitive after a commitment looks ahead (only before the expression: the day of saying may follow it).
    if (commitmentTo && !notInfinitive.has(word) && at < start) tense = 'conditional';
    commitmentTo = word === infinitiveMarker && sinceCommitment <= COMMITMENT_REACH;
    sinceCommitment = commitmentVerbs.has(word) ? 0 : sinceCommitment + 1;
    // A headline's "to" + verb is its future: "Spain's king to abdicate in June" (only before the date, with no verb read
    // before it, "went to war in June", and a lower-case verb: "Road to Damascus" names a place).
    if (headline && previous === infinitiveMarker && !tense && best === 'none' && at < start && !notInfinitive.has(word) && text.charCodeAt(at) >= 97 && text.charCodeAt(at) <= 122) tense = 'future';
    if (pastPlan && pair === 'future') tense = 'past';
    // "was due to open", "had planned to open": the "to" continues the plan told in the past.
    if (plannedBefore && pair === 'future') tense = 'plannedInPast';
    pastPlan = false;
    // The plan goes on through its infinitive: "were due to take effect in January" is the plan's, not the writer's, future.
    plannedBefore = pair === 'plannedInPast' || (plannedBefore && (tense === 'plannedInPast' || startsFuturePair.has(word)));
    if (!tense && word.length >= regularPast.minLength && word.endsWith(regularPast.suffix) && !notPast.has(word) && !isAdjectival(word, previous)) tense = conditions.has(previous) ? 'conditional' : 'past';
    // "Protesters planned a large demonstration on Saturday": the date after a bare "planned" is the plan's, which lay ahead
    // of the planning (TimeBank: the coming Saturday). A date before it is the day of planning ("On Friday, the government planned …").
    if (word === barePlanned && tense === 'past' && at < start) tense = 'plannedInPast';
    // "the cuts, to be completed in the fourth quarter": a passive infinitive names what is yet to be done.
    if (tense === 'past' && !pair && passiveAuxiliaries.has(previous)) {
      tense = previous !== passiveInfinitiveBe || beforePrevious !== infinitiveMarker || best === 'plannedInPast' || hearsayBeforeInfinitive.has(beforeInfinitive) ? undefined
        : pastBeforeInfinitive.has(beforeInfinitive) ? 'plannedInPast' : 'future';
    }
    if (word === infinitiveMarker) beforeInfinitive = previous;
    if (word.startsWith("'") === false && word.endsWith(contractedFuture)) tense = 'future';
    if (tense === 'future' && pastPlans.has(word) && previous === pastPerfect.been && beforePrevious === pastPerfect.had) { tense = 'past'; pastPlan = true; }
    // "on Saturday and were planning to drive": the auxiliary is read with the verb it helps, after the date as before it.
    const helped = auxiliaryWasBest && auxiliaries.has(previous);
    auxiliaryWasBest = false;
    beforePrevious = previous;
    previous = word;
    previousEnd = i;
    if (!tense) continue;
    if (helped && tense !== 'past') { best = tense; continue; }
    const distance = at < start ? start - i : at - end + 20; // the governing verb usually comes first
    if (distance < bestDistance) {
      bestDistance = distance;
      best = tense;
      auxiliaryWasBest = auxiliaries.has(word);
    }
  }
  return best;
}
