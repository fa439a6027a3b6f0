import { describe, expect, it } from 'vitest';

import { readMeantime } from '../../src/eval/meantime.js';

const cat = `<?xml version="1.0" ?><Document doc_id="1" doc_name="1_Title" lang="en">
<token number="0" sentence="0" t_id="1">Sales</token>
<token number="1" sentence="0" t_id="2">fall</token>
<token number="2" sentence="1" t_id="3">March</token>
<token number="3" sentence="1" t_id="4">01</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2008</token>
<token number="6" sentence="2" t_id="7">AT&amp;T</token>
<token number="7" sentence="2" t_id="8">fell</token>
<token number="8" sentence="2" t_id="9">last</token>
<token number="9" sentence="2" t_id="10">year</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="20" type="DATE" value="2008-03-01"><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="21" type="DATE" value="2007"><token_anchor t_id="9"/><token_anchor t_id="10"/></TIMEX3>
<TIMEX3 TAG_DESCRIPTOR="Empty_Mark" functionInDocument="NONE" m_id="22" type="DATE" value="2058"/>
</Markables></Document>`;

describe('readMeantime', () => {
  const document = readMeantime(cat);

  it('rebuilds the text with one space between tokens and one newline between sentences', () => {
    expect(document.text).toBe('Sales fall\nMarch 01 , 2008\nAT&T fell last year');
  });

  it('reads the DCT from the creation-time timex and leaves its dateline span out of the gold', () => {
    expect(document.dct).toBe('2008-03-01');
    expect(document.ignoredSpans).toEqual([{ start: 11, end: 26 }]);
  });

  it('gives token-anchored timexes offsets into the rebuilt text and skips non-consuming ones', () => {
    expect(document.docId).toBe('1_Title');
    expect(document.timexes).toEqual([{ start: 37, end: 46, text: 'last year', type: 'DATE', value: '2007', tid: '21' }]);
  });

  it('cuts the text after the annotated headline and first sentences (0–5)', () => {
    const extra = Array.from({ length: 5 }, (_, i) => `<token number="${20 + i}" sentence="${3 + i}" t_id="${20 + i}">S${3 + i}</token>`).join('\n');
    const long = readMeantime(cat.replace('<Markables>', `${extra}\n<Markables>`));
    expect(long.text).toBe('Sales fall\nMarch 01 , 2008\nAT&T fell last year\nS3\nS4\nS5');
  });

  it('reads the one day-first DCT of the corpus as a date', () => {
    expect(readMeantime(cat.replace('value="2008-03-01"', 'value="03-02-2009"')).dct).toBe('2009-02-03');
  });
});
