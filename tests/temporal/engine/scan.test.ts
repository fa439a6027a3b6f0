import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules, type CompiledRules } from '../../../src/temporal/engine/compile.js';
import { extractWith } from '../../../src/temporal/engine/extract.js';
import { englishNegatives, englishRules } from '../../../src/temporal/index.js';
import { starterWords, triggerWords } from '../../../src/temporal/resources/en/vocabulary.js';

const compiled = compileRules(englishRules, englishNegatives, { triggerWords, starterWords });
/** The same rules without the per-trigger shortlist: every rule is tried everywhere. */
const everyRule = { rules: compiled.rules, at: () => compiled.rules };
const exhaustive: CompiledRules = { ...compiled, shortlist: () => everyRule };

const words = [
  'the', 'past', 'three', 'years', 'March', '3', '2015', 'last', 'week', 'Sunday', 'morning', 'ago', 'every', 'Tuesday',
  'Q3', 'fiscal', "'89", 'the', 'end', 'of', 'year', 'monthlong', 'three-day', 'Christmas', 'nineteen', 'ninety-six',
  'two', 'thousand', 'mid-1990s', '10:30', 'a.m.', 'Wednesday', 'tonight', 'earlier', 'this', 'month', 'since', 'November',
  'first', 'quarter', 'H1', 'now', 'soon', 'recent', 'weeks', '12/31/98', '2015-03-03', 'said', 'will', ',', '.',
];

describe('the trigger shortlist', () => {
  it('finds exactly what trying every rule everywhere finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (picked) => {
        const text = picked.join(' ');
        const fast = extractWith(compiled, text, { referenceDate: '2017-07-04' });
        const slow = extractWith(exhaustive, text, { referenceDate: '2017-07-04' });
        expect(fast).toEqual(slow);
      }),
      { numRuns: 400 },
    );
  });

  it('finds exactly what trying every rule finds on every rule example', () => {
    for (const rule of englishRules) {
      for (const example of rule.examples) {
        const options = { referenceDate: example.reference ?? null };
        expect(extractWith(compiled, example.text, options)).toEqual(extractWith(exhaustive, example.text, options));
      }
    }
  });
});

describe('the walk back from a trigger', () => {
  const texts = (text: string) => extractWith(compiled, text, { referenceDate: '2013-03-18' }).map((t) => t.text);

  it('steps over the period of an abbreviation listed with it among the starters ("St.")', () => {
    expect(texts("The mayor marched on St. Patrick's Day.")).toEqual(["St. Patrick's Day"]);
  });
});
