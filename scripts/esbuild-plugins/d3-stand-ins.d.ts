import type { Plugin } from 'esbuild';
/** Absolute path of each stand-in, by the package it replaces. */
export const standInPaths: Record<'d3-time-format' | 'd3-interpolate', string>;
export const d3StandIns: Plugin;
/** @web/dev-server plugin: the same swap for the browser tests. */
export const d3StandInsTestRunner: {
  name: string;
  resolveImport(args: { source: string; context: { path: string } }): string | undefined;
};
