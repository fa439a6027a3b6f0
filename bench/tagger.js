// Figures 1 and 5: tagger throughput over the corpora text, time per seed article, and how
// tagging time grows with the size of one text (1, 2, 4, 8 MB).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { concatenatedText, loadThroughputCorpora } from './lib/corpora.js';
import { seedArticle, seedReferenceDate } from './lib/paths.js';
import { median, quantile, round } from './lib/stats.js';
import { scaleGrowth } from './lib/tables.js';

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

/** Every k-th document of each corpus (k = 1: all of them), the same subset for every tagger. */
function sampleCorpora(corpora, every) {
  if (every <= 1) return corpora;
  return corpora.map((corpus) => {
    const documents = corpus.documents.filter((_, index) => index % every === 0);
    return { ...corpus, documents, characters: documents.reduce((sum, doc) => sum + doc.text.length, 0) };
  });
}

/**
 * Runs alternate between the taggers (and swap who goes first) so drift on a shared machine hits
 * both. A slow tagger must not make the bench overrun: when the first warm-up pass of all taggers
 * takes longer than `passBudgetMs`, every tagger runs on the same every-k-th-document subset, and
 * the result says so (characters, documents and `sampledEvery`).
 */
export function measureThroughput(taggers, { runs, warmups, passBudgetMs, corpusNames, log }) {
  const allCorpora = loadThroughputCorpora().filter((corpus) => !corpusNames || corpusNames.includes(corpus.name));
  // Estimate one full pass from a 1/16 sample (which also warms the code up).
  const probeEvery = 16;
  const probe = sampleCorpora(allCorpora, probeEvery);
  const probeMs = taggers.reduce((sum, tagger) => sum + tagCorpora(tagger, probe).total, 0);
  const allCharacters = allCorpora.reduce((sum, corpus) => sum + corpus.characters, 0);
  const probeCharacters = probe.reduce((sum, corpus) => sum + corpus.characters, 0);
  const estimatedPassMs = (probeMs * allCharacters) / Math.max(probeCharacters, 1);
  const sampledEvery = Math.max(1, Math.ceil(estimatedPassMs / passBudgetMs));
  const corpora = sampleCorpora(allCorpora, sampledEvery);
  if (sampledEvery > 1) log?.(`  throughput: one pass would take about ${Math.round(estimatedPassMs / 1000)} s; sampling 1 document in ${sampledEvery}`);
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
  return {
    characters,
    documents: corpora.reduce((sum, c) => sum + c.documents.length, 0),
    corpora: corpora.map((c) => c.name),
    sampledEvery,
    runs,
    warmups,
    taggers: results,
  };
}

/** Time to tag the seed article once, as the median of many alternating repetitions. */
export function measureSeed(taggers, { repetitions: requested, budgetMs, log }) {
  const text = readFileSync(seedArticle, 'utf8');
  const warmStarted = performance.now();
  for (const tagger of taggers) for (let i = 0; i < 5; i++) tagger.tag(text, seedReferenceDate);
  const perRepetitionMs = (performance.now() - warmStarted) / 5;
  const repetitions = Math.max(10, Math.min(requested, Math.floor(budgetMs / Math.max(perRepetitionMs, 0.001))));
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
  return { characters: text.length, repetitions, requestedRepetitions: requested, taggers: results };
}

const timeOnce = (tagger, text) => {
  const started = performance.now();
  tagger.tag(text, '2010-01-01');
  return performance.now() - started;
};

/**
 * One text of 1, 2, 4, 8 MB (characters) cut from the concatenated corpora. Before each size the
 * time is projected from the previous one (a 0.1 MB probe first) with the growth exponent seen so
 * far (quadratic until two sizes are known); a size projected over the budget is skipped and
 * listed, so a superlinear tagger cannot make the bench run for hours.
 */
export function measureScale(taggers, { sizesMb, repetitions, budgetMs, log }) {
  const corpora = loadThroughputCorpora();
  const probeMb = 0.1;
  const results = {};
  for (const tagger of taggers) {
    const probeText = concatenatedText(corpora, probeMb * 1_000_000);
    timeOnce(tagger, probeText);
    const probe = { mb: probeMb, medianMs: timeOnce(tagger, probeText) };
    // A tagger too slow for the requested sizes even if linear is measured on the same
    // doubling series divided by a power of two, so its growth is still shown (and flagged).
    let divisor = 1;
    const largest = sizesMb[sizesMb.length - 1];
    while (divisor < 64 && probe.medianMs * (largest / divisor / probeMb) > budgetMs) divisor *= 2;
    const sizes = sizesMb.map((mb) => mb / divisor);
    if (divisor > 1) log?.(`  scale ${tagger.name}: too slow for ${sizesMb.join('/')} MB within the budget; measuring ${sizes.join('/')} MB`);
    const points = [];
    const skipped = [];
    for (const mb of sizes) {
      const known = [probe, ...points];
      const previous = known[known.length - 1];
      const before = known[known.length - 2];
      const exponent = known.length >= 2 && before.medianMs > 0
        ? Math.min(2, Math.max(1, Math.log(previous.medianMs / before.medianMs) / Math.log(previous.mb / before.mb)))
        : 2;
      const projectedMs = previous.medianMs * (mb / previous.mb) ** exponent;
      if (projectedMs > budgetMs) {
        skipped.push(mb);
        log?.(`  scale ${tagger.name} ${mb} MB: skipped (projected ${Math.round(projectedMs / 1000)} s > ${budgetMs / 1000} s)`);
        continue;
      }
      const text = concatenatedText(corpora, mb * 1_000_000);
      const ms = [];
      for (let i = 0; i < repetitions && (i === 0 || ms[0] * (i + 1) <= budgetMs); i++) ms.push(timeOnce(tagger, text));
      const medianMs = median(ms);
      points.push({ mb, medianMs: round(medianMs), msPerMb: round(medianMs / mb), repetitions: ms.length });
      log?.(`  scale ${tagger.name} ${mb} MB: ${round(medianMs)} ms`);
    }
    // The probe is a measured size too: with it, growth shows even when only one size fits.
    const series = [{ mb: probeMb, medianMs: round(probe.medianMs), msPerMb: round(probe.medianMs / probeMb), repetitions: 1, probe: true }, ...points];
    const growth = scaleGrowth(series);
    results[tagger.name] = {
      divisor,
      points: series,
      skippedMb: skipped,
      // Linear growth: 8 MB takes ~8× the 1 MB time (lastOverFirstTime ≈ sizeRatio, perMbGrowth ≈ 1).
      lastOverFirstTime: growth ? round(growth.timeRatio) : null,
      sizeRatio: growth ? growth.sizeRatio : null,
      perMbGrowth: growth ? round(growth.perMbRatio) : null,
    };
  }
  return { sizesMb, repetitions, referenceDate: '2010-01-01', taggers: results };
}
