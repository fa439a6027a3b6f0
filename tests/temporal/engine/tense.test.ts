import { describe, expect, it } from 'vitest';
import { tenseNear } from '../../../src/temporal/engine/tense.js';
import { extractTimexes } from '../../../src/temporal/index.js';

const tenseOf = (sentence: string, expression: string) => {
  const start = sentence.indexOf(expression);
  return tenseNear(sentence, 0, sentence.length, start, start + expression.length);
};

describe('tenseNear', () => {
  it('reads an -ed word after a determiner as an adjective, not a past tense', () => {
    expect(tenseOf('The dividend would be paid on a still unspecified date in January.', 'January')).toBe('conditional');
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

  it('reads "had been due to" as past too: the "to" of a past plan does not look ahead', () => {
    expect(tenseOf('It had been due to expire Friday evening.', 'Friday evening')).toBe('past');
    expect(tenseOf('It is due to expire Friday evening.', 'Friday evening')).toBe('future');
  });

  it('reads a delay as pointing ahead of the past verb that made it', () => {
    expect(tenseOf('Officials postponed until Tuesday morning any action on the case.', 'Tuesday morning')).toBe('future');
    expect(tenseOf('The hearing was adjourned until Monday.', 'Monday')).toBe('future');
  });

  it('reads "as soon as" as pointing ahead of a past verb that follows it', () => {
    expect(tenseOf('They were likely to buy as soon as trading opened Monday.', 'Monday')).toBe('future');
    expect(tenseOf('The group would be ready to leave as soon as Tuesday, Castro said.', 'Tuesday')).toBe('future');
  });

  it('lets "as soon as" govern only the words just after it, not a later clause', () => {
    expect(tenseOf('He would leave as soon as he could, aides said Monday.', 'Monday')).toBe('past');
  });
});

describe('weekdays after a delay or a past plan', () => {
  it('put what was scheduled or is due on the coming day, and what "was to have" happened on the last one', () => {
    const [scheduled, due, wasToHave] = extractTimexes('The vote was scheduled for Friday. The report is due Monday. The hearing was to have opened Monday.', { referenceDate: '2000-01-05' });
    expect(scheduled?.value).toBe('2000-01-07');
    expect(due?.value).toBe('2000-01-10');
    expect(wasToHave?.value).toBe('2000-01-03');
  });

  it('put a postponement told on Thursday on the coming Tuesday', () => {
    const t = extractTimexes('Immigration officials postponed until Tuesday morning any action.', { referenceDate: '2000-03-30' })[0];
    expect(t).toMatchObject({ text: 'Tuesday morning', value: '2000-04-04TMO' });
  });

  it('put a deadline that "had been due" on the Friday before a Monday story', () => {
    const t = extractTimexes('The offer was extended. It had been due to expire Friday evening.', { referenceDate: '1989-10-30' })[0];
    expect(t).toMatchObject({ text: 'Friday evening', value: '1989-10-27TEV' });
  });
});

describe('sentences around an expression', () => {
  it('do not end at an initial inside a name, so the verb before it still governs', () => {
    const [t] = extractTimexes('Mr. Schwarz will succeed Daniel P. Davison Feb. 1, soon after Mr. Davison retires.', { referenceDate: '1989-10-26' });
    expect(t).toMatchObject({ text: 'Feb. 1', value: '1990-02-01' });
  });
});

describe('the month after the reference month in a past-tense sentence', () => {
  it('is the coming one: a past-tense report of a month eleven months back would name its year', () => {
    const [t] = extractTimexes('Saudi Arabia told oil companies of a cutback in its oil supply in September.', { referenceDate: '1990-08-16' });
    expect(t).toMatchObject({ text: 'September', value: '1990-09' });
  });

  it('leaves a month two months ahead to the tense', () => {
    const [t] = extractTimexes('The company cut its supply in October.', { referenceDate: '1990-08-16' });
    expect(t?.value).toBe('1989-10');
  });
});

describe('a season with no verb', () => {
  it('is the coming one when it is about to begin', () => {
    const [t] = extractTimexes('Your Summer Reading List: picks for the beach.', { referenceDate: '2015-04-11' });
    expect(t).toMatchObject({ text: 'Summer', value: '2015-SU' });
  });

  it('stays the last one once a past-tense verb tells it', () => {
    const [t] = extractTimexes('Sales fell in the summer.', { referenceDate: '2015-04-11' });
    expect(t?.value).toBe('2014-SU');
  });
});

describe('spans up to a month after a past-tense verb', () => {
  it('take the nearest such month: sales "through August" told in October ended in August', () => {
    const [, t] = extractTimexes('Sales changed little this year through August.', { referenceDate: '1989-10-27' });
    expect(t).toMatchObject({ text: 'August', value: '1989-08' });
  });
});
