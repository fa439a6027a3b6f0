// The part of <news-timeline>'s public API the demo relies on. Only types come from the
// element's source (erased at build time): at run time the page talks to the element through
// what the production bundle dist/news-timeline.js publishes, never through its source.
import type { NewsTimelineEventDetails, NewsTimelineEventName } from '../../src/element/events.js';
import type { Timeline, TimelineEvent } from '../../src/timeline/types.js';

export type { NewsTimelineEventDetails, NewsTimelineEventName };

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

export function onTimelineEvent<K extends NewsTimelineEventName>(
  element: HTMLElement,
  name: K,
  listener: (detail: NewsTimelineEventDetails[K]) => void,
): void {
  element.addEventListener(name, (event) => listener((event as CustomEvent<NewsTimelineEventDetails[K]>).detail));
}
