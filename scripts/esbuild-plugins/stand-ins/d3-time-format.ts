/**
 * Stands in for d3-time-format in the element bundle (scripts/esbuild-plugins/d3-stand-ins.js
 * points the `d3-time-format` import here). d3-scale is its only importer: `scaleUtc` builds its
 * default multi-scale tick format from eight specifiers when the scale is created, although the
 * chart writes its own tick labels (src/render/ticks.ts). The real module builds its whole
 * en-US locale (parsers, regexps, every directive) at import, ≈ 3.5 KB gzipped the page never
 * uses. This one writes exactly d3's strings for the directives of those specifiers, from the
 * UTC getters and the platform's month and weekday names (tests/scripts/d3-stand-ins.test.ts
 * compares it with the real d3-time-format). Why: docs/decisions/bundle-size.md.
 */
import { monthName, shortMonthName } from '../../../src/render/utc-words.js';

type Directive = (date: Date) => string;

const weekdayFormat = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'UTC' });

/** d3's `pad`: zero-padded digits after the sign ("-0043"); NaN stays "NaN" ("0NaN"). */
function pad(value: number, width: number): string {
  const digits = String(Math.abs(value)).padStart(width, '0');
  return value < 0 ? `-${digits}` : digits;
}

/** d3 writes nothing for the name of an invalid date (its name tables give `undefined`). */
const named =
  (name: Directive): Directive =>
  (date) =>
    Number.isNaN(date.getTime()) ? '' : name(date);

/** The directives of d3-scale's default time tick formats (".%L" ":%S" "%I:%M" "%I %p" "%a %d" "%b %d" "%B" "%Y"). */
const UTC_DIRECTIVES: Record<string, Directive> = {
  a: named((date) => weekdayFormat.format(date)),
  b: named(shortMonthName),
  B: named(monthName),
  d: (date) => pad(date.getUTCDate(), 2),
  I: (date) => pad(date.getUTCHours() % 12 || 12, 2),
  L: (date) => pad(date.getUTCMilliseconds(), 3),
  M: (date) => pad(date.getUTCMinutes(), 2),
  p: (date) => (date.getUTCHours() >= 12 ? 'PM' : 'AM'),
  S: (date) => pad(date.getUTCSeconds(), 2),
  Y: (date) => pad(date.getUTCFullYear() % 10000, 4),
};

/** d3's `utcFormat` for the directives above; any other directive is an error, not a silent difference. */
export function utcFormat(specifier: string): (date: Date | number) => string {
  const parts = String(specifier)
    .split(/(%.)/)
    .map((part): string | Directive => {
      if (!part.startsWith('%')) return part;
      const directive = UTC_DIRECTIVES[part.charAt(1)];
      if (!directive) throw new Error(`utcFormat: ${part} is not in the <news-timeline> bundle (d3-scale's tick formats only)`);
      return directive;
    });
  return (date) => {
    const utc = date instanceof Date ? date : new Date(+date);
    return parts.map((part) => (typeof part === 'string' ? part : part(utc))).join('');
  };
}

/** Local-time formats are never used: everything is drawn in UTC. */
export function timeFormat(specifier: string): never {
  throw new Error(`timeFormat("${specifier}"): the <news-timeline> bundle formats in UTC only`);
}
