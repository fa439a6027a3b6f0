import type { Plugin } from 'esbuild';
export function minifyLitCss(source: string, fileName?: string): Promise<string>;
export const minifyLitCssPlugin: Plugin;
