import type { Plugin } from 'esbuild';
export const taggerWithoutPrefixFilter: Plugin;
/** @web/dev-server plugin: the same swap for the browser tests. */
export const taggerWithoutPrefixFilterTestRunner: {
  name: string;
  resolveImport(args: { source: string; context: { path: string } }): string | undefined;
};
