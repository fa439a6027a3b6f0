import type { Timeline, TimelineEvent } from '../timeline/types.js';

/** The detail of each event the element fires, by event name. */
export interface NewsTimelineEventDetails {
  /** The user selected an event (click, Enter, Space) or closed the detail panel (null). */
  'news-timeline-select': { event: TimelineEvent | null };
  /** The pointer or keyboard focus moved onto an event, or off it (null). */
  'news-timeline-hover': { event: TimelineEvent | null };
  /** The input could not be used; the element shows the message instead of the chart. */
  'news-timeline-error': { message: string };
  /** A timeline was drawn after a data or size change. */
  'news-timeline-render': { timeline: Timeline; events: number; durationMs: number };
}

export type NewsTimelineEventName = keyof NewsTimelineEventDetails;

export type NewsTimelineEventMap = {
  [K in NewsTimelineEventName]: CustomEvent<NewsTimelineEventDetails[K]>;
};

/** Every event leaves the shadow root and bubbles, so a page can listen anywhere above the element. */
export function fire<K extends NewsTimelineEventName>(target: EventTarget, type: K, detail: NewsTimelineEventDetails[K]): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
