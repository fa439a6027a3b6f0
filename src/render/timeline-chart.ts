import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { TimelineEvent } from '../timeline/types.js';
import { accessibleEventName, describeEventDate, shortLabel } from './format.js';
import { CLUSTERED, layoutLanes, PINNED, visibleSlice, type LaneLayout, type LayoutItem } from './layout.js';
import { axisTicks } from './ticks.js';
import { drawMinorAxis } from './time-axis.js';
import { eventExtent, paddedDomain, type EventExtent } from './time.js';
import { scaleUtc, type ScaleTime } from 'd3-scale';

type UtcScale = ScaleTime<number, number>;
import { animateZoom, stopZoomAnimation } from './zoom-animation.js';

/** Sizes the chart reads from the element's CSS (custom properties), in pixels. */
export interface ChartMetrics {
  laneHeight: number;
  pointRadius: number;
  barHeight: number;
  labelFont: string;
  maxLanes: number;
}

export interface ChartCallbacks {
  /** Pointer or focus over an event (null when it leaves). */
  hover(index: number | null, anchor: { x: number; y: number } | null): void;
  /** Click (or Enter, handled by the caller) on an event. */
  activate(index: number): void;
  /** The user focused an event mark (by Tab or click). */
  focus(index: number): void;
}

const HOUR_MS = 3_600_000;
const AXIS_HEIGHT = 44;
const LANE_TOP = AXIS_HEIGHT + 6;
const LABEL_MAX_CHARS = 34;
/** Above this many events, label widths are estimated from an average glyph instead of measured one by one. */
const MEASURE_LIMIT = 3000;
const ZOOM_STEP = 2;
const LEVELS_PER_OCTAVE = 4;
const CLUSTER_WIDTH = 40;
const GAP = 8;
/** Where pinned marks (the publication) sit: on the axis line. */
const REFERENCE_MARK_Y = 18;
/** A generous average glyph width of the axis' major labels, to keep them apart. */
const MAJOR_CHAR_WIDTH = 7.5;
/**
 * During a wheel or drag gesture the drawn lane layout is kept while zooming in by up to this
 * many levels: a coarser layout stays overlap-free deeper in, and re-joining the marks at every
 * level crossing (a few per wheel notch) costs more than a frame. The exact level is drawn when
 * the gesture ends.
 */
const GESTURE_ZOOM_IN_SLACK = 4;
/** Zooming out past the drawn layout during a gesture picks one this many levels coarser, so the next notches reuse it. */
const GESTURE_ZOOM_OUT_SLACK = 3;

interface VisibleMark {
  index: number;
  lane: number;
  labelLeft: boolean;
}

/** A drawn mark's parts and the geometry last written to them, so zoom frames touch only what changed. */
interface MarkNodes {
  mark: Element | null;
  label: Element | null;
  hit: Element | null;
  transform: string;
  width: number;
  lane: number;
  labelLeft: boolean | null;
}

interface VisibleCluster {
  key: string;
  /** Index of its first event. */
  first: number;
  startMs: number;
  endMs: number;
  count: number;
}

let nextChartId = 0;

/**
 * The D3 half of the element: given an `<svg>` (no globals), it draws the axis, the lanes of
 * marks and the clusters, and handles zoom and pan. Lane layouts are computed once per zoom
 * level (quarter octaves) and cached; during a gesture only the visible marks are joined, one
 * group is translated for pans, and work is batched to one animation frame.
 */
export class TimelineChart {
  readonly #svg: SVGSVGElement;
  readonly #root: Selection<SVGSVGElement, unknown, null, undefined>;
  readonly #plot: Selection<SVGGElement, unknown, null, undefined>;
  readonly #clusterLayer: Selection<SVGGElement, unknown, null, undefined>;
  readonly #axisMinor: Selection<SVGGElement, unknown, null, undefined>;
  readonly #axisMajor: Selection<SVGGElement, unknown, null, undefined>;
  readonly #reference: Selection<SVGGElement, unknown, null, undefined>;
  readonly #gradientId: string;
  readonly #clipId: string;
  readonly #callbacks: ChartCallbacks;
  readonly #zoom: ZoomBehavior<SVGSVGElement, unknown>;

  #events: TimelineEvent[] = [];
  #extents: EventExtent[] = [];
  #items: LayoutItem[] = [];
  #labels: string[] = [];
  /** Accessible names, computed for the marks actually drawn. */
  #names: (string | undefined)[] = [];
  #referenceMs: number | null = null;
  #metrics: ChartMetrics = { laneHeight: 30, pointRadius: 6, barHeight: 8, labelFont: '12px sans-serif', maxLanes: 8 };
  #width = 0;
  #laneCount = 1;
  #clusterRow = false;
  #height = LANE_TOP + 30;
  #base: UtcScale = scaleUtc();
  #transform: ZoomTransform = zoomIdentity;
  #layouts = new Map<number, LaneLayout>();
  #frame = 0;
  #drawn: { level: number; k: number; windowStartMs: number; windowEndMs: number } | null = null;
  #selected: number | null = null;
  #highlighted: number | null = null;
  #active: number | null = null;
  #measure: CanvasRenderingContext2D | null = null;
  #attached = false;
  #gesture = false;
  /** Zoom gestures under way (d3-zoom pairs every start with an end; wheel and drag may overlap). */
  #activeGestures = 0;
  #markNodes = new WeakMap<Element, MarkNodes>();
  #referenceHeight = Number.NaN;
  #prefetch = 0;
  #itemsDirty = true;
  #layoutDirty = true;

  constructor(svg: SVGSVGElement, callbacks: ChartCallbacks) {
    this.#svg = svg;
    this.#callbacks = callbacks;
    const id = nextChartId++;
    this.#gradientId = `nt-open-${id}`;
    this.#clipId = `nt-clip-${id}`;
    this.#root = select(svg);
    this.#root.selectAll('*').remove();
    const defs = this.#root.append('defs');
    const gradient = defs.append('linearGradient').attr('id', this.#gradientId).attr('x1', '0').attr('x2', '1');
    gradient.append('stop').attr('class', 'open-stop-start').attr('offset', '0');
    gradient.append('stop').attr('class', 'open-stop-mid').attr('offset', '0.6');
    gradient.append('stop').attr('class', 'open-stop-end').attr('offset', '1');
    defs.append('clipPath').attr('id', this.#clipId).append('rect').attr('x', 0).attr('y', 0);
    this.#root.append('rect').attr('class', 'backdrop').attr('x', 0).attr('y', 0);
    const axis = this.#root.append('g').attr('class', 'axis').attr('part', 'axis').attr('aria-hidden', 'true');
    this.#axisMajor = axis.append('g').attr('class', 'axis-major');
    this.#axisMinor = axis.append('g').attr('class', 'axis-minor').attr('transform', 'translate(0,18)').attr('fill', 'none').attr('text-anchor', 'middle');
    const viewport = this.#root.append('g').attr('class', 'viewport').attr('clip-path', `url(#${this.#clipId})`);
    this.#reference = viewport.append('g').attr('class', 'reference').attr('part', 'reference').attr('aria-hidden', 'true');
    this.#reference.append('line').attr('y1', 18);
    this.#reference.append('text').attr('class', 'reference-label').text('published');
    this.#plot = viewport.append('g').attr('class', 'plot');
    // One group moves under the zoom transform: marks and clusters together.
    this.#clusterLayer = this.#plot.append('g').attr('class', 'clusters');
    this.#zoom = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 1])
      .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.#activeGestures++;
        // While the user zooms or pans, marks slide under a still pointer: no hover churn.
        if (event.sourceEvent) {
          this.#gesture = true;
          this.#callbacks.hover(null, null);
        }
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.#transform = event.transform;
        this.#schedule();
      })
      .on('end', () => {
        this.#activeGestures = Math.max(0, this.#activeGestures - 1);
        if (this.#activeGestures > 0) return;
        const wasGesture = this.#gesture;
        this.#gesture = false;
        // The gesture may have left a coarser layout drawn: draw the exact level now.
        if (wasGesture) this.#schedule();
      });
  }

  /** Starts listening (zoom gestures, pointer, focus). Pair with `detach()`. */
  attach(): void {
    if (this.#attached) return;
    this.#attached = true;
    // A wheel, drag or touch takes over from a running zoom step. Registered before d3-zoom's
    // own listeners, so the step has stopped when the gesture reads the current transform.
    this.#root.on('wheel.nt mousedown.nt touchstart.nt', () => stopZoomAnimation(this.#svg), { passive: true });
    this.#root.call(this.#zoom).on('dblclick.zoom', null);
    this.#root.call(this.#zoom.transform, this.#transform);
    this.#root
      .on('click.nt', (event: MouseEvent) => this.#withTarget(event, (index) => this.#callbacks.activate(index), (cluster) => this.zoomToRange(cluster.startMs, cluster.endMs, false)))
      .on('pointerover.nt', (event: PointerEvent) => {
        if (!this.#gesture) this.#withTarget(event, (index, el) => this.#callbacks.hover(index, this.#anchorOf(el)));
      })
      .on('pointerout.nt', (event: PointerEvent) => {
        if (this.#gesture) return;
        const related = event.relatedTarget as Element | null;
        if (!related || !(related instanceof Element) || !related.closest('.event')) this.#callbacks.hover(null, null);
      })
      .on('focusin.nt', (event: FocusEvent) => this.#withTarget(event, (index, el) => {
        this.#active = index;
        this.#applyTabStops();
        this.#callbacks.focus(index);
        this.#callbacks.hover(index, this.#anchorOf(el));
      }))
      .on('focusout.nt', () => this.#callbacks.hover(null, null));
  }

  /** Removes every listener `attach()` added and cancels pending frames. */
  detach(): void {
    this.#attached = false;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#cancelPrefetch();
    stopZoomAnimation(this.#svg);
    this.#root.on('.zoom', null).on('.nt', null);
  }

  setMetrics(metrics: ChartMetrics): void {
    const old = this.#metrics;
    if (Object.keys(metrics).every((key) => metrics[key as keyof ChartMetrics] === old[key as keyof ChartMetrics])) return;
    this.#metrics = metrics;
    this.#measure = null;
    this.#itemsDirty = true;
    this.#layoutDirty = true;
  }

  /** New data: events sorted in time order, and the publication instant if any. */
  setData(events: readonly TimelineEvent[], referenceMs: number | null): void {
    this.#events = [...events];
    this.#extents = this.#events.map(eventExtent);
    this.#referenceMs = referenceMs;
    this.#labels = this.#events.map((event) => shortLabel(event.title || describeEventDate(event), LABEL_MAX_CHARS));
    this.#names = new Array(this.#events.length);
    this.#selected = null;
    this.#highlighted = null;
    this.#active = this.#events.length > 0 ? 0 : null;
    this.#transform = zoomIdentity;
    this.#itemsDirty = true;
    this.#layoutDirty = true;
  }

  setWidth(width: number): void {
    const rounded = Math.max(0, Math.round(width));
    if (rounded === this.#width) return;
    const ratio = this.#width > 0 ? rounded / this.#width : 1;
    this.#width = rounded;
    // Keep the same dates in view when the container changes size.
    this.#transform = zoomIdentity.translate(this.#transform.x * ratio, 0).scale(this.#transform.k);
    this.#layoutDirty = true;
  }

  /** Data, size and metrics may all change before one draw: measure and lay out once, on use. */
  #ensureLayout(): void {
    if (this.#itemsDirty) {
      this.#itemsDirty = false;
      this.#prepareItems();
    }
    if (this.#layoutDirty) {
      this.#layoutDirty = false;
      this.#relayout();
    }
  }

  /** Draws now (no animation frame), e.g. after data or size changed. */
  drawNow(): void {
    this.#ensureLayout();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#draw(true);
  }

  zoomBy(factor: number, animate: boolean): Promise<void> {
    return this.#applyZoom((target) => this.#zoom.scaleBy(target, factor), animate);
  }

  zoomIn(animate: boolean): Promise<void> {
    return this.zoomBy(ZOOM_STEP, animate);
  }

  zoomOut(animate: boolean): Promise<void> {
    return this.zoomBy(1 / ZOOM_STEP, animate);
  }

  fit(animate: boolean): Promise<void> {
    return this.#applyZoom((target) => this.#zoom.transform(target, zoomIdentity), animate);
  }

  /** Pans by a share of the view width (keyboard panning; d3-zoom has none). */
  panBy(share: number): void {
    this.#ensureLayout();
    this.#root.call(this.#zoom.translateBy, -share * this.#width / this.#transform.k, 0);
    this.drawNow();
  }

  /**
   * Makes sure an event is drawn as its own mark (zooming in until it leaves its cluster,
   * panning it into view) and returns that mark.
   */
  reveal(index: number): SVGGElement | null {
    this.#ensureLayout();
    const extent = this.#extents[index];
    if (!extent || this.#width === 0) return null;
    let k = this.#transform.k;
    const maxK = this.#maxK();
    // Whole octaves: few layouts to compute even when the event sits in a deep cluster.
    while (this.#layoutFor(k).laneOf[index] === CLUSTERED && k < maxK) k = Math.min(maxK, k * 2);
    const scale = this.#transform.rescaleX(this.#base);
    const x0 = scale(new Date(extent.startMs));
    const inView = x0 >= 0 && x0 <= this.#width - 2 * this.#metrics.pointRadius;
    if (k !== this.#transform.k || !inView) {
      const baseX = this.#base(new Date(extent.startMs));
      const target = zoomIdentity.translate(this.#width / 3 - baseX * k, 0).scale(k);
      stopZoomAnimation(this.#svg);
      this.#root.call(this.#zoom.transform, target);
    }
    this.drawNow();
    return this.markFor(index);
  }

  markFor(index: number): SVGGElement | null {
    return this.#plot.select<SVGGElement>(`g.event[data-index="${index}"]`).node();
  }

  setSelected(index: number | null): void {
    this.#selected = index;
    this.#plot.selectAll<SVGGElement, VisibleMark>('g.event').each((d, i, nodes) => {
      const node = nodes[i]!;
      node.classList.toggle('selected', d.index === index);
      setAttributeIfChanged(node, 'aria-pressed', String(d.index === index));
    });
  }

  setHighlighted(index: number | null): void {
    this.#highlighted = index;
    this.#plot.selectAll<SVGGElement, VisibleMark>('g.event').classed('highlighted', (d) => d.index === index);
  }

  /** The event that keyboard focus and the roving tab stop are on. */
  setActive(index: number | null): void {
    this.#active = index;
    this.#applyTabStops();
  }

  /** The events drawn right now, as indices in time order (for tests and the detail panel). */
  drawnIndices(): number[] {
    return this.#plot.selectAll<SVGGElement, VisibleMark>('g.event').data().map((d) => d.index).sort((a, b) => a - b);
  }

  // ——— internals ———

  #nameOf(index: number): string {
    return (this.#names[index] ??= accessibleEventName(this.#events[index]!));
  }

  #prepareItems(): void {
    const widths = this.#labelWidths();
    this.#items = this.#events.map((event, index) => {
      const extent = this.#extents[index]!;
      const pinned = event.kind === 'reference';
      return { startMs: extent.startMs, endMs: extent.endMs, point: isPointKind(event), labelWidthPx: pinned ? 0 : widths[index]!, pinned };
    });
  }

  #labelWidths(): number[] {
    const context = this.#measureContext();
    if (!context) return this.#labels.map((label) => label.length * 7);
    if (this.#labels.length > MEASURE_LIMIT) {
      const sample = 'Abcdefghij klmnopqrs tuvwxyz';
      const perChar = (context.measureText(sample).width / sample.length) * 1.08;
      return this.#labels.map((label) => Math.ceil(label.length * perChar));
    }
    return this.#labels.map((label) => Math.ceil(context.measureText(label).width) + 2);
  }

  #measureContext(): CanvasRenderingContext2D | null {
    if (!this.#measure) {
      const canvas = this.#svg.ownerDocument.createElement('canvas');
      this.#measure = canvas.getContext('2d');
      if (this.#measure) this.#measure.font = this.#metrics.labelFont;
    }
    return this.#measure;
  }

  /** After data, size or metrics changed: new base scale, lane count and height; layouts recomputed lazily. */
  #relayout(): void {
    this.#cancelPrefetch();
    this.#layouts.clear();
    this.#drawn = null;
    // Sizes or data changed: every mark's geometry is written afresh.
    this.#markNodes = new WeakMap();
    const referenceMs = this.#referenceMs;
    const domain = paddedDomain(this.#extents, referenceMs);
    this.#base = scaleUtc(domain, [0, Math.max(this.#width, 1)]);
    const fitLayout = this.#computeLayout(0, this.#metrics.maxLanes);
    this.#laneCount = Math.max(1, fitLayout.usedLanes);
    this.#clusterRow = fitLayout.clusters.length > 0;
    if (this.#laneCount < this.#metrics.maxLanes) this.#layouts.set(0, this.#computeLayout(0, this.#laneCount));
    else this.#layouts.set(0, fitLayout);
    const rows = this.#laneCount + (this.#clusterRow ? 1 : 0);
    this.#height = LANE_TOP + rows * this.#metrics.laneHeight + 14;
    const width = Math.max(this.#width, 1);
    this.#root.attr('height', this.#height).attr('viewBox', `0 0 ${width} ${this.#height}`);
    this.#root.select('.backdrop').attr('width', width).attr('height', this.#height);
    this.#root.select(`#${this.#clipId} rect`).attr('width', width).attr('height', this.#height);
    const extent: [[number, number], [number, number]] = [[0, 0], [width, this.#height]];
    this.#zoom.extent(extent).translateExtent(extent).scaleExtent([1, this.#maxK()]);
    this.#transform = clampTransform(this.#transform, width, this.#maxK());
    if (this.#attached) this.#root.call(this.#zoom.transform, this.#transform);
  }

  #maxK(): number {
    const [start, end] = this.#base.domain() as [Date, Date];
    return Math.max(1, (end.getTime() - start.getTime()) / (2 * HOUR_MS));
  }

  #levelOf(k: number): number {
    return Math.max(0, Math.floor(Math.log2(k) * LEVELS_PER_OCTAVE + 1e-9));
  }

  #layoutFor(k: number): LaneLayout {
    return this.#layoutAt(this.#levelOf(k));
  }

  #layoutAt(level: number): LaneLayout {
    let layout = this.#layouts.get(level);
    if (!layout) {
      layout = this.#computeLayout(level, this.#laneCount);
      if (this.#layouts.size > 24) this.#layouts.clear();
      this.#layouts.set(level, layout);
    }
    return layout;
  }

  #computeLayout(level: number, laneCount: number): LaneLayout {
    const k = 2 ** (level / LEVELS_PER_OCTAVE);
    const [start, end] = this.#base.domain() as [Date, Date];
    const width = Math.max(this.#width, 1);
    const pxPerMs = (width * k) / (end.getTime() - start.getTime());
    return layoutLanes(this.#items, {
      pxPerMs,
      originMs: start.getTime(),
      rightEdgePx: width * k,
      laneCount,
      pointRadiusPx: this.#metrics.pointRadius,
      gapPx: GAP,
      clusterWidthPx: CLUSTER_WIDTH,
    });
  }

  /**
   * Computes the layouts of the zoom levels next to the current one while the browser is idle,
   * so crossing a level during a wheel gesture finds its layout ready instead of computing it
   * inside that frame (about 25 ms at 100,000 events).
   */
  #prefetchLevels(): void {
    if (this.#prefetch || !this.#attached || typeof requestIdleCallback !== 'function') return;
    const step = (deadline: IdleDeadline): void => {
      this.#prefetch = 0;
      const level = this.#levelOf(this.#transform.k);
      const maxLevel = this.#levelOf(this.#maxK());
      // Zooming out during a gesture draws a layout GESTURE_ZOOM_OUT_SLACK levels coarser: keep those ready too.
      const wanted = [level + 1, level - 1, level + 2, level + 3, level + 4, level - 2, level - 3, level - 4].filter((l) => l >= 0 && l <= maxLevel);
      const missing = wanted.find((l) => !this.#layouts.has(l));
      if (missing === undefined) return;
      if (deadline.timeRemaining() > 0 || deadline.didTimeout) this.#layoutFor(2 ** (missing / LEVELS_PER_OCTAVE) * 1.0001);
      this.#prefetch = requestIdleCallback(step, { timeout: 500 });
    };
    this.#prefetch = requestIdleCallback(step, { timeout: 500 });
  }

  #cancelPrefetch(): void {
    if (this.#prefetch && typeof cancelIdleCallback === 'function') cancelIdleCallback(this.#prefetch);
    this.#prefetch = 0;
  }

  #schedule(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#draw(false);
    });
  }

  #applyZoom(change: (target: any) => void, animate: boolean): Promise<void> {
    this.#ensureLayout();
    if (!animate) {
      stopZoomAnimation(this.#svg);
      change(this.#root);
      this.drawNow();
      return Promise.resolve();
    }
    return animateZoom(this.#root, change).then((completed) => {
      if (completed) this.drawNow();
    });
  }

  #draw(force: boolean): void {
    this.#ensureLayout();
    if (this.#width === 0) return;
    const t = this.#transform;
    const scale = t.rescaleX(this.#base);
    const [viewStart, viewEnd] = scale.domain() as [Date, Date];
    const viewStartMs = viewStart.getTime();
    const viewEndMs = viewEnd.getTime();
    const exactLevel = this.#levelOf(t.k);
    const drawn = this.#drawn;
    let level = exactLevel;
    if (!force && drawn && this.#gesture) {
      if (drawn.level <= exactLevel && exactLevel - drawn.level <= GESTURE_ZOOM_IN_SLACK) level = drawn.level;
      else if (drawn.level > exactLevel) level = Math.max(0, exactLevel - GESTURE_ZOOM_OUT_SLACK);
    }
    if (force || !drawn || drawn.level !== level || viewStartMs < drawn.windowStartMs || viewEndMs > drawn.windowEndMs) {
      const margin = (viewEndMs - viewStartMs) / 2;
      this.#drawn = { level, k: t.k, windowStartMs: viewStartMs - margin, windowEndMs: viewEndMs + margin };
      this.#joinMarks(this.#layoutAt(level));
    } else if (drawn.k !== t.k) {
      drawn.k = t.k;
      this.#positionMarks();
    }
    const windowStart = new Date(this.#drawn!.windowStartMs);
    this.#plot.attr('transform', `translate(${scale(windowStart)},0)`);
    this.#drawAxis(scale);
    this.#drawReference(scale);
    this.#prefetchLevels();
  }

  /** Pixels per millisecond in the current view. */
  #pxPerMs(): number {
    const [start, end] = this.#base.domain() as [Date, Date];
    return (Math.max(this.#width, 1) * this.#transform.k) / (end.getTime() - start.getTime());
  }

  #laneY(lane: number): number {
    return LANE_TOP + lane * this.#metrics.laneHeight;
  }

  #joinMarks(layout: LaneLayout): void {
    const { windowStartMs, windowEndMs } = this.#drawn!;
    const marks: VisibleMark[] = [];
    layout.lanes.forEach((lane, l) => {
      const [from, to] = visibleSlice(layout.occupancy[l]!, windowStartMs, windowEndMs);
      for (let i = from; i < to; i++) {
        const index = lane[i]!;
        marks.push({ index, lane: l, labelLeft: layout.labelLeft[index] === 1 });
      }
    });
    // Pinned marks (the publication) sit on the axis, outside the lanes; there are very few.
    layout.laneOf.forEach((lane, index) => {
      const item = this.#items[index]!;
      if (lane === PINNED && item.endMs >= windowStartMs && item.startMs <= windowEndMs) marks.push({ index, lane: -1, labelLeft: false });
    });
    marks.sort((a, b) => a.index - b.index);
    const clusters: VisibleCluster[] = [];
    for (const cluster of layout.clusters) {
      if (cluster.endMs < windowStartMs || cluster.startMs > windowEndMs) continue;
      clusters.push({ key: `${cluster.members[0]}-${cluster.members.length}`, first: cluster.members[0]!, startMs: cluster.startMs, endMs: cluster.endMs, count: cluster.members.length });
    }

    const radius = this.#metrics.pointRadius;
    const barHeight = this.#metrics.barHeight;
    const markY = this.#metrics.laneHeight - Math.max(radius, barHeight / 2) - 3;
    this.#plot
      .selectAll<SVGGElement, VisibleMark>('g.event')
      .data(marks, (d) => String(d.index))
      .join((enter) => {
        const g = enter
          .append('g')
          .attr('part', 'event')
          .attr('role', 'button')
          .attr('tabindex', '-1')
          .attr('data-index', (d) => d.index)
          .attr('data-id', (d) => this.#events[d.index]!.id)
          .attr('class', (d) => `event kind-${this.#events[d.index]!.kind}`)
          .attr('aria-label', (d) => this.#nameOf(d.index))
          .attr('aria-roledescription', 'event');
        g.append('rect').attr('class', 'hit');
        g.each((d, i, nodes) => {
          const group = select(nodes[i]!);
          const event = this.#events[d.index]!;
          if (event.kind === 'reference') {
            group.append('path').attr('class', 'mark').attr('part', 'point').attr('d', `M0,${-radius - 1}L${radius + 1},0L0,${radius + 1}L${-radius - 1},0Z`);
          } else if (isPointKind(event)) {
            group.append('circle').attr('class', 'mark').attr('part', 'point').attr('r', radius).attr('cy', markY);
          } else {
            const part = event.kind === 'period' ? 'band' : 'bar';
            const rect = group.append('rect').attr('class', 'mark').attr('part', part).attr('y', markY - barHeight / 2).attr('height', barHeight);
            if (event.kind === 'open') rect.attr('fill', `url(#${this.#gradientId})`);
          }
        });
        g.filter((d) => d.lane >= 0)
          .append('text')
          .attr('class', 'label')
          .attr('part', 'label')
          .attr('y', markY - Math.max(radius, barHeight / 2) - 4)
          .text((d) => this.#labels[d.index]!);
        return g;
      })
      // Document order is reading order for assistive technology: keep it the time order.
      .order();
    this.#positionMarks();
    this.setSelected(this.#selected);
    this.setHighlighted(this.#highlighted);

    this.#clusterLayer
      .selectAll<SVGGElement, VisibleCluster>('g.cluster')
      .data(clusters, (d) => d.key)
      .join((enter) => {
        const g = enter
          .append('g')
          .attr('class', 'cluster')
          .attr('part', 'cluster')
          .attr('role', 'button')
          .attr('tabindex', '-1')
          .attr('aria-label', (d) => `${d.count} more events, ${describeRange(d)}: zoom in to see them`);
        g.append('rect').attr('class', 'cluster-mark').attr('rx', 10).attr('height', 20).attr('width', CLUSTER_WIDTH - 4);
        g.append('text').attr('class', 'cluster-count').attr('x', (CLUSTER_WIDTH - 4) / 2).attr('y', 14).text((d) => clusterCount(d.count));
        return g;
      })
      .attr('data-first', (d) => d.first)
      .attr('data-start', (d) => d.startMs)
      .attr('data-end', (d) => d.endMs);
    this.#positionClusters();
    this.#applyTabStops();
  }

  /**
   * Sets x positions and widths of the drawn marks for the current zoom factor. Runs on every
   * zoom frame: a point mark only moves its group; a bar also resizes; nothing unchanged is written.
   */
  #positionMarks(): void {
    const pxPerMs = this.#pxPerMs();
    const originMs = this.#drawn!.windowStartMs;
    const radius = this.#metrics.pointRadius;
    const laneHeight = this.#metrics.laneHeight;
    for (const node of this.#plot.selectAll<SVGGElement, VisibleMark>('g.event').nodes()) {
      const d = (node as unknown as { __data__: VisibleMark }).__data__;
      const item = this.#items[d.index]!;
      const parts = this.#partsOf(node);
      const x = (item.startMs - originMs) * pxPerMs;
      // An inline CSS transform, not the SVG attribute: changing the attribute re-computes the
      // style of the mark's children too, every zoom frame.
      const transform = `translate(${x}px,${d.lane < 0 ? REFERENCE_MARK_Y : this.#laneY(d.lane)}px)`;
      if (parts.transform !== transform) {
        parts.transform = transform;
        node.style.transform = transform;
      }
      if (d.lane < 0) {
        if (parts.lane !== d.lane) {
          parts.lane = d.lane;
          setAttributes(parts.hit, { x: -12, y: -12, width: 24, height: 24 });
        }
        continue;
      }
      const width = item.point ? 0 : Math.max((item.endMs - item.startMs) * pxPerMs, 2 * radius);
      if (parts.width === width && parts.labelLeft === d.labelLeft && parts.lane === d.lane) continue;
      parts.width = width;
      parts.labelLeft = d.labelLeft;
      parts.lane = d.lane;
      if (!item.point) parts.mark?.setAttribute('width', String(width));
      const markLeft = item.point ? -radius : 0;
      const markRight = item.point ? radius : width;
      parts.label?.setAttribute('x', String(d.labelLeft ? markRight : markLeft));
      parts.label?.setAttribute('text-anchor', d.labelLeft ? 'end' : 'start');
      const left = d.labelLeft ? Math.min(markLeft, markRight - item.labelWidthPx) : markLeft;
      const right = d.labelLeft ? markRight : Math.max(markRight, markLeft + item.labelWidthPx);
      setAttributes(parts.hit, { x: left - 2, width: right - left + 4, y: 0, height: laneHeight - 2 });
    }
    this.#positionClusters();
  }

  #partsOf(node: SVGGElement): MarkNodes {
    let parts = this.#markNodes.get(node);
    if (!parts) {
      parts = { mark: node.querySelector('.mark'), label: node.querySelector('.label'), hit: node.querySelector('.hit'), transform: '', width: Number.NaN, lane: Number.NaN, labelLeft: null };
      this.#markNodes.set(node, parts);
    }
    return parts;
  }

  #positionClusters(): void {
    const pxPerMs = this.#pxPerMs();
    const originMs = this.#drawn!.windowStartMs;
    const y = this.#laneY(this.#clusterRow ? this.#laneCount : this.#laneCount - 1) + 4;
    const domainEndMs = (this.#base.domain()[1] as Date).getTime();
    const maxX = (domainEndMs - originMs) * pxPerMs - CLUSTER_WIDTH;
    this.#clusterLayer
      .selectAll<SVGGElement, VisibleCluster>('g.cluster')
      .attr('transform', (d) => `translate(${Math.min((d.startMs - originMs) * pxPerMs, maxX)},${y})`);
  }

  /** Roving tab stop: exactly one mark (the active one if drawn) is in the Tab order. */
  #applyTabStops(): void {
    const marks = this.#plot.selectAll<SVGGElement, VisibleMark>('g.event');
    let stop: SVGGElement | null = null;
    marks.each((d, i, nodes) => {
      if (d.index === this.#active) stop = nodes[i]!;
    });
    stop ??= marks.node() ?? this.#clusterLayer.select<SVGGElement>('g.cluster').node();
    this.#root.selectAll<SVGGElement, unknown>('g.event, g.cluster').each(function (this: SVGGElement) {
      setAttributeIfChanged(this, 'tabindex', this === stop ? '0' : '-1');
    });
    // With nothing drawn in view, the chart itself keeps a tab stop so the keyboard can reach it.
    if (stop) this.#root.attr('tabindex', null);
    else this.#root.attr('tabindex', this.#events.length > 0 ? '0' : null);
  }

  #drawAxis(scale: UtcScale): void {
    const ticks = axisTicks(scale.domain() as [Date, Date], this.#width);
    drawMinorAxis(this.#axisMinor, scale, ticks.minor);
    // Major labels: the first one sticks to the left edge so the year or month is always named;
    // when the next boundary comes close it takes over.
    const placed: { x: number; label: string; time: number }[] = [];
    const widthOf = (label: string): number => label.length * MAJOR_CHAR_WIDTH;
    for (const tick of ticks.major) {
      const x = Math.max(2, scale(tick.date) + 2);
      const last = placed[placed.length - 1];
      if (last && x < last.x + widthOf(last.label) + 8) {
        if (placed.length === 1 && last.x === 2) placed.pop();
        else continue;
      }
      placed.push({ x, label: tick.label, time: tick.date.getTime() });
    }
    this.#axisMajor
      .selectAll<SVGTextElement, { x: number; label: string; time: number }>('text')
      .data(placed, (d) => `${d.time} ${d.label}`)
      // Text is written once per label: rewriting it every frame re-lays out the text.
      .join((enter) => enter.append('text').attr('class', 'axis-major-label').attr('y', 13).text((d) => d.label))
      .attr('x', (d) => d.x);
  }

  #drawReference(scale: UtcScale): void {
    if (this.#referenceMs === null) {
      this.#reference.attr('display', 'none');
      return;
    }
    const x = scale(new Date(this.#referenceMs));
    this.#reference.attr('display', null).attr('transform', `translate(${x},0)`);
    // Only a change of height moves the line's end and the label: not rewritten every frame.
    if (this.#referenceHeight === this.#height) return;
    this.#referenceHeight = this.#height;
    this.#reference.select('line').attr('y2', this.#height);
    this.#reference.select('text').attr('x', -4).attr('y', this.#height - 4).attr('text-anchor', 'end');
  }

  #anchorOf(element: Element): { x: number; y: number } {
    const svgBox = this.#svg.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    return { x: box.left - svgBox.left, y: box.top - svgBox.top };
  }

  #withTarget(event: Event, onEvent: (index: number, element: Element) => void, onCluster?: (cluster: { startMs: number; endMs: number }) => void): void {
    const target = event.target as Element | null;
    const mark = target?.closest?.('g.event');
    if (mark) {
      const index = Number(mark.getAttribute('data-index'));
      if (Number.isInteger(index)) onEvent(index, mark);
      return;
    }
    const cluster = target?.closest?.('g.cluster');
    if (cluster && onCluster) {
      onCluster({ startMs: Number(cluster.getAttribute('data-start')), endMs: Number(cluster.getAttribute('data-end')) });
    }
  }

  /** Zooms so that [startMs, endMs] fills most of the view (at least one zoom step deeper). */
  zoomToRange(startMs: number, endMs: number, animate: boolean): Promise<void> {
    this.#ensureLayout();
    const x0 = this.#base(new Date(startMs));
    const x1 = this.#base(new Date(endMs));
    const width = Math.max(this.#width, 1);
    const k = Math.min(this.#maxK(), Math.max(this.#transform.k * ZOOM_STEP, (width * 0.8) / Math.max(x1 - x0, 1)));
    const target = zoomIdentity.translate(width / 2 - ((x0 + x1) / 2) * k, 0).scale(k);
    return this.#applyZoom((selection) => this.#zoom.transform(selection, target), animate);
  }
}

/** "+7", "+266", "+1.2k": short enough for a cluster mark. */
export function clusterCount(count: number): string {
  if (count < 1000) return `+${count}`;
  return `+${count < 10_000 ? (count / 1000).toFixed(1) : Math.round(count / 1000)}k`;
}

/** Writing an attribute, even to its current value, invalidates the element's style: skip no-ops. */
function setAttributeIfChanged(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function setAttributes(element: Element | null, values: Record<string, number>): void {
  if (!element) return;
  for (const [name, value] of Object.entries(values)) element.setAttribute(name, String(value));
}

function isPointKind(event: TimelineEvent): boolean {
  return event.kind === 'point' || event.kind === 'reference';
}

function describeRange(cluster: { startMs: number; endMs: number }): string {
  const start = describeEventDate({ start: new Date(cluster.startMs).toISOString(), end: new Date(cluster.startMs + 1).toISOString(), kind: 'point', granularity: 'day' });
  const end = describeEventDate({ start: new Date(cluster.endMs - 1).toISOString(), end: new Date(cluster.endMs).toISOString(), kind: 'point', granularity: 'day' });
  return start === end ? start : `${start} to ${end}`;
}

function clampTransform(t: ZoomTransform, width: number, maxK: number): ZoomTransform {
  const k = Math.min(Math.max(t.k, 1), maxK);
  const x = Math.min(0, Math.max(width - width * k, t.x));
  return zoomIdentity.translate(x, 0).scale(k);
}
