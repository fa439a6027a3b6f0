import { createInterface } from 'node:readline';

import type { CliCore } from './core.js';
import { type CliIo, write } from './io.js';
import { isCalendarDate } from './reference-date.js';

type LineResult = { id: unknown; timexes: unknown[] } | { id: unknown; error: string };

/** Ids are echoed as given when they are strings or numbers; anything else becomes null. */
function idOf(record: unknown): unknown {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}

/** One input line to one output record; never throws, so the stream always goes on. */
export function processJsonLine(line: string, defaultReferenceDate: string | null, core: CliCore): LineResult {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { id: null, error: line.trim() === '' ? 'empty line' : 'invalid JSON' };
  }
  const id = idOf(record);
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { id, error: 'expected a JSON object {"id", "text", "referenceDate"}' };
  }
  const { text, referenceDate = defaultReferenceDate } = record as { text?: unknown; referenceDate?: unknown };
  if (typeof text !== 'string') return { id, error: 'missing "text" (a string)' };
  if (referenceDate !== null && (typeof referenceDate !== 'string' || !isCalendarDate(referenceDate))) {
    return { id, error: `invalid "referenceDate" ${JSON.stringify(referenceDate)}: expected a calendar date YYYY-MM-DD` };
  }
  try {
    return { id, timexes: core.extractTimexes(text, { referenceDate }) };
  } catch (error) {
    return { id, error: `tagger failed: ${(error as Error).message}` };
  }
}

/** Streams stdin line by line: one output line per input line, in order, nothing buffered beyond a line. */
export async function runJsonl(defaultReferenceDate: string | null, io: CliIo, core: CliCore): Promise<number> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    await write(io.stdout, `${JSON.stringify(processJsonLine(line, defaultReferenceDate, core))}\n`);
  }
  return 0;
}
