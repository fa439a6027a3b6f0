/**
 * A linear map between UTC instants and pixels: the part of d3-scale's `scaleUtc` the chart
 * uses (call, invert, domain, range, copy — what d3-zoom's `rescaleX` and d3-axis call).
 * Hand-written because every d3-scale continuous scale carries the generic interpolator
 * (d3-interpolate's colour and string interpolation, so d3-color) and `scaleUtc` carries
 * d3-time-format for its default tick format, while the chart computes its own ticks
 * (./ticks.ts) with d3-time. Saves ≈ 4 KB gzipped (docs/decisions/bundle-size.md); the tests
 * check it against `scaleUtc`.
 */
export interface UtcScale {
  (date: Date | number): number;
  domain(): [Date, Date];
  domain(domain: readonly (Date | number | { valueOf(): number })[]): UtcScale;
  range(): [number, number];
  range(range: readonly number[]): UtcScale;
  invert(x: number): Date;
  copy(): UtcScale;
}

export function utcScale(domain: readonly (Date | number)[] = [0, 1], range: readonly number[] = [0, 1]): UtcScale {
  let d0 = +domain[0]!;
  let d1 = +domain[1]!;
  let r0 = +range[0]!;
  let r1 = +range[1]!;
  // Like d3: a zero-width domain maps to the middle of the range, and vice versa.
  const scale = ((date: Date | number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((+date - d0) / (d1 - d0)) * (r1 - r0))) as UtcScale;
  scale.invert = (x) => new Date(r1 === r0 ? (d0 + d1) / 2 : d0 + ((x - r0) / (r1 - r0)) * (d1 - d0));
  scale.domain = ((next?: readonly (Date | number | { valueOf(): number })[]) => {
    if (!next) return [new Date(d0), new Date(d1)];
    d0 = +next[0]!;
    d1 = +next[1]!;
    return scale;
  }) as UtcScale['domain'];
  scale.range = ((next?: readonly number[]) => {
    if (!next) return [r0, r1];
    r0 = +next[0]!;
    r1 = +next[1]!;
    return scale;
  }) as UtcScale['range'];
  scale.copy = () => utcScale([d0, d1], [r0, r1]);
  return scale;
}
