import type { Timeline } from '../timeline/types.js';

export type ExtractTimeline = (text: string, options: { referenceDate: string | null }) => Timeline;

let extractor: ExtractTimeline | null = null;
let loading: Promise<ExtractTimeline> | null = null;

/**
 * The tagger and timeline model are loaded on first use: an element given prebuilt events never
 * evaluates them, and a failure to load becomes an error state instead of breaking the element's
 * module. (esbuild inlines this import into the single-file bundle.)
 */
export function loadExtractor(): Promise<ExtractTimeline> {
  loading ??= import('../timeline/extract.js').then((module) => {
    extractor = module.extractTimeline;
    return extractor;
  });
  return loading;
}

/** The extractor if it has been loaded already, so later extractions stay synchronous. */
export function loadedExtractor(): ExtractTimeline | null {
  return extractor;
}
