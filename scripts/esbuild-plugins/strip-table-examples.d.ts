import type { Plugin } from 'esbuild';
/** Properties that only tests or readers of the source read. */
export const TEST_ONLY: ReadonlySet<string>;
export function stripExamples(source: string, fileName?: string, properties?: ReadonlySet<string>): string;
export const stripTableExamples: Plugin;
