import { describe, expect, it } from 'vitest';
import { exportTimeline, extractTimeline, parseTimelineJSON } from '../../src/timeline/index.js';
import { toTimelineJS } from '../../src/timeline/export/timelinejs.js';

// Years up to 1 BC are years 0 and below in ISO 8601 ("-000051-01-01T00:00:00.000Z"): as text they sort backwards.
const history =
  'The Ionian revolt lasted from 499 to 493 BC. Darius sent a fleet in 492 BC. ' +
  'The Persians landed at Marathon in August 490 BC and were defeated. In 480 BC Xerxes crossed the Hellespont.';
const timeline = extractTimeline(history, { referenceDate: '2010-05-01' });
const dated = timeline.events.filter((e) => e.kind !== 'reference');

describe('a timeline of years before Christ', () => {
  it('orders its events by time, earliest first', () => {
    const starts = dated.map((e) => Date.parse(e.start));
    expect(starts.length).toBeGreaterThanOrEqual(4);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(dated[0]!.mentions.map((m) => m.text).join(' ')).toMatch(/499/);
  });

  it('gives a range of BC years a start before its end', () => {
    const revolt = dated.find((e) => e.mentions.some((m) => m.text.includes('499')))!;
    expect(revolt.start).toBe('-000498-01-01T00:00:00.000Z');
    expect(revolt.end).toBe('-000491-01-01T00:00:00.000Z'); // 493 BC is year -492; the end is exclusive
  });

  it('survives its own JSON export', () => {
    const parsed = parseTimelineJSON(exportTimeline(timeline, 'json'));
    expect(parsed.events.map((e) => e.start)).toEqual(timeline.events.map((e) => e.start));
  });

  it('labels BC dates with their era in the TimelineJS export', () => {
    const slides = toTimelineJS(timeline).events;
    const marathon = slides.find((s) => s.text?.text.includes('Marathon'))!;
    expect(marathon.start_date).toMatchObject({ year: -489, month: 8 });
    expect(marathon.display_date).toBe('August 490 BC');
  });

  it('leaves AD dates to TimelineJS', () => {
    const modern = toTimelineJS(extractTimeline('The town was founded in March 1890.', { referenceDate: '2010-05-01' })).events;
    expect(modern.find((s) => s.text?.text.includes('founded'))!.display_date).toBeUndefined();
  });
});
