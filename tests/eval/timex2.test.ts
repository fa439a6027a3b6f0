import { describe, expect, it } from 'vitest';

import { isDurationValue } from '../../src/eval/report.js';
import { readTimex2, timex2Type } from '../../src/eval/timex2.js';

const doc = `<DOC>
<DOCID>01_WW2</DOCID>
<DATETIME> <TIMEX2 val="2009-12-19T17:00:00">2009-12-19T17:00:00</TIMEX2> </DATETIME>
<TEXT>
For <TIMEX2 val="P10M" anchor_val="1915">the first ten months of <TIMEX2 val="1915">1915</TIMEX2></TIMEX2>, by <TIMEX2 val="1939-10" mod="START">early October</TIMEX2>.
</TEXT>
</DOC>`;

describe('readTimex2', () => {
  const document = readTimex2(doc);

  it('reads the DCT date from <DATETIME> and the text of <TEXT>', () => {
    expect(document.docId).toBe('01_WW2');
    expect(document.dct).toBe('2009-12-19');
    expect(document.text).toBe('\nFor the first ten months of 1915, by early October.\n');
  });

  it('keeps only the outermost of nested TIMEX2, with its value and mod', () => {
    expect(document.timexes.map(({ text, type, value, mod }) => ({ text, type, value, mod }))).toEqual([
      { text: 'the first ten months of 1915', type: 'DURATION', value: 'P10M', mod: undefined },
      { text: 'early October', type: 'DATE', value: '1939-10', mod: 'START' },
    ]);
  });

  it('infers a TIMEX3 type from the TIMEX2 value', () => {
    expect(timex2Type({ val: 'XXXX-WXX-2', set: 'YES' })).toBe('SET');
    expect(timex2Type({ val: '1944-06-06T05:30' })).toBe('TIME');
    expect(timex2Type({ val: '1944-06-06TMO' })).toBe('TIME');
    expect(timex2Type({ val: 'PAST_REF' })).toBe('DATE');
  });
});

describe('isDurationValue', () => {
  it('tells durations from the PAST_REF and PRESENT_REF references', () => {
    expect(['P3Y', 'PT2H', 'PXM', 'P1.5Y'].map(isDurationValue)).toEqual([true, true, true, true]);
    expect(['PAST_REF', 'PRESENT_REF', '1939'].map(isDurationValue)).toEqual([false, false, false]);
  });
});
