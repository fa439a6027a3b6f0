import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserBundle, minifyWithTerser, terserOptions } from '../../scripts/bundle-options.js';

/** A two-module bundle as esbuild writes it for the build (linked map and legal comments). */
async function esbuildOutput() {
  const dir = mkdtempSync(join(tmpdir(), 'terser-pass-'));
  writeFileSync(
    join(dir, 'words.ts'),
    ['/*! words licence */', 'export function shout(words: string): string {', "  return `${words.toUpperCase()}!`;", '}', ''].join('\n'),
  );
  writeFileSync(
    join(dir, 'entry.ts'),
    ["import { shout } from './words.js';", '', 'export class Greeter {', '  greeting = "hello";', '  greet(): string {', '    return shout(this.greeting);', '  }', '}', ''].join('\n'),
  );
  const result = await build({
    ...browserBundle,
    plugins: [],
    tsconfig: undefined,
    entryPoints: [join(dir, 'entry.ts')],
    outfile: join(dir, 'out.js'),
    write: false,
  });
  const file = (name: string) => result.outputFiles.find((output) => basename(output.path) === name)!.text;
  return { code: file('out.js'), map: file('out.js.map'), legal: file('out.js.LEGAL.txt') };
}

describe('the terser pass after esbuild', () => {
  it('keeps the linked source map pointing at the original source lines', async () => {
    const { code, map } = await esbuildOutput();
    const out = await minifyWithTerser({ code, map, fileName: 'out.js', mapFileName: 'out.js.map' });
    const trace = new TraceMap(out.map);
    const at = (needle: string) => {
      const index = out.code.indexOf(needle);
      expect(index, needle).toBeGreaterThanOrEqual(0);
      const lines = out.code.slice(0, index).split('\n');
      return originalPositionFor(trace, { line: lines.length, column: lines.at(-1)!.length });
    };
    expect(at('toUpperCase')).toMatchObject({ source: expect.stringMatching(/words\.ts$/), line: 3 });
    expect(at('"hello"')).toMatchObject({ source: expect.stringMatching(/entry\.ts$/), line: 4 });
    expect(JSON.parse(out.map).sourcesContent.join('\n')).toContain('export class Greeter');
  });

  it('keeps the link to the licences and to the map, and the module still works', async () => {
    const { code, map, legal } = await esbuildOutput();
    expect(legal).toContain('words licence');
    const out = await minifyWithTerser({ code, map, fileName: 'out.js', mapFileName: 'out.js.map' });
    expect(out.code).toMatch(/\/\*! For license information please see out\.js\.LEGAL\.txt \*\/\n\/\/# sourceMappingURL=out\.js\.map\n$/);
    expect(out.code.match(/sourceMappingURL/g)).toHaveLength(1);
    const module = (await import(`data:text/javascript;base64,${Buffer.from(out.code).toString('base64')}`)) as {
      Greeter: new () => { greeting: string; greet(): string };
    };
    const greeter = new module.Greeter();
    expect(greeter.greeting).toBe('hello');
    expect(greeter.greet()).toBe('HELLO!');
  });

  it('uses no unsafe transform and mangles no property name', () => {
    const compress = terserOptions.compress as Record<string, unknown>;
    expect(Object.keys(compress).filter((option) => option.startsWith('unsafe') || option === 'pure_getters')).toEqual([]);
    expect(terserOptions.mangle === undefined || terserOptions.mangle === true || !('properties' in (terserOptions.mangle as object))).toBe(true);
  });
});
