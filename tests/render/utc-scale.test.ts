import { scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcScale } from '../../src/render/utc-scale.js';

const instant = fc.integer({ min: -62_000_000_000_000, max: 62_000_000_000_000 });
/** Equal up to floating-point rounding (d3 interpolates as a·(1−t) + b·t, we as a + t·(b−a)). */
function expectNear(actual: number, expected: number, absolute = 1e-6): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(absolute + 1e-9 * Math.abs(expected));
}

const pixel = fc.integer({ min: -100_000, max: 100_000 });

describe('utcScale', () => {
  it('maps instants to pixels and back exactly as d3-scale’s scaleUtc does', () => {
    fc.assert(
      fc.property(instant, instant, pixel, pixel, instant, pixel, (d0, d1, r0, r1, at, x) => {
        fc.pre(d0 !== d1 && r0 !== r1);
        const ours = utcScale([new Date(d0), new Date(d1)], [r0, r1]);
        const d3 = scaleUtc().domain([new Date(d0), new Date(d1)]).range([r0, r1]);
        expectNear(ours(new Date(at)), d3(new Date(at)));
        const expected = d3.invert(x).getTime();
        // Past ±8.64e15 ms both give an Invalid Date.
        if (Number.isNaN(expected)) expect(ours.invert(x).getTime()).toBeNaN();
        else expectNear(ours.invert(x).getTime(), expected, 1); // Dates hold whole milliseconds
      }),
    );
  });

  it('maps a zero-width domain to the middle of the range, like d3', () => {
    const day = new Date('2017-07-02T00:00:00Z');
    expect(utcScale([day, day], [0, 100])(day)).toBe(scaleUtc().domain([day, day]).range([0, 100])(day));
  });

  it('returns its domain as UTC dates and its range as numbers', () => {
    const scale = utcScale([Date.UTC(2017, 0, 1), Date.UTC(2018, 0, 1)], [0, 365]);
    expect(scale.domain().map((d) => d.toISOString())).toEqual(['2017-01-01T00:00:00.000Z', '2018-01-01T00:00:00.000Z']);
    expect(scale.range()).toEqual([0, 365]);
  });

  it('copies are independent of the original', () => {
    const scale = utcScale([0, 1000], [0, 10]);
    const copy = scale.copy().range([0, 20]);
    expect(scale(500)).toBe(5);
    expect(copy(500)).toBe(10);
  });
});
