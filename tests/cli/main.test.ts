import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';

import type { CliCore } from '../../src/cli/core.js';
import { main } from '../../src/cli/main.js';
import type { Timex } from '../../src/temporal/types.js';
import { readTimeML } from '../../src/timeml/read.js';

/** A stand-in tagger: every four-digit year is a DATE; "boom" makes it throw. */
function fakeExtract(text: string, options: { referenceDate?: unknown }): Timex[] {
  if (text.includes('boom')) throw new Error('boom');
  return [...text.matchAll(/\b\d{4}\b/g)].map((match, index) => ({
    id: `t${index + 1}`,
    start: match.index,
    end: match.index + 4,
    text: match[0],
    type: 'DATE',
    value: match[0],
    granularity: 'year',
    rule: `fake:${String(options.referenceDate)}`,
  }));
}

const fakeCore: CliCore = { extractTimexes: fakeExtract, timeline: null };

async function run(argv: string[], stdin = '', core: CliCore = fakeCore) {
  let stdout = '';
  let stderr = '';
  const code = await main(
    argv,
    {
      stdin: Readable.from([stdin]),
      stdout: { write: (chunk: string) => ((stdout += chunk), true) },
      stderr: { write: (chunk: string) => ((stderr += chunk), true) },
      cwd: process.cwd(),
    },
    async () => core,
  );
  return { code, stdout, stderr };
}

describe('news-timeline arguments', () => {
  it('prints the usage for --help and exits 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage:/);
  });

  it.each([
    [['extract', '--reference-date', '2017-02-30'], /invalid --reference-date "2017-02-30"/],
    [['extract', '--reference-date', '4 July 2017'], /invalid --reference-date/],
    [['extract', '--reference-date'], /argument missing/],
    [['extract', '--format', 'pdf'], /unknown --format "pdf"/],
    [['extract', 'a.txt', 'b.txt'], /one FILE/],
    [['extract', '--jsonl', 'a.txt'], /--jsonl/],
    [['extract', 'does-not-exist.txt'], /cannot read does-not-exist.txt: no such file/],
    [['eval'], /needs a corpus directory/],
    [['eval', 'no/such/dir'], /not a directory/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /missing command/],
    [['extract', '--colour'], /Unknown option '--colour'/],
  ])('rejects %j with one line on stderr and exit code 2', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });

  it('accepts 29 February in a leap year', async () => {
    expect((await run(['extract', '--reference-date', '2016-02-29', '--format', 'timexes'], 'x')).code).toBe(0);
  });

  it('exits 2 with one line when run as a program with an invalid reference date', () => {
    const result = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'extract', '--reference-date', '2017-13-01'], { encoding: 'utf8', input: '' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/news-timeline: invalid --reference-date "2017-13-01"/);
  });
});

describe('news-timeline extract', () => {
  it('reads stdin and prints the expressions with the reference date when there is no timeline stage', async () => {
    const result = await run(['extract', '-', '--reference-date', '2017-07-04'], 'In 2015 and 2016.');
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.referenceDate).toBe('2017-07-04');
    expect(output.expressions.map((timex: Timex) => timex.value)).toEqual(['2015', '2016']);
  });

  it('reads a file and writes TimeML that reads back to the same spans and values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nt-cli-'));
    const text = 'Founded in 1998 by A&B, sold <in> 2012.\n';
    writeFileSync(join(dir, 'story.txt'), text);
    const result = await run(['extract', join(dir, 'story.txt'), '--reference-date', '2017-07-04', '--format', 'timeml']);
    expect(result.code).toBe(0);
    const document = readTimeML(result.stdout);
    expect(document.docId).toBe('story');
    expect(document.dct).toBe('2017-07-04');
    expect(document.text).toBe(text);
    expect(document.timexes.map(({ start, end, value }) => ({ start, end, value }))).toEqual(
      fakeExtract(text, {}).map(({ start, end, value }) => ({ start, end, value })),
    );
  });

  it('hands json, timelinejs and csv to the timeline stage when it is there', async () => {
    const calls: string[] = [];
    const core: CliCore = {
      extractTimexes: fakeExtract,
      timeline: {
        extractTimeline: (text, options) => ({
          format: 'news-timeline/1',
          referenceDate: options.referenceDate,
          events: [],
          expressions: fakeExtract(text, options),
          warnings: [],
        }),
        exportTimeline: (timeline, format) => (calls.push(format), `${format}:${timeline.expressions.length}`),
      },
    };
    expect(JSON.parse((await run(['extract', '--reference-date', '2017-07-04'], 'In 2015.', core)).stdout).format).toBe('news-timeline/1');
    expect((await run(['extract', '--format', 'csv'], 'In 2015.', core)).stdout).toBe('csv:1\n');
    expect((await run(['extract', '--format', 'timelinejs'], 'In 2015.', core)).stdout).toBe('timelinejs:1\n');
    expect(calls).toEqual(['csv', 'timelinejs']);
  });

  it('fails with exit code 1 when an export needs the missing timeline stage', async () => {
    const result = await run(['extract', '--format', 'csv'], 'x');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/timeline stage/);
  });
});

describe('news-timeline extract --jsonl', () => {
  it('writes one line per input line, in order, with an error object for each bad line', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'In 2015.', referenceDate: '2017-07-04' }),
      '{not json',
      JSON.stringify({ id: 'b', referenceDate: '2017-07-04' }),
      JSON.stringify({ id: 'c', text: 'x', referenceDate: '2017-02-30' }),
      '',
      JSON.stringify({ id: 7, text: 'boom' }),
      '[1, 2]',
      JSON.stringify({ id: 'd', text: 'From 1990 to 1995.' }),
    ].join('\n');
    const result = await run(['extract', '--jsonl', '--reference-date', '2001-01-01'], `${input}\n`);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(8);
    expect(lines.map((line) => line.id)).toEqual(['a', null, 'b', 'c', null, 7, null, 'd']);
    expect(lines[0].timexes.map((timex: Timex) => timex.value)).toEqual(['2015']);
    expect(lines[0].timexes[0].rule).toBe('fake:2017-07-04');
    expect(lines[1].error).toBe('invalid JSON');
    expect(lines[2].error).toMatch(/missing "text"/);
    expect(lines[3].error).toMatch(/invalid "referenceDate" "2017-02-30"/);
    expect(lines[4].error).toBe('empty line');
    expect(lines[5].error).toMatch(/tagger failed: boom/);
    expect(lines[6].error).toMatch(/JSON object/);
    expect(lines[7].timexes.map((timex: Timex) => timex.value)).toEqual(['1990', '1995']);
    expect(lines[7].timexes[0].rule).toBe('fake:2001-01-01');
  });

  it('writes nothing for empty input', async () => {
    expect((await run(['extract', '--jsonl'], '')).stdout).toBe('');
  });
});
