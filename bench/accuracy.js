// Figure 2: ours and chrono-node's scores on each annotated corpus, computed by the project's
// own evaluation code (src/eval, compiled to dist/lib/eval by `npm run build:lib`) so the bench
// and `news-timeline eval` can never disagree.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corporaDir, distLib } from './lib/paths.js';
import { ratio, round } from './lib/stats.js';

const evalModule = (name) => join(distLib, 'eval', `${name}.js`);

async function importIfBuilt(path) {
  return existsSync(path) ? import(pathToFileURL(path).href) : null;
}

/**
 * The chrono-node adapter (src/eval/chrono.ts) turns chrono's results into scorer input. Its
 * export name is not fixed yet, so take the one function it exports that takes text + options.
 */
function findChronoTagger(module) {
  if (!module) return null;
  const preferred = ['chronoTimexes', 'chronoTagger', 'tagWithChrono', 'extractWithChrono', 'chronoExtract', 'extractTimexesWithChrono'];
  for (const name of preferred) if (typeof module[name] === 'function') return { name, tagger: module[name] };
  const candidates = Object.entries(module).filter(([, value]) => typeof value === 'function');
  if (candidates.length === 1) return { name: candidates[0][0], tagger: candidates[0][1] };
  return null;
}

function summarize(scores) {
  const pick = (pr) => ({ precision: round(pr.precision, 3), recall: round(pr.recall, 3), f1: round(pr.f1, 3) });
  return {
    gold: scores.counts.gold,
    system: scores.counts.system,
    strict: pick(scores.strict),
    relaxed: pick(scores.relaxed),
    value: pick(scores.value),
    type: pick(scores.type),
  };
}

export async function measureAccuracy({ quick, log }) {
  const corpusLib = await importIfBuilt(evalModule('corpus'));
  const corporaLib = await importIfBuilt(evalModule('corpora'));
  const temporal = await importIfBuilt(join(distLib, 'temporal', 'index.js'));
  if (!corpusLib?.evaluateCorpus || !corporaLib?.STANDARD_CORPORA) {
    return { skipped: 'hook: needs dist/lib/eval/corpus.js (evaluateCorpus) and dist/lib/eval/corpora.js (STANDARD_CORPORA) from src/eval; run npm run build:lib' };
  }
  const chrono = findChronoTagger(await importIfBuilt(evalModule('chrono')));
  const taggers = [];
  if (typeof temporal?.extractTimexes === 'function') {
    taggers.push({ name: 'news-timeline', tagger: (text, options) => temporal.extractTimexes(text, options) });
  }
  if (chrono) taggers.push({ name: 'chrono-node', tagger: chrono.tagger });
  const notes = [];
  if (!temporal?.extractTimexes) notes.push('our tagger is not built (dist/lib/temporal/index.js): no scores for ours');
  if (!chrono) notes.push('hook: the chrono-node adapter dist/lib/eval/chrono.js (src/eval/chrono.ts) is missing or exports no single tagger function: no scores for chrono-node');
  else notes.push(`chrono-node through src/eval/chrono.ts (${chrono.name})`);
  const corpora = corporaLib.STANDARD_CORPORA.filter((entry) => !quick || entry.path === 'te3-platinum');
  const results = { corpora: [], notes };
  for (const entry of corpora) {
    const dir = join(corporaDir, entry.path);
    if (!existsSync(dir)) {
      results.corpora.push({ name: entry.name, path: entry.path, skipped: `${dir} not found` });
      continue;
    }
    const row = { name: entry.name, path: entry.path, caveats: entry.caveats, scores: {} };
    for (const { name, tagger } of taggers) {
      try {
        row.scores[name] = summarize((await corpusLib.evaluateCorpus(dir, tagger)).scores);
      } catch (error) {
        row.scores[name] = { error: String(error?.message ?? error).split('\n')[0] };
      }
    }
    const ours = row.scores['news-timeline'];
    const peer = row.scores['chrono-node'];
    if (ours?.value && peer?.value) {
      row.ratios = {
        valueF1: ratio(ours.value.f1, peer.value.f1),
        relaxedF1: ratio(ours.relaxed.f1, peer.relaxed.f1),
        strictF1: ratio(ours.strict.f1, peer.strict.f1),
      };
    }
    results.corpora.push(row);
    log?.(`  ${entry.name}: ${taggers.map(({ name }) => `${name} value F1 ${row.scores[name]?.value?.f1 ?? '–'}`).join(', ')}`);
  }
  return results;
}
