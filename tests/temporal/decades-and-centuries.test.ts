import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../../src/temporal/index.js';

const only = (text: string, referenceDate = '1998-02-19') => {
  const found = extractTimexes(text, { referenceDate });
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('decades and centuries named by their years', () => {
  it('reads a decade written in words as that decade', () => {
    expect(only('Growth was fast in the nineties.')).toMatchObject({ text: 'the nineties', type: 'DATE', value: '199' });
    expect(only('Since the Sixties, the city has grown.')).toMatchObject({ text: 'the Sixties', value: '196' });
  });

  it('keeps the part of the decade as a modifier', () => {
    expect(only('He arrived in the early seventies.')).toMatchObject({ text: 'the early seventies', value: '197', mod: 'START' });
  });

  it('takes the century from a century word before the decade', () => {
    expect(only('the eighteen-forties were hard')).toMatchObject({ text: 'the eighteen-forties', value: '184' });
  });

  it('gives a decade in words the interval of its ten years', () => {
    expect(only('Growth was fast in the nineties.').interval).toEqual({ start: '1990-01-01T00:00:00.000Z', end: '2000-01-01T00:00:00.000Z' });
  });

  it('does not read an age as a decade', () => {
    expect(extractTimexes('She is in her sixties.', { referenceDate: '1998-02-19' })).toEqual([]);
  });

  it('reads "the 1800s" and "the 1900s" as centuries, as TimeML does', () => {
    expect(only('Steam came in the 1800s.')).toMatchObject({ text: 'the 1800s', value: '18' });
    expect(only('in the late 1900s')).toMatchObject({ text: 'the late 1900s', value: '19', mod: 'END' });
  });

  it('still reads "the 1980s" and "the 2000s" as decades', () => {
    expect(only('in the 1980s')).toMatchObject({ value: '198' });
    expect(only('in the 2000s', '2015-01-01')).toMatchObject({ value: '200' });
  });
});
