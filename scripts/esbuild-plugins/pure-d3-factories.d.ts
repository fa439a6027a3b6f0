import type { Plugin } from 'esbuild';
export function markTopLevelFactoriesPure(source: string): string;
export const pureD3Factories: Plugin;
