import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../../src/temporal/index.js';
import { extractTimeline } from '../../src/timeline/index.js';

/** A history read in 2009, as WikiWars was. */
const read = (text: string, referenceDate = '2009-12-19') => extractTimexes(text, { referenceDate });
const only = (text: string, referenceDate?: string) => {
  const found = read(text, referenceDate);
  expect(found.map((t) => t.text)).toHaveLength(1);
  return found[0]!;
};

describe('years before Christ', () => {
  it('take the TIMEX2 form of the value, BC and four digits, and the interval of the astronomical year', () => {
    expect(only('Caesar besieged Alesia in 52 BC.')).toMatchObject({
      text: '52 BC', type: 'DATE', value: 'BC0052', granularity: 'year',
      interval: { start: '-000051-01-01T00:00:00.000Z', end: '-000050-01-01T00:00:00.000Z' },
    });
    expect(only('Carthage fell in 146 B.C.')).toMatchObject({ text: '146 B.C.', value: 'BC0146' });
    expect(only('The calendar was reformed in 46 BCE.')).toMatchObject({ text: '46 BCE', value: 'BC0046' });
  });

  it('carry the month, day or season named before them', () => {
    expect(only('Having crossed into Europe in April 480 BC, the army marched.')).toMatchObject({ text: 'April 480 BC', value: 'BC0480-04' });
    expect(only('The congress met again in the spring of 480 BC.')).toMatchObject({ text: 'the spring of 480 BC', value: 'BC0480-SP' });
    expect(only('Caesar was killed on 15 March 44 BC.')).toMatchObject({ text: '15 March 44 BC', value: 'BC0044-03-15' });
  });

  it('lend their era to the first year of a range: "499-493 BC", "from 264 to 241 BC"', () => {
    expect(read('The Ionian Revolt (499-493 BC) failed.').map((t) => [t.text, t.value])).toEqual([['499', 'BC0499'], ['493 BC', 'BC0493']]);
    expect(read('The war lasted from 264 to 241 BC.').map((t) => [t.text, t.value])).toEqual([['264', 'BC0264'], ['241 BC', 'BC0241']]);
    expect(read('a stalemate for the rest of 496 and 495 BC').map((t) => [t.text, t.value, t.mod])).toEqual([['the rest of 496', 'BC0496', 'END'], ['495 BC', 'BC0495', undefined]]);
  });

  it('name decades and centuries counted back from the epoch', () => {
    expect(only('Throughout the 470s BC, the League campaigned.')).toMatchObject({ text: 'the 470s BC', value: 'BC047', granularity: 'decade' });
    expect(only('Athens flourished in the 4th century BC.')).toMatchObject({ text: 'the 4th century BC', value: 'BC03', granularity: 'century' });
    expect(only('by the middle of the 9th century BC')).toMatchObject({ text: 'the middle of the 9th century BC', value: 'BC08', mod: 'MID' });
  });

  it('anchor the narrative that follows them', () => {
    const found = read('Darius ordered a campaign in 491 BC. The following year, the fleet sailed.');
    expect(found.map((t) => [t.text, t.value])).toEqual([['491 BC', 'BC0491'], ['The following year', 'BC0490']]);
    const story = read('Xerxes marched in 481 BC and 480 BC. The fleet waited at Salamis into September.');
    expect(story.at(-1)).toMatchObject({ text: 'September', value: 'BC0480-09' });
  });
});

describe('years of our era below 1000', () => {
  it('are years where an era word or "the year" says so', () => {
    expect(only('Charlemagne was crowned in AD 800 in Rome.')).toMatchObject({ text: 'AD 800', value: '0800' });
    expect(only('Rome was sacked in 410 AD by the Visigoths.')).toMatchObject({ text: '410 AD', value: '0410' });
    expect(only('Tariq crossed into Spain in the year 711.')).toMatchObject({ text: 'the year 711', value: '0711', interval: { start: '0711-01-01T00:00:00.000Z', end: '0712-01-01T00:00:00.000Z' } });
  });

  it('are not read from bare numbers, amounts or names', () => {
    for (const text of [
      '1,500 troops crossed the river.', '711 soldiers died.', 'See page 711.', 'It cost $711.', 'There were rises in 711 cases.',
      'Flight 711 landed.', 'an ad 800 people saw', 'He scored 499 points in 490 games.',
    ]) expect(read(text), text).toEqual([]);
  });

  it('leave "BC" after a year and before a name to the name: "the 2010 BC Liberals" is British Columbia\'s', () => {
    expect(only('The 2010 BC Liberals won the vote.')).toMatchObject({ text: '2010', value: '2010' });
    expect(only('In 1200 BC the palaces burned.')).toMatchObject({ text: '1200 BC', value: 'BC1200' });
    expect(only('By 3000 BC Egypt was one kingdom.')).toMatchObject({ text: '3000 BC', value: 'BC3000' });
  });
});

describe('ranges of days joined by words', () => {
  it('give the first day the month of the second: "the 28 and 29 August", "from 15 to 22 February"', () => {
    expect(read('The line was breached on the 28 and 29 August 1918.').map((t) => [t.text, t.value])).toEqual([['the 28', '1918-08-28'], ['29 August 1918', '1918-08-29']]);
    expect(read('From 15 to 22 February 1984, Iran attacked.').map((t) => [t.text, t.value])).toEqual([['15', '1984-02-15'], ['22 February 1984', '1984-02-22']]);
  });

  it('read a bare number after "and" as a day only with its suffix or before punctuation', () => {
    expect(read('It fell on May 6 and 7th, 1954, after a siege.').map((t) => [t.text, t.value])).toEqual([['May 6', '1954-05-06'], ['7th, 1954', '1954-05-07']]);
    expect(read('They met on March 3, 2013 and 4 others joined later.').map((t) => t.text)).toEqual(['March 3, 2013']);
    expect(read('On March 3 and 4 others joined.', '2013-03-10').map((t) => t.text)).toEqual(['March 3']);
  });
});

describe('a timeline of a history before Christ', () => {
  it('places its events on their BC intervals', () => {
    const text = 'The revolt lasted from 499 to 493 BC. In 490 BC the Persians landed at Marathon.';
    const timeline = extractTimeline(text, { referenceDate: '2009-12-19' });
    const marathon = timeline.events.find((e) => e.value === 'BC0490');
    expect(marathon).toMatchObject({ start: '-000489-01-01T00:00:00.000Z', end: '-000488-01-01T00:00:00.000Z' });
  });
});
