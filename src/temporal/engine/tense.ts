/**
 * The tense of the verb that governs an expression, read from the words of its sentence
 * (sentences come from Intl.Segmenter). The nearest tense cue wins: an auxiliary ("will",
 * "has been"), a listed irregular past form, or a regular "-ed" form.
 */
import { futureCues, pastCues } from '../resources/en/vocabulary.js';

export type Tense = 'past' | 'future' | 'present' | 'none';

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
  return { start: from + segment.index, end: Math.max(sentenceEnd, end) };
}

const single = new Map<string, Tense>();
const pairs = new Map<string, Tense>();
for (const cue of futureCues) (cue.includes(' ') ? pairs : single).set(cue, 'future');
for (const cue of pastCues) (cue.includes(' ') ? pairs : single).set(cue, 'past');
for (const cue of ['is', 'are', 'am', "'s", "'re", 'says', 'say', 'remains', 'continues', 'must', 'could', 'should', 'might', 'can']) single.set(cue, 'present');
single.set('would', 'future');
/** After these, an "-ed" form is a passive participle, not a past tense ("will be announced Friday"). */
const passiveAuxiliaries = new Set(['be', 'been', 'being', 'is', 'are', 'am', 'get', 'gets']);
// "effective Feb. 1" puts a date ahead, like "scheduled".
for (const cue of ['expected', 'scheduled', 'slated', 'due', 'effective']) single.set(cue, 'future');
/** Words ending in -ed that are not past-tense verbs. */
const notPast = new Set(['need', 'speed', 'seed', 'feed', 'bed', 'red', 'hundred', 'indeed', 'united', 'based', 'led', 'related', 'proposed', 'so-called', 'limited', 'interested', 'concerned', 'armed', 'advanced', 'detailed', 'required', 'weed', 'shed', 'breed', 'greed', 'deed', 'fixed', 'mixed', 'supposed', 'unexpected']);

/** After these an "-ed" form describes a noun ("a still unspecified date", "the proposed merger"). */
const determiners = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'still', 'newly', 'recently', 'previously', 'already']);
/** "-ed" forms that modify a noun rather than tell a past event: after a determiner, or un-words ("unidentified"). */
const isAdjectival = (word: string, previous: string): boolean => determiners.has(previous) || word.startsWith('un');

const wordPattern = /[\p{L}’']+/gu;

/** The tense cue nearest to [start, end) inside [from, to). */
export function tenseNear(text: string, from: number, to: number, start: number, end: number): Tense {
  const sentence = text.slice(from, to);
  let best: Tense = 'none';
  let bestDistance = Infinity;
  let previous = '';
  wordPattern.lastIndex = 0;
  for (let m = wordPattern.exec(sentence); m; m = wordPattern.exec(sentence)) {
    const at = from + m.index;
    const word = m[0].toLowerCase().replace(/’/g, "'");
    if (at >= start && at < end) { previous = word; continue; }
    let tense: Tense | undefined = pairs.get(`${previous} ${word}`) ?? single.get(word);
    const pair = pairs.get(`${previous} ${word}`);
    if (!tense && word.length > 4 && word.endsWith('ed') && !notPast.has(word) && !isAdjectival(word, previous)) tense = 'past';
    if (tense === 'past' && !pair && passiveAuxiliaries.has(previous)) tense = undefined;
    if (word.startsWith("'") === false && word.endsWith("'ll")) tense = 'future';
    previous = word;
    if (!tense) continue;
    const distance = at < start ? start - (at + m[0].length) : at - end + 20; // the governing verb usually comes first
    if (distance < bestDistance) {
      bestDistance = distance;
      best = tense;
    }
  }
  return best;
}
