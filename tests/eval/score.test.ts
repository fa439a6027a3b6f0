import { describe, expect, it } from 'vitest';

import { pairTimexes, precisionRecall, scoreDocument, scoreDocuments, type SystemTimex } from '../../src/eval/score.js';
import type { GoldTimex } from '../../src/timeml/types.js';

const gold = (start: number, end: number, type: string, value: string): GoldTimex => ({ start, end, text: '', type, value, tid: `t${start}` });
const system = (start: number, end: number, type: string, value: string): SystemTimex => ({ start, end, type, value });

describe('scoreDocument', () => {
  // Gold: A [0,10) DATE 2017-06, B [20,30) DURATION P3Y, C [40,45) DATE 2017-07-02, D [60,70) SET XXXX-WXX-2.
  const goldTimexes = [gold(0, 10, 'DATE', '2017-06'), gold(20, 30, 'DURATION', 'P3Y'), gold(40, 45, 'DATE', '2017-07-02'), gold(60, 70, 'SET', 'XXXX-WXX-2')];
  // System: exact A (right), B overlapping with a wrong value, C exact with wrong type, E false positive; D missed.
  const systemTimexes = [system(0, 10, 'DATE', '2017-06'), system(18, 26, 'DURATION', 'P2Y'), system(40, 45, 'TIME', '2017-07-02'), system(80, 85, 'DATE', '2017')];
  const score = scoreDocument({ docId: 'd', timexes: goldTimexes }, systemTimexes);

  it('counts strict matches by identical extent and relaxed matches by overlap', () => {
    expect(score.counts).toEqual({ documents: 1, gold: 4, system: 4, strict: 2, relaxed: 3, valueCorrect: 2, typeCorrect: 2 });
  });

  it('lists the misses, false positives, wrong extents, values and types', () => {
    expect(score.misses).toEqual([goldTimexes[3]]);
    expect(score.falsePositives).toEqual([systemTimexes[3]]);
    expect(score.wrongExtents.map((pair) => pair.gold)).toEqual([goldTimexes[1]]);
    expect(score.wrongValues.map((pair) => pair.system)).toEqual([systemTimexes[1]]);
    expect(score.wrongTypes.map((pair) => pair.system)).toEqual([systemTimexes[2]]);
  });

  it('turns counts into TE3 scores: attribute hits over all system and all gold timexes', () => {
    const scores = scoreDocuments([score]);
    expect(scores.strict).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(scores.relaxed).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(scores.value).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(scores.type).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it('micro-averages over documents by summing counts', () => {
    const perfect = scoreDocument({ docId: 'p', timexes: [gold(0, 4, 'DATE', '2001')] }, [system(0, 4, 'DATE', '2001')]);
    const empty = scoreDocument({ docId: 'e', timexes: [gold(0, 4, 'DATE', '2001'), gold(5, 9, 'DATE', '2002')] }, []);
    const scores = scoreDocuments([perfect, empty]);
    expect(scores.counts.documents).toBe(2);
    expect(scores.strict.precision).toBe(1);
    expect(scores.strict.recall).toBeCloseTo(1 / 3, 12);
    expect(scores.strict.f1).toBeCloseTo(0.5, 12);
  });

  it('pairs one to one, so one long system span over two gold timexes is one match', () => {
    const pairs = pairTimexes([gold(0, 5, 'DATE', 'a'), gold(6, 10, 'DATE', 'b')], [system(0, 10, 'DATE', 'a')]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.gold.value).toBe('a');
  });

  it('prefers an exact-extent partner over an earlier overlapping one', () => {
    const pairs = pairTimexes([gold(0, 10, 'DATE', 'x'), gold(5, 10, 'DATE', 'y')], [system(5, 10, 'DATE', 'y'), system(0, 4, 'DATE', 'x')]);
    expect(pairs.map((pair) => [pair.gold.value, pair.system.start])).toEqual([['x', 0], ['y', 5]]);
  });

  it('drops system timexes on an ignored span (the DCT inside the text)', () => {
    const result = scoreDocument({ docId: 'm', timexes: [], ignoredSpans: [{ start: 0, end: 14 }] }, [system(0, 14, 'DATE', '2008-03-01')]);
    expect(result.counts.system).toBe(0);
    expect(result.falsePositives).toEqual([]);
  });

  it('gives zero rather than NaN when nothing was found or nothing was expected', () => {
    expect(precisionRecall(0, 0, 0)).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(precisionRecall(0, 3, 0)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
