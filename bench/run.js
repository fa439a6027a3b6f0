#!/usr/bin/env node
// `npm run bench`: every comparative figure of issue 6 in one run, printed as tables and
// written to bench/results.json (then `node bench/report.js` puts them in docs/benchmarks.md).
//   --quick            smoke run (~2 min): fewer repetitions, two small corpora, 1,000 events,
//                      TE3 only, 0.2/0.4 MB scale. Its figures are not for quoting.
//   --only=a,b         sections: throughput, seed, accuracy, render, size, scale
//   --counts=1000,…    event counts for the rendering figures
//   --components=a,b   news-timeline, vis-timeline, vis-timeline-unstacked, timelinejs
//   --note="…"         a remark stored with the results (e.g. what else was running)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type, release } from 'node:os';
import { measureAccuracy } from './accuracy.js';
import { projectRoot, resultsFile } from './lib/paths.js';
import { startServer } from './lib/server.js';
import { ratio } from './lib/stats.js';
import { resultsMarkdown } from './lib/tables.js';
import { loadChrono, loadOurTagger } from './lib/taggers.js';
import { chromiumPath, measureRendering } from './render.js';
import { measureSize } from './size.js';
import { measureScale, measureSeed, measureThroughput } from './tagger.js';

const sections = ['throughput', 'seed', 'accuracy', 'render', 'size', 'scale'];

function parseArgs(argv) {
  const options = { quick: false, only: sections, counts: null, components: null, note: '' };
  for (const arg of argv) {
    const [key, value = ''] = arg.replace(/^--/, '').split(/=(.*)/s);
    if (key === 'quick') options.quick = true;
    else if (key === 'only') options.only = value.split(',').filter(Boolean);
    else if (key === 'counts') options.counts = value.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
    else if (key === 'components') options.components = value.split(',').filter(Boolean);
    else if (key === 'note') options.note = value;
    else if (key === 'help' || key === 'h') {
      console.log(readFileSync(new URL(import.meta.url), 'utf8').split('\n').filter((line) => line.startsWith('//')).join('\n'));
      process.exit(0);
    } else {
      console.error(`Unknown option ${arg}. Try --help.`);
      process.exit(2);
    }
  }
  const unknown = options.only.filter((name) => !sections.includes(name));
  if (unknown.length) {
    console.error(`Unknown section(s) ${unknown.join(', ')}; choose from ${sections.join(', ')}.`);
    process.exit(2);
  }
  return options;
}

function quiet(command, args) {
  try {
    return execFileSync(command, args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function machine() {
  const cpuModel = (() => {
    try {
      return /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model;
    } catch {
      return cpus()[0]?.model;
    }
  })();
  return {
    nproc: Number(quiet('nproc', [])) || cpus().length,
    cpus: cpus().length,
    cpuModel,
    memoryGb: Math.round(totalmem() / 1e9),
    os: `${type()} ${release()}`,
    node: process.version,
    chromium: quiet(chromiumPath, ['--version'])?.replace(/^Chromium\s+/, '').split(' ')[0] ?? null,
    commit: quiet('git', ['rev-parse', '--short', 'HEAD']),
    dirtyTree: Boolean(quiet('git', ['status', '--porcelain'])),
    loadStart: loadavg(),
  };
}

const log = (message) => console.error(message);

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const results = { startedAt: new Date(started).toISOString(), options, machine: machine() };
  const wants = (name) => options.only.includes(name);
  const quick = options.quick;

  const ours = await loadOurTagger();
  const chrono = await loadChrono();
  const taggers = ours.missing ? [chrono] : [ours, chrono];
  const taggerNote = ours.missing ? { oursMissing: ours.missing } : {};
  if (ours.missing) log(`our tagger is missing: ${ours.missing}; measuring chrono-node alone`);

  if (wants('throughput')) {
    log('1. tagger throughput');
    const t = measureThroughput(taggers, {
      runs: quick ? 2 : 7,
      warmups: quick ? 1 : 2,
      passBudgetMs: quick ? 5_000 : 25_000,
      corpusNames: quick ? ['te3-platinum', 'tweets'] : null,
      log,
    });
    results.throughput = { ...t, ...taggerNote, ratio: ratio(t.taggers[ours.name]?.charsPerSecond, t.taggers[chrono.name]?.charsPerSecond) };
  }
  if (wants('seed')) {
    const s = measureSeed(taggers, { repetitions: quick ? 50 : 400, budgetMs: quick ? 5_000 : 20_000, log });
    results.seed = { ...s, ...taggerNote, ratio: ratio(s.taggers[chrono.name]?.medianMs, s.taggers[ours.name]?.medianMs) };
  }
  if (wants('accuracy')) {
    log('2. accuracy');
    results.accuracy = await measureAccuracy({ quick, log });
  }
  if (wants('render')) {
    log('3. rendering');
    const server = await startServer();
    try {
      results.render = await measureRendering({
        origin: server.origin,
        counts: options.counts ?? (quick ? [1000] : [1000, 10000, 100000]),
        quick,
        only: options.components,
        log,
      });
    } finally {
      await server.close();
    }
  }
  if (wants('size')) {
    log('4. size');
    results.size = await measureSize({ log });
  }
  if (wants('scale')) {
    log('5. tagger scale');
    const budgetMs = quick ? 10_000 : 45_000;
    results.scale = { ...measureScale(taggers, { sizesMb: quick ? [0.2, 0.4] : [1, 2, 4, 8], repetitions: quick ? 1 : 2, budgetMs, log }), budgetMs, ...taggerNote };
  }

  results.machine.loadEnd = loadavg();
  results.durationS = Math.round((Date.now() - started) / 1000);
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(resultsMarkdown(results));
  log(`\nwrote ${resultsFile} in ${results.durationS} s; node bench/report.js copies the tables into docs/benchmarks.md`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
