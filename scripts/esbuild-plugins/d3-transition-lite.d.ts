import type { Plugin } from 'esbuild';
export const d3TransitionLite: Plugin;
/** @web/dev-server plugin: the same swap for the browser tests. */
export const d3TransitionLiteTestRunner: { name: string; resolveImport(args: { source: string }): string | undefined };
