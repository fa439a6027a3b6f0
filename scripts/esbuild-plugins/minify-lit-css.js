// esbuild plugin: minifies the CSS inside Lit `css` tagged templates of the element's style
// modules (src/element/styles*.ts) with esbuild's own CSS minifier. The source keeps its
// readable, commented CSS; the bundle carries only what the browser needs. Templates with
// `${…}` interpolations are left as they are (their pieces are not CSS on their own).
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';
import ts from 'typescript';

const STYLE_FILES = /[\\/]src[\\/]element[\\/]styles[^\\/]*\.ts$/;

/** The source with each interpolation-free css`…` template's CSS minified. */
export async function minifyLitCss(source, fileName = 'styles.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const templates = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(file) === 'css' && ts.isNoSubstitutionTemplateLiteral(node.template)) {
      templates.push(node.template);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const template of templates.reverse()) {
    // The cooked text is the CSS Lit hands to the browser (`\\2014` in source is `\2014` in CSS).
    const css = template.text;
    // Modern browsers only (the bundle targets es2022): nothing is lowered or prefixed.
    const { code } = await transform(css, { loader: 'css', minify: true, target: ['chrome111', 'firefox113', 'safari16.4'] });
    const minified = code.trim().replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
    out = `${out.slice(0, template.getStart(file))}\`${minified}\`${out.slice(template.end)}`;
  }
  return out;
}

export const minifyLitCssPlugin = {
  name: 'minify-lit-css',
  setup(build) {
    build.onLoad({ filter: STYLE_FILES }, async (args) => ({
      contents: await minifyLitCss(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};
