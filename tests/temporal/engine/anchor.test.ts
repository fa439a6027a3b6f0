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
