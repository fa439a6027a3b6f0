// The esbuild plugins that keep dist/news-timeline.js small (docs/decisions/bundle-size.md).
// Wiring (scripts/build.js): `plugins: bundleSizePlugins` in the element's and the demo's build.
import { d3StandIns } from './d3-stand-ins.js';
import { d3TransitionLite } from './d3-transition-lite.js';
import { minifyLitCssPlugin } from './minify-lit-css.js';
import { pruneD3Selection } from './prune-d3-selection.js';
import { pureD3Factories } from './pure-d3-factories.js';
import { stripTableExamples } from './strip-table-examples.js';
import { taggerWithoutPrefixFilter } from './tagger-without-prefix-filter.js';

export { d3StandIns, d3TransitionLite, minifyLitCssPlugin, pruneD3Selection, pureD3Factories, stripTableExamples, taggerWithoutPrefixFilter };

export const bundleSizePlugins = [d3TransitionLite, d3StandIns, pureD3Factories, pruneD3Selection, minifyLitCssPlugin, stripTableExamples, taggerWithoutPrefixFilter];
