/** Every English rule table, in the order they are tried (order only breaks ties of equal length and priority). */
import type { Rule } from '../../../rule-types.js';
import { dateRules, holidayRules } from './dates.js';
import { durationRules } from './durations.js';
import { relativeRules } from './relative.js';
import { setRules } from './sets.js';
import { timeRules } from './times.js';
import { vagueRules } from './vague.js';

export const englishRules: readonly Rule[] = [
  ...dateRules,
  ...holidayRules,
  ...timeRules,
  ...relativeRules,
  ...durationRules,
  ...setRules,
  ...vagueRules,
];
