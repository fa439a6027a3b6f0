import type { ExtractOptions, Timex } from '../temporal/types.js';
import type { Timeline } from '../timeline/types.js';

export type ExportFormat = 'json' | 'timelinejs' | 'csv' | 'timeml';

/** The timeline stage (src/timeline), when it is present. */
export interface TimelineStage {
  extractTimeline(text: string, options: { referenceDate: string | null }): Timeline;
  exportTimeline(timeline: Timeline, format: ExportFormat, text?: string): string;
}

/** The library functions the CLI runs; injected in tests, loaded from the library otherwise. */
export interface CliCore {
  extractTimexes(text: string, options: ExtractOptions): Timex[];
  /** Null when the timeline stage is not built: `--format json` then prints the expressions alone. */
  timeline: TimelineStage | null;
}

/** True only when the timeline module itself is absent, not when something inside it is broken. */
function isTimelineMissing(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const notFound = code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
  return notFound && typeof message === 'string' && /timeline[\\/]index\.[jt]s/.test(message);
}

/** Loaded lazily so that `--help` and argument errors need neither stage. */
export async function loadCore(): Promise<CliCore> {
  const temporal = await import('../temporal/index.js');
  let timeline: TimelineStage | null = null;
  try {
    const stage = await import('../timeline/index.js');
    timeline = { extractTimeline: stage.extractTimeline, exportTimeline: stage.exportTimeline };
  } catch (error) {
    if (!isTimelineMissing(error)) throw error;
  }
  return { extractTimexes: temporal.extractTimexes, timeline };
}
