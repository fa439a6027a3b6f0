// esbuild plugin: lets esbuild drop the parts of d3-interpolate and d3-array the bundle does
// not use. d3-zoom imports only `interpolateZoom`, but d3-interpolate's dist builds its other
// interpolators at the top level with factory calls (`var rgb = (function rgbGamma(y) {…})(1)`,
// `var hslLong = hsl(nogamma)`…); d3-array does the same with `bisector(…)`. Those calls have
// no side effects, yet without a `/* @__PURE__ */` mark esbuild must keep them, and with them
// all of d3-color (≈ 10 KB minified). The mark is added to each top-level
// `var|const name = call(…)` of those two files.
import { readFile } from 'node:fs/promises';

const D3_DIST = /[\\/]node_modules[\\/](d3-interpolate|d3-array)[\\/]dist[\\/]d3-[a-z]+\.mjs$/;

/** `var x = f(…)` / `var x = (function …)(…)` at the start of a line → marked pure. */
export function markTopLevelFactoriesPure(source) {
  return source.replace(/^(var|const) (\w+|\[[\w, ]+\]) = (?=\(function\b|\w+\()/gm, '$1 $2 = /* @__PURE__ */ ');
}

export const pureD3Factories = {
  name: 'pure-d3-factories',
  setup(build) {
    build.onLoad({ filter: D3_DIST }, async (args) => ({
      contents: markTopLevelFactoriesPure(await readFile(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};
