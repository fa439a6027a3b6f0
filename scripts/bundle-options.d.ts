import type { BuildOptions } from 'esbuild';
import type { MinifyOptions } from 'terser';
export declare const browserBundle: BuildOptions;
export declare const terserOptions: MinifyOptions;
export declare function minifyWithTerser(input: { code: string; map: string; fileName: string; mapFileName: string }): Promise<{ code: string; map: string }>;
