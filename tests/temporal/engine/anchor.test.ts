import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../../../src/temporal/index.js';

const valueOf = (text: string, expression: string, referenceDate: string): string | undefined =>
  extractTimexes(text, { referenceDate }).find((t) => t.text === expression)?.value;

describe('"a year ago" in an earnings report', () => {
  it('is the quarter under discussion a year before', () => {
    expect(valueOf('Net rose in the third quarter to $5 million from $4 million a year ago.', 'a year ago', '1989-10-26')).toBe('1988-Q3');
  });

  it('is still that quarter a few paragraphs on', () => {
    const filler = ' Sales of diapers were strong in North America and abroad.'.repeat(12);
    expect(valueOf(`Net rose in the third quarter.${filler} Prices were higher than a year ago.`, 'a year ago', '1989-10-26')).toBe('1988-Q3');
  });

  it('is the year before once a span of months is compared', () => {
    const text = 'Net rose in the third quarter. For the nine months, net was $9 million, up from $7 million a year earlier.';
    expect(valueOf(text, 'a year earlier', '1989-10-26')).toBe('1988');
  });

  it('names a quarter when the phrase says so, even after a year was named', () => {
    const text = 'Net rose in the third quarter. Last year was weak. Costs were lower than in the year-ago quarter.';
    expect(valueOf(text, 'the year-ago quarter', '1989-10-26')).toBe('1988-Q3');
  });
});

describe('a month just after an explicit year', () => {
  it('takes that year in the past tense', () => {
    expect(valueOf('The treaty was signed in 1990, and in March the troops left.', 'March', '1998-07-04')).toBe('1990-03');
  });

  it('keeps to the reference when the verb looks ahead', () => {
    expect(valueOf('Poland, which applied in July 1997, will join NATO on March 12.', 'March 12', '1999-02-27')).toBe('1999-03-12');
  });
});

describe('a history written long after the fact', () => {
  const history = 'In 1939 the war began. By 1940 France had fallen. In 1941 the invasion came. ';

  it('places a month without a year in the year the story has reached', () => {
    expect(valueOf(`${history}In June the army crossed the border.`, 'June', '2009-12-19')).toBe('1941-06');
  });

  it('places "the end of the month" in the story too', () => {
    expect(valueOf(`${history}On June 22 the army crossed the border and reached Minsk by the end of the month.`, 'the end of the month', '2009-12-19')).toBe('1941-06');
  });

  it('keeps to the story after the text mentions the year it was written in once', () => {
    const text = `${history}The last veteran died in 2008. In 1942 the tide turned, and in 1943 and 1944 the army fell back. In June the army retreated.`;
    expect(valueOf(text, 'June', '2009-12-19')).toBe('1944-06');
  });

  it('stays in its year after a date the story only looks ahead to ("until …")', () => {
    const text = `${history}In 1943 the siege lasted until the fall of the city in February 1945. In June the army retreated.`;
    expect(valueOf(text, 'June', '2009-12-19')).toBe('1943-06');
  });

  it('stays in its year after a year a plan was made for', () => {
    const text = `${history}In 1943 the reserves would be kept for a campaign in 1945. In June the army retreated.`;
    expect(valueOf(text, 'June', '2009-12-19')).toBe('1943-06');
  });

  it('stays in its year after a year named in parentheses', () => {
    const text = `${history}In 1943, as Smith's history (1998) tells it, the army wavered. In June it retreated.`;
    expect(valueOf(text, 'June', '2009-12-19')).toBe('1943-06');
  });

  it('stays in its year after a date a parenthesis gives as of its writing', () => {
    const text = `${history}In 1943 the losses (as of December 5, 1998) were heavy. In June the army retreated.`;
    expect(valueOf(text, 'June', '2009-12-19')).toBe('1943-06');
  });

  it('stays in its years after a year of the writer\'s own time ("documents found in 2004")', () => {
    const text = `${history}In 1943 the army fell back. Documents found in 2004 proved that the codes were broken. On August 17 the army retreated.`;
    expect(valueOf(text, 'August 17', '2009-12-19')).toBe('1943-08-17');
  });

  it('stays in its year after looking back a year ("its successes from the previous year")', () => {
    const text = `${history}In 1943 the army advanced, repeating its successes from the previous year. On 12 October the city fell.`;
    expect(valueOf(text, '12 October', '2009-12-19')).toBe('1943-10-12');
  });

  it('keeps what "would" happen in the story, not in the writer\'s future', () => {
    const text = `${history}In 1943 the king was executed. The queen would follow him to the guillotine on 16 October.`;
    expect(valueOf(text, '16 October', '2009-12-19')).toBe('1943-10-16');
  });

  it('does not lend a year it compares with ("since 1813") to the month that follows', () => {
    const text = `${history}In 1943 the army fought its largest battle since 1813 and retreated on 6 September.`;
    expect(valueOf(text, '6 September', '2009-12-19')).toBe('1943-09-06');
  });

  it('moves on to a year the story reaches', () => {
    const text = `${history}In 1943 the siege went on, and in February 1945 the city fell. In June the army retreated.`;
    expect(valueOf(text, 'June', '2009-12-19')).toBe('1945-06');
  });

  it('does not apply to news that recalls old years while naming its own days', () => {
    const news = 'On Saturday the father spoke. Castro landed on Dec. 2, 1956, and took power on Jan. 1, 1959. ';
    expect(valueOf(`${news}His mother died in late November.`, 'late November', '2000-04-01')).toBe('1999-11');
  });
});

describe('"the weekend"', () => {
  it('after another weekend of the story is that same weekend', () => {
    const found = extractTimexes('Talks went on over the weekend. Officials met again during the weekend and agreed.', { referenceDate: '1990-08-13' });
    expect(found.map((t) => t.value)).toEqual(['1990-W32-WE', '1990-W32-WE']);
  });
});

describe('a clock time stated in UTC', () => {
  it('carries the zone in its value, as TimeML writes it', () => {
    const [found] = extractTimexes('As of 14:48 UTC, the FTSE 100 was down 7.9 %.', { referenceDate: '2008-10-06' });
    expect(found).toMatchObject({ text: '14:48 UTC', value: '2008-10-06T14:48Z', interval: { start: '2008-10-06T14:48:00.000Z' } });
  });

  it('leaves other named zones off the value (TimeBank writes "5 p.m. EST" without one)', () => {
    expect(valueOf('The offer expires at 5 p.m. EST Nov. 9.', '5 p.m. EST Nov. 9', '1989-11-02')).toBe('1989-11-09T17:00');
  });

  it('on the weekday of the reference is that day, whatever the tense', () => {
    const text = 'General Motors filed for bankruptcy protection at 12:00 UTC Monday.';
    expect(valueOf(text, '12:00 UTC Monday', '2009-06-01')).toBe('2009-06-01T12:00Z');
  });
});

describe('the trading day of a market report', () => {
  it('is the day the story is at, not the reference', () => {
    const text = 'On Friday the Dow fell 3 %. The index rebounded late in the day and ended the day down 31 points.';
    const found = extractTimexes(text, { referenceDate: '2007-08-11' });
    expect(found.map((t) => [t.text, t.value, t.mod])).toEqual([
      ['Friday', '2007-08-10', undefined], ['late in the day', '2007-08-10', 'END'], ['the day', '2007-08-10', undefined],
    ]);
  });

  it('"later in the day" follows the story too', () => {
    expect(valueOf('Ford said on Tuesday that its stock rose, before declining later in the day.', 'later in the day', '2010-03-03')).toBe('2010-03-02');
  });

  it('is not "the day" of a figure of speech or a relative clause', () => {
    const found = extractTimexes('He ended the day he was elected with a speech. She will never forget the day.', { referenceDate: '2009-02-23' });
    expect(found.map((t) => t.text)).toEqual([]);
  });
});

describe('a month "of that year"', () => {
  it('lies in the year the story has reached', () => {
    expect(valueOf('The war was stalemated by 1940. In August of that year, an offensive began.', 'August of that year', '2009-06-01')).toBe('1940-08');
  });
});

describe('"over" before a quantity', () => {
  it('means more than after "in", "for" or "just"', () => {
    const found = extractTimexes('The index closed at its lowest level in over six years.', { referenceDate: '2009-02-19' });
    expect(found.map((t) => [t.text, t.value, t.mod])).toEqual([['over six years', 'P6Y', 'MORE_THAN']]);
  });

  it('stays out of the expression where it means "during"', () => {
    expect(extractTimexes('The money can be used over three years.', { referenceDate: '1989-11-02' }).map((t) => t.text)).toEqual(['three years']);
  });
});

describe('"tmr" and "tmrw"', () => {
  it('are tomorrow in posts', () => {
    expect(valueOf('Get down to ViVo at 6pm tmr!', '6pm tmr', '2013-03-29')).toBe('2013-03-30T18:00');
  });

  it('are not the acronym TMR', () => {
    expect(extractTimexes('TMR said profits rose.', { referenceDate: '2013-03-29' })).toEqual([]);
  });
});

describe('"the previous" and "the following" before a weekday', () => {
  it('count from the day the story is at', () => {
    const text = 'London shares closed lower Friday, down 4.5% from the previous Friday.';
    expect(valueOf(text, 'the previous Friday', '1989-10-30')).toBe('1989-10-20');
  });

  it('"the following Monday" lies after that day, not in its week', () => {
    expect(valueOf('The talks opened on Thursday, March 2, 2000. The following Monday they collapsed.', 'The following Monday', '2000-04-01')).toBe('2000-03-06');
  });
});

describe('a history that says "this day"', () => {
  it('stays in the story after the phrase', () => {
    const text = 'The war began in 1914. In 1915 and 1916 it dragged on. In 1917 the Americans came. The offensive began on 8 August 1918. ' +
      'Ludendorff called this day the black day of the army. The French army attacked on 10 August.';
    expect(valueOf(text, '10 August', '2009-12-19')).toBe('1918-08-10');
  });
});

describe('the first end of a range or pair of dates without a year', () => {
  it('takes the year its far end names', () => {
    expect(valueOf('In April and June 1955, Diem cleared the decks.', 'April', '2009-12-19')).toBe('1955-04');
    expect(valueOf('The battle of Old Baldy (26 June - 4 August 1952) was fierce.', '26 June', '2009-12-19')).toBe('1952-06-26');
  });

  it('takes the year before when it comes later in the year than the far end', () => {
    expect(valueOf('The troops left from November 15 to February 15, 1989.', 'November 15', '2009-12-19')).toBe('1988-11-15');
  });

  it('does not take a year across a clause ("in April, and in June 1955 …")', () => {
    expect(valueOf('The plant closed in April, and reopened in June 1955.', 'April', '2009-12-19')).toBe('2009-04');
  });
});

describe('next and previous periods in a history', () => {
  const history = 'In 1775 the war began. In 1776 the colonies declared independence. In December 1777 the army encamped at Valley Forge. ';

  it('count from the story\'s time, not the writer\'s ("the next month", "early the next year")', () => {
    expect(valueOf(`${history}The troops would be pulled out by the next month.`, 'the next month', '2009-12-19')).toBe('1778-01');
    expect(valueOf(`${history}A republic was declared early the next year.`, 'early the next year', '2009-12-19')).toBe('1778');
  });

  it('place "the next spring" after the story\'s winter', () => {
    expect(valueOf(`${history}The next spring, the army emerged in good order.`, 'The next spring', '2009-12-19')).toBe('1778-SP');
  });

  it('leave the writer\'s own future to the reference ("will … next year")', () => {
    expect(valueOf(`${history}The museum will reopen next year.`, 'next year', '2009-12-19')).toBe('2010');
  });
});

describe('the far end of a range without a year', () => {
  it('is the first such date not before the start ("from 17th May to 17th June")', () => {
    expect(valueOf('Away from Singapore from 17th May to 17th June!', '17th June', '2013-03-20')).toBe('2013-06-17');
  });

  it('is not ordered by a list ("November and January")', () => {
    expect(valueOf('The attacks of November and January were the worst.', 'January', '2005-06-01')).toBe('2005-01');
  });
});

describe('a text that opens on a year long past', () => {
  it('is still news: one old year does not make a history ("founded in 1998, said last month")', () => {
    const text = 'The airline, founded in 1998, said last month that profit rose. In March it cut 200 jobs.';
    expect(valueOf(text, 'last month', '2013-03-20')).toBe('2013-02');
    expect(valueOf(text, 'March', '2013-03-20')).toBe('2013-03');
  });

  it('nor do two, for "last year" and "next month", which are the writer\'s', () => {
    const text = 'The museum opened in 1962 and was rebuilt in 1985. Last year it drew 2 million visitors. Next month it closes.';
    expect(valueOf(text, 'Last year', '2013-03-20')).toBe('2012');
    expect(valueOf(text, 'Next month', '2013-03-20')).toBe('2013-04');
  });

  it('is news once it has named a day of its own first', () => {
    const text = 'The company said Tuesday that it was founded in 1985. On 21 July, it listed its shares.';
    expect(valueOf(text, '21 July', '2009-07-24')).toBe('2009-07-21');
    const older = 'The company said Tuesday that it was founded in 1975. On 21 July, it listed its shares.';
    expect(valueOf(older, '21 July', '2009-07-24')).toBe('2009-07-21');
  });

  it('is a history when a year decades back is followed, in the past and within a sentence or so, by a month or day', () => {
    const text = 'In 1936 the rebels took Seville on 20 July. On 21 July they reached the coast. In October they attacked Madrid.';
    expect(valueOf(text, '21 July', '2009-12-19')).toBe('1936-07-21');
    expect(valueOf(text, 'October', '2009-12-19')).toBe('1936-10');
  });

  it('is news again once paragraphs have passed since that year, or the clause looks ahead', () => {
    const filler = ' Officials said the rally had been peaceful and that more were planned.'.repeat(5);
    expect(valueOf(`Castro took power on Jan. 1, 1959.${filler} His mother drowned in late November.`, 'late November', '2000-04-01')).toBe('1999-11');
    expect(valueOf('The bridge was built in 1936. In October it will close for repairs.', 'October', '2009-07-20')).toBe('2009-10');
  });
});

describe('a day counted from an event ("the day after the vote")', () => {
  it('counts from the day just named, which is the event\'s', () => {
    expect(valueOf('The doctor was shot on Oct. 23. Police came to his house the day after his death.', 'the day', '1998-11-06')).toBe('1998-10-24');
  });

  it('is unknown when no day was named, not the day after the reference', () => {
    expect(valueOf('Crowds gathered the day after the election.', 'the day', '2013-03-13')).toBe('XXXX-XX-XX');
  });

  it('is unknown when the story is at a year, not a day', () => {
    expect(valueOf('Troops withdrew in 2011. The day before the speech, the prime minister met the envoy.', 'The day', '2013-03-13')).toBe('XXXX-XX-XX');
  });

  it('is unknown when the day named lies paragraphs back', () => {
    const filler = ' Officials said the talks had been difficult and would continue.'.repeat(6);
    expect(valueOf(`The vote was held on March 2.${filler} Protests began the day after the count.`, 'the day', '2013-03-13')).toBe('XXXX-XX-XX');
  });
});

describe('a day or week counted from a date that follows ("the day after Christmas")', () => {
  it('is placed as the date is, then counted', () => {
    expect(valueOf('Stores reopened the day after Christmas.', 'the day after Christmas', '2013-03-13')).toBe('2012-12-26');
    expect(valueOf('Stores will reopen the day after Christmas.', 'the day after Christmas', '2013-03-13')).toBe('2013-12-26');
  });

  it('counts from the weekday a relation word picks, not from the day before it', () => {
    expect(valueOf("The day before last Tuesday's hearing, he met the judge.", 'The day before last Tuesday', '2000-02-24')).toBe('2000-02-21');
  });

  it('keeps a holiday\'s own day offset ("Black Friday" follows Thanksgiving in the year the tense picks)', () => {
    expect(valueOf('Retailers expect big crowds on Black Friday.', 'Black Friday', '2013-03-13')).toBe('2013-11-29');
    expect(valueOf('Crowds were thin the day after Black Friday.', 'the day after Black Friday', '2012-12-03')).toBe('2012-11-24');
  });

  it('without a reference date is an underspecified day or week', () => {
    expect(extractTimexes('Stores reopened the day after Christmas.', {}).find((t) => t.text === 'the day after Christmas')?.value).toBe('XXXX-XX-XX');
    expect(extractTimexes('A hearing is set for the week of March 6.', {}).find((t) => t.text === 'the week of March 6')?.value).toBe('XXXX-WXX');
  });
});
