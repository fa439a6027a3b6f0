import { describe, expect, it } from 'vitest';
import type { Timex } from '../../src/temporal/types.js';
import { buildTimeline } from '../../src/timeline/build.js';
import type { TimelineEvent } from '../../src/timeline/types.js';
import { seedReferenceDate, seedText, seedTimexes } from './fixtures/seed.js';
import { timexes } from './fixtures/timex.js';

const byMention = (events: TimelineEvent[], text: string): TimelineEvent => {
  const event = events.find((e) => e.mentions.some((m) => m.text === text));
  if (!event) throw new Error(`no event mentions "${text}"`);
  return event;
};

describe('buildTimeline on the seed article (hand-made tagger output)', () => {
  const timeline = buildTimeline(seedText, seedTimexes(), seedReferenceDate);

  it('has exactly the nine events of the story plus the publication', () => {
    expect(timeline.events).toHaveLength(10);
    const mentioned = timeline.events.flatMap((e) => e.mentions.map((m) => m.text)).sort();
    expect(mentioned).toEqual(['January', 'June', 'Last week', 'May', 'November', 'Sunday', 'Tuesday', 'monthlong', 'three years'].sort());
    expect(timeline.events.filter((e) => e.kind === 'reference').map((e) => e.id)).toEqual(['e-reference']);
  });

  it('drops the page furniture and the vague "now" but keeps them as expressions', () => {
    expect(timeline.expressions.map((t) => t.text)).toContain('over 5 years');
    expect(timeline.expressions.map((t) => t.text)).toContain('now');
    expect(timeline.events.some((e) => e.mentions.some((m) => m.text === 'over 5 years' || m.text === 'now'))).toBe(false);
  });

  it('draws "since November" as an open span from 2016-11-01 to the end of the publication day', () => {
    const since = byMention(timeline.events, 'November');
    expect(since).toMatchObject({ kind: 'open', start: '2016-11-01T00:00:00.000Z', end: '2017-07-05T00:00:00.000Z', granularity: 'month' });
  });

  it('draws durations tied to the story as spans ending at publication', () => {
    const occupied = byMention(timeline.events, 'three years');
    expect(occupied).toMatchObject({ kind: 'span', start: '2014-07-05T00:00:00.000Z', end: '2017-07-05T00:00:00.000Z', value: 'P3Y' });
    const assault = byMention(timeline.events, 'monthlong');
    expect(assault).toMatchObject({ kind: 'span', start: '2017-06-05T00:00:00.000Z', end: '2017-07-05T00:00:00.000Z', value: 'P1M' });
  });

  it('draws days as points and coarser dates as periods over their extent', () => {
    expect(byMention(timeline.events, 'Sunday')).toMatchObject({ kind: 'point', start: '2017-07-02T00:00:00.000Z', end: '2017-07-03T00:00:00.000Z' });
    expect(byMention(timeline.events, 'June')).toMatchObject({ kind: 'period', granularity: 'month', start: '2017-06-01T00:00:00.000Z', end: '2017-07-01T00:00:00.000Z' });
    expect(byMention(timeline.events, 'Last week')).toMatchObject({ kind: 'period', granularity: 'week', start: '2017-06-26T00:00:00.000Z' });
  });

  it('sorts events by start, end, then id, with ids taken from the source span', () => {
    const keys = timeline.events.map((e) => `${e.start}|${e.end}|${e.id}`);
    expect(keys).toEqual([...keys].sort());
    for (const event of timeline.events.filter((e) => e.kind !== 'reference')) {
      const first = event.mentions[0]!;
      expect(event.id).toBe(`e-${first.start}-${event.mentions.at(-1)!.end}`);
      expect(seedText.slice(first.start, first.end)).toBe(first.text);
      expect(seedText.slice(event.sentenceRange.start, event.sentenceRange.end)).toBe(event.sentence);
    }
  });

  it('titles each event with what happened in its clause, not with the date', () => {
    const expectedWord: Record<string, RegExp> = {
      Tuesday: /advance|said|breach/i,
      'three years': /occupied/i,
      November: /closing/i,
      June: /offensive/i,
      'Last week': /announced|encircled/i,
      Sunday: /entered/i,
      monthlong: /killed/i,
      January: /liberated/i,
      May: /seiz/i,
    };
    for (const [mention, word] of Object.entries(expectedWord)) {
      const title = byMention(timeline.events, mention).title;
      expect(title, mention).toMatch(word);
      expect(title.toLowerCase(), mention).not.toContain(mention.toLowerCase());
      expect(title.split(/\s+/).length, mention).toBeLessThanOrEqual(12);
    }
  });
});

describe('buildTimeline rules', () => {
  it('merges the same happening mentioned twice on the same date into one event with two mentions', () => {
    const text = 'Rebels captured the airport on March 3, 2015. Officials confirmed the rebels captured the airport on March 3, 2015, after a long siege.';
    const day: [string, string] = ['2015-03-03T00:00', '2015-03-04T00:00'];
    const expressions = timexes(text, [
      { text: 'March 3, 2015', value: '2015-03-03', granularity: 'day', interval: day, signal: 'on' },
      { text: 'March 3, 2015', after: 'Officials', value: '2015-03-03', granularity: 'day', interval: day, signal: 'on' },
    ]);
    const { events } = buildTimeline(text, expressions, null);
    expect(events).toHaveLength(1);
    expect(events[0]!.mentions.map((m) => m.timexId)).toEqual(['t1', 't2']);
  });

  it('keeps different happenings on the same date apart', () => {
    const text = 'Rebels captured the airport on Sunday. On Sunday, the president flew to Geneva for peace talks.';
    const day: [string, string] = ['2017-07-02T00:00', '2017-07-03T00:00'];
    const expressions = timexes(text, [
      { text: 'Sunday', value: '2017-07-02', granularity: 'day', interval: day, signal: 'on' },
      { text: 'Sunday', after: 'On', value: '2017-07-02', granularity: 'day', interval: day, signal: 'on' },
    ]);
    const { events } = buildTimeline(text, expressions, '2017-07-04');
    expect(events.filter((e) => e.kind === 'point')).toHaveLength(2);
  });

  it('makes one span of a range "from X to Y"', () => {
    const text = 'The exhibition ran from May 2015 to August 2016 in the capital.';
    const expressions = timexes(text, [
      { text: 'May 2015', value: '2015-05', granularity: 'month', interval: ['2015-05-01T00:00', '2015-06-01T00:00'], signal: 'from', rangeWith: 't2' },
      { text: 'August 2016', value: '2016-08', granularity: 'month', interval: ['2016-08-01T00:00', '2016-09-01T00:00'], signal: 'to', rangeWith: 't1' },
    ]);
    const { events } = buildTimeline(text, expressions, null);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'span', start: '2015-05-01T00:00:00.000Z', end: '2016-09-01T00:00:00.000Z', value: '2015-05/2016-08' });
    expect(events[0]!.mentions).toHaveLength(2);
    expect(events[0]!.title).toMatch(/exhibition ran/i);
  });

  it('leaves sets and unanchored dates out of the events but keeps them as expressions', () => {
    const text = 'The council meets every Tuesday. It last met in November.';
    const expressions = timexes(text, [
      { text: 'every Tuesday', type: 'SET', value: 'XXXX-WXX-2', granularity: 'day' },
      { text: 'November', value: 'XXXX-11', granularity: 'month', signal: 'in' },
    ]);
    const timeline = buildTimeline(text, expressions, null);
    expect(timeline.events).toEqual([]);
    expect(timeline.expressions).toHaveLength(2);
  });

  it('does not turn a duration that is not tied to the story into a span', () => {
    const text = 'Stocks in Singapore hit a five year low as the currency fell.';
    const expressions = timexes(text, [{ text: 'five year', type: 'DURATION', value: 'P5Y', granularity: 'year' }]);
    expect(buildTimeline(text, expressions, '1998-01-08').events.filter((e) => e.kind !== 'reference')).toEqual([]);
  });

  it('ends a duration at the expression it is anchored to', () => {
    const text = 'He led the party for two years until 2010, when he resigned.';
    const expressions = timexes(text, [
      { text: 'two years', type: 'DURATION', value: 'P2Y', granularity: 'year', signal: 'for', anchor: { kind: 'expression', id: 't2' } },
      { text: '2010', value: '2010', granularity: 'year', interval: ['2010-01-01T00:00', '2011-01-01T00:00'], signal: 'until' },
    ]);
    const span = buildTimeline(text, expressions, null).events.find((e) => e.value === 'P2Y');
    expect(span).toMatchObject({ kind: 'span', start: '2009-01-01T00:00:00.000Z', end: '2011-01-01T00:00:00.000Z' });
  });

  it('draws a duration counted on from a date ("three days later") where it lands, as a point of its own', () => {
    const text = 'The plant closed on March 2. Three days later, workers protested.';
    const expressions = timexes(text, [
      { text: 'March 2', value: '2010-03-02', granularity: 'day', interval: ['2010-03-02T00:00', '2010-03-03T00:00'], signal: 'on' },
      { text: 'Three days', type: 'DURATION', value: 'P3D', granularity: 'day', signal: 'later', anchor: { kind: 'expression', id: 't1' }, interval: ['2010-03-05T00:00', '2010-03-06T00:00'] },
    ]);
    const landing = buildTimeline(text, expressions, '2010-03-20').events.find((e) => e.value === 'P3D');
    expect(landing).toMatchObject({ kind: 'point', start: '2010-03-05T00:00:00.000Z', end: '2010-03-06T00:00:00.000Z', title: 'Workers protested' });
  });

  it('maps TIMEX3 modifiers to event modifiers', () => {
    const text = 'The talks collapsed in early 2016 amid recriminations.';
    const expressions = timexes(text, [{ text: 'early 2016', value: '2016', granularity: 'year', mod: 'START', interval: ['2016-01-01T00:00', '2016-05-01T00:00'], signal: 'in' }]);
    expect(buildTimeline(text, expressions, null).events[0]).toMatchObject({ mod: 'early', timexMod: 'START', kind: 'period' });
  });

  it('warns when "since X" has no reference date to end at', () => {
    const text = 'The border has been closed since March 2014 by order of the ministry.';
    const expressions = timexes(text, [{ text: 'March 2014', value: '2014-03', granularity: 'month', interval: ['2014-03-01T00:00', '2014-04-01T00:00'], signal: 'since' }]);
    const timeline = buildTimeline(text, expressions, null);
    expect(timeline.events[0]).toMatchObject({ kind: 'open', start: '2014-03-01T00:00:00.000Z' });
    expect(timeline.warnings.join()).toMatch(/no reference date/);
  });

  it('rejects an invalid reference date with a message saying what is expected', () => {
    expect(() => buildTimeline('text', [], '2017-02-30')).toThrow(/no such calendar day/);
    expect(() => buildTimeline('text', [], 'yesterday')).toThrow(/YYYY-MM-DD/);
  });

  it('gives an empty text an empty timeline with only the publication', () => {
    expect(buildTimeline('', [], '2017-07-04').events.map((e) => e.id)).toEqual(['e-reference']);
    expect(buildTimeline('', [], null).events).toEqual([]);
  });
});

describe('buildTimeline on arbitrary input', () => {
  it('never throws, keeps events sorted with unique ids, and keeps every expression', async () => {
    const fc = (await import('fast-check')).default;
    const values: [string, string, [string, string] | undefined][] = [
      ['2017-06', 'month', ['2017-06-01T00:00', '2017-07-01T00:00']],
      ['2017-07-02', 'day', ['2017-07-02T00:00', '2017-07-03T00:00']],
      ['P3Y', 'year', undefined],
      ['PRESENT_REF', 'unknown', undefined],
    ];
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.nat(3), fc.constantFrom(undefined, 'since', 'for', 'on') ), { maxLength: 6 }),
        fc.boolean(),
        (text, picks, withReference) => {
          const expressions = picks.map(([at, length, which, signal], n) => {
            const start = text.length === 0 ? 0 : at % text.length;
            const end = Math.min(text.length, start + length);
            const [value, granularity, interval] = values[which]!;
            const timex: Timex = { id: `t${n + 1}`, start, end, text: text.slice(start, end), type: value.startsWith('P') ? 'DURATION' : 'DATE', value, granularity: granularity as Timex['granularity'], rule: 'random' };
            if (interval) timex.interval = { start: `${interval[0]}:00.000Z`, end: `${interval[1]}:00.000Z` };
            if (signal) timex.signal = { kind: signal as 'since', text: signal, start, end: start };
            return timex;
          });
          const timeline = buildTimeline(text, expressions, withReference ? '2017-07-04' : null);
          const keys = timeline.events.map((e) => `${e.start}|${e.end}|${e.id}`);
          expect(keys).toEqual([...keys].sort());
          expect(new Set(timeline.events.map((e) => e.id)).size).toBe(timeline.events.length);
          expect(timeline.expressions).toEqual(expressions);
          for (const e of timeline.events) expect(e.title.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
