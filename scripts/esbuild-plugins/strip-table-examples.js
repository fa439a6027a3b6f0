// esbuild plugin: drops `examples: [...]`, `counterExamples: [...]` and `why: '…'` from the rule
// and word tables when bundling.
// The examples are specifications that tests run (tests/temporal, tests/timeline), and `why`
// explains a negative context to the reader; the engine never reads them, so a page should
// not download them. The tables keep them in
// source, next to the pattern they document; only the bundle loses them.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

/** Tables whose objects carry `examples` (src/temporal/resources/**, src/timeline/resources/**). */
const TABLE_FILES = /[\\/]src[\\/](temporal|timeline)[\\/]resources[\\/].*\.ts$/;

/** Properties that only tests (examples) or readers of the source (`why`, the reason a look-alike is not a date) read. */
export const TEST_ONLY = new Set(['examples', 'counterExamples', 'why']);

/** The source with every object-literal property named in `properties` removed (with its comma). */
export function stripExamples(source, fileName = 'table.ts', properties = TEST_ONLY) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts = [];
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && properties.has(node.name.getText(file)) && ts.isObjectLiteralExpression(node.parent)) {
      let end = node.end;
      if (source[end] === ',') end += 1;
      cuts.push([node.getStart(file), end]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end] of cuts.reverse()) out = out.slice(0, start) + out.slice(end);
  return out;
}

export const stripTableExamples = {
  name: 'strip-table-examples',
  setup(build) {
    build.onLoad({ filter: TABLE_FILES }, async (args) => ({
      contents: stripExamples(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};
