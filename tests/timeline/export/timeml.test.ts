import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/timeline/build.js';
import { exportTimeline } from '../../../src/timeline/export/index.js';
import { readTimeML } from '../../../src/timeml/read.js';
import { seedReferenceDate, seedText, seedTimeline } from '../fixtures/seed.js';

describe('the timeml export', () => {
  const timeline = seedTimeline();

  it('is read back by our TimeML reader with the same text, spans and values', () => {
    const document = readTimeML(exportTimeline(timeline, 'timeml', seedText));
    expect(document.text).toBe(seedText);
    expect(document.dct).toBe(seedReferenceDate);
    expect(document.timexes.map((t) => [t.start, t.end, t.value, t.type])).toEqual(
      timeline.expressions.map((t) => [t.start, t.end, t.value, t.type]),
    );
  });

  it('asks for the text, which it writes inline', () => {
    expect(() => exportTimeline(timeline, 'timeml')).toThrow(/pass the text/);
  });

  it('rejects an unknown format by name', () => {
    expect(() => exportTimeline(timeline, 'xml' as never)).toThrow(/Unknown export format "xml": use one of json, timelinejs, csv, timeml/);
  });
});
