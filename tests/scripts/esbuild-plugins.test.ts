import { build, transform } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { browserBundle } from '../../scripts/bundle-options.js';
import { bundleSizePlugins } from '../../scripts/esbuild-plugins/index.js';
import { minifyLitCss } from '../../scripts/esbuild-plugins/minify-lit-css.js';
import { UNUSED_SELECTION_METHODS, pruneSelectionMethods, prunedSelectionCalls } from '../../scripts/esbuild-plugins/prune-d3-selection.js';
import { markD3TimeIntervalsPure, markTopLevelFactoriesPure, pureD3Factories } from '../../scripts/esbuild-plugins/pure-d3-factories.js';
import { stripExamples } from '../../scripts/esbuild-plugins/strip-table-examples.js';
import { bundleInMemory } from './bundle-in-memory.js';

function tableFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('strip-table-examples', () => {
  it('removes examples, counterExamples and why, and leaves every other property as written', () => {
    const source = `export const rules = [
  { id: 'a', pattern: 'x,\`y\`', examples: [{ text: 'a, b', value: '1' }], priority: 2, why: 'a reason, told' },
  { id: 'b', counterExamples: ['c'], pattern: /examples: [^]/ },
];
interface R { examples: string[] }`;
    const stripped = stripExamples(source);
    expect(stripped).toContain("pattern: 'x,`y`'");
    expect(stripped).toContain('priority: 2');
    expect(stripped).toContain('pattern: /examples: [^]/');
    expect(stripped).toContain('interface R { examples: string[] }');
    expect(stripped).not.toContain('a, b');
    expect(stripped).not.toContain("['c']");
    expect(stripped).not.toContain('a reason, told');
  });

  it('strips only properties that no engine code reads', () => {
    const engineFiles = [...tableFiles('src')].filter((file) => !/[\\/]resources[\\/]|rule-types\.ts$/.test(file));
    for (const file of engineFiles) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\.(examples|counterExamples|why)\b|\[['"](examples|counterExamples|why)['"]\]/);
    }
  });

  it('leaves every rule and word table valid TypeScript without a single example', () => {
    for (const file of [...tableFiles('src/temporal/resources'), ...tableFiles('src/timeline/resources')]) {
      const stripped = stripExamples(readFileSync(file, 'utf8'), file);
      const parsed = ts.createSourceFile(file, stripped, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      expect((parsed as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics, file).toEqual([]);
      expect(stripped, file).not.toMatch(/^\s*((examples|counterExamples):\s*\[|why:\s*['"`])/m);
    }
  });
});

describe('minify-lit-css', () => {
  it('minifies the CSS of css templates and keeps strings, escapes and interpolated templates intact', async () => {
    const source = "const a = css`\n  :host {\n    font-family: 'Segoe UI', sans-serif; /* why */\n    content: '\\\\2014';\n  }\n`;\nconst b = css`:host { width: ${w}px; }`;";
    const out = await minifyLitCss(source);
    expect(out).toMatch(/font-family:("Segoe UI"|Segoe UI),sans-serif/);
    expect(out).not.toContain('why');
    expect(out).toContain('const b = css`:host { width: ${w}px; }`');
    // Like Lit's css tag, read the cooked template: the CSS escape \2014 (an em dash) survives.
    const { code } = await transform(out.replace(/css`/g, '((s) => s[0])`'), { loader: 'ts' });
    const [a] = new Function('w', `${code.replace(/const (\w+) =/g, 'var $1 =')}; return [a, b];`)(3) as string[];
    expect(a).toMatch(/content:(["'])(\\2014|\u2014)\1/);
  });
});

describe('pure-d3-factories', () => {
  it('marks top-level factory calls pure and nothing else', () => {
    const source = 'var rgb = (function rgbGamma(y) {\n  return y;\n})(1);\nvar hslLong = hsl(nogamma);\nvar degrees = 180 / Math.PI;\n  var inner = f(1);';
    const marked = markTopLevelFactoriesPure(source);
    expect(marked).toContain('var rgb = /* @__PURE__ */ (function rgbGamma');
    expect(marked).toContain('var hslLong = /* @__PURE__ */ hsl(nogamma)');
    expect(marked).toContain('var degrees = 180 / Math.PI');
    expect(marked).toContain('  var inner = f(1)');
  });
});

describe('the element bundle as the build makes it', () => {
  it('uses the size plugins', () => {
    expect(browserBundle.plugins).toEqual(bundleSizePlugins);
  });

  it('carries no d3-transition, d3-timer or d3-ease, and no rule examples', async () => {
    const { code, inputs } = await bundleInMemory({ entryPoints: ['src/element/news-timeline.ts'] });
    for (const name of ['d3-transition', 'd3-timer', 'd3-ease']) {
      expect(inputs).not.toContain(`node_modules/${name}/`);
    }
    expect(inputs).toContain('node_modules/d3-zoom/');
    // A sentence from the first date rule's examples.
    expect(code).not.toContain('Tuesday, March 3, 2015');
    expect(inputs).not.toContain('node_modules/d3-time-format/');
    expect(inputs).not.toContain('node_modules/d3-color/');
    expect(prunedSelectionCalls(code)).toEqual([]);
  });
});

describe('prune-d3-selection', () => {
  const source = readFileSync('node_modules/d3-selection/dist/d3-selection.mjs', 'utf8');

  it("takes the listed methods off d3-selection's prototype and keeps the others", () => {
    const pruned = pruneSelectionMethods(source);
    for (const method of UNUSED_SELECTION_METHODS) expect(pruned).not.toContain(`  ${method}: selection_${method},`);
    for (const method of ['attr', 'on', 'join', 'each', 'call', 'property', 'style']) expect(pruned).toContain(`  ${method}: selection_${method},`);
  });

  it('fails loudly when d3-selection no longer has a listed method', () => {
    expect(() => pruneSelectionMethods(source, ['transition'])).toThrow(/no prototype entry "transition/);
  });

  it('finds calls of pruned methods in a bundle', () => {
    expect(prunedSelectionCalls('s.attr("x",1).raise();t.on("a",f);u.html ("<b>")')).toEqual(['raise', 'html']);
    expect(prunedSelectionCalls('s.attr("x",1);m.size>0')).toEqual([]);
  });
});

describe('pure-d3-factories on d3-time', () => {
  const d3TimeDist = 'node_modules/d3-time/dist/d3-time.mjs';

  async function bundleModule(contents: string, name: string): Promise<string> {
    const result = await build({
      stdin: { contents, resolveDir: join(process.cwd(), 'node_modules/d3-time/dist'), sourcefile: 'd3-time.mjs', loader: 'js' },
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const file = join(mkdtempSync(join(tmpdir(), 'pure-d3-time-')), `${name}.mjs`);
    writeFileSync(file, result.outputFiles[0]!.text);
    return pathToFileURL(file).href;
  }

  it('exports the same intervals, ticks and `every` as the real d3-time', async () => {
    const source = readFileSync(d3TimeDist, 'utf8');
    const marked = markD3TimeIntervalsPure(source);
    expect(marked).not.toMatch(/^const \[/m);
    expect(marked).not.toMatch(/^\w+\.every = /m);
    type D3Time = typeof import('d3-time');
    const real = (await import(await bundleModule(source, 'real'))) as D3Time;
    const ours = (await import(await bundleModule(marked, 'marked'))) as D3Time;
    expect(Object.keys(ours).sort()).toEqual(Object.keys(real).sort());
    const start = new Date(Date.UTC(-44, 2, 15, 7, 30));
    const stop = new Date(Date.UTC(2017, 6, 4, 15, 45));
    for (const count of [3, 10, 40]) {
      expect(ours.utcTicks(start, stop, count)).toEqual(real.utcTicks(start, stop, count));
      expect(ours.timeTicks(start, stop, count)).toEqual(real.timeTicks(start, stop, count));
      expect(String(ours.utcTickInterval(start, stop, count)?.floor(stop))).toBe(String(real.utcTickInterval(start, stop, count)?.floor(stop)));
    }
    expect(ours.utcYear.every(10)!.range(start, stop)).toEqual(real.utcYear.every(10)!.range(start, stop));
    expect(ours.timeYear.every(100)!.range(start, stop)).toEqual(real.timeYear.every(100)!.range(start, stop));
    expect(ours.utcMillisecond.every(250)!.floor(stop)).toEqual(real.utcMillisecond.every(250)!.floor(stop));
    expect(ours.utcMillisecond.every(1)).toBe(ours.utcMillisecond);
    expect(ours.utcDays(start, new Date(+start + 5 * 864e5))).toEqual(real.utcDays(start, new Date(+start + 5 * 864e5)));
    expect(ours.timeSundays(start, stop).length).toBe(real.timeSundays(start, stop).length);
  });

  it('lets a bundle that uses only UTC intervals drop the local-time ones', async () => {
    const result = await build({
      stdin: { contents: "export { utcTicks, utcDay } from 'd3-time';", resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      format: 'esm',
      minify: true,
      write: false,
      logLevel: 'silent',
      plugins: [pureD3Factories],
    });
    const code = result.outputFiles[0]!.text;
    expect(code).toContain('setUTCHours');
    expect(code).not.toContain('setHours');
    expect(code).not.toContain('getTimezoneOffset');
  });
});
