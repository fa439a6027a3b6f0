import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as realInterpolate from 'd3-interpolate';
import { scaleUtc as realScaleUtc } from 'd3-scale';
import { utcFormat as realUtcFormat } from 'd3-time-format';
import { describe, expect, it } from 'vitest';
import { interpolate, piecewise } from '../../scripts/esbuild-plugins/stand-ins/d3-interpolate.js';
import { timeFormat, utcFormat } from '../../scripts/esbuild-plugins/stand-ins/d3-time-format.js';
import { bundleInMemory } from './bundle-in-memory.js';

/** The specifiers of d3-scale's default time tick format (`calendar` in d3-scale). */
const TICK_SPECIFIERS = ['.%L', ':%S', '%I:%M', '%I %p', '%a %d', '%b %d', '%B', '%Y'];

const MS_PER_YEAR = 365.2425 * 864e5;
/** Instants from 20,000 BC to 20,000 AD (both ends beyond d3's four-digit years). */
const instants = fc.integer({ min: Math.round(-22_000 * MS_PER_YEAR), max: Math.round(18_000 * MS_PER_YEAR) });

/** A UTC instant; unlike Date.UTC, years 0–99 are those years, not 1900–1999. */
function utc(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0, ms = 0): Date {
  const date = new Date(Date.UTC(2000, month, day, hours, minutes, seconds, ms));
  date.setUTCFullYear(year);
  return date;
}

const corners = [
  utc(2017, 6, 4),
  utc(2017, 6, 4, 12),
  utc(2017, 6, 4, 0, 59, 59, 999),
  utc(2017, 6, 4, 23, 5, 7, 9),
  utc(1999, 11, 31, 11, 59),
  utc(44, 2, 15),
  utc(0, 0, 1),
  utc(-43, 2, 15),
  utc(-9999, 0, 1),
  utc(-10000, 0, 1),
  utc(12345, 8, 30),
];

describe('the d3-time-format stand-in', () => {
  it("writes every default tick format of d3-scale exactly as d3-time-format does, BC years included", () => {
    for (const specifier of TICK_SPECIFIERS) {
      const ours = utcFormat(specifier);
      const d3 = realUtcFormat(specifier);
      for (const date of corners) expect(ours(date), `${specifier} ${date.toISOString()}`).toBe(d3(date));
      fc.assert(
        fc.property(instants, (ms) => {
          expect(ours(new Date(ms)), specifier).toBe(d3(new Date(ms)));
          expect(ours(ms), specifier).toBe(d3(ms));
        }),
        { numRuns: 400 },
      );
    }
  });

  it('writes an invalid date as d3-time-format does', () => {
    for (const specifier of [...TICK_SPECIFIERS, '%Y-%b-%d %I:%M:%S.%L %p (%a %B)']) {
      expect(utcFormat(specifier)(new Date(Number.NaN))).toBe(realUtcFormat(specifier)(new Date(Number.NaN)));
    }
  });

  it('keeps the literal text around the directives', () => {
    const date = new Date(Date.UTC(2017, 6, 4, 15, 30));
    expect(utcFormat('on %a %d %B %Y at %I:%M %p!')(date)).toBe(realUtcFormat('on %a %d %B %Y at %I:%M %p!')(date));
  });

  it('refuses a directive it does not implement instead of writing something else', () => {
    expect(() => utcFormat('%Y-%m-%d')).toThrow(/%m is not in the <news-timeline> bundle/);
    expect(() => utcFormat('%-d')).toThrow(/%- is not in the <news-timeline> bundle/);
  });

  it('refuses local-time formats: nothing is written in the viewer’s zone', () => {
    expect(() => timeFormat('%B')).toThrow(/UTC only/);
  });
});

describe('the d3-interpolate stand-in', () => {
  const ts = [0, 0.25, 0.5, 1, -0.5, 1.5];

  it('interpolates numbers, Dates and number-like objects exactly as d3 does', () => {
    const pairs: [unknown, unknown][] = [
      [0, 1],
      [-3.5, 120],
      [10, 10],
      ['7', 3],
      [null, 5],
      [new Date(Date.UTC(2017, 0, 1)), new Date(Date.UTC(2018, 0, 1))],
      [0, new Date(Date.UTC(-43, 2, 15))],
      [new Number(2), new Number(4)],
      [0, { valueOf: () => 12 }],
    ];
    for (const [a, b] of pairs) {
      const ours = interpolate(a, b);
      const d3 = realInterpolate.interpolate(a as never, b as never) as (t: number) => unknown;
      for (const t of ts) expect(ours(t)).toEqual(d3(t));
    }
  });

  it('gives null, undefined and booleans back unchanged, as d3 does', () => {
    for (const b of [null, undefined, true, false]) {
      expect(interpolate(1, b)(0.5)).toBe(realInterpolate.interpolate(1, b as never)(0.5));
    }
  });

  it('refuses colours, strings, arrays and objects with a clear error', () => {
    for (const b of ['red', '#fff', '10px', [1, 2], new Float64Array(2), { x: 1 }]) {
      expect(() => interpolate(0, b)).toThrow(/interpolates numbers and dates only/);
    }
  });

  it('uses the stand-in interpolate in the one-argument piecewise', () => {
    expect(piecewise([0, 10, 30])(0.75)).toBe(realInterpolate.piecewise([0, 10, 30])(0.75));
    expect(piecewise(realInterpolate.interpolateRound, [0, 10, 30])(0.3)).toBe(6);
    expect(() => piecewise(['red', 'blue'])).toThrow(/numbers and dates only/);
  });
});

describe('d3-scale with the stand-ins, bundled as the element bundle is', () => {
  async function bundledScaleUtc(): Promise<typeof realScaleUtc> {
    const dir = mkdtempSync(join(tmpdir(), 'd3-stand-ins-'));
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, "export { scaleUtc } from 'd3-scale';");
    const { code, inputs } = await bundleInMemory({ entryPoints: [entry], nodePaths: [join(process.cwd(), 'node_modules')] });
    expect(inputs).toContain('stand-ins/d3-time-format.ts');
    expect(inputs).not.toContain('node_modules/d3-time-format/');
    expect(inputs).not.toContain('node_modules/d3-color/');
    const out = join(dir, 'scale.mjs');
    writeFileSync(out, code);
    return ((await import(pathToFileURL(out).href)) as { scaleUtc: typeof realScaleUtc }).scaleUtc;
  }

  it('labels the ticks of every zoom level as d3 does and maps dates to the same pixels', async () => {
    const scaleUtc = await bundledScaleUtc();
    const domains: [number, number][] = [
      [Date.UTC(-500, 0, 1), Date.UTC(2020, 0, 1)],
      [Date.UTC(-44, 0, 1), Date.UTC(-40, 0, 1)],
      [Date.UTC(2017, 0, 1), Date.UTC(2018, 0, 1)],
      [Date.UTC(2017, 6, 1), Date.UTC(2017, 7, 1)],
      [Date.UTC(2017, 6, 1), Date.UTC(2017, 6, 9)],
      [Date.UTC(2017, 6, 4), Date.UTC(2017, 6, 5)],
      [Date.UTC(2017, 6, 4, 9), Date.UTC(2017, 6, 4, 11)],
      [Date.UTC(2017, 6, 4, 9, 0), Date.UTC(2017, 6, 4, 9, 1)],
      [Date.UTC(2017, 6, 4, 9, 0, 0), Date.UTC(2017, 6, 4, 9, 0, 1)],
    ];
    for (const [start, end] of domains) {
      const ours = scaleUtc([new Date(start), new Date(end)], [0, 800]);
      const d3 = realScaleUtc([new Date(start), new Date(end)], [0, 800]);
      const ticks = d3.ticks(12);
      expect(ours.ticks(12)).toEqual(ticks);
      expect(ticks.map(ours.tickFormat())).toEqual(ticks.map(d3.tickFormat()));
      expect(ticks.map((tick) => ours(tick))).toEqual(ticks.map((tick) => d3(tick)));
      expect(ours.invert(321)).toEqual(d3.invert(321));
    }
  });
});
