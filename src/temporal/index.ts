/**
 * The temporal tagger: finds every temporal expression (TIMEX3) in a text and normalizes it
 * against a reference (publication) date. Pure TypeScript, no DOM; never throws.
 */
import { englishNegatives } from './resources/en/negatives.js';
import { englishRules } from './resources/en/rules/index.js';
import { compileRules } from './engine/compile.js';
import { starterWords, triggerWords } from './resources/en/vocabulary.js';
import { extractWith } from './engine/extract.js';
import type { ExtractOptions, Timex } from './types.js';

export type * from './types.js';
export type { Rule, RuleExample, NegativeContext } from './rule-types.js';
export { englishRules, englishNegatives };

const compiled = compileRules(englishRules, englishNegatives, { triggerWords, starterWords });

/** Every temporal expression in `text`, in document order, with ids t1, t2, …. Never throws. */
export function extractTimexes(text: string, options: ExtractOptions = {}): Timex[] {
  try {
    return extractWith(compiled, text, options ?? {});
  } catch {
    // A rule bug must not take the caller down; an empty result is the safe answer.
    return [];
  }
}
