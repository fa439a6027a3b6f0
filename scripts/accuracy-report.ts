/**
 * Writes docs/accuracy.md: our tagger and chrono-node scored by the same `eval` code, in the
 * same run, on every corpus under the corpora root ($NEWS_TIMELINE_CORPORA or ../shared/corpora).
 *
 *   npm run accuracy              # writes docs/accuracy.md
 *   npm run accuracy -- --stdout  # prints the markdown instead
 */
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { chronoTimexes } from '../src/eval/chrono.js';
import { corporaRoot, corpusAvailable, corpusDir, STANDARD_CORPORA } from '../src/eval/corpora.js';
import { evaluateDocuments, loadCorpus, type Tagger } from '../src/eval/corpus.js';
import { auditGold, deicticShapeSpread, setAsideFindings, type GoldContradiction } from '../src/eval/gold-audit.js';
import { typeScoreCaveat } from '../src/eval/report.js';
import type { Scores } from '../src/eval/score.js';

const COMMAND = 'npm run accuracy';
const OUTPUT = fileURLToPath(new URL('../docs/accuracy.md', import.meta.url));

async function loadOurTagger(): Promise<Tagger> {
  const { extractTimexes } = await import('../src/temporal/index.js');
  return (text, options) => extractTimexes(text, options);
}

const f = (n: number) => n.toFixed(3);

function row(corpus: string, tagger: string, scores: Scores, typeMeaningful: boolean): string {
  const { counts, strict, relaxed, value, type } = scores;
  return `| ${corpus} | ${tagger} | ${counts.documents} | ${counts.gold} | ${counts.system} | ${f(strict.precision)} | ${f(strict.recall)} | **${f(strict.f1)}** | ${f(relaxed.precision)} | ${f(relaxed.recall)} | **${f(relaxed.f1)}** | **${f(value.f1)}** | ${typeMeaningful ? f(type.f1) : `(${f(type.f1)})`} |`;
}

function gitDescription(): string {
  try {
    const commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain -- src', { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit} with uncommitted changes in src/` : commit;
  } catch {
    return 'unknown commit';
  }
}

async function main(): Promise<void> {
  const ours = await loadOurTagger();
  const root = corporaRoot();
  const rows: string[] = [];
  const notes: string[] = [];
  const timings: string[] = [];
  const auditRows: string[] = [];
  const spreadRows: string[] = [];
  for (const entry of STANDARD_CORPORA) {
    if (!corpusAvailable(entry, root)) {
      notes.push(`- ${entry.name}: not found under ${root}; skipped.`);
      continue;
    }
    const documents = await loadCorpus(corpusDir(entry, root));
    const typeMeaningful = typeScoreCaveat(documents) === null && entry.caveats?.type === undefined;
    for (const [name, tagger] of [['news-timeline', ours], ['chrono-node', chronoTimexes]] as const) {
      const started = performance.now();
      const { scores } = evaluateDocuments(documents, tagger);
      timings.push(`${entry.name}/${name} ${Math.round(performance.now() - started)} ms`);
      rows.push(row(`${entry.name} (\`${entry.path}\`)`, name, scores, typeMeaningful));
    }
    if (!entry.heldOut) {
      const findings = auditGold(documents);
      const count = (kind: GoldContradiction) => findings.filter((finding) => finding.kind === kind).length;
      const plain = evaluateDocuments(documents, ours).scores.value.f1;
      const setAside = evaluateDocuments(setAsideFindings(documents, findings), ours).scores.value.f1;
      auditRows.push(
        `| ${entry.name} | ${count('weekday-name-other-weekday')} | ${count('written-year-other-year')} | ${count('placeholder-finer-than-text')} | ${count('one-digit-week-number')} | ${f(plain)} | ${f(setAside)} |`,
      );
      for (const spread of deicticShapeSpread(documents).filter(({ shapes }) => shapes.length > 1)) {
        const shapes = spread.shapes.map(({ shape, count }) => `\`${shape}\` ×${count}`).join(', ');
        spreadRows.push(`| ${entry.name} | ${spread.phrase} | ${spread.occurrences} | ${shapes} |`);
      }
    }
    if (entry.caveats?.type) notes.push(`- ${entry.name}: type F1 (in parentheses) is not meaningful: ${entry.caveats.type}.`);
    if (entry.caveats?.value) notes.push(`- ${entry.name}: value F1 understates every tagger: ${entry.caveats.value}.`);
  }

  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const markdown = `# Accuracy

Temporal expression (TIMEX3) recognition and normalization, scored the TempEval-3 way by
\`src/eval\` (the code behind \`news-timeline eval\`). Our tagger and chrono-node run on the same
documents, with the same reference dates (each document's creation time), in the same run.

Produced by \`${COMMAND}\` (\`scripts/accuracy-report.ts\`) on ${date} UTC, at ${gitDescription()},
Node ${process.version}, chrono-node ${chronoVersion()}.

| corpus | tagger | docs | gold | system | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | value F1 | type F1 |
|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|
${rows.join('\n')}

For comparison, HeidelTime's published TempEval-3 platinum figures: strict F1 0.813, relaxed F1
0.903, value F1 0.776. Our targets there: value F1 ≥ 0.85, relaxed F1 ≥ 0.92, strict F1 ≥ 0.85.

## Corpora
- TE3 platinum is the test set: measured on, never tuned on. TBAQ-cleaned (TimeBank + AQUAINT)
  is the development set. The other corpora are not held out: their errors were read while
  writing rules too (MEANTIME and the tweets for news readings, WikiWars for history narratives),
  so their figures show coverage beyond news wire, not unseen-data accuracy.
${notes.join('\n')}
- MEANTIME is stand-off CAT XML: the text is rebuilt from its tokens (one space between tokens,
  one newline between sentences), so spacing differs from the original article ("March 01 ,
  2008"). Only the headline and the first five sentences of each article are annotated, so the
  text is cut there. Its DCT is the dateline inside the text; a system timex there is neither a
  hit nor a false positive.
- WikiWars: the TIMEX3 conversion keeps the TIMEX2 originals' extents (outermost tags) and
  values, except 68 expressions without a value that it writes as \`null\`; scoring against
  the originals (\`news-timeline eval ../shared/corpora/wikiwars/timex2-keyinline\`, type
  inferred from the value) gives the same extents and values.

## Where the development gold contradicts itself
\`src/eval/gold-audit.ts\` checks every gold value of the corpora we may read (not the test set)
against its own text, with no tagger and no judgment: a weekday name annotated with the date of
another weekday ("Tuesday" = 2000-04-05, a Wednesday); a written year annotated with another year
("1988" = 1998); a bare year given unknown months or days ("1968" = 1968-XX); a one-digit ISO
week ("2000-W7"). A tagger scores on those only by fitting the annotation. The last column is our
value F1 with them set aside (gold removed, a system timex on its span neither a hit nor a false
positive); the figures above are the plain ones, and the targets are judged on those.

| corpus | weekday ≠ date | year ≠ written year | placeholder finer than text | one-digit week | value F1 | value F1, contradictions set aside |
|---|--:|--:|--:|--:|--:|--:|
${auditRows.join('\n')}

Phrases whose value depends only on the creation date, where the gold writes more than one shape
(digits as 9): no single reading matches more than the commonest.

| corpus | phrase | occurrences | value shapes in the gold |
|---|---|--:|---|
${spreadRows.join('\n')}

## How it is scored
- Gold: every TIMEX3 inside the text except the document creation time (as the official TE3
  scorer does). Non-consuming (empty) TIMEX3 are left out.
- Gold and system timexes are paired one to one: identical extents first, then the largest
  overlap. **Strict**: same extent. **Relaxed**: overlapping extents.
  P = matches / system timexes, R = matches / gold timexes, micro-averaged over all documents.
- **Value F1** and **type F1** follow the TE3 scorer: a relaxed match whose attribute equals the
  gold one (exact string) is a hit; P = hits / system timexes, R = hits / gold timexes.
- chrono-node's results are mapped to TIMEX3 as fairly as its output allows
  (\`src/eval/chrono.ts\`): the value runs down to the finest component chrono marks as stated
  (year → \`YYYY\`, month → \`YYYY-MM\`, day or weekday → \`YYYY-MM-DD\`), with the coarser
  components from chrono's own resolution; a stated hour gives a TIME \`YYYY-MM-DDTHH:MM\`;
  an expression with no stated component ("this week", "this morning") gets the day chrono
  resolved it to.
  chrono has no durations, sets or vague references (\`PRESENT_REF\`), so those are misses.
  Its reference is local noon on the creation date, so its "today" is the right calendar day in
  any time zone.

Timing of this run (scoring included; not a benchmark, see \`npm run bench\`): ${timings.join(', ')}.
`;
  if (process.argv.includes('--stdout')) process.stdout.write(markdown);
  else {
    writeFileSync(OUTPUT, markdown);
    process.stdout.write(`${rows.join('\n')}\nwrote ${OUTPUT}\n`);
  }
}

function chronoVersion(): string {
  const manifest = new URL('../node_modules/chrono-node/package.json', import.meta.url);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version ?? '?';
}

await main();
