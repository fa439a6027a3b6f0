import { html, LitElement, noChange, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { accessibleEventName, describeEventDate } from '../render/format.js';
import { sentenceSegments } from '../render/sentence-segments.js';
import { parseCalendarDate } from '../render/time.js';
import { TimelineChart, type ChartMetrics } from '../render/timeline-chart.js';
import { extractTimeline } from '../timeline/extract.js';
import type { Timeline, TimelineEvent } from '../timeline/types.js';
import { fire } from './events.js';
import { keyAction } from './keyboard.js';
import { newsTimelineStyles } from './styles.js';
import { readEvents, TimelineInputError } from './timeline-input.js';

type Phase = 'empty' | 'loading' | 'ready' | 'error';

/** Most events listed in the visually hidden list. */
const LIST_LIMIT = 500;

/**
 * Reads a news article, finds its dated events and draws them on a zoomable D3 timeline.
 *
 * @summary An accessible, themable timeline of the events a news article dates.
 *
 * @fires news-timeline-select - The user selected an event or closed the detail panel. `detail: { event: TimelineEvent | null }`
 * @fires news-timeline-hover - The pointer or focus moved onto an event or off it. `detail: { event: TimelineEvent | null }`
 * @fires news-timeline-error - The input could not be used (bad src, JSON, events or date). `detail: { message: string }`
 * @fires news-timeline-render - A timeline was drawn after a data or size change. `detail: { timeline, events, durationMs }`
 *
 * @slot - The article text, when neither `text`, `src`, `timeline` nor `events` is given.
 *
 * @csspart toolbar - The row with the status and the zoom buttons.
 * @csspart status - The event count or loading message.
 * @csspart button - Each button (zoom in, zoom out, fit, close).
 * @csspart notice - The notice shown when there is no reference date.
 * @csspart error - The error message.
 * @csspart loading - The loading message while `src` is fetched.
 * @csspart chart - The `<svg>` drawing.
 * @csspart axis - The time axis.
 * @csspart reference - The publication-date marker.
 * @csspart event - One event mark group (mark and label).
 * @csspart point - The dot of a day-precise event.
 * @csspart band - The band over a coarser date's extent ("June").
 * @csspart bar - The bar of a span or open span.
 * @csspart label - An event's label.
 * @csspart cluster - A cluster of events too dense to label, with its count.
 * @csspart tooltip - The hover tooltip.
 * @csspart detail - The detail panel of the selected event.
 * @csspart mention - The date words highlighted in the detail panel's sentence.
 *
 * @cssproperty --nt-font-family - Font of all text.
 * @cssproperty --nt-font-size - Base font size (toolbar, tooltip, detail).
 * @cssproperty --nt-label-font-size - Font size of labels and the axis.
 * @cssproperty --nt-lane-height - Height of one lane of events.
 * @cssproperty --nt-point-radius - Radius of a day-precise event's dot.
 * @cssproperty --nt-bar-height - Thickness of bars and bands.
 * @cssproperty --nt-max-lanes - Most lanes before events fold into clusters (a number).
 * @cssproperty --nt-spacing - Base spacing.
 * @cssproperty --nt-radius - Corner radius of buttons, tooltip and detail panel.
 * @cssproperty --nt-focus-width - Width of the focus ring.
 * @cssproperty --nt-transition-duration - Duration of hover transitions (none under reduced motion).
 * @cssproperty --nt-color-text - Text and labels.
 * @cssproperty --nt-color-muted - Secondary text and the axis labels.
 * @cssproperty --nt-color-background - Background of the element and the chart.
 * @cssproperty --nt-color-surface - Background of buttons, tooltip, notices and detail panel.
 * @cssproperty --nt-color-border - Borders and axis ticks.
 * @cssproperty --nt-color-grid - The axis line.
 * @cssproperty --nt-color-event - Points, bars and open spans.
 * @cssproperty --nt-color-band - Bands of coarser dates.
 * @cssproperty --nt-color-selected - The selected event.
 * @cssproperty --nt-color-highlight - The highlighted (hovered or linked) event.
 * @cssproperty --nt-color-focus - The focus ring.
 * @cssproperty --nt-color-reference - The publication-date marker.
 * @cssproperty --nt-color-cluster - Cluster marks.
 * @cssproperty --nt-color-cluster-text - The count on cluster marks.
 * @cssproperty --nt-color-mention - Background of the highlighted date words.
 * @cssproperty --nt-color-mention-text - Text of the highlighted date words.
 * @cssproperty --nt-color-error - The error state's accent.
 */
export class NewsTimelineElement extends LitElement {
  static override styles = newsTimelineStyles;

  // Declared without decorators: Lit's decorator modules and the compiled decorator calls cost
  // the bundle more than this table (docs/decisions/bundle-size.md).
  static override properties: PropertyDeclarations = {
    referenceDate: { attribute: 'reference-date', reflect: true },
    text: {},
    src: {},
    phase: { state: true, attribute: false },
    message: { state: true, attribute: false },
    selectedIndex: { state: true, attribute: false },
    tooltip: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    lightText: { state: true, attribute: false },
    fetchedText: { state: true, attribute: false },
    listReady: { state: true, attribute: false },
  };

  /** Publication date of the article, `YYYY-MM-DD`: relative dates are anchored to it. */
  referenceDate: string | null = null;

  /** The article text. When unset, the element's own text content is the article. */
  text: string | null = null;

  /** URL of a plain-text article, fetched when set. */
  src: string | null = null;

  private phase: Phase = 'empty';
  private message = '';
  private selectedIndex: number | null = null;
  private tooltip: { index: number; x: number; y: number } | null = null;
  private announcement = '';
  private lightText = '';
  private fetchedText: string | null = null;
  /** The hidden event list is rendered just after the chart, so a large timeline draws first. */
  private listReady = false;

  #part<T extends Element>(selector: string): T {
    return this.renderRoot.querySelector<T>(selector)!;
  }
  private get svg(): SVGSVGElement {
    return this.#part('svg');
  }
  private get chartArea(): HTMLElement {
    return this.#part('.chart-area');
  }
  private get probe(): HTMLElement {
    return this.#part('.probe');
  }
  private get tooltipBox(): HTMLElement {
    return this.#part('.tooltip');
  }

  #timelineInput: unknown = null;
  #eventsInput: unknown = null;
  #shown: Timeline = emptyTimeline(null);
  #chart: TimelineChart | null = null;
  #resizeObserver: ResizeObserver | null = null;
  #fetchAbort: AbortController | null = null;
  #fetchedFrom: string | null = null;
  #pendingRenderSince: number | null = null;
  #dataVersion = 0;
  #drawnVersion = -1;
  #lastWidth = 0;
  /** What the hidden list was last rendered from: it is re-rendered only when that changes. */
  #listedFrom: [Timeline, boolean] | null = null;

  /** The timeline shown. Set it to show a prebuilt timeline (our JSON format, object or string). */
  get timeline(): Timeline {
    return this.#shown;
  }
  set timeline(value: Timeline | string | null) {
    const old = this.#timelineInput;
    this.#timelineInput = value;
    this.requestUpdate('timeline', old);
  }

  /** The events shown. Set it to draw events directly (sorted for you; only id, start and end are required). */
  get events(): TimelineEvent[] {
    return this.#shown.events;
  }
  set events(value: TimelineEvent[] | null) {
    const old = this.#eventsInput;
    this.#eventsInput = value;
    this.requestUpdate('events', old);
  }

  /** Selects an event by id (null clears): opens its detail panel and brings it into view. Fires no event. */
  selectEvent(id: string | null): void {
    const index = id === null ? null : this.#indexOf(id);
    if (id !== null && index === null) return;
    this.#select(index, false);
    if (index !== null) this.#chart?.reveal(index);
  }

  /** Highlights an event by id (null clears), e.g. while the reader hovers it in an article view. */
  highlightEvent(id: string | null): void {
    this.#chart?.setHighlighted(id === null ? null : this.#indexOf(id));
  }

  zoomIn(): Promise<void> {
    return this.#chart?.zoomIn(this.#animate()) ?? Promise.resolve();
  }

  zoomOut(): Promise<void> {
    return this.#chart?.zoomOut(this.#animate()) ?? Promise.resolve();
  }

  /** Zooms out to show the whole timeline. */
  fit(): Promise<void> {
    return this.#chart?.fit(this.#animate()) ?? Promise.resolve();
  }

  override connectedCallback(): void {
    // Read the light-DOM article before the first update, so the first render is the real one.
    if (!this.hasUpdated) this.lightText = this.textContent ?? '';
    super.connectedCallback();
    this.#chart?.attach();
    if (this.chartArea) this.#observeSize();
    // A fetch cut short by a disconnect starts again.
    if (this.hasUpdated && this.src && this.#fetchedFrom === null && this.phase === 'loading') this.requestUpdate('src');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#chart?.detach();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = null;
    this.#fetchAbort?.abort();
    this.#fetchAbort = null;
    this.#fetchedFrom = null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const inputs = ['text', 'src', 'referenceDate', 'timeline', 'events', 'lightText', 'fetchedText'];
    if (!inputs.some((name) => changed.has(name))) return;
    this.#pendingRenderSince = performance.now();
    try {
      this.#loadData();
    } catch (error) {
      this.#fail(error);
    }
  }

  protected override firstUpdated(): void {
    this.#chart = new TimelineChart(this.svg, {
      hover: (index, anchor) => this.#hover(index, anchor),
      activate: (index) => this.#select(index, true),
      focus: (index) => this.#chart?.setActive(index),
    });
    if (this.isConnected) {
      this.#chart.attach();
      this.#observeSize();
    }
  }

  protected override updated(): void {
    Object.assign(this.tooltipBox.style, this.#tooltipPosition());
    if (this.#drawnVersion === this.#dataVersion) return;
    try {
      this.#draw();
    } catch (error) {
      this.#fail(error);
    }
  }

  override render() {
    const shown = this.#shown;
    const count = shown.events.length;
    const selected = this.selectedIndex === null ? undefined : shown.events[this.selectedIndex];
    const tooltipEvent = this.tooltip ? shown.events[this.tooltip.index] : undefined;
    const chartHidden = this.phase !== 'ready';
    const noReference = this.phase === 'ready' && shown.referenceDate === null && this.#fromText();
    return html`
      <div class="toolbar" part="toolbar">
        <span class="status" part="status">${this.#statusText(count)}</span>
        <div class="zoom-buttons" role="group" aria-label="Zoom">
          <button part="button zoom-in" type="button" aria-label="Zoom in" title="Zoom in (+)" ?disabled=${chartHidden} @click=${this.zoomIn}>+</button>
          <button part="button zoom-out" type="button" aria-label="Zoom out" title="Zoom out (−)" ?disabled=${chartHidden} @click=${this.zoomOut}>−</button>
          <button part="button fit" type="button" aria-label="Fit the whole timeline" title="Fit (0)" ?disabled=${chartHidden} @click=${this.fit}>Fit</button>
        </div>
      </div>
      ${noReference
        ? html`<p class="notice" part="notice">No publication date was given, so relative dates ("last week", "on Sunday") are not placed; only absolute dates are shown. Set the <code>reference-date</code> attribute to place them.</p>`
        : nothing}
      ${this.phase === 'error' ? html`<p class="error" part="error" role="alert">${this.message}</p>` : nothing}
      ${this.phase === 'loading' ? html`<p class="loading" part="loading" aria-busy="true">Loading the article…</p>` : nothing}
      <div class="chart-area" ?hidden=${chartHidden}>
        <svg
          part="chart"
          role="group"
          aria-label=${`Timeline, ${count} ${count === 1 ? 'event' : 'events'}`}
          aria-describedby="keys-help"
          @keydown=${this.#onKeyDown}
        ></svg>
        <div class="tooltip" part="tooltip" role="tooltip" ?hidden=${!tooltipEvent}>
          ${tooltipEvent
            ? html`<span class="tooltip-date">${describeEventDate(tooltipEvent)}</span><span class="tooltip-title">${tooltipEvent.title}</span>`
            : nothing}
        </div>
      </div>
      <p id="keys-help" class="visually-hidden">
        Arrow keys move between events in time order, Home and End jump to the first and last, Enter selects, Escape closes
        the details, plus and minus zoom, 0 fits the whole timeline, Page Up and Page Down pan.
      </p>
      ${selected ? this.#renderDetail(selected) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.#hiddenList(shown)}
      <slot hidden @slotchange=${this.#onSlotChange}></slot>
      <div class="probe" aria-hidden="true">Ag</div>
    `;
  }

  // ——— data ———

  #fromText(): boolean {
    return this.#eventsInput == null && this.#timelineInput == null;
  }

  #loadData(): void {
    const referenceDate = this.#checkedReferenceDate();
    if (this.#eventsInput != null) {
      this.#show({ ...emptyTimeline(referenceDate), events: readEvents(this.#eventsInput) });
      return;
    }
    if (this.#timelineInput != null) {
      this.#show(readTimelineInput(this.#timelineInput));
      return;
    }
    if (this.src) {
      if (this.#fetchedFrom !== this.src) {
        this.#fetch(this.src);
        return;
      }
      if (this.fetchedText === null) return;
      this.#extract(this.fetchedText, referenceDate);
      return;
    }
    this.#extract(this.text ?? this.lightText, referenceDate);
  }

  #extract(text: string, referenceDate: string | null): void {
    this.#show(extractTimeline(text, { referenceDate }));
  }

  #checkedReferenceDate(): string | null {
    const value = this.referenceDate?.trim();
    if (!value) return null;
    if (!parseCalendarDate(value)) {
      throw new TimelineInputError(`reference-date must be a calendar date written YYYY-MM-DD, such as 2017-07-04 (got "${value}").`);
    }
    return value;
  }

  #show(timeline: Timeline): void {
    this.#shown = timeline;
    this.phase = 'ready';
    this.message = '';
    this.selectedIndex = null;
    this.tooltip = null;
    this.announcement = '';
    this.#dataVersion++;
  }

  #fail(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.#shown = emptyTimeline(null);
    this.phase = 'error';
    this.message = message;
    this.selectedIndex = null;
    this.tooltip = null;
    this.#dataVersion++;
    this.#pendingRenderSince = null;
    fire(this, 'news-timeline-error', { message });
  }

  #fetch(url: string): void {
    this.#fetchAbort?.abort();
    const abort = new AbortController();
    this.#fetchAbort = abort;
    this.#fetchedFrom = url;
    this.fetchedText = null;
    this.phase = 'loading';
    fetch(url, { signal: abort.signal })
      .then(async (response) => {
        if (!response.ok) throw new TimelineInputError(`Could not load the article from ${url}: HTTP ${response.status} ${response.statusText}`.trim());
        return response.text();
      })
      .then(
        (text) => {
          if (abort.signal.aborted) return;
          this.fetchedText = text;
        },
        (error: unknown) => {
          if (abort.signal.aborted) return;
          const reason = error instanceof TimelineInputError ? error.message : `Could not load the article from ${url}: ${(error as Error).message}`;
          this.#fail(new TimelineInputError(reason));
        },
      );
  }

  #onSlotChange(): void {
    this.lightText = this.textContent ?? '';
  }

  // ——— drawing ———

  #metrics(): ChartMetrics {
    const style = getComputedStyle(this.probe);
    const px = (value: string, fallback: number): number => {
      const number = parseFloat(value);
      return Number.isFinite(number) && number > 0 ? number : fallback;
    };
    const maxLanes = Math.round(px(style.getPropertyValue('--probe-max-lanes'), 10));
    return {
      laneHeight: px(style.height, 30),
      barHeight: px(style.width, 8),
      pointRadius: px(style.paddingLeft, 6),
      labelFont: `${style.fontSize} ${style.fontFamily}`,
      maxLanes: Math.min(Math.max(maxLanes, 1), 64),
    };
  }

  #draw(): void {
    const chart = this.#chart;
    if (!chart || this.phase !== 'ready') return;
    const width = this.chartArea.getBoundingClientRect().width;
    if (width === 0) return; // not laid out yet: the ResizeObserver draws when it is
    this.#drawnVersion = this.#dataVersion;
    this.#lastWidth = width;
    chart.setWidth(width);
    chart.setMetrics(this.#metrics());
    const referenceDay = this.#shown.referenceDate ? parseCalendarDate(this.#shown.referenceDate.slice(0, 10)) : null;
    chart.setData(this.#shown.events, referenceDay ? referenceDay.getTime() : null);
    chart.drawNow();
    this.#scheduleList();
    this.#announceRender();
  }

  #scheduleList(): void {
    this.listReady = false;
    const version = this.#dataVersion;
    setTimeout(() => {
      if (version === this.#dataVersion && this.isConnected) this.listReady = true;
    }, 0);
  }

  #announceRender(): void {
    const since = this.#pendingRenderSince ?? performance.now();
    this.#pendingRenderSince = null;
    fire(this, 'news-timeline-render', {
      timeline: this.#shown,
      events: this.#shown.events.length,
      durationMs: performance.now() - since,
    });
  }

  #observeSize(): void {
    if (this.#resizeObserver) return;
    this.#resizeObserver = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      if (width === 0 || Math.round(width) === Math.round(this.#lastWidth)) return;
      if (this.#drawnVersion !== this.#dataVersion) {
        this.#draw();
        return;
      }
      this.#lastWidth = width;
      this.#pendingRenderSince = performance.now();
      this.#chart?.setWidth(width);
      this.#chart?.drawNow();
      this.tooltip = null;
      if (this.phase === 'ready') this.#announceRender();
    });
    this.#resizeObserver.observe(this.chartArea);
  }

  #animate(): boolean {
    return !matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  // ——— interaction ———

  #indexOf(id: string): number | null {
    const index = this.#shown.events.findIndex((event) => event.id === id);
    return index < 0 ? null : index;
  }

  #hover(index: number | null, anchor: { x: number; y: number } | null): void {
    const previous = this.tooltip?.index ?? null;
    this.tooltip = index === null || !anchor ? null : { index, x: anchor.x, y: anchor.y };
    this.#chart?.setHighlighted(index);
    if (previous !== index) fire(this, 'news-timeline-hover', { event: index === null ? null : (this.#shown.events[index] ?? null) });
  }

  #select(index: number | null, byUser: boolean): void {
    this.selectedIndex = index;
    this.#chart?.setSelected(index);
    const event = index === null ? null : (this.#shown.events[index] ?? null);
    if (event) {
      this.#chart?.setActive(index);
      this.announcement = `Selected ${accessibleEventName(event)}`;
    }
    if (byUser) fire(this, 'news-timeline-select', { event });
  }

  #focusEvent(index: number): void {
    const chart = this.#chart;
    if (!chart) return;
    chart.setActive(index);
    chart.reveal(index)?.focus();
  }

  #onKeyDown(event: KeyboardEvent): void {
    const chart = this.#chart;
    const count = this.#shown.events.length;
    if (!chart || count === 0) return;
    const action = keyAction(event);
    if (!action) return;
    const target = event.target as Element;
    const focused = target.closest?.('g.event');
    const current = focused ? Number(focused.getAttribute('data-index')) : null;
    const cluster = target.closest?.('g.cluster');
    event.preventDefault();
    switch (action) {
      case 'next':
        this.#focusEvent(current === null ? this.#firstDrawnOr(0) : Math.min(count - 1, current + 1));
        break;
      case 'previous':
        this.#focusEvent(current === null ? this.#firstDrawnOr(0) : Math.max(0, current - 1));
        break;
      case 'first':
        this.#focusEvent(0);
        break;
      case 'last':
        this.#focusEvent(count - 1);
        break;
      case 'select':
        if (cluster) this.#focusEvent(Number(cluster.getAttribute('data-first')));
        else if (current !== null) this.#select(current, true);
        break;
      case 'close':
        if (this.selectedIndex !== null) {
          this.#select(null, true);
        }
        break;
      case 'zoom-in':
        void chart.zoomIn(false).then(() => this.#refocus(current));
        break;
      case 'zoom-out':
        void chart.zoomOut(false).then(() => this.#refocus(current));
        break;
      case 'fit':
        void chart.fit(false).then(() => this.#refocus(current));
        break;
      case 'pan-back':
      case 'pan-forward':
        chart.panBy(action === 'pan-back' ? -0.5 : 0.5);
        break;
    }
  }

  #firstDrawnOr(fallback: number): number {
    return this.#chart?.drawnIndices()[0] ?? fallback;
  }

  /** After a keyboard zoom, keep focus on the same event (or the chart) rather than losing it to the page. */
  #refocus(index: number | null): void {
    if (index === null) return;
    const mark = this.#chart?.markFor(index);
    if (mark) mark.focus();
    else this.#focusEvent(index);
  }

  /** Left of the middle the tooltip hangs right of the mark, beyond it left, so it stays inside at 320 px. */
  #tooltipPosition(): Record<string, string> {
    if (!this.tooltip) return {};
    const { x, y } = this.tooltip;
    const width = this.#lastWidth;
    return x <= width / 2 || width === 0
      ? { left: `${Math.max(0, x)}px`, right: 'auto', top: `${y}px` }
      : { left: 'auto', right: `${Math.max(0, width - x - 12)}px`, top: `${y}px` };
  }

  #statusText(count: number): string {
    switch (this.phase) {
      case 'loading':
        return 'Loading…';
      case 'error':
        return 'Nothing to show';
      case 'empty':
        return '';
      default:
        return count === 0 ? 'No dated events found' : `${count} ${count === 1 ? 'event' : 'events'}`;
    }
  }

  #renderDetail(event: TimelineEvent) {
    const segments = sentenceSegments(event.sentence, event.sentenceRange, event.mentions);
    return html`
      <section class="detail" part="detail" aria-labelledby="detail-title" @keydown=${this.#onDetailKeyDown}>
        <div class="detail-header">
          <div>
            <span class="detail-date">${describeEventDate(event)}</span>
            <h3 class="detail-title" id="detail-title">${event.title || describeEventDate(event)}</h3>
          </div>
          <button part="button close" type="button" aria-label="Close the details" @click=${this.#closeDetail}>×</button>
        </div>
        ${segments.length > 0
          ? html`<p class="detail-sentence">${segments.map((segment) => (segment.mention ? html`<mark part="mention">${segment.text}</mark>` : segment.text))}</p>`
          : nothing}
      </section>
    `;
  }

  #onDetailKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.#closeDetail();
    }
  }

  #closeDetail(): void {
    const index = this.selectedIndex;
    this.#select(null, true);
    if (index !== null) this.#chart?.markFor(index)?.focus();
  }

  /** The list is long and changes only with the data: other renders (hover, selection) leave it as it is. */
  #hiddenList(shown: Timeline) {
    const [listedTimeline, listedReady] = this.#listedFrom ?? [];
    if (listedTimeline === shown && listedReady === this.listReady) return noChange;
    this.#listedFrom = [shown, this.listReady];
    return this.listReady ? this.#renderList(shown) : nothing;
  }

  #renderList(timeline: Timeline) {
    const count = timeline.events.length;
    if (count === 0) return nothing;
    // Beyond a few hundred entries a list is no help to anyone and costs layout; the chart's
    // arrow keys reach every event.
    const listed = count > LIST_LIMIT ? timeline.events.slice(0, LIST_LIMIT) : timeline.events;
    return html`<ol class="visually-hidden" aria-label="Events in time order">
      ${listed.map((event) => html`<li>${accessibleEventName(event)}</li>`)}
      ${count > LIST_LIMIT ? html`<li>and ${count - LIST_LIMIT} more events: use the arrow keys in the chart to reach them.</li>` : nothing}
    </ol>`;
  }
}

/**
 * A JSON string is parsed and then read like an object: the element checks what it draws (the
 * events, with messages that name the bad entry) and carries `expressions` and `warnings` over as
 * given. The library's strict reader, `parseTimelineJSON`, checks every field of the format; the
 * element leaves it out of its bundle (docs/decisions/bundle-size.md).
 */
function readTimelineInput(input: unknown): Timeline {
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input);
    } catch (error) {
      throw new TimelineInputError(`timeline is not valid JSON (${(error as Error).message}).`);
    }
  }
  if (typeof input !== 'object' || input === null || (input as { format?: unknown }).format !== 'news-timeline/1') {
    throw new TimelineInputError('timeline must be a news-timeline/1 document (an object or its JSON text) with format "news-timeline/1".');
  }
  const data = input as Partial<Timeline>;
  const referenceDate = data.referenceDate ?? null;
  if (referenceDate !== null && (typeof referenceDate !== 'string' || !parseCalendarDate(referenceDate))) {
    throw new TimelineInputError('timeline.referenceDate must be a YYYY-MM-DD date or null.');
  }
  return {
    format: 'news-timeline/1',
    referenceDate,
    events: readEvents(data.events),
    expressions: Array.isArray(data.expressions) ? data.expressions : [],
    warnings: Array.isArray(data.warnings) ? data.warnings : [],
  };
}

function emptyTimeline(referenceDate: string | null): Timeline {
  return { format: 'news-timeline/1', referenceDate, events: [], expressions: [], warnings: [] };
}
