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
    id: 'at-the-time',
    // "said at the time that …": what a source said then, which news places in the past (TimeBank: PAST_REF). Only after
    // a verb of saying: a history's "at the time" is its own story's time ("Vietnam at the time was …"), and
    // "at the time of the vote", "at the time when …" name their event.
    pattern: `(?<=${w('said', 'says', 'saying', 'told', 'telling', 'wrote', 'noted', 'added', 'reported', 'stated', 'explained', 'acknowledged', 'argued', 'recalled', 'admitted', 'insisted', 'declared', 'announced', 'warned')}(?:${SP}[A-Za-z]{1,20}){0,2},?${SP}${w('at')}${SP})${group('word', w('the time'))}${END}(?!${SP}(?:${w('of', 'when', 'being')}|[0-9]))`,
    normalize: 'fixed',
    params: { value: 'PAST_REF', type: 'DATE', granularity: 'unknown' },
    priority: -1,
    examples: [
      { text: 'He said at the time that he would appeal.', extent: 'the time', value: 'PAST_REF', type: 'DATE' },
      { text: 'The spokesman told reporters at the time that no one was hurt.', extent: 'the time', value: 'PAST_REF', type: 'DATE' },
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
