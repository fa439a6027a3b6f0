import { describe, expect, it } from 'vitest';
import { exportTimeline, extractTimeline, parseTimelineJSON } from '../../src/timeline/index.js';
import { seedReferenceDate, seedText } from './fixtures/seed.js';

const eventOf = (mention: string) => {
  const { events } = extractTimeline(seedText, { referenceDate: seedReferenceDate });
  return events.find((e) => e.mentions.some((m) => m.text === mention));
};

describe('extractTimeline on the seed article, with the real tagger', () => {
  const timeline = extractTimeline(seedText, { referenceDate: seedReferenceDate });

  it('finds exactly the nine dated events of the story and the publication, nothing else', () => {
    const dated = timeline.events.filter((e) => e.kind !== 'reference');
    expect(dated.flatMap((e) => e.mentions.map((m) => m.text)).sort()).toEqual(
      ['January', 'June', 'Last week', 'May', 'November', 'Sunday', 'Tuesday', 'monthlong', 'three years'].sort(),
    );
    expect(dated).toHaveLength(9);
    expect(timeline.events.filter((e) => e.kind === 'reference')).toHaveLength(1);
  });

  it('reads them as a careful reader does (seeds/README.md)', () => {
    expect(eventOf('Tuesday')).toMatchObject({ kind: 'point', start: '2017-07-04T00:00:00.000Z' });
    expect(eventOf('three years')).toMatchObject({ kind: 'span', end: '2017-07-05T00:00:00.000Z', value: 'P3Y' });
    expect(eventOf('November')).toMatchObject({ kind: 'open', start: '2016-11-01T00:00:00.000Z', end: '2017-07-05T00:00:00.000Z' });
    expect(eventOf('June')).toMatchObject({ kind: 'period', start: '2017-06-01T00:00:00.000Z', end: '2017-07-01T00:00:00.000Z' });
    expect(eventOf('Last week')).toMatchObject({ kind: 'period', start: '2017-06-26T00:00:00.000Z', end: '2017-07-03T00:00:00.000Z' });
    expect(eventOf('Sunday')).toMatchObject({ kind: 'point', start: '2017-07-02T00:00:00.000Z' });
    expect(eventOf('monthlong')).toMatchObject({ kind: 'span', end: '2017-07-05T00:00:00.000Z', value: 'P1M' });
    expect(eventOf('January')).toMatchObject({ kind: 'period', start: '2017-01-01T00:00:00.000Z' });
    expect(eventOf('May')).toMatchObject({ kind: 'period', start: '2017-05-01T00:00:00.000Z' });
  });

  it('makes no event of the page furniture ("This story is over 5 years old")', () => {
    const furnitureStart = seedText.indexOf('over 5 years');
    const furnitureEnd = furnitureStart + 'over 5 years old'.length;
    const onFurniture = (m: { start: number; end: number }) => m.start < furnitureEnd && m.end > furnitureStart;
    expect(timeline.events.some((e) => e.mentions.some(onFurniture))).toBe(false);
  });

  it('titles every event with words of its sentence, not the date', () => {
    for (const event of timeline.events.filter((e) => e.kind !== 'reference')) {
      expect(event.title.split(' ').length).toBeLessThanOrEqual(12);
      for (const mention of event.mentions) expect(event.title.toLowerCase()).not.toContain(mention.text.toLowerCase());
    }
  });

  it('round-trips through its json export', () => {
    expect(parseTimelineJSON(exportTimeline(timeline, 'json'))).toEqual(timeline);
  });

  it('without a reference date anchors nothing relative and adds no publication event', () => {
    const unanchored = extractTimeline(seedText);
    expect(unanchored.referenceDate).toBeNull();
    expect(unanchored.events.some((e) => e.kind === 'reference')).toBe(false);
  });

  it('rejects a bad reference date with a clear message', () => {
    expect(() => extractTimeline(seedText, { referenceDate: 'last Tuesday' })).toThrow(/expected YYYY-MM-DD/);
  });
});
