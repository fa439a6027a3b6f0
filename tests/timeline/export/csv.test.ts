import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/timeline/build.js';
import { csvField, toCSV } from '../../../src/timeline/export/csv.js';
import { seedTimeline } from '../fixtures/seed.js';
import { timexes } from '../fixtures/timex.js';

/** A small RFC 4180 reader, so the test checks the export by reading it back. */
function parseCSV(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && csv[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('the csv export', () => {
  const timeline = seedTimeline();
  const rows = parseCSV(toCSV(timeline));

  it('has a header row and one row per event, every row as wide as the header', () => {
    expect(rows[0]).toEqual(['id', 'kind', 'start', 'end', 'granularity', 'mod', 'value', 'title', 'mentions', 'sentence']);
    expect(rows).toHaveLength(timeline.events.length + 1);
    for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
  });

  it('reads back the same titles and sentences, commas and quotes included', () => {
    expect(rows.slice(1).map((r) => r[7])).toEqual(timeline.events.map((e) => e.title));
    expect(rows.slice(1).map((r) => r[9])).toEqual(timeline.events.map((e) => e.sentence));
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const cell of ['=HYPERLINK("x")', '+1', '-1+2', '@SUM(A1)']) expect(csvField(cell).replace(/^"/, '').startsWith("'")).toBe(true);
    const text = '=SUM(A1:A9) was typed by rioters who stormed the hall on March 3, 2015.';
    const expressions = timexes(text, [{ text: 'March 3, 2015', value: '2015-03-03', granularity: 'day', interval: ['2015-03-03T00:00', '2015-03-04T00:00'], signal: 'on' }]);
    const sentenceCell = parseCSV(toCSV(buildTimeline(text, expressions, null)))[1]![9]!;
    expect(sentenceCell.startsWith("'=")).toBe(true);
  });
});
