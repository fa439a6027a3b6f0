import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { readTimeML } from '../../src/timeml/read.js';
import { writeTimeML, type WritableTimex } from '../../src/timeml/write.js';

describe('writeTimeML', () => {
  it('wraps each expression in an inline TIMEX3 with its attributes and escapes the text', () => {
    const text = 'AT&T <b> sold it on Sunday, every week.';
    const xml = writeTimeML(
      text,
      [
        { id: 't1', start: 20, end: 26, type: 'DATE', value: '2017-07-02', anchor: { kind: 'reference' } },
        { id: 't2', start: 28, end: 38, type: 'SET', value: 'P1W', quant: 'EVERY', freq: '1W' },
      ],
      { docId: 'seed', dct: '2017-07-04' },
    );
    expect(xml).toContain('<DOCID>seed</DOCID>');
    expect(xml).toContain('functionInDocument="CREATION_TIME">2017-07-04</TIMEX3></DCT>');
    expect(xml).toContain(
      '<TEXT>AT&amp;T &lt;b&gt; sold it on <TIMEX3 tid="t1" type="DATE" value="2017-07-02" temporalFunction="true" anchorTimeID="t0">Sunday</TIMEX3>, <TIMEX3 tid="t2" type="SET" value="P1W" quant="EVERY" freq="1W">every week</TIMEX3>.</TEXT>',
    );
  });

  it('reads back to the same text, spans, types, values and DCT', () => {
    const text = 'He said "3 > 2" on March 3, 2015 & left two years ago.';
    const ago = text.indexOf('two years ago');
    const timexes: WritableTimex[] = [
      { start: 19, end: 32, type: 'DATE', value: '2015-03-03' },
      { start: ago, end: ago + 13, type: 'DATE', value: '2015', mod: 'APPROX' },
    ];
    const document = readTimeML(writeTimeML(text, timexes, { dct: '2017-07-04' }));
    expect(document.text).toBe(text);
    expect(document.dct).toBe('2017-07-04');
    expect(document.timexes.map(({ start, end, type, value, mod }) => ({ start, end, type, value, mod }))).toEqual([
      { start: 19, end: 32, type: 'DATE', value: '2015-03-03', mod: undefined },
      { start: ago, end: ago + 13, type: 'DATE', value: '2015', mod: 'APPROX' },
    ]);
  });

  it('writes only the first of overlapping expressions, since TimeML tags cannot overlap', () => {
    const document = readTimeML(
      writeTimeML('from May 3 to May 5', [
        { start: 5, end: 10, type: 'DATE', value: 'XXXX-05-03' },
        { start: 0, end: 19, type: 'DATE', value: 'range' },
        { start: 14, end: 19, type: 'DATE', value: 'XXXX-05-05' },
      ]),
    );
    expect(document.timexes.map((timex) => timex.value)).toEqual(['range']);
  });

  it('round-trips any text and any set of non-overlapping spans', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
        const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        const timexes: WritableTimex[] = [];
        for (let i = 0; i + 1 < points.length; i += 2) {
          timexes.push({ start: points[i]!, end: points[i + 1]!, type: 'DATE', value: `v${i}` });
        }
        const document = readTimeML(writeTimeML(text, timexes));
        expect(document.text).toBe(text);
        expect(document.timexes.map(({ start, end, value }) => ({ start, end, value }))).toEqual(
          timexes.map(({ start, end, value }) => ({ start, end, value })),
        );
      }),
    );
  });
});
