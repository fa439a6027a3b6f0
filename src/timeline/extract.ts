import { extractTimexes } from '../temporal/index.js';
import { buildTimeline } from './build.js';
import { normalizeReferenceDate } from './calendar.js';
import type { Timeline } from './types.js';

export interface ExtractTimelineOptions {
  /** Publication date, `YYYY-MM-DD` (or an ISO instant). Without it nothing relative is anchored. */
  referenceDate?: string | null;
}

/** Tags the text's temporal expressions and builds its timeline. */
export function extractTimeline(text: string, options: ExtractTimelineOptions = {}): Timeline {
  if (typeof text !== 'string') throw new TypeError('extractTimeline(text): text must be a string.');
  const referenceDate = normalizeReferenceDate(options.referenceDate);
  const expressions = extractTimexes(text, { referenceDate });
  return buildTimeline(text, expressions, referenceDate);
}
