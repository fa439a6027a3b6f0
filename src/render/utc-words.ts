/**
 * Dates written the way the chart says them, from the UTC fields only (never the viewer's
 * zone): "2 July 2017", "July 2017", "Jul", "15:30". Month names come from the platform
 * (Intl.DateTimeFormat in UTC); the numbers are written directly, so the order and the
 * padding do not depend on the runtime's locale data. (d3-time-format did this before; the
 * platform saves its ≈ 3 KB gzipped: docs/decisions/bundle-size.md.)
 */

function monthNamer(month: 'long' | 'short'): (date: Date) => string {
  const format = new Intl.DateTimeFormat('en-US', { month, timeZone: 'UTC' });
  return (date) => format.format(date);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export const monthName = monthNamer('long');
export const shortMonthName = monthNamer('short');

/** "2017"; years up to 1 BC (year 0 and below in ISO) as "44 BC". */
export function yearWords(date: Date): string {
  const year = date.getUTCFullYear();
  return year > 0 ? String(year) : `${1 - year} BC`;
}

export const dayOfMonth = (date: Date): string => String(date.getUTCDate());
export const monthWords = (date: Date): string => `${monthName(date)} ${yearWords(date)}`;
export const dayWords = (date: Date): string => `${date.getUTCDate()} ${monthWords(date)}`;
export const hourMinute = (date: Date): string => `${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}`;
