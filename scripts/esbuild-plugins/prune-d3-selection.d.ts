import type { Plugin } from 'esbuild';
export const UNUSED_SELECTION_METHODS: readonly string[];
export function pruneSelectionMethods(source: string, methods?: readonly string[]): string;
export function prunedSelectionCalls(code: string, methods?: readonly string[]): string[];
export const pruneD3Selection: Plugin;
