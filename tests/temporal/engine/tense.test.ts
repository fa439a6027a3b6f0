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

  it('reads a curly apostrophe as part of its word ("they’ll" is a future)', () => {
    expect(tenseOf('They’ll meet in March.', 'March')).toBe('future');
  });

  it('reads a word with a non-ASCII letter ("Saïd") as one word', () => {
    expect(tenseOf('Saïd will speak in March.', 'March')).toBe('future');
    expect(tenseOf('Ahmed Saïd spoke in March.', 'March')).toBe('past');
  });

  it('lets the nearest cue win, the one before the expression counting closer than the one after', () => {
    expect(tenseOf('He said it will open in March, officials confirmed.', 'March')).toBe('future');
    expect(tenseOf('In March the plant closed and will reopen.', 'March')).toBe('past');
  });

  it('answers the same question twice with the same answer', () => {
    const sentence = 'The plant closed in March.';
    expect(tenseOf(sentence, 'March')).toBe(tenseOf(sentence, 'March'));
    expect(tenseOf('The plant will close in March.', 'March')).toBe('future');
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

describe('tense cues around plans and successions', () => {
  it('does not read "succeed" as a past form', () => {
    expect(tenseOf('Mr. Schwarz will succeed Mr. Davison Feb. 1.', 'Feb. 1')).toBe('future');
  });

  it('reads a plan as pointing ahead', () => {
    expect(tenseOf('The accession was planned for early March.', 'early March')).toBe('future');
  });

  it('reads a plan that "had been" due as past', () => {
    expect(tenseOf('The offer had been scheduled to expire Friday.', 'Friday')).toBe('past');
  });
});

describe('sentences around an expression', () => {
  it('do not end at an initial inside a name, so the verb before it still governs', () => {
    const [t] = extractTimexes('Mr. Schwarz will succeed Daniel P. Davison Feb. 1, soon after Mr. Davison retires.', { referenceDate: '1989-10-26' });
    expect(t).toMatchObject({ text: 'Feb. 1', value: '1990-02-01' });
  });
});

describe('spans up to a month after a past-tense verb', () => {
  it('take the nearest such month: sales "through August" told in October ended in August', () => {
    const [, t] = extractTimexes('Sales changed little this year through August.', { referenceDate: '1989-10-27' });
    expect(t).toMatchObject({ text: 'August', value: '1989-08' });
  });
});
