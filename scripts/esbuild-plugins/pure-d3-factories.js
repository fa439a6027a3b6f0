// esbuild plugin: lets esbuild drop the parts of d3-interpolate, d3-array and d3-time the
// bundle does not use. d3-zoom imports only `interpolateZoom`, but d3-interpolate's dist builds its other
// interpolators at the top level with factory calls (`var rgb = (function rgbGamma(y) {…})(1)`,
// `var hslLong = hsl(nogamma)`…); d3-array does the same with `bisector(…)`. Those calls have
// no side effects, yet without a `/* @__PURE__ */` mark esbuild must keep them, and with them
// all of d3-color (≈ 10 KB minified). The mark is added to each top-level
// `var|const name = call(…)` of those files; d3-time needs more (markD3TimeIntervalsPure).
import { readFile } from 'node:fs/promises';

const D3_DIST = /[\\/]node_modules[\\/](d3-interpolate|d3-array|d3-time)[\\/]dist[\\/]d3-[a-z]+\.mjs$/;

/** `var x = f(…)` / `var x = (function …)(…)` at the start of a line → marked pure. */
export function markTopLevelFactoriesPure(source) {
  return source.replace(/^(var|const) (\w+|\[[\w, ]+\]) = (?=\(function\b|\w+\()/gm, '$1 $2 = /* @__PURE__ */ ');
}

/**
 * d3-time also keeps its local-time intervals (timeDay, timeSunday…, all unused: the chart
 * counts in UTC) through three kinds of top-level statement esbuild must assume have effects:
 * `const timeDays = timeDay.range;` (a property read), `timeYear.every = (k) => {…};`
 * (an assignment) and `const [timeTicks, timeTickInterval] = ticker(…);` (array
 * destructuring). Each becomes a pure-marked expression with the same value.
 */
export function markD3TimeIntervalsPure(source) {
  return markTopLevelFactoriesPure(source)
    .replace(/^const (\w+) = (\w+)\.range;$/gm, 'const $1 = /* @__PURE__ */ (() => $2.range)();')
    .replace(/^const (\w+) = \/\* @__PURE__ \*\/ (?=timeInterval\()([\s\S]*?)^\1\.every = ([\s\S]*?\n)\};$/gm, (_, name, declaration, every) => {
      return `const ${name}$base = /* @__PURE__ */ ${declaration}const ${name} = /* @__PURE__ */ Object.assign(${name}$base, { every: ${every}} });`;
    })
    .replace(/^const \[(\w+), (\w+)\] = \/\* @__PURE__ \*\/ (ticker\(.*\));$/gm, (_, ticks, interval, call) => {
      const pair = `${ticks}$pair`;
      return `const ${pair} = /* @__PURE__ */ ${call}, ${ticks} = /* @__PURE__ */ (() => ${pair}[0])(), ${interval} = /* @__PURE__ */ (() => ${pair}[1])();`;
    });
}

export const pureD3Factories = {
  name: 'pure-d3-factories',
  setup(build) {
    build.onLoad({ filter: D3_DIST }, async (args) => ({
      contents: (args.path.includes('d3-time') ? markD3TimeIntervalsPure : markTopLevelFactoriesPure)(await readFile(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};
