import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { corporaRoot } from '../../src/eval/corpora.js';
import { dateOfDct, readTimeML, XmlSyntaxError } from '../../src/timeml/read.js';

const CORPORA = corporaRoot();
const haveCorpora = existsSync(`${CORPORA}/te3-platinum`);

const fixture = (text: string, dct = '<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>') =>
  `<?xml version="1.0" ?>\n<TimeML><DOCID>DOC_1</DOCID>\n${dct}\n<TITLE>A title, not text</TITLE>\n<TEXT>${text}</TEXT>\n<TLINK lid="l1"/></TimeML>`;

describe('readTimeML', () => {
  it('reads the document id, the DCT date and the text of <TEXT> only', () => {
    const document = readTimeML(fixture('It rained.'));
    expect(document).toEqual({ docId: 'DOC_1', dct: '2013-03-22', text: 'It rained.', timexes: [] });
  });

  it('gives each timex offsets into the tag-free text, past nested EVENT and SIGNAL tags', () => {
    const document = readTimeML(
      fixture('He <EVENT eid="e1">left</EVENT> <SIGNAL sid="s1">on</SIGNAL> <TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P3Y" mod="APPROX">about three years</TIMEX3>.'),
    );
    expect(document.text).toBe('He left on Friday for about three years.');
    expect(document.timexes).toEqual([
      { start: 11, end: 17, text: 'Friday', type: 'DATE', value: '2013-03-22', tid: 't1' },
      { start: 22, end: 39, text: 'about three years', type: 'DURATION', value: 'P3Y', mod: 'APPROX', tid: 't2' },
    ]);
  });

  it('decodes entities so that offsets count decoded characters', () => {
    const document = readTimeML(fixture('AT&amp;T &lt;said&gt; &quot;hi&quot; &apos;x&apos; &#233;t&#xE9; <TIMEX3 tid="t1" type="DATE" value="PRESENT_REF">now</TIMEX3>'));
    expect(document.text).toBe('AT&T <said> "hi" \'x\' été now');
    const [now] = document.timexes;
    expect(document.text.slice(now!.start, now!.end)).toBe('now');
  });

  it('takes the calendar date of a DCT that carries a time', () => {
    const dct = '<DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T02:36:00" functionInDocument="CREATION_TIME">08/07/1998 02:36:00</TIMEX3></DCT>';
    expect(readTimeML(fixture('x', dct)).dct).toBe('1998-08-07');
    expect(dateOfDct('1998-08-07T02:36')).toBe('1998-08-07');
    expect(dateOfDct('XXXX')).toBeNull();
  });

  it('has a null DCT when no timex is the creation time, and falls back to the given id', () => {
    const document = readTimeML('<TimeML><TEXT>Nothing.</TEXT></TimeML>', 'file-name');
    expect(document.dct).toBeNull();
    expect(document.docId).toBe('file-name');
  });

  it('keeps a creation-time timex inside the text out of the gold and marks its span as ignored', () => {
    const document = readTimeML('<TimeML><TEXT><TIMEX3 tid="t0" type="DATE" value="2001-02-03" functionInDocument="CREATION_TIME">Feb. 3, 2001</TIMEX3> News.</TEXT></TimeML>');
    expect(document.dct).toBe('2001-02-03');
    expect(document.timexes).toEqual([]);
    expect(document.ignoredSpans).toEqual([{ start: 0, end: 12 }]);
  });

  it('accepts ">" inside attribute values and skips comments', () => {
    const document = readTimeML('<TimeML><!-- <TEXT>no</TEXT> --><TEXT><TIMEX3 tid="t1" type="DATE" value="2001" comment="a > b">2001</TIMEX3></TEXT></TimeML>');
    expect(document.text).toBe('2001');
    expect(document.timexes[0]?.value).toBe('2001');
  });

  it('rejects a document without <TEXT> or with an unterminated tag', () => {
    expect(() => readTimeML('<TimeML><DOCID>x</DOCID></TimeML>')).toThrow(/TEXT/);
    expect(() => readTimeML('<TimeML><TEXT>a <TIMEX3 tid="t1"')).toThrow(/unterminated/);
  });

  it.skipIf(!haveCorpora)('reads a real TE3 platinum file with every timex on its own text', () => {
    const xml = readFileSync(`${CORPORA}/te3-platinum/AP_20130322.tml`, 'utf8');
    const document = readTimeML(xml);
    expect(document.docId).toBe('AP_20130322');
    expect(document.dct).toBe('2013-03-22');
    const tagsInText = (xml.split('<TEXT>')[1]!.match(/<TIMEX3 /g) ?? []).length;
    expect(document.timexes).toHaveLength(tagsInText);
    expect(document.timexes.map((timex) => timex.text)).toContain('a month');
    for (const timex of document.timexes) expect(document.text.slice(timex.start, timex.end)).toBe(timex.text);
  });
});

describe('readTimeML on malformed input', () => {
  it('either reads a document or throws an XmlSyntaxError, never anything else', () => {
    const pieces = fc.constantFrom('<TEXT>', '</TEXT>', '<TIMEX3 tid="t1" type="DATE" value="2001">', '</TIMEX3>', '<TIMEX3 a=\'>\'/>', '&amp;', '&', '&#xZZ;', '<!--', '-->', '<', '>', '"', 'text ', '<?x?>', '<![CDATA[a<b]]>');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 5 })), { maxLength: 30 }), (parts) => {
        try {
          const document = readTimeML(parts.join(''));
          for (const timex of document.timexes) expect(document.text.slice(timex.start, timex.end)).toBe(timex.text);
        } catch (error) {
          expect(error).toBeInstanceOf(XmlSyntaxError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('decodes text made of a million bare ampersands', () => {
    const text = '&'.repeat(1_000_000);
    expect(readTimeML(`<TimeML><TEXT>${text}</TEXT></TimeML>`).text).toBe(text);
  });
});
