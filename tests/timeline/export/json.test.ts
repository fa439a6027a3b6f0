import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/timeline/build.js';
import { exportTimeline } from '../../../src/timeline/export/index.js';
import { parseTimelineJSON, TimelineFormatError } from '../../../src/timeline/parse.js';
import { seedText, seedTimeline } from '../fixtures/seed.js';

const schema = JSON.parse(readFileSync(new URL('../../../docs/timeline.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);
const timeline = seedTimeline();

describe('the json export', () => {
  it('validates against docs/timeline.schema.json', () => {
    const valid = validate(JSON.parse(exportTimeline(timeline, 'json')));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('validates without a reference date too', () => {
    const withoutReference = buildTimeline(seedText, seedTimeline().expressions, null);
    expect(validate(JSON.parse(exportTimeline(withoutReference, 'json')))).toBe(true);
  });

  it('is read back by parseTimelineJSON as the same timeline', () => {
    expect(parseTimelineJSON(exportTimeline(timeline, 'json'))).toEqual(timeline);
  });

  it('the schema rejects what parseTimelineJSON rejects', () => {
    const broken = JSON.parse(exportTimeline(timeline, 'json'));
    broken.events[0].kind = 'moment';
    expect(validate(broken)).toBe(false);
    expect(() => parseTimelineJSON(JSON.stringify(broken))).toThrow(TimelineFormatError);
  });
});

describe('parseTimelineJSON errors name the bad field', () => {
  const good = JSON.parse(exportTimeline(timeline, 'json'));
  const withChange = (change: (doc: typeof good) => void): string => {
    const doc = structuredClone(good);
    change(doc);
    return JSON.stringify(doc);
  };

  it.each([
    ['not JSON', '{', /\$: not JSON/],
    ['a foreign document', '{"events": []}', /\$\.format: expected "news-timeline\/1"/],
    ['a bad reference date', withChange((d) => (d.referenceDate = 'July 4')), /\$\.referenceDate/],
    ['an event start that is not an instant', withChange((d) => (d.events[1].start = '2017-06')), /\$\.events\[1\]\.start: expected a UTC instant/],
    ['an end before the start', withChange((d) => (d.events[1].end = '1999-01-01T00:00:00.000Z')), /\$\.events\[1\]\.end: end is before start/],
    ['an unknown kind', withChange((d) => (d.events[0].kind = 'moment')), /\$\.events\[0\]\.kind: expected one of point, period/],
    ['a negative mention offset', withChange((d) => (d.events[0].mentions[0].start = -1)), /mentions\[0\]\.start/],
    ['a missing expressions list', withChange((d) => delete d.expressions), /\$\.expressions: expected an array/],
    ['an expression of unknown type', withChange((d) => (d.expressions[0].type = 'EVENT')), /\$\.expressions\[0\]\.type/],
  ])('rejects %s', (_name, json, message) => {
    expect(() => parseTimelineJSON(json)).toThrow(message);
  });
});
