import type { Plugin } from 'esbuild';
export function stripExamples(source: string, fileName?: string): string;
export const stripTableExamples: Plugin;
