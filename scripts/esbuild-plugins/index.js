// The esbuild plugins that keep dist/news-timeline.js small (docs/decisions/bundle-size.md).
// Wiring (scripts/build.js): `plugins: bundleSizePlugins` in the element's and the demo's build.
import { d3TransitionLite } from './d3-transition-lite.js';
import { minifyLitCssPlugin } from './minify-lit-css.js';
import { pureD3Factories } from './pure-d3-factories.js';
import { stripTableExamples } from './strip-table-examples.js';

export { d3TransitionLite, minifyLitCssPlugin, pureD3Factories, stripTableExamples };

export const bundleSizePlugins = [d3TransitionLite, pureD3Factories, minifyLitCssPlugin, stripTableExamples];
