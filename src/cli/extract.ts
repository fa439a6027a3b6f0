import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';

import { writeTimeML } from '../timeml/write.js';
import type { CliCore } from './core.js';
import { type CliIo, readAll, write } from './io.js';
import { UsageError } from './usage-error.js';

export const OUTPUT_FORMATS = ['json', 'timexes', 'timeml', 'timelinejs', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface ExtractRequest {
  /** A path, or null for stdin. */
  file: string | null;
  referenceDate: string | null;
  format: OutputFormat;
}

async function readInput(file: string | null, io: CliIo): Promise<string> {
  if (file === null) return readAll(io.stdin);
  try {
    return await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new UsageError(`cannot read ${file}: ${reason}`);
  }
}

/** Renders the expressions of one text in the requested format. */
export function renderExtraction(text: string, request: Omit<ExtractRequest, 'file'> & { docId?: string }, core: CliCore): string {
  const { referenceDate, format } = request;
  if (format === 'timexes') return JSON.stringify(core.extractTimexes(text, { referenceDate }), null, 2);
  if (format === 'timeml') {
    const options = request.docId === undefined ? { dct: referenceDate } : { dct: referenceDate, docId: request.docId };
    return writeTimeML(text, core.extractTimexes(text, { referenceDate }), options);
  }
  if (core.timeline === null) {
    if (format === 'json') return JSON.stringify({ referenceDate, expressions: core.extractTimexes(text, { referenceDate }) }, null, 2);
    throw new Error(`--format ${format} needs the timeline stage (src/timeline), which is not available`);
  }
  const timeline = core.timeline.extractTimeline(text, { referenceDate });
  if (format === 'json') return JSON.stringify(timeline, null, 2);
  return core.timeline.exportTimeline(timeline, format, text);
}

export async function runExtract(request: ExtractRequest, io: CliIo, core: CliCore): Promise<number> {
  const text = await readInput(request.file, io);
  const docId = request.file === null ? undefined : basename(request.file, extname(request.file));
  const output = renderExtraction(text, docId === undefined ? request : { ...request, docId }, core);
  await write(io.stdout, output.endsWith('\n') ? output : `${output}\n`);
  return 0;
}
