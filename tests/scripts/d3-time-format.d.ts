// The real d3-time-format, which the tests compare with its stand-in (no @types package installed).
declare module 'd3-time-format' {
  export function utcFormat(specifier: string): (date: Date | number) => string;
}
