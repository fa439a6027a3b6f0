// Registers <news-timeline>. This is the bundle's entry: importing it defines the element.
import type { NewsTimelineEventMap } from './events.js';
import { NewsTimelineElement } from './news-timeline-element.js';

export { NewsTimelineElement } from './news-timeline-element.js';
export type { NewsTimelineEventDetails, NewsTimelineEventMap, NewsTimelineEventName } from './events.js';
export type { Timeline, TimelineEvent } from '../timeline/types.js';

if (!customElements.get('news-timeline')) customElements.define('news-timeline', NewsTimelineElement);

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimelineElement;
  }
  interface GlobalEventHandlersEventMap {
    'news-timeline-select': NewsTimelineEventMap['news-timeline-select'];
    'news-timeline-hover': NewsTimelineEventMap['news-timeline-hover'];
    'news-timeline-error': NewsTimelineEventMap['news-timeline-error'];
    'news-timeline-render': NewsTimelineEventMap['news-timeline-render'];
  }
}
