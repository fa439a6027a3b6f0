import type { Plugin } from 'esbuild';
export function markTopLevelFactoriesPure(source: string): string;
export const pureD3Factories: Plugin;
export function markD3TimeIntervalsPure(source: string): string;
