import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import { type CliCore, loadCore } from './core.js';
import { runEval } from './eval.js';
import { OUTPUT_FORMATS, type OutputFormat, runExtract } from './extract.js';
import { USAGE } from './help.js';
import { type CliIo, processIo, write } from './io.js';
import { runJsonl } from './jsonl.js';
import { isCalendarDate } from './reference-date.js';
import { UsageError } from './usage-error.js';

/** Runs node:util's parseArgs, turning its errors (unknown option, missing value) into usage errors. */
function parse<T>(parseArguments: () => T): T {
  try {
    return parseArguments();
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'bad arguments');
  }
}

function referenceDateOf(value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new UsageError(`invalid --reference-date ${JSON.stringify(value)}: expected a calendar date YYYY-MM-DD`);
  }
  return value;
}

function formatOf(value: unknown): OutputFormat {
  if (value === undefined) return 'json';
  const format = OUTPUT_FORMATS.find((known) => known === value);
  if (!format) throw new UsageError(`unknown --format ${JSON.stringify(value)}: expected one of ${OUTPUT_FORMATS.join(', ')}`);
  return format;
}

async function run(argv: string[], io: CliIo, core: () => Promise<CliCore>): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('missing command (extract or eval); see --help');
  if (command === '--help' || command === '-h' || command === 'help') {
    await write(io.stdout, USAGE);
    return 0;
  }
  if (command === 'extract') {
    const { values, positionals } = parse(() =>
      parseArgs({
        args: rest,
        options: {
          'reference-date': { type: 'string' },
          format: { type: 'string' },
          jsonl: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
        allowPositionals: true,
        strict: true,
      }),
    );
    if (values.help) return write(io.stdout, USAGE).then(() => 0);
    const referenceDate = referenceDateOf(values['reference-date']);
    if (values.jsonl) {
      if (positionals.length > 0 || values.format !== undefined) throw new UsageError('--jsonl reads stdin and writes JSON Lines: no FILE or --format');
      return runJsonl(referenceDate, io, await core());
    }
    if (positionals.length > 1) throw new UsageError(`extract takes one FILE, got ${positionals.length}`);
    const file = positionals[0] === undefined || positionals[0] === '-' ? null : positionals[0];
    return runExtract({ file, referenceDate, format: formatOf(values.format) }, io, await core());
  }
  if (command === 'eval') {
    const { values, positionals } = parse(() =>
      parseArgs({
        args: rest,
        options: { json: { type: 'boolean' }, details: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
        allowPositionals: true,
        strict: true,
      }),
    );
    if (values.help) return write(io.stdout, USAGE).then(() => 0);
    if (positionals.length === 0) throw new UsageError('eval needs a corpus directory: news-timeline eval DIR');
    return runEval({ dirs: positionals, json: values.json === true, details: values.details === true }, io, await core());
  }
  throw new UsageError(`unknown command ${JSON.stringify(command)}; see --help`);
}

/**
 * Runs the CLI and resolves to its exit code. `io` and `core` are injectable so tests call it
 * directly; by default it uses the process streams and the library.
 */
export async function main(argv: string[], io: CliIo = processIo(), core: () => Promise<CliCore> = loadCore): Promise<number> {
  try {
    return await run(argv, io, core);
  } catch (error) {
    const usage = error instanceof UsageError;
    const message = (error as Error)?.message ?? String(error);
    await write(io.stderr, `news-timeline: ${message.split('\n')[0]}\n`);
    return usage ? 2 : 1;
  }
}

// Run directly (`npx tsx src/cli/main.ts …`); the installed bin imports `main` instead.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
