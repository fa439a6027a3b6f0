// esbuild plugin: leaves out the d3-selection methods that nothing in the bundle calls.
// d3-selection puts every method on one prototype object literal, so esbuild keeps them all
// (≈ 2 KB minified of the methods below). The list is checked, not trusted: `npm run build`
// fails if the finished bundle calls one of them (`prunedSelectionCalls`), and so does
// tests/scripts/esbuild-plugins.test.ts. Library users who bundle src/ themselves get the
// whole d3-selection. Why: docs/decisions/bundle-size.md.
import { readFile } from 'node:fs/promises';

/** Selection methods the chart, d3-zoom and d3-drag never call. */
export const UNUSED_SELECTION_METHODS = ['selectChild', 'selectChildren', 'size', 'empty', 'html', 'raise', 'lower', 'insert', 'clone', 'dispatch'];

const D3_SELECTION = /[\\/]node_modules[\\/]d3-selection[\\/]dist[\\/]d3-selection\.mjs$/;

/** d3-selection's source without `name: selection_name,` on the prototype for each name given. */
export function pruneSelectionMethods(source, methods = UNUSED_SELECTION_METHODS) {
  let out = source;
  for (const method of methods) {
    const entry = new RegExp(`^  ${method}: selection_${method},\\n`, 'm');
    if (!entry.test(out)) throw new Error(`prune-d3-selection: d3-selection has no prototype entry "${method}: selection_${method}" (new d3-selection version?)`);
    out = out.replace(entry, '');
  }
  return out;
}

/** The pruned methods that `code` calls as `.name(`: must be none. */
export function prunedSelectionCalls(code, methods = UNUSED_SELECTION_METHODS) {
  const calls = new RegExp(`\\.(${methods.join('|')})\\s*\\(`, 'g');
  return [...new Set([...code.matchAll(calls)].map((match) => match[1]))];
}

export const pruneD3Selection = {
  name: 'prune-d3-selection',
  setup(build) {
    build.onLoad({ filter: D3_SELECTION }, async (args) => ({
      contents: pruneSelectionMethods(await readFile(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};
