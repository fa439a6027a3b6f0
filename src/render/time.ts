import { calendarDay } from '../timeline/calendar.js';
import type { TimelineEvent } from '../timeline/types.js';

/** Milliseconds since the epoch of a UTC instant string; NaN when it does not parse. */
export function instantMs(iso: string): number {
  return Date.parse(iso);
}

/** The smallest time span a mark covers, so a zero-length event still has an extent. */
export const MIN_EXTENT_MS = 1;

export interface EventExtent {
  startMs: number;
  endMs: number;
}

/** The UTC extent of one event in milliseconds (end exclusive, never before start). */
export function eventExtent(event: Pick<TimelineEvent, 'start' | 'end'>): EventExtent {
  const startMs = instantMs(event.start);
  const endMs = instantMs(event.end);
  return { startMs, endMs: Math.max(endMs, startMs + MIN_EXTENT_MS) };
}

/** `YYYY-MM-DD` → the UTC midnight starting that day, or null when it is not a real calendar date. */
export function parseCalendarDate(value: string): Date | null {
  return calendarDay(value.trim());
}

const DAY_MS = 86_400_000;
const MIN_DOMAIN_MS = 7 * DAY_MS;
/** Air on each side of the events, as a share of their span. */
const DOMAIN_PADDING = 0.04;

/**
 * The time domain that shows every event with a little air on both sides; a single instant
 * (or nothing) gets a week around it so the axis still reads as dates.
 */
export function paddedDomain(extents: readonly EventExtent[], referenceMs: number | null): [Date, Date] {
  let min = Infinity;
  let max = -Infinity;
  for (const { startMs, endMs } of extents) {
    if (startMs < min) min = startMs;
    if (endMs > max) max = endMs;
  }
  if (referenceMs !== null) {
    min = Math.min(min, referenceMs);
    max = Math.max(max, referenceMs + DAY_MS);
  }
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    const now = referenceMs ?? 0;
    return [new Date(now - 3 * DAY_MS), new Date(now + 4 * DAY_MS)];
  }
  const mid = (min + max) / 2;
  const half = Math.max(max - min, MIN_DOMAIN_MS) / 2;
  const pad = half * 2 * DOMAIN_PADDING;
  return [new Date(mid - half - pad), new Date(mid + half + pad)];
}
