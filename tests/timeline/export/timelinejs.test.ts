import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/timeline/build.js';
import { exportTimeline } from '../../../src/timeline/export/index.js';
import { toTimelineJS, type TimelineJSDate } from '../../../src/timeline/export/timelinejs.js';
import { seedTimeline } from '../fixtures/seed.js';
import { timexes } from '../fixtures/timex.js';

const timeline = seedTimeline();
const document = toTimelineJS(timeline);
const slideFor = (mention: string) => {
  const event = timeline.events.find((e) => e.mentions.some((m) => m.text === mention))!;
  return document.events.find((s) => s.unique_id === event.id)!;
};

const isDate = (date: TimelineJSDate | undefined): boolean =>
  !!date && Number.isInteger(date.year) && (date.month === undefined || (date.month >= 1 && date.month <= 12)) && (date.day === undefined || (date.month !== undefined && date.day >= 1 && date.day <= 31));

describe('the timelinejs export', () => {
  it('has one slide per event, each in the documented TimelineJS3 shape', () => {
    expect(document.events).toHaveLength(timeline.events.length);
    for (const slide of document.events) {
      expect(isDate(slide.start_date)).toBe(true);
      if (slide.end_date) expect(isDate(slide.end_date)).toBe(true);
      expect(slide.text.headline.length).toBeGreaterThan(0);
      expect(typeof slide.text.text).toBe('string');
    }
    expect(new Set(document.events.map((s) => s.unique_id)).size).toBe(document.events.length);
  });

  it('keeps the precision: a month has no day, a day has no hour', () => {
    expect(slideFor('June').start_date).toEqual({ year: 2017, month: 6 });
    expect(slideFor('June').end_date).toBeUndefined();
    expect(slideFor('Sunday').start_date).toEqual({ year: 2017, month: 7, day: 2 });
  });

  it('spells out a week, which partial dates cannot say', () => {
    const week = slideFor('Last week');
    expect(week.start_date).toEqual({ year: 2017, month: 6, day: 26 });
    expect(week.end_date).toEqual({ year: 2017, month: 7, day: 2 });
    expect(week.display_date).toMatch(/Jun 26\s?–\s?Jul 2, 2017/);
  });

  it('draws an open span from its start month to the publication day', () => {
    expect(slideFor('November')).toMatchObject({ start_date: { year: 2016, month: 11 }, end_date: { year: 2017, month: 7, day: 4 } });
  });

  it('marks the publication as its own group', () => {
    expect(document.events.find((s) => s.unique_id === 'e-reference')?.group).toBe('Publication');
  });

  it('escapes article text, which TimelineJS would render as HTML', () => {
    const text = 'Protesters chanted <b>"no more"</b> & marched on March 3, 2015.';
    const expressions = timexes(text, [{ text: 'March 3, 2015', value: '2015-03-03', granularity: 'day', interval: ['2015-03-03T00:00', '2015-03-04T00:00'], signal: 'on' }]);
    const slide = toTimelineJS(buildTimeline(text, expressions, null)).events[0]!;
    expect(slide.text.text).not.toMatch(/<b>/);
    expect(slide.text.text).toContain('&#60;b&#62;');
    expect(slide.text.text).toContain('&#38;');
  });

  it('is JSON text when exported', () => {
    expect(JSON.parse(exportTimeline(timeline, 'timelinejs'))).toEqual(document);
  });
});
