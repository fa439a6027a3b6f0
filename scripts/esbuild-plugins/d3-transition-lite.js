// esbuild plugin: bundles src/render/d3-transition-lite.ts wherever `d3-transition` is imported.
// d3-zoom is the only importer and uses only `interrupt`; the chart animates zoom steps itself
// (src/render/zoom-animation.ts). Saves d3-transition, d3-timer, d3-ease and, with the chart's
// own scale, d3-color. Decision and measurements: docs/decisions/bundle-size.md.
import { fileURLToPath } from 'node:url';

const lite = fileURLToPath(new URL('../../src/render/d3-transition-lite.ts', import.meta.url));

export const d3TransitionLite = {
  name: 'd3-transition-lite',
  setup(build) {
    build.onResolve({ filter: /^d3-transition$/ }, () => ({ path: lite }));
  },
};

/**
 * The same swap for @web/test-runner / @web/dev-server (a dev-server plugin, not an esbuild
 * one), so the browser tests exercise what the bundle ships: add it first to `plugins` in
 * web-test-runner.config.js.
 */
export const d3TransitionLiteTestRunner = {
  name: 'd3-transition-lite',
  resolveImport({ source }) {
    if (source === 'd3-transition') return '/src/render/d3-transition-lite.ts';
    return undefined;
  },
};
