/**
 * Checks a `YYYY-MM-DD` reference date against the calendar (2017-02-30 is not a date).
 * A UTC round trip is enough here and stays independent of the machine's time zone;
 * date-fns' parseISO would also accept `2017` or `2017-02` and works in local time.
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
