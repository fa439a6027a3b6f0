import type { BuildOptions } from 'esbuild';
export declare const browserBundle: BuildOptions;
