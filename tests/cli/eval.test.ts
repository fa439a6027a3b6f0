import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';

import type { CliCore } from '../../src/cli/core.js';
import { main } from '../../src/cli/main.js';
import type { Timex } from '../../src/temporal/types.js';

const tml = (id: string, body: string) =>
  `<TimeML><DOCID>${id}</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>${body}</TEXT></TimeML>`;

/** Tags every four-digit number as a DATE whose value is the number. */
const yearTagger: CliCore = {
  timeline: null,
  extractTimexes: (text) =>
    [...text.matchAll(/\b\d{4}\b/g)].map(
      (match, index): Timex => ({ id: `t${index + 1}`, start: match.index, end: match.index + 4, text: match[0], type: 'DATE', value: match[0], granularity: 'year', rule: 'fake' }),
    ),
};

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(
    argv,
    { stdin: Readable.from([]), stdout: { write: (c: string) => ((stdout += c), true) }, stderr: { write: (c: string) => ((stderr += c), true) }, cwd: process.cwd() },
    async () => yearTagger,
  );
  return { code, stdout, stderr };
}

describe('news-timeline eval', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nt-eval-'));
  // Gold: 2001 (found, right), "May 2002" (found as 2002: relaxed, value wrong), "a week" (missed); system also finds 1999 (false positive).
  writeFileSync(
    join(dir, 'a.tml'),
    tml('A', 'In <TIMEX3 tid="t1" type="DATE" value="2001">2001</TIMEX3> and <TIMEX3 tid="t2" type="DATE" value="2002-05">May 2002</TIMEX3> for <TIMEX3 tid="t3" type="DURATION" value="P1W">a week</TIMEX3>, not 1999.'),
  );

  it('prints strict, relaxed, value and type scores for a TimeML folder', async () => {
    const result = await run(['eval', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 docs, 3 gold, 3 system timexes');
    expect(result.stdout).toMatch(/strict\s+0\.333\s+0\.333\s+0\.333/);
    expect(result.stdout).toMatch(/relaxed\s+0\.667\s+0\.667\s+0\.667/);
    expect(result.stdout).toMatch(/value\s+0\.333\s+0\.333\s+0\.333/);
    expect(result.stdout).toMatch(/type\s+0\.667\s+0\.667\s+0\.667/);
  });

  it('gives the same figures as JSON, with per-document mistakes under --details', async () => {
    const report = JSON.parse((await run(['eval', dir, '--json', '--details'])).stdout);
    expect(report.counts).toEqual({ documents: 1, gold: 3, system: 3, strict: 1, relaxed: 2, valueCorrect: 1, typeCorrect: 2 });
    expect(report.relaxed.f1).toBeCloseTo(2 / 3, 12);
    expect(report.documents[0].misses.map((timex: { text: string }) => timex.text)).toEqual(['a week']);
    expect(report.documents[0].falsePositives.map((timex: { value: string }) => timex.value)).toEqual(['1999']);
  });

  it('lists misses, extras and wrong values in text under --details', async () => {
    const { stdout } = await run(['eval', dir, '--details']);
    expect(stdout).toContain('== A');
    expect(stdout).toMatch(/miss\s+"a week" DURATION P1W/);
    expect(stdout).toMatch(/extra\s+"1999" DATE 1999/);
    expect(stdout).toMatch(/value\s+"May 2002" gold 2002-05, got 2002/);
  });

  it('says type F1 is not meaningful when every gold timex is typed DATE, durations included', async () => {
    const wiki = mkdtempSync(join(tmpdir(), 'nt-eval-'));
    writeFileSync(join(wiki, 'w.tml'), tml('W', '<TIMEX3 tid="t1" type="DATE" value="P2M">two months</TIMEX3> in 1940'));
    expect((await run(['eval', wiki])).stdout).toMatch(/type F1 not meaningful/);
  });

  it('rejects a folder without annotated documents with exit code 2', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'nt-eval-'));
    const result = await run(['eval', empty]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no TimeML/);
  });
});
