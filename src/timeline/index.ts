// The timeline model: temporal expressions → the article's dated events, and its exports.
export type * from './types.js';
export { buildTimeline, compareEvents, referenceEventId, referenceEventTitle } from './build.js';
export { extractTimeline, type ExtractTimelineOptions } from './extract.js';
export { exportTimeline, exportFormats, type ExportFormat } from './export/index.js';
export { toTimelineJS, type TimelineJSDocument, type TimelineJSSlide, type TimelineJSDate } from './export/timelinejs.js';
export { toCSV } from './export/csv.js';
export { parseTimelineJSON, TimelineFormatError } from './parse.js';
export { maxTitleWords } from './title.js';
