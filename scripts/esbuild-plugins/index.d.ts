// Types for scripts/esbuild-plugins/*.js (plain JS so scripts/build.js needs no compiler).
import type { Plugin } from 'esbuild';

export const d3TransitionLite: Plugin;
export const d3StandIns: Plugin;
export const pureD3Factories: Plugin;
export const pruneD3Selection: Plugin;
export const minifyLitCssPlugin: Plugin;
export const stripTableExamples: Plugin;
export const bundleSizePlugins: Plugin[];
export const taggerWithoutPrefixFilter: Plugin;
