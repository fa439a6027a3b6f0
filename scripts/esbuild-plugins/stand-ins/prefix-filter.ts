// Stand-in for src/temporal/engine/prefix-filter.ts in the browser bundles: no rule is analysed,
// so every rule of a trigger's shortlist is tried at every position, as before the filter.
// The tagger's output is the same (the filter only skips regex calls that would fail); the page
// tags one article, where the filter's ≈ 3 KB gzipped and its warm-up cost more than it saves.
// Plugin: scripts/esbuild-plugins/tagger-without-prefix-filter.js.
export const PREFIX_SYMBOLS = 0;
export const PREFIX_TAIL_SYMBOLS = 0;

/** Every position gets the same keys: one memo entry, the whole shortlist. */
export const prefixKey = (_text: string, _at: number): number => 0;
export const prefixTailKey = (_text: string, _at: number): number => 0;

export const symbolAt = (_text: string, _at: number): number => 0;

export const symbolsOfKey = (_key: number): number[] => [];

/** No pattern is analysed: undefined means "always try this rule". */
export const prefixMatcher = (_source: string, _flags: string): undefined => undefined;

/** Nor is a lookbehind: any character may precede a match. */
export const precedingSymbols = (_source: string, _flags: string): undefined => undefined;
