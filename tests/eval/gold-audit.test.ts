import { describe, expect, it } from 'vitest';

import { auditGold, auditGoldTimex, deicticShapeSpread, setAsideFindings } from '../../src/eval/gold-audit.js';
import { scoreDocument } from '../../src/eval/score.js';
import type { AnnotatedDocument, GoldTimex } from '../../src/timeml/types.js';

const gold = (text: string, value: string, start = 0, type = 'DATE'): GoldTimex => ({ start, end: start + text.length, text, type, value, tid: `t${start}` });
const kinds = (timex: GoldTimex) => auditGoldTimex('d', timex).map((finding) => finding.kind);

describe('auditGoldTimex', () => {
  it('flags a weekday name annotated with the date of another weekday', () => {
    expect(kinds(gold('Tuesday', '2000-04-05'))).toEqual(['weekday-name-other-weekday']); // a Wednesday
    expect(kinds(gold('Tuesday morning', '2000-04-04TMO'))).toEqual([]);
    expect(kinds(gold('9 a.m. EST Tuesday', '2000-04-03T09:00'))).toEqual(['weekday-name-other-weekday']);
  });

  it('leaves a weekday with no full date, or with two weekday names, to the guidelines', () => {
    expect(kinds(gold('Tuesday', 'XXXX-WXX-2'))).toEqual([]);
    expect(kinds(gold('Tuesday', 'PAST_REF'))).toEqual([]);
    expect(kinds(gold('Monday to Friday', '2000-04-03'))).toEqual([]);
    expect(kinds(gold('Sunday', '2014-04-19-WXX-7'))).toEqual([]);
  });

  it('flags a written year annotated with another year', () => {
    expect(kinds(gold('1988', '1998'))).toEqual(['written-year-other-year']);
    expect(kinds(gold('Aug. 3, 1988', '1989-08-03'))).toEqual(['written-year-other-year']);
    expect(kinds(gold('mid-1988', '1988'))).toEqual([]);
  });

  it('leaves years that a reading may move (fiscal years, relative phrases) alone', () => {
    expect(kinds(gold('fiscal 1988', '1987'))).toEqual([]);
    expect(kinds(gold('two years after 1988', '1990'))).toEqual([]);
    expect(kinds(gold('1015', '2015-01-28T10:15', 0, 'TIME'))).toEqual([]);
  });

  it('flags a bare year given unknown months or days the text never had', () => {
    expect(kinds(gold('1968', '1968-XX'))).toEqual(['placeholder-finer-than-text']);
    expect(kinds(gold('1994', '1994-XX-XX'))).toEqual(['placeholder-finer-than-text']);
    expect(kinds(gold('1968', '1968'))).toEqual([]);
  });

  it('flags ISO week numbers written with one digit', () => {
    expect(kinds(gold('this week', '2000-W7'))).toEqual(['one-digit-week-number']);
    expect(kinds(gold('this week', '2000-W07'))).toEqual([]);
    expect(kinds(gold('the weekend', '2000-W07-WE'))).toEqual([]);
  });
});

describe('deicticShapeSpread', () => {
  it('counts the value shapes of each creation-date phrase, commonest first', () => {
    const documents: AnnotatedDocument[] = [
      { docId: 'a', dct: '1998-08-11', text: '', timexes: [gold('last week', '1998-W32'), gold('Last  week', '1998-WXX', 20)] },
      { docId: 'b', dct: '1999-01-22', text: '', timexes: [gold('last week', '1999-W02'), gold('in June', '1999-06', 20)] },
    ];
    expect(deicticShapeSpread(documents)).toEqual([
      { phrase: 'last week', occurrences: 3, shapes: [{ shape: '9999-W99', count: 2 }, { shape: '9999-WXX', count: 1 }] },
    ]);
  });
});

describe('setAsideFindings', () => {
  it('removes flagged gold and makes its span neutral for the system, keeping the rest', () => {
    const flagged = gold('Tuesday', '2000-04-05', 0);
    const kept = gold('June', '2000-06', 20);
    const documents: AnnotatedDocument[] = [{ docId: 'd', dct: '2000-04-06', text: '', timexes: [flagged, kept] }];
    const [document] = setAsideFindings(documents, auditGold(documents));
    expect(document!.timexes).toEqual([kept]);
    const score = scoreDocument(document!, [
      { start: 0, end: 7, type: 'DATE', value: '2000-04-04' },
      { start: 20, end: 24, type: 'DATE', value: '2000-06' },
    ]);
    expect(score.counts).toMatchObject({ gold: 1, system: 1, valueCorrect: 1 });
  });
});
