// The part of <news-timeline>'s public API the demo relies on (issue 4's contract). Declared here
// rather than imported so the page only ever talks to the element through what it publishes:
// the demo loads the production bundle dist/news-timeline.js, never the element's source.
import type { Timeline, TimelineEvent } from '../../src/timeline/types.js';

export interface NewsTimelineElement extends HTMLElement {
  text: string;
  referenceDate: string | null;
  timeline: Timeline | null;
  readonly events: TimelineEvent[];
  selectEvent(id: string | null): void;
  highlightEvent(id: string | null): void;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
}

export interface NewsTimelineEventDetails {
  'news-timeline-select': { event: TimelineEvent | null };
  'news-timeline-hover': { event: TimelineEvent | null };
  'news-timeline-error': { message: string };
  'news-timeline-render': { timeline: Timeline; events: number; durationMs: number };
}

export type NewsTimelineEventName = keyof NewsTimelineEventDetails;

export function onTimelineEvent<K extends NewsTimelineEventName>(
  element: HTMLElement,
  name: K,
  listener: (detail: NewsTimelineEventDetails[K]) => void,
): void {
  element.addEventListener(name, (event) => listener((event as CustomEvent<NewsTimelineEventDetails[K]>).detail));
}
