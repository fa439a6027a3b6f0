/** References to the present, past or future without a date: "now", "recently", "soon", "the future". */
import type { Rule } from '../../../rule-types.js';
import { END, SP, START, group, w } from '../pieces.js';

export const vagueRules: readonly Rule[] = [
  {
    id: 'present-ref',
    pattern: `${START}${group('word', w('now', 'right now', 'currently', 'nowadays', 'these days', 'at present', 'at the moment', 'the present', 'current', 'the time being'))}${END}(?!-)`,
    normalize: 'fixed',
    params: { value: 'PRESENT_REF', type: 'DATE', granularity: 'unknown' },
    examples: [
      { text: 'Iraq is now preparing.', extent: 'now', value: 'PRESENT_REF', type: 'DATE' },
      { text: 'currently', value: 'PRESENT_REF', type: 'DATE' },
    ],
  },
  {
    id: 'past-ref',
    pattern: `${START}${group('word', w('recently', 'lately', 'the past', 'more recently', 'the old days'))}${END}(?!-)`,
    normalize: 'fixed',
    params: { value: 'PAST_REF', type: 'DATE', granularity: 'unknown' },
    priority: -1,
    examples: [
      { text: 'He recently moved.', extent: 'recently', value: 'PAST_REF', type: 'DATE' },
      { text: 'in the past', extent: 'the past', value: 'PAST_REF', type: 'DATE' },
    ],
  },
  {
    id: 'future-ref',
    pattern: `${START}${group('word', w('soon', 'the future', 'the near future', 'the near term', 'the short term', 'the long term', 'a later date', 'the coming months', 'the coming years', 'the days ahead', 'the years ahead', 'future quarters'))}${END}(?!-)`,
    normalize: 'fixed',
    params: { value: 'FUTURE_REF', type: 'DATE', granularity: 'unknown' },
    priority: -1,
    examples: [
      { text: 'in the near future', extent: 'the near future', value: 'FUTURE_REF', type: 'DATE' },
      { text: 'The talks will resume soon.', extent: 'soon', value: 'FUTURE_REF', type: 'DATE' },
      { text: 'in the future', extent: 'the future', value: 'FUTURE_REF', type: 'DATE' },
      { text: 'The losses will cut tax payments in future quarters.', extent: 'future quarters', value: 'FUTURE_REF', type: 'DATE' },
    ],
  },
];
