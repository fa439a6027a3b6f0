import { attributionOpeners, reportingVerbs } from '../resources/en/words.js';
import type { Sentence } from './sentence.js';
import { subjectMaxWords } from './subject.js';

// Reporting frames: "officials said", "according to a report". The news is what was said.

/** "officials said as dawn broke": a frame with at most this many words after its verb. */
const bareFrameTail = 3;

export function reportingVerbAt(s: Sentence, words: number[]): number {
  return words.findIndex((i) => reportingVerbs.has(s.key(i)) && s.tokens[i]!.text.charAt(0) === s.tokens[i]!.text.charAt(0).toLowerCase());
}

export function endsWithReportingVerb(s: Sentence, words: number[]): boolean {
  const at = reportingVerbAt(s, words);
  return at >= 0 && at === words.length - 1 && words.length <= subjectMaxWords + 1;
}

export function isBareReportingFrame(s: Sentence, words: number[]): boolean {
  if (attributionOpeners.has(s.key(words[0]))) return true;
  const at = reportingVerbAt(s, words);
  return at > 0 && at <= 3 && words.length - at - 1 <= bareFrameTail;
}
