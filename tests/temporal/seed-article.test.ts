import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../../src/temporal/index.js';

const seedDir = new URL('../../seeds/', import.meta.url);
const text = readFileSync(new URL('raqqa-2017-07-04.txt', seedDir), 'utf8');
const { referenceDate } = JSON.parse(readFileSync(new URL('raqqa-2017-07-04.json', seedDir), 'utf8')) as { referenceDate: string };
const timexes = extractTimexes(text, { referenceDate });
/** The page furniture ends where the headline starts. */
const storyStart = text.indexOf('U.S.-backed forces breach');

/** The readings a careful editor makes (seeds/README.md). */
const readings: { text: string; context: string; type: string; value: string; signal?: string }[] = [
  { text: 'Tuesday', context: 'Central Command said Tuesday', type: 'DATE', value: '2017-07-04' },
  { text: 'three years', context: 'by ISIS for three years', type: 'DURATION', value: 'P3Y', signal: 'for' },
  { text: 'November', context: 'since November', type: 'DATE', value: '2016-11', signal: 'since' },
  { text: 'June', context: 'offensive in June', type: 'DATE', value: '2017-06' },
  { text: 'Last week', context: 'Last week, SDF leaders', type: 'DATE', value: '2017-W26' },
  { text: 'Sunday', context: 'on Sunday its fighters', type: 'DATE', value: '2017-07-02' },
  { text: 'monthlong', context: 'the monthlong assault', type: 'DURATION', value: 'P1M' },
  { text: 'January', context: 'Mosul in January', type: 'DATE', value: '2017-01' },
  { text: 'May', context: 'back in May', type: 'DATE', value: '2017-05' },
];

describe('the seed article, read against its publication date', () => {
  for (const reading of readings) {
    it(`reads "${reading.text}" in "${reading.context}" as ${reading.value}`, () => {
      const at = text.indexOf(reading.context) + reading.context.indexOf(reading.text);
      const found = timexes.find((t) => t.start === at);
      expect(found).toBeDefined();
      expect(found).toMatchObject({ text: reading.text, type: reading.type, value: reading.value });
      if (reading.signal) expect(found!.signal?.kind).toBe(reading.signal);
    });
  }

  it('Last week is the ISO week Monday 26 June to Sunday 2 July', () => {
    const lastWeek = timexes.find((t) => t.text === 'Last week');
    expect(lastWeek?.interval).toEqual({ start: '2017-06-26T00:00:00.000Z', end: '2017-07-03T00:00:00.000Z' });
  });

  it('tags nothing else in the story but references to the present', () => {
    const expected = new Set(readings.map((r) => text.indexOf(r.context) + r.context.indexOf(r.text)));
    const others = timexes.filter((t) => t.start >= storyStart && !expected.has(t.start));
    expect(others.filter((t) => t.value !== 'PRESENT_REF').map((t) => t.text)).toEqual([]);
  });

  it('reads at most the "over 5 years" of the page furniture, as a duration', () => {
    const furniture = timexes.filter((t) => t.start < storyStart);
    for (const t of furniture) expect(t).toMatchObject({ type: 'DURATION', value: 'P5Y' });
  });

  it('numbers the expressions t1, t2, … in document order', () => {
    expect(timexes.map((t) => t.id)).toEqual(timexes.map((_, i) => `t${i + 1}`));
    expect([...timexes].sort((a, b) => a.start - b.start)).toEqual(timexes);
  });
});
