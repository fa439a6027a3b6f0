/**
 * Stands in for d3-interpolate in the element bundle (scripts/esbuild-plugins/d3-stand-ins.js
 * points every `d3-interpolate` import except this file's own here). d3-scale's continuous
 * scales take d3's generic `interpolate` as their default, and its string and colour branches
 * bring all of d3-color (≈ 3.5 KB gzipped) although the chart's ranges are numbers. This
 * `interpolate` takes d3's number and Date branches exactly as d3 does and refuses strings,
 * colours, arrays and objects with a clear error; everything else is the real d3-interpolate
 * (tests/scripts/d3-stand-ins.test.ts compares the two). Why: docs/decisions/bundle-size.md.
 */
import { interpolateDate, interpolateNumber, piecewise as realPiecewise } from 'd3-interpolate';

export * from 'd3-interpolate';

type Interpolator = (t: number) => unknown;

/** d3's `interpolate(a, b)` for numbers, Dates, number-like objects, null/undefined and booleans. */
export function interpolate(a: unknown, b: unknown): Interpolator {
  if (b == null || typeof b === 'boolean') return () => b;
  if (typeof b === 'number') return interpolateNumber(a as number, b);
  if (b instanceof Date) return interpolateDate(a as Date, b);
  // d3 interpolates any other object that converts to a number (valueOf) as a number.
  if (typeof b === 'object' && !Array.isArray(b) && !ArrayBuffer.isView(b) && !Number.isNaN(Number(b))) {
    return interpolateNumber(a as number, b as unknown as number);
  }
  throw new Error(`interpolate: the <news-timeline> bundle interpolates numbers and dates only, not ${typeof b === 'string' ? JSON.stringify(b) : Object.prototype.toString.call(b)}`);
}

/** d3's `piecewise`, whose one-argument form uses the `interpolate` above. */
export function piecewise(interpolator: unknown, values?: unknown[]): Interpolator {
  return values === undefined
    ? realPiecewise(interpolate as never, interpolator as unknown[])
    : realPiecewise(interpolator as never, values);
}
