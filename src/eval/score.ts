import type { AnnotatedDocument, GoldTimex } from '../timeml/types.js';

/** What the scorer needs from a system's expression (a tagger `Timex` has all of it). */
export interface SystemTimex {
  start: number;
  end: number;
  type: string;
  value: string;
  text?: string;
  mod?: string;
}

export interface MatchCounts {
  documents: number;
  gold: number;
  system: number;
  /** Pairs with exactly the same extent. */
  strict: number;
  /** Pairs whose extents overlap (strict pairs included). */
  relaxed: number;
  /** Relaxed pairs whose value / type is the gold one. */
  valueCorrect: number;
  typeCorrect: number;
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export interface Scores {
  counts: MatchCounts;
  strict: PrecisionRecall;
  relaxed: PrecisionRecall;
  value: PrecisionRecall;
  type: PrecisionRecall;
}

export interface MatchedPair {
  gold: GoldTimex;
  system: SystemTimex;
}

/** One document's counts plus what went wrong, for debugging a tagger. */
export interface DocumentScore {
  docId: string;
  counts: MatchCounts;
  misses: GoldTimex[];
  falsePositives: SystemTimex[];
  /** Relaxed pairs whose extents differ. */
  wrongExtents: MatchedPair[];
  wrongValues: MatchedPair[];
  wrongTypes: MatchedPair[];
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * Pairs gold and system timexes one to one: identical extents first, then, for each remaining
 * gold timex in text order, the unused overlapping system timex with the largest overlap.
 * One-to-one pairing keeps a long system span over two gold timexes from counting twice.
 */
export function pairTimexes(gold: readonly GoldTimex[], system: readonly SystemTimex[]): MatchedPair[] {
  const used = new Set<number>();
  const pairedGold = new Set<number>();
  const pairs: Array<MatchedPair & { goldIndex: number }> = [];
  const byExtent = new Map<string, number[]>();
  system.forEach((timex, index) => {
    const key = `${timex.start}:${timex.end}`;
    byExtent.set(key, [...(byExtent.get(key) ?? []), index]);
  });
  gold.forEach((timex, goldIndex) => {
    const candidates = byExtent.get(`${timex.start}:${timex.end}`) ?? [];
    const index = candidates.find((candidate) => !used.has(candidate));
    if (index === undefined) return;
    used.add(index);
    pairedGold.add(goldIndex);
    pairs.push({ gold: timex, system: system[index]!, goldIndex });
  });
  gold.forEach((timex, goldIndex) => {
    if (pairedGold.has(goldIndex)) return;
    let best = -1;
    let bestOverlap = 0;
    system.forEach((candidate, index) => {
      const amount = overlap(timex, candidate);
      if (!used.has(index) && amount > bestOverlap) {
        best = index;
        bestOverlap = amount;
      }
    });
    if (best === -1) return;
    used.add(best);
    pairs.push({ gold: timex, system: system[best]!, goldIndex });
  });
  return pairs.sort((a, b) => a.goldIndex - b.goldIndex).map(({ gold: g, system: s }) => ({ gold: g, system: s }));
}

/**
 * Scores one document. System timexes overlapping an ignored span (the DCT inside the text)
 * are dropped before pairing, as the TE3 scorer never counts the DCT.
 */
export function scoreDocument(
  document: Pick<AnnotatedDocument, 'docId' | 'timexes' | 'ignoredSpans'>,
  systemTimexes: readonly SystemTimex[],
): DocumentScore {
  const ignored = document.ignoredSpans ?? [];
  const system = systemTimexes.filter((timex) => !ignored.some((span) => overlap(span, timex) > 0));
  const gold = document.timexes;
  const pairs = pairTimexes(gold, system);
  const pairedGold = new Set(pairs.map((pair) => pair.gold));
  const pairedSystem = new Set(pairs.map((pair) => pair.system));
  const wrongExtents = pairs.filter((p) => p.gold.start !== p.system.start || p.gold.end !== p.system.end);
  const wrongValues = pairs.filter((p) => p.gold.value !== p.system.value);
  const wrongTypes = pairs.filter((p) => p.gold.type !== p.system.type);
  return {
    docId: document.docId,
    counts: {
      documents: 1,
      gold: gold.length,
      system: system.length,
      strict: pairs.length - wrongExtents.length,
      relaxed: pairs.length,
      valueCorrect: pairs.length - wrongValues.length,
      typeCorrect: pairs.length - wrongTypes.length,
    },
    misses: gold.filter((timex) => !pairedGold.has(timex)),
    falsePositives: system.filter((timex) => !pairedSystem.has(timex)),
    wrongExtents,
    wrongValues,
    wrongTypes,
  };
}

export function emptyCounts(): MatchCounts {
  return { documents: 0, gold: 0, system: 0, strict: 0, relaxed: 0, valueCorrect: 0, typeCorrect: 0 };
}

export function addCounts(a: MatchCounts, b: MatchCounts): MatchCounts {
  return {
    documents: a.documents + b.documents,
    gold: a.gold + b.gold,
    system: a.system + b.system,
    strict: a.strict + b.strict,
    relaxed: a.relaxed + b.relaxed,
    valueCorrect: a.valueCorrect + b.valueCorrect,
    typeCorrect: a.typeCorrect + b.typeCorrect,
  };
}

/** P = hits / system, R = hits / gold; an empty denominator gives 0. */
export function precisionRecall(hits: number, system: number, gold: number): PrecisionRecall {
  const precision = system === 0 ? 0 : hits / system;
  const recall = gold === 0 ? 0 : hits / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * Micro-averaged TempEval-3 scores. Value and type F1 follow the TE3 scorer: a relaxed match
 * with the right attribute is a hit, over all system (P) and all gold (R) timexes.
 */
export function scoresFromCounts(counts: MatchCounts): Scores {
  const { system, gold } = counts;
  return {
    counts,
    strict: precisionRecall(counts.strict, system, gold),
    relaxed: precisionRecall(counts.relaxed, system, gold),
    value: precisionRecall(counts.valueCorrect, system, gold),
    type: precisionRecall(counts.typeCorrect, system, gold),
  };
}

export function scoreDocuments(scores: readonly DocumentScore[]): Scores {
  return scoresFromCounts(scores.reduce((sum, score) => addCounts(sum, score.counts), emptyCounts()));
}
