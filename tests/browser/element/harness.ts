import '../../../src/element/news-timeline.js';
import type { NewsTimelineElement } from '../../../src/element/news-timeline-element.js';
import type { NewsTimelineEventDetails, NewsTimelineEventName } from '../../../src/element/events.js';
import type { TimelineEvent } from '../../../src/timeline/types.js';

/** Hides the element's shadow-DOM structure from the tests: they read as what a user sees and does. */
export class TimelineHarness {
  constructor(readonly element: NewsTimelineElement) {}

  /**
   * Creates a `<news-timeline>`, lets `configure` set it up before it is connected (so no event
   * is missed), attaches it to the page inside a container of `width` pixels, and waits for the
   * first `news-timeline-render` (or `news-timeline-error` when `expectError`).
   */
  static async create(
    configure: (element: NewsTimelineElement) => void,
    { width = 760, expectError = false }: { width?: number; expectError?: boolean } = {},
  ): Promise<TimelineHarness> {
    const container = document.createElement('div');
    container.style.width = `${width}px`;
    const element = document.createElement('news-timeline');
    configure(element);
    const settled = waitFor(element, expectError ? 'news-timeline-error' : 'news-timeline-render');
    container.append(element);
    document.body.append(container);
    await settled;
    await element.updateComplete;
    return new TimelineHarness(element);
  }

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  get chart(): SVGSVGElement {
    return this.root.querySelector('svg[part~="chart"]')!;
  }

  /** The event marks drawn now, in document order. */
  marks(): SVGGElement[] {
    return [...this.root.querySelectorAll<SVGGElement>('[part~="event"]')];
  }

  markIds(): string[] {
    return this.marks().map((mark) => mark.dataset.id ?? '');
  }

  markFor(id: string): SVGGElement | null {
    return this.marks().find((mark) => mark.dataset.id === id) ?? null;
  }

  /** Screen x of where an event's mark starts (a dot's centre, a bar's left edge), relative to the chart. */
  markX(id: string): number {
    const mark = this.markFor(id)!.querySelector('.mark')!;
    const box = mark.getBoundingClientRect();
    const chartLeft = this.chart.getBoundingClientRect().left;
    return mark.tagName === 'rect' ? box.left - chartLeft : (box.left + box.right) / 2 - chartLeft;
  }

  labels(): string[] {
    return [...this.root.querySelectorAll('[part~="label"]')].map((label) => label.textContent ?? '');
  }

  clusters(): SVGGElement[] {
    return [...this.root.querySelectorAll<SVGGElement>('[part~="cluster"]')];
  }

  axisLabels(): string[] {
    return [...this.root.querySelectorAll('[part~="axis"] text')].map((text) => text.textContent ?? '');
  }

  button(name: 'zoom-in' | 'zoom-out' | 'fit' | 'close'): HTMLButtonElement {
    return this.root.querySelector<HTMLButtonElement>(`button[part~="${name}"]`)!;
  }

  get detail(): HTMLElement | null {
    return this.root.querySelector('[part~="detail"]');
  }

  get tooltip(): HTMLElement {
    return this.root.querySelector('[part~="tooltip"]')!;
  }

  get errorMessage(): string | null {
    return this.root.querySelector('[part~="error"]')?.textContent?.trim() ?? null;
  }

  get notice(): string | null {
    return this.root.querySelector('[part~="notice"]')?.textContent?.trim() ?? null;
  }

  get liveRegion(): HTMLElement {
    return this.root.querySelector('[aria-live="polite"]')!;
  }

  /** The visually hidden list, once it has been rendered. */
  async hiddenListItems(): Promise<string[]> {
    for (let i = 0; i < 20 && !this.root.querySelector('ol'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    return [...this.root.querySelectorAll('ol li')].map((li) => li.textContent?.trim() ?? '');
  }

  /** The shadow-DOM element that has keyboard focus. */
  focused(): Element | null {
    return this.root.activeElement;
  }

  focusedEventId(): string | null {
    const focused = this.focused();
    return focused instanceof SVGGElement ? (focused.dataset.id ?? null) : null;
  }

  remove(): void {
    this.element.parentElement?.remove();
  }
}

export function waitFor<K extends NewsTimelineEventName>(
  target: EventTarget,
  type: K,
): Promise<CustomEvent<NewsTimelineEventDetails[K]>> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as CustomEvent<NewsTimelineEventDetails[K]>), { once: true }));
}

/** A timeline event with sensible defaults; dates are UTC days (`2017-07-02`). */
export function dayEvent(id: string, day: string, title: string, overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  const start = new Date(`${day}T00:00:00.000Z`);
  const end = new Date(start.getTime() + 86_400_000);
  const sentence = `On ${day}, ${title}.`;
  return {
    id,
    start: start.toISOString(),
    end: end.toISOString(),
    granularity: 'day',
    kind: 'point',
    value: day,
    title,
    sentence,
    sentenceRange: { start: 100, end: 100 + sentence.length },
    mentions: [{ start: 103, end: 103 + day.length, text: day, timexId: 't1' }],
    ...overrides,
  };
}

/** Spread days far enough apart that each gets its own labelled mark. */
export function spreadEvents(count: number): TimelineEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2017, 0, 1) + i * 40 * 86_400_000).toISOString().slice(0, 10);
    return dayEvent(`e${i}`, day, `Event ${i}`);
  });
}

export async function nextFrame(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}
