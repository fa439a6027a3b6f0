/** Recurrences: "every Tuesday", "weekly", "each June", "twice a year". */
import type { Rule } from '../../../rule-types.js';
import { END, SP, START, group, month, number, optional, partOfDay, unitSingular, w, weekday, weekdays } from '../pieces.js';

const each = group('quant', w('every', 'each'));

export const setRules: readonly Rule[] = [
  {
    id: 'set-every-weekday',
    pattern: `${START}${each}${SP}${optional(`${group('other', w('other'))}${SP}`)}${weekday()}${optional(`${SP}${partOfDay()}`)}${END}`,
    normalize: 'set',
    examples: [{ text: 'every Tuesday', value: 'XXXX-WXX-2', type: 'SET' }],
  },
  {
    id: 'set-weekday-plural',
    pattern: `${START}${weekdays()}${optional(`${SP}${partOfDay()}s?`)}${END}`,
    normalize: 'set',
    examples: [{ text: 'The market is closed on Sundays.', extent: 'Sundays', value: 'XXXX-WXX-7', type: 'SET' }],
  },
  {
    id: 'set-weekday-part-of-day-plural',
    pattern: `${START}${weekday()}${SP}${partOfDay()}s${END}`,
    normalize: 'set',
    examples: [{ text: 'The club meets Tuesday nights.', extent: 'Tuesday nights', value: 'XXXX-WXX-2TNI', type: 'SET' }],
  },
  {
    id: 'set-every-month',
    pattern: `${START}${each}${SP}${month()}${END}`,
    normalize: 'set',
    examples: [{ text: 'each June', value: 'XXXX-06', type: 'SET' }],
  },
  {
    id: 'set-every-unit',
    pattern: `${START}${each}${SP}${optional(`${group('other', w('other'))}${SP}`)}${optional(`${number()}${SP}`)}${unitSingular()}s?${END}`,
    normalize: 'set',
    examples: [
      { text: 'every day', value: 'P1D', type: 'SET' },
      { text: 'each year', value: 'P1Y', type: 'SET' },
      { text: 'every two weeks', value: 'P2W', type: 'SET' },
    ],
  },
  {
    id: 'set-adverb',
    pattern: `${START}${group('adverb', w('daily', 'weekly', 'monthly', 'yearly', 'hourly', 'nightly', 'biweekly'))}${END}`,
    normalize: 'set',
    examples: [
      { text: 'weekly', value: 'P1W', type: 'SET' },
      { text: 'It is published monthly.', extent: 'monthly', value: 'P1M', type: 'SET' },
    ],
  },
  {
    id: 'set-times-per',
    pattern: `${START}${group('times', w('once', 'twice', 'three times', 'four times', 'five times', 'several times', 'many times', 'two times', 'ten times'))}${SP}${group('per', w('a', 'an', 'per', 'each', 'every'))}${SP}${unitSingular()}${END}`,
    normalize: 'set',
    examples: [{ text: 'twice a year', value: 'P1Y', type: 'SET' }],
  },
];
