import type { Timex, TimexMod, UtcInterval } from '../temporal/types.js';
import { parseDuration, subtractDuration } from './calendar.js';
import { isFurniture } from './furniture.js';
import { eventTitle } from './happening.js';
import { durationUpToNowWords, presentPerfectAuxiliaries } from './resources/en/words.js';
import { sentenceAt } from './segment.js';
import { clauseWordsBefore } from './title.js';
import type { EventKind, EventModifier, Mention, TextRange, TimelineEvent } from './types.js';

// Which temporal expressions are events, and how each is drawn.

/** Granularities drawn as a point; anything coarser is a period over its extent. */
const finerThanDay = new Set(['day', 'partOfDay', 'hour', 'minute', 'second']);
/** TIMEX3 `mod` → how precisely the event sits in its extent. */
const modifiers: Partial<Record<TimexMod, EventModifier>> = {
  APPROX: 'approximate',
  START: 'early',
  MID: 'mid',
  END: 'late',
  BEFORE: 'before',
  ON_OR_BEFORE: 'before',
  AFTER: 'after',
  ON_OR_AFTER: 'after',
  MORE_THAN: 'approximate',
  LESS_THAN: 'approximate',
  EQUAL_OR_MORE: 'approximate',
  EQUAL_OR_LESS: 'approximate',
};

/** What deciding one expression needs to know about the whole text. */
export interface EventContext {
  text: string;
  sentences: TextRange[];
  reference: UtcInterval | undefined;
  temporal: TextRange[];
  byId: Map<string, Timex>;
  warnings: string[];
}

/** The event one expression stands for, or undefined when it stands for none. */
export function eventFor(timex: Timex, context: EventContext, consumed: Set<string>): TimelineEvent | undefined {
  if (timex.type === 'SET') return undefined;
  if (isFurniture(context.text, timex.start)) return undefined;
  if (timex.type === 'DURATION') return durationEvent(timex, context);
  if (!timex.interval) return undefined; // vague (PRESENT_REF) or unanchored (XXXX-11)

  const partner = timex.rangeWith ? context.byId.get(timex.rangeWith) : undefined;
  if (partner?.interval && !consumed.has(partner.id)) {
    consumed.add(partner.id);
    const [first, second] = timex.start <= partner.start ? [timex, partner] : [partner, timex];
    const start = minIso(timex.interval.start, partner.interval.start);
    const end = maxIso(timex.interval.end, partner.interval.end);
    return draft(context, [first, second], { start, end }, 'span', `${first.value}/${second.value}`, first);
  }
  if (timex.signal && (timex.signal.kind === 'since' || timex.signal.kind === 'from')) {
    const end = context.reference && context.reference.end > timex.interval.start ? context.reference.end : undefined;
    if (!end) context.warnings.push(`${timex.id} "${timex.text}": open span with no reference date to end it; drawn over its own extent.`);
    return draft(context, [timex], { start: timex.interval.start, end: end ?? timex.interval.end }, 'open', timex.value, timex);
  }
  const kind: EventKind = finerThanDay.has(timex.granularity) ? 'point' : 'period';
  return draft(context, [timex], timex.interval, kind, timex.value, timex);
}

/**
 * A duration is an event when the text ties it to a moment: a date it counts on from ("three days
 * later"), an anchor expression, or a clause that runs up to now ("has been occupied for three years", "the past three years"). It ends
 * at that moment and starts the duration before it.
 */
function durationEvent(timex: Timex, context: EventContext): TimelineEvent | undefined {
  // "Three days later": the tagger gives where the count from the last date lands; the story has moved there.
  if (timex.signal?.kind === 'later' && timex.interval) {
    return draft(context, [timex], timex.interval, finerThanDay.has(timex.granularity) ? 'point' : 'period', timex.value, timex);
  }
  const duration = parseDuration(timex.value);
  if (!duration) return undefined;
  const anchor = timex.anchor?.kind === 'expression' ? context.byId.get(timex.anchor.id)?.interval : undefined;
  let end = anchor?.end;
  if (!end) {
    if (!runsUpToNow(timex, context)) return undefined;
    if (!context.reference) {
      context.warnings.push(`${timex.id} "${timex.text}": a duration up to now, but no reference date was given.`);
      return undefined;
    }
    end = context.reference.end;
  }
  return draft(context, [timex], { start: subtractDuration(end, duration), end }, 'span', timex.value, timex);
}

/** "has been occupied for three years", "(over) the past three years": up to publication. */
function runsUpToNow(timex: Timex, context: EventContext): boolean {
  const sentence = sentenceAt(context.sentences, timex.start);
  const before = sentence ? clauseWordsBefore(context.text, sentence, timex.start) : [];
  if (before.some((w) => presentPerfectAuxiliaries.has(w))) return true;
  const leadIn = [...before.slice(-2), ...timex.text.toLowerCase().split(/\s+/)];
  return leadIn.some((w) => durationUpToNowWords.has(w));
}

function draft(context: EventContext, timexes: Timex[], interval: UtcInterval, kind: EventKind, value: string, dating: Timex): TimelineEvent {
  const first = timexes[0]!;
  const last = timexes.at(-1)!;
  const sentenceRange = sentenceAt(context.sentences, first.start) ?? { start: first.start, end: last.end };
  const mentions: Mention[] = timexes.map((t) => ({ start: t.start, end: t.end, text: t.text, timexId: t.id }));
  const event: TimelineEvent = {
    id: `e-${first.start}-${last.end}`,
    start: interval.start,
    end: interval.end,
    granularity: dating.granularity,
    kind,
    value,
    title: '',
    sentence: context.text.slice(sentenceRange.start, sentenceRange.end),
    sentenceRange: { start: sentenceRange.start, end: sentenceRange.end },
    mentions,
  };
  const mod = dating.mod ? modifiers[dating.mod] : undefined;
  if (mod) event.mod = mod;
  if (dating.mod) event.timexMod = dating.mod;
  event.title = eventTitle(context.text, context.sentences, sentenceRange, { start: first.start, end: last.end }, context.temporal);
  return event;
}

// As instants, not strings: the expanded years of BC dates ("-000051-…") do not sort as text.
const minIso = (a: string, b: string): string => (Date.parse(a) <= Date.parse(b) ? a : b);
const maxIso = (a: string, b: string): string => (Date.parse(a) >= Date.parse(b) ? a : b);
