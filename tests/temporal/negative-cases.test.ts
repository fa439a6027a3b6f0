import { describe, expect, it } from 'vitest';
import { englishNegatives, extractTimexes } from '../../src/temporal/index.js';

const lookAlikes = [
  'May we ask a question?',
  'the march on Washington',
  'March organizers said the route is set.',
  'the Sunday Times',
  'He bought milk at 7-Eleven.',
  'She lives on Spring Street.',
  'The army sent 1,500 troops.',
  'April Smith said the plan was sound.',
  'He may go, and prices may fall.',
  'Theresa May said no.',
  'The rate rose 12.5% in trading.',
  'a 6-year-old boy',
  'Jan Egeland said',
  'The Good Friday Agreement held.',
  'They will spring into action.',
  'Tourists bathe in a hot spring.',
  'Good evening from the central park in Havana.',
  'Room rates will be $55 a night.',
  'Protests spread during the Arab Spring.',
  'The diversion of three quarters of the Axis troops failed.',
  'Two HR managers quit.',
  'James Baker said on ABC-TV\'s "This Week With David Brinkley" that talks failed.',
];

describe('look-alikes yield nothing', () => {
  for (const text of lookAlikes) {
    it(`finds no temporal expression in "${text}"`, () => {
      expect(extractTimexes(text, { referenceDate: '2017-07-04' }).map((t) => t.text)).toEqual([]);
    });
  }

  for (const negative of englishNegatives) {
    for (const example of negative.examples) {
      it(`the ${negative.id} look-alike keeps "${example}" untagged`, () => {
        const timexes = extractTimexes(example, { referenceDate: '2017-07-04' });
        expect(timexes.filter((t) => new RegExp(negative.match, 'u').test(t.text)).map((t) => t.text)).toEqual([]);
      });
    }
  }
});

describe('the same words used as dates are still found', () => {
  it.each([
    ['The vote is in May.', 'May'],
    ['The march began in March.', 'March'],
    ['They met on Sunday.', 'Sunday'],
    ['Sales rose in the spring.', 'the spring'],
    ['In January President Obama said no.', 'January'],
    ['In March Congress passed the bill.', 'March'],
    ['Since November Apple has sold more.', 'November'],
    ['The flight takes 3 hrs.', '3 hrs'],
    ['It is too early to see a trend, but spring shows signs of hope.', 'spring'],
    ['The army launched a spring offensive.', 'spring'],
    ['It recently achieved profitability after several quarters of losses.', 'recently,several quarters'],
  ])('finds the date in "%s"', (text, expected) => {
    expect(extractTimexes(text, { referenceDate: '2017-07-04' }).map((t) => t.text)).toEqual(expected.split(','));
  });
});
