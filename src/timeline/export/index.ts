import { writeTimeML } from '../../timeml/write.js';
import type { Timeline } from '../types.js';
import { toCSV } from './csv.js';
import { toTimelineJS } from './timelinejs.js';

export const exportFormats = ['json', 'timelinejs', 'csv', 'timeml'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The timeline in one of the export formats; `timeml` needs the text the timeline came from. */
export function exportTimeline(timeline: Timeline, format: ExportFormat, text?: string): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(timeline, null, 2)}\n`;
    case 'timelinejs':
      return `${JSON.stringify(toTimelineJS(timeline), null, 2)}\n`;
    case 'csv':
      return toCSV(timeline);
    case 'timeml':
      if (text === undefined) throw new Error('exportTimeline(…, "timeml", text): the TimeML export writes the text inline, so pass the text the timeline was built from.');
      return writeTimeML(text, timeline.expressions, { dct: timeline.referenceDate });
    default:
      throw new Error(`Unknown export format ${JSON.stringify(format)}: use one of ${exportFormats.join(', ')}.`);
  }
}
