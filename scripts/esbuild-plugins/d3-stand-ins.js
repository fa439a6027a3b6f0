// esbuild plugin: bundles small stand-ins for two packages that d3-scale's `scaleUtc` imports
// but the chart never uses (scripts/esbuild-plugins/stand-ins/):
//   d3-time-format → utcFormat for d3-scale's default tick formats only (the chart writes its
//                    own tick labels), instead of the whole en-US locale built at import;
//   d3-interpolate → the real module with an `interpolate` for numbers and Dates only, so
//                    d3-color (colour and string interpolation) stays out.
// Library users who bundle src/ themselves get the real d3. Decision and measurements:
// docs/decisions/bundle-size.md; equivalence tests: tests/scripts/d3-stand-ins.test.ts.
import { fileURLToPath } from 'node:url';

const standIns = {
  'd3-time-format': 'stand-ins/d3-time-format.ts',
  'd3-interpolate': 'stand-ins/d3-interpolate.ts',
};

/** Absolute path of each stand-in, by the package it replaces. */
export const standInPaths = Object.fromEntries(
  Object.entries(standIns).map(([name, file]) => [name, fileURLToPath(new URL(file, import.meta.url))]),
);

export const d3StandIns = {
  name: 'd3-stand-ins',
  setup(build) {
    build.onResolve({ filter: /^d3-(time-format|interpolate)$/ }, (args) => {
      const standIn = standInPaths[args.path];
      // The d3-interpolate stand-in re-exports the real package: its own import resolves as usual.
      return args.importer === standIn ? undefined : { path: standIn };
    });
  },
};

/**
 * The same swap for @web/test-runner / @web/dev-server (a dev-server plugin, not an esbuild
 * one), so the browser tests run what the bundle ships: add it to `plugins` in
 * web-test-runner.config.js, before the esbuild plugin.
 */
export const d3StandInsTestRunner = {
  name: 'd3-stand-ins',
  resolveImport({ source, context }) {
    const file = standIns[source];
    if (!file) return undefined;
    const url = `/scripts/esbuild-plugins/${file}`;
    return context.path === url ? undefined : url;
  },
};
