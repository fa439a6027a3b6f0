/**
 * "Three days later": TimeML tags the span ("three days", a DURATION) and leaves "later" a signal; the
 * span runs from the date the story last named, and where it ends is the date the story has moved
 * on to. That landing point is what a timeline draws.
 */
import { granularityRank, pointContaining, shiftDate, type Point } from './calendar.js';
import type { ShiftUnit } from './phase1.js';

const unitOfLetter: Readonly<Record<string, ShiftUnit | 'day'>> = { D: 'day', W: 'week', M: 'month', Q: 'quarter', Y: 'year' };
/** Whole calendar amounts only: "PXD" (days later) and "P1.5Y" land nowhere in particular. */
const calendarDuration = /^P([0-9]{1,4})([DWMQY])$/;

/** The point a duration value counted on from `from` lands in, at the duration's own unit; undefined when `from` is coarser than that unit. */
export function landingAfter(from: Point, duration: string): Point | undefined {
  const m = calendarDuration.exec(duration);
  if (!m) return undefined;
  const unit = unitOfLetter[m[2]!]!;
  const landing = pointContaining(shiftDate(from.start, unit, Number(m[1])), unit);
  // "In 2010 … three days later" names no day to count from.
  if (granularityRank[from.granularity] > granularityRank[landing.granularity]) return undefined;
  return landing;
}
