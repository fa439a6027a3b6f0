import { build, transform } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { browserBundle } from '../../scripts/bundle-options.js';
import { bundleSizePlugins } from '../../scripts/esbuild-plugins/index.js';
import { minifyLitCss } from '../../scripts/esbuild-plugins/minify-lit-css.js';
import { markTopLevelFactoriesPure } from '../../scripts/esbuild-plugins/pure-d3-factories.js';
import { stripExamples } from '../../scripts/esbuild-plugins/strip-table-examples.js';

function tableFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('strip-table-examples', () => {
  it('removes examples and counterExamples and leaves every other property as written', () => {
    const source = `export const rules = [
  { id: 'a', pattern: 'x,\`y\`', examples: [{ text: 'a, b', value: '1' }], priority: 2 },
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
  });

  it('leaves every rule and word table valid TypeScript without a single example', () => {
    for (const file of [...tableFiles('src/temporal/resources'), ...tableFiles('src/timeline/resources')]) {
      const stripped = stripExamples(readFileSync(file, 'utf8'), file);
      const parsed = ts.createSourceFile(file, stripped, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      expect((parsed as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics, file).toEqual([]);
      expect(stripped, file).not.toMatch(/^\s*(examples|counterExamples):\s*\[/m);
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
    const result = await build({
      ...browserBundle,
      entryPoints: ['src/element/news-timeline.ts'],
      sourcemap: false,
      legalComments: 'none',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    // Files esbuild read but tree-shook away are listed with 0 bytes in the output.
    const output = Object.values(result.metafile.outputs)[0]!;
    const inputs = Object.entries(output.inputs)
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([path]) => path)
      .join('\n');
    for (const name of ['d3-transition', 'd3-timer', 'd3-ease']) {
      expect(inputs).not.toContain(`node_modules/${name}/`);
    }
    expect(inputs).toContain('node_modules/d3-zoom/');
    const code = result.outputFiles[0]!.text;
    // A sentence from the first date rule's examples.
    expect(code).not.toContain('Tuesday, March 3, 2015');
  });
});
