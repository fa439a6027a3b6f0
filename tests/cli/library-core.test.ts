import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';

import { main } from '../../src/cli/main.js';
import { extractTimexes } from '../../src/temporal/index.js';
import { readTimeML } from '../../src/timeml/read.js';

/** The CLI over the real library (no injected core). */
async function run(argv: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdin: Readable.from([stdin]),
    stdout: { write: (chunk: string) => ((stdout += chunk), true) },
    stderr: { write: (chunk: string) => ((stderr += chunk), true) },
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}

const text = 'The talks began on March 3, 2015, stalled last week & resumed on Friday after three years.';

describe('news-timeline over the library', () => {
  it('writes TimeML whose tags read back to the tagger spans and values', async () => {
    const result = await run(['extract', '--reference-date', '2017-07-04', '--format', 'timeml'], text);
    expect(result.code).toBe(0);
    const document = readTimeML(result.stdout);
    expect(document.text).toBe(text);
    const expected = extractTimexes(text, { referenceDate: '2017-07-04' });
    expect(expected.length).toBeGreaterThan(0);
    expect(document.timexes.map(({ start, end, value }) => ({ start, end, value }))).toEqual(
      expected.map(({ start, end, value }) => ({ start, end, value })),
    );
  });

  it('prints the timeline document as JSON by default', async () => {
    const output = JSON.parse((await run(['extract', '-', '--reference-date', '2017-07-04'], text)).stdout);
    expect(output.referenceDate).toBe('2017-07-04');
    expect(output.expressions).toEqual(extractTimexes(text, { referenceDate: '2017-07-04' }));
  });

  it('streams JSON Lines through the installed entry point, a bad line keeping its place', () => {
    const lines = [
      JSON.stringify({ id: 'a', text, referenceDate: '2017-07-04' }),
      '{"id": "b", "text": ',
      JSON.stringify({ id: 'c', text: 'Nothing to see.', referenceDate: '2017-07-04' }),
    ];
    const result = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'extract', '--jsonl'], { encoding: 'utf8', input: `${lines.join('\n')}\n` });
    expect(result.status).toBe(0);
    const output = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(output.map((line) => line.id)).toEqual(['a', null, 'c']);
    expect(output[0].timexes).toEqual(extractTimexes(text, { referenceDate: '2017-07-04' }));
    expect(output[1].error).toBe('invalid JSON');
    expect(output[2].timexes).toEqual([]);
  });
});
