// Figures 1 and 5: tagger throughput over the corpora text, time per seed article, and how
// tagging time grows with the size of one text (1, 2, 4, 8 MB).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { concatenatedText, loadThroughputCorpora } from './lib/corpora.js';
import { seedArticle, seedReferenceDate } from './lib/paths.js';
import { median, quantile, ratio, round } from './lib/stats.js';

function tagCorpora(tagger, corpora) {
  const perCorpus = {};
  let total = 0;
  for (const corpus of corpora) {
    const started = performance.now();
    for (const doc of corpus.documents) tagger.tag(doc.text, doc.referenceDate);
    const elapsed = performance.now() - started;
    perCorpus[corpus.name] = elapsed;
    total += elapsed;
  }
  return { total, perCorpus };
}

/** Runs alternate between the taggers (and swap who goes first) so drift on a shared machine hits both. */
export function measureThroughput(taggers, { runs, warmups, log }) {
  const corpora = loadThroughputCorpora();
  const characters = corpora.reduce((sum, corpus) => sum + corpus.characters, 0);
  for (let i = 0; i < warmups; i++) for (const tagger of taggers) tagCorpora(tagger, corpora);
  const samples = new Map(taggers.map((tagger) => [tagger.name, []]));
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? taggers : [...taggers].reverse();
    for (const tagger of order) samples.get(tagger.name).push(tagCorpora(tagger, corpora));
    log?.(`  throughput run ${run + 1}/${runs}`);
  }
  const results = {};
  for (const tagger of taggers) {
    const runsOf = samples.get(tagger.name);
    const medianMs = median(runsOf.map((r) => r.total));
    const perCorpus = {};
    for (const corpus of corpora) {
      const ms = median(runsOf.map((r) => r.perCorpus[corpus.name]));
      perCorpus[corpus.name] = { characters: corpus.characters, documents: corpus.documents.length, medianMs: round(ms), charsPerSecond: Math.round(corpus.characters / (ms / 1000)) };
    }
    results[tagger.name] = {
      runs: runsOf.length,
      medianMs: round(medianMs),
      minMs: round(Math.min(...runsOf.map((r) => r.total))),
      maxMs: round(Math.max(...runsOf.map((r) => r.total))),
      charsPerSecond: Math.round(characters / (medianMs / 1000)),
      perCorpus,
    };
  }
  return { characters, documents: corpora.reduce((sum, c) => sum + c.documents.length, 0), corpora: corpora.map((c) => c.name), runs, warmups, taggers: results };
}

/** Time to tag the seed article once, as the median of many alternating repetitions. */
export function measureSeed(taggers, { repetitions, log }) {
  const text = readFileSync(seedArticle, 'utf8');
  for (const tagger of taggers) for (let i = 0; i < 20; i++) tagger.tag(text, seedReferenceDate);
  const samples = new Map(taggers.map((tagger) => [tagger.name, []]));
  for (let i = 0; i < repetitions; i++) {
    const order = i % 2 === 0 ? taggers : [...taggers].reverse();
    for (const tagger of order) {
      const started = performance.now();
      tagger.tag(text, seedReferenceDate);
      samples.get(tagger.name).push(performance.now() - started);
    }
  }
  log?.(`  seed article: ${repetitions} repetitions each`);
  const results = {};
  for (const tagger of taggers) {
    const ms = samples.get(tagger.name);
    results[tagger.name] = { medianMs: round(median(ms), 3), p95Ms: round(quantile(ms, 0.95), 3), expressions: tagger.tag(text, seedReferenceDate).length };
  }
  return { characters: text.length, repetitions, taggers: results };
}

/** One text of 1, 2, 4, 8 MB (characters) cut from the concatenated corpora. */
export function measureScale(taggers, { sizesMb, repetitions, budgetMs, log }) {
  const corpora = loadThroughputCorpora();
  const results = {};
  for (const tagger of taggers) {
    tagger.tag(concatenatedText(corpora, 200_000), '2010-01-01');
    const points = [];
    const skipped = [];
    for (const mb of sizesMb) {
      const previous = points[points.length - 1];
      // A tagger that is quadratic would take minutes at 8 MB: skip a size whose worst-case
      // (quadratic) projection from the previous size exceeds the budget, and say so.
      if (previous && previous.medianMs * (mb / previous.mb) ** 2 * repetitions > budgetMs) {
        skipped.push(mb);
        log?.(`  scale ${tagger.name} ${mb} MB: skipped (projected over ${budgetMs / 1000} s)`);
        continue;
      }
      const text = concatenatedText(corpora, mb * 1_000_000);
      const ms = [];
      for (let i = 0; i < repetitions; i++) {
        const started = performance.now();
        tagger.tag(text, '2010-01-01');
        ms.push(performance.now() - started);
      }
      const medianMs = median(ms);
      points.push({ mb, medianMs: round(medianMs), msPerMb: round(medianMs / mb) });
      log?.(`  scale ${tagger.name} ${mb} MB: ${round(medianMs)} ms`);
    }
    const first = points[0];
    const last = points[points.length - 1];
    results[tagger.name] = {
      points,
      skippedMb: skipped,
      // Linear growth: 8 MB takes ~8× the 1 MB time, so this stays near 1.
      lastOverFirstTime: ratio(last.medianMs, first.medianMs),
      sizeRatio: last.mb / first.mb,
      perMbGrowth: ratio(last.msPerMb, first.msPerMb),
    };
  }
  return { sizesMb, repetitions, referenceDate: '2010-01-01', taggers: results };
}
