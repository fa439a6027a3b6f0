import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';

import { evaluateDocuments, loadCorpus } from '../eval/corpus.js';
import { formatScores, typeScoreCaveat } from '../eval/report.js';
import type { DocumentScore } from '../eval/score.js';
import type { AnnotatedDocument } from '../timeml/types.js';
import type { CliCore } from './core.js';
import { type CliIo, write } from './io.js';
import { UsageError } from './usage-error.js';

export interface EvalRequest {
  dirs: string[];
  json: boolean;
  details: boolean;
}

async function loadDirectory(dir: string, io: CliIo): Promise<AnnotatedDocument[]> {
  const path = resolve(io.cwd, dir);
  const info = await stat(path).catch(() => null);
  if (!info?.isDirectory()) throw new UsageError(`not a directory: ${dir}`);
  const documents = await loadCorpus(path);
  if (documents.length === 0) throw new UsageError(`no TimeML (.tml) or MEANTIME (.xml) files under ${dir}`);
  return documents;
}

const quote = (text: string) => JSON.stringify(text);

/** Each document's mistakes, one per line, for tuning a tagger. */
export function formatDetails(documents: readonly AnnotatedDocument[], scores: readonly DocumentScore[]): string {
  const lines: string[] = [];
  scores.forEach((score, index) => {
    const text = documents[index]?.text ?? '';
    const span = (timex: { start: number; end: number }) => quote(text.slice(timex.start, timex.end));
    const entries = [
      ...score.misses.map((gold) => `  miss      ${span(gold)} ${gold.type} ${gold.value}`),
      ...score.falsePositives.map((system) => `  extra     ${span(system)} ${system.type} ${system.value}`),
      ...score.wrongExtents.map(({ gold, system }) => `  extent    gold ${span(gold)}, got ${span(system)}`),
      ...score.wrongValues.map(({ gold, system }) => `  value     ${span(gold)} gold ${gold.value}, got ${system.value}`),
      ...score.wrongTypes.map(({ gold, system }) => `  type      ${span(gold)} gold ${gold.type}, got ${system.type}`),
    ];
    if (entries.length > 0) lines.push(`== ${score.docId}`, ...entries);
  });
  return lines.join('\n');
}

export async function runEval(request: EvalRequest, io: CliIo, core: CliCore): Promise<number> {
  const corpora = [];
  for (const dir of request.dirs) corpora.push({ dir, documents: await loadDirectory(dir, io) });
  const results = corpora.map(({ dir, documents }) => {
    const evaluation = evaluateDocuments(documents, (text, options) => core.extractTimexes(text, options));
    const caveat = typeScoreCaveat(documents);
    return { dir, documents, evaluation, notes: caveat === null ? [] : [caveat] };
  });
  if (request.json) {
    const report = results.map(({ dir, evaluation, notes }) => ({
      dir,
      ...evaluation.scores,
      notes,
      ...(request.details ? { documents: evaluation.documents } : {}),
    }));
    await write(io.stdout, `${JSON.stringify(report.length === 1 ? report[0] : report, null, 2)}\n`);
    return 0;
  }
  for (const { dir, documents, evaluation, notes } of results) {
    if (request.details) await write(io.stdout, `${formatDetails(documents, evaluation.documents)}\n\n`);
    const label = relative(io.cwd, resolve(io.cwd, dir)) || dir;
    await write(io.stdout, `${formatScores(label, evaluation.scores, notes)}\n`);
  }
  return 0;
}
