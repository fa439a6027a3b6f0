// The article below the timeline, every temporal expression highlighted. Built from text nodes
// and elements only (never innerHTML): article text is data, not markup.
import type { Timeline } from '../../src/timeline/types.js';
import type { Timex } from '../../src/temporal/types.js';

export interface ArticleHighlights {
  /** Highlight elements of each event, in document order. */
  byEvent: Map<string, HTMLElement[]>;
}

const paragraphBreak = /\n[ \t]*\n\s*/g;

/** Which event (if any) each expression became, through the events' mentions. */
export function eventIdByTimexId(timeline: Timeline): Map<string, string> {
  const map = new Map<string, string>();
  for (const event of timeline.events) {
    for (const mention of event.mentions) {
      if (!map.has(mention.timexId)) map.set(mention.timexId, event.id);
    }
  }
  return map;
}

export function renderArticle(container: HTMLElement, text: string, timeline: Timeline): ArticleHighlights {
  const eventOf = eventIdByTimexId(timeline);
  const byEvent = new Map<string, HTMLElement[]>();
  const fragment = document.createDocumentFragment();
  let paragraph = document.createElement('p');
  fragment.append(paragraph);

  const appendPlain = (from: number, to: number): void => {
    const chunk = text.slice(from, to);
    paragraphBreak.lastIndex = 0;
    let last = 0;
    for (let match = paragraphBreak.exec(chunk); match; match = paragraphBreak.exec(chunk)) {
      if (match.index > last) paragraph.append(chunk.slice(last, match.index));
      paragraph = document.createElement('p');
      fragment.append(paragraph);
      last = match.index + match[0].length;
    }
    if (last < chunk.length) paragraph.append(chunk.slice(last));
  };

  const expressions = [...timeline.expressions].sort((a, b) => a.start - b.start || b.end - a.end);
  let cursor = 0;
  for (const timex of expressions) {
    if (timex.start < cursor || timex.end > text.length) continue; // nested or stale: the outer one is shown
    appendPlain(cursor, timex.start);
    const eventId = eventOf.get(timex.id);
    const mark = highlightFor(timex, eventId);
    paragraph.append(mark);
    if (eventId) {
      const list = byEvent.get(eventId) ?? [];
      list.push(mark);
      byEvent.set(eventId, list);
    }
    cursor = timex.end;
  }
  appendPlain(cursor, text.length);

  container.replaceChildren(fragment);
  return { byEvent };
}

function highlightFor(timex: Timex, eventId: string | undefined): HTMLElement {
  if (!eventId) {
    // Found and read, but not an event of its own (e.g. a duration or a vague reference).
    const mark = document.createElement('mark');
    mark.className = 'timex timex--unlinked';
    mark.dataset.timexId = timex.id;
    mark.title = `${timex.value}: not on the timeline`;
    mark.textContent = timex.text;
    return mark;
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'timex timex--linked';
  button.dataset.timexId = timex.id;
  button.dataset.eventId = eventId;
  button.title = timex.value;
  button.setAttribute('aria-pressed', 'false');
  button.textContent = timex.text;
  return button;
}
