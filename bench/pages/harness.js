// Shared by every benchmark page: the deterministic event set, a frame recorder driven by
// requestAnimationFrame, and the `window.bench` contract the Node driver (bench/render.js) calls.

/** mulberry32: a tiny seeded PRNG, so every component gets the very same events in every run. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
export const RANGE_START = Date.UTC(2010, 0, 1);
export const RANGE_END = Date.UTC(2020, 0, 1);
const RANGE_DAYS = (RANGE_END - RANGE_START) / DAY_MS;

/**
 * N events over ten years in our TimelineEvent shape (src/timeline/types.ts): about 70% are
 * single days (points), 30% spans of 2 days to 6 months. Sorted like a Timeline's events.
 */
export function makeEvents(count, seed = 20170704) {
  const random = seededRandom(seed);
  const events = [];
  for (let i = 0; i < count; i++) {
    const day = Math.floor(random() * RANGE_DAYS);
    const isSpan = random() < 0.3;
    const lengthDays = isSpan ? 2 + Math.floor(random() * 180) : 1;
    const start = new Date(RANGE_START + day * DAY_MS);
    const end = new Date(Math.min(RANGE_END, start.getTime() + lengthDays * DAY_MS));
    const dateText = start.toISOString().slice(0, 10);
    const title = `Event ${i + 1}`;
    const sentence = `${title} happened on ${dateText}.`;
    const mentionStart = sentence.indexOf(dateText);
    events.push({
      id: `e-${i}-${i + 1}`,
      start: start.toISOString(),
      end: end.toISOString(),
      granularity: 'day',
      kind: isSpan ? 'span' : 'point',
      value: isSpan ? `P${lengthDays}D` : dateText,
      title,
      sentence,
      sentenceRange: { start: 0, end: sentence.length },
      mentions: [{ start: mentionStart, end: mentionStart + dateText.length, text: dateText, timexId: `t${i + 1}` }],
    });
  }
  events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
  return events;
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));

let recording = null;

/** Timestamps of every animation frame from now until `stopFrames()`. */
export function startFrames() {
  const timestamps = [];
  recording = { timestamps, running: true };
  const current = recording;
  const tick = (time) => {
    if (!current.running) return;
    timestamps.push(time);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export function stopFrames() {
  if (!recording) return { intervals: [], durationMs: 0 };
  recording.running = false;
  const { timestamps } = recording;
  recording = null;
  const intervals = [];
  for (let i = 1; i < timestamps.length; i++) intervals.push(timestamps[i] - timestamps[i - 1]);
  const durationMs = timestamps.length > 1 ? timestamps[timestamps.length - 1] - timestamps[0] : 0;
  return { intervals, durationMs };
}

export function waitFor(target, eventName, accept = () => true) {
  return new Promise((resolve) => {
    const listener = (event) => {
      if (!accept(event)) return;
      target.removeEventListener(eventName, listener);
      resolve(event);
    };
    target.addEventListener(eventName, listener);
  });
}

/**
 * Publishes the page's component to the driver.
 * `convert(events)` turns our events into the component's input (untimed);
 * `mount(data)` hands the data over and resolves once the component says it has rendered;
 * `target()` is the element that receives wheel zoom and drag pans.
 */
export function publish({ name, prepare = async () => {}, convert = (events) => events, mount, target }) {
  window.bench = {
    name,
    async run(count) {
      await prepare();
      // Converting our event shape to a peer's is user-side glue: done before the clock starts.
      const data = convert(makeEvents(count));
      await nextFrame();
      const started = performance.now();
      const info = (await mount(data)) ?? {};
      const rendered = await nextFrame();
      return { firstRenderMs: rendered - started, ...info };
    },
    targetRect() {
      const element = target();
      if (!element) return null;
      const rect = element.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    },
    startFrames,
    stopFrames,
    makeEvents,
  };
  window.benchReady = true;
}
