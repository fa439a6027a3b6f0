import { describe, expect, it } from 'vitest';
import { tenseNear } from '../../../src/temporal/engine/tense.js';
import { extractTimexes } from '../../../src/temporal/index.js';

const tenseOf = (sentence: string, expression: string) => {
  const start = sentence.indexOf(expression);
  return tenseNear(sentence, 0, sentence.length, start, start + expression.length);
};

describe('tenseNear', () => {
  it('reads an -ed word after a determiner as an adjective, not a past tense', () => {
    expect(tenseOf('The dividend would be paid on a still unspecified date in January.', 'January')).toBe('future');
  });

  it('reads un-words ending in -ed as adjectives', () => {
    expect(tenseOf('It will close on an undisclosed date in March.', 'March')).toBe('future');
  });

  it('still reads a regular past form as past', () => {
    expect(tenseOf('The company acquired the unit in January.', 'January')).toBe('past');
  });

  it('reads "effective" as pointing ahead', () => {
    expect(tenseOf('The change is effective Feb. 1.', 'Feb. 1')).toBe('future');
  });
});

describe('deadlines after a past-tense verb', () => {
  it('take the nearest such weekday: a deadline given on Monday for Tuesday is tomorrow', () => {
    const [t] = extractTimexes('The agency has given the relatives until 9 a.m. Tuesday to sign.', { referenceDate: '2000-04-03' });
    expect(t).toMatchObject({ text: '9 a.m. Tuesday', value: '2000-04-04T09:00' });
  });

  it('take the nearest such weekday: a deadline that passed on Friday is last Friday', () => {
    const [t] = extractTimexes('The offer ran until Friday.', { referenceDate: '1989-10-30' });
    expect(t?.value).toBe('1989-10-27');
  });
});
